import { describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../src/calendar/index.js";
import { InvalidInputError } from "../../src/errors.js";
import { renderComparison, renderDaysOff, renderEvaluation, renderScoreSheet, whyFinding } from "../../src/report/index.js";
import { compare } from "../../src/scoring/index.js";
import { thrown } from "../_helpers.js";
import { tet } from "./_evaluations.js";

const first = tet.findings[0] as (typeof tet.findings)[number];
const withFinding = (patch: Record<string, unknown>): never => ({ ...tet, findings: [{ ...first, ...patch }, ...tet.findings.slice(1)] }) as never;

describe("renderEvaluation checks the evaluation and the options it reads", () => {
  it("renderEvaluation of a finding whose title is a number is an invalid_type error at evaluation.findings.0.title, not 'text.replace is not a function'", () => {
    const e = thrown(() => renderEvaluation(withFinding({ title: 5 })));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "findings", 0, "title"], params: { expected: "Finding.title", received: "number" } });
  });

  it("renderEvaluation of a finding without its explanation is invalid_type at evaluation.findings.0.explanation", () => {
    expect(thrown(() => renderEvaluation(withFinding({ explanation: { vi: [] } }), { explain: true })).issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "findings", 0, "explanation"] });
  });

  it("renderEvaluation of an evaluation without its accounting or summary rows is invalid_type at that field", () => {
    const { accounting: _a, ...noAccounting } = tet;
    expect(thrown(() => renderEvaluation(noAccounting as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "accounting"] });
    expect(thrown(() => renderEvaluation({ ...tet, summary: { ...tet.summary, byUnit: [null] } } as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "summary", "byUnit", 0] });
  });

  it("renderEvaluation as JSON of an evaluation holding a bigint is invalid_type at its path, not 'Do not know how to serialize a BigInt'", () => {
    const e = thrown(() => renderEvaluation(withFinding({ policy: { ...first.policy, extra: 1n } }), { format: "json" }));
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "findings", 0, "policy", "extra"], params: { received: "bigint" } });
  });

  it("renderEvaluation of an evaluation that contains itself is invalid_type (cyclic), not a TypeError from JSON", () => {
    const cyclic: Record<string, unknown> = { ...tet };
    cyclic["self"] = cyclic;
    expect(thrown(() => renderEvaluation(cyclic as never, { format: "json" })).issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "self"], params: { received: "cyclic object" } });
  });

  it("renderEvaluation with options of the wrong shape: null is invalid_type, a misspelt key unknown_key, 'fr' invalid_option, units [null] invalid_type", () => {
    expect(thrown(() => renderEvaluation(tet, null as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["options"] });
    expect(thrown(() => renderEvaluation(tet, { fromat: "csv" } as never)).issues[0]).toMatchObject({ code: "unknown_key", path: ["options", "fromat"] });
    expect(thrown(() => renderEvaluation(tet, { locale: "fr" } as never)).issues[0]).toMatchObject({ code: "invalid_option", path: ["options", "locale"] });
    expect(thrown(() => renderEvaluation(tet, { units: [null] } as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["options", "units", 0] });
    expect(thrown(() => renderEvaluation(tet, { title: 7 } as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["options", "title"] });
  });

  it("a valid evaluation renders in every format as before the checks", () => {
    for (const format of ["table", "csv", "md", "json", "ics"] as const) expect(renderEvaluation(tet, { format, locale: "en" }).length).toBeGreaterThan(0);
  });
});

describe("renderDaysOff checks its calendar and options", () => {
  it("renderDaysOff of a plain copy of a calendar is an invalid_type error at calendar, not 'calendar.specialDays is not a function'", () => {
    const e = thrown(() => renderDaysOff({ ...civilServiceCalendar } as never, 2025));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["calendar"], params: { expected: "WorkCalendar (civilServiceCalendar or createCalendar(…))" } });
    expect(thrown(() => renderDaysOff(null as never, 2025)).issues[0]).toMatchObject({ code: "invalid_type", path: ["calendar"], params: { received: "null" } });
  });

  it("renderDaysOff with options null is invalid_type at options, and with a misspelt key unknown_key", () => {
    expect(thrown(() => renderDaysOff(civilServiceCalendar, 2025, null as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["options"] });
    expect(thrown(() => renderDaysOff(civilServiceCalendar, 2025, { lang: "en" } as never)).issues[0]).toMatchObject({ code: "unknown_key", path: ["options", "lang"] });
  });
});

describe("whyFinding checks the finding, the locale and asOf", () => {
  it("whyFinding of null is an invalid_type error at finding, not a TypeError", () => {
    const e = thrown(() => whyFinding(null as never, "vi", tet.asOf));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["finding"], params: { expected: "Finding", received: "null" } });
  });

  it("whyFinding of a finding whose explanation lacks the English lines is invalid_type at finding.explanation", () => {
    expect(thrown(() => whyFinding({ ...first, explanation: { vi: [] } } as never, "en", tet.asOf)).issues[0]).toMatchObject({ code: "invalid_type", path: ["finding", "explanation"] });
  });

  it("whyFinding follows the one locale rule ('fr' is invalid_option) and asOf must be an instant (a number is invalid_instant)", () => {
    expect(thrown(() => whyFinding(first, "fr" as never, tet.asOf)).issues[0]).toMatchObject({ code: "invalid_option", path: ["locale"] });
    expect(thrown(() => whyFinding(first, "vi", 5 as never)).issues[0]).toMatchObject({ code: "invalid_instant", path: ["asOf"] });
    expect(whyFinding(first, "en", tet.asOf)).toMatch(/^(Late|Overdue|On time|Early|Open|Cancelled|No deadline)/);
  });
});

describe("the status of a finding is one of the statuses", () => {
  it("renderEvaluation of a finding whose status is not a status is invalid_type at its status, not 'Cannot read properties of undefined (reading normalize)'", () => {
    expect(thrown(() => renderEvaluation(withFinding({ status: "2024-01-09" }))).issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "findings", 0, "status"], params: { expected: "Finding.status" } });
    expect(thrown(() => whyFinding({ ...first, status: "constructor" } as never, "vi", tet.asOf)).issues[0]).toMatchObject({ code: "invalid_type", path: ["finding", "status"] });
  });
});

describe("a finding's quota is null or its counts", () => {
  it("whyFinding and renderEvaluation of a finding without its quota field are invalid_type at quota, not 'Cannot read properties of undefined (reading count)'", () => {
    expect(thrown(() => renderEvaluation(withFinding({ quota: undefined }))).issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "findings", 0, "quota"] });
    expect(thrown(() => whyFinding({ ...first, quota: undefined } as never, "en", tet.asOf)).issues[0]).toMatchObject({ code: "invalid_type", path: ["finding", "quota"] });
  });
});

describe("renderEvaluation's format is a text", () => {
  it("renderEvaluation with a null-prototype object as format is invalid_option at options.format, not 'Cannot convert object to primitive value'", () => {
    expect(thrown(() => renderEvaluation(tet, { format: Object.create(null) } as never)).issues[0]).toMatchObject({ code: "invalid_option", path: ["options", "format"], params: { name: "format" } });
  });
});

describe("lists inside an evaluation are plain lists", () => {
  it("renderEvaluation of an evaluation whose findings list has its own constructor key is invalid_type there, not 'constructor[Symbol.species] is not a constructor'", () => {
    const findings = Object.assign([...tet.findings], { constructor: 1 });
    expect(thrown(() => renderEvaluation({ ...tet, findings } as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "findings", "constructor"] });
  });
});

describe("the score-sheet and comparison renderers check what they are given", () => {
  it("renderScoreSheet of something that is not a list of scored nodes is an invalid_type error at nodes, not 'nodes is not iterable'", () => {
    expect(thrown(() => renderScoreSheet(5 as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["nodes"] });
    expect(thrown(() => renderScoreSheet([], null as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["options"] });
    expect(thrown(() => renderScoreSheet([], { lostByUnit: [{ label: "VP" }] } as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["options", "lostByUnit", 0, "points"] });
  });

  it("renderComparison of a comparison whose sentences are not texts is an invalid_type error at comparison.text, not 'Cannot convert object to primitive value'", () => {
    const c = compare(tet, tet);
    expect(renderComparison(c)).toContain(c.text.vi);
    expect(thrown(() => renderComparison({ ...c, text: { vi: Object.create(null), en: "" } } as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["comparison", "text", "vi"] });
    expect(thrown(() => renderComparison({ ...c, findings: [{ obligation: "a", key: "a:1", changes: [1] }] } as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["comparison", "findings", 0, "changes", 0] });
  });

  it("renderScoreSheet of a node without its explanation is invalid_type at nodes.0.explanation, not 'Cannot read properties of undefined (reading en)'", () => {
    const node = { id: "1", title: "Tiêu chí", max: 1, applicableMax: 1, points: 1, percent: 100, applicable: true, kind: "per_violation", effect: "normal", lost: 0, deductions: [], children: [] };
    expect(thrown(() => renderScoreSheet([node] as never, { format: "csv" })).issues[0]).toMatchObject({ code: "invalid_type", path: ["nodes", 0, "explanation"] });
    expect(renderScoreSheet([{ ...node, explanation: { vi: "đạt", en: "met" } }] as never, { format: "csv", locale: "en" })).toContain("met");
  });

  it("renderComparison reads lists that carry their own constructor key, not 'constructor[Symbol.species] is not a constructor'", () => {
    const c = compare(tet, tet);
    const scores = Object.assign([] as unknown[], { constructor: 1 });
    expect(renderComparison({ ...c, scores } as never)).toContain(c.text.vi);
  });
});
