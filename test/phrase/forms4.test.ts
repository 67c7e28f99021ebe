/**
 * Forms of the fourth unseen batch: qualifiers in brackets after an amount, the anchor written
 * before the count, counts back in hours or months or from an event left implicit, and limits
 * (the end of a named month, an extension written as a sentence, alternatives led by "trong phạm
 * vi"). Each form: read by parseDeadline, written back by formatDeadline (vi round trip, en),
 * computed by computeDeadline under the BLDS defaults with its trace, and found inside a sentence
 * by findDeadlines with the same rule.
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";

const codes = (trace: readonly { code: string }[]): string[] => trace.map((s) => s.code);

/** The vi round trip: the canonical phrase reads back to the same rule. */
function roundTrips(text: string): void {
  const rule = parseDeadline(text);
  expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
}

/** findDeadlines finds `phrase` inside `sentence`, with the rule parseDeadline gives for it. */
function foundIn(sentence: string, phrase: string): void {
  const match = findDeadlines(sentence).find((m) => m.text === phrase);
  expect(match?.rule).toEqual(parseDeadline(phrase));
}

describe("forms of the fourth unseen batch", () => {
  describe("qualifiers in brackets after an amount", () => {
    it("'30 ngày làm việc (không kể ngày nghỉ) kể từ …' restates working days: 30 working days from Wednesday 08/10/2025 end on Wednesday 19/11/2025, the qualifier kept verbatim", () => {
      const text = "Trong thời hạn 30 ngày làm việc (không kể ngày nghỉ) kể từ ngày nhận đủ hồ sơ hợp lệ";
      const rule = parseDeadline(text);
      expect(rule).toMatchObject({ kind: "relative", amount: 30, unit: "working_day", anchor: { text: "ngày nhận đủ hồ sơ hợp lệ" }, wording: { qualifier: "không kể ngày nghỉ" } });
      expect(rule.notes).toBeUndefined();
      const d = computeDeadline(rule, { anchor: "2025-10-08" });
      expect(d.lastDay).toBe("2025-11-19");
      expect(codes(d.trace)).toEqual(expect.arrayContaining(["anchor", "counted"]));
      expect(formatDeadline(rule)).toBe("trong thời hạn 30 ngày làm việc (không kể ngày nghỉ) kể từ ngày nhận đủ hồ sơ hợp lệ");
      expect(formatDeadline(rule, { locale: "en" })).toBe('within 30 working days ("không kể ngày nghỉ") after the date a complete, valid dossier is received');
      roundTrips(text);
      foundIn(`Bước 2: ${text}, Ủy ban có trách nhiệm ra quyết định.`, text);
    });

    it("a bare 'ngày' with a qualifier naming the days off is working days (the words say so); 'ngày' is kept for the round trip", () => {
      const rule = parseDeadline("trong 10 ngày (không kể ngày nghỉ lễ, tết) kể từ ngày nhận");
      expect(rule).toMatchObject({ kind: "relative", amount: 10, unit: "working_day", wording: { unit: "ngày", qualifier: "không kể ngày nghỉ lễ, tết" } });
      expect(formatDeadline(rule)).toBe("trong 10 ngày (không kể ngày nghỉ lễ, tết) kể từ ngày nhận");
      roundTrips("trong 10 ngày (không kể ngày nghỉ lễ, tết) kể từ ngày nhận");
      // Tuesday 30/12/2025 + 10 working days skips the New Year day off (01/01/2026): 14/01/2026
      expect(computeDeadline(rule, { anchor: "2025-12-30" }).lastDay).toBe("2026-01-14");
    });

    it("a qualifier naming the days off contradicts calendar days ('ngày dương lịch (không kể ngày nghỉ)')", () => {
      const r = safeParseDeadline("trong 10 ngày dương lịch (không kể ngày nghỉ)");
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]).toMatchObject({ code: "phrase_contradiction", params: { reason: "qualifier_unit_mismatch", qualifier: "không kể ngày nghỉ" } });
    });

    it("'30 (ba mươi) ngày làm việc (không tính thời gian … hoàn thiện hồ sơ)' leaves a pause out: 30 working days, and a time_excluded note with the words, on the rule and on the deadline", () => {
      const text = "30 (ba mươi) ngày làm việc (không tính thời gian gửi cho cá nhân, tổ chức hoàn thiện hồ sơ)";
      const rule = parseDeadline(text);
      const note = { code: "time_excluded", params: { text: "không tính thời gian gửi cho cá nhân, tổ chức hoàn thiện hồ sơ" } };
      expect(rule).toMatchObject({ kind: "relative", amount: 30, unit: "working_day", anchor: { text: "" } });
      expect(rule.notes).toEqual([note]);
      const d = computeDeadline(rule, { anchor: "2025-10-08" });
      expect(d.lastDay).toBe("2025-11-19");
      expect(d.notes).toEqual(expect.arrayContaining([note]));
      expect(codes(d.trace)).toContain("counted");
      expect(formatDeadline(rule)).toBe("30 ngày làm việc (không tính thời gian gửi cho cá nhân, tổ chức hoàn thiện hồ sơ)");
      expect(formatDeadline(rule, { locale: "en" })).toBe('30 working days ("không tính thời gian gửi cho cá nhân, tổ chức hoàn thiện hồ sơ")');
      roundTrips(text);
      foundIn(`${text}, trong đó:`, text);
    });

    it("'(trừ trường hợp hỏa tốc)' after the amount stays an exception by urgency, not a qualifier", () => {
      const rule = parseDeadline("trong 5 ngày (trừ trường hợp hỏa tốc)");
      expect(rule).toMatchObject({ kind: "relative", amount: 5, except: [{ urgency: "hoa_toc" }] });
      expect(rule.wording?.qualifier).toBeUndefined();
    });

    it("'trong thời gian không quá 07 ngày làm việc': two lead words before the amount", () => {
      const rule = parseDeadline("trong thời gian không quá 07 ngày làm việc");
      expect(rule).toMatchObject({ kind: "relative", amount: 7, unit: "working_day", wording: { lead: "trong thời gian không quá" } });
      expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-17");
      roundTrips("trong thời gian không quá 07 ngày làm việc");
    });
  });
});
