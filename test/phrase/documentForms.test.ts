/**
 * Forms real documents still wrote that the grammar refused or misread (issue 9, third round):
 * each read by parseDeadline, written back by formatDeadline to the same rule (and in English),
 * computed by computeDeadline under the BLDS defaults with its trace, and found by findDeadlines
 * inside a sentence with the same rule.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { formatTraceStep } from "../../src/deadline/explain.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { reasonOf, roundTrips } from "./_forms.js";
import { scanDeadlines } from "../../src/phrase/index.js";
import { deadlineRuleArb } from "../../src/testing/index.js";


/** The only match of `sentence`: its text, and its rule is parseDeadline of that text. */
function onlyMatch(sentence: string): { text: string; rule: DeadlineRule; role: string } {
  const matches = findDeadlines(sentence);
  expect(matches.map((m) => m.text)).toHaveLength(1);
  const m = matches[0] as (typeof matches)[number];
  expect(m.rule).toEqual(parseDeadline(m.text));
  return m;
}

const codes = (rule: DeadlineRule, anchor: string): string[] => computeDeadline(rule, { anchor }).trace.map((s) => s.code);

describe("several days of every month", () => {
  it("'vào ngày 05 và 20 hàng tháng' is due on the next of the 5th and the 20th after the anchor", () => {
    const rule = parseDeadline("vào ngày 05 và 20 hàng tháng");
    expect(rule).toEqual({ kind: "rrule", rrule: "FREQ=MONTHLY;BYMONTHDAY=5,20", bound: "by", wording: { every: "hàng", lead: "vào", monthDays: "05 và 20" } });
    expect(formatDeadline(rule)).toBe("vào ngày 05 và 20 hàng tháng");
    expect(formatDeadline(rule, { locale: "en" })).toBe("by the 5th and 20th of every month, whichever comes next");
    expect(computeDeadline(rule, { anchor: "2026-02-10" }).lastDay).toBe("2026-02-20");
    expect(computeDeadline(rule, { anchor: "2026-02-21" }).lastDay).toBe("2026-03-05");
    const trace = computeDeadline(rule, { anchor: "2026-02-21" }).trace;
    expect(trace.find((s) => s.code === "occurrence")?.params).toMatchObject({ date: "2026-03-05", reason: "next_after_anchor" });
    roundTrips(rule);
  });

  it("a day of the list on a day off is a named day and does not roll (20/9/2026 is a Sunday)", () => {
    const rule = parseDeadline("ngày 5 và 20 hằng tháng");
    const d = computeDeadline(rule, { anchor: "2026-09-06" });
    expect(d.lastDay).toBe("2026-09-20");
    expect(d.trace.map((s) => s.code)).toContain("not_rolled");
  });

  it("'ngày 10, 20 và 30 hằng tháng': the 30th of February is its last day, as for a single day (BLDS Đ.148.3 reading)", () => {
    const rule = parseDeadline("ngày 10, 20 và 30 hằng tháng");
    expect(rule).toEqual({ kind: "rrule", rrule: "FREQ=MONTHLY;BYMONTHDAY=10,20,28,29,30;BYSETPOS=1,2,-1", bound: "by" });
    expect(formatDeadline(rule)).toBe("ngày 10, 20 và 30 hằng tháng");
    expect(computeDeadline(rule, { anchor: "2026-02-21" }).lastDay).toBe("2026-02-28");
    expect(computeDeadline(rule, { anchor: "2028-02-21" }).lastDay).toBe("2028-02-29");
    expect(computeDeadline(rule, { anchor: "2026-04-21" }).lastDay).toBe("2026-04-30");
    expect(computeDeadline(rule, { anchor: "2026-05-01" }).lastDay).toBe("2026-05-10");
    expect(codes(rule, "2026-02-21")).toContain("occurrence");
    roundTrips(rule);
  });

  it("'trước ngày 5 và 20 hằng tháng': strictly before each of the days", () => {
    const rule = parseDeadline("trước ngày 5 và 20 hằng tháng");
    expect(rule).toEqual({ kind: "rrule", rrule: "FREQ=MONTHLY;BYMONTHDAY=5,20", bound: "before", notes: [{ code: "before_date_reading" }] });
    expect(computeDeadline(rule, { anchor: "2026-02-21" }).lastDay).toBe("2026-03-04");
    roundTrips(rule);
  });

  it("a day written twice, two days after the 27th, or several days without an every-clause are refused with their reason", () => {
    expect(reasonOf("ngày 05 và 05 hằng tháng")).toBe("month_days_repeated");
    expect(reasonOf("ngày 28 và 30 hằng tháng")).toBe("month_days_near_month_end");
    expect(reasonOf("ngày 05 và 20")).toBe("list_date_without_month");
    expect(reasonOf("ngày 05 và 20 hằng năm")).toBe("frequency_mismatch");
  });

  it("inside a sentence, findDeadlines reads the whole list of days, not 'hàng tháng' alone", () => {
    const m = onlyMatch("Các đơn vị gửi báo cáo vào ngày 05 và 20 hàng tháng về Sở Tư pháp để tổng hợp.");
    expect(m.text).toBe("vào ngày 05 và 20 hàng tháng");
    expect(m.role).toBe("deadline");
  });
});

/** Continuations the grammar cannot read after a phrase: a date that does not exist, a day without a month, words it does not know. */
const CONTINUATIONS = [" và 31/02", " và ngày 32", ", 30/02 và 31/04", " và ngày 05 và 05 hằng tháng", " hoặc ngày 31/4/2025", " và 20 hằng năm", " xyz", " theo mẫu"];
const FILLER = ["đề nghị", "các đơn vị", "gửi", "Văn phòng", "để tổng hợp", "Sở Nội vụ"];

describe("findDeadlines never reads part of a phrase it cannot read", () => {
  it("a phrase of any rule kind followed by wording the grammar cannot read: no match covers only part of it", () => {
    fc.assert(
      fc.property(deadlineRuleArb(), fc.constantFrom(...CONTINUATIONS), fc.constantFrom(...FILLER), (rule, rest, filler) => {
        // Arrange
        // words before the lead ("hoàn thành … trước ngày …") are a phrase's own start: in text the match starts at the lead (forms6.test.ts)
        fc.pre(rule.wording?.predicate === undefined);
        const phrase = formatDeadline(rule).normalize("NFC");
        const before = `${filler} `;
        const text = `${before}${phrase}${rest}. ${filler}.`;
        const from = before.length;
        const to = from + phrase.length;
        // Act
        const scan = scanDeadlines(text);
        // Assert: a match that overlaps the phrase covers all of it
        for (const m of scan.matches) {
          if (m.end <= from || m.index >= to) continue;
          expect({ text, match: m.text, covers: m.index <= from && m.end >= to }).toEqual({ text, match: m.text, covers: true });
          expect(m.rule).toEqual(parseDeadline(m.text));
        }
      }),
    );
  });

  it("a list of days with an every-clause, read or refused: matched whole with parseDeadline's rule, or reported unread to its end — never 'hằng tháng' alone", () => {
    const listArb = fc.record({
      lead: fc.constantFrom("", "vào ", "chậm nhất ", "trước ", "chậm nhất là "),
      days: fc.array(fc.integer({ min: 1, max: 33 }), { minLength: 2, maxLength: 4 }),
      every: fc.constantFrom("hằng tháng", "hàng tháng", "hằng năm", "hằng quý", "hàng tuần"),
      filler: fc.constantFrom(...FILLER),
    });
    fc.assert(
      fc.property(listArb, ({ lead, days, every, filler }) => {
        // Arrange
        const phrase = `${lead}ngày ${days.slice(0, -1).map((d) => String(d).padStart(2, "0")).join(", ")} và ${String(days[days.length - 1])} ${every}`;
        const text = `${filler} ${phrase} về Sở Tư pháp.`;
        const from = filler.length + 1;
        const to = from + phrase.length;
        // Act
        const scan = scanDeadlines(text);
        // Assert
        const overlapping = scan.matches.filter((m) => m.end > from && m.index < to);
        if (safeParseDeadline(phrase).success) {
          expect(overlapping.map((m) => m.text)).toEqual([phrase]);
          expect(overlapping[0]?.rule).toEqual(parseDeadline(phrase));
        } else {
          expect(overlapping.map((m) => m.text)).toEqual([]);
          expect(scan.unread.some((u) => u.index <= from + (lead === "" ? 0 : lead.length) && u.end >= to)).toBe(true);
        }
      }),
    );
  });

  it("'chậm nhất ngày 28 và 30 hàng tháng' (refused: two days after the 27th) is reported whole as unread, and 'hàng tháng' is not a match", () => {
    const scan = scanDeadlines("Gửi báo cáo chậm nhất ngày 28 và 30 hàng tháng về Sở Tư pháp.");
    expect(scan.matches).toEqual([]);
    expect(scan.unread.map((u) => [u.text, u.reason])).toEqual([["chậm nhất ngày 28 và 30 hàng tháng", "phrase_contradiction"]]);
  });

  it("a time expression after an unread fragment and words the grammar does not know stands on its own", () => {
    const scan = scanDeadlines("Trước ngày khai trương cửa hàng, chậm nhất ngày 05/3/2026 gửi hồ sơ.");
    expect(scan.unread.map((u) => u.lead)).toEqual(["Trước ngày"]);
    expect(scan.matches.map((m) => m.text)).toEqual(["chậm nhất ngày 05/3/2026"]);
  });
});

describe("a roll clause written in the text", () => {
  const monthly = "Định kỳ vào ngày 15 hàng tháng (nếu ngày này trùng vào ngày nghỉ (lễ, Tết, thứ Bảy, Chủ nhật) thì thực hiện vào ngày làm việc tiếp theo)";

  it("'… (nếu ngày này trùng vào ngày nghỉ (lễ, Tết, thứ Bảy, Chủ nhật) thì thực hiện vào ngày làm việc tiếp theo)': Saturday 15/11/2025 moves to Monday 17/11, and the trace cites the clause", () => {
    const rule = parseDeadline(monthly);
    expect(rule).toMatchObject({ kind: "recurring", frequency: "monthly", day: 15, bound: "by", roll: "next_working_day" });
    expect(rule.wording?.roll).toBe("(nếu ngày này trùng vào ngày nghỉ (lễ, Tết, thứ Bảy, Chủ nhật) thì thực hiện vào ngày làm việc tiếp theo)");
    const d = computeDeadline(rule, { anchor: "2025-11-10" });
    expect(d.lastDay).toBe("2025-11-17");
    const step = d.trace.find((s) => s.code === "rolled_by_text");
    expect(step?.params).toMatchObject({ from: "2025-11-15", to: "2025-11-17", roll: "next_working_day" });
    expect(formatTraceStep(step as NonNullable<typeof step>, "vi")).toContain("thực hiện vào ngày làm việc tiếp theo");
    expect(formatTraceStep(step as NonNullable<typeof step>, "en")).toContain("moved to the next working day");
    expect(formatDeadline(rule)).toBe(monthly.replace("Định kỳ", "định kỳ"));
    roundTrips(rule);
  });

  it("without the clause the same named day does not roll (BLDS defaults: a named date is not moved)", () => {
    const d = computeDeadline(parseDeadline("Định kỳ vào ngày 15 hàng tháng"), { anchor: "2025-11-10" });
    expect(d.lastDay).toBe("2025-11-15");
    expect(d.trace.map((s) => s.code)).toContain("not_rolled");
  });

  it("'…; nếu trùng ngày nghỉ thì thực hiện vào ngày làm việc liền trước' moves back to Friday 14/11/2025", () => {
    const rule = parseDeadline("chậm nhất ngày 15 hằng tháng; nếu trùng ngày nghỉ thì thực hiện vào ngày làm việc liền trước");
    expect(rule).toMatchObject({ kind: "recurring", roll: "previous_working_day" });
    expect(rule.wording?.roll).toBeUndefined();
    const d = computeDeadline(rule, { anchor: "2025-11-10" });
    expect(d.lastDay).toBe("2025-11-14");
    expect(d.trace.find((s) => s.code === "rolled_by_text")?.params).toMatchObject({ from: "2025-11-15", to: "2025-11-14", roll: "previous_working_day" });
    expect(formatDeadline(rule, { locale: "en" })).toContain("on the previous working day");
    roundTrips(rule);
  });

  it("'… được lùi sang ngày làm việc tiếp theo' after a named date: the text's clause wins over the policy rollFixedDates: false", () => {
    const rule = parseDeadline("trước ngày 01/3/2026, nếu trùng ngày nghỉ thì được lùi sang ngày làm việc tiếp theo");
    expect(rule).toMatchObject({ kind: "fixed_date", bound: "before", roll: "next_working_day" });
    // the last day 28/02/2026 is a Saturday
    expect(computeDeadline(rule).lastDay).toBe("2026-03-02");
    expect(computeDeadline(rule, { policy: { rollFixedDates: false } }).lastDay).toBe("2026-03-02");
    roundTrips(rule);
  });

  it("a relative limit with a backward roll clause: 10 days from Wednesday 05/11/2025 end on Saturday 15/11, moved back to Friday 14/11", () => {
    const rule = parseDeadline("trong 10 ngày kể từ ngày nhận hồ sơ, nếu ngày cuối cùng trùng vào ngày nghỉ thì thực hiện vào ngày làm việc liền trước");
    expect(rule).toMatchObject({ kind: "relative", amount: 10, anchor: { text: "ngày nhận hồ sơ" }, roll: "previous_working_day" });
    expect(computeDeadline(rule, { anchor: "2025-11-05" }).lastDay).toBe("2025-11-14");
    roundTrips(rule);
  });

  it("a condition that names no day off is not a roll clause", () => {
    expect(safeParseDeadline("ngày 15 hằng tháng; nếu có thay đổi thì thực hiện vào ngày làm việc tiếp theo").success).toBe(false);
  });

  it("inside a sentence, findDeadlines keeps the clause in the match and the rule", () => {
    const m = onlyMatch(`Chủ tịch UBND tiếp công dân ${monthly}.`);
    expect(m.text).toBe(monthly);
    expect(m.rule).toMatchObject({ roll: "next_working_day" });
  });
});

describe("a weekday of a given week of every month", () => {
  it("'thứ Sáu tuần thứ 2 hằng tháng' is the second Friday of the month: 14/11/2025 after Monday 10/11", () => {
    const rule = parseDeadline("thứ Sáu tuần thứ 2 hằng tháng");
    expect(rule).toEqual({ kind: "rrule", rrule: "FREQ=MONTHLY;BYDAY=2FR", bound: "by" });
    expect(formatDeadline(rule, { locale: "en" })).toBe("by the second Friday of every month, whichever comes next");
    const d = computeDeadline(rule, { anchor: "2025-11-10" });
    expect(d.lastDay).toBe("2025-11-14");
    expect(d.trace.find((s) => s.code === "occurrence")?.params).toMatchObject({ date: "2025-11-14", rrule: "FREQ=MONTHLY;BYDAY=2FR" });
    // after the second Friday of November, the second Friday of December
    expect(computeDeadline(rule, { anchor: "2025-11-15" }).lastDay).toBe("2025-12-12");
    roundTrips(rule);
  });

  it("'thứ Hai tuần đầu tiên của tháng' is the first Monday (01/12/2025), 'thứ Sáu tuần cuối cùng của tháng' the last Friday (28/11/2025)", () => {
    const first = parseDeadline("thứ Hai tuần đầu tiên của tháng");
    expect(first).toEqual({ kind: "rrule", rrule: "FREQ=MONTHLY;BYDAY=1MO", bound: "by", wording: { every: "của" } });
    expect(computeDeadline(first, { anchor: "2025-11-10" }).lastDay).toBe("2025-12-01");
    const last = parseDeadline("thứ Sáu tuần cuối cùng của tháng");
    expect(last).toEqual({ kind: "rrule", rrule: "FREQ=MONTHLY;BYDAY=-1FR", bound: "by", wording: { every: "của" } });
    expect(computeDeadline(last, { anchor: "2025-11-10" }).lastDay).toBe("2025-11-28");
    expect(formatDeadline(last)).toBe("thứ Sáu tuần cuối cùng của tháng");
    roundTrips(first);
    roundTrips(last);
  });

  it("'định kỳ vào ngày thứ Sáu tuần thứ 2 và ngày thứ Sáu tuần thứ 4 hàng tháng' (Đà Nẵng, citizen reception): the next of the two Fridays, 10/10/2025 after 08/10", () => {
    const rule = parseDeadline("định kỳ vào ngày thứ Sáu tuần thứ 2 và ngày thứ Sáu tuần thứ 4 hàng tháng");
    expect(rule).toEqual({
      kind: "rrule",
      rrule: "FREQ=MONTHLY;BYDAY=2FR,4FR",
      bound: "by",
      wording: { every: "hàng", lead: "vào", periodic: "định kỳ", weekdays: "ngày thứ Sáu tuần thứ 2 và ngày thứ Sáu tuần thứ 4" },
    });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-10");
    expect(computeDeadline(rule, { anchor: "2025-10-11" }).lastDay).toBe("2025-10-24");
    roundTrips(rule);
  });

  it("a fifth week (not in every month) and a weekday written twice are refused with their reasons", () => {
    expect(reasonOf("thứ Sáu tuần thứ 5 hằng tháng")).toBe("week_not_in_every_month");
    expect(reasonOf("thứ Sáu tuần thứ 2 và thứ Sáu tuần thứ 2 hằng tháng")).toBe("weekday_of_week_repeated");
    expect(reasonOf("thứ Sáu tuần thứ 2 hằng năm")).toBe("frequency_mismatch");
  });

  it("inside a sentence, findDeadlines reads the weekday with its week, never 'thứ 2' as Monday", () => {
    // the start before the comma is a match of its own, an entry into force ("Từ 01/01/2017")
    const m = onlyMatch("Chủ tịch UBND thành phố tiếp công dân định kỳ vào ngày thứ Sáu tuần thứ 2 và ngày thứ Sáu tuần thứ 4 hàng tháng tại trụ sở.");
    expect(m.text).toBe("định kỳ vào ngày thứ Sáu tuần thứ 2 và ngày thứ Sáu tuần thứ 4 hàng tháng");
    const both = findDeadlines("Từ 01/01/2017, Chủ tịch UBND thành phố tiếp công dân định kỳ vào ngày thứ Sáu tuần thứ 2 và ngày thứ Sáu tuần thứ 4 hàng tháng tại trụ sở.");
    expect(both.map((x) => [x.text, x.role])).toEqual([
      ["Từ 01/01/2017", "entry_into_force"],
      ["định kỳ vào ngày thứ Sáu tuần thứ 2 và ngày thứ Sáu tuần thứ 4 hàng tháng", "deadline"],
    ]);
  });
});

describe("a window end with a weekday", () => {
  it("'từ thứ Năm ngày 23/1/2020 đến hết thứ Tư ngày 29/1/2020': the weekdays are glosses checked against the dates; the window ends on 29/01/2020", () => {
    const rule = parseDeadline("từ thứ Năm ngày 23/1/2020 đến hết thứ Tư ngày 29/1/2020");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2020, month: 1, day: 29 }], bound: "by", wording: { from: "23/01/2020" } });
    const d = computeDeadline(rule);
    expect(d.lastDay).toBe("2020-01-29");
    expect(d.trace.map((s) => s.code)).toContain("named_date");
    roundTrips(rule);
  });

  it("a weekday that is not the date's is an error with its reason code ('thứ Năm ngày 29/1/2020' is a Wednesday), and findDeadlines reports the whole window unread", () => {
    expect(reasonOf("từ ngày 23/1/2020 đến hết thứ Năm ngày 29/1/2020")).toBe("written_weekday_mismatch");
    expect(reasonOf("từ thứ Tư ngày 23/1/2020 đến hết ngày 29/1/2020")).toBe("written_weekday_mismatch");
    const scan = scanDeadlines("Nghỉ Tết từ ngày 23/1/2020 đến hết thứ Năm ngày 29/1/2020.");
    expect(scan.matches).toEqual([]);
    expect(scan.unread.map((u) => u.text)).toEqual(["từ ngày 23/1/2020 đến hết thứ Năm ngày 29/1/2020"]);
  });

  it("inside a sentence, findDeadlines reads the window whole", () => {
    const m = onlyMatch("Cán bộ, công chức nghỉ Tết Âm lịch năm 2020 từ thứ Năm ngày 23/1/2020 đến hết thứ Tư ngày 29/1/2020.");
    expect(m.text).toBe("từ thứ Năm ngày 23/1/2020 đến hết thứ Tư ngày 29/1/2020");
  });
});

describe("data windows that name their months (Công văn 343/SKHCN-VP style)", () => {
  const q1 = "Tính từ ngày 15 tháng 12 của năm trước kỳ báo cáo đến ngày 14 tháng 3 thuộc kỳ báo cáo";

  it("'từ ngày 15 tháng 12 của năm trước kỳ báo cáo đến ngày 14 tháng 3 thuộc kỳ báo cáo': a window of every reporting year ending on 14 March, a named day (14/03/2026 is a Saturday and does not roll)", () => {
    const rule = parseDeadline(q1);
    expect(rule).toEqual({
      kind: "recurring",
      frequency: "yearly",
      month: 3,
      day: 14,
      bound: "by",
      wording: { at: "ngày 14 tháng 3 thuộc kỳ báo cáo", from: "15 tháng 12 của năm trước kỳ báo cáo", lead: "tính từ" },
    });
    expect(computeDeadline(rule, { period: "2022-Q1" }).lastDay).toBe("2022-03-14");
    const d = computeDeadline(rule, { period: "2026" });
    expect(d.lastDay).toBe("2026-03-14");
    expect(d.trace.map((s) => s.code)).toContain("not_rolled");
    expect(formatDeadline(rule)).toBe(q1.replace("Tính", "tính"));
    roundTrips(rule);
  });

  it("'từ ngày 15 tháng 6 thuộc kỳ báo cáo đến ngày 14 tháng 9 thuộc kỳ báo cáo' (the Q3 window) ends on 14 September; a start after the end is refused", () => {
    const rule = parseDeadline("từ ngày 15 tháng 6 thuộc kỳ báo cáo đến ngày 14 tháng 9 thuộc kỳ báo cáo");
    expect(rule).toMatchObject({ kind: "recurring", frequency: "yearly", month: 9, day: 14 });
    expect(computeDeadline(rule, { period: "2022-Q3" }).lastDay).toBe("2022-09-14");
    roundTrips(rule);
    expect(reasonOf("từ ngày 15 tháng 9 thuộc kỳ báo cáo đến ngày 14 tháng 6 thuộc kỳ báo cáo")).toBe("window_ends_before_start");
  });

  it("the yearly window of NĐ 09/2019 ('… đến ngày 14 tháng 12 thuộc kỳ báo cáo') stays a reporting window", () => {
    const rule = parseDeadline("từ ngày 15 tháng 12 của năm trước kỳ báo cáo đến ngày 14 tháng 12 thuộc kỳ báo cáo");
    expect(rule).toEqual({ kind: "reporting_window", frequency: "yearly", fromDay: 15, toDay: 14 });
    expect(computeDeadline(rule, { period: "2022" }).window).toEqual({ from: "2021-12-15", to: "2022-12-14" });
  });

  it("inside a sentence, findDeadlines reads the whole window", () => {
    const m = onlyMatch(`- Báo cáo Quý I: ${q1}.`);
    expect(m.text).toBe(q1);
  });
});

describe("roles: 'niêm yết' before a deadline lead", () => {
  it("'niêm yết công khai … chậm nhất là 05 ngày làm việc kể từ ngày ban hành văn bản' is a deadline to post (Luật 17/2023 Đ.14), not a minimum notice", () => {
    const m = onlyMatch("Thông tin phải được niêm yết công khai tại trụ sở của hợp tác xã chậm nhất là 05 ngày làm việc kể từ ngày ban hành văn bản.");
    expect(m.role).toBe("deadline");
    expect(computeDeadline(m.rule, { anchor: "2025-04-24" }).lastDay).toBe("2025-05-05");
  });

  it("'niêm yết danh sách cử tri … chậm nhất ngày 13/4/2021' stays a deadline; 'niêm yết công khai ít nhất 15 ngày' stays a minimum notice", () => {
    expect(onlyMatch("Danh sách cử tri phải được niêm yết chậm nhất ngày 13/4/2021.").role).toBe("deadline");
    expect(onlyMatch("Danh sách phải được niêm yết công khai ít nhất 15 ngày.").role).toBe("minimum_notice");
    expect(onlyMatch("Dự thảo được niêm yết công khai trong thời hạn 30 ngày.").role).toBe("minimum_notice");
  });

  it("'có ít nhất 15 ngày để nộp học phí kể từ ngày hoàn tất Đăng ký môn học': a guaranteed minimum period (minimum notice), its purpose kept; 15 days from 08/10/2025 end on 23/10", () => {
    const rule = parseDeadline("có ít nhất 15 ngày để nộp học phí kể từ ngày hoàn tất Đăng ký môn học");
    expect(rule).toEqual({
      kind: "relative",
      amount: 15,
      unit: "day",
      anchor: { text: "ngày hoàn tất Đăng ký môn học" },
      role: "minimum_notice",
      notes: [{ code: "bare_day_unit" }],
      wording: { lead: "ít nhất", purpose: "nộp học phí", role: "" },
    });
    const d = computeDeadline(rule, { anchor: "2025-10-08" });
    expect(d.lastDay).toBe("2025-10-23");
    expect(d.trace.find((s) => s.code === "role")?.params).toEqual({ role: "minimum_notice" });
    roundTrips(rule);
    const m = onlyMatch("1. Sinh viên có ít nhất 15 ngày để nộp học phí kể từ ngày hoàn tất Đăng ký môn học.");
    expect(m.role).toBe("minimum_notice");
  });
});

describe("'định kỳ' before a window of every month", () => {
  it("'định kỳ từ ngày 25 đến ngày 30 hằng tháng' (NĐ 13/2016) is the monthly window ending on the 30th, read whole by findDeadlines", () => {
    const rule = parseDeadline("định kỳ từ ngày 25 đến ngày 30 hằng tháng");
    expect(rule).toEqual({ kind: "recurring", frequency: "monthly", day: 30, bound: "by", wording: { from: "25", periodic: "định kỳ" } });
    expect(computeDeadline(rule, { anchor: "2025-11-10" }).lastDay).toBe("2025-11-30");
    roundTrips(rule);
    expect(onlyMatch("Doanh nghiệp báo cáo định kỳ từ ngày 25 đến ngày 30 hằng tháng.").text).toBe("định kỳ từ ngày 25 đến ngày 30 hằng tháng");
  });
});

describe("a time of day after 'lúc'", () => {
  it("'có mặt lúc 14 giờ ngày 20/12/2025' is read as 14:00 of that day; 'có mặt lúc 14 giờ' with no date is no match, never 14 hours", () => {
    const m = onlyMatch("Đề nghị các đơn vị có mặt lúc 14 giờ ngày 20/12/2025 tại hội trường.");
    expect(m.rule).toMatchObject({ kind: "fixed_date", dates: [{ year: 2025, month: 12, day: 20 }], time: "14:00" });
    expect(computeDeadline(m.rule).endsAt).toBe("2025-12-20T14:00:00+07:00");
    expect(findDeadlines("Đại biểu có mặt lúc 14 giờ tại hội trường.")).toEqual([]);
    expect(onlyMatch("Trả lời trong 24 giờ kể từ lúc nhận được yêu cầu.").rule).toMatchObject({ kind: "relative", amount: 24, unit: "hour" });
  });
});
