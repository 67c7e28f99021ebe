import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderEvaluation, toCsv, UTF8_BOM } from "../../src/report/index.js";
import { FINDING_COLUMNS } from "../../src/report/findingColumns.js";
import { parseCsv } from "./_csv.js";
import { heza, hezaPlan, tet, tetPlan } from "./_evaluations.js";

describe("toCsv", () => {
  it("starts with a BOM so that Excel reads Vietnamese as UTF-8, ends every record with CRLF, and quotes commas, quotes and line breaks (RFC 4180 §2.6–2.7)", () => {
    const text = toCsv([["Tên", "Ghi chú"], ["Văn phòng", 'báo cáo "tháng", quý\nnăm']]);
    expect(text).toBe(`${UTF8_BOM}Tên,Ghi chú\r\nVăn phòng,"báo cáo ""tháng"", quý\nnăm"\r\n`);
  });
});

describe("toCsv (properties)", () => {
  it("any table of strings reads back cell for cell", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: "grapheme", maxLength: 20 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (rows) => {
        // Arrange: a one-cell empty row is written as an empty line, which RFC 4180 readers skip.
        const table = rows.filter((r) => !(r.length === 1 && r[0] === ""));
        // Act
        const text = toCsv(table);
        // Assert
        expect(text.startsWith(UTF8_BOM)).toBe(true);
        expect(parseCsv(text.slice(1))).toEqual(table);
      }),
    );
  });
});

describe("renderEvaluation as CSV", () => {
  it("has one row per finding of the seed with every column, the status word 'trễ hạn' for work done late, and unit names", () => {
    // Act
    const rows = parseCsv(renderEvaluation(heza, { format: "csv", units: hezaPlan.units }).slice(1));
    // Assert
    const [head, ...body] = rows;
    expect(head).toEqual(FINDING_COLUMNS.map((c) => c.vi));
    expect(body.length).toBe(heza.findings.length);
    const status = head!.indexOf("Trạng thái");
    const code = head!.indexOf("Mã trạng thái");
    const owner = head!.indexOf("Đơn vị chủ trì");
    for (const row of body) {
      expect(row.length).toBe(head!.length);
      if (row[code] === "late") expect(row[status]).toBe("trễ hạn");
      if (row[code] === "overdue") expect(row[status]).toBe("quá hạn");
    }
    expect(new Set(body.map((r) => r[owner]))).toEqual(new Set(hezaPlan.units.map((u) => u.name)));
  });

  it("writes the late publication across Tết with its dates sortable and its reason, in English too", () => {
    const [head, ...body] = parseCsv(renderEvaluation(tet, { format: "csv", locale: "en", units: tetPlan.units }).slice(1));
    const row = body.find((r) => r[head!.indexOf("Occurrence key")] === "I.1:56/TB-BQL")!;
    const cell = (name: string): string => row[head!.indexOf(name)] as string;
    expect(cell("Status")).toBe("late");
    expect(cell("Early")).toBe("false");
    expect(cell("Last day")).toBe("2024-02-15");
    expect(cell("Late from")).toBe("2024-02-16 00:00:00");
    expect(cell("Done at")).toBe("2024-02-20 10:00:00");
    expect(cell("Working days late")).toBe("3");
    expect(cell("Owner unit")).toBe("Trung tâm DVVL-ĐT-XTĐT");
    expect(cell("Task title")).toBe("Đăng tải văn bản, công khai; đúng hạn");
    expect(cell("Why")).toContain("moved past Tết (mùng 1)");
  });
});
