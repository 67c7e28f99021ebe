/**
 * Lịch nghỉ Tết Âm lịch và Quốc khánh năm 2027 (reported).
 *
 * Only what the research notes report: Tết off 04–10/02/2027 and Quốc khánh off 02–05/09/2027,
 * citing CV 10065/VPCP-KGVX of 02/10/2026 [R]. Everything else of 2027 (1/1, Giỗ Tổ, 30/4, 1/5, 24/11,
 * any swap) is projected by the calendar from the statute, so the days this file does not list are
 * `projected`, not `decided`.
 *
 * How the reported breaks are split into rows (derived from BLLĐ 2019 Đ.112 and Đ.111.3 and the UTC+7
 * lunar calendar, in which Chạp of Bính Ngọ starts 08/01/2027 and has 29 days, so mùng 1 Đinh Mùi is
 * Sat 06/02/2027):
 * - Tết, 5 holidays = the last two days of the lunar year + mùng 1–3: Thu 04/02 (28 Chạp), Fri 05/02
 *   (29 Chạp, cuối năm), Sat 06/02 (mùng 1), Sun 07/02 (mùng 2), Mon 08/02 (mùng 3); mùng 1 and 2 fall
 *   on the weekly rest days, so nghỉ bù Tue 09/02 and Wed 10/02. This is the only split of the 5 days
 *   (1+4, 2+3, 3+2 around mùng 1) whose break is exactly 04–10/02.
 * - Quốc khánh, 2 holidays = Thu 02/09 and the adjacent Fri 03/09; 04–05/09 is the weekend, no nghỉ bù.
 * @module
 */
import type { YearSchedule } from "../../types.js";

/** Reported Tết and Quốc khánh days off of 2027 (CV 10065/VPCP-KGVX, reported). */
export const schedule2027 = {
  year: 2027,
  // The schedule decides Tết and Quốc khánh; the calendar projects 1/1, Giỗ Tổ, 30/4, 1/5 and 24/11.
  decides: ["tet", "national_day"],
  plainDays: "projected",
  sources: ["S2027"],
  rows: [
    { date: "2027-02-04", weekday: 4, kind: "holiday", holiday: "tet", name: "Tết (28 Chạp)", source: "S2027", evidence: "R", status: "reported" },
    { date: "2027-02-05", weekday: 5, kind: "holiday", holiday: "tet", name: "Tết (29 Chạp, cuối năm)", source: "S2027", evidence: "R", status: "reported" },
    { date: "2027-02-06", weekday: 6, kind: "holiday", holiday: "tet", name: "Tết (mùng 1)", source: "S2027", evidence: "R", status: "reported" },
    { date: "2027-02-07", weekday: 7, kind: "holiday", holiday: "tet", name: "Tết (mùng 2)", source: "S2027", evidence: "R", status: "reported" },
    { date: "2027-02-08", weekday: 1, kind: "holiday", holiday: "tet", name: "Tết (mùng 3)", source: "S2027", evidence: "R", status: "reported" },
    { date: "2027-02-09", weekday: 2, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù mùng 1 (T7)", source: "S2027", evidence: "R", status: "reported" },
    { date: "2027-02-10", weekday: 3, kind: "compensatory_off", holiday: "tet", name: "Nghỉ bù mùng 2 (CN)", source: "S2027", evidence: "R", status: "reported" },
    { date: "2027-09-02", weekday: 4, kind: "holiday", holiday: "national_day", name: "Quốc khánh", source: "S2027", evidence: "R", status: "reported" },
    { date: "2027-09-03", weekday: 5, kind: "holiday", holiday: "national_day", name: "Quốc khánh (ngày liền kề)", source: "S2027", evidence: "R", status: "reported" },
  ],
} as const satisfies YearSchedule;
