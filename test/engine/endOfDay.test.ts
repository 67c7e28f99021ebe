import { describe, expect, it } from "vitest";
import { createCalendar } from "../../src/calendar/index.js";
import { computeDeadline } from "../../src/deadline/computeDeadline.js";
import { explainDeadline } from "../../src/deadline/explain.js";
import { evaluate } from "../../src/engine/index.js";
import { ev, planWith } from "./_plans.js";

const sessions = [
  { start: "07:00", end: "11:30" },
  { start: "13:30", end: "17:00" },
];
const officeCalendar = createCalendar({ name: "office-hours", officeHours: { sessions } });
const sameDay = { kind: "same_day", nextWorkingDay: false } as const;

describe('"trong ngày" with endOfDay: "office_close"', () => {
  it("a dossier received at 17:30 on Friday 12/01/2024, after closing, is due at the close of Monday 15/01 (was 17:00 the same day: born late)", () => {
    const d = computeDeadline(sameDay, { anchor: "2024-01-12T17:30:00+07:00", calendar: officeCalendar, policy: { endOfDay: "office_close" } });
    expect(d).toMatchObject({ lastDay: "2024-01-15", endsAt: "2024-01-15T17:00:00+07:00" });
    expect(d.trace.map((s) => s.code)).toContain("cutoff_applied");
    expect(explainDeadline(d, { locale: "vi" }).join(" ")).toContain("sau giờ làm việc (kết thúc lúc 17:00)");
    expect(explainDeadline(d, { locale: "en" }).join(" ")).toContain("after office hours (closing at 17:00)");
  });

  it("received at 17:00 exactly, the close itself, is handled the next working day; at 16:59 the same day until 17:00", () => {
    expect(computeDeadline(sameDay, { anchor: "2024-01-12T17:00:00+07:00", calendar: officeCalendar, policy: { endOfDay: "office_close" } }).lastDay).toBe("2024-01-15");
    expect(computeDeadline(sameDay, { anchor: "2024-01-12T16:59:00+07:00", calendar: officeCalendar, policy: { endOfDay: "office_close" } })).toMatchObject({
      lastDay: "2024-01-12",
      endsAt: "2024-01-12T17:00:00+07:00",
    });
  });

  it("with endOfDay midnight (BLDS Đ.148.6) a receipt at 17:30 is still due by 24:00 the same day", () => {
    expect(computeDeadline(sameDay, { anchor: "2024-01-12T17:30:00+07:00", calendar: officeCalendar })).toMatchObject({ lastDay: "2024-01-12", endsAt: "2024-01-13T00:00:00+07:00" });
  });

  it("in evaluate, the 17:30 dossier resolved on Monday morning is on time, not late from its receipt", () => {
    const plan = planWith(
      { kind: "triggered", id: "tn", title: "Giải quyết trong ngày", owner: "ttdv", trigger: { type: "dossier_received" }, deadline: "trong ngày", completedBy: "dossier_resolved" },
      { calendar: { officeHours: { sessions } }, policy: { endOfDay: "office_close" } },
    );
    const events = [ev("dossier_received", "2024-01-12T17:30:00+07:00", { subject: "HS-1" }), ev("dossier_resolved", "2024-01-15T09:00:00+07:00", { subject: "HS-1" })];
    const e = evaluate(plan, events, { asOf: "2024-01-16T00:00:00+07:00" });
    expect(e.findings.map((f) => [f.key, f.status, f.lastDay, f.endsAt])).toEqual([["tn:HS-1", "on_time", "2024-01-15", "2024-01-15T17:00:00+07:00"]]);
  });
});
