import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCalendar } from "../../src/calendar/index.js";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import type { DeadlineRule } from "../../src/deadline/types.js";

const calendar = createCalendar({
  name: "one-stop",
  officeHours: {
    sessions: [
      { start: "07:00", end: "11:30" },
      { start: "13:30", end: "17:00" },
    ],
  },
});
const cutoff = { lateReceiptCutoff: "15:00" } as const;
const days = (amount: number): DeadlineRule => ({ kind: "relative", amount, unit: "working_day", anchor: { text: "ngày nhận hồ sơ" } });
const pad = (n: number) => String(n).padStart(2, "0");

describe("the 15:00 cut-off (NĐ 61/2018 Đ.18.2: 'sau 15 giờ … đầu giờ ngày làm việc tiếp theo') means the same in whole-day and office-hour modes", () => {
  it("a dossier received Mon 15/01/2024 at 15:30 with 5 working days is due Mon 22/01 in both modes: counting starts on Tue 16/01 (day 1 / its 07:00 opening)", () => {
    const whole = computeDeadline(days(5), { anchor: "2024-01-15T15:30:00+07:00", calendar, policy: cutoff });
    const hours = computeDeadline(days(5), { anchor: "2024-01-15T15:30:00+07:00", calendar, policy: { ...cutoff, workingDays: "office_hours" } });
    expect(whole).toMatchObject({ lastDay: "2024-01-22", endsAt: "2024-01-23T00:00:00+07:00" });
    expect(hours).toMatchObject({ lastDay: "2024-01-22", endsAt: "2024-01-22T17:00:00+07:00" });
  });

  it("a dossier received on Saturday 13/01/2024 is moved once, to Monday: 1 working day ends Monday in both modes, as without the cut-off", () => {
    for (const policy of [cutoff, { ...cutoff, workingDays: "office_hours" } as const, {}]) {
      expect(computeDeadline(days(1), { anchor: "2024-01-13T09:00:00+07:00", calendar, policy }).lastDay).toBe("2024-01-15");
    }
  });

  it("property: for a receipt after the opening (07:00) of a working day, or any time on a day off, both modes give the same last day for N working days (a receipt at or before the opening counts that whole day in office hours)", () => {
    const receipt = fc
      .record({ day: fc.integer({ min: 0, max: 400 }), minute: fc.integer({ min: 7 * 60 + 1, max: 24 * 60 - 1 }), offMinute: fc.integer({ min: 0, max: 24 * 60 - 1 }) })
      .map(({ day, minute, offMinute }) => {
        const d = new Date(Date.UTC(2024, 0, 1 + day));
        const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
        const m = calendar.isWorkingDay(date) ? minute : offMinute;
        return `${date}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00+07:00`;
      });
    fc.assert(
      fc.property(receipt, fc.integer({ min: 1, max: 30 }), (anchor, n) => {
        const whole = computeDeadline(days(n), { anchor, calendar, policy: cutoff });
        const hours = computeDeadline(days(n), { anchor, calendar, policy: { ...cutoff, workingDays: "office_hours" } });
        expect(hours.lastDay).toBe(whole.lastDay);
      }),
    );
  });
});
