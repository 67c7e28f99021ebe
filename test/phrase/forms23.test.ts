/**
 * Forms of this round:
 * - "Trong hạn 15 ngày, kể từ ngày chết" (Luật Hộ tịch's wording of the period to register a death): "hạn" alone
 *   for "thời hạn" after "trong";
 * - "từ ngày 02/3/2020 cho đến hết ngày 15/3/2020": "cho" before the connector of a window;
 * - "vào buổi sáng ngày 01/11/2025": "buổi" before the part of the day;
 * - "thời gian kéo dài tối đa không quá 5 ngày": "kéo dài tối đa", the words of an extension;
 * - in running text, "phát sinh trước ngày 01/7/2007" (what arose before a day) is a mention, no limit to meet;
 * - a minimum for a case ("Ít nhất 45 ngày đối với HĐLĐ …", once refused as a quota) and days in a row ("15 ngày liên tục").
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { parseDeadline } from "../../src/phrase/index.js";
import { found, roundTrips } from "./_forms.js";

/** A rule without the words it was written with (`wording`, at any depth): what it means. */
const meaning = (rule: unknown): unknown => JSON.parse(JSON.stringify(rule, (key, value: unknown) => (key === "wording" ? undefined : value)));

describe("'trong hạn' for 'trong thời hạn'", () => {
  it("'Trong hạn 15 ngày, kể từ ngày chết' is 15 days from the death (BLDS Đ.147: counting starts the next day): from Wednesday 08/10/2025, Thursday 23/10/2025", () => {
    const rule = parseDeadline("Trong hạn 15 ngày, kể từ ngày chết");
    expect(rule).toMatchObject({ kind: "relative", amount: 15, unit: "day", anchor: { text: "ngày chết" } });
    expect(meaning(rule)).toEqual(meaning(parseDeadline("trong thời hạn 15 ngày kể từ ngày chết")));
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-23");
    roundTrips(rule);
  });

  it("'trong hạn mức …' (within a quota) is no lead of a time limit: refused, as before", () => {
    expect(() => parseDeadline("trong hạn mức 5 ngày")).toThrow();
  });

  it("in running text the match starts at 'Trong hạn'", () => {
    expect(found("Trong hạn 15 ngày, kể từ ngày chết; trường hợp vắng mặt thì thực hiện theo khoản 2.")[0]?.slice(1)).toEqual(["relative", "deadline"]);
    expect(found("Trong hạn 15 ngày, kể từ ngày chết; trường hợp vắng mặt thì thực hiện theo khoản 2.")[0]?.[0]).toMatch(/^Trong hạn 15 ngày, kể từ ngày chết/);
  });
});

describe("'cho đến' in a window", () => {
  it("'từ ngày 02/3/2020 cho đến hết ngày 15/3/2020' ends on its named last day, 15/03/2020 (a named day, not rolled), as 'từ ngày … đến hết ngày …'", () => {
    const rule = parseDeadline("từ ngày 02/3/2020 cho đến hết ngày 15/3/2020");
    expect(rule).toEqual(parseDeadline("từ ngày 02/3/2020 đến hết ngày 15/3/2020"));
    expect(computeDeadline(rule).lastDay).toBe("2020-03-15");
    expect(parseDeadline("kể từ ngày ký cho tới hết năm 2025")).toEqual(parseDeadline("kể từ ngày ký tới hết năm 2025"));
  });

  it("inside a free-text anchor 'cho đến' stays the anchor's words", () => {
    expect(parseDeadline("trong 10 ngày kể từ ngày giao cho đến khi hoàn thành")).toMatchObject({ kind: "relative", anchor: { text: "ngày giao cho đến khi hoàn thành" } });
  });

  it("in running text the whole window is found", () => {
    expect(found("Học sinh nghỉ học từ ngày 02/3/2020 cho đến hết ngày 15/3/2020 để phòng dịch.")).toEqual([["từ ngày 02/3/2020 cho đến hết ngày 15/3/2020", "fixed_date", "deadline"]]);
  });
});

describe("'buổi' before the part of the day", () => {
  it("'vào buổi sáng ngày 01/11/2025' is the day 01/11/2025, the part of the day kept and not moving the limit", () => {
    const rule = parseDeadline("vào buổi sáng ngày 01/11/2025");
    expect(rule).toEqual(parseDeadline("vào sáng ngày 01/11/2025"));
    expect(rule).toMatchObject({ kind: "fixed_date", wording: { daypart: "sáng" } });
    expect(computeDeadline(rule).lastDay).toBe("2025-11-01");
    expect(parseDeadline("trước 10 giờ buổi sáng ngày 01/11/2025")).toEqual(parseDeadline("trước 10 giờ sáng ngày 01/11/2025"));
    expect(parseDeadline("vào buổi chiều ngày 5/12/2025")).toEqual(parseDeadline("vào chiều ngày 5/12/2025"));
    roundTrips(rule);
  });
});

describe("'kéo dài tối đa': an extension's words", () => {
  it("'thời gian kéo dài tối đa không quá 5 ngày' is an extension limit of 5 days: from the end of the first limit, Wednesday 15/10/2025, Monday 20/10/2025", () => {
    const rule = parseDeadline("thời gian kéo dài tối đa không quá 5 ngày");
    expect(rule).toMatchObject({ kind: "relative", amount: 5, unit: "day", role: "extension_limit" });
    expect(computeDeadline(rule, { anchor: "2025-10-15" }).lastDay).toBe("2025-10-20");
    roundTrips(rule);
    roundTrips(parseDeadline("kéo dài tối đa 30 ngày"));
  });

  it("'kéo dài 3 ngày' (how long a thing lasts) is not read as an extension", () => {
    expect(() => parseDeadline("kéo dài 3 ngày")).toThrow();
  });
});

describe("what arose before a day is no limit", () => {
  it("'nợ thuế phát sinh trước ngày 01/7/2007' names the day that sorts the debts (a mention); 'phải nộp trước ngày …' stays a limit", () => {
    expect(found("Xóa nợ tiền thuế phát sinh trước ngày 01/7/2007 còn tồn đọng chưa thu được.")).toEqual([["trước ngày 01/7/2007", "fixed_date", "mention"]]);
    expect(found("Hồ sơ phải được nộp trước ngày 01/7/2007.")).toEqual([["trước ngày 01/7/2007", "fixed_date", "deadline"]]);
  });
});

describe("a minimum for a case, and days in a row", () => {
  it("'Ít nhất 45 ngày đối với HĐLĐ không xác định thời hạn' (BLLĐ 2019 Đ.36.2.a) is a minimum notice of 45 days for that case, kept in `wording.scope`; it was refused as a quota", () => {
    const rule = parseDeadline("Ít nhất 45 ngày đối với HĐLĐ không xác định thời hạn");
    expect(rule).toMatchObject({ kind: "relative", amount: 45, unit: "day", role: "minimum_notice", wording: { scope: "HĐLĐ không xác định thời hạn" } });
    roundTrips(rule);
    expect(parseDeadline("Ít nhất 03 ngày làm việc đối với hợp đồng lao động xác định thời hạn có thời hạn dưới 12 tháng")).toMatchObject({ amount: 3, unit: "working_day", role: "minimum_notice" });
    // a quota still goes on after its unit
    expect(() => parseDeadline("tối thiểu 1 ngày 1 văn bản đối với phòng")).toThrow(/định mức/);
  });

  it("'ít nhất là 15 ngày liên tục' (posting an inspection's conclusion, NĐ 43/2023) is a minimum of 15 days in a row, calendar days with no bare-day note: from Wednesday 08/10/2025, Thursday 23/10/2025", () => {
    const rule = parseDeadline("ít nhất là 15 ngày liên tục");
    expect(rule).toEqual({ kind: "relative", amount: 15, unit: "day", anchor: { text: "" }, role: "minimum_notice", wording: { lead: "ít nhất là", role: "", unit: "ngày liên tục" } });
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-23");
    roundTrips(rule);
    roundTrips(parseDeadline("trong 30 ngày liên tục kể từ ngày niêm yết"));
  });

  it("in running text the minimum for each case is found with its case", () => {
    expect(
      found("Khi đơn phương chấm dứt HĐLĐ, người sử dụng lao động phải báo cho người lao động biết trước: a) Ít nhất 45 ngày đối với HĐLĐ không xác định thời hạn; b) Ít nhất 30 ngày đối với HĐLĐ xác định thời hạn có thời hạn từ 12 tháng đến 36 tháng;"),
    ).toEqual([
      ["Ít nhất 45 ngày đối với HĐLĐ không xác định thời hạn", "relative", "minimum_notice"],
      ["Ít nhất 30 ngày đối với HĐLĐ xác định thời hạn có thời hạn từ 12 tháng đến 36 tháng", "relative", "minimum_notice"],
    ]);
    expect(found("Niêm yết kết luận thanh tra tại trụ sở làm việc của cơ quan, ít nhất là 15 ngày liên tục.")).toEqual([["ít nhất là 15 ngày liên tục", "relative", "minimum_notice"]]);
  });
});
