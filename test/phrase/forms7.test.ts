/**
 * Forms of the sixth unseen batch that are starts, roles, counts back and wrong acceptances. Each
 * form: read by parseDeadline, written back by formatDeadline (vi round trip, en), computed by
 * computeDeadline under the BLDS defaults with its trace, and found inside a sentence by
 * findDeadlines with the same rule.
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline, scanDeadlines } from "../../src/phrase/index.js";
import { roundTrips } from "./_forms.js";

const codes = (trace: readonly { code: string }[]): string[] => trace.map((s) => s.code);

/** findDeadlines finds `phrase` inside `sentence` with `role`, with the rule parseDeadline gives for it. */
function foundIn(sentence: string, phrase: string, role: string): void {
  const match = findDeadlines(sentence).find((m) => m.text === phrase);
  expect(match?.role).toBe(role);
  expect(match?.rule).toEqual(parseDeadline(phrase));
}

describe("a start with no end: the day something applies from, an entry into force", () => {
  it("'Từ ngày 15/3' takes effect on 15/03 of the context's year, inclusive and not rolled (15/03/2026 is a Sunday)", () => {
    const rule = parseDeadline("Từ ngày 15/3");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ month: 3, day: 15 }], bound: "by", role: "entry_into_force", wording: { lead: "từ", role: "" } });
    const d = computeDeadline(rule, { year: 2026 });
    expect(d.lastDay).toBe("2026-03-15");
    expect(codes(d.trace)).toEqual(["role", "named_date", "not_rolled", "end_of_day"]);
    expect(formatDeadline(rule)).toBe("từ ngày 15/03");
    expect(formatDeadline(rule, { locale: "en" })).toBe("takes effect (entry into force): from 15/03");
    roundTrips(rule);
    // a year-less start needs the year of its context, as every year-less date
    expect(() => computeDeadline(rule, {})).toThrow(/year/);
    foundIn("HHTO - Từ ngày 15/3, các quy định mới về đăng ký cư trú chính thức có hiệu lực.", "Từ ngày 15/3", "entry_into_force");
  });

  it("'kể từ ngày 01/7/2025', 'bắt đầu từ 15/10/2025' and 'từ ngày 15-3-2026' read the same way, each connector kept", () => {
    for (const [phrase, lead, day] of [
      ["kể từ ngày 01/7/2025", "kể từ", "2025-07-01"],
      ["bắt đầu từ 15/10/2025", "bắt đầu từ", "2025-10-15"],
      ["từ ngày 15-3-2026", "từ", "2026-03-15"],
    ] as const) {
      const rule = parseDeadline(phrase);
      expect(rule).toMatchObject({ kind: "fixed_date", bound: "by", role: "entry_into_force", wording: { lead, role: "" } });
      expect(computeDeadline(rule).lastDay).toBe(day);
      roundTrips(rule);
    }
    foundIn("Quy định này áp dụng kể từ ngày 01/7/2025 đối với các hồ sơ nộp trực tuyến.", "kể từ ngày 01/7/2025 đối với các hồ sơ nộp trực tuyến", "entry_into_force");
  });

  it("'từ 0h ngày 13-7' is in force from midnight: its day is 13/07 itself (a deadline 'trước 0 giờ ngày 13/7' ends on 12/07)", () => {
    const rule = parseDeadline("từ 0h ngày 13-7");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ month: 7, day: 13 }], bound: "by", time: "00:00", role: "entry_into_force", wording: { lead: "từ", role: "" } });
    const d = computeDeadline(rule, { year: 2021 });
    expect(d.lastDay).toBe("2021-07-13");
    expect(d.endsAt).toBe("2021-07-13T00:00:00+07:00");
    expect(codes(d.trace)).toEqual(["role", "named_date", "time_of_day"]);
    expect(computeDeadline(parseDeadline("trước 0 giờ ngày 13/7"), { year: 2021 }).lastDay).toBe("2021-07-12");
    expect(formatDeadline(rule)).toBe("từ 0 giờ ngày 13/07");
    expect(formatDeadline(rule, { locale: "en" })).toBe("takes effect (entry into force): from 00:00 on 13/07");
    roundTrips(rule);
    foundIn("Long An đề nghị thông báo cho các doanh nghiệp bởi từ 0h ngày 13-7, Long An sẽ siết chặt việc ra vào tỉnh.", "từ 0h ngày 13-7", "entry_into_force");
    const start = parseDeadline("bắt đầu từ 08h00 ngày 06 tháng 12 năm 2023");
    expect(computeDeadline(start).lastDay).toBe("2023-12-06");
  });

  it("'từ ngày mai (ngày 23-7)': the bracket gives the day, 'ngày mai' is kept and written back", () => {
    const rule = parseDeadline("từ ngày mai (ngày 23-7)");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ month: 7, day: 23 }], bound: "by", role: "entry_into_force", wording: { lead: "từ", named: "ngày mai", role: "" } });
    expect(computeDeadline(rule, { year: 2021 }).lastDay).toBe("2021-07-23");
    expect(formatDeadline(rule)).toBe("từ ngày mai (ngày 23/07)");
    roundTrips(rule);
    expect(parseDeadline("kể từ hôm nay (23/7/2021)")).toMatchObject({ dates: [{ year: 2021, month: 7, day: 23 }], wording: { lead: "kể từ", named: "hôm nay" } });
    foundIn("Sở GTVT tỉnh Long An cho biết từ ngày mai (ngày 23-7), người điều khiển phương tiện sẽ không bị kiểm tra giấy xét nghiệm.", "từ ngày mai (ngày 23-7)", "entry_into_force");
    // "ngày mai" with no date names no day
    expect(safeParseDeadline("từ ngày mai").success).toBe(false);
  });

  it("a start followed by 'đến' is a window (its end counts), and 'tính từ ngày …' alone still names no day", () => {
    expect(parseDeadline("từ ngày 15/3/2026 đến ngày 20/3/2026")).toMatchObject({ kind: "fixed_date", dates: [{ year: 2026, month: 3, day: 20 }], wording: { from: "15/03/2026" } });
    expect(parseDeadline("từ ngày 15/3/2026 đến ngày 20/3/2026").role).toBeUndefined();
    expect(safeParseDeadline("tính từ ngày 01/01/2025").success).toBe(false);
    expect(safeParseDeadline("từ ngày 15").success).toBe(false);
  });
});

describe("a repeal or the end of force on a named day: the repeal takes effect, an entry into force", () => {
  it("'sẽ bị bãi bỏ kể từ ngày 04/5/2023' takes effect on 04/05/2023 (the first day the repealed texts are out of force), its words kept", () => {
    const rule = parseDeadline("sẽ bị bãi bỏ kể từ ngày 04/5/2023");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2023, month: 5, day: 4 }], bound: "by", role: "entry_into_force", wording: { lead: "kể từ", role: "sẽ bị bãi bỏ" } });
    const d = computeDeadline(rule);
    expect(d.lastDay).toBe("2023-05-04");
    expect(codes(d.trace)).toEqual(["role", "named_date", "end_of_day"]);
    expect(formatDeadline(rule)).toBe("sẽ bị bãi bỏ kể từ ngày 04/05/2023");
    expect(formatDeadline(rule, { locale: "en" })).toBe("ceases to have effect (the repeal takes effect): from 04/05/2023");
    roundTrips(rule);
    foundIn("Theo đó, 45 văn bản không còn phù hợp sẽ bị bãi bỏ kể từ ngày 04/5/2023.", "bị bãi bỏ kể từ ngày 04/5/2023", "entry_into_force");
  });

  it("'hết hiệu lực kể từ ngày 01/01/2026', 'chấm dứt hiệu lực từ ngày 15/3/2025' and 'hết hiệu lực kể từ ngày ký' read the same way", () => {
    const end = parseDeadline("hết hiệu lực kể từ ngày 01/01/2026");
    expect(end).toMatchObject({ kind: "fixed_date", role: "entry_into_force", wording: { role: "hết hiệu lực" } });
    expect(computeDeadline(end).lastDay).toBe("2026-01-01");
    roundTrips(end);
    roundTrips(parseDeadline("chấm dứt hiệu lực từ ngày 15/3/2025"));
    const signed = parseDeadline("hết hiệu lực kể từ ngày ký");
    expect(signed).toEqual({ kind: "same_day", nextWorkingDay: false, anchor: { text: "ngày ký" }, role: "entry_into_force", wording: { lead: "kể từ", role: "hết hiệu lực" } });
    expect(computeDeadline(signed, { anchor: "2025-03-15" }).lastDay).toBe("2025-03-15");
    foundIn("Thông tư số 12/2020/TT-BTC hết hiệu lực kể từ ngày 01/01/2026.", "hết hiệu lực kể từ ngày 01/01/2026", "entry_into_force");
  });
});

describe("what running text writes that is no time limit: findDeadlines reports it unread or leaves it", () => {
  it("'sớm nhất' (at the earliest) before a day is refused (phrase_not_deadline) and covers the day it names", () => {
    expect(safeParseDeadline("sớm nhất vào ngày 1-8 hàng năm")).toMatchObject({ success: false, error: { code: "phrase_not_deadline" } });
    const scan = scanDeadlines("Theo đó, ngày tựu trường sớm nhất vào ngày 1-8 hàng năm; tổ chức khai giảng vào ngày 5-9 hàng năm.");
    expect(scan.unread.map((u) => [u.text, u.reason])).toEqual([["sớm nhất vào ngày 1-8 hàng năm", "phrase_not_deadline"]]);
    expect(scan.matches.map((m) => m.text)).toEqual(["vào ngày 5-9 hàng năm"]);
    const alone = scanDeadlines("Học sinh tựu trường sớm nhất ngày 1/9, không sớm hơn ngày 25/8.");
    expect(alone.matches).toEqual([]);
    expect(alone.unread.map((u) => u.text)).toEqual(["sớm nhất ngày 1/9", "không sớm hơn ngày 25/8"]);
  });

  it("an hour with no lead and no anchor in running text is a time of day, not a duration; after a label it is one", () => {
    expect(findDeadlines("Cơ quan công an làm thủ tục từ 7 giờ đến 24 giờ, kể cả ngày nghỉ.")).toEqual([]);
    expect(findDeadlines("Kỳ họp khai mạc 8 giờ sáng.").map((m) => m.text)).toEqual([]);
    expect(findDeadlines("Thời hạn giải quyết: 24 giờ").map((m) => m.text)).toEqual(["24 giờ"]);
    expect(findDeadlines("Trả kết quả trong 8 giờ làm việc kể từ khi nhận hồ sơ.").map((m) => m.text)).toEqual(["trong 8 giờ làm việc kể từ khi nhận hồ sơ"]);
    // the grammar still reads the phrase when asked
    expect(parseDeadline("8 giờ")).toMatchObject({ kind: "relative", amount: 8, unit: "hour" });
  });

  it("a weekday with no week ('kể cả thứ 7 và chủ nhật', 'lần thứ hai') and a frequency ('mỗi tháng một lần') are not matched; a weekday of every week is", () => {
    expect(findDeadlines("Bộ phận một cửa làm việc cả thứ 7 và chủ nhật.")).toEqual([]);
    expect(findDeadlines("Công dân được gọi nhập ngũ lần thứ hai.")).toEqual([]);
    expect(findDeadlines("Uỷ ban nhân dân huyện họp thường kỳ mỗi tháng một lần.")).toEqual([]);
    expect(findDeadlines("Đơn vị họp 6 tháng một lần.")).toEqual([]);
    expect(findDeadlines("Nộp báo cáo trước 16 giờ thứ Sáu hằng tuần.").map((m) => m.text)).toEqual(["trước 16 giờ thứ Sáu hằng tuần"]);
    expect(findDeadlines("Tiếp công dân vào thứ Năm hằng tuần.").map((m) => m.text)).toEqual(["vào thứ Năm hằng tuần"]);
  });
});

describe("a count written before 'kể từ' after 'trước'", () => {
  it("'trước 210 ngày kể từ ngày tiến hành việc xử lý' is 210 days before the event (context.due): 03/11/2025 for 01/06/2026", () => {
    const rule = parseDeadline("trước 210 ngày kể từ ngày tiến hành việc xử lý");
    expect(rule).toEqual({ kind: "before_deadline", amount: 210, unit: "day", reference: "ngày tiến hành việc xử lý", notes: [{ code: "bare_day_unit" }], wording: { order: "counted_from" } });
    const d = computeDeadline(rule, { due: "2026-06-01" });
    expect(d.lastDay).toBe("2025-11-03");
    expect(codes(d.trace)).toEqual(["counted_back", "end_of_day"]);
    expect(formatDeadline(rule)).toBe("trước 210 ngày kể từ ngày tiến hành việc xử lý");
    expect(formatDeadline(rule, { locale: "en" })).toBe('at the latest 210 calendar days before "ngày tiến hành việc xử lý"');
    roundTrips(rule);
    const from = parseDeadline("trước ít nhất 30 ngày tính từ ngày dừng hệ thống để bảo trì");
    expect(from).toMatchObject({ kind: "before_deadline", amount: 30, reference: "ngày dừng hệ thống để bảo trì", wording: { lead: "ít nhất", connector: "tính từ", order: "counted_from" } });
    roundTrips(from);
    // "báo trước" before it: a notice that must be given that long before (the role the finder reads)
    foundIn("Cơ quan phải thông báo trước 30 ngày kể từ ngày dừng hệ thống để bảo trì.", "trước 30 ngày kể từ ngày dừng hệ thống để bảo trì", "minimum_notice");
    foundIn("Hồ sơ nộp trước 210 ngày kể từ ngày tiến hành việc xử lý.", "trước 210 ngày kể từ ngày tiến hành việc xử lý", "deadline");
  });

  it("after 'thời hạn' the words name the limit itself: 'thời hạn trước 90 ngày kể từ ngày có kết quả' is within 90 days of the results", () => {
    const rule = parseDeadline("thời hạn trước 90 ngày kể từ ngày có kết quả");
    expect(rule).toEqual({ kind: "relative", amount: 90, unit: "day", anchor: { text: "ngày có kết quả" }, notes: [{ code: "bare_day_unit" }], wording: { lead: "thời hạn trước" } });
    const d = computeDeadline(rule, { anchor: "2025-10-08" });
    expect(d.lastDay).toBe("2026-01-06");
    expect(codes(d.trace)).toEqual(["anchor", "start_excluded", "counted", "end_of_day"]);
    expect(formatDeadline(rule)).toBe("thời hạn trước 90 ngày kể từ ngày có kết quả");
    roundTrips(rule);
    expect(parseDeadline("Thời hạn: trước 90 ngày kể từ ngày có kết quả")).toEqual(rule);
    foundIn("Chỉ giải quyết trường hợp còn biên nhận và thời hạn trước 90 ngày kể từ ngày có kết quả.", "thời hạn trước 90 ngày kể từ ngày có kết quả", "deadline");
  });
});
