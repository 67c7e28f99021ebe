/**
 * Lịch nghỉ lễ, tết năm 2026 của cán bộ, công chức, viên chức (notices of Bộ Nội vụ).
 *
 * - Tết Dương lịch: off 01–04/01; Fri 02/01 swapped, made up Sat 10/01.
 * - Tết: 16/02 (29 Chạp, last day)–20/02 (mùng 4); break 14–22/02.
 * - Giỗ Tổ Sun 26/04, nghỉ bù 27/04; 30/4–1/5 Thu–Fri, no swap.
 * - Quốc khánh Tue 01 + Wed 02/09; Mon 31/08 swapped, made up Sat 22/08.
 * - 24/11 Ngày Văn hóa Việt Nam (Tue), reported (NQ 28/2026/QH16). The swap Mon 23/11 off / Sat 28/11 worked
 *   is only a proposal (status `proposed`, used only when a calendar accepts "proposed").
 *
 * Sources: S2026a, S2026b, S2026c, NQ28, P2026 (see sources.ts).
 * @module
 */
import type { YearSchedule } from "../../types.js";

/** Official days off and make-up days of 2026 (CV 12729/VPCP-KGVX, CV 9859/VPCP-KGVX + TB 9441/TB-BNV, CV 3383/BNV-CVL), with 24/11 reported and its swap proposed. */
export const schedule2026 = {
  year: 2026,
  // The schedule decides these statutory holidays; the calendar projects any other from the statute.
  decides: ["new_year", "tet", "hung_kings", "victory_day", "labour_day", "national_day", "culture_day"],
  plainDays: "decided",
  sources: ["BLLD2019", "S2026a", "S2026b", "S2026c", "P2026", "NQ28"],
  rows: [
    { date: "2026-01-01", weekday: 4, kind: "holiday", holiday: "new_year", name: "Tết Dương lịch", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2026-01-02", weekday: 5, kind: "swapped_off", holiday: "new_year", name: "Hoán đổi (làm bù 10/01/2026)", source: "S2026a", evidence: "C", status: "decided" },
    { date: "2026-01-10", weekday: 6, kind: "makeup_workday", holiday: "new_year", name: "Làm bù cho 02/01/2026", source: "S2026a", evidence: "C", status: "decided" },
    { date: "2026-02-16", weekday: 1, kind: "holiday", holiday: "tet", name: "Tết (29 Chạp, cuối năm)", source: "S2026b", evidence: "C", status: "decided" },
    { date: "2026-02-17", weekday: 2, kind: "holiday", holiday: "tet", name: "Tết (mùng 1)", source: "S2026b", evidence: "C", status: "decided" },
    { date: "2026-02-18", weekday: 3, kind: "holiday", holiday: "tet", name: "Tết (mùng 2)", source: "S2026b", evidence: "C", status: "decided" },
    { date: "2026-02-19", weekday: 4, kind: "holiday", holiday: "tet", name: "Tết (mùng 3)", source: "S2026b", evidence: "C", status: "decided" },
    { date: "2026-02-20", weekday: 5, kind: "holiday", holiday: "tet", name: "Tết (mùng 4)", source: "S2026b", evidence: "C", status: "decided" },
    { date: "2026-04-26", weekday: 7, kind: "holiday", holiday: "hung_kings", name: "Giỗ Tổ Hùng Vương", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2026-04-27", weekday: 1, kind: "compensatory_off", holiday: "hung_kings", name: "Nghỉ bù Giỗ Tổ (CN)", source: "BLLD2019", evidence: "C", status: "decided" },
    { date: "2026-04-30", weekday: 4, kind: "holiday", holiday: "victory_day", name: "Ngày Chiến thắng", source: "S2026c", evidence: "C", status: "decided" },
    { date: "2026-05-01", weekday: 5, kind: "holiday", holiday: "labour_day", name: "Quốc tế Lao động", source: "S2026c", evidence: "C", status: "decided" },
    { date: "2026-08-22", weekday: 6, kind: "makeup_workday", holiday: "national_day", name: "Làm bù cho 31/08/2026", source: "S2026b", evidence: "C", status: "decided" },
    { date: "2026-08-31", weekday: 1, kind: "swapped_off", holiday: "national_day", name: "Hoán đổi (làm bù 22/08/2026)", source: "S2026b", evidence: "C", status: "decided" },
    { date: "2026-09-01", weekday: 2, kind: "holiday", holiday: "national_day", name: "Quốc khánh (ngày liền kề)", source: "S2026b", evidence: "C", status: "decided" },
    { date: "2026-09-02", weekday: 3, kind: "holiday", holiday: "national_day", name: "Quốc khánh", source: "S2026b", evidence: "C", status: "decided" },
    { date: "2026-11-23", weekday: 1, kind: "swapped_off", holiday: "culture_day", name: "Hoán đổi (làm bù 28/11/2026) — đề xuất", source: "P2026", evidence: "P", status: "proposed" },
    { date: "2026-11-24", weekday: 2, kind: "holiday", holiday: "culture_day", name: "Ngày Văn hóa Việt Nam (mới)", source: "NQ28", evidence: "R", status: "reported" },
    { date: "2026-11-28", weekday: 6, kind: "makeup_workday", holiday: "culture_day", name: "Làm bù cho 23/11/2026 — đề xuất", source: "P2026", evidence: "P", status: "proposed" },
  ],
} as const satisfies YearSchedule;
