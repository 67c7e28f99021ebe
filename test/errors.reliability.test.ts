import { describe, expect, it } from "vitest";
import {
  CalendarCoverageError,
  CalendarRangeError,
  InvalidInputError,
  PhraseParseError,
  ThoihanError,
  civilServiceCalendar,
  computeDeadline,
  createCalendar,
  evaluate,
  explainDeadline,
  formatDeadline,
  formatIssue,
  formatTraceStep,
  parseDeadline,
  safeParsePlan,
  summarize,
  toRows,
  validatePolicy,
  validateRule,
  type Issue,
} from "../src/index.js";
import { dayNumberFromYmd, daysInMonth, epochMsToInstant, instantToEpochMs, startOfDayInstant, toDayNumber, validateOfficeHours, ymdFromDayNumber } from "./_internalApi.js";
import { thrown } from "./_helpers.js";

const plan = (extra: Record<string, unknown> = {}) => ({ id: "p", title: "Kế hoạch", start: "2024-01-01", units: [{ id: "vp", name: "Văn phòng" }], obligations: [], ...extra });
const triggered = (extra: Record<string, unknown> = {}) => ({ kind: "triggered", id: "a", title: "Hồ sơ", owner: "vp", trigger: { type: "received" }, deadline: "trong 3 ngày", completedBy: "returned", ...extra });

function failure(input: unknown): ThoihanError {
  const r = safeParsePlan(input);
  if (r.success) throw new Error("expected failure");
  return r.error;
}

describe("errors echo odd values without throwing", () => {
  it("a BigInt kind in a plan is reported as invalid_value (was TypeError: Do not know how to serialize a BigInt)", () => {
    const e = failure(plan({ obligations: [{ kind: 10n }] }));
    expect(e.issues[1]).toMatchObject({ code: "invalid_value", path: ["obligations", 0, "kind"], params: { value: 10n } });
    expect(e.message).toContain("10n");
  });

  it("a cyclic value inside a bad obligation is reported, not a crash of JSON.stringify", () => {
    const cyclic: Record<string, unknown> = { kind: "triggered" };
    cyclic["self"] = cyclic;
    const e = failure(plan({ obligations: [cyclic] }));
    expect(e.issues.some((i) => i.code === "unknown_key" && i.path.join(".") === "obligations.0.self")).toBe(true);
    expect(() => e.format("en")).not.toThrow();
  });

  it("a cyclic or BigInt-holding object is shown short in a message", () => {
    const cyclic: Record<string, unknown> = { a: 1n };
    cyclic["self"] = cyclic;
    expect(formatIssue({ code: "invalid_value", path: [], params: { value: cyclic } })).toBe("Giá trị không hợp lệ {…}.");
  });
});

describe("messages stay short whatever the input", () => {
  it("a 1 MB phrase or key is cut in the message, the issue keeps the value", () => {
    const big = "x".repeat(1_000_000);
    const e = failure(plan({ [big]: 1, obligations: [triggered({ deadline: `trong 3 ngày ${big}` })] }));
    expect(e.message.length).toBeLessThan(2_000);
    expect(e.format("en").length).toBeLessThan(2_000);
    const key = e.issues.find((i) => i.code === "unknown_key") as Issue;
    expect(key.params["key"]).toBe(big);
  });

  it("a cycle of 5,000 obligations is named by its first ids and a count, not all 5,000", () => {
    const n = 5_000;
    const obligations = Array.from({ length: n }, (_, i) => ({ kind: "derived", id: `o${i}`, title: "D", owner: "vp", source: { obligation: `o${(i + 1) % n}`, on: "late" }, deadline: "trong 3 ngày", completedBy: "x" }));
    const e = failure(plan({ obligations }));
    expect(e.message.length).toBeLessThan(1_000);
    expect(e.message).toMatch(/o0 → o1 → .* → … \(\+\d+\) → o0/);
  });
});

describe("every problem at once", () => {
  it("a structural error (description: 5) does not hide a bad phrase in an obligation", () => {
    const e = failure(plan({ description: 5, obligations: [triggered({ deadline: "trong 3 ngàyy" })] }));
    expect(e.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["invalid_plan", ""],
      ["invalid_type", "description"],
      ["phrase_unrecognized_token", "obligations.0.deadline"],
    ]);
  });

  it("a bad phrase in an obligation that is itself malformed is reported beside the schema's problems, each once", () => {
    const e = failure(plan({ obligations: [triggered({ title: 5, deadline: "trong 3 ngàyy", otherwise: "bogus" })] }));
    const codes = e.issues.map((i) => `${i.code}@${i.path.join(".")}`);
    expect(codes).toContain("invalid_type@obligations.0.title");
    expect(codes).toContain("phrase_unrecognized_token@obligations.0.deadline");
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("a rule object of the wrong shape is reported by the schema only, not twice", () => {
    const e = failure(plan({ description: 5, obligations: [triggered({ deadline: 42 })] }));
    expect(e.issues.filter((i) => i.path.join(".") === "obligations.0.deadline")).toHaveLength(1);
  });
});

describe("Vietnamese messages are Vietnamese", () => {
  it("an empty list says 'cần ít nhất 1 phần tử', not zod's 'at least 1 item(s)'", () => {
    const e = failure(plan({ units: [] }));
    expect(e.issues[1]).toMatchObject({ code: "invalid_value", path: ["units"], params: { reason: "too_few_items", min: 1 } });
    expect(e.message).toContain("cần ít nhất 1 phần tử");
    expect(e.message).not.toMatch(/at least|item/);
    expect(e.format("en")).toContain("at least 1 item(s) expected");
  });

  it("type names are translated: 'cần chuỗi, nhận được số'", () => {
    const e = failure(plan({ title: 5 }));
    expect(e.message).toContain("cần chuỗi, nhận được số");
  });
});

describe("policy errors", () => {
  it("a bad policy value is counted in the head issue and stated once after it, never as 'undefined'", () => {
    const e = thrown(() => validatePolicy({ monthOverflow: "wrap", nope: 1 }));
    expect(e.code).toBe("invalid_option");
    expect(e.issues[0]).toMatchObject({ params: { name: "policy", problems: 2 } });
    expect(e.issues.slice(1).map((i) => i.code)).toEqual(["invalid_value", "unknown_key"]);
    expect(e.message).not.toContain("undefined");
    const viaCompute = thrown(() => computeDeadline(parseDeadline("trong 3 ngày"), { anchor: "2024-01-01", policy: { monthOverflow: "x" } as never }));
    expect(viaCompute.issues.filter((i) => i.code === "invalid_value")).toHaveLength(1);
  });
});

describe("validators check their path argument", () => {
  it.each([
    ["validateRule", () => validateRule({ kind: "x" }, "abc" as never)],
    ["validatePolicy", () => validatePolicy({ x: 1 }, 5 as never)],
    ["validateOfficeHours", () => validateOfficeHours({}, {} as never)],
    ["toDayNumber", () => toDayNumber("2024-02-30", 7 as never)],
    ["instantToEpochMs", () => instantToEpochMs("nope", null as never)],
  ])("%s with a non-array path throws invalid_option 'path' (was 'path is not iterable')", (_name, call) => {
    const e = thrown(call);
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_option", path: ["path"], params: { name: "path" } });
  });
});

describe("error classes and formatting", () => {
  it("new ThoihanError() with no issues (or junk) gives an invalid_value error, not a crash", () => {
    for (const make of [() => new ThoihanError(), () => new ThoihanError(null as never), () => new ThoihanError([null] as never), () => new CalendarCoverageError(), () => new PhraseParseError(undefined as never)]) {
      const e = make();
      expect(e.code).toBe("invalid_value");
      expect(e.issues).toHaveLength(1);
      expect(typeof e.message).toBe("string");
    }
  });

  it("one rule for locales: formatIssue, ThoihanError.format, formatDeadline and explainDeadline reject 'fr'", () => {
    const item: Issue = { code: "invalid_date", path: [], params: { value: "x" } };
    const deadline = computeDeadline(parseDeadline("trong 3 ngày"), { anchor: "2024-01-01" });
    for (const call of [() => formatIssue(item, "fr" as never), () => new ThoihanError([item]).format("fr" as never), () => formatDeadline(parseDeadline("trong 3 ngày"), { locale: "fr" as never }), () => explainDeadline(deadline, { locale: "fr" as never })]) {
      const e = thrown(call);
      expect(e.issues[0]).toMatchObject({ code: "invalid_option", params: { name: "locale", value: "fr" } });
    }
  });

  it("message tables are looked up by own keys only: codes __proto__, valueOf, constructor render as unknown codes", () => {
    for (const code of ["__proto__", "valueOf", "constructor", "toString"]) {
      expect(formatIssue({ code, path: [], params: {} } as never)).toBe(`${JSON.stringify(code)} {}`);
    }
    const d = computeDeadline(parseDeadline("trong 3 ngày"), { anchor: "2024-01-01" });
    expect(explainDeadline({ ...d, trace: [{ code: "valueOf", params: {} }] } as never)).toEqual(['valueOf {}']);
  });

  it("explainDeadline checks the steps of the trace: [null] is invalid_type at its index", () => {
    const d = computeDeadline(parseDeadline("trong 3 ngày"), { anchor: "2024-01-01" });
    const e = thrown(() => explainDeadline({ ...d, trace: [...d.trace, null] } as never));
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["deadline", "trace", d.trace.length] });
  });
});

describe("day and instant functions", () => {
  it('daysInMonth("x", "y") is invalid_type (was 31), daysInMonth(2024, 13) invalid_amount', () => {
    expect(thrown(() => daysInMonth("x" as never, "y" as never)).code).toBe("invalid_type");
    expect(thrown(() => daysInMonth(2024, 13)).code).toBe("invalid_amount");
    expect(thrown(() => daysInMonth(2024.5, 2)).code).toBe("invalid_amount");
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it("epochMsToInstant(-1e20) is a CalendarRangeError (was the number as a string)", () => {
    const e = thrown(() => epochMsToInstant(-1e20));
    expect(e).toBeInstanceOf(CalendarRangeError);
    expect(e.code).toBe("date_out_of_range");
    expect(thrown(() => epochMsToInstant(1e20))).toBeInstanceOf(CalendarRangeError);
  });

  it("instants before 1911 carry the local mean time offset +07:06:30 with its seconds, and round-trip (was +07:06, 30 s off)", () => {
    const ms = Date.UTC(1900, 0, 1, 5, 0, 0);
    const text = epochMsToInstant(ms);
    expect(text).toBe("1900-01-01T12:06:30+07:06:30");
    expect(instantToEpochMs(text)).toBe(ms);
    expect(startOfDayInstant("1905-03-01")).toBe("1905-03-01T00:00:00+07:06:30");
    expect(instantToEpochMs(startOfDayInstant("1905-03-01"))).toBe(Date.UTC(1905, 1, 28, 16, 53, 30));
  });
});

describe("found by the fuzz suite", () => {
  it("dayNumberFromYmd and ymdFromDayNumber reject a Symbol or a string with invalid_type (was TypeError: Cannot convert a Symbol value to a number, or NaN)", () => {
    expect(thrown(() => dayNumberFromYmd(Symbol("s") as never, 1, 1)).code).toBe("invalid_type");
    expect(thrown(() => dayNumberFromYmd(2024, "2" as never, 1)).code).toBe("invalid_type");
    expect(thrown(() => dayNumberFromYmd(2024, 2, 1.5)).code).toBe("invalid_amount");
    expect(thrown(() => ymdFromDayNumber(Symbol("s") as never)).code).toBe("invalid_type");
    expect(dayNumberFromYmd(2024, 2, 10)).toBe(19_763);
  });

  it("the day-number fast path of a calendar rejects non-integers (was TypeError or a silent answer for NaN)", () => {
    const days = civilServiceCalendar.days;
    expect(thrown(() => days.add(Symbol("s") as never, 1)).code).toBe("invalid_type");
    expect(thrown(() => days.add(19_762 as never, 0.5)).code).toBe("invalid_amount");
    expect(thrown(() => days.isWorking(Number.NaN as never)).code).toBe("invalid_amount");
    expect(thrown(() => days.count("a" as never, 19_800 as never)).code).toBe("invalid_type");
    expect(thrown(() => days.firstUndecided(19_700 as never, {} as never)).code).toBe("invalid_type");
  });

  it("new ThoihanError of a sparse list reads the holes as invalid_value issues (was TypeError reading 'code')", () => {
    const list: unknown[] = [];
    list.length = 3;
    list[1] = { code: "invalid_date", path: [], params: {} };
    const e = new ThoihanError(list as never);
    expect(e.issues.map((i) => i.code)).toEqual(["invalid_value", "invalid_date", "invalid_value"]);
  });

  it("texts of trace steps, legal bases and phrase errors print params without a prototype (was TypeError: Cannot convert object to primitive value)", () => {
    const bare = Object.create(null) as object;
    expect(formatTraceStep({ code: "anchor", params: { date: bare, text: "x" } } as never)).toContain("{}");
    const d = computeDeadline(parseDeadline("trong 3 ngày"), { anchor: "2024-01-01" });
    const trace = d.trace.map((s) => (s.basis === undefined ? s : { ...s, basis: { doc: bare, article: "Điều 147" } }));
    expect(explainDeadline({ ...d, trace } as never).join("\n")).toContain("Điều 147");
    expect(new PhraseParseError([{ code: "phrase_empty", path: [], params: { text: bare, index: "x" } }] as never).text).toBe("{}");
    expect(new CalendarCoverageError([{ code: "calendar_year_not_covered", path: [], params: { year: bare } }] as never).year).toBeNaN();
    expect(new CalendarCoverageError([{ code: "calendar_year_not_covered", path: [], params: { year: 2028 } }]).year).toBe(2028);
  });

  it("summarize and toRows check the fields they read: a target without status is invalid_type at its path", () => {
    const finding = { key: "a:1", status: "late", obligation: "a", title: "A", owner: null, openedAt: null, endsAt: null, doneAt: null, cancelledAt: null, lastDay: null, early: false, dueSoon: false, paused: false, provisional: false, extensions: 0, daysLate: 0, target: {} };
    const e = thrown(() => summarize([finding] as never, { asOf: "2024-01-01" }));
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", 0, "target"] });
  });
});

describe("arrays with their own constructor key", () => {
  /** A list whose own `constructor` key would make map/slice/filter throw (Symbol.species). */
  const withConstructor = <X>(list: X[]): X[] => Object.defineProperty(list, "constructor", { value: 5, enumerable: true });

  it("are read without reaching Array.prototype methods that consult their constructor (was TypeError: object.constructor[Symbol.species] is not a constructor)", () => {
    const d = computeDeadline(parseDeadline("trong 3 ngày"), { anchor: "2024-01-01" });
    expect(explainDeadline({ ...d, trace: withConstructor([...d.trace]) })).toHaveLength(d.trace.length);
    expect(createCalendar({ schedules: withConstructor([]) }).isWorkingDay("2024-01-02")).toBe(true);
    const row = { date: "2025-01-01", weekday: 3, kind: "holiday", holiday: "new_year", name: "Tết Dương lịch", source: "S2025", evidence: "C", status: "decided" } as const;
    const schedule = { year: 2025, decides: withConstructor(["new_year" as const]), plainDays: "decided" as const, sources: withConstructor(["S2025"]), rows: withConstructor([row]) };
    expect(createCalendar({ schedules: [schedule] }).dayInfo("2025-01-01").kind).toBe("holiday");
    const plan = { id: "p", title: "Kế hoạch", start: "2024-01-01", units: withConstructor([{ id: "vp", name: "Văn phòng" }]), obligations: withConstructor([]) };
    const events = withConstructor([{ id: "e", type: "x", at: 5 }]);
    const ev = evaluate(plan, events, { asOf: "2024-02-01", summary: { periods: withConstructor([{ from: "2024-01-01", to: "2024-01-31" }]) } });
    expect(ev.accounting.ignored).toHaveLength(1);
    expect(summarize({ ...ev, findings: withConstructor([...ev.findings]) })).toEqual(summarize(ev));
    expect(toRows({ ...ev, findings: withConstructor([...ev.findings]) })).toEqual([]);
  });
});

describe("typed arrays inside a rule", () => {
  it("a Uint8Array in a rule note's params is copied into plain data, and the plan is deeply frozen (Object.freeze throws on a typed array with elements)", () => {
    const rule = { kind: "relative", amount: 3, unit: "day", anchor: { text: "ngày nhận" }, notes: [{ code: "month_end", params: { bytes: new Uint8Array([1, 2]) } }] };
    const r = safeParsePlan(plan({ obligations: [triggered({ deadline: rule })] }));
    expect(r.success).toBe(true);
    const params = r.success ? (r.data.obligations[0] as unknown as { deadline: { notes: { params: Record<string, unknown> }[] } }).deadline.notes[0]?.params : undefined;
    expect(ArrayBuffer.isView(params?.["bytes"])).toBe(false);
    expect(Object.isFrozen(params?.["bytes"])).toBe(true);
    expect(() => validateRule(rule)).not.toThrow();
    expect(computeDeadline(rule as never, { anchor: "2024-01-01" }).lastDay).toBe("2024-01-04");
  });
});

describe("the message of an error with many issues stays bounded", () => {
  it("an error of 120 issues writes the first 50 and counts the other 70 (all 120 stay in issues), in both languages", () => {
    // Arrange: a plan policy with 120 unknown keys, as a what-if built from a host's object could give
    const issues: Issue[] = Array.from({ length: 120 }, (_, i) => ({ code: "unknown_key", path: ["policy", `k${i}`], params: { key: `k${i}` } }));
    // Act
    const error = new InvalidInputError(issues);
    // Assert
    expect(error.issues).toHaveLength(120);
    const vi = error.format("vi").split("\n");
    expect(vi).toHaveLength(51);
    expect(vi[50]).toBe("  … và 70 lỗi khác (đủ cả trong error.issues)");
    expect(error.format("en").split("\n")[50]).toBe("  … and 70 more issues (every one is in error.issues)");
  });
});
