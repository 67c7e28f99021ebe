/**
 * Findings that share a deadline (computed once for many occurrences) may share one explanation:
 * each finding's lines must still be those it has when its own events are evaluated alone, with
 * and without engine steps of its own (pauses, cancellations), for deadlines cached by day, counted
 * from the instant under the 15:00 cut-off, and stated by the event.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/index.js";

const plan = {
  id: "p",
  title: "Kế hoạch",
  start: "2024-01-01",
  units: [{ id: "vp", name: "Văn phòng" }],
  calendar: { officeHours: { sessions: [{ start: "07:30", end: "11:30" }, { start: "13:30", end: "17:00" }] } },
  obligations: [
    { kind: "triggered", id: "CK", title: "Công khai", owner: "vp", trigger: { type: "ban_hanh" }, deadline: "chậm nhất 3 ngày kể từ ngày ban hành", completedBy: "cong_khai", pause: "tam_dung", resume: "tiep_tuc", cancel: "huy" },
    { kind: "triggered", id: "HS", title: "Hồ sơ", owner: "vp", trigger: { type: "nhan" }, deadline: "trong 03 ngày làm việc kể từ ngày nhận hồ sơ", policy: { lateReceiptCutoff: "15:00" }, completedBy: "tra", pause: "bo_sung", resume: "du" },
    { kind: "dated", id: "NV", title: "Nhiệm vụ", owner: "vp", trigger: { type: "giao" }, otherwise: "không được quá 30 ngày", completedBy: "bao_cao" },
  ],
} as never;

const OBLIGATIONS = [
  { trigger: "ban_hanh", done: "cong_khai", pause: "tam_dung", resume: "tiep_tuc", cancel: "huy" },
  { trigger: "nhan", done: "tra", pause: "bo_sung", resume: "du", cancel: undefined },
  { trigger: "giao", done: "bao_cao", pause: undefined, resume: undefined, cancel: undefined },
] as const;

/** 07:00 of 01/01/2024 in Vietnam, in epoch ms. */
const START = Date.UTC(2024, 0, 1, 0);
const HOUR = 3_600_000;
const at = (hours: number): string => new Date(START + hours * HOUR + 7 * HOUR).toISOString().replace(".000Z", "+07:00");

/** One subject's story: its obligation, trigger time (hours from the start, a few days so that deadlines repeat), and what happens next. */
const storyArb = fc.record({
  ob: fc.integer({ min: 0, max: 2 }),
  start: fc.integer({ min: 0, max: 6 * 24 }),
  paused: fc.boolean(),
  cancelled: fc.boolean(),
  doneAfter: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
  stated: fc.boolean(),
});

type Story = typeof storyArb extends fc.Arbitrary<infer T> ? T : never;

function eventsOf(story: Story, k: number): Record<string, unknown>[] {
  const o = OBLIGATIONS[story.ob] as (typeof OBLIGATIONS)[number];
  const subject = `S${k}`;
  const out: Record<string, unknown>[] = [
    { id: `t${k}`, type: o.trigger, at: at(story.start), subject, ...(story.ob === 2 && story.stated ? { deadline: "2024-02-15" } : {}) },
  ];
  if (story.paused && o.pause !== undefined && o.resume !== undefined) {
    out.push({ id: `p${k}`, type: o.pause, at: at(story.start + 2), subject }, { id: `r${k}`, type: o.resume, at: at(story.start + 30), subject });
  }
  if (story.cancelled && o.cancel !== undefined) out.push({ id: `c${k}`, type: o.cancel, at: at(story.start + 5), subject });
  if (story.doneAfter !== undefined) out.push({ id: `d${k}`, type: o.done, at: at(story.start + story.doneAfter), subject });
  return out;
}

const lines = (f: Finding) => ({ vi: [...f.explanation.vi], en: [...f.explanation.en] });

describe("shared explanations", () => {
  it("two findings on the same day's deadline without steps show the same lines; one paused shows its own", () => {
    // Arrange
    const events = [
      { id: "a", type: "ban_hanh", at: "2024-01-02T08:00:00+07:00", subject: "A" },
      { id: "b", type: "ban_hanh", at: "2024-01-02T16:00:00+07:00", subject: "B" },
      { id: "c", type: "ban_hanh", at: "2024-01-02T09:00:00+07:00", subject: "C" },
      { id: "cp", type: "tam_dung", at: "2024-01-03T09:00:00+07:00", subject: "C" },
    ];
    // Act
    const e = evaluate(plan, events, { asOf: "2024-01-31" });
    const by = new Map(e.findings.map((f) => [f.subject, f]));
    // Assert
    expect(lines(by.get("A") as Finding)).toEqual(lines(by.get("B") as Finding));
    expect(lines(by.get("C") as Finding).en.length).toBeGreaterThan(lines(by.get("A") as Finding).en.length);
    expect(lines(by.get("C") as Finding).en.some((l) => l.includes("2024-01-03") || l.includes("03/01/2024"))).toBe(true);
  });
});

describe("shared explanations (properties)", () => {
  it("each finding explains itself as when its own events are evaluated alone", () => {
    fc.assert(
      fc.property(fc.array(storyArb, { minLength: 1, maxLength: 12 }), (stories) => {
        // Arrange
        const perSubject = stories.map((s, k) => eventsOf(s, k));
        // Act
        const together = evaluate(plan, perSubject.flat(), { asOf: "2024-03-31" });
        // Assert
        expect(together.findings).toHaveLength(stories.length);
        for (const f of together.findings) {
          const k = Number((f.subject as string).slice(1));
          const alone = evaluate(plan, perSubject[k] as Record<string, unknown>[], { asOf: "2024-03-31" });
          expect(alone.findings).toHaveLength(1);
          expect(lines(f)).toEqual(lines(alone.findings[0] as Finding));
        }
      }),
      { numRuns: 30 },
    );
  });
});
