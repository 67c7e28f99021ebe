import { describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../src/calendar/index.js";
import { ThoihanError } from "../../src/errors.js";
import { renderDaysOff, UTF8_BOM } from "../../src/report/index.js";
import { parseCsv } from "./_csv.js";

describe("renderDaysOff", () => {
  it("table: Tết Ất Tỵ 2025 with its lunar dates and document, in Vietnamese", () => {
    const lines = renderDaysOff(civilServiceCalendar, 2025).split("\n");
    expect(lines[0]).toBe("Ngày nghỉ và ngày làm bù năm 2025 (lịch civil-service)");
    expect(lines.find((l) => l.startsWith("29/01/2025"))).toMatch(/^29\/01\/2025\s+thứ Tư\s+nghỉ lễ, tết\s+Tết \(mùng 1\)\s+1\/1\/2025\s+CV 8726\/VPCP-KGVX/);
  });

  it("csv: ISO dates for spreadsheets, one row per special day, English headers", () => {
    const text = renderDaysOff(civilServiceCalendar, 2024, { format: "csv", locale: "en" });
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const [head, ...rows] = parseCsv(text.slice(1));
    expect(head).toEqual(["Date", "Weekday", "Kind", "Name", "Lunar date", "Document", "Status"]);
    expect(rows.map((r) => r[0])).toEqual(civilServiceCalendar.specialDays(2024).map((d) => d.date));
    expect(rows.find((r) => r[0] === "2024-05-04")?.[2]).toBe("make-up working day");
  });

  it("json: the calendar's day facts with the lunar date; md: a table", () => {
    const days = JSON.parse(renderDaysOff(civilServiceCalendar, 2024, { format: "json" })) as { date: string; lunar: { day: number; month: number } }[];
    expect(days.find((d) => d.date === "2024-02-10")?.lunar).toMatchObject({ day: 1, month: 1 });
    const md = renderDaysOff(civilServiceCalendar, 2024, { format: "md" });
    expect(md).toContain("| 10/02/2024 | thứ Bảy | nghỉ lễ, tết | Tết (mùng 1) | 1/1/2024 |");
  });

  it("rejects a year that is not an integer, and a year outside 1900–2199, with a ThoihanError", () => {
    expect(() => renderDaysOff(civilServiceCalendar, 2024.5)).toThrow(ThoihanError);
    expect(() => renderDaysOff(civilServiceCalendar, 2200)).toThrow(ThoihanError);
  });
});
