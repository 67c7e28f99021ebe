/**
 * Forms of the fourth unseen batch: qualifiers in brackets after an amount, the anchor written
 * before the count, counts back in hours or months or from an event left implicit, and limits
 * (the end of a named month, an extension written as a sentence, alternatives led by "trong phạm
 * vi"). Each form: read by parseDeadline, written back by formatDeadline (vi round trip, en),
 * computed by computeDeadline under the BLDS defaults with its trace, and found inside a sentence
 * by findDeadlines with the same rule.
 */
import fc from "fast-check";
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

    it("a qualifier written after the anchor is read as the amount's: a pause gives the time_excluded note, days off make a bare 'ngày' working days; the canonical form writes it after the amount", () => {
      const pause = parseDeadline("trong 15 ngày kể từ ngày nhận hồ sơ (không tính thời gian bổ sung hồ sơ)");
      expect(pause).toMatchObject({ kind: "relative", amount: 15, unit: "day", anchor: { text: "ngày nhận hồ sơ" }, wording: { qualifier: "không tính thời gian bổ sung hồ sơ" } });
      expect(pause.notes).toEqual([{ code: "bare_day_unit" }, { code: "time_excluded", params: { text: "không tính thời gian bổ sung hồ sơ" } }]);
      expect(pause.wording?.remark).toBeUndefined();
      expect(formatDeadline(pause)).toBe("trong 15 ngày (không tính thời gian bổ sung hồ sơ) kể từ ngày nhận hồ sơ");
      roundTrips("trong 15 ngày kể từ ngày nhận hồ sơ (không tính thời gian bổ sung hồ sơ)");
      const days = parseDeadline("trong 15 ngày kể từ ngày nhận hồ sơ (không kể ngày nghỉ)");
      expect(days).toMatchObject({ unit: "working_day", wording: { unit: "ngày", qualifier: "không kể ngày nghỉ" } });
      roundTrips("trong 15 ngày kể từ ngày nhận hồ sơ (không kể ngày nghỉ)");
      // a remark that is no qualifier stays a remark
      expect(parseDeadline("trong 15 ngày kể từ ngày nhận hồ sơ (theo dấu bưu điện)").wording).toEqual({ remark: "theo dấu bưu điện" });
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

  describe("the anchor written before the count", () => {
    it("'Sau khi nhận được quyết định khen thưởng …, trong thời hạn 10 ngày làm việc' is the same rule as '… kể từ khi nhận được quyết định …': 10 working days from Wednesday 08/10/2025 = Wednesday 22/10/2025", () => {
      const text = "Sau khi nhận được quyết định khen thưởng của cấp có thẩm quyền, trong thời hạn 10 ngày làm việc";
      const rule = parseDeadline(text);
      const { wording: _w, ...fields } = rule;
      const { wording: _v, ...same } = parseDeadline("trong thời hạn 10 ngày làm việc kể từ khi nhận được quyết định khen thưởng của cấp có thẩm quyền");
      expect(fields).toEqual(same);
      expect(rule).toMatchObject({ anchor: { text: "khi nhận được quyết định khen thưởng của cấp có thẩm quyền" }, wording: { connector: "sau", order: "anchor_first", lead: "trong thời hạn" } });
      const d = computeDeadline(rule, { anchor: "2025-10-08" });
      expect(d.lastDay).toBe("2025-10-22");
      expect(codes(d.trace)).toEqual(expect.arrayContaining(["anchor", "start_excluded", "counted"]));
      expect(formatDeadline(rule)).toBe("sau khi nhận được quyết định khen thưởng của cấp có thẩm quyền, trong thời hạn 10 ngày làm việc");
      expect(formatDeadline(rule, { locale: "en" })).toBe('within 10 working days after "khi nhận được quyết định khen thưởng của cấp có thẩm quyền"');
      roundTrips(text);
      foundIn(`- ${text}, đơn vị trình khen thưởng thông báo cho tập thể được khen thưởng.`, text);
    });

    it("'Kể từ ngày nhận hồ sơ, chậm nhất 5 ngày làm việc': 'kể từ' is the canonical connector and is not recorded", () => {
      const rule = parseDeadline("Kể từ ngày nhận hồ sơ, chậm nhất 5 ngày làm việc");
      expect(rule).toMatchObject({ kind: "relative", amount: 5, anchor: { text: "ngày nhận hồ sơ" }, wording: { order: "anchor_first", lead: "chậm nhất" } });
      expect(rule.wording?.connector).toBeUndefined();
      expect(formatDeadline(rule)).toBe("kể từ ngày nhận hồ sơ, chậm nhất 5 ngày làm việc");
      roundTrips("Kể từ ngày nhận hồ sơ, chậm nhất 5 ngày làm việc");
    });

    it("a count with an anchor of its own after an anchor written first is not understood (two starts), from the count", () => {
      const r = safeParseDeadline("Sau khi nhận hồ sơ, trong 10 ngày kể từ ngày nộp phí");
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.params).toMatchObject({ index: 20 });
    });

    it("'Theo từng đợt, trong thời gian 20 ngày làm việc, kể từ …': the leading words are not a time limit and are kept verbatim (wording.preface); 20 working days from 08/10/2025 = 05/11/2025", () => {
      const text = "Theo từng đợt, trong thời gian 20 ngày làm việc, kể từ ngày nhận đủ kinh phí hỗ trợ";
      const rule = parseDeadline(text);
      expect(rule).toMatchObject({ kind: "relative", amount: 20, unit: "working_day", anchor: { text: "ngày nhận đủ kinh phí hỗ trợ" }, wording: { preface: "Theo từng đợt" } });
      const d = computeDeadline(rule, { anchor: "2025-10-08" });
      expect(d.lastDay).toBe("2025-11-05");
      expect(codes(d.trace)).toContain("counted");
      expect(formatDeadline(rule)).toBe("Theo từng đợt, trong thời gian 20 ngày làm việc kể từ ngày nhận đủ kinh phí hỗ trợ");
      expect(formatDeadline(rule, { locale: "en" })).toBe('"Theo từng đợt", within 20 working days after "ngày nhận đủ kinh phí hỗ trợ"');
      roundTrips(text);
      // in running text the deadline is found from its lead word, without the leading words
      const found = findDeadlines(`${text}; Cơ quan đại diện tổ chức chi trả.`);
      expect(found.map((m) => m.text)).toEqual(["trong thời gian 20 ngày làm việc, kể từ ngày nhận đủ kinh phí hỗ trợ"]);
      const { wording: _w, ...fields } = rule;
      const { wording: _v, ...same } = found[0]?.rule ?? rule;
      expect(same).toEqual(fields);
    });
  });

  describe("counted back in hours or months, or from an event left implicit", () => {
    it("'Chậm nhất 02 (hai) giờ, trước khi tàu rời cảng' counts two hours back from the departure instant (context.anchor): 15:00 → 13:00 the same day, no roll (BLDS Đ.147.1)", () => {
      const text = "Chậm nhất 02 (hai) giờ, trước khi tàu rời cảng";
      const rule = parseDeadline(text);
      expect(rule).toMatchObject({ kind: "before_deadline", amount: 2, unit: "hour", reference: "khi tàu rời cảng" });
      const d = computeDeadline(rule, { anchor: "2025-10-08T15:00:00+07:00" });
      expect(d.lastDay).toBe("2025-10-08");
      expect(d.endsAt).toBe("2025-10-08T13:00:00+07:00");
      expect(d.trace.find((s) => s.code === "hours_counted_back")?.params).toMatchObject({ hours: 2, reference: "khi tàu rời cảng" });
      expect(formatDeadline(rule)).toBe("chậm nhất 2 giờ trước khi tàu rời cảng");
      expect(formatDeadline(rule, { locale: "en" })).toBe('at the latest 2 hours before "khi tàu rời cảng"');
      roundTrips(text);
      foundIn(`Bước 2: ${text}, người làm thủ tục phải làm thủ tục rời cảng cho tàu;`, text);
    });

    it("twelve hours back from 08:00 end at 20:00 the day before: the last day is the day before the event", () => {
      const rule = parseDeadline("Chậm nhất 12 (mười hai) giờ, trước khi tàu dự kiến rời khỏi vùng biển Việt Nam");
      const d = computeDeadline(rule, { anchor: "2025-10-08T08:00:00+07:00" });
      expect(d.lastDay).toBe("2025-10-07");
      expect(d.endsAt).toBe("2025-10-07T20:00:00+07:00");
    });

    it("an hour count back needs the event's instant: without an anchor, missing_context", () => {
      expect(() => computeDeadline(parseDeadline("chậm nhất 2 giờ trước khi tàu rời cảng"), { due: "2025-10-08" })).toThrow(expect.objectContaining({ code: "missing_context" }));
    });

    it("'Trước khi hết hạn 03 tháng' goes back to the corresponding day three months before the expiry day (BLDS Đ.148.3): 08/10/2030 → Monday 08/07/2030", () => {
      const text = "Trước khi hết hạn 03 tháng";
      const rule = parseDeadline(text);
      expect(rule).toMatchObject({ kind: "before_deadline", amount: 3, unit: "month", reference: "khi hết hạn", wording: { order: "reference_first" } });
      const d = computeDeadline(rule, { due: "2030-10-08" });
      expect(d.lastDay).toBe("2030-07-08");
      expect(d.trace.find((s) => s.code === "counted_back")?.params).toMatchObject({ amount: 3, unit: "month", from: "2030-10-08", to: "2030-07-08" });
      expect(formatDeadline(rule)).toBe("trước khi hết hạn 3 tháng");
      expect(formatDeadline(rule, { locale: "en" })).toBe('at the latest 3 months before "khi hết hạn"');
      roundTrips(text);
      foundIn(`Giấy chứng nhận có thời hạn 05 năm, kể từ ngày cấp. ${text}, nếu muốn tiếp tục kinh doanh thì phải làm thủ tục gia hạn.`, text);
    });

    it("a month counted back from the 31st with no corresponding day takes the month's last day, and a day off rolls back: 3 months before 31/05/2026 is 28/02/2026, a Saturday, so Friday 27/02/2026", () => {
      const d = computeDeadline(parseDeadline("chậm nhất 3 tháng trước ngày hết hạn"), { due: "2026-05-31" });
      expect(d.lastDay).toBe("2026-02-27");
      expect(codes(d.trace)).toEqual(expect.arrayContaining(["counted_back", "month_clamped", "rolled_back"]));
    });

    it("'trước 03 ngày' counts back from an event the sentence names before it (context.due): three days before Monday 08/12/2025 = Friday 05/12/2025", () => {
      const text = "trước 03 ngày";
      const rule = parseDeadline(text);
      expect(rule).toMatchObject({ kind: "before_deadline", amount: 3, unit: "day", reference: "", wording: { order: "reference_first" } });
      const d = computeDeadline(rule, { due: "2025-12-08" });
      expect(d.lastDay).toBe("2025-12-05");
      expect(codes(d.trace)).toContain("counted_back");
      expect(formatDeadline(rule)).toBe("trước 3 ngày");
      expect(formatDeadline(rule, { locale: "en" })).toBe("at the latest 3 calendar days before the event");
      roundTrips(text);
      foundIn("Đối với khen thưởng đột xuất, hồ sơ gửi trước 03 ngày.", text);
    });

    it("after a count back with its event, ', trường hợp … trước 03 ngày' is an alternative by case counted back from the same event, whose words it takes (the plan chooses)", () => {
      const sentence = "Các trường hợp khen thưởng chuyên đề gởi trước ngày trao thưởng ít nhất 07 ngày, trường hợp khen thưởng đột xuất trước 03 ngày.";
      const [match] = findDeadlines(sentence);
      expect(match?.text).toBe("trước ngày trao thưởng ít nhất 07 ngày, trường hợp khen thưởng đột xuất trước 03 ngày");
      expect(match?.rule).toMatchObject({ kind: "before_deadline", amount: 7, reference: "ngày trao thưởng", alternatives: [{ condition: "khen thưởng đột xuất", rule: { kind: "before_deadline", amount: 3, reference: "ngày trao thưởng" } }] });
      expect(computeDeadline(match?.rule ?? parseDeadline("trước 03 ngày"), { due: "2025-12-08" }).lastDay).toBe("2025-12-01");
      expect(computeDeadline(match?.rule.alternatives?.[0]?.rule ?? parseDeadline("trước 07 ngày"), { due: "2025-12-08" }).lastDay).toBe("2025-12-05");
      roundTrips(match?.text ?? "");
    });

    it("'trước 10 ngày so với ngày khai mạc kỳ họp' counts back from the event named after 'so với', as 'chậm nhất 10 ngày trước ngày khai mạc kỳ họp': 10 days before Monday 08/12/2025 = Friday 28/11/2025", () => {
      const text = "trước 10 ngày so với ngày khai mạc kỳ họp";
      const rule = parseDeadline(text);
      expect(rule).toMatchObject({ kind: "before_deadline", amount: 10, unit: "day", reference: "ngày khai mạc kỳ họp", wording: { order: "compared" } });
      const d = computeDeadline(rule, { due: "2025-12-08" });
      expect(d.lastDay).toBe(computeDeadline(parseDeadline("chậm nhất 10 ngày trước ngày khai mạc kỳ họp"), { due: "2025-12-08" }).lastDay);
      expect(d.lastDay).toBe("2025-11-28");
      expect(codes(d.trace)).toContain("counted_back");
      expect(formatDeadline(rule)).toBe("trước 10 ngày so với ngày khai mạc kỳ họp");
      expect(formatDeadline(rule, { locale: "en" })).toBe('at the latest 10 calendar days before "ngày khai mạc kỳ họp"');
      roundTrips(text);
      roundTrips("trước ít nhất 05 ngày làm việc so với ngày tổ chức hội nghị");
      foundIn("Hồ sơ đề nghị gửi về Văn phòng trước 10 ngày so với ngày khai mạc kỳ họp.", text);
    });

    it("findDeadlines never reads 'trước 03' (before the 3rd) out of 'trước 03 ngày so với ngày họp': the whole count back is one match", () => {
      const matches = findDeadlines("Tài liệu phải gửi đại biểu trước 03 ngày so với ngày họp.");
      expect(matches.map((m) => [m.text, m.rule.kind])).toEqual([["trước 03 ngày so với ngày họp", "before_deadline"]]);
    });

    it("working hours are not counted back", () => {
      const r = safeParseDeadline("chậm nhất 8 giờ làm việc trước khi họp");
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.params).toMatchObject({ reason: "count_back_days_only" });
    });
  });

  describe("limits", () => {
    it("'đến hết tháng 12/2020' is the end of the named month, as 'trong tháng 12/2020': Thursday 31/12/2020 (BLDS Đ.146.2)", () => {
      const text = "đến hết tháng 12/2020";
      const rule = parseDeadline(text);
      expect(rule).toEqual(expect.objectContaining({ kind: "period", period: { unit: "month", month: 12, year: 2020 }, wording: { lead: "đến hết" } }));
      const d = computeDeadline(rule);
      expect(d.lastDay).toBe("2020-12-31");
      expect(codes(d.trace)).toContain("period_end");
      expect(formatDeadline(rule)).toBe("đến hết tháng 12/2020");
      expect(formatDeadline(rule, { locale: "en" })).toBe("by the end of December 2020");
      roundTrips(text);
      foundIn("Các số liệu năm 2020 ước tính đến hết tháng 12/2020.", text);
    });

    it("'đến cuối năm 2025' and 'đến cuối tháng 12/2025' are the end of the named period, as 'cuối năm 2025': Wednesday 31/12/2025", () => {
      for (const [text, period] of [
        ["đến cuối năm 2025", { unit: "year", year: 2025 }],
        ["đến cuối tháng 12/2025", { unit: "month", month: 12, year: 2025 }],
      ] as const) {
        const rule = parseDeadline(text);
        expect(rule).toEqual({ kind: "period", period, wording: { lead: "đến cuối" } });
        expect(computeDeadline(rule).lastDay).toBe("2025-12-31");
        expect(formatDeadline(rule)).toBe(text);
        roundTrips(text);
        foundIn(`Các đơn vị tiếp tục triển khai ${text}.`, text);
      }
      expect(formatDeadline(parseDeadline("đến cuối năm 2025"), { locale: "en" })).toBe("by the end of 2025");
    });

    it("'đến hết tháng 4/2026' ending on a day off rolls forward like any period (Đ.148.5): Thursday 30/04/2026 and Friday 01/05/2026 are holidays, so Monday 04/05/2026", () => {
      expect(computeDeadline(parseDeadline("đến hết tháng 4/2026")).lastDay).toBe("2026-05-04");
    });

    it("'Thời gian gia hạn mỗi lần là 12 tháng' is an extension limit of 12 months from the day the permit would lapse: 08/10/2025 → Thursday 08/10/2026", () => {
      const text = "Thời gian gia hạn mỗi lần là 12 tháng";
      const rule = parseDeadline(text);
      expect(rule).toMatchObject({ kind: "relative", amount: 12, unit: "month", role: "extension_limit", wording: { role: "gia hạn mỗi lần", lead: "là" } });
      const d = computeDeadline(rule, { anchor: "2025-10-08" });
      expect(d.lastDay).toBe("2026-10-08");
      expect(d.trace.find((s) => s.code === "role")?.params).toEqual({ role: "extension_limit" });
      expect(codes(d.trace)).toContain("calendar_added");
      expect(formatDeadline(rule)).toBe("gia hạn mỗi lần là 12 tháng");
      expect(formatDeadline(rule, { locale: "en" })).toBe("may be extended (extension limit): no more than 12 months");
      roundTrips(text);
      const [match] = findDeadlines(`${text}.`);
      expect(match).toMatchObject({ text: "gia hạn mỗi lần là 12 tháng", role: "extension_limit" });
      expect(match?.rule).toEqual(parseDeadline("gia hạn mỗi lần là 12 tháng"));
    });

    it("alternatives led by 'trong phạm vi': the general case 5 working days from receipt (08/10/2025 → 15/10/2025), the case with consultation kept with its condition and the shared anchor", () => {
      const text = "trong phạm vi không quá 05 ngày làm việc, trường hợp có lấy ý kiến hiệp y của các cơ quan liên quan không quá 10 ngày kể từ ngày nhận được hồ sơ hợp lệ";
      const rule = parseDeadline(text);
      expect(rule).toMatchObject({
        kind: "relative",
        amount: 5,
        unit: "working_day",
        anchor: { text: "ngày nhận được hồ sơ hợp lệ" },
        wording: { lead: "trong phạm vi không quá" },
        alternatives: [{ condition: "có lấy ý kiến hiệp y của các cơ quan liên quan", rule: { kind: "relative", amount: 10, unit: "day", anchor: { text: "ngày nhận được hồ sơ hợp lệ" } } }],
      });
      const d = computeDeadline(rule, { anchor: "2025-10-08" });
      expect(d.lastDay).toBe("2025-10-15");
      expect(codes(d.trace)).toContain("alternatives");
      expect(formatDeadline(rule, { locale: "en" })).toBe(
        'within 5 working days after "ngày nhận được hồ sơ hợp lệ"; in the case "có lấy ý kiến hiệp y của các cơ quan liên quan": no more than 10 calendar days after "ngày nhận được hồ sơ hợp lệ"',
      );
      roundTrips(text);
      const sentence = `3. Ban Thi đua - Khen thưởng có trách nhiệm xử lý hồ sơ đề nghị khen thưởng trong phạm vi không quá 05 ngày làm việc, trường hợp có lấy ý kiến hiệp y của các cơ quan liên quan không quá 10 ngày kể từ ngày nhận được hồ sơ hợp lệ.`;
      const match = findDeadlines(sentence).find((m) => text.endsWith(m.text));
      expect(match?.rule).toEqual(parseDeadline(match?.text ?? ""));
      expect(computeDeadline(match?.rule ?? rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-15");
    });
  });
});

/** Words that start no time expression, around an embedded phrase. */
const FILLER = ["đề", "nghị", "các", "đơn", "vị", "gửi", "báo", "cáo", "về", "Văn", "phòng", "để", "tổng", "hợp", "hồ", "sơ", "Sở", "Nội", "vụ", "UBND", "thành", "phố"];
const fillerArb = fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 10 }).map((w) => w.join(" "));
const amountArb = fc.integer({ min: 1, max: 99 });
const pad = (n: number, zero: boolean): string => (zero && n < 10 ? `0${n}` : String(n));

/** Phrases of the forms above, built from their parts (qualifier, anchor first, count back in any unit, implicit event, end of a month, extension). */
const newFormArb: fc.Arbitrary<string> = fc.oneof(
  fc
    .record({
      n: amountArb,
      zero: fc.boolean(),
      unit: fc.constantFrom("ngày làm việc", "ngày"),
      q: fc.constantFrom("không kể ngày nghỉ", "không tính ngày nghỉ lễ, tết", "không tính thời gian bổ sung hồ sơ", "không kể thời gian thẩm định"),
      lead: fc.constantFrom("trong thời hạn", "không quá", "trong thời gian không quá"),
      anchor: fc.constantFrom("ngày nhận đủ hồ sơ hợp lệ", "ngày ký"),
    })
    .map(({ n, zero, unit, q, lead, anchor }) => `${lead} ${pad(n, zero)} ${unit} (${q}) kể từ ${anchor}`),
  fc
    .record({
      connector: fc.constantFrom("Sau", "Kể từ", "Tính từ"),
      event: fc.constantFrom("khi có kết quả thẩm định", "khi nhận được quyết định khen thưởng", "ngày nhận hồ sơ"),
      lead: fc.constantFrom("trong thời hạn", "chậm nhất", "trong vòng"),
      n: amountArb,
      unit: fc.constantFrom("ngày", "ngày làm việc", "tháng"),
    })
    .map(({ connector, event, lead, n, unit }) => `${connector} ${event}, ${lead} ${n} ${unit}`),
  fc
    .record({ lead: fc.constantFrom("chậm nhất", "Chậm nhất"), n: amountArb, unit: fc.constantFrom("giờ", "tháng", "năm", "tuần", "ngày"), comma: fc.boolean(), event: fc.constantFrom("khi tàu rời cảng", "khi giấy phép hết hạn") })
    .map(({ lead, n, unit, comma, event }) => `${lead} ${n} ${unit}${comma ? "," : ""} trước ${event}`),
  fc
    .record({ n: amountArb, unit: fc.constantFrom("ngày", "tháng", "ngày làm việc"), lead: fc.constantFrom("", "ít nhất ") })
    .map(({ n, unit, lead }) => `trước ${lead}${n} ${unit}`),
  fc
    .record({ n: amountArb, unit: fc.constantFrom("ngày", "tháng", "ngày làm việc"), lead: fc.constantFrom("", "ít nhất "), event: fc.constantFrom("ngày họp", "ngày khai mạc kỳ họp", "thời điểm tổ chức hội nghị") })
    .map(({ n, unit, lead, event }) => `trước ${lead}${n} ${unit} so với ${event}`),
  fc.record({ m: fc.integer({ min: 1, max: 12 }), y: fc.integer({ min: 2000, max: 2100 }) }).map(({ m, y }) => `đến hết tháng ${m}/${y}`),
  fc.record({ n: amountArb, unit: fc.constantFrom("tháng", "ngày", "năm") }).map(({ n, unit }) => `gia hạn mỗi lần là ${n} ${unit}`),
);

describe("forms of the fourth unseen batch (properties)", () => {
  it("every phrase of these forms is read, and its canonical form reads back to the same rule (vi round trip); English renders", () => {
    fc.assert(
      fc.property(newFormArb, (text) => {
        const rule = parseDeadline(text);
        expect(parseDeadline(formatDeadline(rule))).toEqual(rule);
        expect(formatDeadline(rule, { locale: "en" }).length).toBeGreaterThan(0);
      }),
    );
  });

  it("findDeadlines finds a phrase of these forms embedded in filler, with the rule parseDeadline gives", () => {
    fc.assert(
      fc.property(newFormArb, fillerArb, fillerArb, (phrase, before, after) => {
        const text = `${before}. ${phrase}. ${after}`;
        const matches = findDeadlines(text);
        expect(matches.map((m) => m.text)).toEqual([phrase]);
        expect(matches[0]?.rule).toEqual(parseDeadline(phrase));
      }),
    );
  });
});
