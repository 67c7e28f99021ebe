/**
 * Forms of agency notices, news reports and statutes: a window between two numeric dates written
 * without "từ" or "ngày" ("24/9/2018 đến ngày 27/10/2018", "23.06 - 28.06.2025"); entry into force
 * "vào ngày …" and "chính thức có hiệu lực …"; a count back from an event after "ít nhất là" /
 * "tối thiểu là". Each form: read by parseDeadline, written back by formatDeadline (vi round trip,
 * en), computed by computeDeadline with its trace.
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { findDeadlines, formatDeadline, parseDeadline, safeParseDeadline } from "../../src/phrase/index.js";
import { roundTrips } from "./_forms.js";

const codes = (trace: readonly { code: string }[]): string[] => trace.map((s) => s.code);

describe("a window between two numeric dates, with no 'từ' and no 'ngày' before the start", () => {
  it("'24/9/2018 đến ngày 27/10/2018' is due by Saturday 27/10/2018: the named end of a window is a point and does not roll", () => {
    const rule = parseDeadline("24/9/2018 đến ngày 27/10/2018");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2018, month: 10, day: 27 }], bound: "by", wording: { from: "24/09/2018", lead: "" } });
    const d = computeDeadline(rule, {});
    expect(d.lastDay).toBe("2018-10-27");
    expect(codes(d.trace)).toContain("not_rolled");
    expect(formatDeadline(rule, { locale: "en" })).toBe("from 24/09/2018 to 27/10/2018 inclusive");
    roundTrips(rule);
  });

  it("'12.05 - 16.05.2025' with dots and a dash: the start takes the end's year, the window's last day is 16/05/2025", () => {
    const rule = parseDeadline("12.05 - 16.05.2025");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2025, month: 5, day: 16 }], bound: "by", wording: { from: "12/05", lead: "" } });
    expect(computeDeadline(rule, {}).lastDay).toBe("2025-05-16");
    roundTrips(rule);
  });

  it("'3/3/2025 – 14/3/2025' with an en dash reads as '… đến …'; '25/12 đến 05/01/2026' crosses the year and ends on 05/01/2026", () => {
    expect(parseDeadline("3/3/2025 – 14/3/2025")).toEqual(parseDeadline("3/3/2025 đến 14/3/2025"));
    expect(computeDeadline(parseDeadline("25/12 đến 05/01/2026"), {}).lastDay).toBe("2026-01-05");
  });

  it("counts and bare numbers are no window: '10 - 15 ngày' and '5 đến 7 ngày' are not read as dates", () => {
    for (const text of ["10 - 15 ngày", "5 đến 7 ngày"]) {
      const result = safeParseDeadline(text);
      expect(result.success ? result.data.kind : "refused").not.toBe("fixed_date");
    }
  });
});

describe("'trong thời gian' before a dated window", () => {
  it("'trong thời gian từ ngày 1 - 31/10/2025' is the window itself: due by its last day, 31/10/2025, as 'thời gian từ ngày …'", () => {
    const rule = parseDeadline("trong thời gian từ ngày 1 - 31/10/2025");
    expect(rule).toEqual(parseDeadline("từ ngày 1 - 31/10/2025"));
    expect(computeDeadline(rule, {}).lastDay).toBe("2025-10-31");
    roundTrips(rule);
    const match = findDeadlines("Đơn vị nộp báo cáo trong thời gian từ ngày 1 - 31/10/2025 qua hệ thống.").find((m) => m.text === "trong thời gian từ ngày 1 - 31/10/2025");
    expect(match?.rule).toEqual(rule);
  });

  it("'trong thời gian 10 ngày kể từ …' keeps its lead: a count, not a window", () => {
    expect(parseDeadline("trong thời gian 10 ngày kể từ ngày nhận hồ sơ")).toMatchObject({ kind: "relative", amount: 10, wording: { lead: "trong thời gian" } });
  });
});

describe("entry into force: 'vào ngày …' and 'chính thức có hiệu lực …'", () => {
  it("'có hiệu lực vào ngày 01/7/2026' is in force on that day (a point, it does not roll): as 'có hiệu lực từ ngày …'", () => {
    const rule = parseDeadline("có hiệu lực vào ngày 01/7/2026");
    expect(rule).toEqual({ kind: "fixed_date", dates: [{ year: 2026, month: 7, day: 1 }], bound: "by", role: "entry_into_force", wording: { lead: "vào" } });
    expect(computeDeadline(rule, {}).lastDay).toBe("2026-07-01");
    expect(formatDeadline(rule)).toBe("có hiệu lực vào ngày 01/07/2026");
    roundTrips(rule);
    const match = findDeadlines("Thông tư này có hiệu lực vào ngày 01/7/2026.").find((m) => m.text === "có hiệu lực vào ngày 01/7/2026");
    expect(match?.rule).toEqual(rule);
  });

  it("'Quyết định này có hiệu lực kể từ ngày ký' (the closing clause of a decision) is in force on the day of signature; the document named is kept with the role's words", () => {
    const rule = parseDeadline("Quyết định này có hiệu lực kể từ ngày ký");
    expect(rule).toEqual({ kind: "same_day", nextWorkingDay: false, anchor: { text: "ngày ký" }, role: "entry_into_force", wording: { lead: "kể từ", role: "Quyết định này có hiệu lực" } });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-08");
    roundTrips(rule);
    const later = parseDeadline("Thông tư này có hiệu lực thi hành sau 45 ngày kể từ ngày ký ban hành");
    expect(later).toMatchObject({ kind: "relative", amount: 45, role: "entry_into_force", wording: { role: "Thông tư này có hiệu lực thi hành" } });
    roundTrips(later);
    // a document named without "này", or a subject that is not a document, is not this form
    expect(safeParseDeadline("Ông A có hiệu lực kể từ ngày ký").success).toBe(false);
  });

  it("'chính thức có hiệu lực từ ngày 15/3/2025' keeps 'chính thức' in the role's words; the day is the same as without it", () => {
    const rule = parseDeadline("chính thức có hiệu lực từ ngày 15/3/2025");
    expect(rule).toMatchObject({ kind: "fixed_date", role: "entry_into_force", wording: { role: "chính thức có hiệu lực" } });
    expect(computeDeadline(rule, {}).lastDay).toBe(computeDeadline(parseDeadline("có hiệu lực từ ngày 15/3/2025"), {}).lastDay);
    expect(formatDeadline(rule)).toBe("chính thức có hiệu lực từ ngày 15/03/2025");
    roundTrips(rule);
  });
});

describe("counts back from an event after 'ít nhất là' / 'tối thiểu là'", () => {
  it("'ít nhất là 05 ngày làm việc trước ngày họp' is 5 working days before the meeting: 'là' changes nothing", () => {
    const rule = parseDeadline("ít nhất là 05 ngày làm việc trước ngày họp");
    expect(rule).toEqual({ kind: "before_deadline", amount: 5, unit: "working_day", reference: "ngày họp", wording: { lead: "ít nhất là" } });
    const without = parseDeadline("ít nhất 05 ngày làm việc trước ngày họp");
    // meeting on Friday 17/10/2025: five working days before is Friday 10/10/2025 under both wordings
    expect(computeDeadline(rule, { due: "2025-10-17" }).lastDay).toBe("2025-10-10");
    expect(computeDeadline(without, { due: "2025-10-17" }).lastDay).toBe("2025-10-10");
    expect(formatDeadline(rule)).toBe("ít nhất là 5 ngày làm việc trước ngày họp");
    roundTrips(rule);
  });

  it("'tối thiểu là 1 ngày 1 văn bản' is still a quota, not a count back", () => {
    const result = safeParseDeadline("tối thiểu là 1 ngày 1 văn bản");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe("phrase_quota");
  });
});
