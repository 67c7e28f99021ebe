import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../src/calendar/index.js";
import { createOfficeClock, validateOfficeHours, type OfficeClock } from "../../src/calendar/officeHours.js";
import type { DayIndex, DayInfo, OfficeHours } from "../../src/calendar/types.js";
import { haiDuongOfficeHours, officeHoursEntries, oneStopDefaultOfficeHours, standardOfficeHours } from "../../src/data/vn/officeHours.js";
import { fromDayNumber, toDayNumber, weekdayOf, type DayNumber, type Weekday } from "../../src/day/dayNumber.js";
import { civilOfEpochMs, epochMsToInstant, instantToEpochMs } from "../../src/day/instant.js";
import { CalendarCoverageError, CalendarRangeError, InvalidInputError } from "../../src/errors.js";
import { thrown } from "../_helpers.js";

// ---------------------------------------------------------------------------------------------
// A test double for the DayIndex interface: Monday–Friday (or another weekly rest), minus a list
// of days off, plus a list of làm bù days. Deliberately naive (loops over days); it is not the
// thing under test.

interface FakeOptions {
  readonly daysOff?: readonly string[];
  readonly makeupDays?: readonly string[];
  readonly weeklyRest?: readonly Weekday[];
  readonly undecided?: readonly string[];
}

interface FakeDays extends DayIndex {
  /** How many times isWorking/info were called. */
  readonly calls: { isWorking: number; info: number };
}

function fakeDays(options: FakeOptions = {}): FakeDays {
  const off = new Set((options.daysOff ?? []).map((d) => toDayNumber(d) as number));
  const makeup = new Set((options.makeupDays ?? []).map((d) => toDayNumber(d) as number));
  const rest = new Set<number>(options.weeklyRest ?? [6, 7]);
  const undecided = new Set((options.undecided ?? []).map((d) => toDayNumber(d) as number));
  const calls = { isWorking: 0, info: 0 };
  const working = (d: number): boolean => makeup.has(d) || (!rest.has(weekdayOf(d)) && !off.has(d));
  const infoOf = (d: number): DayInfo => ({
    date: fromDayNumber(d as DayNumber),
    weekday: weekdayOf(d),
    working: working(d),
    kind: makeup.has(d) ? "makeup_workday" : off.has(d) ? "holiday" : rest.has(weekdayOf(d)) ? "weekend" : "weekday",
    status: undecided.has(d) ? "projected" : "decided",
  });
  const next = (d: DayNumber): DayNumber => {
    let x = d + 1;
    while (!working(x)) x++;
    return x as DayNumber;
  };
  const previous = (d: DayNumber): DayNumber => {
    let x = d - 1;
    while (!working(x)) x--;
    return x as DayNumber;
  };
  return {
    calls,
    isWorking(d) {
      calls.isWorking++;
      return working(d);
    },
    info(d) {
      calls.info++;
      return infoOf(d);
    },
    next,
    previous,
    add(d, amount) {
      if (amount === 0) return working(d) ? d : next(d);
      let x = d;
      for (let i = 0; i < Math.abs(amount); i++) x = amount > 0 ? next(x) : previous(x);
      return x;
    },
    count(from, to) {
      let n = 0;
      for (let x = Math.min(from, to) + 1; x <= Math.max(from, to); x++) if (working(x)) n++;
      return to >= from ? n : -n;
    },
    specialBetween(from, to) {
      const out: DayInfo[] = [];
      for (let x = from; x <= to; x++) if (off.has(x) || makeup.has(x)) out.push(infoOf(x));
      return out;
    },
    firstUndecided(from, to) {
      for (let x = from; x <= to; x++) if (undecided.has(x)) return x as DayNumber;
      return undefined;
    },
  };
}

/** Some real 2024 days off: Tết Giáp Thìn 08–14/02, Giỗ Tổ 18/4, 29/4–01/5 (làm bù Sat 04/5), 02–03/9. */
const DAYS_OFF_2024 = [
  "2024-01-01",
  "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14",
  "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01",
  "2024-09-02", "2024-09-03",
];
const MAKEUP_2024 = ["2024-05-04"];
const days2024 = fakeDays({ daysOff: DAYS_OFF_2024, makeupDays: MAKEUP_2024 });

const oneStop = createOfficeClock(oneStopDefaultOfficeHours, days2024); // 07:00–11:30, 13:30–17:00
const standard = createOfficeClock(standardOfficeHours, days2024); // 07:30–11:30, 13:00–17:00
const haiDuong = createOfficeClock(haiDuongOfficeHours, days2024);

/** Epoch ms of a Vietnamese local time "YYYY-MM-DDTHH:mm". */
const at = (local: string): number => instantToEpochMs(`${local}:00+07:00`);
/** Local time "YYYY-MM-DDTHH:mm[:ss]" of epoch ms, seconds only when not zero. */
const local = (ms: number): string => epochMsToInstant(ms).replace(/(:00)?\+07:00$/, "");


describe("addWorkingHours", () => {
  it("keeps the clock time across a whole day: Tue 14:00 + 8 h on an 8-hour day = Wed 14:00", () => {
    expect(local(standard.addWorkingHours(at("2024-01-09T14:00"), 8))).toBe("2024-01-10T14:00");
    expect(local(oneStop.addWorkingHours(at("2024-01-09T14:00"), 8))).toBe("2024-01-10T14:00");
  });

  it("16:00 + 4 h on 07:00–11:30/13:30–17:00 = 10:00 next working day (1 h today, 3 h tomorrow morning)", () => {
    expect(local(oneStop.addWorkingHours(at("2024-01-09T16:00"), 4))).toBe("2024-01-10T10:00");
  });

  it("a result exactly at a session end stays there: 13:30 + 3.5 h = 17:00, 09:00 + 2.5 h = 11:30", () => {
    expect(local(oneStop.addWorkingHours(at("2024-01-09T13:30"), 3.5))).toBe("2024-01-09T17:00");
    expect(local(oneStop.addWorkingHours(at("2024-01-09T09:00"), 2.5))).toBe("2024-01-09T11:30");
  });

  it("a full day from the opening ends at that day's closing, not the next morning: 07:00 + 8 h = 17:00", () => {
    expect(local(oneStop.addWorkingHours(at("2024-01-09T07:00"), 8))).toBe("2024-01-09T17:00");
  });

  it("skips the lunch break: 11:00 + 1 h = 14:00 (30 min before lunch, 30 min after 13:30)", () => {
    expect(local(oneStop.addWorkingHours(at("2024-01-09T11:00"), 1))).toBe("2024-01-09T14:00");
  });

  it("takes fractional hours: 14:00 + 0.5 h = 14:30; + 0.25 h = 14:15", () => {
    expect(local(oneStop.addWorkingHours(at("2024-01-09T14:00"), 0.5))).toBe("2024-01-09T14:30");
    expect(local(oneStop.addWorkingHours(at("2024-01-09T14:00"), 0.25))).toBe("2024-01-09T14:15");
  });

  it("0 hours gives the snapped start (12:00 → 13:30, 10:00 stays)", () => {
    expect(local(oneStop.addWorkingHours(at("2024-01-09T12:00"), 0))).toBe("2024-01-09T13:30");
    expect(local(oneStop.addWorkingHours(at("2024-01-09T10:00"), 0))).toBe("2024-01-09T10:00");
  });

  it("skips the weekend: Fri 14:00 + 8 h = Mon 14:00", () => {
    expect(local(oneStop.addWorkingHours(at("2024-01-12T14:00"), 8))).toBe("2024-01-15T14:00");
  });

  it("skips Tết: Wed 07/02/2024 14:00 + 8 h = Thu 15/02/2024 14:00 (08–14/02 off)", () => {
    expect(local(oneStop.addWorkingHours(at("2024-02-07T14:00"), 8))).toBe("2024-02-15T14:00");
  });

  it("works on a làm bù Saturday: Fri 03/5/2024 14:00 + 8 h = Sat 04/5/2024 14:00", () => {
    expect(local(oneStop.addWorkingHours(at("2024-05-03T14:00"), 8))).toBe("2024-05-04T14:00");
  });

  it.each([
    ["06:00 (before opening) → counts from 07:00", "2024-01-09T06:00", 1, "2024-01-09T08:00"],
    ["12:00 (lunch) → counts from 13:30", "2024-01-09T12:00", 1, "2024-01-09T14:30"],
    ["17:30 (after closing) → counts from next morning 07:00", "2024-01-09T17:30", 1, "2024-01-10T08:00"],
    ["17:00 exactly (closing) → counts from next morning 07:00", "2024-01-09T17:00", 1, "2024-01-10T08:00"],
    ["Saturday 10:00 → counts from Monday 07:00", "2024-01-13T10:00", 1, "2024-01-15T08:00"],
    ["a holiday (Mon 12/02/2024, Tết) 10:00 → counts from Thu 15/02 07:00", "2024-02-12T10:00", 8, "2024-02-15T17:00"],
    ["06:00 + 8 h → 17:00 the same day", "2024-01-09T06:00", 8, "2024-01-09T17:00"],
  ])("snaps a receipt at %s", (_label, start, hours, expected) => {
    expect(local(oneStop.addWorkingHours(at(start), hours))).toBe(expected);
  });

  it("adds many days without looping over days: Tue 09/01/2024 10:00 + 80 h = 10 working days later, 10:00", () => {
    expect(local(oneStop.addWorkingHours(at("2024-01-09T10:00"), 80))).toBe("2024-01-23T10:00");
  });

  it("never calls the calendar per query once its index is built", () => {
    // Arrange
    const counted = fakeDays({ daysOff: DAYS_OFF_2024 });
    const clock = createOfficeClock(oneStopDefaultOfficeHours, counted);
    clock.addWorkingHours(at("2024-01-09T10:00"), 1);
    const before = counted.calls.isWorking + counted.calls.info;
    // Act
    for (let i = 0; i < 100; i++) clock.addWorkingHours(at("2024-01-09T10:00") + i * 3_600_000, 40 + i);
    // Assert
    expect(counted.calls.isWorking + counted.calls.info).toBe(before);
  });

  it.each([
    [-1, "invalid_amount"],
    [NaN, "invalid_amount"],
    [Infinity, "invalid_amount"],
    ["8", "invalid_type"],
    [undefined, "invalid_type"],
  ])("rejects hours %j with %s", (hours, code) => {
    const e = thrown(() => oneStop.addWorkingHours(at("2024-01-09T10:00"), hours as number));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.code).toBe(code);
    expect(e.issues[0]?.path).toEqual(["hours"]);
  });

  it.each([
    ["2024-01-09", "invalid_type"],
    [NaN, "invalid_instant"],
    [Infinity, "invalid_instant"],
  ])("rejects the start %j with %s", (start, code) => {
    const e = thrown(() => oneStop.addWorkingHours(start as number, 1));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.code).toBe(code);
  });

  it("rejects bad options with invalid_option", () => {
    const e = thrown(() => oneStop.addWorkingHours(at("2024-01-09T10:00"), 1, { snapNonWorkingDays: "no" } as never));
    expect(e.code).toBe("invalid_option");
    expect(e.issues[0]?.path).toEqual(["options", "snapNonWorkingDays"]);
    expect(thrown(() => oneStop.addWorkingHours(at("2024-01-09T10:00"), 1, { require: "always" } as never)).code).toBe("invalid_option");
  });

  it("throws CalendarRangeError when the start or the result leaves 1900–2199", () => {
    expect(thrown(() => oneStop.addWorkingHours(at("2199-12-31T16:00"), 2))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => oneStop.snap(at("2199-12-31T17:30")))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => oneStop.addWorkingHours(Date.UTC(2200, 0, 2), 1))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => oneStop.addWorkingHours(Date.UTC(1899, 11, 30), 1))).toBeInstanceOf(CalendarRangeError);
    expect(local(oneStop.addWorkingHours(at("2199-12-31T16:00"), 1))).toBe("2199-12-31T17:00");
  });

  it('with { require: "decided" } throws CalendarCoverageError when the span crosses an undecided day', () => {
    // Arrange
    const clock = createOfficeClock(oneStopDefaultOfficeHours, fakeDays({ undecided: ["2024-01-10"] }));
    // Act
    const e = thrown(() => clock.addWorkingHours(at("2024-01-09T14:00"), 8, { require: "decided" }));
    // Assert
    expect(e).toBeInstanceOf(CalendarCoverageError);
    expect(e.code).toBe("calendar_year_not_covered");
    expect((e as CalendarCoverageError).year).toBe(2024);
    expect(e.issues[0]?.params["date"]).toBe("2024-01-10");
    expect(local(clock.addWorkingHours(at("2024-01-09T14:00"), 8))).toBe("2024-01-10T14:00");
    expect(local(clock.addWorkingHours(at("2024-01-09T14:00"), 2, { require: "decided" }))).toBe("2024-01-09T16:00");
  });
});

describe("addWorkingHours (Hải Dương seasons)", () => {
  it("summer (01/4–31/10) is 07:00–11:30, 13:30–17:00: Wed 10/7/2024 11:00 + 1 h = 14:00", () => {
    expect(local(haiDuong.addWorkingHours(at("2024-07-10T11:00"), 1))).toBe("2024-07-10T14:00");
    expect(local(haiDuong.snap(at("2024-07-10T06:45")))).toBe("2024-07-10T07:00");
    expect(local(haiDuong.snap(at("2024-07-10T13:00")))).toBe("2024-07-10T13:30");
  });

  it("winter (01/11–31/3) is 07:30–12:00, 13:00–16:30: Tue 10/12/2024 11:30 + 1 h = 13:30", () => {
    expect(local(haiDuong.addWorkingHours(at("2024-12-10T11:30"), 1))).toBe("2024-12-10T13:30");
    expect(local(haiDuong.snap(at("2024-12-10T07:00")))).toBe("2024-12-10T07:30");
    expect(local(haiDuong.snap(at("2024-12-10T12:30")))).toBe("2024-12-10T13:00");
    expect(local(haiDuong.snap(at("2024-12-10T16:45")))).toBe("2024-12-11T07:30");
    expect(local(haiDuong.addWorkingHours(at("2024-12-10T14:00"), 8))).toBe("2024-12-11T14:00");
  });

  it("switch 31/10 → 01/11: hours are kept, the clock moves: Thu 31/10/2024 14:00 + 8 h = Fri 01/11 13:30", () => {
    // 14:00 in summer is 5 h into the day (4.5 h morning + 30 min); 5 h into a winter day is 13:30.
    expect(local(haiDuong.addWorkingHours(at("2024-10-31T14:00"), 8))).toBe("2024-11-01T13:30");
    expect(haiDuong.countWorkingHours(at("2024-10-31T14:00"), at("2024-11-01T13:30"))).toBe(8);
    expect(local(haiDuong.snap(at("2024-10-31T17:30")))).toBe("2024-11-01T07:30");
  });

  it("switch 31/3 → 01/4: Mon 31/3/2025 16:00 + 1 h = Tue 01/4 07:30 (30 min of winter, 30 min of summer)", () => {
    expect(local(haiDuong.addWorkingHours(at("2025-03-31T16:00"), 1))).toBe("2025-04-01T07:30");
  });

  it("sessionsOf gives each season's sessions in ms of day, [] on a non-working day", () => {
    const h = (hh: number, mm = 0): number => (hh * 60 + mm) * 60_000;
    expect(haiDuong.sessionsOf(toDayNumber("2024-10-31"))).toEqual([{ start: h(7), end: h(11, 30) }, { start: h(13, 30), end: h(17) }]);
    expect(haiDuong.sessionsOf(toDayNumber("2024-11-01"))).toEqual([{ start: h(7, 30), end: h(12) }, { start: h(13), end: h(16, 30) }]);
    expect(haiDuong.sessionsOf(toDayNumber("2024-11-02"))).toEqual([]);
    expect(haiDuong.sessionsOf(toDayNumber("2024-02-12"))).toEqual([]);
    expect(thrown(() => haiDuong.sessionsOf(toDayNumber("2024-01-01") + 0.5 as DayNumber)).code).toBe("invalid_type");
    expect(thrown(() => haiDuong.sessionsOf(-100000 as DayNumber))).toBeInstanceOf(CalendarRangeError);
  });
});

describe("addWorkingHours (per-weekday overrides)", () => {
  const halfSaturday: OfficeHours = {
    sessions: [{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }],
    seasons: [{ from: "11-01", to: "03-31", sessions: [{ start: "07:30", end: "12:00" }, { start: "13:00", end: "16:30" }] }],
    byWeekday: { 5: [{ start: "07:00", end: "11:00" }], 6: [{ start: "08:00", end: "11:00" }] },
  };

  it("a weekday override wins over seasons: Friday 10:00 + 2 h = 1 h Friday morning, then Monday 08:30 (winter)", () => {
    const clock = createOfficeClock(halfSaturday, days2024);
    expect(local(clock.addWorkingHours(at("2024-01-12T10:00"), 2))).toBe("2024-01-15T08:30");
    expect(local(clock.snap(at("2024-01-12T12:00")))).toBe("2024-01-15T07:30");
  });

  it("applies a Saturday override where Saturday is an ordinary working day (weekly rest = Sunday only)", () => {
    const clock = createOfficeClock(halfSaturday, fakeDays({ weeklyRest: [7] }));
    expect(local(clock.addWorkingHours(at("2024-07-13T10:00"), 2))).toBe("2024-07-15T08:00");
  });

  it("a làm bù Saturday uses the default/seasonal sessions, not the Saturday override", () => {
    const clock = createOfficeClock(halfSaturday, days2024);
    expect(clock.sessionsOf(toDayNumber("2024-05-04")).length).toBe(2);
    expect(local(clock.addWorkingHours(at("2024-05-04T10:00"), 4))).toBe("2024-05-04T16:00");
  });
});

describe("snap", () => {
  it.each([
    ["inside a session: stays", "2024-01-09T10:15", "2024-01-09T10:15"],
    ["at an opening: stays", "2024-01-09T13:30", "2024-01-09T13:30"],
    ["06:00 → 07:00", "2024-01-09T06:00", "2024-01-09T07:00"],
    ["12:00 (lunch) → 13:30", "2024-01-09T12:00", "2024-01-09T13:30"],
    ["11:30 (morning end) → 13:30", "2024-01-09T11:30", "2024-01-09T13:30"],
    ["17:30 → next working day 07:00", "2024-01-09T17:30", "2024-01-10T07:00"],
    ["Friday 17:30 → Monday 07:00", "2024-01-12T17:30", "2024-01-15T07:00"],
    ["Saturday 10:00 → Monday 07:00", "2024-01-13T10:00", "2024-01-15T07:00"],
    ["a Tết holiday → first working day after Tết", "2024-02-09T09:00", "2024-02-15T07:00"],
    ["the eve of Tết after closing → after Tết", "2024-02-07T17:05", "2024-02-15T07:00"],
  ])("%s", (_label, input, expected) => {
    expect(local(oneStop.snap(at(input)))).toBe(expected);
  });

  it("keeps seconds and milliseconds of an instant inside a session", () => {
    const t = at("2024-01-09T10:15") + 12_345;
    expect(oneStop.snap(t)).toBe(t);
  });
});

describe("legacy flag snapNonWorkingDays: false (Tân Dân/Thanh Hóa quirk)", () => {
  const legacy = { snapNonWorkingDays: false } as const;

  it("does not move a Saturday 10:00 receipt", () => {
    expect(local(oneStop.snap(at("2024-01-13T10:00"), legacy))).toBe("2024-01-13T10:00");
    expect(local(oneStop.addWorkingHours(at("2024-01-13T10:00"), 0, legacy))).toBe("2024-01-13T10:00");
  });

  it("snaps within the Saturday as if it were worked: 06:00 → 07:00, 12:00 → 13:30, 17:30 → Monday 07:00", () => {
    expect(local(oneStop.snap(at("2024-01-13T06:00"), legacy))).toBe("2024-01-13T07:00");
    expect(local(oneStop.snap(at("2024-01-13T12:00"), legacy))).toBe("2024-01-13T13:30");
    expect(local(oneStop.snap(at("2024-01-13T17:30"), legacy))).toBe("2024-01-15T07:00");
  });

  it("Sat 10:00 + 8 h = Mon 10:00 (5 h of virtual Saturday, 3 h on Monday), as the system does", () => {
    expect(local(oneStop.addWorkingHours(at("2024-01-13T10:00"), 8, legacy))).toBe("2024-01-15T10:00");
    expect(local(oneStop.addWorkingHours(at("2024-01-13T10:00"), 8))).toBe("2024-01-15T17:00");
  });

  it("a result inside the virtual Saturday moves to Monday at the same clock time: Sat 10:00 + 4 h = Mon 16:00", () => {
    expect(local(oneStop.addWorkingHours(at("2024-01-13T10:00"), 4, legacy))).toBe("2024-01-15T16:00");
    expect(local(oneStop.addWorkingHours(at("2024-01-13T10:00"), 5, legacy))).toBe("2024-01-15T17:00");
    expect(local(oneStop.addWorkingHours(at("2024-01-13T10:00"), 12, legacy))).toBe("2024-01-15T16:00");
  });

  it("Sunday receipts and holidays are read the same way: Sun 10:00 + 8 h = Mon 10:00", () => {
    expect(local(oneStop.addWorkingHours(at("2024-01-14T10:00"), 8, legacy))).toBe("2024-01-15T10:00");
    expect(local(oneStop.addWorkingHours(at("2024-02-12T10:00"), 8, legacy))).toBe("2024-02-15T10:00");
  });

  it("changes nothing on working days", () => {
    expect(local(oneStop.addWorkingHours(at("2024-01-12T16:00"), 4, legacy))).toBe("2024-01-15T10:00");
    expect(oneStop.countWorkingHours(at("2024-01-12T16:00"), at("2024-01-15T10:00"), legacy)).toBe(4);
  });

  it("counts from the receipt as if its day were worked", () => {
    expect(oneStop.countWorkingHours(at("2024-01-13T10:00"), at("2024-01-15T10:00"), legacy)).toBe(8);
    expect(oneStop.countWorkingHours(at("2024-01-13T10:00"), at("2024-01-15T10:00"))).toBe(3);
    expect(oneStop.countWorkingHours(at("2024-01-13T10:00"), at("2024-01-13T16:00"), legacy)).toBe(4);
    expect(oneStop.countWorkingHours(at("2024-01-13T10:00"), at("2024-01-13T10:00"), legacy)).toBe(0);
    expect(oneStop.countWorkingHours(at("2024-01-15T10:00"), at("2024-01-13T10:00"), legacy)).toBe(-8);
    expect(oneStop.countWorkingHours(at("2024-01-12T16:00"), at("2024-01-13T10:00"), legacy)).toBe(1);
  });
});

describe("countWorkingHours", () => {
  it("counts office time only: 11:00 → 14:00 is 1 h (lunch excluded)", () => {
    expect(oneStop.countWorkingHours(at("2024-01-09T11:00"), at("2024-01-09T14:00"))).toBe(1);
  });

  it("is negative when to is before from", () => {
    expect(oneStop.countWorkingHours(at("2024-01-10T14:00"), at("2024-01-09T14:00"))).toBe(-8);
  });

  it("is 0 between two instants outside office hours with no office time between them", () => {
    expect(oneStop.countWorkingHours(at("2024-01-09T12:00"), at("2024-01-09T13:00"))).toBe(0);
    expect(oneStop.countWorkingHours(at("2024-01-12T17:30"), at("2024-01-15T06:00"))).toBe(0);
  });

  it("counts across Tết: Wed 07/02/2024 14:00 → Thu 15/02/2024 14:00 = 8 h", () => {
    expect(oneStop.countWorkingHours(at("2024-02-07T14:00"), at("2024-02-15T14:00"))).toBe(8);
  });

  it("reads instants with seconds: 10:00 → 10:00:36 = 0.01 h", () => {
    expect(oneStop.countWorkingHours(at("2024-01-09T10:00"), at("2024-01-09T10:00") + 36_000)).toBe(0.01);
  });
});

describe("validateOfficeHours", () => {
  it("returns a frozen copy and does not mutate its input", () => {
    // Arrange
    const input = { name: "x", sessions: [{ start: "07:30", end: "11:30" }, { start: "13:00", end: "17:00" }] };
    const snapshot = JSON.parse(JSON.stringify(input)) as unknown;
    // Act
    const result = validateOfficeHours(input);
    // Assert
    expect(result).toEqual(input);
    expect(result).not.toBe(input);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.sessions[0])).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(input).toEqual(snapshot);
  });

  it.each([
    ["not an object", "08:00", [], "not_an_object"],
    ["no sessions key", {}, ["sessions"], "sessions_missing"],
    ["an empty session list", { sessions: [] }, ["sessions"], "no_sessions"],
    ["a bad time", { sessions: [{ start: "7:30", end: "11:30" }] }, ["sessions", 0, "start"], "time_format"],
    ["minutes over 59", { sessions: [{ start: "07:60", end: "11:30" }] }, ["sessions", 0, "start"], "time_format"],
    ["beyond 24:00", { sessions: [{ start: "07:00", end: "24:30" }] }, ["sessions", 0, "end"], "time_format"],
    ["start after end", { sessions: [{ start: "13:00", end: "12:00" }] }, ["sessions", 0], "start_not_before_end"],
    ["an empty session", { sessions: [{ start: "13:00", end: "13:00" }] }, ["sessions", 0], "start_not_before_end"],
    ["unsorted sessions", { sessions: [{ start: "13:00", end: "17:00" }, { start: "07:00", end: "11:00" }] }, ["sessions", 1], "sessions_unsorted"],
    ["overlapping sessions", { sessions: [{ start: "07:00", end: "12:00" }, { start: "11:00", end: "17:00" }] }, ["sessions", 1], "sessions_overlap"],
    ["an unknown key", { sessions: [{ start: "07:00", end: "11:00" }], session: [] }, ["session"], "unknown_key"],
    ["a bad season date", { sessions: [{ start: "07:00", end: "11:00" }], seasons: [{ from: "02-30", to: "03-31", sessions: [{ start: "07:00", end: "11:00" }] }] }, ["seasons", 0, "from"], "month_day_format"],
    ["a season without sessions", { sessions: [{ start: "07:00", end: "11:00" }], seasons: [{ from: "01-01", to: "03-31", sessions: [] }] }, ["seasons", 0, "sessions"], "no_sessions"],
    [
      "overlapping seasons",
      { sessions: [{ start: "07:00", end: "11:00" }], seasons: [{ from: "11-01", to: "03-31", sessions: [{ start: "07:00", end: "11:00" }] }, { from: "03-31", to: "10-31", sessions: [{ start: "07:00", end: "11:00" }] }] },
      ["seasons", 1],
      "seasons_overlap",
    ],
    ["a bad weekday key", { sessions: [{ start: "07:00", end: "11:00" }], byWeekday: { 8: [{ start: "07:00", end: "11:00" }] } }, ["byWeekday", "8"], "weekday_key"],
    ["a bad weekday session", { sessions: [{ start: "07:00", end: "11:00" }], byWeekday: { 6: [{ start: "07:00", end: "07:00" }] } }, ["byWeekday", "6", 0], "start_not_before_end"],
    ["a source without doc", { sessions: [{ start: "07:00", end: "11:00" }], source: { url: "x" } }, ["source"], "invalid_source"],
  ])("rejects %s with invalid_office_hours and a path", (_label, value, path, reason) => {
    // Act
    const e = thrown(() => validateOfficeHours(value, ["calendar", "officeHours"]));
    // Assert
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.code).toBe("invalid_office_hours");
    expect(e.issues[0]?.params["reason"]).toBe(reason);
    expect(e.issues[0]?.path).toEqual(["calendar", "officeHours", ...path]);
  });

  it("lists every problem, and names the first shared day of overlapping seasons", () => {
    const e = thrown(() =>
      validateOfficeHours({
        sessions: [{ start: "25:00", end: "11:00" }],
        seasons: [
          { from: "10-01", to: "12-31", sessions: [{ start: "07:00", end: "11:00" }] },
          { from: "12-15", to: "01-31", sessions: [{ start: "07:00", end: "11:00" }] },
        ],
      }),
    );
    expect(e.issues.map((i) => i.params["reason"])).toEqual(["time_format", "seasons_overlap"]);
    expect(e.issues[1]?.params["date"]).toBe("12-15");
    expect(e.format("en")).toContain("Invalid office hours");
  });

  it("accepts touching sessions, 24:00, seasons wrapping the year end, gaps between seasons and 02-29", () => {
    expect(() =>
      validateOfficeHours({
        sessions: [{ start: "00:00", end: "12:00" }, { start: "12:00", end: "24:00" }],
        seasons: [
          { from: "11-01", to: "02-29", sessions: [{ start: "07:30", end: "12:00" }] },
          { from: "04-01", to: "10-31", sessions: [{ start: "07:00", end: "11:30" }] },
        ],
      }),
    ).not.toThrow();
  });

  it("createOfficeClock validates its hours (path under officeHours) and its day index", () => {
    const e = thrown(() => createOfficeClock({ sessions: [] }, days2024));
    expect(e.code).toBe("invalid_office_hours");
    expect(e.issues[0]?.path).toEqual(["officeHours", "sessions"]);
    expect(thrown(() => createOfficeClock(standardOfficeHours, {} as DayIndex)).code).toBe("invalid_type");
  });
});

describe("office-hour data", () => {
  it.each(officeHoursEntries.map((e) => [e.id, e.hours] as const))("%s is valid and has 8 office hours on every schedule", (_id, hours) => {
    // Arrange
    const lists = [hours.sessions, ...(hours.seasons ?? []).map((s) => s.sessions), ...Object.values(hours.byWeekday ?? {})];
    // Act
    const valid = validateOfficeHours(hours);
    // Assert
    expect(valid).toEqual(hours);
    for (const list of lists) {
      const minutes = list.reduce((sum, s) => sum + toMinutes(s.end) - toMinutes(s.start), 0);
      expect(minutes).toBe(480);
    }
    expect(Object.isFrozen(hours)).toBe(true);
  });

  it("Hải Dương seasons cover the whole year, switching on 01/4 and 01/11", () => {
    expect(haiDuongOfficeHours.seasons?.map((s) => [s.from, s.to])).toEqual([["04-01", "10-31"], ["11-01", "03-31"]]);
    expect(officeHoursEntries.find((e) => e.id === "hai-duong")?.status).toBe("decided");
  });
});

describe("addWorkingHours (civilServiceCalendar.days)", () => {
  const civil = createOfficeClock(oneStopDefaultOfficeHours, civilServiceCalendar.days);
  const civilHaiDuong = createOfficeClock(haiDuongOfficeHours, civilServiceCalendar.days);

  it("skips Tết Giáp Thìn (08–14/02/2024 off): Wed 07/02/2024 14:00 + 8 h = Thu 15/02/2024 14:00", () => {
    expect(local(civil.addWorkingHours(at("2024-02-07T14:00"), 8))).toBe("2024-02-15T14:00");
    expect(civil.countWorkingHours(at("2024-02-07T14:00"), at("2024-02-15T14:00"))).toBe(8);
  });

  it("snaps a receipt on mùng 1 Tết (Sat 10/02/2024) to Thu 15/02/2024 07:00", () => {
    expect(local(civil.snap(at("2024-02-10T10:00")))).toBe("2024-02-15T07:00");
  });

  it("skips Tết Ất Tỵ (25/01–02/02/2025): Fri 24/01/2025 16:00 + 4 h = Mon 03/02/2025 10:00", () => {
    expect(local(civil.addWorkingHours(at("2025-01-24T16:00"), 4))).toBe("2025-02-03T10:00");
  });

  it("skips the 2024 hoán đổi (29/4–01/5 off) and works the làm bù Saturday 04/5", () => {
    expect(local(civil.addWorkingHours(at("2024-04-26T14:00"), 8))).toBe("2024-05-02T14:00");
    expect(local(civil.addWorkingHours(at("2024-05-03T14:00"), 8))).toBe("2024-05-04T14:00");
  });

  it("legacy flag: a receipt on mùng 1 Tết 10:00 + 8 h = Thu 15/02/2024 10:00", () => {
    expect(local(civil.addWorkingHours(at("2024-02-10T10:00"), 8, { snapNonWorkingDays: false }))).toBe("2024-02-15T10:00");
  });

  it("Hải Dương switch on the real calendar: Thu 31/10/2024 14:00 + 8 h = Fri 01/11/2024 13:30", () => {
    expect(local(civilHaiDuong.addWorkingHours(at("2024-10-31T14:00"), 8))).toBe("2024-11-01T13:30");
  });
});

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

// ---------------------------------------------------------------------------------------------
// Properties

const MS_PER_MINUTE = 60_000;
const rangeFrom = at("2024-01-01T00:00");
const rangeTo = at("2025-12-31T00:00");
const instantArb = fc.integer({ min: rangeFrom / MS_PER_MINUTE, max: rangeTo / MS_PER_MINUTE }).map((m) => m * MS_PER_MINUTE);
const hoursArb = fc.integer({ min: 0, max: 400 * 60 }).map((m) => m / 60);
const clockArb = fc.constantFrom<[string, OfficeClock]>(["one-stop", oneStop], ["standard", standard], ["hai-duong", haiDuong]);

/** Is the minute starting at `ms` office time? Written independently of the clock: sessions picked by hand. */
function isOfficeMinute(hours: OfficeHours, ms: number): boolean {
  const { day, msOfDay } = civilOfEpochMs(ms);
  if (!days2024.isWorking(day)) return false;
  const md = fromDayNumber(day).slice(5);
  const season = hours.seasons?.find((s) => (s.from <= s.to ? md >= s.from && md <= s.to : md >= s.from || md <= s.to));
  const sessions = season?.sessions ?? hours.sessions;
  const minute = msOfDay / MS_PER_MINUTE;
  return sessions.some((s) => minute >= toMinutes(s.start) && minute < toMinutes(s.end));
}

/** Minute-stepping oracle of addWorkingHours for whole minutes. */
function oracleAdd(hours: OfficeHours, start: number, minutes: number): number {
  let t = start;
  if (minutes === 0) {
    while (!isOfficeMinute(hours, t)) t += MS_PER_MINUTE;
    return t;
  }
  let left = minutes;
  for (;;) {
    if (isOfficeMinute(hours, t)) left--;
    t += MS_PER_MINUTE;
    if (left === 0) return t;
  }
}

/** Minute-stepping oracle of countWorkingHours (in minutes) for minute-aligned instants. */
function oracleCount(hours: OfficeHours, from: number, to: number): number {
  let n = 0;
  for (let t = Math.min(from, to); t < Math.max(from, to); t += MS_PER_MINUTE) if (isOfficeMinute(hours, t)) n++;
  return to >= from ? n : -n;
}

/** Whether an instant lies inside a session or exactly at a session end. */
function inOrAtEndOfSession(clock: OfficeClock, ms: number): boolean {
  const { day, msOfDay } = civilOfEpochMs(ms);
  return clock.sessionsOf(day).some((s) => msOfDay >= s.start && msOfDay <= s.end);
}

describe("addWorkingHours (properties)", () => {
  it("countWorkingHours(t, addWorkingHours(t, h)) === h", () => {
    fc.assert(
      fc.property(clockArb, instantArb, hoursArb, ([, clock], t, h) => {
        // Arrange: t and h drawn
        // Act
        const end = clock.addWorkingHours(t, h);
        // Assert
        expect(clock.countWorkingHours(t, end)).toBe(h);
        expect(clock.countWorkingHours(clock.snap(t), end)).toBe(h);
      }),
    );
  });

  it("is monotonic in hours", () => {
    fc.assert(
      fc.property(clockArb, instantArb, hoursArb, hoursArb, ([, clock], t, h1, h2) => {
        // Arrange
        const [lo, hi] = h1 <= h2 ? [h1, h2] : [h2, h1];
        // Act
        const a = clock.addWorkingHours(t, lo);
        const b = clock.addWorkingHours(t, hi);
        // Assert
        expect(a).toBeLessThanOrEqual(b);
      }),
    );
  });

  it("a later start never gives an earlier result", () => {
    fc.assert(
      fc.property(clockArb, instantArb, instantArb, hoursArb, ([, clock], t1, t2, h) => {
        // Arrange
        const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
        // Act
        const a = clock.addWorkingHours(early, h);
        const b = clock.addWorkingHours(late, h);
        // Assert
        expect(a).toBeLessThanOrEqual(b);
      }),
    );
  });

  it("the result lies inside a session or at a session end, never before the start", () => {
    fc.assert(
      fc.property(clockArb, instantArb, hoursArb, ([, clock], t, h) => {
        // Act
        const end = clock.addWorkingHours(t, h);
        // Assert
        expect(inOrAtEndOfSession(clock, end)).toBe(true);
        expect(end).toBeGreaterThanOrEqual(t);
        if (h === 0) expect(end).toBe(clock.snap(t));
      }),
    );
  });

  it("agrees with a minute-stepping oracle on short spans (add and count)", () => {
    const hoursOf = { "one-stop": oneStopDefaultOfficeHours, standard: standardOfficeHours, "hai-duong": haiDuongOfficeHours } as const;
    fc.assert(
      fc.property(clockArb, instantArb, fc.integer({ min: 0, max: 24 * 60 }), fc.integer({ min: -3 * 1440, max: 3 * 1440 }), ([name, clock], t, minutes, delta) => {
        // Arrange
        const hours = hoursOf[name as keyof typeof hoursOf];
        const other = t + delta * MS_PER_MINUTE;
        // Act
        const end = clock.addWorkingHours(t, minutes / 60);
        const counted = clock.countWorkingHours(t, other);
        // Assert
        expect(local(end)).toBe(local(oracleAdd(hours, t, minutes)));
        expect(Math.round(counted * 60)).toBe(oracleCount(hours, t, other));
        expect(counted * 60).toBeCloseTo(oracleCount(hours, t, other), 9);
      }),
    );
  });

  it("countWorkingHours is antisymmetric and additive", () => {
    fc.assert(
      fc.property(clockArb, instantArb, instantArb, instantArb, ([, clock], a, b, c) => {
        // Act
        const ab = clock.countWorkingHours(a, b);
        const bc = clock.countWorkingHours(b, c);
        const ac = clock.countWorkingHours(a, c);
        // Assert
        // (+ 0 reads −0 as 0: an empty span counted backwards is −0, the same count)
        expect(clock.countWorkingHours(b, a) + 0).toBe(-ab + 0);
        expect(ab + bc).toBeCloseTo(ac, 9);
      }),
    );
  });

  it("the legacy flag changes nothing for starts on working days", () => {
    fc.assert(
      fc.property(clockArb, instantArb, hoursArb, ([, clock], t, h) => {
        // Arrange
        fc.pre(days2024.isWorking(civilOfEpochMs(t).day));
        // Act
        const legacy = clock.addWorkingHours(t, h, { snapNonWorkingDays: false });
        // Assert
        expect(legacy).toBe(clock.addWorkingHours(t, h));
      }),
    );
  });
});
