import { describe, expect, it } from "vitest";
import { ThoihanError } from "../../src/errors.js";
import { renderEvaluation, REPORT_FORMATS } from "../../src/report/index.js";
import { heza, hezaPlan, tet, tetPlan } from "./_evaluations.js";

describe("renderEvaluation", () => {
  it("table: status words as offices write them ('trễ hạn' for done late, 'quá hạn' for not done), early in its own column, short unit names", () => {
    const text = renderEvaluation(tet, { units: tetPlan.units, title: tetPlan.title });
    const lines = text.split("\n");
    const head = lines.find((l) => l.startsWith("Nhiệm vụ"))!;
    expect(head).toMatch(/Trạng thái\s+Sớm hạn\s+Hạn cuối/);
    const late = lines.find((l) => l.includes("56/TB-BQL"))!;
    expect(late).toMatch(/^I\.1\s+TT\s+56\/TB-BQL\s+trễ hạn\s+15\/02\/2024\s+20\/02\/2024 10:00\s+5 \/ 3$/);
    const early = lines.find((l) => l.includes("70/TB-BQL"))!;
    expect(early).toMatch(/đúng hạn\s+✓\s+29\/02\/2024/);
    expect(text).not.toContain("quá hạn (đã xong)");
    // the reason under each row
    expect(lines[lines.indexOf(late) + 1]).toBe("    ↳ Trễ 3 ngày làm việc (5 ngày): hạn cuối thứ Năm 15/02/2024 (lùi qua Tết (mùng 1)), hoàn thành 20/02/2024 10:00");
  });

  it("table: columns stay aligned with Vietnamese letters (each takes one column)", () => {
    const lines = renderEvaluation(heza, { units: hezaPlan.units }).split("\n");
    const head = lines.find((l) => l.startsWith("Nhiệm vụ"))!;
    const at = head.indexOf("Hạn cuối");
    for (const l of lines.filter((x) => /^\S+\s{2,}/.test(x) && /\d\d\/\d\d\/2024/.test(x)).slice(0, 50)) {
      expect(l.slice(at, at + 10)).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    }
  });

  it("markdown: a findings table with the reason, pipes in titles escaped, and the summaries", () => {
    const md = renderEvaluation(tet, { format: "md", locale: "en", units: tetPlan.units, title: "A | B" });
    expect(md.startsWith('# Evaluation of plan "A | B"\n')).toBe(true);
    expect(md).toContain("| Task | Owner | Occurrence | Status | Early | Last day | Done at | Late (days / working days) | Why |");
    expect(md).toContain("| I.1 | TT | 56/TB-BQL | late |  | 2024-02-15 | 2024-02-20 10:00 | 5 / 3 | Late by 3 working days");
    expect(md).toContain("## SUMMARY BY OWNER UNIT");
    expect(md).toMatch(/\| Trung tâm DVVL-ĐT-XTĐT \| 4 \|/);
  });

  it("json: the evaluation's data, each finding with its owner's name and its reason in both languages", () => {
    const value = JSON.parse(renderEvaluation(tet, { format: "json", units: tetPlan.units })) as { findings: { key: string; ownerName: string; why: { vi: string; en: string } }[]; accounting: { input: number } };
    expect(value.findings.length).toBe(tet.findings.length);
    const late = value.findings.find((f) => f.key === "I.1:56/TB-BQL")!;
    expect(late.ownerName).toBe("Trung tâm DVVL-ĐT-XTĐT");
    expect(late.why.vi).toMatch(/^Trễ 3 ngày làm việc/);
    expect(late.why.en).toMatch(/^Late by 3 working days/);
    expect(value.accounting.input).toBe(6);
  });

  it("table: the accounting of events adds up, by role and by reason, to every input event", () => {
    const lines = renderEvaluation(heza, { units: hezaPlan.units, locale: "en" }).trimEnd().split("\n");
    const [total, used, notUsed] = lines.slice(-3);
    const sum = (line: string | undefined): number => [...(line ?? "").matchAll(/ (\d+)(?:,|$)/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(total).toBe(`Events: ${heza.accounting.input} = ${heza.accounting.used.length} used + ${heza.accounting.ignored.length} not used (with a reason).`);
    expect(sum(used)).toBe(heza.accounting.used.length);
    expect(sum(notUsed)).toBe(heza.accounting.ignored.length);
    expect(notUsed).toMatch(/^  not used: .*duplicate id 1/);
  });

  it("does not modify the evaluation it renders", () => {
    const before = JSON.stringify(tet);
    for (const format of REPORT_FORMATS) renderEvaluation(tet, { format, units: tetPlan.units });
    expect(JSON.stringify(tet)).toBe(before);
  });

  it("rejects an unknown format, an unknown language and a value that is not an evaluation with a ThoihanError", () => {
    const codeOf = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof ThoihanError ? e.code : "other";
      }
      return undefined;
    };
    expect(codeOf(() => renderEvaluation(tet, { format: "xlsx" as never }))).toBe("invalid_option");
    expect(codeOf(() => renderEvaluation(tet, { locale: "fr" as never }))).toBe("invalid_option");
    expect(codeOf(() => renderEvaluation({} as never))).toBe("invalid_type");
    expect(codeOf(() => renderEvaluation(null as never))).toBe("invalid_type");
  });
});
