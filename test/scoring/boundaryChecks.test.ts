import { describe, expect, it } from "vitest";
import { loadHeza2024Events, loadHeza2024Plan } from "../../examples/heza-2024/run.js";
import { compare, evaluate, formatScoreSheet, pointsLost, removeEvents, score, shiftEvents, whatIf } from "../../src/scoring/index.js";
import { InvalidInputError } from "../../src/errors.js";
import { thrown } from "../_helpers.js";

const ASOF = "2024-12-31T23:59:59+07:00";
const plan = loadHeza2024Plan();
const events = loadHeza2024Events();
const heza = evaluate(plan, events, { asOf: ASOF });
const withFinding = (patch: Record<string, unknown>): never => ({ ...heza, findings: [{ ...heza.findings[0], ...patch }, ...heza.findings.slice(1)] }) as never;

describe("formatScoreSheet checks its nodes and locale at the boundary", () => {
  it("formatScoreSheet of a node without a title is an invalid_type error at nodes.0.title, not a TypeError", () => {
    const e = thrown(() => formatScoreSheet([{ ...heza.scores[0], title: undefined }] as never));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["nodes", 0, "title"], params: { expected: "ScoreNode.title", received: "undefined" } });
  });

  it("formatScoreSheet of a child node that is null is invalid_type at its path in the tree", () => {
    const root = heza.scores[0] as (typeof heza.scores)[number];
    const e = thrown(() => formatScoreSheet([{ ...root, children: [null] }] as never));
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["nodes", 0, "children", 0], params: { expected: "ScoreNode", received: "null" } });
  });

  it("formatScoreSheet of a string (not a list of nodes) is invalid_type at nodes", () => {
    expect(thrown(() => formatScoreSheet("PAR" as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["nodes"], params: { received: "string" } });
  });

  it("formatScoreSheet follows the one locale rule: 'fr' is invalid_option at locale (it printed Vietnamese)", () => {
    expect(thrown(() => formatScoreSheet(heza.scores, "fr" as never)).issues[0]).toMatchObject({ code: "invalid_option", path: ["locale"], params: { name: "locale" } });
    expect(formatScoreSheet(heza.scores)).toBe(formatScoreSheet(heza.scores, "vi"));
    expect(formatScoreSheet(heza.scores, "en")).toContain("PAR");
  });
});

describe("pointsLost checks the findings it totals", () => {
  it("pointsLost of an evaluation whose findings lack deductions is an invalid_type error, not a TypeError", () => {
    const e = thrown(() => pointsLost(withFinding({ deductions: undefined })));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "findings", 0, "deductions"], params: { expected: "Deduction[]" } });
  });

  it("pointsLost of a deduction with points as a bigint is invalid_type at its points (toH would throw a TypeError)", () => {
    const e = thrown(() => pointsLost(withFinding({ deductions: [{ criterion: "1.1", reason: "late", points: 1n }] })));
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "findings", 0, "deductions", 0, "points"] });
  });

  it("pointsLost by owner of an evaluation without its summary is invalid_type at evaluation.summary.byUnit", () => {
    const { summary: _s, ...bare } = heza;
    expect(thrown(() => pointsLost(bare as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "summary", "byUnit"] });
    expect(pointsLost(bare as never, "criterion")).toEqual(pointsLost(heza, "criterion"));
  });
});

describe("compare checks both evaluations", () => {
  it("compare of an evaluation whose finding lacks deductions is invalid_type at after.findings.0.deductions, not a TypeError", () => {
    const e = thrown(() => compare(heza, withFinding({ deductions: undefined })));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["after", "findings", 0, "deductions"] });
  });

  it("compare of an evaluation whose findings hold null is invalid_type at before.findings.0", () => {
    expect(thrown(() => compare({ ...heza, findings: [null] } as never, heza)).issues[0]).toMatchObject({ code: "invalid_type", path: ["before", "findings", 0], params: { expected: "Finding" } });
  });

  it("compare of an evaluation whose scores are not a tree is invalid_type at its scores", () => {
    expect(thrown(() => compare(heza, { ...heza, scores: 5 } as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["after", "scores"] });
    expect(compare(heza, heza).findings).toEqual([]);
  });
});

describe("whatIf, shiftEvents and removeEvents check their arguments", () => {
  it("whatIf without a change is an invalid_type error at change, not a TypeError", () => {
    const e = thrown(() => whatIf(plan, events, { asOf: ASOF }, undefined as never));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["change"], params: { received: "undefined" } });
  });

  it("whatIf with a misspelt change key is unknown_key at change.<key> (it was ignored)", () => {
    expect(thrown(() => whatIf(plan, events, { asOf: ASOF }, { polcy: { beforeDate: "inclusive" } } as never)).issues[0]).toMatchObject({ code: "unknown_key", path: ["change", "polcy"] });
  });

  it("whatIf with a shift of a text or a remove selector whose ids are not texts is invalid_type at its path", () => {
    expect(thrown(() => whatIf(plan, events, { asOf: ASOF }, { shift: "2" } as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["change", "shift"] });
    expect(thrown(() => whatIf(plan, events, { asOf: ASOF }, { remove: { ids: [1] } } as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["change", "remove", "ids", 0] });
  });

  it("shiftEvents of an object (not a list) is an invalid_type error at events, not 'events.map is not a function'", () => {
    const e = thrown(() => shiftEvents({ length: 1 } as never, 2));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["events"], params: { expected: "events (array)", received: "object" } });
  });

  it("shiftEvents leaves a null event as it is (evaluate reports it) instead of reading null.at", () => {
    const shifted = shiftEvents([null, events[0]], 1);
    expect(shifted[0]).toBeNull();
    expect(shifted).toHaveLength(2);
  });

  it("shiftEvents with a selector of the wrong shape is invalid_type / unknown_key at selector", () => {
    expect(thrown(() => shiftEvents(events, 1, 5 as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["selector"] });
    expect(thrown(() => shiftEvents(events, 1, { type: ["x"] } as never)).issues[0]).toMatchObject({ code: "unknown_key", path: ["selector", "type"] });
  });

  it("removeEvents without a selector is invalid_type at selector, and of a text is invalid_type at events (not a TypeError)", () => {
    expect(thrown(() => removeEvents(events, undefined as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["selector"] });
    expect(thrown(() => removeEvents("e1" as never, { ids: ["e1"] })).issues[0]).toMatchObject({ code: "invalid_type", path: ["events"] });
  });

  it("a list with its own constructor key does not choose the class of removeEvents' and shiftEvents' results", () => {
    const odd = Object.assign([...events.slice(0, 2)], { constructor: 1 });
    expect(removeEvents(odd, { ids: [] })).toEqual(events.slice(0, 2));
    expect(shiftEvents(odd, 0)).toEqual(events.slice(0, 2));
  });

  it("a sparse list of 2³²−1 events is too_many_items at events, not a long walk", () => {
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    expect(thrown(() => removeEvents(huge, { ids: [] })).issues[0]).toMatchObject({ code: "invalid_value", path: ["events"], params: { reason: "too_many_items" } });
  });
});

describe("score checks the findings it scores", () => {
  it("score of an evaluation whose findings hold null is an invalid_type error at evaluation.findings.0, not 'Cannot read properties of null (reading obligation)'", () => {
    const e = thrown(() => score({ ...heza, findings: [null] } as never, plan.criteria ?? []));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["evaluation", "findings", 0], params: { expected: "Finding" } });
  });
});

describe("score checks the scored period an evaluation carries", () => {
  it("score of an evaluation whose scoredPeriod is not { from, to } is an invalid_option error at evaluation.scoredPeriod, not 'Cannot read properties of undefined (reading charCodeAt)'", () => {
    const e = thrown(() => score({ ...heza, scoredPeriod: {} } as never, plan.criteria ?? []));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_option", path: ["evaluation", "scoredPeriod"] });
    // a null scored period (an evaluation of a plan without criteria) falls back to the default period
    expect(score({ ...heza, scoredPeriod: null } as never, plan.criteria ?? []).length).toBe(heza.scores.length);
  });
});

describe("compare reads lists without their class", () => {
  it("compare of an evaluation whose findings list has its own constructor key compares the findings instead of throwing a TypeError", () => {
    const findings = Object.assign([...heza.findings], { constructor: 1 });
    expect(compare(heza, { ...heza, findings } as never).findings).toEqual([]);
  });
});
