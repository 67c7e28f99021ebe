import { describe, expect, it } from "vitest";
import { draftPlan, formatUnresolved } from "../../src/draft/index.js";
import { InvalidInputError } from "../../src/errors.js";
import { thrown } from "../_helpers.js";

const row = { row: "III.7", reason: "no_deadline", text: "Báo cáo", params: {} } as const;

describe("formatUnresolved checks its row and locale at the boundary", () => {
  it("formatUnresolved of a symbol is an invalid_type error at row, not 'Cannot read properties of undefined (reading vi)'", () => {
    const e = thrown(() => formatUnresolved(Symbol("s") as never, "en"));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["row"], params: { expected: "UnresolvedRow", received: "symbol" } });
  });

  it("formatUnresolved of a row with an unknown reason (or 'constructor') is invalid_option at row.reason", () => {
    expect(thrown(() => formatUnresolved({ ...row, reason: "late" } as never)).issues[0]).toMatchObject({ code: "invalid_option", path: ["row", "reason"], params: { name: "reason" } });
    expect(thrown(() => formatUnresolved({ ...row, reason: "constructor" } as never)).issues[0]).toMatchObject({ code: "invalid_option", path: ["row", "reason"] });
  });

  it("formatUnresolved of a row without params, or whose anchor is a null-prototype object, is invalid_type at its path", () => {
    expect(thrown(() => formatUnresolved({ ...row, params: undefined } as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["row", "params"] });
    expect(thrown(() => formatUnresolved({ ...row, reason: "anchor_unbound", params: { anchor: Object.create(null) } } as never)).issues[0]).toMatchObject({ code: "invalid_type", path: ["row", "params", "anchor"] });
  });

  it("formatUnresolved follows the one locale rule: 'fr' is invalid_option at locale; vi is the default", () => {
    expect(thrown(() => formatUnresolved(row, "fr" as never)).issues[0]).toMatchObject({ code: "invalid_option", path: ["locale"], params: { name: "locale" } });
    expect(formatUnresolved(row)).toBe("III.7: không nêu thời hạn và không dẫn tới thời hạn của văn bản khác");
    expect(formatUnresolved(row, "en")).toBe("III.7: states no time limit and refers to none");
  });
});

describe("draftPlan checks its options at the boundary", () => {
  it("draftPlan with options null is an invalid_type error at options, not 'Cannot read properties of null (reading start)'", () => {
    const e = thrown(() => draftPlan("TT\tNội dung\n1\tBáo cáo", null as never));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "invalid_type", path: ["options"], params: { received: "null" } });
  });
});
