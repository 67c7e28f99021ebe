import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilDateOf, computeDeadline, createCalendar, evaluate, InvalidInputError, parseDeadline, parsePlan } from "../../src/index.js";
import { instantToEpochMs } from "../../src/day/instant.js";
import { haiDuongOfficeHours } from "../../src/data/vn/officeHours.js";

const HD = createCalendar({ officeHours: haiDuongOfficeHours });

describe("a JavaScript Date wherever an instant is accepted", () => {
  it("civilDateOf(new Date) is the civil date in Vietnam: 18:30Z on 9/2/2024 is 01:30 on mùng 1 Tết, 10/2", () => {
    expect(civilDateOf(new Date("2024-02-09T18:30:00Z"))).toBe("2024-02-10");
  });

  it("computeDeadline with a Date anchor equals the same instant as an ISO string: 24 hours from 16:00 on 29/4/2025 ends at 16:00 on 30/4 (BLDS Đ.147.1, no roll)", () => {
    // Arrange
    const rule = parseDeadline("trong 24 giờ");
    // Act
    const fromDate = computeDeadline(rule, { anchor: new Date("2025-04-29T09:00:00Z") });
    const fromString = computeDeadline(rule, { anchor: "2025-04-29T16:00:00+07:00" });
    // Assert
    expect(fromDate.endsAt).toBe("2025-04-30T16:00:00+07:00");
    expect(fromDate).toEqual(fromString);
  });

  it("evaluate takes asOf as a Date and reports it as an ISO instant in Vietnam", () => {
    // Arrange
    const plan = parsePlan({
      id: "p",
      title: "Kế hoạch",
      start: "2025-01-01",
      units: [{ id: "u", name: "Đơn vị" }],
      obligations: [{ kind: "triggered", id: "o", title: "Trả lời", owner: "u", trigger: { type: "received" }, completedBy: "answered", deadline: "trong 5 ngày làm việc" }],
    });
    // Act
    const evaluation = evaluate(plan, [], { asOf: new Date("2025-05-19T17:00:00Z") });
    const same = evaluate(plan, [], { asOf: "2025-05-20T00:00:00+07:00" });
    // Assert
    expect(evaluation.asOf).toBe("2025-05-20T00:00:00+07:00");
    expect(evaluation).toEqual(same);
  });

  it("an Invalid Date is an InvalidInputError invalid_instant with its path, not a TypeError", () => {
    // Act / Assert
    expect(() => computeDeadline(parseDeadline("trong 24 giờ"), { anchor: new Date(Number.NaN) })).toThrow(InvalidInputError);
    try {
      civilDateOf(new Date("not a date"));
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues[0]?.code).toBe("invalid_instant");
    }
    expect(() => civilDateOf(new Date("not a date"))).toThrow(InvalidInputError);
  });

  it("office-hour arithmetic takes Dates as their instants: 8 office hours from 14:00 on 31/10/2024 in Hải Dương (summer hours that day) equal the ISO-string result", () => {
    // Act
    const fromDate = HD.addWorkingHours(new Date("2024-10-31T07:00:00Z"), 8);
    // Assert
    expect(fromDate).toBe(HD.addWorkingHours("2024-10-31T14:00:00+07:00", 8));
    expect(HD.countWorkingHours(new Date("2024-10-31T07:00:00Z"), new Date(Date.parse(fromDate)))).toBe(8);
  });
});

describe("a JavaScript Date wherever an instant is accepted (properties)", () => {
  it("a Date reads as the same epoch milliseconds as its ISO string, whatever the instant", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(2199, 11, 30) }), (ms) => {
        // Arrange
        const date = new Date(ms);
        // Act / Assert
        expect(instantToEpochMs(date)).toBe(ms);
        expect(instantToEpochMs(date.toISOString())).toBe(ms);
      }),
    );
  });
});
