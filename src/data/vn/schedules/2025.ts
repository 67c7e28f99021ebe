/**
 * Lịch nghỉ lễ, tết năm 2025 của cán bộ, công chức, viên chức.
 *
 * - Tết: 27–31/01 (28 Chạp–mùng 3; Chạp had 29 days); break 25/01–02/02, no swap.
 * - Giỗ Tổ Mon 07/04; 30/4–1/5: Fri 02/05 swapped, made up Sat 26/04; Quốc khánh Mon 01 + Tue 02/09.
 * - 12 weekdays off: 1/1; 27–31/1; 7/4; 30/4; 1–2/5; 1–2/9. Sat 26/04 is worked.
 *
 * Source: S2025 = CV 8726/VPCP-KGVX (26/11/2024) + TB 6150/TB-BLĐTBXH.
 * @module
 */
import type { YearSchedule } from "../../types.js";

/** Official days off and make-up day of 2025 (CV 8726/VPCP-KGVX, TB 6150/TB-BLĐTBXH). */
export const schedule2025 = {
  year: 2025,
  // The schedule decides these statutory holidays; the calendar projects any other from the statute.
  decides: ["new_year", "tet", "hung_kings", "victory_day", "labour_day", "national_day"],
  plainDays: "decided",
  sources: ["BLLD2019", "S2025"],
  rows: [
    { date: "2025-01-01", weekday: 3, kind: "holiday", holiday: "new_year", name: "Tết Dương lịch", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2025-01-27", weekday: 1, kind: "holiday", holiday: "tet", name: "Tết (28 Chạp)", source: "S2025", evidence: "C", status: "decided" },
    { date: "2025-01-28", weekday: 2, kind: "holiday", holiday: "tet", name: "Tết (29 Chạp, cuối năm)", source: "S2025", evidence: "C", status: "decided" },
    { date: "2025-01-29", weekday: 3, kind: "holiday", holiday: "tet", name: "Tết (mùng 1)", source: "S2025", evidence: "C", status: "decided" },
    { date: "2025-01-30", weekday: 4, kind: "holiday", holiday: "tet", name: "Tết (mùng 2)", source: "S2025", evidence: "C", status: "decided" },
    { date: "2025-01-31", weekday: 5, kind: "holiday", holiday: "tet", name: "Tết (mùng 3)", source: "S2025", evidence: "C", status: "decided" },
    { date: "2025-04-07", weekday: 1, kind: "holiday", holiday: "hung_kings", name: "Giỗ Tổ Hùng Vương", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2025-04-26", weekday: 6, kind: "makeup_workday", holiday: "labour_day", name: "Làm bù cho 02/05/2025", source: "S2025", evidence: "C", status: "decided" },
    { date: "2025-04-30", weekday: 3, kind: "holiday", holiday: "victory_day", name: "Ngày Chiến thắng", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2025-05-01", weekday: 4, kind: "holiday", holiday: "labour_day", name: "Quốc tế Lao động", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2025-05-02", weekday: 5, kind: "swapped_off", holiday: "labour_day", name: "Hoán đổi (làm bù 26/04/2025)", source: "S2025", evidence: "C", status: "decided" },
    { date: "2025-09-01", weekday: 1, kind: "holiday", holiday: "national_day", name: "Quốc khánh (ngày liền kề)", source: "S2025", evidence: "C", status: "decided" },
    { date: "2025-09-02", weekday: 2, kind: "holiday", holiday: "national_day", name: "Quốc khánh", source: "S2025", evidence: "C", status: "decided" },
  ],
} as const satisfies YearSchedule;
