/**
 * thoihan/testing used the way a host application's test suite uses it: imported by package name,
 * pinning the deadline semantics the application relies on.
 */
import fc from "fast-check";
import { civilServiceCalendar, computeDeadline, createCalendar, parseDeadline, parsePlan, evaluate } from "thoihan";
import { standardOfficeHours } from "thoihan/data";
import {
  checkCalendarLaws,
  checkDeadlineLaws,
  deadlinePhraseArb,
  eventLogArb,
  instantArb,
  isoDateArb,
  workingDayArb,
} from "thoihan/testing";
import { describe, expect, it } from "vitest";

// Our agency's calendar: the civil service, closed on 2025-09-01 for a local event.
const agency = createCalendar({ name: "agency", daysOff: ["2025-09-01"], officeHours: standardOfficeHours });

describe("our deadline semantics (properties)", () => {
  it("the agency calendar obeys the working-day laws", () => {
    fc.assert(
      fc.property(isoDateArb({ min: "2025-01-01", max: "2026-12-31" }), fc.integer({ min: -30, max: 30 }), (day, amount) => {
        // Arrange, Act
        const result = checkCalendarLaws(agency, day, amount);
        // Assert
        expect(result).toEqual({ ok: true });
      }),
    );
  });

  it("a dossier received on a working day is due 15 working days later, never on a day off", () => {
    const rule = parseDeadline("trong 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ");
    fc.assert(
      fc.property(workingDayArb(agency, { min: "2025-01-01", max: "2026-06-30" }), (received) => {
        // Arrange, Act
        const { lastDay } = computeDeadline(rule, { anchor: received, calendar: agency });
        // Assert
        expect(agency.isWorkingDay(lastDay)).toBe(true);
        expect(agency.countWorkingDays(received, lastDay)).toBe(15);
      }),
    );
  });

  it("receipts in office hours: a later receipt is never due earlier", () => {
    const rule = parseDeadline("trong 3 ngày làm việc kể từ ngày tiếp nhận");
    const receipt = instantArb({ min: "2025-01-01", max: "2025-12-31", officeHoursOnly: true, calendar: agency });
    fc.assert(
      fc.property(receipt, receipt, (a, b) => {
        // Arrange, Act
        const result = checkDeadlineLaws(rule, a, b, { calendar: agency, policy: { lateReceiptCutoff: "15:00" } });
        // Assert
        expect(result).toEqual({ ok: true });
      }),
    );
  });

  it("phrases as our documents write them parse to the rules we expect", () => {
    fc.assert(
      fc.property(deadlinePhraseArb(), ({ text, rule }) => {
        // Arrange, Act
        const parsed = parseDeadline(text);
        // Assert
        expect(parsed).toEqual(rule);
      }),
    );
  });

  it("every event of a generated log is accounted for", () => {
    // Arrange
    const plan = parsePlan({
      id: "mot-cua",
      title: "Giải quyết hồ sơ một cửa",
      start: "2025-01-01",
      units: [{ id: "bpmc", name: "Bộ phận một cửa" }],
      obligations: [{
        kind: "triggered", id: "hs", title: "Trả kết quả hồ sơ", owner: "bpmc",
        trigger: { type: "dossier_received" }, completedBy: "result_returned",
        deadline: "trong 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
      }, {
        kind: "recurring", id: "bc", title: "Báo cáo tháng", owner: "bpmc",
        deadline: "ngày 10 hằng tháng", completedBy: "report_sent",
      }],
    });
    fc.assert(
      fc.property(eventLogArb(plan, { from: "2025-01-01", to: "2025-03-31", maxEvents: 15 }), (events) => {
        // Act
        const { accounting } = evaluate(plan, events, { asOf: "2025-04-01T00:00:00+07:00", calendar: civilServiceCalendar });
        // Assert
        expect(accounting.used.length + accounting.ignored.length).toBe(events.length);
      }),
      { numRuns: 50 },
    );
  });
});
