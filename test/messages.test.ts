import { describe, expect, it } from "vitest";
import { createCalendar, formatIssue, InvalidInputError, parsePlan, type IssueCode } from "../src/index.js";
import { en } from "../src/messages/en.js";
import { vi } from "../src/messages/vi.js";
import { thrown } from "./_helpers.js";


describe("message tables", () => {
  it("have the same codes in Vietnamese and English, and every text renders with empty params", () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const code of Object.keys(vi) as IssueCode[]) {
      for (const table of [vi, en]) {
        const text = table[code]({});
        expect(text.length).toBeGreaterThan(5);
        expect(text).not.toContain("[object Object]");
      }
    }
  });

  it("word reason codes in each language (office hours: a session that ends before it starts)", () => {
    // Arrange / Act
    const e = thrown(() => createCalendar({ officeHours: { sessions: [{ start: "11:30", end: "07:00" }] } }));
    // Assert
    expect(e).toBeInstanceOf(InvalidInputError);
    const viText = e.format("vi");
    const enText = e.format("en");
    expect(viText).toContain("giờ bắt đầu phải trước giờ kết thúc");
    expect(enText).toContain("a session must start before it ends");
    expect(viText).not.toMatch(/start_not_before_end/);
  });

  it("count problems in the reader's language: a Vietnamese plan error says 'lỗi', never 'problems'", () => {
    const e = thrown(() => parsePlan({ id: "p", title: "t", start: "2024-01-01", units: [], obligations: [{ kind: "nope" }] }));
    expect(e.code).toBe("invalid_plan");
    expect(e.message).toMatch(/\d+ lỗi/);
    expect(e.message).not.toMatch(/problem/);
    expect(e.format("en")).toMatch(/\d+ problems?/);
  });

  it("formatIssue renders a path before the text", () => {
    expect(formatIssue({ code: "duplicate_id", path: ["events", 3, "id"], params: { id: "e1" } }, "en")).toBe('events.3.id: Duplicate id "e1".');
  });
});
