/**
 * Statutory days off (ngày nghỉ theo luật) as data: the public holidays of Bộ luật Lao động
 * (2012 rules to 2020-12-31, 2019 rules from 2021-01-01), nghỉ bù, the civil-service 40-hour week,
 * and 24/11 "Ngày Văn hóa Việt Nam" from 2026-07-01. The calendar projects years without an official
 * schedule from these rules.
 *
 * Approximation: rules marked `projectBefore` are also projected for years before their `validFrom`
 * (the supported range starts in 1900; earlier labour codes had other lists, e.g. Giỗ Tổ became a
 * paid holiday only in 2007 and Tết had 4 days before 2013). Such years are `projected`, never `decided`.
 * @module
 */
import type { StatutoryRules } from "../types.js";

const BLLD2012_115 = { key: "BLLD2012", doc: "Bộ luật Lao động 2012 (10/2012/QH13)", article: "Điều 115.1" } as const;
const BLLD2019_112 = { key: "BLLD2019", doc: "Bộ luật Lao động 2019 (45/2019/QH14)", article: "Điều 112.1" } as const;

/** Statutory holidays, nghỉ bù and the weekly rest of the civil service. */
export const statutory = {
  holidays: [
    // Bộ luật Lao động 2012, Điều 115.1: 10 days; Quốc khánh 1 day.
    { id: "new_year", name: "Tết Dương lịch", date: { calendar: "solar", month: 1, day: 1 }, days: 1, adjacentDays: 0, chosenYearly: false, compensatory: true, validFrom: "2013-05-01", validTo: "2020-12-31", projectBefore: true, status: "decided", source: { ...BLLD2012_115, article: "Điều 115.1.a" } },
    { id: "tet", name: "Tết Âm lịch", date: { calendar: "lunar_new_year", daysBefore: 2, daysAfter: 3 }, days: 5, adjacentDays: 0, chosenYearly: true, compensatory: true, validFrom: "2013-05-01", validTo: "2020-12-31", projectBefore: true, status: "decided", source: { ...BLLD2012_115, article: "Điều 115.1.b" } },
    { id: "victory_day", name: "Ngày Chiến thắng", date: { calendar: "solar", month: 4, day: 30 }, days: 1, adjacentDays: 0, chosenYearly: false, compensatory: true, validFrom: "2013-05-01", validTo: "2020-12-31", projectBefore: true, status: "decided", source: { ...BLLD2012_115, article: "Điều 115.1.c" } },
    { id: "labour_day", name: "Quốc tế Lao động", date: { calendar: "solar", month: 5, day: 1 }, days: 1, adjacentDays: 0, chosenYearly: false, compensatory: true, validFrom: "2013-05-01", validTo: "2020-12-31", projectBefore: true, status: "decided", source: { ...BLLD2012_115, article: "Điều 115.1.d" } },
    { id: "national_day", name: "Quốc khánh", date: { calendar: "solar", month: 9, day: 2 }, days: 1, adjacentDays: 0, chosenYearly: false, compensatory: true, validFrom: "2013-05-01", validTo: "2020-12-31", projectBefore: true, status: "decided", source: { ...BLLD2012_115, article: "Điều 115.1.đ" } },
    { id: "hung_kings", name: "Giỗ Tổ Hùng Vương", date: { calendar: "lunar", month: 3, day: 10 }, days: 1, adjacentDays: 0, chosenYearly: false, compensatory: true, validFrom: "2013-05-01", validTo: "2020-12-31", projectBefore: true, status: "decided", source: { ...BLLD2012_115, article: "Điều 115.1.e" } },
    // Bộ luật Lao động 2019, Điều 112.1: 11 days; Quốc khánh 2/9 plus one adjacent day chosen yearly (Đ.112.3).
    { id: "new_year", name: "Tết Dương lịch", date: { calendar: "solar", month: 1, day: 1 }, days: 1, adjacentDays: 0, chosenYearly: false, compensatory: true, validFrom: "2021-01-01", projectBefore: false, status: "decided", source: { ...BLLD2019_112, article: "Điều 112.1.a" } },
    { id: "tet", name: "Tết Âm lịch", date: { calendar: "lunar_new_year", daysBefore: 2, daysAfter: 3 }, days: 5, adjacentDays: 0, chosenYearly: true, compensatory: true, validFrom: "2021-01-01", projectBefore: false, status: "decided", source: { ...BLLD2019_112, article: "Điều 112.1.b" } },
    { id: "victory_day", name: "Ngày Chiến thắng", date: { calendar: "solar", month: 4, day: 30 }, days: 1, adjacentDays: 0, chosenYearly: false, compensatory: true, validFrom: "2021-01-01", projectBefore: false, status: "decided", source: { ...BLLD2019_112, article: "Điều 112.1.c" } },
    { id: "labour_day", name: "Quốc tế Lao động", date: { calendar: "solar", month: 5, day: 1 }, days: 1, adjacentDays: 0, chosenYearly: false, compensatory: true, validFrom: "2021-01-01", projectBefore: false, status: "decided", source: { ...BLLD2019_112, article: "Điều 112.1.d" } },
    { id: "national_day", name: "Quốc khánh", date: { calendar: "solar", month: 9, day: 2 }, days: 2, adjacentDays: 1, chosenYearly: true, compensatory: true, validFrom: "2021-01-01", projectBefore: false, status: "decided", source: { ...BLLD2019_112, article: "Điều 112.1.đ" } },
    { id: "hung_kings", name: "Giỗ Tổ Hùng Vương", date: { calendar: "lunar", month: 3, day: 10 }, days: 1, adjacentDays: 0, chosenYearly: false, compensatory: true, validFrom: "2021-01-01", projectBefore: false, status: "decided", source: { ...BLLD2019_112, article: "Điều 112.1.e" } },
    // Nghị quyết 28/2026/QH16, Điều 2 [R]. Not (yet) in Điều 112.1, so Điều 111.3 (nghỉ bù) may not apply:
    // open question; off by default, `cultureDayCompensatory` on a calendar turns it on.
    {
      id: "culture_day", name: "Ngày Văn hóa Việt Nam", date: { calendar: "solar", month: 11, day: 24 }, days: 1, adjacentDays: 0, chosenYearly: false, compensatory: false, validFrom: "2026-07-01", projectBefore: false, status: "reported",
      source: { key: "NQ28", doc: "NQ 28/2026/QH16", article: "Điều 2" },
      note: "Reported in force from 2026-07-01; whether it earns nghỉ bù (BLLĐ 2019 Đ.111.3 names only the holidays of Đ.112.1) stays open until the Code is amended.",
    },
  ],
  compensatory: [
    { validFrom: "2013-05-01", validTo: "2020-12-31", projectBefore: true, source: { key: "BLLD2012", doc: "Bộ luật Lao động 2012 (10/2012/QH13)", article: "Điều 115.3" }, text: "Nếu ngày nghỉ lễ, tết trùng vào ngày nghỉ hằng tuần thì người lao động được nghỉ bù vào ngày kế tiếp." },
    { validFrom: "2021-01-01", projectBefore: false, source: { key: "BLLD2019", doc: "Bộ luật Lao động 2019 (45/2019/QH14)", article: "Điều 111.3" }, text: "Nếu ngày nghỉ hằng tuần trùng với ngày nghỉ lễ, tết quy định tại khoản 1 Điều 112 thì người lao động được nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp." },
  ],
  weeklyRest: [
    { weekdays: [6, 7], validFrom: "1999-10-02", projectBefore: true, source: { key: "QD188", doc: "QĐ 188/1999/QĐ-TTg", article: "Điều 1" }, text: "Chế độ tuần làm việc 40 giờ trong 5 ngày, nghỉ ngày thứ bảy và chủ nhật hàng tuần đối với cán bộ, công chức." },
  ],
} as const satisfies StatutoryRules;
