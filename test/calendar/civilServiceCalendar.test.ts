import { describe, expect, it } from "vitest";
import { civilServiceCalendar as cal } from "../../src/calendar/index.js";
import { dayNumberFromYmd, fromDayNumber, weekdayOf, type DayNumber } from "../../src/day/dayNumber.js";

/** Non-working weekdays and worked weekend days of a year, computed from isWorkingDay only. */
function exceptions(year: number): { off: string[]; worked: string[] } {
  const off: string[] = [];
  const worked: string[] = [];
  for (let d = dayNumberFromYmd(year, 1, 1); d <= dayNumberFromYmd(year, 12, 31); d++) {
    const iso = fromDayNumber(d as DayNumber);
    const weekend = weekdayOf(d) >= 6;
    const working = cal.isWorkingDay(iso);
    if (!weekend && !working) off.push(iso.slice(5));
    if (weekend && working) worked.push(iso.slice(5));
  }
  return { off, worked };
}

/** The §10 table of the research notes, year by year: weekdays off and Saturdays worked. */
const EXPECTED: Record<number, { source: string; off: string[]; worked: string[] }> = {
  2019: {
    source: "CV 6519/VPCP-KGVX; BLLĐ 2012 Đ.115",
    // 1/1; Tết 04–08/02 (29 Chạp on Sun 03/02 → nghỉ bù Fri 08/02); nghỉ bù Giỗ Tổ 15/04; swap 29/04; 30/4, 1/5; 2/9.
    off: ["01-01", "02-04", "02-05", "02-06", "02-07", "02-08", "04-15", "04-29", "04-30", "05-01", "09-02"],
    worked: ["01-05", "05-04"],
  },
  2020: {
    source: "Bộ LĐTBXH notice 2020; BLLĐ 2012 Đ.115",
    // Tết 23–29/01 with nghỉ bù 28–29/01 for mùng 1–2 on Sat–Sun; Giỗ Tổ 02/04; 30/4–1/5; Quốc khánh 1 day.
    off: ["01-01", "01-23", "01-24", "01-27", "01-28", "01-29", "04-02", "04-30", "05-01", "09-02"],
    worked: [],
  },
  2021: {
    source: "TB 4875/TB-LĐTBXH; BLLĐ 2019 Đ.111.3, Đ.112",
    // Tết 10–16/02 (mùng 2–3 on the weekend → 15–16/02); 1/5 Sat → Mon 03/05; Quốc khánh 2–3/9.
    off: ["01-01", "02-10", "02-11", "02-12", "02-15", "02-16", "04-21", "04-30", "05-03", "09-02", "09-03"],
    worked: [],
  },
  2022: {
    source: "CV 245/VPCP-KGVX; BLLĐ 2019 Đ.111.3",
    // 1/1 Sat → 03/01; Tết 31/01–04/02; Giỗ Tổ Sun → 11/04; 30/4–1/5 on the weekend → 02–03/05; Quốc khánh 1–2/9.
    off: ["01-03", "01-31", "02-01", "02-02", "02-03", "02-04", "04-11", "05-02", "05-03", "09-01", "09-02"],
    worked: [],
  },
  2023: {
    source: "CV 8056/VPCP-KGVX; BLLĐ 2019 Đ.111.3",
    // 1/1 Sun → 02/01; Tết 20–26/01; Giỗ Tổ Sat, 30/4 Sun, 1/5 Mon → 02–03/05 (no swap); 2/9 Sat → Mon 04/09.
    off: ["01-02", "01-20", "01-23", "01-24", "01-25", "01-26", "05-01", "05-02", "05-03", "09-01", "09-04"],
    worked: [],
  },
  2024: {
    source: "CV 8662/VPCP-KGVX + TB 5015/TB-LĐTBXH; CV 2450/VPCP-KGVX",
    // Tết 08–14/02 (5 days + 2 nghỉ bù); Giỗ Tổ 18/04; swap 29/04 ↔ Sat 04/05; Quốc khánh 2–3/9.
    off: ["01-01", "02-08", "02-09", "02-12", "02-13", "02-14", "04-18", "04-29", "04-30", "05-01", "09-02", "09-03"],
    worked: ["05-04"],
  },
  2025: {
    source: "CV 8726/VPCP-KGVX + TB 6150/TB-BLĐTBXH",
    // 12 weekdays off: 1/1; 27–31/1; 7/4; 30/4; 1–2/5; 1–2/9. Sat 26/04 worked for Fri 02/05.
    off: ["01-01", "01-27", "01-28", "01-29", "01-30", "01-31", "04-07", "04-30", "05-01", "05-02", "09-01", "09-02"],
    worked: ["04-26"],
  },
  2026: {
    source: "CV 12729/VPCP-KGVX; CV 9859/VPCP-KGVX + TB 9441/TB-BNV; CV 3383/BNV-CVL; NQ 28/2026/QH16 (reported)",
    // 1/1 + swap 02/01 ↔ Sat 10/01; Tết 16–20/02; Giỗ Tổ Sun → 27/04; 30/4–1/5; swap 31/08 ↔ Sat 22/08; 1–2/9; 24/11 (reported).
    off: ["01-01", "01-02", "02-16", "02-17", "02-18", "02-19", "02-20", "04-27", "04-30", "05-01", "08-31", "09-01", "09-02", "11-24"],
    worked: ["01-10", "08-22"],
  },
};

describe("civilServiceCalendar", () => {
  it.each(Object.entries(EXPECTED).map(([y, e]) => [Number(y), e.source, e] as const))(
    "%i: the weekdays off and the Saturdays worked are exactly those of the official schedule (%s)",
    (year, _source, expected) => {
      // Act
      const actual = exceptions(year);
      // Assert
      expect(actual).toEqual({ off: expected.off, worked: expected.worked });
    },
  );

  it("2025 has 12 weekdays off (sanity check of the notes) and Sat 26/04 is worked", () => {
    expect(exceptions(2025).off).toHaveLength(12);
    expect(cal.dayInfo("2025-04-26")).toMatchObject({ working: true, kind: "makeup_workday", status: "decided", source: { doc: "CV 8726/VPCP-KGVX + TB 6150/TB-BLĐTBXH" } });
  });

  it("2026 has 25 days of breaks before 24/11, as the press counted (CV 12729, CV 9859 + TB 9441, CV 3383)", () => {
    // Arrange: a break is a maximal run of days off that contains a holiday, nghỉ bù or swapped day.
    let total = 0;
    let run = 0;
    let special = false;
    // Act
    for (let d = dayNumberFromYmd(2026, 1, 1); d <= dayNumberFromYmd(2026, 11, 23); d++) {
      const info = cal.dayInfo(fromDayNumber(d as DayNumber));
      if (!info.working) {
        run++;
        special ||= info.kind !== "weekend";
      } else {
        if (special) total += run;
        run = 0;
        special = false;
      }
    }
    // Assert: 01–04/01 (4), 14–22/02 (9), 25–27/04 (3), 30/04–03/05 (4), 29/08–02/09 (5).
    expect(total).toBe(25);
  });

  it("the Tết Dương lịch 2019 swap starts in 2018: Mon 31/12/2018 is off (CV 6519/VPCP-KGVX), made up Sat 05/01/2019", () => {
    expect(cal.dayInfo("2018-12-31")).toMatchObject({ working: false, kind: "swapped_off", status: "decided" });
    expect(cal.isWorkingDay("2019-01-05")).toBe(true);
  });

  it("10 working days from Mon 29/01/2024 skip Tết: 08–14/02 are off (TB 5015/TB-LĐTBXH), so day 10 is Mon 19/02", () => {
    expect(cal.addWorkingDays("2024-01-29", 10)).toBe("2024-02-19");
    expect(cal.countWorkingDays("2024-01-29", "2024-02-19")).toBe(10);
  });

  it("5 working days from Fri 07/03/2025 end on the next Friday 14/03 (no holiday in between)", () => {
    expect(cal.addWorkingDays("2025-03-07", 5)).toBe("2025-03-14");
  });

  it("the start day is never counted, working or not (BLDS Đ.147.2): from Sat 26/04/2025 (làm bù) +1 is Mon 28/04", () => {
    expect(cal.addWorkingDays("2025-04-26", 1)).toBe("2025-04-28");
    expect(cal.addWorkingDays("2025-04-25", 1)).toBe("2025-04-26");
    expect(cal.addWorkingDays("2025-04-27", 1)).toBe("2025-04-28");
  });

  it("amount 0 gives the day itself when it is worked, else the next working day (Tết 2025 → Mon 03/02)", () => {
    expect(cal.addWorkingDays("2025-01-24", 0)).toBe("2025-01-24");
    expect(cal.addWorkingDays("2025-01-29", 0)).toBe("2025-02-03");
  });

  it("negative amounts count backwards strictly before the day: 1 working day before Mon 03/02/2025 is Fri 24/01", () => {
    expect(cal.addWorkingDays("2025-02-03", -1)).toBe("2025-01-24");
    expect(cal.previousWorkingDay("2025-02-03")).toBe("2025-01-24");
    expect(cal.nextWorkingDay("2025-01-24")).toBe("2025-02-03");
  });

  it("countWorkingDays counts from < d ≤ to and mirrors when to < from", () => {
    expect(cal.countWorkingDays("2025-01-24", "2025-02-03")).toBe(1);
    expect(cal.countWorkingDays("2025-02-03", "2025-01-24")).toBe(-1);
    expect(cal.countWorkingDays("2025-01-24", "2025-01-24")).toBe(0);
  });

  it("read as 10 ngày làm việc, 'trong 10 ngày kể từ' Tue 14/11/2023 ends on Tue 28/11/2023 (notes §1)", () => {
    expect(cal.addWorkingDays("2023-11-14", 10)).toBe("2023-11-28");
  });

  it("dayInfo cites the source and status: 24/11/2026 is a reported holiday (NQ 28/2026/QH16)", () => {
    expect(cal.dayInfo("2026-11-24")).toEqual({
      date: "2026-11-24",
      weekday: 2,
      working: false,
      kind: "holiday",
      name: "Ngày Văn hóa Việt Nam (mới)",
      source: { doc: "NQ 28/2026/QH16" },
      status: "reported",
    });
    expect(cal.dayInfo("2025-04-07").source).toEqual({ doc: "Bộ luật Lao động 2019 (45/2019/QH14)", date: "2019-11-20", article: "Điều 112.1.e" });
  });

  it("the proposed 24/11/2026 swap is not used by default: Mon 23/11 worked, Sat 28/11 rest", () => {
    expect(cal.isWorkingDay("2026-11-23")).toBe(true);
    expect(cal.isWorkingDay("2026-11-28")).toBe(false);
  });

  it("plain days: decided in 2019–2026, projected in 2027 and in years without a schedule", () => {
    expect(cal.dayInfo("2025-03-12")).toEqual({ date: "2025-03-12", weekday: 3, working: true, kind: "weekday", status: "decided" });
    expect(cal.dayInfo("2025-03-15").kind).toBe("weekend");
    expect(cal.dayInfo("2027-03-10").status).toBe("projected");
    expect(cal.dayInfo("2018-03-14").status).toBe("projected");
    expect(cal.dayInfo("2028-03-15").status).toBe("projected");
  });

  it("2027: Tết 04–10/02 and Quốc khánh 02–03/09 are reported (CV 10065/VPCP-KGVX); 30/4, 1/5 (Sat → nghỉ bù Mon 03/05), Giỗ Tổ 16/04 projected", () => {
    expect(cal.specialDays(2027).map((d) => [d.date, d.kind, d.status])).toEqual([
      ["2027-01-01", "holiday", "projected"],
      ["2027-02-04", "holiday", "reported"],
      ["2027-02-05", "holiday", "reported"],
      ["2027-02-06", "holiday", "reported"],
      ["2027-02-07", "holiday", "reported"],
      ["2027-02-08", "holiday", "reported"],
      ["2027-02-09", "compensatory_off", "reported"],
      ["2027-02-10", "compensatory_off", "reported"],
      ["2027-04-16", "holiday", "projected"],
      ["2027-04-30", "holiday", "projected"],
      ["2027-05-01", "holiday", "projected"],
      ["2027-05-03", "compensatory_off", "projected"],
      ["2027-09-02", "holiday", "reported"],
      ["2027-09-03", "holiday", "reported"],
      ["2027-11-24", "holiday", "projected"],
    ]);
  });

  it("specialDaysBetween and undecidedDaysBetween are inclusive and sorted", () => {
    expect(cal.specialDaysBetween("2025-04-26", "2025-05-02").map((d) => d.date)).toEqual(["2025-04-26", "2025-04-30", "2025-05-01", "2025-05-02"]);
    expect(cal.specialDaysBetween("2025-05-02", "2025-04-26")).toEqual([]);
    // 24/11 is reported (NQ 28/2026/QH16); 23/11 and 28/11 carry the proposed swap, which is not accepted
    // by default, so they keep their kind but are not settled.
    expect(cal.undecidedDaysBetween("2026-11-20", "2026-11-30").map((d) => [d.date, d.kind, d.status])).toEqual([
      ["2026-11-23", "weekday", "proposed"],
      ["2026-11-24", "holiday", "reported"],
      ["2026-11-28", "weekend", "proposed"],
    ]);
    expect(cal.undecidedDaysBetween("2026-12-30", "2027-01-02").map((d) => [d.date, d.status])).toEqual([
      ["2027-01-01", "projected"],
      ["2027-01-02", "projected"],
    ]);
  });

  it("has the documented name and options", () => {
    expect(cal.name).toBe("civil-service");
    expect(cal.options).toMatchObject({ weeklyRest: [6, 7], swaps: true, accept: ["decided", "reported"], cultureDayCompensatory: false });
    expect(cal.officeHours).toBeUndefined();
  });
});
