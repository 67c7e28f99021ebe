import { describe, expect, it } from "vitest";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { explainDeadline, formatRuleNote, formatTraceStep } from "../../src/deadline/explain.js";
import type { RuleNote, TraceCode } from "../../src/deadline/types.js";
import { InvalidInputError } from "../../src/errors.js";
import { noteEn, noteVi, traceEn, traceVi } from "../../src/messages/trace.js";

const tet = computeDeadline({ kind: "relative", amount: 10, unit: "day", anchor: { text: "khi UBND TP ban hành" } }, { anchor: "2024-01-29" });

describe("explainDeadline", () => {
  it("explains the Tết roll in Vietnamese, naming the days skipped and the legal basis", () => {
    const lines = explainDeadline(tet);
    expect(lines).toHaveLength(tet.trace.length);
    expect(lines[0]).toBe('Mốc tính: "khi UBND TP ban hành", ngày thứ Hai 29/01/2024.');
    expect(lines[1]).toBe(
      "Ngày thứ Hai 29/01/2024 (ngày xảy ra sự kiện) không được tính; thời hạn tính từ ngày tiếp theo. Căn cứ: Bộ luật Dân sự 2015 (91/2015/QH13), Điều 147 khoản 2 và 3.",
    );
    expect(lines).toContain(
      "Ngày cuối cùng thứ Năm 08/02/2024 là Tết (29 Chạp) (ngày nghỉ lễ, tết): chuyển sang ngày làm việc tiếp theo, thứ Năm 15/02/2024. Căn cứ: Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148 khoản 5.",
    );
    expect(lines.filter((l) => l.startsWith("Bỏ qua")).length).toBe(7);
    expect(lines.at(-1)).toBe("Thời hạn kết thúc lúc 24 giờ ngày thứ Năm 15/02/2024. Căn cứ: Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148 khoản 6.");
  });

  it("explains it in English", () => {
    const lines = explainDeadline(tet, { locale: "en" });
    expect(lines[2]).toBe("Counted 10 calendar day(s): from Tue 2024-01-30 to Thu 2024-02-08. Basis: Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148 khoản 1.");
    expect(lines).toContain("Skipped Sat 2024-02-10: Tết (mùng 1) (a public holiday). Basis: CV 8662/VPCP-KGVX + TB 5015/TB-LĐTBXH.");
  });

  it("explains every kind of step without falling back to raw codes", () => {
    const deadlines = [
      tet,
      computeDeadline({ kind: "relative", amount: 1, unit: "month", anchor: { text: "x" } }, { anchor: "2025-01-31" }),
      computeDeadline({ kind: "relative", amount: 10, unit: "working_day", anchor: { text: "x" } }, { anchor: "2026-11-20" }),
      computeDeadline({ kind: "fixed_date", dates: [{ year: 2024, month: 5, day: 25 }], bound: "before", cap: { amount: 3, unit: "day" } }, { anchor: "2024-05-01" }),
      computeDeadline({ kind: "recurring", frequency: "monthly", day: 10, bound: "by" }, { anchor: "2024-08-01" }),
      computeDeadline({ kind: "before_deadline", amount: 2, unit: "day", reference: "thời hạn" }, { due: "2024-02-16" }),
      computeDeadline({ kind: "urgent", level: "hoa_toc" }, { anchor: "2024-01-09T10:00" }),
      computeDeadline({ kind: "same_day", nextWorkingDay: true }, { anchor: "2024-01-09T16:00", policy: { lateReceiptCutoff: "15:00" } }),
      computeDeadline({ kind: "reporting_window", frequency: "monthly", fromDay: 15, toDay: 14 }, { period: "2024-07" }),
      computeDeadline({ kind: "relative", amount: 3, unit: "day", anchor: { text: "x" }, except: [{ urgency: "hoa_toc" }] }, { anchor: "2024-01-09", urgency: "hoa_toc" }),
    ];
    for (const d of deadlines) {
      for (const locale of ["vi", "en"] as const) {
        for (const line of explainDeadline(d, { locale })) {
          expect(line).not.toMatch(/undefined|\{"|\[object/);
          expect(line.length).toBeGreaterThan(10);
        }
      }
    }
  });

  it("rejects an unknown locale and a non-deadline with InvalidInputError", () => {
    expect(() => explainDeadline(tet, { locale: "fr" as never })).toThrow(InvalidInputError);
    expect(() => explainDeadline({} as never)).toThrow(InvalidInputError);
  });

  it("does not mutate the deadline", () => {
    const before = JSON.stringify(tet);
    explainDeadline(tet, { locale: "en" });
    expect(JSON.stringify(tet)).toBe(before);
  });
});

describe("formatTraceStep / formatRuleNote", () => {
  it("have a Vietnamese and an English text for every trace and note code", () => {
    const traceCodes = Object.keys(traceVi).sort();
    expect(Object.keys(traceEn).sort()).toEqual(traceCodes);
    expect(Object.keys(noteEn).sort()).toEqual(Object.keys(noteVi).sort());
    for (const code of traceCodes) {
      expect(formatTraceStep({ code: code as TraceCode, params: {} }, "vi").length).toBeGreaterThan(5);
      expect(formatTraceStep({ code: code as TraceCode, params: {} }, "en").length).toBeGreaterThan(5);
    }
    for (const code of Object.keys(noteVi) as RuleNote["code"][]) {
      expect(formatRuleNote({ code }, "vi")).not.toBe(code);
      expect(formatRuleNote({ code }, "en")).not.toBe(code);
    }
  });

  it("renders a step in both languages", () => {
    const step = { code: "start_excluded", params: { date: "2023-11-14" } } as const;
    expect(formatTraceStep(step)).toBe("Ngày thứ Ba 14/11/2023 (ngày xảy ra sự kiện) không được tính; thời hạn tính từ ngày tiếp theo.");
    expect(formatTraceStep(step, "en")).toBe("Tue 2023-11-14 (the day of the event) is not counted; counting starts the next day.");
    expect(formatRuleNote({ code: "month_end", params: { requested: "2025-02-31", result: "2025-02-28" } }, "en")).toBe(
      "No corresponding day (2025-02-31): the last day of the month is taken, Fri 2025-02-28 (Art. 148.3).",
    );
  });

  it("shows an unknown code (from a newer version) with its params", () => {
    expect(formatTraceStep({ code: "future_step", params: { a: 1 } }, "en")).toBe('future_step {"a":1}');
  });
});

describe("explainDeadline locale argument", () => {
  const deadline = computeDeadline({ kind: "relative", amount: 3, unit: "day", anchor: { text: "ngày ban hành" } }, { anchor: "2024-02-07" });

  it("takes a bare locale as { locale }: explainDeadline(d, \"en\") is English, not silently Vietnamese", () => {
    expect(explainDeadline(deadline, "en")).toEqual(explainDeadline(deadline, { locale: "en" }));
    expect(explainDeadline(deadline, "en")).not.toEqual(explainDeadline(deadline));
  });

  it("rejects options that are neither a locale nor an object, and an unknown bare locale", () => {
    expect(() => explainDeadline(deadline, 42 as never)).toThrow(InvalidInputError);
    expect(() => explainDeadline(deadline, "fr" as never)).toThrow(InvalidInputError);
  });
});
