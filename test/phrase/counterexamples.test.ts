/**
 * Phrases the format/parse properties found under other fast-check seeds, kept as named examples:
 * each was read by parseDeadline and then written back by formatDeadline in words that read
 * otherwise, or not at all.
 */
import { describe, expect, it } from "vitest";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { roundTrips } from "./_forms.js";

describe("phrases found by the properties under other seeds", () => {
  it("'kế từ sau' (a slip for 'kể từ sau', FC_SEED=12) is the connector 'kể từ sau', as written correctly: the anchor does not begin with 'sau'", () => {
    const rule = parseDeadline("hỏa tốc kế từ sau ngày");
    expect(rule).toEqual(parseDeadline("hỏa tốc kể từ sau ngày"));
    expect(rule).toMatchObject({ anchor: { text: "ngày" }, wording: { connector: "kể từ sau" } });
    roundTrips(rule);
  });

  it("'vào đến ngày thứ Hai hằng tuần' (FC_SEED=14) is written back with 'ngày' before the weekday: after 'đến' a bare weekday is not read", () => {
    const rule = parseDeadline("vào đến ngày thứ Hai hằng tuần");
    expect(formatDeadline(rule)).toBe("vào đến ngày thứ Hai hằng tuần");
    roundTrips(rule);
    expect(formatDeadline(parseDeadline("vào ngày thứ Tư hằng tuần"))).toBe("vào thứ Tư hằng tuần");
  });

  it("an anchor does not end on a conjunction (FC_SEED=20): 'kể từ ngày nhận đơn hoặc' names half of its event and is refused; with both events it is read", () => {
    expect(safeParseDeadline("trong 5 ngày kể từ ngày nhận đơn hoặc").success).toBe(false);
    expect(safeParseDeadline("không quá 1 ngày; trường hợp phức tạp không quá 1 ngày kể từ ngày nhận đơn hoặc trừ trường hợp hỏa tốc").success).toBe(false);
    expect(parseDeadline("trong 5 ngày kể từ ngày nhận đơn hoặc ngày bổ sung hồ sơ")).toMatchObject({ anchor: { text: "ngày nhận đơn hoặc ngày bổ sung hồ sơ" } });
  });

  it("'dự kiến chậm nhất trưa ngày 01/01' (FC_SEED=2) is found whole inside a sentence, 'dự kiến' included: a lead may stand between it and the day", () => {
    const phrase = "dự kiến chậm nhất trưa ngày 01/01";
    const match = findDeadlines(`Theo kế hoạch, lễ tổng kết ${phrase} tại hội trường.`).find((m) => m.text === phrase);
    expect(match?.rule).toEqual(parseDeadline(phrase));
    expect(match?.rule.notes).toContainEqual({ code: "planned", params: { text: "dự kiến" } });
  });

  it("after 'thời hạn trước N ngày …' a bracketed qualifier ('(không kể ngày nghỉ)') is refused (FC_SEED=13): that form's amount takes none, and keeping it as a remark would drop what it says", () => {
    expect(safeParseDeadline("thời hạn trước 90 ngày kể từ ngày có kết quả (không kể ngày nghỉ)").success).toBe(false);
    expect(safeParseDeadline("thời hạn trước 1 ngày từ ngày ngày ngày nhưng không quá 1 ngày làm việc (trừ ngày trường hợp hỏa tốc) hoặc theo yêu cầu thời hạn trong văn bản").success).toBe(false);
    expect(parseDeadline("trong 10 ngày kể từ ngày nhận hồ sơ (không tính thời gian bổ sung hồ sơ)")).toMatchObject({ wording: { qualifier: "không tính thời gian bổ sung hồ sơ" } });
  });

  it("'tính theo dấu bưu điện' belongs to a named day, right after it (FC_SEED=12): after the alternatives of a case it is not read", () => {
    expect(safeParseDeadline("tháng ; đối với dự kiến chậm nhất ngày 01/01 tính theo dấu bưu điện nhưng không quá 1 ngày").success).toBe(false);
    expect(parseDeadline("đến ngày 25/3/2025 tính theo dấu bưu điện")).toMatchObject({ kind: "fixed_date", notes: [{ code: "postmark" }] });
  });
});
