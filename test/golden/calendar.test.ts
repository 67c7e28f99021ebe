import { describe, it } from "vitest";
import { civilServiceCalendar } from "../../src/calendar/index.js";
import { expectGolden } from "./_golden.js";

/** The years with an official (or reported) schedule. */
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027];

describe("calendar golden files", () => {
  it.each(YEARS)("civilServiceCalendar.specialDays(%i) matches test/golden/calendar/<year>.json", (year) => {
    // Arrange / Act
    const rows = civilServiceCalendar.specialDays(year).map((d) => ({
      date: d.date,
      weekday: d.weekday,
      kind: d.kind,
      working: d.working,
      name: d.name ?? null,
      source: d.source ?? null,
      status: d.status,
    }));
    // Assert
    expectGolden(`calendar/${year}.json`, rows);
  });
});
