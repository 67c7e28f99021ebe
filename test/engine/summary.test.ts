import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../src/calendar/index.js";
import { evaluate, summarize, toRows } from "../../src/engine/index.js";
import type { Event } from "../../src/schema/event.js";
import { planWith } from "./_plans.js";

const cal = civilServiceCalendar;

/**
 * Seed 003 (Báo cáo 321/BC-BQL, 19/7/2024): "Tính từ ngày 20/6/2024 đến ngày 19/7/2024 Ban Quản lý
 * đã giải quyết được: 77 TTHC …; trong đó, 08 TTHC quá hạn" and "tiếp nhận 53 TTHC trực tuyến".
 * The events below are generated so that these figures hold; the summary must find them.
 */
function seed003(): { plan: ReturnType<typeof planWith>; events: Event[] } {
  const plan = planWith(
    {},
    {
      obligations: [
        { kind: "triggered", id: "TTHC", title: "Giải quyết hồ sơ TTHC", owner: ["qlđt", "qhxd"], trigger: { type: "dossier_received" }, deadline: "trong 5 ngày làm việc kể từ ngày nhận đủ hồ sơ", completedBy: "dossier_resolved" },
        { kind: "triggered", id: "TN", title: "Tiếp nhận hồ sơ trực tuyến", owner: "vp", trigger: { type: "dossier_received", where: { "data.channel": "online" } }, deadline: "trong 1 ngày làm việc kể từ ngày nộp", completedBy: "dossier_accepted" },
      ],
    },
  );
  const events: Event[] = [];
  let n = 0;
  const add = (received: string, resolveAfter: number | null, online: boolean, unit: string): void => {
    n += 1;
    const subject = `HS-${String(n).padStart(3, "0")}`;
    events.push({ id: `r${n}`, type: "dossier_received", at: `${received}T09:00:00+07:00`, subject, unit, data: { channel: online ? "online" : "paper" } });
    if (online) events.push({ id: `a${n}`, type: "dossier_accepted", at: `${received}T15:00:00+07:00`, subject });
    if (resolveAfter !== null) events.push({ id: `d${n}`, type: "dossier_resolved", at: `${cal.addWorkingDays(received, resolveAfter)}T10:00:00+07:00`, subject });
  };
  // 77 resolved in the window: received on working days from 20/6, 69 within 5 working days, 8 after 7
  let day = "2024-06-20";
  for (let i = 0; i < 77; i++) {
    add(day, i < 8 ? 7 : i % 3, i < 53, i % 2 === 0 ? "qlđt" : "qhxd");
    if (i % 4 === 3) day = cal.nextWorkingDay(day);
  }
  // outside the window: resolved before it, and received in it but still open on 19/7
  add("2024-06-03", 2, false, "qlđt");
  add("2024-07-18", null, false, "qhxd");
  return { plan, events };
}

describe("summarize", () => {
  const { plan, events } = seed003();
  const window = { from: "2024-06-20", to: "2024-07-19", label: "Tháng 7/2024" };
  const e = evaluate(plan, events, { asOf: "2024-07-19T17:00:00+07:00", summary: { periods: [window] } });

  it('reproduces seed 003: "77 hồ sơ giải quyết, 08 quá hạn" in the window 20/6–19/7/2024', () => {
    // Arrange: only the resolution obligation
    const tthc = e.findings.filter((f) => f.obligation === "TTHC");
    // Act
    const row = summarize(tthc, { asOf: e.asOf, periods: [window] }).byPeriod[0];
    // Assert
    expect(row).toMatchObject({ label: "Tháng 7/2024", resolved: 77, late: 8, early: expect.any(Number), onTime: expect.any(Number) });
    expect((row?.early ?? 0) + (row?.onTime ?? 0)).toBe(69);
    expect(row?.rate).toBeCloseTo(69 / 77, 10);
  });

  it('reproduces "tiếp nhận 53 TTHC trực tuyến" as the online-acceptance obligation\'s received count', () => {
    const online = summarize(e.findings.filter((f) => f.obligation === "TN"), { asOf: e.asOf, periods: [window] }).byPeriod[0];
    expect(online?.received).toBe(53);
  });

  it("the evaluation carries the same summary for the periods it was asked for", () => {
    expect(e.summary.byPeriod).toHaveLength(1);
    expect(e.summary.byObligation.map((r) => r.key)).toEqual(["TN", "TTHC"]);
    expect(e.summary.byUnit.map((r) => r.label)).toEqual(["Phòng Quy hoạch xây dựng", "Phòng Quản lý đầu tư", "Văn phòng"]);
  });

  it("rates are parameters: numerator, denominator (received, due, resolved), open-overdue and the empty value", () => {
    const tthc = e.findings.filter((f) => f.obligation === "TTHC");
    const at = (rate: object) => summarize(tthc, { asOf: e.asOf, periods: [window], rate }).byPeriod[0];
    // received in the window: 78 (77 + the one still open), of which 69 done on time, 1 open not due
    expect(at({ denominator: "received" })).toMatchObject({ received: 78, denominator: 78, numerator: 69 });
    expect(at({ denominator: "received", numerator: ["early", "on_time", "open_not_due"] })).toMatchObject({ numerator: 70 });
    expect(at({ denominator: "resolved", numerator: ["early"] })?.numerator).toBe(at({})?.early);
    const empty = summarize([], { asOf: e.asOf, periods: [window], rate: { emptyValue: 1 } }).byPeriod[0];
    expect(empty).toMatchObject({ denominator: 0, rate: 1 });
    expect(summarize([], { asOf: e.asOf, periods: [window] }).byPeriod[0]?.rate).toBeNull();
  });

  it("open-overdue occurrences enter the denominator or not (VPCP 98.62 % = done ÷ (done + open-overdue))", () => {
    const plan2 = planWith({ kind: "dated", id: "nv", title: "NV", owner: "vp", trigger: { type: "assigned" }, completedBy: "done" });
    const ev2: Event[] = [
      { id: "a1", type: "assigned", at: "2024-01-02T08:00:00+07:00", subject: "1", deadline: "2024-01-10" },
      { id: "d1", type: "done", at: "2024-01-05T08:00:00+07:00", subject: "1" },
      { id: "a2", type: "assigned", at: "2024-01-02T08:00:00+07:00", subject: "2", deadline: "2024-01-10" },
    ];
    const r = evaluate(plan2, ev2, { asOf: "2024-01-31T00:00:00+07:00" });
    expect(summarize(r, { rate: { countOpenOverdue: true } }).byUnit[0]).toMatchObject({ numerator: 1, denominator: 2, rate: 0.5, overdue: 1 });
    expect(summarize(r, { rate: { countOpenOverdue: false } }).byUnit[0]).toMatchObject({ numerator: 1, denominator: 1, rate: 1 });
  });

  it("summarises per calendar month by default", () => {
    const rows = evaluate(plan, events, { asOf: "2024-07-19T17:00:00+07:00" }).summary.byPeriod;
    expect(rows.map((r) => r.key)).toEqual(["2024-06-01/2024-06-30", "2024-07-01/2024-07-31"]);
    expect(rows.reduce((s, r) => s + r.resolved, 0)).toBe(78 + 53);
  });

  it("rejects bad summary options with coded issues", () => {
    expect(() => summarize(e, { rate: { denominator: "all" as never } })).toThrow(expect.objectContaining({ code: "invalid_option" }));
    expect(() => summarize(e, { periods: [{ from: "2024-02-30", to: "2024-03-01" }] })).toThrow(expect.objectContaining({ code: "invalid_date" }));
    expect(() => summarize(e.findings)).toThrow(expect.objectContaining({ code: "missing_required" }));
  });
});

describe("Evaluation in the REPL", () => {
  const { plan, events } = seed003();
  const e = evaluate(plan, events.slice(0, 12), { asOf: "2024-07-19T17:00:00+07:00", locale: "en" });

  it("prints as a compact table (util.inspect.custom) and offers rows for console.table", () => {
    const text = inspect(e);
    expect(text.split("\n")[0]).toMatch(/^Evaluation p @ 2024-07-19T17:00:00\+07:00: \d+ findings/);
    expect(text).toContain("occurrence");
    const rows = (e as unknown as { rows(): unknown[] }).rows();
    expect(rows).toEqual(toRows(e));
    expect(rows[0]).toEqual(expect.objectContaining({ key: expect.any(String), status: expect.any(String), lastDay: expect.any(String) }));
    expect(["đúng hạn", "quá hạn (đã xong)", "quá hạn", "trong hạn", "đã hủy", "không thời hạn"]).toContain(toRows(e, "vi")[0]?.status);
  });

  it("stays plain data: JSON and structuredClone round-trip, no enumerable functions", () => {
    expect(Object.keys(e)).toEqual(["plan", "asOf", "calendar", "locale", "findings", "summary", "accounting"]);
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
    expect(structuredClone(e.findings)).toEqual(e.findings);
    expect(structuredClone(e)).toEqual(JSON.parse(JSON.stringify(e)));
  });
});
