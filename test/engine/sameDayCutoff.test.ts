/**
 * A same-day rule with its own cut-off ("ngay trong ngày tiếp nhận yêu cầu hoặc trong ngày làm việc
 * tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ") means in `evaluate` what it means in `computeDeadline`:
 * a request received after the cut-off is due the next working day.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { evaluate } from "../../src/engine/index.js";
import { parseDeadline } from "../../src/phrase/index.js";
import { parsePlan } from "../../src/schema/index.js";

const PHRASE = "ngay trong ngày tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ";
const plan = parsePlan({
  id: "p",
  title: "Cung cấp thông tin",
  start: "2024-01-01",
  units: [{ id: "vp", name: "Văn phòng" }],
  obligations: [{ kind: "triggered", id: "TT", title: "Trả lời yêu cầu cung cấp thông tin", owner: "vp", trigger: { type: "yeu_cau" }, deadline: PHRASE, completedBy: "tra_loi" }],
});
const lastDayOf = (at: string): string | null =>
  evaluate(plan, [{ id: "e1", type: "yeu_cau", at, subject: "YC-1" }], { asOf: "2024-12-31" }).findings[0]?.lastDay ?? null;

describe("a same-day rule with its own cut-off, in evaluate", () => {
  it("the rule reads its cut-off from the phrase", () => {
    expect(parseDeadline(PHRASE)).toMatchObject({ kind: "same_day", cutoff: "15:00" });
  });

  it("a request received Monday 04/3/2024 at 16:00 (after 15 giờ) is due Tuesday 05/3, the next working day", () => {
    expect(lastDayOf("2024-03-04T16:00:00+07:00")).toBe("2024-03-05");
  });

  it("one received the same Monday at 09:00 is due that day, and the two do not share a cached day", () => {
    const both = evaluate(
      plan,
      [
        { id: "a", type: "yeu_cau", at: "2024-03-04T09:00:00+07:00", subject: "A" },
        { id: "b", type: "yeu_cau", at: "2024-03-04T16:00:00+07:00", subject: "B" },
      ],
      { asOf: "2024-12-31" },
    );
    expect(both.findings.map((f) => [f.subject, f.lastDay])).toEqual([
      ["A", "2024-03-04"],
      ["B", "2024-03-05"],
    ]);
  });

  it("property: evaluate gives computeDeadline's last day for any receipt instant of 2024", () => {
    const rule = parseDeadline(PHRASE);
    const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2024, 11, 1) }).map((ms) => {
      const local = new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19);
      return `${local}+07:00`;
    });
    fc.assert(
      fc.property(instant, (at) => {
        expect(lastDayOf(at)).toBe(computeDeadline(rule, { anchor: at }).lastDay);
      }),
      { numRuns: 200 },
    );
  });
});
