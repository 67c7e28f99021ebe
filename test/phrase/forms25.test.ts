/**
 * Forms of earlier batches read in this round:
 * - "tối thiểu trước 03 ngày làm việc trước khi thực hiện khuyến mại": a minimum and "trước" before a count back that
 *   has its own "trước" (it was refused as a quota);
 * - a count of years from an anchor that names a year ("Trong thời hạn 01 năm, kể từ năm công việc kết thúc", Luật
 *   Lưu trữ 2011 Đ.11): whole calendar years, to the end of the N-th year after.
 */
import { describe, expect, it } from "vitest";
import { computeDeadline, namesYear } from "../../src/deadline/computeDeadline.js";
import { explainDeadline } from "../../src/deadline/explain.js";
import { parseDeadline } from "../../src/phrase/index.js";
import { found, roundTrips } from "./_forms.js";

describe("a minimum and 'trước' before a count back with its own 'trước'", () => {
  it("'tối thiểu trước 03 ngày làm việc trước khi thực hiện khuyến mại' is 3 working days before the promotion starts: promotion on Wednesday 15/10/2025, Friday 10/10/2025", () => {
    const rule = parseDeadline("tối thiểu trước 03 ngày làm việc trước khi thực hiện khuyến mại");
    expect(rule).toEqual({ kind: "before_deadline", amount: 3, unit: "working_day", reference: "khi thực hiện khuyến mại", wording: { lead: "tối thiểu trước" } });
    expect(computeDeadline(rule, { due: "2025-10-15" }).lastDay).toBe("2025-10-10");
    roundTrips(rule);
    // the count before "tính đến" is read as before
    expect(parseDeadline("tối thiểu trước 30 ngày tính đến ngày hết hạn")).toMatchObject({ kind: "before_deadline", wording: { order: "counted_from", lead: "tối thiểu" } });
  });

  it("in running text the whole phrase is found", () => {
    expect(found("Thương nhân gửi hồ sơ thông báo hoạt động khuyến mại tối thiểu trước 03 ngày làm việc trước khi thực hiện khuyến mại.")).toEqual([
      ["tối thiểu trước 03 ngày làm việc trước khi thực hiện khuyến mại", "before_deadline", "deadline"],
    ]);
  });
});

describe("years counted from a year", () => {
  it("'Trong thời hạn 01 năm, kể từ năm công việc kết thúc' (Luật Lưu trữ 2011 Đ.11.1): work that ended on 08/10/2025 is filed by the end of 2026, 31/12/2026", () => {
    const d = computeDeadline(parseDeadline("Trong thời hạn 01 năm, kể từ năm công việc kết thúc"), { anchor: "2025-10-08" });
    expect(d.lastDay).toBe("2026-12-31");
    expect(d.trace.map((s) => s.code)).toEqual(["anchor", "years_from_year", "end_of_day"]);
    expect(explainDeadline(d, { locale: "en" }).join(" ")).toContain("whole years");
    expect(computeDeadline(parseDeadline("tối đa là 05 năm, tính từ năm nộp vào lưu trữ hiện hành"), { anchor: "2025-10-08" }).lastDay).toBe("2030-12-31");
  });

  it("the end of the year on a day off rolls forward (Đ.148.5): 10 years from 2024 end on Sunday 31/12/2034, so Tuesday 02/01/2035", () => {
    expect(computeDeadline(parseDeadline("Trong thời hạn 10 năm, kể từ năm công việc kết thúc"), { anchor: "2024-05-02" }).lastDay).toBe("2035-01-02");
  });

  it("an anchor that names a day, or a year written as a number, counts from the anchor's day as before", () => {
    expect(computeDeadline(parseDeadline("trong 5 năm kể từ ngày ký"), { anchor: "2025-10-08" }).lastDay).toBe("2030-10-08");
    expect(namesYear("năm công việc kết thúc")).toBe(true);
    expect(namesYear("Năm nộp lưu")).toBe(true);
    for (const text of ["năm 2020", "năm ngày sau khi ký", "ngày ký", "năm"]) expect(namesYear(text)).toBe(false);
  });
});
