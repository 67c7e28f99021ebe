/**
 * Lịch nghỉ lễ, tết năm 2021 của cán bộ, công chức, viên chức (Bộ luật Lao động 2019, first year).
 *
 * - Tết: off 10–16/02; mùng 2–3 on Sat–Sun, nghỉ bù 15–16/02.
 * - Quốc khánh Thu 02 + Fri 03/09; 1/5 on Sat gives nghỉ bù Mon 03/05 (derived).
 *
 * Source: S2021 = TB 4875/TB-LĐTBXH (12/2020).
 * @module
 */
import type { YearSchedule } from "../../types.js";

/** Official days off of 2021 (BLLĐ 2019; TB 4875/TB-LĐTBXH). */
export const schedule2021 = {
  year: 2021,
  // The schedule decides these statutory holidays; the calendar projects any other from the statute.
  decides: ["new_year", "tet", "hung_kings", "victory_day", "labour_day", "national_day"],
  plainDays: "decided",
  sources: ["BLLD2019", "S2021"],
  rows: [
    { date: "2021-01-01", weekday: 5, kind: "holiday", holiday: "new_year", name: "Tết Dương lịch", source: "BLLD2019", evidence: "D", status: "decided" },
    { date: "2021-02-10", weekday: 3, kind: "holiday", holiday: "tet", name: "Tết (29 Chạp)", source: "S2021", evidence: "C", status: "decided" },
    { date: "2021-02-11", weekday: 4, kind: "holiday", holiday: "tet", name: "Tết (30 Chạp)", source: "S2021", evidence: "C", status: "decided" },
    { date: "2021-02-12", weekday: 5, kind: "holiday", holiday: "tet", name: "Tết (mùng 1)", source: "S2021", evidence: "C", status: "decided" },
    { date: "2021-02-13", weekday: 6, kind: "holiday", holiday: "tet", name: "Tết (mùng 2)", source: "S2021", evidence: "C", status: "decided" },
    { date: "2021-02-14", weekday: 7, kind: "holiday", holiday: "tet", name: "Tết (mùng 3)", source: "S2021", evidence: "C", status: "decided" },
    { date: "2021-02-15", weekday: 1, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù mùng 2", source: "S2021", evidence: "C", status: "decided" },
    { date: "2021-02-16", weekday: 2, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù mùng 3", source: "S2021", evidence: "C", status: "decided" },
    { date: "2021-04-21", weekday: 3, kind: "holiday", holiday: "hung_kings", name: "Giỗ Tổ Hùng Vương", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2021-04-30", weekday: 5, kind: "holiday", holiday: "victory_day", name: "Ngày Chiến thắng", source: "BLLD2019", evidence: "D", status: "decided" },
    { date: "2021-05-01", weekday: 6, kind: "holiday", holiday: "labour_day", name: "Quốc tế Lao động", source: "BLLD2019", evidence: "D", status: "decided" },
    { date: "2021-05-03", weekday: 1, kind: "compensatory_off", holiday: "labour_day", name: "Nghỉ bù 01/05 (T7)", source: "BLLD2019", evidence: "D", status: "decided" },
    { date: "2021-09-02", weekday: 4, kind: "holiday", holiday: "national_day", name: "Quốc khánh", source: "S2021", evidence: "C", status: "decided" },
    { date: "2021-09-03", weekday: 5, kind: "holiday", holiday: "national_day", name: "Quốc khánh (ngày liền kề)", source: "S2021", evidence: "C", status: "decided" },
  ],
} as const satisfies YearSchedule;
