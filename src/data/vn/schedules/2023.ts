/**
 * Lịch nghỉ lễ, tết năm 2023 của cán bộ, công chức, viên chức.
 *
 * - Tết Dương lịch on Sun, nghỉ bù 02/01; Tết off 20–26/01 with nghỉ bù 25–26/01 (split derived).
 * - Giỗ Tổ Sat 29/04, 30/4 Sun, 1/5 Mon: break 29/04–03/05, nghỉ bù 02–03/05, no swap.
 * - Quốc khánh Fri 01 + Sat 02/09, nghỉ bù Mon 04/09.
 *
 * Source: S2023 = CV 8056/VPCP-KGVX of 01/12/2022 (TB 5034/TB-LĐTBXH reported).
 * @module
 */
import type { YearSchedule } from "../../types.js";

/** Official days off of 2023 (CV 8056/VPCP-KGVX). */
export const schedule2023 = {
  year: 2023,
  // The schedule decides these statutory holidays; the calendar projects any other from the statute.
  decides: ["new_year", "tet", "hung_kings", "victory_day", "labour_day", "national_day"],
  plainDays: "decided",
  sources: ["BLLD2019", "S2023"],
  rows: [
    { date: "2023-01-01", weekday: 7, kind: "holiday", holiday: "new_year", name: "Tết Dương lịch", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2023-01-02", weekday: 1, kind: "compensatory_off", holiday: "new_year", name: "Nghỉ bù Tết Dương lịch", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2023-01-20", weekday: 5, kind: "holiday", holiday: "tet", name: "Tết (29 Chạp)", source: "S2023", evidence: "C", status: "decided" },
    { date: "2023-01-21", weekday: 6, kind: "holiday", holiday: "tet", name: "Tết (30 Chạp)", source: "S2023", evidence: "C", status: "decided" },
    { date: "2023-01-22", weekday: 7, kind: "holiday", holiday: "tet", name: "Tết (mùng 1)", source: "S2023", evidence: "C", status: "decided" },
    { date: "2023-01-23", weekday: 1, kind: "holiday", holiday: "tet", name: "Tết (mùng 2)", source: "S2023", evidence: "C", status: "decided" },
    { date: "2023-01-24", weekday: 2, kind: "holiday", holiday: "tet", name: "Tết (mùng 3)", source: "S2023", evidence: "C", status: "decided" },
    { date: "2023-01-25", weekday: 3, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù 30 Chạp (T7)", source: "S2023", evidence: "D", status: "decided" },
    { date: "2023-01-26", weekday: 4, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù mùng 1 (CN)", source: "S2023", evidence: "D", status: "decided" },
    { date: "2023-04-29", weekday: 6, kind: "holiday", holiday: "hung_kings", name: "Giỗ Tổ Hùng Vương", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2023-04-30", weekday: 7, kind: "holiday", holiday: "victory_day", name: "Ngày Chiến thắng", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2023-05-01", weekday: 1, kind: "holiday", holiday: "labour_day", name: "Quốc tế Lao động", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2023-05-02", weekday: 2, kind: "compensatory_off", holiday: "hung_kings", name: "Nghỉ bù Giỗ Tổ (T7)", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2023-05-03", weekday: 3, kind: "compensatory_off", holiday: "victory_day", name: "Nghỉ bù 30/04 (CN)", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2023-09-01", weekday: 5, kind: "holiday", holiday: "national_day", name: "Quốc khánh (ngày liền kề)", source: "S2023", evidence: "C", status: "decided" },
    { date: "2023-09-02", weekday: 6, kind: "holiday", holiday: "national_day", name: "Quốc khánh", source: "S2023", evidence: "C", status: "decided" },
    { date: "2023-09-04", weekday: 1, kind: "compensatory_off", holiday: "national_day", name: "Nghỉ bù 02/09 (T7)", source: "S2023", evidence: "C", status: "decided" },
  ],
} as const satisfies YearSchedule;
