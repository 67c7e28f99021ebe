/**
 * Forms of the sixth unseen batch that are starts, roles, counts back and wrong acceptances. Each
 * form: read by parseDeadline, written back by formatDeadline (vi round trip, en), computed by
 * computeDeadline under the BLDS defaults with its trace, and found inside a sentence by
 * findDeadlines with the same rule.
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
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
