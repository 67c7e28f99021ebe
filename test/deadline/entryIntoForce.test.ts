import { describe, expect, it } from "vitest";
import { computeDeadline, parseDeadline } from "../../src/index.js";

describe("entry into force is a day the text fixes, not the last day of a time limit (Điều 148.5 BLDS 2015 does not move it)", () => {
  it('"có hiệu lực thi hành sau 10 ngày, kể từ ngày ký", signed Thursday 25/06/2009: in force Sunday 05/07/2009, not Monday 06/07', () => {
    // Arrange
    const rule = parseDeadline("có hiệu lực thi hành sau 10 ngày, kể từ ngày ký");
    // Act
    const d = computeDeadline(rule, { anchor: "2009-06-25" });
    // Assert
    expect(rule.role).toBe("entry_into_force");
    expect(d.lastDay).toBe("2009-07-05");
    expect(d.trace.map((s) => s.code)).toContain("not_rolled");
    expect(d.trace.map((s) => s.code)).not.toContain("rolled_forward");
    const step = d.trace.find((s) => s.code === "not_rolled");
    expect(step?.params["policy"]).toBe("entry_into_force");
  });

  it('"có hiệu lực kể từ ngày ký", signed on Saturday 14/02/2026: in force that Saturday', () => {
    const d = computeDeadline(parseDeadline("có hiệu lực kể từ ngày ký"), { anchor: "2026-02-14" });
    expect(d.lastDay).toBe("2026-02-14");
  });

  it("the same count as a time limit to act by still moves off the Sunday (Điều 148.5)", () => {
    const d = computeDeadline(parseDeadline("trong 10 ngày kể từ ngày ký"), { anchor: "2009-06-25" });
    expect(d.lastDay).toBe("2009-07-06");
  });
});
