/**
 * The working calendar at a glance: the official days off of 2024–2026 with their documents, and
 * a few working-day computations across Tết. Run: `node --import tsx examples/calendar.ts`.
 */
import { civilServiceCalendar as cal, createCalendar, solarToLunar } from "../src/index.js";

const WEEKDAY = {
  vi: ["", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"],
  en: ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};
const KIND: Record<"vi" | "en", Record<string, string>> = {
  vi: {
    holiday: "nghỉ lễ, tết",
    compensatory_off: "nghỉ bù",
    swapped_off: "nghỉ hoán đổi",
    makeup_workday: "làm bù",
    closure: "nghỉ riêng",
    extra_workday: "làm thêm",
  },
  en: {
    holiday: "public holiday",
    compensatory_off: "compensatory",
    swapped_off: "swapped off",
    makeup_workday: "make-up day",
    closure: "closure",
    extra_workday: "extra workday",
  },
};

/** Prints the official days off and make-up working days of the given years, with their documents. */
export function printDaysOff(years: readonly number[], locale: "vi" | "en" = "vi"): void {
  for (const year of years) {
    console.log(
      locale === "en"
        ? `\nDays off and make-up working days of ${year} (civil service); ÂL = lunar date:`
        : `\nNgày nghỉ và ngày làm bù năm ${year} (cán bộ, công chức, viên chức):`,
    );
    for (const d of cal.specialDays(year)) {
      const lunar = solarToLunar(d.date);
      const status = d.status === "decided" ? "" : `  [${d.status}]`;
      console.log(
        `  ${d.date} ${WEEKDAY[locale][d.weekday]?.padEnd(9)} ${(KIND[locale][d.kind] ?? d.kind).padEnd(14)} ${(d.name ?? "").padEnd(34)} ` +
          `ÂL ${String(lunar.day).padStart(2)}/${String(lunar.month).padStart(2)}${lunar.leap ? "n" : " "}  ${d.source?.doc ?? ""}${status}`,
      );
    }
  }
}

export function printCalendar(years: readonly number[] = [2024, 2025, 2026]): void {
  printDaysOff(years);

  console.log("\nTính ngày làm việc qua Tết:");
  const lines: [string, string][] = [
    ["10 ngày làm việc sau 29/01/2024", cal.addWorkingDays("2024-01-29", 10)],
    ["ngày làm việc kế tiếp sau 07/02/2024", cal.nextWorkingDay("2024-02-07")],
    ["số ngày làm việc từ 24/01/2025 đến 03/02/2025", String(cal.countWorkingDays("2025-01-24", "2025-02-03"))],
    ["5 ngày làm việc trước 23/02/2026", cal.addWorkingDays("2026-02-23", -5)],
  ];
  for (const [label, value] of lines) console.log(`  ${label.padEnd(48)} → ${value}`);

  const whatIf = createCalendar({ daysOff: [{ date: "2026-11-23", name: "Giả định: nghỉ hoán đổi 23/11" }], workingDays: ["2026-11-28"] });
  console.log("\nGiả định (what-if): nghỉ thứ Hai 23/11/2026, làm bù thứ Bảy 28/11/2026:");
  console.log(`  3 ngày làm việc sau 20/11/2026: ${cal.addWorkingDays("2026-11-20", 3)} (lịch hiện hành) → ${whatIf.addWorkingDays("2026-11-20", 3)} (giả định)`);
}

if (import.meta.url === `file://${process.argv[1]}`) printCalendar();
