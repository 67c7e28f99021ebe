/**
 * `draftPlan`: from the text of a notice or plan to a draft plan that `parsePlan` accepts, and
 * the rows it could not draft, with the reason.
 * @module
 */
import type { IsoDate } from "../day/dayNumber.js";
import { isIsoDate } from "../day/dayNumber.js";
import type { UrgencyLevel } from "../deadline/types.js";
import { InvalidInputError, issue } from "../errors.js";
import { freeTextOf } from "../phrase/find/readAt.js";
import type { ObligationInput, PlanInput, Target } from "../schema/plan.js";
import { ABBREVIATIONS, ANCHOR_BINDINGS, STOP_WORDS, TASK_ASSIGNED, type AddedSource, type AnchorBinding } from "./bindings.js";
import { dateOf, titleOf } from "./documentInfo.js";
import { readRow, type RowItem, type RowReading } from "./readRow.js";
import { readRows, type DraftRow } from "./rows.js";
import type { DraftPlanOptions, DraftResult, UnresolvedRow, UnreadInRow } from "./types.js";
import { unitTable } from "./units.js";
import { keysOf, tidy } from "./words.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A derived obligation waiting for its source row's obligation id. */
interface Pending {
  /** The row the obligation comes from. */
  readonly row: string;
  readonly obligation: ObligationInput;
  /** Row whose first obligation is the source, or an added source. */
  readonly sourceRow?: string;
  readonly added?: AddedSource;
}

const ANCHORS = ANCHOR_BINDINGS.map((a) => ({ keys: keysOf(a.words), binding: a.binding }));
const STOPS = new Set(STOP_WORDS.map((w) => keysOf(w)[0] as string));

function hasKeys(keys: readonly string[], want: readonly string[]): boolean {
  for (let i = 0; i + want.length <= keys.length; i++) if (want.every((k, j) => keys[i + j] === k)) return true;
  return false;
}

/** Fold keys with short forms expanded ("NV" → "nhiem vu"). */
function expanded(text: string): string[] {
  return keysOf(text).flatMap((k) => {
    const long = ABBREVIATIONS[k];
    return long === undefined ? [k] : keysOf(long);
  });
}

function bindingOf(anchor: string): AnchorBinding | undefined {
  const keys = keysOf(anchor);
  return ANCHORS.find((a) => hasKeys(keys, a.keys))?.binding;
}

/** The rows whose title holds every content word of the anchor (without the cue and stop words). */
function sourceRows(anchor: string, cue: string, self: DraftRow, rows: readonly DraftRow[]): DraftRow[] {
  const cueKeys = new Set(keysOf(cue));
  const want = expanded(anchor).filter((k) => !cueKeys.has(k) && !STOPS.has(k));
  if (want.length === 0) return [];
  return rows.filter((r) => r.id !== self.id && want.every((k) => expanded(r.title).includes(k)));
}

function waivedFor(target: RowReading["targets"][number]): UrgencyLevel[] {
  return [...new Set((target.rule.except ?? []).map((e) => e.urgency))];
}

function targetOf(reading: RowReading): Target | undefined {
  const first = reading.targets[0];
  if (first === undefined) return undefined;
  const waived = waivedFor(first);
  return waived.length > 0 ? { deadline: first.text, waivedFor: waived } : { deadline: first.text };
}

/** Drafts the obligations of the rows. */
function draftRows(rows: readonly DraftRow[], units: ReturnType<typeof unitTable>, options: DraftPlanOptions): { pending: Pending[]; unresolved: UnresolvedRow[]; unread: UnreadInRow[] } {
  const pending: Pending[] = [];
  const unresolved: UnresolvedRow[] = [];
  const unread: UnreadInRow[] = [];
  for (const row of rows) {
    const reading = readRow(row);
    unread.push(...reading.unread);
    const wording = tidy([row.title, ...row.segments.filter((s) => s.requirement).map((s) => s.text)].join(" — "));
    const unresolve = (reason: UnresolvedRow["reason"], params: Record<string, unknown> = {}): void => {
      unresolved.push({ row: row.id, reason, text: wording, params });
    };
    const owner = units.idsOf(row.owner.length > 0 ? row.owner : ownerOfProse(row));
    const cooperating = units.idsOf(row.cooperating).filter((id) => !owner.includes(id));
    const common = (id: string): { id: string; title: string; owner: string | string[]; cooperating?: string[] } => ({
      id,
      title: row.title.slice(0, 300) || id,
      owner: owner.length === 1 ? (owner[0] as string) : owner,
      ...(cooperating.length > 0 ? { cooperating } : {}),
    });
    const target = targetOf(reading);
    const trigger = (id: string, type: string = TASK_ASSIGNED) => ({ type, where: { "data.task": id } });
    const items: (RowItem | undefined)[] = reading.items.length > 0 ? [...reading.items] : target !== undefined || (!row.prose && (options.undated ?? "dated") === "dated") ? [undefined] : [];
    const noLimit = reading.items.length === 0 && target === undefined;
    if (items.length === 0) {
      // a prose item with no time limit is not a task row: nothing to report
      if (!row.prose) unresolve("no_deadline");
      continue;
    }
    if (owner.length === 0) {
      unresolve("owner_unknown", { text: row.title });
      continue;
    }
    items.forEach((item, i) => {
      const id = items.length > 1 ? `${row.id}${String.fromCharCode(97 + i)}` : row.id;
      const withTarget = <T extends object>(o: T): T => (target === undefined ? o : { ...o, target });
      if (item === undefined || item.kind === "referral") {
        const completedBy = item?.completion ?? "task_completed";
        const note = item === undefined && noLimit ? { description: "Dòng không nêu thời hạn: mỗi lần giao có thời hạn riêng (thêm khi lập dự thảo)." } : {};
        pending.push({ row: row.id, obligation: withTarget({ kind: "dated", ...common(id), ...note, trigger: trigger(id), completedBy }) });
        return;
      }
      if (item.kind === "quota") {
        pending.push({ row: row.id, obligation: { kind: "quota", ...common(id), counts: { type: item.completion, where: { "data.task": id } }, quota: item.quota.text } });
        return;
      }
      const { match, completion } = item;
      const rule = match.rule;
      switch (rule.kind) {
        case "fixed_date":
        case "period":
        case "recurring":
        case "rrule":
        case "reporting_window":
          pending.push({ row: row.id, obligation: withTarget({ kind: "recurring", ...common(id), deadline: match.text, completedBy: completion }) });
          return;
        case "before_deadline":
          // targets are read apart; never an item
          return;
        case "relative":
        case "urgent":
        case "same_day": {
          const anchor = freeTextOf(rule);
          if (anchor === "") {
            pending.push({ row: row.id, obligation: withTarget({ kind: "dated", ...common(id), trigger: trigger(id), otherwise: match.text, completedBy: completion }) });
            return;
          }
          const binding = bindingOf(anchor);
          if (binding === undefined) {
            unresolve("anchor_unbound", { anchor, deadline: match.text });
            return;
          }
          if (binding.kind === "triggered") {
            // "… hoặc theo yêu cầu thời hạn trong văn bản": the event's own deadline wins (dated by its trigger)
            const alternative = rule.wording?.["alternative"] !== undefined;
            pending.push({
              row: row.id,
              obligation: alternative
                ? withTarget({ kind: "dated", ...common(id), trigger: trigger(id, binding.event), otherwise: match.text, completedBy: completion })
                : withTarget({ kind: "triggered", ...common(id), trigger: trigger(id, binding.event), deadline: match.text, completedBy: completion }),
            });
            return;
          }
          const candidates = sourceRows(anchor, binding.cue, row, rows);
          const base = { kind: "derived" as const, ...common(id), deadline: match.text, completedBy: completion };
          if (candidates.length === 1) {
            pending.push({ row: row.id, obligation: { ...base, source: { obligation: "", on: binding.on } }, sourceRow: (candidates[0] as DraftRow).id });
          } else if (candidates.length > 1) {
            unresolve("source_ambiguous", { anchor, candidates: candidates.map((r) => r.id) });
          } else if (binding.otherwise !== undefined) {
            pending.push({ row: row.id, obligation: { ...base, source: { obligation: binding.otherwise.id, on: binding.on } }, added: binding.otherwise });
          } else {
            unresolve("anchor_unbound", { anchor, deadline: match.text });
          }
          return;
        }
      }
    });
  }
  return { pending, unresolved, unread };
}

/** Verbs that end the subject of a prose item ("Các phòng, đơn vị … hoàn thành báo cáo …"). */
const PROSE_VERBS = [
  "giúp", "chủ trì", "theo dõi", "thực hiện", "hoàn thành", "báo cáo", "tổng hợp", "căn cứ", "phối hợp", "lập", "gửi",
  "xây dựng", "triển khai", "đăng tải", "có trách nhiệm", "chịu trách nhiệm", "tham mưu", "rà soát", "khẩn trương",
].map(keysOf);

/** The owner of a prose item: the words after "Giao" or from the start, up to the first verb. */
function ownerOfProse(row: DraftRow): string[] {
  if (!row.prose) return [];
  const text = row.title;
  const keys = keysOf(text);
  const from = keys[0] === "giao" ? 1 : 0;
  const words = text.split(" ").filter((w) => keysOf(w).length > 0);
  let to = from;
  while (to < keys.length && to < from + 12 && !PROSE_VERBS.some((v) => v.every((k, j) => keys[to + j] === k))) to++;
  if (to === from || to >= keys.length || to - from >= 12) return [];
  const name = tidy(words.slice(from, to).join(" "));
  return name === "" ? [] : [name.endsWith(",") ? name.slice(0, -1) : name];
}

/**
 * Drafts a plan (dự thảo kế hoạch) from the text of a notice or plan: its task table (rows as
 * in the seeds: tab-separated, "TT", "Chủ trì", "Phối hợp", the requirement after "-->"), or,
 * when it has none, its numbered items and bullets.
 *
 * - units: one per name in the owner and co-operating columns, names kept;
 * - one obligation per time limit of a row, its id the row's number as the notice writes it
 *   (section and row: "I.1" … "VI.2"; "II.3a", "II.3b" for a row with two);
 * - the kind from the wording: a time limit from an event bound by the anchor table
 *   ("kể từ ngày ban hành") → `triggered`; with "hoặc theo yêu cầu thời hạn trong văn bản", or
 *   from no anchor ("không được quá 90 ngày"), or referring to a deadline set elsewhere →
 *   `dated` by its trigger; a date, period or recurrence → `recurring`; "tối thiểu 1 ngày 1 văn
 *   bản" → `quota`; "từ khi hoàn thành nhiệm vụ được giao" → `derived` from the row that is that
 *   task; "chậm nhất 2 ngày trước thời hạn quy định" → the internal `target`;
 * - the wording verbatim as each deadline; event types are placeholders to bind (`task_assigned`
 *   with `data.task` = the obligation id, completion by the requirement's verb);
 * - every row not drafted is in `unresolved` with its reason; wording near a time limit that
 *   the grammar could not read is in `unread`.
 *
 * @param text - The notice, as text (tables as tab-separated rows).
 * @param options - Plan id, title, start and end; `undated: "unresolved"` to list rows without a time limit in
 *   `unresolved` instead of drafting them (`"dated"`, the default since the draft matched seed 000's hand-made plan).
 * @returns `{ plan, unresolved, unread }`; `parsePlan(plan)` succeeds.
 * @throws {@link InvalidInputError} `invalid_type` when `text` is not a string or `options` not an object; `missing_required`
 *   (path `["start"]`) when the text has no date and `options.start` is not given; `invalid_date`
 *   for a bad `options.start` or `options.end`.
 * @example
 * const { plan, unresolved } = draftPlan(notice); // the appendix of TB 01/2024 (21 tasks)
 * plan.obligations.find((o) => o.id === "I.1")
 * //~> { kind: "triggered", id: "I.1", owner: "trung-tam-dvvl-dt-xtdt", deadline: "chậm nhất 3 ngày kể từ ngày ban hành",
 * //     trigger: { type: "document_issued", where: { "data.task": "I.1" } }, completedBy: "document_published", … }
 * plan.obligations.find((o) => o.id === "III.7") //~> { kind: "dated", trigger: { type: "task_assigned", … }, … } (no time limit in the row)
 * draftPlan(notice, { undated: "unresolved" }).unresolved.map((u) => [u.row, u.reason])
 * //~> [["III.7", "no_deadline"], ["IV.1", "no_deadline"], ["VI.2", "no_deadline"]]
 * @remarks Since 0.2.0
 */
export function draftPlan(text: string, options: DraftPlanOptions = {}): DraftResult {
  if (typeof text !== "string") {
    throw new InvalidInputError([issue("invalid_type", { expected: "string", received: text === null ? "null" : typeof text })]);
  }
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new InvalidInputError([issue("invalid_type", { expected: "DraftPlanOptions (object)", received: options === null ? "null" : Array.isArray(options) ? "array" : typeof options }, ["options"])]);
  }
  for (const key of ["start", "end"] as const) {
    const value = options[key];
    if (value !== undefined && !isIsoDate(value)) throw new InvalidInputError([issue("invalid_date", { value }, [key])]);
  }
  const nfc = text.normalize("NFC");
  const start: IsoDate | undefined = options.start ?? dateOf(nfc);
  if (start === undefined) throw new InvalidInputError([issue("missing_required", { key: "start" }, ["start"])]);
  const rows = readRows(nfc);
  const units = unitTable(rows.flatMap((r) => [...r.owner, ...r.cooperating, ...ownerOfProse(r)]));
  const { pending, unresolved, unread } = draftRows(rows, units, options);

  // derived obligations: the source is the first obligation of the source row
  const firstOf = new Map<string, string>();
  for (const p of pending) {
    if (!firstOf.has(p.row)) firstOf.set(p.row, p.obligation.id);
  }
  const obligations: ObligationInput[] = [];
  const added = new Map<string, AddedSource & { owner: string | readonly string[] }>();
  for (const p of pending) {
    if (p.sourceRow !== undefined) {
      const source = firstOf.get(p.sourceRow);
      if (source === undefined) {
        unresolved.push({ row: p.obligation.id, reason: "anchor_unbound", text: p.obligation.title, params: { source: p.sourceRow } });
        continue;
      }
      const o = p.obligation as Mutable<Extract<ObligationInput, { kind: "derived" }>>;
      obligations.push({ ...o, source: { obligation: source, on: o.source.on } });
      continue;
    }
    if (p.added !== undefined && !added.has(p.added.id) && p.obligation.owner !== undefined) added.set(p.added.id, { ...p.added, owner: p.obligation.owner });
    obligations.push(p.obligation);
  }
  for (const source of added.values()) {
    obligations.push({
      kind: "dated",
      id: source.id,
      title: source.title,
      description: `Nguồn của ${pending.filter((p) => p.added?.id === source.id).map((p) => p.obligation.id).join(", ")} (thêm khi lập dự thảo).`,
      owner: source.owner,
      trigger: { type: source.trigger },
      completedBy: source.completedBy,
    });
  }
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const rank = (u: UnresolvedRow): number => order.get(u.row) ?? order.get(u.row.slice(0, -1)) ?? rows.length;
  unresolved.sort((a, b) => rank(a) - rank(b));
  const used = new Set(obligations.flatMap((o) => [...(o.owner === undefined ? [] : typeof o.owner === "string" ? [o.owner] : o.owner), ...(o.cooperating ?? [])]));
  const listed = units.units.filter((u) => used.has(u.id));
  const units_ = listed.length > 0 ? listed : [{ id: "don-vi", name: "Đơn vị" }];
  const plan: PlanInput = {
    id: options.id ?? "du-thao",
    title: options.title ?? titleOf(nfc) ?? "Dự thảo kế hoạch",
    start,
    ...(options.end !== undefined ? { end: options.end } : {}),
    units: units_,
    obligations,
  };
  return { plan, unresolved, unread };
}
