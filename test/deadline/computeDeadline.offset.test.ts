import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { deadlineRuleSchema } from "../../src/deadline/ruleSchema.js";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { parseDeadline } from "../../src/phrase/index.js";

describe("computeDeadline (recurring offset and time of day)", () => {
  it('"chậm nhất là ngày thứ 20 của tháng tiếp theo" (Luật QLT Đ.44.1.a): the 20th of the month after the anchor\'s', () => {
    // Arrange
    const rule = parseDeadline("chậm nhất là ngày thứ 20 của tháng tiếp theo tháng phát sinh nghĩa vụ thuế");
    // Act, Assert
    expect(computeDeadline(rule, { anchor: "2024-04-15" }).lastDay).toBe("2024-05-20");
    expect(computeDeadline(rule, { anchor: "2024-04-01" }).lastDay).toBe("2024-05-20");
    expect(computeDeadline(rule, { anchor: "2024-12-31" }).lastDay).toBe("2025-01-20");
    expect(computeDeadline(rule, { period: "2024-04" }).lastDay).toBe("2024-05-20");
  });

  it('"ngày cuối cùng của tháng đầu của quý tiếp theo" (Đ.44.1.b): the last day of the first month of the next quarter', () => {
    const rule: DeadlineRule = { kind: "recurring", frequency: "quarterly", month: 1, day: "last", bound: "by", offset: 1 };
    expect(computeDeadline(rule, { anchor: "2024-05-10" }).lastDay).toBe("2024-07-31");
    expect(computeDeadline(rule, { period: "2024-Q4" }).lastDay).toBe("2025-01-31");
  });

  it('"ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch" (Đ.44.2.a): 31 March of the next year', () => {
    const rule = parseDeadline("chậm nhất là ngày cuối cùng của tháng thứ 3 kể từ ngày kết thúc năm dương lịch");
    expect(computeDeadline(rule, { year: 2024 }).lastDay).toBe("2025-03-31");
    expect(computeDeadline(rule, { anchor: "2024-06-30" }).lastDay).toBe("2025-03-31");
  });

  it('"trước ngày 10 tháng 12 năm trước" (Luật NSNN): the year before the budget year', () => {
    const rule = parseDeadline("trước ngày 10 tháng 12 năm trước");
    const d = computeDeadline(rule, { year: 2025 });
    expect(d.lastDay).toBe("2024-12-09");
    expect(d.endsAt).toBe("2024-12-10T00:00:00+07:00");
  });

  it('"trong tháng tiếp theo": the end of the next month, rolled forward like a period (Đ.148.5)', () => {
    const d = computeDeadline(parseDeadline("trong tháng tiếp theo"), { anchor: "2024-09-10" });
    expect(d.lastDay).toBe("2024-10-31");
  });

  it("a rule counted from an offset needs an anchor, a period or a year", () => {
    const rule: DeadlineRule = { kind: "recurring", frequency: "monthly", day: 20, bound: "by", offset: 1 };
    expect(() => computeDeadline(rule)).toThrow(/missing_context|anchor/);
  });

  it('"trước 10 giờ ngày 15": 10:00 of the 15th of each month', () => {
    const d = computeDeadline(parseDeadline("trước 10 giờ ngày 15"), { anchor: "2024-07-01" });
    expect(d.lastDay).toBe("2024-07-15");
    expect(d.endsAt).toBe("2024-07-15T10:00:00+07:00");
  });

  it('"trước 17 giờ": 17:00 of the anchor\'s day', () => {
    const d = computeDeadline(parseDeadline("trước 17 giờ"), { anchor: "2024-07-15T09:00:00+07:00" });
    expect(d.lastDay).toBe("2024-07-15");
    expect(d.endsAt).toBe("2024-07-15T17:00:00+07:00");
  });

  it('"trước 17 giờ hằng ngày": after 17:00 the next day\'s 17:00', () => {
    const d = computeDeadline(parseDeadline("trước 17 giờ hằng ngày"), { anchor: "2024-07-15T18:00:00+07:00" });
    expect(d.endsAt).toBe("2024-07-16T17:00:00+07:00");
  });

  it("the rule schema accepts offset and time, and refuses a bad time", () => {
    expect(deadlineRuleSchema.safeParse({ kind: "recurring", frequency: "monthly", day: 20, bound: "by", offset: 1 }).success).toBe(true);
    expect(deadlineRuleSchema.safeParse({ kind: "same_day", nextWorkingDay: false, time: "17:00" }).success).toBe(true);
    expect(deadlineRuleSchema.safeParse({ kind: "same_day", nextWorkingDay: false, time: "25:00" }).success).toBe(false);
    expect(deadlineRuleSchema.safeParse({ kind: "recurring", frequency: "monthly", day: 20, bound: "by", offset: 1.5 }).success).toBe(false);
  });
});
