/**
 * Lịch nghỉ lễ, tết năm 2020 của cán bộ, công chức, viên chức (Bộ luật Lao động 2012).
 *
 * - Tết: off Thu 23/01–Wed 29/01 (29 Chạp–mùng 5); mùng 1–2 on Sat–Sun give nghỉ bù 28–29/01 (derived).
 * - Giỗ Tổ Thu 02/04; 30/4–1/5 Thu–Fri; Quốc khánh Wed 02/09 (1 day).
 *
 * Source: S2020 = the Bộ LĐTBXH notice for 2020 (number not found).
 * @module
 */
import type { YearSchedule } from "../../types.js";

/** Official days off of 2020 (BLLĐ 2012; notice of Bộ LĐTBXH). */
export const schedule2020 = {
  year: 2020,
  // The schedule decides these statutory holidays; the calendar projects any other from the statute.
  decides: ["new_year", "tet", "hung_kings", "victory_day", "labour_day", "national_day"],
  plainDays: "decided",
  sources: ["BLLD2012", "S2020"],
  rows: [
    { date: "2020-01-01", weekday: 3, kind: "holiday", holiday: "new_year", name: "Tết Dương lịch", source: "BLLD2012", evidence: "C", status: "decided" },
    { date: "2020-01-23", weekday: 4, kind: "holiday", holiday: "tet", name: "Tết (29 Chạp)", source: "S2020", evidence: "C", status: "decided" },
    { date: "2020-01-24", weekday: 5, kind: "holiday", holiday: "tet", name: "Tết (30 Chạp)", source: "S2020", evidence: "C", status: "decided" },
    { date: "2020-01-25", weekday: 6, kind: "holiday", holiday: "tet", name: "Tết (mùng 1)", source: "S2020", evidence: "C", status: "decided" },
    { date: "2020-01-26", weekday: 7, kind: "holiday", holiday: "tet", name: "Tết (mùng 2)", source: "S2020", evidence: "C", status: "decided" },
    { date: "2020-01-27", weekday: 1, kind: "holiday", holiday: "tet", name: "Tết (mùng 3)", source: "S2020", evidence: "C", status: "decided" },
    { date: "2020-01-28", weekday: 2, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù mùng 1 (T7)", source: "S2020", evidence: "D", status: "decided" },
    { date: "2020-01-29", weekday: 3, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù mùng 2 (CN)", source: "S2020", evidence: "D", status: "decided" },
    { date: "2020-04-02", weekday: 4, kind: "holiday", holiday: "hung_kings", name: "Giỗ Tổ Hùng Vương", source: "BLLD2012", evidence: "C", status: "decided" },
    { date: "2020-04-30", weekday: 4, kind: "holiday", holiday: "victory_day", name: "Ngày Chiến thắng", source: "BLLD2012", evidence: "C", status: "decided" },
    { date: "2020-05-01", weekday: 5, kind: "holiday", holiday: "labour_day", name: "Quốc tế Lao động", source: "BLLD2012", evidence: "C", status: "decided" },
    { date: "2020-09-02", weekday: 3, kind: "holiday", holiday: "national_day", name: "Quốc khánh (1 ngày)", source: "BLLD2012", evidence: "D", status: "decided" },
  ],
} as const satisfies YearSchedule;
