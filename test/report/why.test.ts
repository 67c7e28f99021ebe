import { describe, expect, it } from "vitest";
import { whyFinding } from "../../src/report/index.js";
import { heza, tet } from "./_evaluations.js";

const find = (key: string) => {
  const f = tet.findings.find((x) => x.key === key);
  if (f === undefined) throw new Error(key);
  return f;
};

describe("whyFinding", () => {
  it("a publication on 20/02/2024 of a document issued 07/02 is late by 3 working days: the last day rolled past Tết to Thu 15/02 (BLDS Đ.148.5)", () => {
    // Arrange
    const f = find("I.1:56/TB-BQL");
    // Act
    const vi = whyFinding(f, "vi", tet.asOf);
    const en = whyFinding(f, "en", tet.asOf);
    // Assert
    expect(f.status).toBe("late");
    expect(vi).toBe("Trễ 3 ngày làm việc (5 ngày): hạn cuối thứ Năm 15/02/2024 (lùi qua Tết (mùng 1)), hoàn thành 20/02/2024 10:00");
    expect(en).toBe("Late by 3 working days (5 days): last day Thu 2024-02-15 (moved past Tết (mùng 1)), done 2024-02-20 10:00");
  });

  it("published the day after issue, before the last day Thu 29/02: early (sớm hạn), with no roll", () => {
    const f = find("I.1:70/TB-BQL");
    expect(whyFinding(f, "vi", tet.asOf)).toBe("Sớm hạn: hạn cuối thứ Năm 29/02/2024, hoàn thành 27/02/2024 09:00");
  });

  it("not yet published on 06/03 with the last day Thu 07/03: open, not done as of the evaluation's day", () => {
    const f = find("I.1:80/QĐ-BQL");
    expect(whyFinding(f, "vi", tet.asOf)).toBe("Trong hạn: hạn cuối thứ Năm 07/03/2024, chưa hoàn thành tính đến 06/03/2024");
    expect(whyFinding(f, "en", tet.asOf)).toBe("Open: last day Thu 2024-03-07, not done as of 2024-03-06");
  });

  it("an overdue one-stop finding of the seed names its working days late and the day it is judged at", () => {
    const f = heza.findings.find((x) => x.status === "overdue" && x.obligation === "mot-cua");
    expect(f).toBeDefined();
    const line = whyFinding(f!, "vi", heza.asOf);
    expect(line.startsWith(`Quá hạn ${f!.workingDaysLate} ngày làm việc (${f!.daysLate} ngày): hạn cuối `)).toBe(true);
    expect(line.endsWith("chưa hoàn thành tính đến 31/12/2024")).toBe(true);
  });

  it("gives one line for every finding of the seed, in both languages, never mentioning the internal status codes", () => {
    for (const f of heza.findings) {
      for (const locale of ["vi", "en"] as const) {
        const line = whyFinding(f, locale, heza.asOf);
        expect(line).not.toContain("\n");
        expect(line).not.toMatch(/on_time|overdue|undated/);
        expect(line.length).toBeGreaterThan(10);
      }
    }
  });
});
