/**
 * Lịch nghỉ lễ, tết năm 2019 của cán bộ, công chức, viên chức (Bộ luật Lao động 2012).
 *
 * - Tết Dương lịch: off 29/12/2018–01/01/2019; Mon 31/12/2018 swapped, made up Sat 05/01/2019.
 * - Tết: off 02–10/02 (28 Chạp–mùng 6); 29 Chạp fell on Sun 03/02, nghỉ bù Fri 08/02 (split derived).
 * - Giỗ Tổ Sun 14/04, nghỉ bù 15/04; 30/4–1/5: Mon 29/04 swapped, made up Sat 04/05; Quốc khánh Mon 02/09 (1 day).
 *
 * Source: S2019 = CV 6519/VPCP-KGVX (2018; number reported).
 * @module
 */
import type { YearSchedule } from "../../types.js";

/** Official days off and make-up days of 2019 (BLLĐ 2012; CV 6519/VPCP-KGVX). */
export const schedule2019 = {
  year: 2019,
  // The schedule decides these statutory holidays; the calendar projects any other from the statute.
  decides: ["new_year", "tet", "hung_kings", "victory_day", "labour_day", "national_day"],
  plainDays: "decided",
  sources: ["S2019", "BLLD2012"],
  rows: [
    { date: "2018-12-31", weekday: 1, kind: "swapped_off", holiday: "new_year", name: "Hoán đổi (làm bù 05/01/2019)", source: "S2019", evidence: "C", status: "decided" },
    { date: "2019-01-01", weekday: 2, kind: "holiday", holiday: "new_year", name: "Tết Dương lịch", source: "BLLD2012", evidence: "C", status: "decided" },
    { date: "2019-01-05", weekday: 6, kind: "makeup_workday", holiday: "new_year", name: "Làm bù cho 31/12/2018", source: "S2019", evidence: "C", status: "decided" },
    { date: "2019-02-03", weekday: 7, kind: "holiday", holiday: "tet", name: "Tết (29 Chạp)", source: "S2019", evidence: "C", status: "decided" },
    { date: "2019-02-04", weekday: 1, kind: "holiday", holiday: "tet", name: "Tết (30 Chạp)", source: "S2019", evidence: "C", status: "decided" },
    { date: "2019-02-05", weekday: 2, kind: "holiday", holiday: "tet", name: "Tết (mùng 1)", source: "S2019", evidence: "C", status: "decided" },
    { date: "2019-02-06", weekday: 3, kind: "holiday", holiday: "tet", name: "Tết (mùng 2)", source: "S2019", evidence: "C", status: "decided" },
    { date: "2019-02-07", weekday: 4, kind: "holiday", holiday: "tet", name: "Tết (mùng 3)", source: "S2019", evidence: "C", status: "decided" },
    { date: "2019-02-08", weekday: 5, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù 29 Chạp (CN 03/02)", source: "S2019", evidence: "D", status: "decided" },
    { date: "2019-04-14", weekday: 7, kind: "holiday", holiday: "hung_kings", name: "Giỗ Tổ Hùng Vương", source: "BLLD2012", evidence: "C", status: "decided" },
    { date: "2019-04-15", weekday: 1, kind: "compensatory_off", holiday: "hung_kings", name: "Nghỉ bù Giỗ Tổ", source: "BLLD2012", evidence: "C", status: "decided" },
    { date: "2019-04-29", weekday: 1, kind: "swapped_off", holiday: "victory_day", name: "Hoán đổi (làm bù 04/05/2019)", source: "S2019", evidence: "C", status: "decided" },
    { date: "2019-04-30", weekday: 2, kind: "holiday", holiday: "victory_day", name: "Ngày Chiến thắng", source: "BLLD2012", evidence: "C", status: "decided" },
    { date: "2019-05-01", weekday: 3, kind: "holiday", holiday: "labour_day", name: "Quốc tế Lao động", source: "BLLD2012", evidence: "C", status: "decided" },
    { date: "2019-05-04", weekday: 6, kind: "makeup_workday", holiday: "victory_day", name: "Làm bù cho 29/04/2019", source: "S2019", evidence: "C", status: "decided" },
    { date: "2019-09-02", weekday: 1, kind: "holiday", holiday: "national_day", name: "Quốc khánh (1 ngày)", source: "BLLD2012", evidence: "C", status: "decided" },
  ],
} as const satisfies YearSchedule;
