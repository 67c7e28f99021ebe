import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { civilOfEpochMs, epochMsOfCivil, epochMsToInstant, instantToEpochMs } from "../../src/day/instant.js";
import { dayNumberFromYmd } from "../../src/day/dayNumber.js";

// The library carries Asia/Ho_Chi_Minh's offsets before 1975 itself; luxon (a devDependency here)
// reads the same IANA data through the host's Intl. They must agree on every instant and local time.
const ZONE = "Asia/Ho_Chi_Minh";
const MS_PER_DAY = 86_400_000;
const TRANSITIONS = [
  Date.UTC(1911, 3, 30, 16, 53, 30), Date.UTC(1942, 11, 31, 16), Date.UTC(1945, 2, 14, 15), Date.UTC(1945, 8, 1, 15),
  Date.UTC(1947, 2, 31, 17), Date.UTC(1955, 5, 30, 17), Date.UTC(1959, 11, 31, 16), Date.UTC(1975, 5, 12, 16),
];
const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** What luxon says for an instant: the civil day number, ms of day and its ISO text. */
function luxonAt(ms: number): { day: number; msOfDay: number; iso: string } {
  const dt = DateTime.fromMillis(ms, { zone: ZONE });
  return {
    day: dayNumberFromYmd(dt.year, dt.month, dt.day),
    msOfDay: ((dt.hour * 60 + dt.minute) * 60 + dt.second) * 1000 + dt.millisecond,
    iso: dt.toISO({ suppressMilliseconds: true }) as string,
  };
}

/** Local wall-clock fields of a "UTC-like" local millisecond count. */
function fields(localMs: number): { year: number; month: number; day: number; hour: number; minute: number; second: number; millisecond: number } {
  const d = new Date(localMs);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: d.getUTCMilliseconds() };
}

function localText(localMs: number): string {
  const f = fields(localMs);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}.${pad(f.millisecond, 3)}`;
}

/**
 * Luxon writes local mean time's offset without its seconds (`+07:06`), which does not read back to
 * the same instant; the library writes `+07:06:30`. Apart from that the texts must be equal, and the
 * library's text must read back to the instant.
 */
function expectSameInstant(ms: number): void {
  const mine = civilOfEpochMs(ms);
  const theirs = luxonAt(ms);
  const iso = epochMsToInstant(ms);
  expect({ day: mine.day, msOfDay: mine.msOfDay, iso: iso.replace(/\+07:06:30$/, "+07:06") }).toEqual(theirs);
  expect(instantToEpochMs(iso)).toBe(ms);
}

function expectSameLocal(localMs: number): void {
  expect(instantToEpochMs(localText(localMs))).toBe(DateTime.fromObject(fields(localMs), { zone: ZONE }).toMillis());
}

describe("Vietnamese civil time before 13/06/1975", () => {
  it("agrees with luxon minute by minute within 3 hours of every change of offset (LMT 7:06:30 → +07 in 1911, +08 in 1943, +09 in 1945 …)", () => {
    for (const at of TRANSITIONS) {
      for (let t = at - 3 * 3_600_000; t <= at + 3 * 3_600_000; t += 60_000) {
        expectSameInstant(t);
        expectSameInstant(t + 30_000);
        expectSameLocal(t + 7 * 3_600_000); // local times around the change: skipped and repeated ones included
      }
    }
  });

  it("writes local mean time with the seconds of its offset, so that it reads back: 1905-01-01T00:00Z is 07:06:30 at +07:06:30", () => {
    expect(epochMsToInstant(Date.UTC(1905, 0, 1))).toBe("1905-01-01T07:06:30+07:06:30");
    expect(instantToEpochMs("1905-01-01T07:06:30+07:06:30")).toBe(Date.UTC(1905, 0, 1));
  });
});

describe("Vietnamese civil time before 13/06/1975 (properties)", () => {
  const range = { min: Date.UTC(1899, 11, 31), max: Date.UTC(1975, 5, 14) };

  it("every instant has the civil day, time and ISO text luxon gives", () => {
    fc.assert(fc.property(fc.integer(range), (ms) => expectSameInstant(ms)));
  });

  it("every local time without an offset reads as the instant luxon gives", () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(1975, 5, 14) }), (localMs) => expectSameLocal(localMs)));
  });

  it("the start of every civil day (and a time in it) is the instant luxon gives for that local midnight", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberFromYmd(1900, 1, 1), max: dayNumberFromYmd(1975, 6, 13) }), fc.integer({ min: 0, max: MS_PER_DAY }), (day, msOfDay) => {
        const f = fields(day * MS_PER_DAY);
        const midnight = DateTime.fromObject({ year: f.year, month: f.month, day: f.day }, { zone: ZONE }).toMillis();
        expect(epochMsOfCivil(day, msOfDay)).toBe(midnight + msOfDay);
      }),
    );
  });
});
