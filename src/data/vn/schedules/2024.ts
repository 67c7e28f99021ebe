/**
 * Lịch nghỉ lễ, tết năm 2024 của cán bộ, công chức, viên chức.
 *
 * - Tết: off 08–14/02, "05 ngày nghỉ tết Âm lịch và 02 ngày nghỉ bù" (Đ.111.3).
 * - 30/4–1/5: off 27/04–01/05; Mon 29/04 swapped, made up Sat 04/05 (CV 2450/VPCP-KGVX).
 * - Quốc khánh Mon 02 + Tue 03/09.
 *
 * Sources: S2024 = CV 8662/VPCP-KGVX (03/11/2023) + TB 5015/TB-LĐTBXH (22/11/2023); S2024b = CV 2450/VPCP-KGVX (12/04/2024).
 * @module
 */
import type { YearSchedule } from "../../types.js";

/** Official days off and make-up day of 2024 (CV 8662/VPCP-KGVX, TB 5015/TB-LĐTBXH, CV 2450/VPCP-KGVX). */
export const schedule2024 = {
  year: 2024,
  // The schedule decides these statutory holidays; the calendar projects any other from the statute.
  decides: ["new_year", "tet", "hung_kings", "victory_day", "labour_day", "national_day"],
  plainDays: "decided",
  sources: ["BLLD2019", "S2024", "S2024b"],
  rows: [
    { date: "2024-01-01", weekday: 1, kind: "holiday", holiday: "new_year", name: "Tết Dương lịch", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2024-02-08", weekday: 4, kind: "holiday", holiday: "tet", name: "Tết (29 Chạp)", source: "S2024", evidence: "C", status: "decided" },
    { date: "2024-02-09", weekday: 5, kind: "holiday", holiday: "tet", name: "Tết (30 Chạp)", source: "S2024", evidence: "C", status: "decided" },
    { date: "2024-02-10", weekday: 6, kind: "holiday", holiday: "tet", name: "Tết (mùng 1)", source: "S2024", evidence: "C", status: "decided" },
    { date: "2024-02-11", weekday: 7, kind: "holiday", holiday: "tet", name: "Tết (mùng 2)", source: "S2024", evidence: "C", status: "decided" },
    { date: "2024-02-12", weekday: 1, kind: "holiday", holiday: "tet", name: "Tết (mùng 3)", source: "S2024", evidence: "C", status: "decided" },
    { date: "2024-02-13", weekday: 2, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù mùng 1 (T7)", source: "S2024", evidence: "C", status: "decided" },
    { date: "2024-02-14", weekday: 3, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù mùng 2 (CN)", source: "S2024", evidence: "C", status: "decided" },
    { date: "2024-04-18", weekday: 4, kind: "holiday", holiday: "hung_kings", name: "Giỗ Tổ Hùng Vương", source: "BLLD2019", evidence: "D", status: "decided" },
    { date: "2024-04-29", weekday: 1, kind: "swapped_off", holiday: "victory_day", name: "Hoán đổi (làm bù 04/05/2024)", source: "S2024b", evidence: "C", status: "decided" },
    { date: "2024-04-30", weekday: 2, kind: "holiday", holiday: "victory_day", name: "Ngày Chiến thắng", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2024-05-01", weekday: 3, kind: "holiday", holiday: "labour_day", name: "Quốc tế Lao động", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2024-05-04", weekday: 6, kind: "makeup_workday", holiday: "victory_day", name: "Làm bù cho 29/04/2024", source: "S2024b", evidence: "C", status: "decided" },
    { date: "2024-09-02", weekday: 1, kind: "holiday", holiday: "national_day", name: "Quốc khánh", source: "S2024", evidence: "C", status: "decided" },
    { date: "2024-09-03", weekday: 2, kind: "holiday", holiday: "national_day", name: "Quốc khánh (ngày liền kề)", source: "S2024", evidence: "C", status: "decided" },
  ],
} as const satisfies YearSchedule;
