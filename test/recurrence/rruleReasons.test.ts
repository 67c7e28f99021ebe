import { describe, expect, it } from "vitest";
import { ThoihanError } from "../../src/errors.js";
import { RRULE_REASONS, type RruleReason } from "../../src/messages/rruleReasons.js";
import { parseRrule } from "../../src/recurrence/rrule.js";

/** One refused RRULE per reason code. */
const CASES: readonly (readonly [RruleReason, string])[] = [
  ["rrule_empty", ""],
  ["rrule_missing", "DTSTART:20240101"],
  ["rrule_one_line", "RRULE:FREQ=DAILY\nRRULE:FREQ=WEEKLY"],
  ["rrule_dtstart_format", "DTSTART;TZID=Asia/Ho_Chi_Minh:20240101T000000\nFREQ=DAILY"],
  ["rrule_dtstart_inline", "FREQ=DAILY;DTSTART=20240101"],
  ["rrule_not_key_value", "FREQ=DAILY;BYDAY"],
  ["rrule_no_value", "FREQ=DAILY;BYDAY="],
  ["rrule_part_twice", "FREQ=MONTHLY;BYMONTHDAY=1;BYMONTHDAY=2"],
  ["rrule_one_value", "DTSTART:20240101\nFREQ=DAILY;INTERVAL=1,2"],
  ["rrule_not_integer", "FREQ=MONTHLY;BYMONTHDAY=x"],
  ["rrule_not_positive", "DTSTART:20240101\nFREQ=DAILY;COUNT=0"],
  ["rrule_out_of_range", "FREQ=MONTHLY;BYMONTHDAY=40"],
  ["rrule_date_format", "DTSTART:20240101\nFREQ=DAILY;UNTIL=2024"],
  ["rrule_date_unsupported", "DTSTART:20240101\nFREQ=DAILY;UNTIL=20240230"],
  ["rrule_freq_missing", "BYMONTHDAY=1"],
  ["rrule_freq_unsupported", "FREQ=HOURLY"],
  ["rrule_weekday_format", "FREQ=WEEKLY;BYDAY=XX"],
  ["rrule_ordinal_invalid", "FREQ=MONTHLY;BYDAY=0MO"],
  ["rrule_time_part", "FREQ=DAILY;BYHOUR=9"],
  ["rrule_part_unsupported", "FREQ=DAILY;FOO=1"],
  ["rrule_needs_dtstart", "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1"],
  ["rrule_days_unnamed", "FREQ=MONTHLY"],
  ["rrule_part_for_freq", "DTSTART:20240101\nFREQ=WEEKLY;BYMONTHDAY=1"],
];

/** English words outside identifiers (RRULE parts and values are upper case) and quoted values. */
const ENGLISH = /(?<![\p{L}\p{N}_])(is|not|only|supported|unsupported|given|twice|needs?|has|value|required|part|without|must|takes|one|valid|with|integer|positive|range|empty|line|own|before|rule|weekday|ordinal|days|deadlines|are|phase|otherwise|undefined|such|as|or|and|no|the|an?|of|out|date|its|name)(?![\p{L}\p{N}_])/u;

function refusal(text: string): ThoihanError {
  try {
    parseRrule(text, ["rule", "rrule"]);
  } catch (error) {
    if (error instanceof ThoihanError) return error;
    throw error;
  }
  throw new Error(`accepted: ${text}`);
}

describe("a refused RRULE carries a reason code, worded in the message tables (no prose inside errors, no English inside Vietnamese)", () => {
  it.each(CASES)("%s: %j", (reason, text) => {
    // Act
    const error = refusal(text);
    // Assert
    expect(error.code).toBe("rrule_invalid");
    expect(error.issues[0]?.params["reason"]).toBe(reason);
    const vi = error.format("vi");
    const en = error.format("en");
    expect(vi).toContain(RRULE_REASONS[reason].vi(error.issues[0]?.params ?? {}));
    expect(en).toContain(RRULE_REASONS[reason].en(error.issues[0]?.params ?? {}));
    // the message after its "[code] path: " prefix, quoted values left out
    expect(ENGLISH.exec(vi.replace(/^\[[^\]]*\] [^:]*: /, "").replace(/"[^"]*"/g, ""))).toBeNull();
  });

  it("every reason code has a case above", () => {
    expect(new Set(CASES.map(([reason]) => reason))).toEqual(new Set(Object.keys(RRULE_REASONS)));
  });
});
