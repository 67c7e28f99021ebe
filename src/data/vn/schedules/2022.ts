/**
 * Lịch nghỉ lễ, tết năm 2022 của cán bộ, công chức, viên chức.
 *
 * - Tết: 31/01 (29 Chạp, last day of the year)–04/02, 1 day before + 4 after; break 29/01–06/02.
 * - Quốc khánh Thu 01 + Fri 02/09; nghỉ bù 03/01 (confirmed), 11/04, 02/05 and 03/05 (derived).
 *
 * Source: S2022 = CV 245/VPCP-KGVX of 11/01/2022 (TB 119/TB-LĐTBXH reported).
 * @module
 */
import type { YearSchedule } from "../../types.js";

/** Official days off of 2022 (CV 245/VPCP-KGVX). */
export const schedule2022 = {
  year: 2022,
  // The schedule decides these statutory holidays; the calendar projects any other from the statute.
  decides: ["new_year", "tet", "hung_kings", "victory_day", "labour_day", "national_day"],
  plainDays: "decided",
  sources: ["BLLD2019", "S2022"],
  rows: [
    { date: "2022-01-01", weekday: 6, kind: "holiday", holiday: "new_year", name: "Tết Dương lịch", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2022-01-03", weekday: 1, kind: "compensatory_off", holiday: "new_year", name: "Nghỉ bù Tết Dương lịch", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2022-01-31", weekday: 1, kind: "holiday", holiday: "tet", name: "Tết (29 Chạp, cuối năm)", source: "S2022", evidence: "C", status: "decided" },
    { date: "2022-02-01", weekday: 2, kind: "holiday", holiday: "tet", name: "Tết (mùng 1)", source: "S2022", evidence: "C", status: "decided" },
    { date: "2022-02-02", weekday: 3, kind: "holiday", holiday: "tet", name: "Tết (mùng 2)", source: "S2022", evidence: "C", status: "decided" },
    { date: "2022-02-03", weekday: 4, kind: "holiday", holiday: "tet", name: "Tết (mùng 3)", source: "S2022", evidence: "C", status: "decided" },
    { date: "2022-02-04", weekday: 5, kind: "holiday", holiday: "tet", name: "Tết (mùng 4)", source: "S2022", evidence: "C", status: "decided" },
    { date: "2022-04-10", weekday: 7, kind: "holiday", holiday: "hung_kings", name: "Giỗ Tổ Hùng Vương", source: "BLLD2019", evidence: "D", status: "decided" },
    { date: "2022-04-11", weekday: 1, kind: "compensatory_off", holiday: "hung_kings", name: "Nghỉ bù Giỗ Tổ", source: "BLLD2019", evidence: "D", status: "decided" },
    { date: "2022-04-30", weekday: 6, kind: "holiday", holiday: "victory_day", name: "Ngày Chiến thắng", source: "BLLD2019", evidence: "D", status: "decided" },
    { date: "2022-05-01", weekday: 7, kind: "holiday", holiday: "labour_day", name: "Quốc tế Lao động", source: "BLLD2019", evidence: "D", status: "decided" },
    { date: "2022-05-02", weekday: 1, kind: "compensatory_off", holiday: "victory_day", name: "Nghỉ bù 30/04", source: "BLLD2019", evidence: "D", status: "decided" },
    { date: "2022-05-03", weekday: 2, kind: "compensatory_off", holiday: "labour_day", name: "Nghỉ bù 01/05", source: "BLLD2019", evidence: "D", status: "decided" },
    { date: "2022-09-01", weekday: 4, kind: "holiday", holiday: "national_day", name: "Quốc khánh (ngày liền kề)", source: "S2022", evidence: "C", status: "decided" },
    { date: "2022-09-02", weekday: 5, kind: "holiday", holiday: "national_day", name: "Quốc khánh", source: "S2022", evidence: "C", status: "decided" },
  ],
} as const satisfies YearSchedule;
