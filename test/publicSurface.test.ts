import { describe, expect, it } from "vitest";
import * as thoihan from "../src/index.js";
import { InvalidInputError } from "../src/errors.js";

describe("public surface of thoihan", () => {
  it("exports every name of the fixed API contract", () => {
    // Arrange
    const contract = [
      "civilServiceCalendar", "createCalendar", "solarToLunar", "lunarToSolar", "parseDeadline", "safeParseDeadline",
      "formatDeadline", "computeDeadline", "parsePlan", "safeParsePlan", "evaluate", "ThoihanError",
    ];
    // Assert
    expect(contract.filter((name) => !(name in thoihan))).toEqual([]);
  });

  it("keeps internal mechanisms out of the root: day numbers, epoch milliseconds, office clocks, zod schemas of plans", () => {
    // Arrange
    const internal = [
      "toDayNumber", "fromDayNumber", "dayNumberFromYmd", "ymdFromDayNumber", "weekdayOf", "instantToEpochMs", "epochMsToInstant",
      "dayNumberToLunar", "lunarToDayNumber", "createOfficeClock", "validateOfficeHours", "planSchema", "obligationSchema", "eventSchema",
      "deadlineRuleSchema", "policySchema", "addDays", "startOfDayInstant",
    ];
    // Assert
    expect(internal.filter((name) => name in thoihan)).toEqual([]);
  });

  it("keeps the 0.1.0 names as aliases that behave as their replacements", () => {
    // Arrange
    const rule = { kind: "urgent", level: "khan" };
    // Act / Assert
    expect(thoihan.validateRule(rule)).toEqual(thoihan.parseRule(rule));
    expect(thoihan.validatePolicy({ rollForward: false })).toEqual(thoihan.parsePolicy({ rollForward: false }));
  });
});

describe("parseRule / safeParseRule / parsePolicy", () => {
  it("parseRule returns a valid structured rule as a fresh object", () => {
    // Arrange
    const rule = { kind: "fixed_date", dates: [{ year: 2023, month: 11, day: 14 }], bound: "before" };
    // Act
    const parsed = thoihan.parseRule(rule);
    // Assert
    expect(parsed).toEqual(rule);
    expect(parsed).not.toBe(rule);
  });

  it("safeParseRule of 30 February gives the InvalidInputError parseRule throws, invalid_rule then invalid_date at dates.0.day", () => {
    // Arrange
    const bad = { kind: "fixed_date", dates: [{ month: 2, day: 30 }], bound: "by" };
    // Act
    const result = thoihan.safeParseRule(bad);
    // Assert
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(InvalidInputError);
    expect(result.error.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["invalid_rule", ""], ["invalid_date", "dates.0.day"]]);
    expect(() => thoihan.parseRule(bad)).toThrow(InvalidInputError);
  });

  it("safeParseRule of a valid rule succeeds with the rule", () => {
    expect(thoihan.safeParseRule({ kind: "urgent", level: "hoa_toc" })).toEqual({ success: true, data: { kind: "urgent", level: "hoa_toc" } });
  });

  it("parsePolicy rejects an unknown field with invalid_option then unknown_key", () => {
    // Act
    const error = (() => {
      try {
        thoihan.parsePolicy({ beforeDates: "inclusive" });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    // Assert
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((i) => i.code)).toEqual(["invalid_option", "unknown_key"]);
  });
});
