/**
 * A realistic mini-plan from seed 000 (Thông báo 01/2024 of Ban Quản lý Khu kinh tế Hải Phòng,
 * appendix of 21 tasks), with its deadlines written as in the text, and event helpers.
 */
import type { Event } from "../../src/schema/event.js";
import type { PlanInput } from "../../src/schema/plan.js";

export const UNITS = [
  { id: "vp", name: "Văn phòng" },
  { id: "ttdv", name: "Trung tâm DVVL-ĐT-XTĐT" },
  { id: "qlđt", name: "Phòng Quản lý đầu tư" },
  { id: "qhxd", name: "Phòng Quy hoạch xây dựng" },
] as const;

/** Seed 000, items I.1, I.3, II.1, II.2, II.3, III.1, III.5, III.6 and IV.3, and a one-stop dossier obligation. */
export function seedPlan(): PlanInput {
  return {
    id: "tb-01-2024",
    title: "Phân công nhiệm vụ chấm điểm các Chỉ số năm 2024",
    source: "Thông báo /TB-BQL tháng 01/2024, Phụ lục",
    start: "2024-01-01",
    units: [...UNITS],
    criteria: [
      {
        id: "PAR",
        title: "Chỉ số CCHC (minh họa)",
        max: 3,
        illustrative: true,
        children: [
          { id: "1.1", title: "Công khai văn bản đúng hạn", max: 1, rule: { kind: "per_violation", late: 0.25 } },
          { id: "3.2", title: "Hồ sơ TTHC giải quyết đúng hạn", max: 1, rule: { kind: "rate_bands", bands: [{ from: 100, points: 1 }, { from: 80, points: 0.5 }, { from: 0, points: 0 }] } },
          { id: "6.1", title: "Cam kết chống phiền hà đúng hạn", max: 1, rule: { kind: "all_or_nothing", condition: "all_on_time" } },
        ],
      },
    ],
    obligations: [
      {
        kind: "triggered",
        id: "I.1",
        title: "Đăng tải văn bản công khai hoạt động nội bộ",
        owner: "ttdv",
        cooperating: ["vp"],
        trigger: { type: "document_issued", where: { "data.category": "noi_bo" } },
        deadline: "yêu cầu đăng tải chậm nhất 3 ngày kể từ ngày ban hành",
        completedBy: "document_published",
        criteria: ["1.1"],
      },
      {
        kind: "quota",
        id: "I.3",
        title: "Đăng tải văn bản chỉ đạo điều hành",
        owner: "ttdv",
        cooperating: ["vp", "qlđt", "qhxd"],
        counts: { type: "document_published", where: { "data.category": "chi_dao" } },
        quota: "yêu cầu đăng tải định kỳ tối thiểu 1 ngày 1 văn bản",
      },
      {
        kind: "dated",
        id: "II.2",
        title: "Thực hiện nhiệm vụ UBND TP giao trên hệ thống",
        owner: ["qlđt", "qhxd", "ttdv", "vp"],
        trigger: { type: "task_assigned" },
        cap: "không quá 90 ngày",
        target: { deadline: "ban hành chậm nhất 2 ngày trước thời hạn quy định (trừ trường hợp hỏa tốc trong 24h)", waivedFor: [] },
        completedBy: "task_reported",
        extensions: { events: "task_extended", max: 1 },
        cancel: "task_ended",
        criteria: ["6.1"],
      },
      {
        kind: "triggered",
        id: "II.3",
        title: "Xây dựng Kế hoạch, Chương trình hành động của BQL",
        owner: ["vp", "qlđt", "qhxd", "ttdv"],
        trigger: { type: "city_plan_issued" },
        deadline: "chậm nhất trong 10 ngày kể từ khi UBND TP ban hành Kế hoạch",
        completedBy: "plan_issued",
      },
      {
        kind: "recurring",
        id: "III.1",
        title: "Cam kết chống phiền hà, sách nhiễu",
        owner: "vp",
        cooperating: ["qlđt", "qhxd", "ttdv"],
        deadline: "chậm nhất trước ngày 5/01 hằng năm",
        completedBy: "commitment_filed",
      },
      {
        kind: "triggered",
        id: "TTHC",
        title: "Giải quyết hồ sơ TTHC",
        owner: ["qlđt", "qhxd"],
        trigger: { type: "dossier_received" },
        deadline: { kind: "relative", amount: 15, unit: "working_day", anchor: { text: "ngày nhận đủ hồ sơ hợp lệ" } },
        completedBy: "dossier_resolved",
        pause: "dossier_returned",
        resume: "dossier_resumed",
        restart: "dossier_resubmitted",
        extensions: { events: "dossier_rescheduled", max: 1, judge: "original" },
        criteria: ["3.2"],
      },
      {
        kind: "derived",
        id: "III.5",
        title: "Phiếu xin lỗi hồ sơ TTHC chậm trễ",
        source: { obligation: "TTHC", on: "late" },
        deadline: "chậm nhất 3 ngày từ ngày hồ sơ TTHC bị chậm trễ",
        completedBy: "apology_sent",
      },
      {
        kind: "derived",
        id: "III.6",
        title: "Lập hồ sơ công việc đã hoàn thành",
        owner: ["qlđt", "qhxd", "ttdv", "vp"],
        cooperating: ["vp"],
        source: { obligation: "II.2", on: "done" },
        deadline: "yêu cầu ban hành chậm nhất trong 5 ngày từ khi hoàn thành nhiệm vụ được giao",
        completedBy: "file_archived",
      },
      {
        kind: "recurring",
        id: "IV.3",
        title: "Số hóa hồ sơ định kỳ hằng tháng",
        owner: "vp",
        deadline: { kind: "recurring", frequency: "monthly", bound: "within" },
        completedBy: "digitised",
      },
    ],
  };
}

let counter = 0;
/** An event with a fresh id unless one is given. */
export function ev(type: string, at: string, extra: Partial<Omit<Event, "type" | "at">> = {}): Event {
  counter += 1;
  return { id: extra.id ?? `e${String(counter).padStart(4, "0")}`, type, at, ...extra } as Event;
}

/** A plan with one obligation (and the four units), for focused examples. */
export function planWith(obligation: Record<string, unknown>, extra: Record<string, unknown> = {}): PlanInput {
  return { id: "p", title: "Kế hoạch thử", start: "2024-01-01", units: [...UNITS], obligations: [obligation as never], ...extra } as PlanInput;
}
