/**
 * Forms tuned on heldout26.ts (each a general form with examples of its own):
 * - a bracket after "N ngày" that says the days are working days ("05 ngày (tính theo ngày làm việc)");
 * - the lead of a limit between "kết thúc" and "vào" at the end of a window ("và kết thúc chậm nhất vào 20-4-2009").
 */
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { parseDeadline } from "../../src/phrase/index.js";
import { found, roundTrips } from "./_forms.js";

describe("a bracket that says the days are working days", () => {
  it("'Trong thời hạn 05 ngày (tính theo ngày làm việc), kể từ ngày nhận đủ hồ sơ hợp lệ' is 5 working days: from Wednesday 08/10/2025, Wednesday 15/10/2025 (not the calendar days' 13/10)", () => {
    const rule = parseDeadline("Trong thời hạn 05 ngày (tính theo ngày làm việc), kể từ ngày nhận đủ hồ sơ hợp lệ");
    expect(rule).toMatchObject({ kind: "relative", amount: 5, unit: "working_day", wording: { unit: "ngày (tính theo ngày làm việc)" } });
    expect(rule.notes).toBeUndefined();
    expect(computeDeadline(rule, { anchor: "2025-10-08" }).lastDay).toBe("2025-10-15");
    roundTrips(rule);
    expect(parseDeadline("trong 05 ngày (ngày làm việc) kể từ ngày nhận hồ sơ")).toMatchObject({ unit: "working_day" });
  });

  it("another bracket stays a remark of calendar days", () => {
    expect(parseDeadline("trong 05 ngày (tính cả ngày nghỉ) kể từ ngày nhận hồ sơ")).toMatchObject({ unit: "day", wording: { remark: "tính cả ngày nghỉ" } });
  });

  it("in running text the whole phrase is found", () => {
    expect(found("Trong thời hạn 05 ngày (tính theo ngày làm việc), kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Tư pháp cấp giấy phép.")[0]?.slice(1)).toEqual(["relative", "deadline"]);
  });
});

describe("'kết thúc chậm nhất vào' at the end of a window", () => {
  it("'bắt đầu từ 7h sáng ngày 1-4-2009 và kết thúc chậm nhất vào 20-4-2009' ends on 20/04/2009, as 'từ … đến ngày 20-4-2009'", () => {
    const rule = parseDeadline("bắt đầu từ 7h sáng ngày 1-4-2009 và kết thúc chậm nhất vào 20-4-2009");
    expect(rule).toEqual(parseDeadline("bắt đầu từ 7h sáng ngày 1-4-2009 đến ngày 20-4-2009"));
    expect(computeDeadline(rule).lastDay).toBe("2009-04-20");
    roundTrips(rule);
  });
});
