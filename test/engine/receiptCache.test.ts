import fc from "fast-check";
import { describe, it } from "vitest";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { expectOwnReceiptDeadlines } from "./_receipts.js";

// Deadlines counted in whole days from a receipt under a late-receipt cut-off are computed once per
// receipt day and side of the cut-off; each must still be the deadline of its own receipt.
const phrases: Record<string, DeadlineRule> = {
  "trong 03 ngày làm việc kể từ ngày nhận hồ sơ": { kind: "relative", amount: 3, unit: "working_day", anchor: { text: "ngày nhận hồ sơ" } },
  "trong 05 ngày kể từ ngày nhận hồ sơ": { kind: "relative", amount: 5, unit: "day", anchor: { text: "ngày nhận hồ sơ" } },
};
// 2024-03-01T00:00+07:00 and a few weeks of seconds after it; and instants around the cut-off
const FROM_MS = Date.UTC(2024, 1, 29, 17);
const receipt = fc.oneof(
  fc.integer({ min: 0, max: 21 * 86_400 - 1 }).map((s) => FROM_MS + s * 1000),
  fc.record({ day: fc.integer({ min: 0, max: 20 }), s: fc.integer({ min: -2, max: 2 }) }).map(({ day, s }) => FROM_MS + day * 86_400_000 + 15 * 3_600_000 + s * 1000),
);

describe("deadlines from a receipt under the 15:00 cut-off, shared by receipt day and side of the cut-off", () => {
  it("property: every finding has the deadline and the explanation of its own receipt instant", () => {
    fc.assert(
      fc.property(
        fc.array(receipt, { minLength: 1, maxLength: 25 }),
        fc.constantFrom(...Object.keys(phrases)),
        fc.boolean(),
        fc.boolean(),
        (instants, phrase, atCutoff, excludeStartDay) => {
          const policy = { lateReceiptCutoff: "15:00", lateReceiptAtCutoff: atCutoff, excludeStartDay } as const;
          expectOwnReceiptDeadlines(instants, phrase, phrases[phrase] as DeadlineRule, policy, "2024-06-30");
        },
      ),
      { numRuns: 40 },
    );
  });
});
