import { describe, expect, it } from "vitest";
import { civilServiceCalendar, createCalendar } from "../../src/calendar/index.js";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { readContext } from "../../src/deadline/context.js";
import { DEFAULT_POLICY, resolvePolicy } from "../../src/deadline/policy.js";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { thrown } from "../_helpers.js";

const fiveDays: DeadlineRule = { kind: "relative", amount: 5, unit: "day", anchor: { text: "ngày nhận" } };

describe("readContext reads a frozen policy once, and every other value each time", () => {
  it("a resolved (deeply frozen) policy gives the same validated policy on every call, equal to resolving it again", () => {
    const policy = resolvePolicy({ beforeDate: "inclusive", lateReceiptCutoff: "15:00" });
    const a = readContext({ policy, calendar: civilServiceCalendar });
    const b = readContext({ policy, calendar: civilServiceCalendar });
    expect(b.policy).toBe(a.policy);
    expect(a.policy).toEqual(resolvePolicy(policy));
    expect(a.policy.lateReceiptCutoff).toBe("15:00");
  });

  it("a policy object that is not frozen is read again on each call: a change between calls is seen", () => {
    const policy: { rollForward: boolean } = { rollForward: true };
    const anchor = "2024-01-08"; // Mon; + 5 days = Sat 13/01, rolled to Mon 15/01 unless rollForward is off
    expect(computeDeadline(fiveDays, { anchor, policy }).lastDay).toBe("2024-01-15");
    policy.rollForward = false;
    expect(computeDeadline(fiveDays, { anchor, policy }).lastDay).toBe("2024-01-13");
  });

  it("a frozen policy with a nested object that is not frozen is read again on each call", () => {
    const urgency = { ...DEFAULT_POLICY.urgency, hoa_toc: { amount: 24, unit: "hour" as const } };
    const policy = Object.freeze({ urgency });
    const rule: DeadlineRule = { kind: "urgent", level: "hoa_toc" } as DeadlineRule;
    const anchor = "2024-01-08T09:00:00+07:00";
    expect(computeDeadline(rule, { anchor, policy }).endsAt).toBe("2024-01-09T09:00:00+07:00");
    urgency.hoa_toc = { amount: 48, unit: "hour" };
    expect(computeDeadline(rule, { anchor, policy }).endsAt).toBe("2024-01-10T09:00:00+07:00");
  });

  it("a frozen invalid policy is rejected on every call, with the issues of an unfrozen one", () => {
    const expected = thrown(() => readContext({ policy: { beforeDate: "sometimes" } as never })).issues;
    expect(expected[0]?.path.slice(0, 2)).toEqual(["context", "policy"]);
    const policy = Object.freeze({ beforeDate: "sometimes" }) as never;
    for (let i = 0; i < 2; i++) expect(thrown(() => readContext({ policy })).issues).toEqual(expected);
  });

  it("a frozen calendar is accepted on every call and a look-alike object is rejected", () => {
    const calendar = createCalendar({ name: "agency", daysOff: ["2024-01-09"] });
    expect(readContext({ calendar }).calendar).toBe(calendar);
    expect(readContext({ calendar }).calendar).toBe(calendar);
    const fake = Object.freeze({ isWorkingDay: () => true });
    expect(thrown(() => readContext({ calendar: fake as never })).issues[0]?.path).toEqual(["context", "calendar"]);
    expect(thrown(() => readContext({ calendar: fake as never })).issues[0]?.path).toEqual(["context", "calendar"]);
  });
});
