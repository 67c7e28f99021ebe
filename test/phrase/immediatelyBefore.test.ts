import { describe, expect, it } from "vitest";
import { findDeadlines, parseDeadline, ThoihanError } from "../../src/index.js";

describe("ngay trước: immediately before an event, at the latest on its day", () => {
  it("'ngay trước khi khai mạc' and 'ngay trước thời điểm tàu rời cảng' name the event: read, and found in running text with the same rule", () => {
    for (const phrase of ["ngay trước khi khai mạc", "ngay trước thời điểm tàu thuyền rời cảng"]) {
      const rule = parseDeadline(phrase);
      expect(rule.kind).toBe("same_day");
      const found = findDeadlines(`Đại biểu có mặt ${phrase}.`);
      expect(found.map((m) => m.text)).toEqual([phrase]);
      expect(found[0]?.rule).toEqual(rule);
    }
  });

  it("'ngay trước' with no 'khi' or 'thời điểm' announces no event (running text has no lead for it), so parseDeadline refuses it as findDeadlines does not find it", () => {
    const error = (() => {
      try {
        parseDeadline("ngay trước Kế hoạch");
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ThoihanError);
    expect((error as ThoihanError).code).toBe("phrase_unrecognized_token");
    expect(findDeadlines("ngay trước Kế hoạch")).toEqual([]);
  });

  it("'chậm nhất ngay trước' carries its own lead, so the event may follow without 'khi'", () => {
    expect(parseDeadline("chậm nhất ngay trước tàu thuyền rời cảng")).toMatchObject({ kind: "same_day", anchor: { text: "tàu thuyền rời cảng" } });
  });
});
