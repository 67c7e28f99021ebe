/**
 * The tables `draftPlan` reads a notice with. Each is data: a new wording is one more entry.
 *
 * - {@link ANCHOR_BINDINGS}: what the anchor of a relative time limit means — an event type that
 *   opens each occurrence (`triggered`), or another task's outcome (`derived`);
 * - {@link REFERRALS}: wording that refers to a deadline set elsewhere ("theo yêu cầu thời hạn trong
 *   văn bản"): the obligation is dated by its trigger;
 * - {@link VERB_EVENTS}: the verb of a requirement → the event type that completes it;
 * - {@link ABBREVIATIONS}: short forms expanded when rows are compared ("NV" = "nhiệm vụ").
 * @internal
 * @module
 */
import type { DerivedOn } from "../schema/plan.js";

/** A source obligation the draft adds when no row of the notice produces the anchor's event. @internal */
export interface AddedSource {
  readonly id: string;
  readonly title: string;
  readonly trigger: string;
  readonly completedBy: string;
}

/** What an anchor means. @internal */
export type AnchorBinding =
  | { readonly kind: "triggered"; readonly event: string }
  | {
      readonly kind: "derived";
      readonly on: DerivedOn;
      /** Words of the anchor that are not part of the task's name ("hoàn thành", "bị chậm trễ", "ngày", "khi"). */
      readonly cue: string;
      /** Added when no row of the notice is that task. */
      readonly otherwise?: AddedSource;
    };

/** An anchor cue (words looked for in the anchor) and its binding. The first entry that fits wins. @internal */
export interface AnchorEntry {
  readonly words: string;
  readonly binding: AnchorBinding;
}

/** @internal */
export const ANCHOR_BINDINGS: readonly AnchorEntry[] = Object.freeze([
  { words: "hoàn thành", binding: { kind: "derived", on: "done", cue: "hoàn thành" } },
  {
    words: "chậm trễ",
    binding: {
      kind: "derived",
      on: "late",
      cue: "bị chậm trễ",
      otherwise: { id: "ho-so-tthc", title: "Giải quyết hồ sơ thủ tục hành chính", trigger: "dossier_received", completedBy: "dossier_resolved" },
    },
  },
  {
    words: "quá hạn",
    binding: {
      kind: "derived",
      on: "late",
      cue: "bị quá hạn",
      otherwise: { id: "ho-so-tthc", title: "Giải quyết hồ sơ thủ tục hành chính", trigger: "dossier_received", completedBy: "dossier_resolved" },
    },
  },
  { words: "ban hành", binding: { kind: "triggered", event: "document_issued" } },
  { words: "ký", binding: { kind: "triggered", event: "document_signed" } },
  { words: "nhận đủ hồ sơ", binding: { kind: "triggered", event: "dossier_received" } },
  { words: "nhận hồ sơ", binding: { kind: "triggered", event: "dossier_received" } },
  { words: "nhận được", binding: { kind: "triggered", event: "document_received" } },
  { words: "tiếp nhận", binding: { kind: "triggered", event: "document_received" } },
] satisfies readonly AnchorEntry[]);

/** Wording that refers to a deadline set by another document: the obligation is dated by its trigger. @internal */
export const REFERRALS: readonly string[] = Object.freeze([
  "theo yêu cầu thời hạn",
  "thời hạn theo yêu cầu",
  "thời hạn theo",
  "đúng thời hạn quy định",
  "theo thời hạn",
  "thời hạn ghi trong",
]);

/** Verbs of a requirement and the event type that completes it; the first verb found before the time limit wins. @internal */
export const VERB_EVENTS: readonly { readonly words: string; readonly event: string }[] = Object.freeze([
  { words: "đăng tải", event: "document_published" },
  { words: "công khai", event: "document_published" },
  { words: "ban hành", event: "document_issued" },
  { words: "số hóa", event: "records_digitized" },
  { words: "cập nhật", event: "data_updated" },
  { words: "báo cáo", event: "report_sent" },
  { words: "gửi", event: "document_sent" },
]);

/** Event type completing a requirement with no verb of {@link VERB_EVENTS}. @internal */
export const DEFAULT_COMPLETION = "task_completed";

/** Event type that assigns a task (trigger of obligations dated by their trigger). @internal */
export const TASK_ASSIGNED = "task_assigned";

/** Short forms of task tables, expanded when a task is looked for by its name. @internal */
export const ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze({
  nv: "nhiệm vụ",
  vb: "văn bản",
  tthc: "thủ tục hành chính",
  hs: "hồ sơ",
  ubnd: "ủy ban nhân dân",
});

/** Words left out when a task is looked for by the words of an anchor. @internal */
export const STOP_WORDS: readonly string[] = Object.freeze(["ngày", "khi", "từ", "kể", "được", "đã", "các", "của", "bị", "việc", "về"]);
