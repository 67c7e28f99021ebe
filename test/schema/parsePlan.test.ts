import { describe, expect, it } from "vitest";
import { InvalidInputError, type Issue } from "../../src/errors.js";
import { parsePlan, safeParsePlan } from "../../src/schema/index.js";

const rel = (amount: number, unit = "day", anchor = "ngày ban hành") => ({ kind: "relative", amount, unit, anchor: { text: anchor } });

const minimal = () => ({
  id: "tb-01-2024",
  title: "Phân công nhiệm vụ 2024",
  start: "2024-01-01",
  units: [
    { id: "ttdv", name: "Trung tâm DVVL-ĐT-XTĐT" },
    { id: "vp", name: "Văn phòng" },
  ],
  obligations: [
    {
      kind: "triggered",
      id: "dang_tai",
      title: "Đăng tải văn bản",
      owner: "ttdv",
      cooperating: ["vp"],
      trigger: { type: "document_issued" },
      deadline: rel(3),
      completedBy: "document_published",
    },
  ],
});

function issuesOf(input: unknown): Issue[] {
  const r = safeParsePlan(input);
  if (r.success) throw new Error("expected failure");
  return [...r.error.issues];
}

describe("parsePlan", () => {
  it("accepts a minimal plan and returns it frozen, with deadlines as rules", () => {
    // Arrange
    const input = minimal();
    // Act
    const plan = parsePlan(input);
    // Assert
    expect(plan.obligations[0]?.kind).toBe("triggered");
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.obligations[0])).toBe(true);
  });

  it("does not mutate its input", () => {
    const input = minimal();
    const copy = structuredClone(input);
    parsePlan(input);
    expect(input).toEqual(copy);
  });

  it("accepts its own output again (idempotent), so evaluate may re-validate a copied plan", () => {
    const plan = parsePlan(minimal());
    expect(parsePlan(structuredClone(plan))).toEqual(plan);
  });

  it("accepts every obligation kind as structured data", () => {
    const input = {
      ...minimal(),
      obligations: [
        ...minimal().obligations,
        { kind: "recurring", id: "bao_cao", title: "Báo cáo tháng", owner: "vp", deadline: { kind: "recurring", frequency: "monthly", day: 10, bound: "by" }, completedBy: "report_sent" },
        { kind: "dated", id: "nv", title: "Nhiệm vụ UBND TP giao", owner: ["vp", "ttdv"], trigger: { type: "task_assigned" }, cap: rel(90, "day", "ngày giao"), completedBy: "task_completed", target: { deadline: { kind: "before_deadline", amount: 2, unit: "day", reference: "thời hạn quy định" }, waivedFor: ["hoa_toc"] }, extensions: { events: "task_extended", max: 1 }, cancel: "task_cancelled" },
        { kind: "derived", id: "luu_tru", title: "Lập hồ sơ công việc", source: { obligation: "nv", on: "done" }, deadline: rel(5, "day", "khi hoàn thành nhiệm vụ"), completedBy: "file_archived" },
        { kind: "quota", id: "chi_dao", title: "Đăng văn bản chỉ đạo điều hành", owner: "ttdv", counts: { type: "document_published", where: { "data.category": "chi_dao" } }, quota: { min: 1, per: "working_day" } },
      ],
    };
    const plan = parsePlan(input);
    expect(plan.obligations.map((o) => o.kind)).toEqual(["triggered", "recurring", "dated", "derived", "quota"]);
  });

  it("reports every problem at once, each with its path and code", () => {
    // Arrange: three independent problems in different places
    const input = { ...minimal(), start: "2024-02-30", units: [{ id: "vp" }], obligations: [{ ...minimal().obligations[0], deadline: { kind: "relative", amount: -1, unit: "day", anchor: { text: "x" } } }] };
    // Act
    const issues = issuesOf(input);
    // Assert
    expect(issues[0]?.code).toBe("invalid_plan");
    const byPath = Object.fromEntries(issues.slice(1).map((i) => [i.path.join("."), i.code]));
    expect(byPath).toMatchObject({
      start: "invalid_date",
      "units.0.name": "missing_required",
      "obligations.0.deadline.amount": "invalid_amount",
      "obligations.0.owner": "unknown_reference", // ttdv no longer exists
    });
  });

  it("names an unknown key and suggests the closest allowed one (edit distance ≤ 2)", () => {
    const input = { ...minimal(), unit: [], obligations: [{ ...minimal().obligations[0], completeBy: "x" }] };
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ code: "unknown_key", path: ["unit"], params: { key: "unit", suggestion: "units" } });
    expect(issues).toContainEqual({ code: "unknown_key", path: ["obligations", 0, "completeBy"], params: { key: "completeBy", suggestion: "completedBy" } });
  });

  it("suggests keys inside the chosen obligation kind and inside structured rules", () => {
    const input = { ...minimal(), obligations: [{ ...minimal().obligations[0], deadline: { ...rel(3), amout: 3 }, anchorEvnt: "x" }] };
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ code: "unknown_key", path: ["obligations", 0, "deadline", "amout"], params: { key: "amout", suggestion: "amount" } });
    expect(issues).toContainEqual({ code: "unknown_key", path: ["obligations", 0, "anchorEvnt"], params: { key: "anchorEvnt", suggestion: "anchorEvent" } });
  });

  it("gives no suggestion when nothing is close", () => {
    const issues = issuesOf({ ...minimal(), zzzzzzzz: 1 });
    expect(issues).toContainEqual({ code: "unknown_key", path: ["zzzzzzzz"], params: { key: "zzzzzzzz" } });
  });

  it("names an unknown obligation kind with the allowed ones", () => {
    const issues = issuesOf({ ...minimal(), obligations: [{ kind: "recurrin", id: "x" }] });
    expect(issues[1]).toEqual({
      code: "invalid_value",
      path: ["obligations", 0, "kind"],
      params: { value: "recurrin", expected: "triggered | recurring | dated | derived | quota", suggestion: "recurring" },
    });
  });

  it("checks references: owner and co-operating units, a derived obligation's source, criteria", () => {
    const input = {
      ...minimal(),
      criteria: [{ id: "1.1", title: "Tiêu chí 1.1", max: 1, rule: { kind: "per_violation", late: 0.25 } }],
      obligations: [
        { ...minimal().obligations[0], owner: "ttdvv", cooperating: ["vp", "kcn"], criteria: ["1.1", "9.9"] },
        { kind: "derived", id: "xin_loi", title: "Xin lỗi", source: { obligation: "ho_so", on: "late" }, deadline: rel(3), completedBy: "apology_sent" },
      ],
    };
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ code: "unknown_reference", path: ["obligations", 0, "owner"], params: { kind: "unit", id: "ttdvv", suggestion: "ttdv" } });
    expect(issues).toContainEqual({ code: "unknown_reference", path: ["obligations", 0, "cooperating", 1], params: { kind: "unit", id: "kcn" } });
    expect(issues).toContainEqual({ code: "unknown_reference", path: ["obligations", 0, "criteria", 1], params: { kind: "criterion", id: "9.9", suggestion: "1.1" } });
    expect(issues).toContainEqual({ code: "unknown_reference", path: ["obligations", 1, "source", "obligation"], params: { kind: "obligation", id: "ho_so" } });
  });

  it("rejects duplicate ids of units and obligations", () => {
    const input = { ...minimal(), units: [...minimal().units, { id: "vp", name: "Văn phòng 2" }], obligations: [...minimal().obligations, ...minimal().obligations] };
    const issues = issuesOf(input);
    expect(issues).toContainEqual(expect.objectContaining({ code: "duplicate_id", path: ["units", 2, "id"] }));
    expect(issues).toContainEqual(expect.objectContaining({ code: "duplicate_id", path: ["obligations", 1, "id"] }));
  });

  it("rejects a cycle of derived obligations", () => {
    const d = (id: string, from: string) => ({ kind: "derived", id, title: id, source: { obligation: from, on: "done" }, deadline: rel(1), completedBy: "x" });
    const issues = issuesOf({ ...minimal(), obligations: [d("a", "b"), d("b", "a")] });
    expect(issues).toContainEqual({ code: "reference_cycle", path: ["obligations", 0, "source", "obligation"], params: { kind: "obligation", ids: ["a", "b", "a"] } });
  });

  it("rejects an unknown filter field, with a suggestion", () => {
    const issues = issuesOf({ ...minimal(), obligations: [{ ...minimal().obligations[0], trigger: { type: "x", where: { unti: "vp", "data.category": "a" } } }] });
    expect(issues).toEqual([expect.objectContaining({ code: "invalid_plan" }), { code: "unknown_key", path: ["obligations", 0, "trigger", "where", "unti"], params: { key: "unti", suggestion: "unit" } }]);
  });

  it("requires the rule kind an obligation kind needs", () => {
    const issues = issuesOf({
      ...minimal(),
      obligations: [{ kind: "recurring", id: "r", title: "R", owner: "vp", deadline: rel(3), completedBy: "x" }],
    });
    expect(issues[1]).toMatchObject({ code: "invalid_rule", path: ["obligations", 0, "deadline"] });
  });

  it('accepts "otherwise" for a dated obligation (read like "cap"), and rejects both at once', () => {
    // Arrange
    const dated = { kind: "dated", id: "d", title: "D", owner: "vp", trigger: { type: "t" }, completedBy: "x" };
    // Act
    const plan = parsePlan({ ...minimal(), obligations: [{ ...dated, otherwise: "không quá 90 ngày" }] });
    const both = issuesOf({ ...minimal(), obligations: [{ ...dated, otherwise: "không quá 90 ngày", cap: "không quá 90 ngày" }] });
    // Assert
    expect(plan.obligations[0]).toMatchObject({ otherwise: { kind: "relative", amount: 90 } });
    expect(both).toEqual([expect.objectContaining({ code: "invalid_plan", params: { problems: 1 } }), { code: "conflicting_keys", path: ["obligations", 0, "cap"], params: { keys: ["otherwise", "cap"] } }]);
  });

  it("words the number of problems in each language, and ends a suggestion with its question mark", () => {
    // Arrange
    let error: InvalidInputError | undefined;
    try {
      parsePlan({ ...minimal(), unit: [], obligation: [] });
    } catch (e) {
      error = e as InvalidInputError;
    }
    // Assert
    expect(error?.issues[0]).toEqual({ code: "invalid_plan", path: [], params: { problems: 2 } });
    expect(error?.format("vi")).toContain("[invalid_plan] Kế hoạch không hợp lệ: 2 lỗi.");
    expect(error?.format("en")).toContain("[invalid_plan] Invalid plan: 2 problems.");
    expect(error?.format("en")).toContain('did you mean "units"?');
    expect(error?.format("en")).not.toContain("?.");
    expect(error?.format("vi")).not.toContain("?.");
  });

  it("throws InvalidInputError with code invalid_plan and bilingual text", () => {
    let error: unknown;
    try {
      parsePlan({ ...minimal(), unit: [] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).code).toBe("invalid_plan");
    expect((error as InvalidInputError).message).toContain("units");
    expect((error as InvalidInputError).format("en")).toContain('did you mean "units"');
  });

  it("never throws anything but a ThoihanError on odd inputs", () => {
    for (const odd of [null, undefined, 42, "plan", [], { obligations: "x" }, { units: [null], obligations: [null, 1] }]) {
      const r = safeParsePlan(odd);
      expect(r.success).toBe(false);
    }
  });
});
