import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { civilServiceCalendar, createCalendar } from "../../src/calendar/index.js";
import { renderDaysOff, renderEvaluation } from "../../src/report/index.js";
import { escapeText, foldLine, icsCalendar } from "../../src/report/icalendar.js";
import { heza, hezaPlan, tet, tetPlan } from "./_evaluations.js";

/** Parses with ical.js (a maintained RFC 5545 parser) and returns the VEVENTs. */
function events(text: string): ICAL.Component[] {
  const root = new ICAL.Component(ICAL.parse(text));
  expect(root.name).toBe("vcalendar");
  return root.getAllSubcomponents("vevent");
}

const octets = (s: string): number => new TextEncoder().encode(s).length;

describe("iCalendar of open deadlines", () => {
  const text = renderEvaluation(heza, { format: "ics", units: hezaPlan.units, title: hezaPlan.title });

  it("has one event per open or overdue finding of the seed, with unique UIDs made from the occurrence keys", () => {
    // Arrange
    const open = heza.findings.filter((f) => f.status === "open" || f.status === "overdue");
    // Act
    const vevents = events(text);
    // Assert
    expect(vevents.length).toBe(open.length);
    expect(open.length).toBeGreaterThan(5);
    const uids = vevents.map((e) => String(e.getFirstPropertyValue("uid")));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.map((u) => decodeURIComponent(u.replace(/^heza-2024\//, "").replace(/@thoihan$/, ""))).sort()).toEqual(open.map((f) => f.key).sort());
  });

  it("puts a day-based deadline on its last day as an all-day event (it ends at 24:00 of that day, BLDS Đ.148.6)", () => {
    const byUid = new Map(events(text).map((e) => [String(e.getFirstPropertyValue("uid")), e]));
    for (const f of heza.findings.filter((x) => x.status === "open" || x.status === "overdue")) {
      const e = byUid.get(`heza-2024/${encodeURIComponent(f.key)}@thoihan`);
      const start = e?.getFirstPropertyValue("dtstart") as ICAL.Time;
      expect(start.isDate).toBe(true);
      expect(start.toString()).toBe(f.lastDay);
    }
  });

  it("keeps the reason and every explanation line in DESCRIPTION through escaping and folding, and an alarm the day before", () => {
    const e = events(text)[0] as ICAL.Component;
    const description = String(e.getFirstPropertyValue("description"));
    const uid = decodeURIComponent(String(e.getFirstPropertyValue("uid")).slice("heza-2024/".length, -"@thoihan".length));
    const f = heza.findings.find((x) => x.key === uid);
    expect(f).toBeDefined();
    for (const line of f!.explanation.vi) expect(description).toContain(line);
    const alarm = e.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(String(alarm?.getFirstPropertyValue("trigger"))).toBe("-P1D");
  });

  it("folds every physical line to at most 75 octets and ends lines with CRLF", () => {
    const lines = text.split("\r\n");
    expect(lines.at(-1)).toBe("");
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\n");
    }
  });

  it("gives the same UIDs and text when the same evaluation is exported again (re-importing updates, never duplicates)", () => {
    expect(renderEvaluation(heza, { format: "ics", units: hezaPlan.units, title: hezaPlan.title })).toBe(text);
  });

  it("writes a deadline counted in hours ('trong 24 giờ') as a timed event at its first late instant in Asia/Ho_Chi_Minh", () => {
    const ics = renderEvaluation(tet, { format: "ics", units: tetPlan.units, locale: "en" });
    const root = new ICAL.Component(ICAL.parse(ics));
    const timed = root.getAllSubcomponents("vevent").find((e) => String(e.getFirstPropertyValue("summary")).startsWith("[H.1]"));
    const start = timed?.getFirstProperty("dtstart");
    expect(start?.getParameter("tzid")).toBe("Asia/Ho_Chi_Minh");
    expect((start?.getFirstValue() as ICAL.Time).toString()).toBe("2024-03-06T14:30:00");
    const zone = new ICAL.Timezone(root.getFirstSubcomponent("vtimezone") as ICAL.Component);
    expect(zone.tzid).toBe("Asia/Ho_Chi_Minh");
  });
});

describe("iCalendar of days off", () => {
  it("lists the 2024 days off of the civil service with Tết 10/02/2024 as an all-day event that frees the time, and the make-up Saturday 04/05 as busy", () => {
    const vevents = events(renderDaysOff(civilServiceCalendar, 2024, { format: "ics" }));
    expect(vevents.length).toBe(civilServiceCalendar.specialDays(2024).length);
    const tetDay = vevents.find((e) => (e.getFirstPropertyValue("dtstart") as ICAL.Time).toString() === "2024-02-10");
    expect(String(tetDay?.getFirstPropertyValue("summary"))).toBe("Tết (mùng 1) (nghỉ lễ, tết)");
    expect(tetDay?.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
    const makeup = vevents.find((e) => (e.getFirstPropertyValue("dtstart") as ICAL.Time).toString() === "2024-05-04");
    expect(makeup?.getFirstPropertyValue("transp")).toBe("OPAQUE");
  });

  it("includes an office's own closure from createCalendar, with a UID tied to that calendar and day", () => {
    const office = createCalendar({ name: "ubnd-xa", daysOff: [{ date: "2025-09-05", name: "Nghỉ riêng; bầu cử, thử" }] });
    const vevents = events(renderDaysOff(office, 2025, { format: "ics", locale: "en" }));
    const closure = vevents.find((e) => String(e.getFirstPropertyValue("uid")) === "ubnd-xa/2025-09-05@thoihan");
    expect(String(closure?.getFirstPropertyValue("summary"))).toBe("Nghỉ riêng; bầu cử, thử (closure)");
  });
});

describe("iCalendar text (properties)", () => {
  it("any text survives escaping and folding: ical.js reads back exactly what was written", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ unit: "grapheme-ascii", maxLength: 80 }), (text, name) => {
        // Arrange
        const value = text.normalize("NFC");
        const ics = icsCalendar(name, ["BEGIN:VEVENT", "UID:x@thoihan", "DTSTAMP:20240101T000000Z", "DTSTART;VALUE=DATE:20240101", `DESCRIPTION:${escapeText(value)}`, "END:VEVENT"]);
        // Act
        const e = events(ics)[0] as ICAL.Component;
        // Assert
        const expected = value.replace(/\r\n|\r/g, "\n");
        return String(e.getFirstPropertyValue("description") ?? "") === expected && ics.split("\r\n").every((l) => octets(l) <= 75);
      }),
    );
  });

  it("folding never splits a character and unfolding gives the line back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (line) => {
        const folded = foldLine(line);
        return folded.replace(/\r\n /g, "") === line && folded.split("\r\n").every((l) => octets(l) <= 75);
      }),
    );
  });
});
