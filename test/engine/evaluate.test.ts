import { describe, expect, it } from "vitest";
import { civilServiceCalendar } from "../../src/calendar/index.js";
import { evaluate } from "../../src/engine/index.js";
import type { Evaluation, Finding } from "../../src/engine/types.js";
import { InvalidInputError } from "../../src/errors.js";
import { parsePlan, type PlanInput } from "../../src/schema/index.js";
import { ev, planWith, seedPlan } from "./_plans.js";

const ASOF = "2024-01-31T17:00:00+07:00";
const find = (e: Evaluation, key: string): Finding => {
  const f = e.findings.find((x) => x.key === key);
  if (f === undefined) throw new Error(`no finding ${key}; have ${e.findings.map((x) => x.key).join(", ")}`);
  return f;
};
const reasons = (e: Evaluation): Record<string, string> => Object.fromEntries(e.accounting.ignored.map((i) => [i.eventId ?? `#${i.index}`, i.reason]));

const publish3 = planWith({
  kind: "triggered",
  id: "dang_tai",
  title: "Đăng tải văn bản",
  owner: ["ttdv", "vp"],
  cooperating: ["vp"],
  trigger: { type: "document_issued" },
  deadline: "chậm nhất 3 ngày kể từ ngày ban hành",
  completedBy: "document_published",
});

describe("evaluate — triggered obligations and statuses", () => {
  // Issued Tue 09/01/2024: 3 days from the day after → Fri 12/01; ends 13/01 00:00.
  const issued = ev("document_issued", "2024-01-09T09:00:00+07:00", { id: "i1", subject: "56/QĐ-UBND" });

  it("done on an earlier day is on time and early (sớm hạn)", () => {
    const e = evaluate(publish3, [issued, ev("document_published", "2024-01-11T10:00:00+07:00", { subject: "56/QĐ-UBND" })], { asOf: ASOF });
    const f = find(e, "dang_tai:56/QĐ-UBND");
    expect(f).toMatchObject({ status: "on_time", early: true, lastDay: "2024-01-12", endsAt: "2024-01-13T00:00:00+07:00", daysLate: 0, owner: "ttdv", cooperating: ["vp"], subject: "56/QĐ-UBND", triggerEvent: "i1" });
  });

  it("done on the last day is on time but not early", () => {
    const e = evaluate(publish3, [issued, ev("document_published", "2024-01-12T23:59:00+07:00", { subject: "56/QĐ-UBND" })], { asOf: ASOF });
    expect(find(e, "dang_tai:56/QĐ-UBND")).toMatchObject({ status: "on_time", early: false });
  });

  it("done at endsAt exactly is late (on time iff doneAt < endsAt), with lateness in days and working days", () => {
    const e = evaluate(publish3, [issued, ev("document_published", "2024-01-13T00:00:00+07:00", { subject: "56/QĐ-UBND" })], { asOf: ASOF });
    expect(find(e, "dang_tai:56/QĐ-UBND")).toMatchObject({ status: "late", daysLate: 1, workingDaysLate: 0 });
    const later = evaluate(publish3, [issued, ev("document_published", "2024-01-16T08:00:00+07:00", { subject: "56/QĐ-UBND" })], { asOf: ASOF });
    // 12/01 → 16/01: Sat, Sun, Mon, Tue = 4 days, of which Mon and Tue are working days
    expect(find(later, "dang_tai:56/QĐ-UBND")).toMatchObject({ status: "late", daysLate: 4, workingDaysLate: 2 });
  });

  it("not done after endsAt is overdue, with lateness counted to asOf's day", () => {
    const e = evaluate(publish3, [issued], { asOf: "2024-01-15T09:00:00+07:00" });
    expect(find(e, "dang_tai:56/QĐ-UBND")).toMatchObject({ status: "overdue", daysLate: 3, workingDaysLate: 1, doneAt: null });
  });

  it("not done before endsAt is open, and due soon within 24 hours of asOf by default", () => {
    const e = evaluate(publish3, [issued], { asOf: "2024-01-12T08:00:00+07:00" });
    expect(find(e, "dang_tai:56/QĐ-UBND")).toMatchObject({ status: "open", dueSoon: true });
    const early = evaluate(publish3, [issued], { asOf: "2024-01-10T08:00:00+07:00" });
    expect(find(early, "dang_tai:56/QĐ-UBND")).toMatchObject({ status: "open", dueSoon: false });
    const wide = evaluate(publish3, [issued], { asOf: "2024-01-10T08:00:00+07:00", dueSoon: { amount: 2, unit: "working_day" } });
    expect(find(wide, "dang_tai:56/QĐ-UBND").dueSoon).toBe(true);
  });

  it("takes the owner from the event's unit when it is one of the owners, else the first owner", () => {
    const e = evaluate(publish3, [{ ...issued, unit: "vp" }, ev("document_issued", "2024-01-09T10:00:00+07:00", { subject: "X", unit: "qlđt" })], { asOf: ASOF });
    expect(find(e, "dang_tai:56/QĐ-UBND").owner).toBe("vp");
    expect(find(e, "dang_tai:X").owner).toBe("ttdv");
  });

  it("keys an occurrence by the trigger's id when it has no subject, and filters triggers by `where`", () => {
    const plan = planWith({ kind: "triggered", id: "t", title: "T", owner: "vp", trigger: { type: "document_issued", where: { "data.category": ["noi_bo", "tthc"] } }, deadline: "trong 3 ngày kể từ ngày ban hành", completedBy: "done" });
    const e = evaluate(plan, [ev("document_issued", "2024-01-09", { id: "a", data: { category: "tthc" } }), ev("document_issued", "2024-01-09", { id: "b", data: { category: "khac" } })], { asOf: ASOF });
    expect(e.findings.map((f) => f.key)).toEqual(["t:a"]);
    expect(reasons(e)).toEqual({ b: "filtered_out" });
  });

  it("explains the deadline in Vietnamese and English from its trace", () => {
    const e = evaluate(publish3, [issued], { asOf: ASOF });
    const f = find(e, "dang_tai:56/QĐ-UBND");
    expect(f.explanation.vi.join("\n")).toContain("Điều 147");
    expect(f.explanation.en.join("\n")).toMatch(/Counted 3/);
  });
});

describe("evaluate — anchor event, policies", () => {
  const online = planWith(
    {
      kind: "triggered",
      id: "giai_quyet",
      title: "Giải quyết hồ sơ trực tuyến",
      owner: "qlđt",
      trigger: { type: "dossier_submitted" },
      anchorEvent: "dossier_accepted",
      deadline: "trong 3 ngày làm việc kể từ ngày tiếp nhận",
      completedBy: "dossier_resolved",
    },
    {
      obligations: [
        { kind: "triggered", id: "giai_quyet", title: "Giải quyết hồ sơ trực tuyến", owner: "qlđt", trigger: { type: "dossier_submitted" }, anchorEvent: "dossier_accepted", deadline: "trong 3 ngày làm việc kể từ ngày tiếp nhận", completedBy: "dossier_resolved" },
        { kind: "triggered", id: "tiep_nhan", title: "Tiếp nhận hồ sơ trực tuyến", owner: "qlđt", trigger: { type: "dossier_submitted" }, deadline: { kind: "relative", amount: 8, unit: "working_hour", anchor: { text: "khi nộp hồ sơ" } }, completedBy: "dossier_accepted" },
      ],
      calendar: { officeHours: { sessions: [{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }] } },
    },
  );

  it("an online dossier counts from the officer's acceptance, which has its own deadline in office hours", () => {
    // Submitted Fri 12/01 16:00; 8 office hours end Mon 15/01 16:00; accepted Tue 16/01 09:00, 1 + 2 office hours late
    const events = [
      ev("dossier_submitted", "2024-01-12T16:00:00+07:00", { subject: "HS-9" }),
      ev("dossier_accepted", "2024-01-16T09:00:00+07:00", { subject: "HS-9" }),
    ];
    const e = evaluate(online, events, { asOf: ASOF });
    expect(find(e, "tiep_nhan:HS-9")).toMatchObject({ status: "late", endsAt: "2024-01-15T16:00:00+07:00", officeHoursLate: 3 });
    expect(find(e, "giai_quyet:HS-9")).toMatchObject({ startedAt: "2024-01-16T09:00:00+07:00", lastDay: "2024-01-19", status: "overdue" });
    expect(e.accounting.used.find((u) => u.eventId === events[1]?.id)).toEqual({ eventId: events[1]?.id, role: "anchor", occurrence: "giai_quyet:HS-9", also: [{ role: "completion", occurrence: "tiep_nhan:HS-9" }] });
  });

  it("an occurrence whose clock has not started is undated and never judged", () => {
    const e = evaluate(online, [ev("dossier_submitted", "2024-01-12T16:00:00+07:00", { subject: "HS-9" })], { asOf: ASOF });
    const f = find(e, "giai_quyet:HS-9");
    expect(f).toMatchObject({ status: "undated", lastDay: null, endsAt: null, daysLate: 0 });
    expect(f.explanation.en.join(" ")).toContain("has not started");
  });

  it("applies a per-obligation late-receipt cut-off (15:00) and records the policy used: 'trong ngày' received 15:30 is due the next working day, 14:30 the same day", () => {
    const plan = planWith({ kind: "triggered", id: "t", title: "T", owner: "vp", trigger: { type: "received" }, deadline: "trong ngày", completedBy: "done", policy: { lateReceiptCutoff: "15:00" } });
    const e = evaluate(plan, [ev("received", "2024-01-10T15:30:00+07:00", { subject: "a" }), ev("received", "2024-01-10T14:30:00+07:00", { subject: "b" })], { asOf: ASOF });
    expect(find(e, "t:a")).toMatchObject({ lastDay: "2024-01-11" });
    expect(find(e, "t:b")).toMatchObject({ lastDay: "2024-01-10" });
    expect(find(e, "t:a").policy.lateReceiptCutoff).toBe("15:00");
  });

  it("applies the plan's calendar overrides (a local closure day)", () => {
    const plan = { ...publish3, calendar: { daysOff: [{ date: "2024-01-12", name: "Nghỉ cục bộ" }] } };
    const e = evaluate(plan, [ev("document_issued", "2024-01-09T09:00:00+07:00", { subject: "s" })], { asOf: ASOF });
    // 3 calendar days end Fri 12/01, a day off now: rolled forward to Mon 15/01 (Đ.148.5)
    expect(find(e, "dang_tai:s").lastDay).toBe("2024-01-15");
  });
});

describe("evaluate — recurring obligations", () => {
  const monthly = planWith({ kind: "recurring", id: "bc", title: "Báo cáo tháng", owner: "vp", deadline: "ngày 10 hàng tháng", completedBy: "report_sent" });

  it("opens one occurrence per period from the plan's start to the first one due after asOf", () => {
    const e = evaluate(monthly, [], { asOf: "2024-03-31T17:00:00+07:00" });
    expect(e.findings.map((f) => [f.key, f.status])).toEqual([
      ["bc:2024-01", "overdue"],
      ["bc:2024-02", "overdue"],
      ["bc:2024-03", "overdue"],
      ["bc:2024-04", "open"],
    ]);
  });

  it("matches a completion by the period it names, else by the earliest occurrence open at that time", () => {
    const events = [
      ev("report_sent", "2024-02-08T10:00:00+07:00", { id: "feb", period: "2024-02" }),
      ev("report_sent", "2024-03-09T10:00:00+07:00", { id: "any" }), // no period: the earliest open, January's
    ];
    const e = evaluate(monthly, events, { asOf: "2024-03-31T17:00:00+07:00" });
    expect(find(e, "bc:2024-01")).toMatchObject({ status: "late", doneEvent: "any" });
    expect(find(e, "bc:2024-02")).toMatchObject({ status: "on_time", early: true, doneEvent: "feb" });
    expect(find(e, "bc:2024-03").status).toBe("overdue");
  });

  it("a period that names no occurrence is listed as no_matching_occurrence", () => {
    const e = evaluate(monthly, [ev("report_sent", "2024-02-08T10:00:00+07:00", { id: "x", period: "2023-12" })], { asOf: "2024-03-01T00:00:00+07:00" });
    expect(reasons(e)).toEqual({ x: "no_matching_occurrence" });
  });

  it('reads yearly phrases: "trước ngày 5/01 hằng năm" (strictly before) and "trong tháng 1 hằng năm"', () => {
    const plan = planWith(
      {},
      {
        obligations: [
          { kind: "recurring", id: "cam_ket", title: "Cam kết", owner: "vp", deadline: "chậm nhất trước ngày 5/01 hằng năm", completedBy: "filed" },
          { kind: "recurring", id: "mo_hinh", title: "Mô hình", owner: "vp", deadline: "trong tháng 1 hằng năm", completedBy: "model" },
        ],
      },
    );
    const e = evaluate(plan, [ev("filed", "2024-01-05T08:00:00+07:00", { period: "2024" }), ev("model", "2024-01-20T08:00:00+07:00")], { asOf: "2024-02-01T00:00:00+07:00" });
    expect(find(e, "cam_ket:2024")).toMatchObject({ lastDay: "2024-01-04", status: "late" });
    expect(find(e, "mo_hinh:2024")).toMatchObject({ lastDay: "2024-01-31", status: "on_time", early: true });
    expect(e.findings.map((f) => f.key)).toContain("cam_ket:2025");
  });

  it('reads quarterly report dates "trước ngày 03/3, 03/6, 03/9" and matches an event naming the quarter', () => {
    const plan = planWith({ kind: "recurring", id: "tt", title: "Báo cáo tuyên truyền", owner: "vp", deadline: "trước ngày 03/3, 03/6, 03/9", completedBy: "sent" });
    const e = evaluate(plan, [ev("sent", "2024-05-30T08:00:00+07:00", { id: "q2", period: "2024-Q2" })], { asOf: "2024-06-30T00:00:00+07:00" });
    expect(e.findings.map((f) => [f.lastDay, f.status])).toEqual([
      ["2024-03-02", "overdue"],
      ["2024-06-02", "on_time"],
      ["2024-09-02", "open"],
    ]);
  });

  it("accepts an RRULE", () => {
    const plan = planWith({ kind: "recurring", id: "w", title: "Giao ban tuần", owner: "vp", deadline: { kind: "rrule", rrule: "FREQ=WEEKLY;BYDAY=FR", bound: "by" }, completedBy: "held" });
    const e = evaluate(plan, [], { asOf: "2024-01-20T00:00:00+07:00" });
    expect(e.findings.map((f) => f.lastDay)).toEqual(["2024-01-05", "2024-01-12", "2024-01-19", "2024-01-26"]);
  });
});

describe("evaluate — dated obligations", () => {
  const tasks = planWith({ kind: "dated", id: "nv", title: "Nhiệm vụ UBND TP giao", owner: ["qlđt", "vp"], trigger: { type: "task_assigned" }, cap: "không quá 90 ngày", completedBy: "task_reported" });

  it("takes the deadline the event states: a date is inclusive, a phrase as written (nộp trước ngày X = strictly before)", () => {
    const e = evaluate(
      tasks,
      [
        ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject: "A", unit: "qlđt", deadline: "2024-01-25" }),
        ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject: "B", deadline: "nộp trước ngày 25/01/2024" }),
        ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject: "C", deadline: "2024-01-25T16:30:00+07:00" }),
        ev("task_reported", "2024-01-25T10:00:00+07:00", { subject: "A" }),
        ev("task_reported", "2024-01-25T10:00:00+07:00", { subject: "B" }),
        ev("task_reported", "2024-01-25T17:00:00+07:00", { subject: "C" }),
      ],
      { asOf: ASOF },
    );
    expect(find(e, "nv:A")).toMatchObject({ lastDay: "2024-01-25", status: "on_time", owner: "qlđt" });
    expect(find(e, "nv:B")).toMatchObject({ lastDay: "2024-01-24", status: "late", daysLate: 1 });
    expect(find(e, "nv:C")).toMatchObject({ endsAt: "2024-01-25T16:30:00+07:00", status: "late", daysLate: 0 });
  });

  it("caps an undated task by the plan's cap (seed 000: at most 90 days) and notes it", () => {
    const e = evaluate(tasks, [ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject: "D" })], { asOf: ASOF });
    expect(find(e, "nv:D")).toMatchObject({ lastDay: "2024-04-09", status: "open", notes: [{ code: "capped", params: {} }] });
  });

  it('"otherwise" (the newer name of "cap"): the event\'s own deadline when it states one, earlier or later than the rule, else the rule counted from the event', () => {
    // Arrange: "… hoặc theo yêu cầu thời hạn trong văn bản", else 10 days from receipt
    const plan = planWith({ kind: "dated", id: "vb", title: "Báo cáo theo yêu cầu", owner: "vp", trigger: { type: "requested" }, otherwise: "trong 10 ngày kể từ ngày nhận được văn bản", completedBy: "sent" });
    const events = [
      ev("requested", "2024-01-02T08:00:00+07:00", { subject: "early", deadline: "2024-01-05" }),
      ev("requested", "2024-01-02T08:00:00+07:00", { subject: "later", deadline: "2024-02-20" }),
      ev("requested", "2024-01-02T08:00:00+07:00", { subject: "none" }),
    ];
    // Act
    const e = evaluate(plan, events, { asOf: ASOF });
    const withCap = evaluate(planWith({ ...plan.obligations[0], otherwise: undefined, cap: "trong 10 ngày kể từ ngày nhận được văn bản" } as never), events, { asOf: ASOF });
    // Assert
    expect(find(e, "vb:early")).toMatchObject({ lastDay: "2024-01-05", notes: [] });
    expect(find(e, "vb:later")).toMatchObject({ lastDay: "2024-02-20", notes: [] });
    expect(find(e, "vb:none")).toMatchObject({ lastDay: "2024-01-12", notes: [{ code: "capped", params: { field: "otherwise" } }] });
    expect(find(e, "vb:none").explanation.en[0]).toBe('Event "' + (events[2]?.id ?? "") + '" states no deadline: the plan\'s deadline applies.');
    // the same deadlines under the older name
    expect(withCap.findings.map((f) => [f.key, f.lastDay])).toEqual(e.findings.map((f) => [f.key, f.lastDay]));
  });

  it("without a cap, an undated task is undated: counted apart, never judged", () => {
    const plan = planWith({ kind: "dated", id: "nv", title: "NV", owner: "vp", trigger: { type: "task_assigned" }, completedBy: "task_reported" });
    const e = evaluate(plan, [ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject: "D" }), ev("task_reported", "2024-06-10T08:00:00+07:00", { subject: "D" })], { asOf: "2024-07-01T00:00:00+07:00" });
    expect(find(e, "nv:D")).toMatchObject({ status: "undated", doneAt: "2024-06-10T08:00:00+07:00", daysLate: 0 });
    expect(e.summary.byObligation[0]).toMatchObject({ undated: 1, denominator: 0, rate: null });
  });

  it("an unreadable own deadline makes the occurrence undated with the phrase's issues in a note", () => {
    const e = evaluate(tasks, [ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject: "E", deadline: "khi nào xong thì thôi" })], { asOf: ASOF });
    const f = find(e, "nv:E");
    expect(f.status).toBe("undated");
    expect(f.notes[0]?.code).toBe("deadline_error");
  });
});

describe("evaluate — derived obligations", () => {
  it("an apology letter is due 3 days after a one-stop dossier became late; an archive file 5 days after a task was completed", () => {
    const plan = parsePlan(seedPlan());
    const events = [
      ev("dossier_received", "2024-01-02T08:00:00+07:00", { subject: "HS-2", unit: "qlđt" }), // 15 working days → 23/01
      ev("apology_sent", "2024-01-26T08:00:00+07:00", { subject: "HS-2" }),
      ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject: "NV-1", unit: "qhxd", deadline: "2024-01-24" }),
      ev("task_reported", "2024-01-22T08:00:00+07:00", { subject: "NV-1" }),
    ];
    const e = evaluate(plan, events, { asOf: ASOF });
    // became late at 24/01 00:00 → 3 days from 24/01 → 27/01 (Sat) → Mon 29/01
    expect(find(e, "III.5:HS-2")).toMatchObject({ openedAt: "2024-01-24T00:00:00+07:00", lastDay: "2024-01-29", status: "on_time", owner: "qlđt" });
    // completed Mon 22/01 → 5 days → Sat 27/01 → Mon 29/01; not archived by 31/01
    expect(find(e, "III.6:NV-1")).toMatchObject({ lastDay: "2024-01-29", status: "overdue", owner: "qhxd", cooperating: ["vp"] });
    expect(find(e, "III.5:HS-2").explanation.vi[0]).toContain("TTHC:HS-2");
  });

  describe('source.on "done" with undated and cancelled sources', () => {
    // a dated task without a deadline (no cap) and its archive file, 5 days after completion
    const plan: PlanInput = {
      id: "p",
      title: "Kế hoạch thử",
      start: "2024-01-01",
      units: [{ id: "vp", name: "Văn phòng" }],
      obligations: [
        { kind: "dated", id: "nv", title: "Nhiệm vụ", owner: "vp", trigger: { type: "task_assigned" }, cancel: "task_ended", completedBy: "task_reported" },
        { kind: "derived", id: "hs", title: "Lập hồ sơ", source: { obligation: "nv", on: "done" }, deadline: "chậm nhất trong 5 ngày từ khi hoàn thành nhiệm vụ được giao", completedBy: "file_archived" },
        { kind: "derived", id: "ok", title: "Khen", source: { obligation: "nv", on: "on_time" }, deadline: "trong 3 ngày", completedBy: "praised" },
        { kind: "derived", id: "xl", title: "Xin lỗi", source: { obligation: "nv", on: "late" }, deadline: "trong 3 ngày", completedBy: "apologised" },
      ],
    } as PlanInput;

    it("an undated source that was completed is done: the archive file opens at its completion and the archive event is used", () => {
      // Arrange
      const events = [
        ev("task_assigned", "2024-01-08T08:00:00+07:00", { subject: "U" }),
        ev("task_reported", "2024-01-15T16:00:00+07:00", { subject: "U" }),
        ev("file_archived", "2024-01-19T09:00:00+07:00", { id: "arch", subject: "U" }),
      ];
      // Act
      const e = evaluate(plan, events, { asOf: ASOF });
      // Assert: 15/01 not counted, 5 days → Sat 20/01 → Mon 22/01
      expect(find(e, "nv:U")).toMatchObject({ status: "undated", doneAt: "2024-01-15T16:00:00+07:00" });
      expect(find(e, "hs:U")).toMatchObject({ openedAt: "2024-01-15T16:00:00+07:00", lastDay: "2024-01-22", status: "on_time", doneEvent: "arch" });
      expect(e.accounting.used.find((u) => u.eventId === "arch")).toMatchObject({ role: "completion", occurrence: "hs:U" });
      // an undated source is never judged, so neither on_time nor late opens anything
      expect(e.findings.some((f) => f.obligation === "ok" || f.obligation === "xl")).toBe(false);
    });

    it("a cancelled source is never done, whether the completion comes before or after the cancellation (the later one is ignored)", () => {
      // Arrange
      const events = [
        ev("task_assigned", "2024-01-08T08:00:00+07:00", { subject: "C" }),
        ev("task_ended", "2024-01-10T08:00:00+07:00", { subject: "C" }),
        ev("task_reported", "2024-01-12T08:00:00+07:00", { id: "after", subject: "C" }),
        ev("task_assigned", "2024-01-08T08:00:00+07:00", { subject: "D" }),
        ev("task_reported", "2024-01-10T08:00:00+07:00", { subject: "D" }),
        ev("task_ended", "2024-01-12T08:00:00+07:00", { id: "end-d", subject: "D" }),
      ];
      // Act
      const e = evaluate(plan, events, { asOf: ASOF });
      // Assert
      expect(find(e, "nv:C").status).toBe("cancelled");
      expect(e.findings.some((f) => f.key === "hs:C")).toBe(false);
      expect(reasons(e)["after"]).toBe("occurrence_closed");
      expect(find(e, "nv:D")).toMatchObject({ status: "undated", cancelledAt: null });
      // D was done (10/01) before the ignored cancellation: its archive file is owed, 5 days → Mon 15/01
      expect(find(e, "hs:D")).toMatchObject({ openedAt: "2024-01-10T08:00:00+07:00", lastDay: "2024-01-15", status: "overdue" });
      expect(reasons(e)["end-d"]).toBe("occurrence_closed");
    });
  });

  it("opens nothing while the source is on time or still open", () => {
    const plan = parsePlan(seedPlan());
    const e = evaluate(plan, [ev("dossier_received", "2024-01-25T08:00:00+07:00", { subject: "HS-3" })], { asOf: ASOF });
    expect(e.findings.some((f) => f.obligation === "III.5")).toBe(false);
  });
});

describe("evaluate — quotas", () => {
  const quota = planWith({ kind: "quota", id: "cd", title: "Văn bản chỉ đạo điều hành", owner: "ttdv", counts: { type: "published", where: { "data.category": "chi_dao" } }, quota: "tối thiểu 1 ngày 1 văn bản" });

  it('"tối thiểu 1 ngày 1 văn bản": one occurrence per working day, met by the first matching event', () => {
    const events = [
      ev("published", "2024-01-08T09:00:00+07:00", { id: "m1", data: { category: "chi_dao" } }),
      ev("published", "2024-01-08T10:00:00+07:00", { id: "m2", data: { category: "chi_dao" } }),
      ev("published", "2024-01-09T10:00:00+07:00", { id: "t1", data: { category: "khac" } }),
      ev("published", "2024-01-13T10:00:00+07:00", { id: "sat", data: { category: "chi_dao" } }),
    ];
    const e = evaluate({ ...quota, start: "2024-01-08" }, events, { asOf: "2024-01-10T12:00:00+07:00" });
    expect(e.findings.map((f) => [f.key, f.status, f.quota?.count])).toEqual([
      ["cd:2024-01-08", "on_time", 2],
      ["cd:2024-01-09", "overdue", 0],
      ["cd:2024-01-10", "open", 0],
    ]);
    expect(find(e, "cd:2024-01-08").doneEvent).toBe("m1");
    expect(reasons(e)).toEqual({ t1: "filtered_out", sat: "after_as_of" });
  });

  it("an event on a day off does not count for a working-day quota", () => {
    const e = evaluate({ ...quota, start: "2024-01-08" }, [ev("published", "2024-01-13T10:00:00+07:00", { id: "sat", data: { category: "chi_dao" } })], { asOf: "2024-01-15T12:00:00+07:00" });
    expect(reasons(e)).toEqual({ sat: "no_matching_occurrence" });
  });

  it("counts per week or month with a structured quota", () => {
    const plan = planWith({ kind: "quota", id: "w", title: "2 tin mỗi tuần", owner: "ttdv", counts: { type: "news" }, quota: { min: 2, per: "week" } });
    const e = evaluate(plan, [ev("news", "2024-01-02T09:00:00+07:00"), ev("news", "2024-01-05T09:00:00+07:00"), ev("news", "2024-01-09T09:00:00+07:00")], { asOf: "2024-01-16T12:00:00+07:00" });
    expect(e.findings.map((f) => [f.key, f.status])).toEqual([
      ["w:2024-W01", "on_time"],
      ["w:2024-W02", "overdue"],
      ["w:2024-W03", "open"],
    ]);
  });
});

describe("evaluate — several owners of recurring and quota obligations", () => {
  const monthly = planWith({ kind: "recurring", id: "sh", title: "Số hóa hằng tháng", owner: ["vp", "ttdv"], deadline: "ngày 10 hàng tháng", completedBy: "digitised" });

  it("a recurring obligation gives each owner its own occurrence per period, matched by the event's unit", () => {
    // Arrange
    const events = [
      ev("digitised", "2024-01-09T10:00:00+07:00", { id: "vp1", unit: "vp", period: "2024-01" }),
      ev("digitised", "2024-01-12T10:00:00+07:00", { id: "tt1", unit: "ttdv" }),
      ev("digitised", "2024-01-08T10:00:00+07:00", { id: "none", period: "2024-01" }),
      ev("digitised", "2024-01-08T10:00:00+07:00", { id: "other", unit: "qlđt", period: "2024-01" }),
    ];
    // Act
    const e = evaluate(monthly, events, { asOf: "2024-01-31T17:00:00+07:00" });
    // Assert
    expect(e.findings.map((f) => [f.key, f.owner, f.period, f.status])).toEqual([
      ["sh:ttdv:2024-01", "ttdv", "2024-01", "late"],
      ["sh:vp:2024-01", "vp", "2024-01", "on_time"],
      ["sh:ttdv:2024-02", "ttdv", "2024-02", "open"],
      ["sh:vp:2024-02", "vp", "2024-02", "open"],
    ]);
    expect(find(e, "sh:vp:2024-01").doneEvent).toBe("vp1");
    expect(reasons(e)).toEqual({ none: "no_matching_occurrence", other: "no_matching_occurrence" });
    expect(e.summary.byUnit.map((r) => [r.key, r.total])).toEqual(expect.arrayContaining([["vp", 2], ["ttdv", 2]]));
  });

  it("keeps the keys of single-owner obligations", () => {
    const e = evaluate(planWith({ ...monthly.obligations[0], owner: "vp" } as never), [], { asOf: "2024-01-31T17:00:00+07:00" });
    expect(e.findings.map((f) => f.key)).toEqual(["sh:2024-01", "sh:2024-02"]);
  });

  it("a quota with several owners counts each owner's events (by unit) in each period", () => {
    // Arrange
    const plan = planWith({ kind: "quota", id: "cd", title: "Tin bài", owner: ["vp", "ttdv"], counts: { type: "news" }, quota: { min: 1, per: "week" } });
    const events = [ev("news", "2024-01-02T09:00:00+07:00", { id: "a", unit: "vp" }), ev("news", "2024-01-03T09:00:00+07:00", { id: "b", unit: "vp" }), ev("news", "2024-01-04T09:00:00+07:00", { id: "c" })];
    // Act
    const e = evaluate(plan, events, { asOf: "2024-01-09T12:00:00+07:00" });
    // Assert
    expect(e.findings.map((f) => [f.key, f.owner, f.status, f.quota?.count])).toEqual([
      ["cd:ttdv:2024-W01", "ttdv", "overdue", 0],
      ["cd:vp:2024-W01", "vp", "on_time", 2],
      ["cd:ttdv:2024-W02", "ttdv", "open", 0],
      ["cd:vp:2024-W02", "vp", "open", 0],
    ]);
    expect(reasons(e)).toEqual({ c: "no_matching_occurrence" });
  });

  it("a derived obligation of a per-owner recurring one is keyed by owner and period too", () => {
    const plan = { ...monthly, obligations: [...monthly.obligations, { kind: "derived", id: "gt", title: "Giải trình", source: { obligation: "sh", on: "late" }, deadline: "trong 3 ngày", completedBy: "explained" }] } as PlanInput;
    const e = evaluate(plan, [ev("digitised", "2024-01-09T10:00:00+07:00", { unit: "vp" })], { asOf: "2024-01-31T17:00:00+07:00" });
    expect(e.findings.filter((f) => f.obligation === "gt").map((f) => [f.key, f.owner])).toEqual([["gt:ttdv:2024-01", "ttdv"]]);
  });
});

describe("evaluate — internal targets", () => {
  const plan = parsePlan(seedPlan());
  // Task due "2024-01-26" (inclusive); target "chậm nhất 2 ngày trước thời hạn" → 24/01; hỏa tốc: within 24 h
  const assigned = (subject: string, extra: Record<string, unknown> = {}) => ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject, deadline: "2024-01-26", ...extra });

  it("met, missed and pending", () => {
    const e = evaluate(plan, [assigned("A"), ev("task_reported", "2024-01-24T10:00:00+07:00", { subject: "A" }), assigned("B"), ev("task_reported", "2024-01-25T10:00:00+07:00", { subject: "B" }), assigned("C")], { asOf: "2024-01-20T00:00:00+07:00" });
    expect(find(e, "II.2:A").target).toEqual({ lastDay: "2024-01-24", endsAt: "2024-01-25T00:00:00+07:00", status: "pending" });
    const later = evaluate(plan, [assigned("A"), ev("task_reported", "2024-01-24T10:00:00+07:00", { subject: "A" }), assigned("B"), ev("task_reported", "2024-01-25T10:00:00+07:00", { subject: "B" }), assigned("C")], { asOf: ASOF });
    expect(find(later, "II.2:A").target?.status).toBe("met");
    expect(find(later, "II.2:B")).toMatchObject({ status: "on_time", target: { status: "missed" } });
    expect(find(later, "II.2:C")).toMatchObject({ status: "overdue", target: { status: "missed" } });
  });

  it("hỏa tốc: the exception's own rule applies (within 24 h), and `waivedFor` waives the target", () => {
    const e = evaluate(plan, [assigned("H", { urgency: "hoa_toc" }), ev("task_reported", "2024-01-11T07:00:00+07:00", { subject: "H" })], { asOf: ASOF });
    expect(find(e, "II.2:H").target).toEqual({ lastDay: "2024-01-11", endsAt: "2024-01-11T08:00:00+07:00", status: "met" });
    const waived = parsePlan({ ...seedPlan(), obligations: seedPlan().obligations.map((o) => (o.id === "II.2" ? { ...o, target: { deadline: "chậm nhất 2 ngày trước thời hạn quy định", waivedFor: ["hoa_toc"] } } : o)) });
    const w = evaluate(waived, [assigned("H", { urgency: "hoa_toc" })], { asOf: ASOF });
    expect(find(w, "II.2:H").target?.status).toBe("waived");
  });
});

describe("evaluate — clock control", () => {
  const plan = parsePlan(seedPlan());
  // TTHC: 15 working days from receipt; received Tue 02/01/2024 → Tue 23/01/2024
  const received = ev("dossier_received", "2024-01-02T08:00:00+07:00", { subject: "HS", unit: "qhxd" });

  it("pause and resume keep the remaining time: the deadline moves by the working days paused", () => {
    const e = evaluate(plan, [received, ev("dossier_returned", "2024-01-05T08:00:00+07:00", { subject: "HS" }), ev("dossier_resumed", "2024-01-12T08:00:00+07:00", { subject: "HS" })], { asOf: ASOF });
    expect(find(e, "TTHC:HS")).toMatchObject({ lastDay: "2024-01-30", status: "overdue", paused: false });
    expect(find(e, "TTHC:HS").explanation.en.join(" ")).toContain("moved by 5 working day(s)");
  });

  it("a paused occurrence is never overdue", () => {
    const e = evaluate(plan, [received, ev("dossier_returned", "2024-01-05T08:00:00+07:00", { subject: "HS" })], { asOf: "2024-03-01T00:00:00+07:00" });
    expect(find(e, "TTHC:HS")).toMatchObject({ status: "open", paused: true, dueSoon: false, notes: [{ code: "paused", params: { since: "2024-01-05T08:00:00+07:00" } }] });
  });

  it("a completion while paused ends the pause first", () => {
    const e = evaluate(plan, [received, ev("dossier_returned", "2024-01-05T08:00:00+07:00", { subject: "HS" }), ev("dossier_resolved", "2024-01-29T08:00:00+07:00", { subject: "HS" })], { asOf: ASOF });
    // paused Fri 05/01 → Mon 29/01: 16 working days; 23/01 + 16 working days
    expect(find(e, "TTHC:HS")).toMatchObject({ status: "on_time", paused: false });
  });

  it("a restart recomputes the deadline from zero on full receipt (NĐ 61/2018 Đ.19.4)", () => {
    const e = evaluate(plan, [received, ev("dossier_returned", "2024-01-05T08:00:00+07:00", { subject: "HS" }), ev("dossier_resubmitted", "2024-01-15T08:00:00+07:00", { subject: "HS" })], { asOf: ASOF });
    // 15 working days from Mon 15/01 → Mon 05/02
    expect(find(e, "TTHC:HS")).toMatchObject({ lastDay: "2024-02-05", status: "open", restarts: 1, startedAt: "2024-01-15T08:00:00+07:00" });
  });

  it("cancellation ends an occurrence; a later completion is listed as occurrence_closed", () => {
    const e = evaluate(plan, [ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject: "NV", deadline: "2024-01-20" }), ev("task_ended", "2024-01-15T08:00:00+07:00", { id: "end", subject: "NV" }), ev("task_reported", "2024-01-25T08:00:00+07:00", { id: "rep", subject: "NV" })], { asOf: ASOF });
    expect(find(e, "II.2:NV")).toMatchObject({ status: "cancelled", cancelledAt: "2024-01-15T08:00:00+07:00", target: null });
    expect(reasons(e)).toEqual({ rep: "occurrence_closed" });
    expect(e.findings.some((f) => f.key === "III.6:NV")).toBe(false);
  });

  describe("extensions", () => {
    const task = (extra: Record<string, unknown> = {}) => ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject: "NV", deadline: "2024-01-20", ...extra });

    it("an extension event's own deadline moves the deadline; only `max` extensions are allowed", () => {
      const e = evaluate(plan, [task(), ev("task_extended", "2024-01-18T08:00:00+07:00", { id: "x1", subject: "NV", deadline: "2024-01-26" }), ev("task_extended", "2024-01-25T08:00:00+07:00", { id: "x2", subject: "NV", deadline: "2024-02-10" })], { asOf: ASOF });
      expect(find(e, "II.2:NV")).toMatchObject({ lastDay: "2024-01-26", originalLastDay: "2024-01-20", extensions: 1, status: "overdue" });
      expect(reasons(e)).toEqual({ x2: "extension_limit" });
    });

    it("an extension granted after the deadline applies and is itself noted", () => {
      const e = evaluate(plan, [task(), ev("task_extended", "2024-01-22T08:00:00+07:00", { id: "x1", subject: "NV", deadline: "2024-02-05" })], { asOf: ASOF });
      expect(find(e, "II.2:NV")).toMatchObject({ lastDay: "2024-02-05", status: "open" });
      expect(find(e, "II.2:NV").notes.map((n) => n.code)).toEqual(["extension_after_deadline"]);
    });

    it("an extension that would not move the deadline later is listed, not applied", () => {
      const e = evaluate(plan, [task(), ev("task_extended", "2024-01-12T08:00:00+07:00", { id: "x1", subject: "NV", deadline: "2024-01-15" })], { asOf: ASOF });
      expect(find(e, "II.2:NV").lastDay).toBe("2024-01-20");
      expect(reasons(e)).toEqual({ x1: "extension_not_later" });
    });

    it("extra days come from `data.days` or `extensions.by`; without either the event is listed", () => {
      const byDays = planWith({ kind: "dated", id: "nv", title: "NV", owner: "vp", trigger: { type: "task_assigned" }, completedBy: "done", extensions: { events: "extended", by: { amount: 5, unit: "working_day" } } });
      const e = evaluate(byDays, [ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject: "A", deadline: "2024-01-19" }), ev("extended", "2024-01-15T08:00:00+07:00", { subject: "A" }), ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject: "B", deadline: "2024-01-19" }), ev("extended", "2024-01-15T08:00:00+07:00", { subject: "B", data: { days: 1 } })], { asOf: ASOF });
      expect(find(e, "nv:A").lastDay).toBe("2024-01-26");
      expect(find(e, "nv:B").lastDay).toBe("2024-01-22");
      const none = planWith({ kind: "dated", id: "nv", title: "NV", owner: "vp", trigger: { type: "task_assigned" }, completedBy: "done", extensions: { events: "extended" } });
      const n = evaluate(none, [ev("task_assigned", "2024-01-10T08:00:00+07:00", { subject: "A", deadline: "2024-01-19" }), ev("extended", "2024-01-15T08:00:00+07:00", { id: "x", subject: "A" })], { asOf: ASOF });
      expect(reasons(n)).toEqual({ x: "extension_without_deadline" });
    });

    it("one re-scheduling of a one-stop dossier, judged against the original appointment", () => {
      const e = evaluate(plan, [received, ev("dossier_rescheduled", "2024-01-22T08:00:00+07:00", { subject: "HS", deadline: "2024-01-30" }), ev("dossier_resolved", "2024-01-29T08:00:00+07:00", { subject: "HS" })], { asOf: ASOF });
      expect(find(e, "TTHC:HS")).toMatchObject({ lastDay: "2024-01-23", status: "late", extensions: 1 });
      expect(find(e, "TTHC:HS").notes).toContainEqual({ code: "extension_recorded", params: { lastDay: "2024-01-30", endsAt: "2024-01-31T00:00:00+07:00" } });
    });
  });
});

describe("evaluate — accounting", () => {
  const plan = parsePlan(seedPlan());

  it("lists every event not used with its reason; used + ignored = input", () => {
    const events: unknown[] = [
      ev("document_issued", "2024-01-09T09:00:00+07:00", { id: "ok", subject: "S", data: { category: "noi_bo" } }),
      ev("document_issued", "2024-01-09T09:00:00+07:00", { id: "ok", subject: "S", data: { category: "noi_bo" } }),
      ev("unknown_thing", "2024-01-09T09:00:00+07:00", { id: "unk" }),
      ev("document_published", "2024-01-10T09:00:00+07:00", { id: "pub1", subject: "S" }),
      ev("document_published", "2024-01-11T09:00:00+07:00", { id: "pub2", subject: "S" }),
      ev("document_published", "2024-01-11T09:00:00+07:00", { id: "nomatch", subject: "T" }),
      ev("document_published", "2024-02-11T09:00:00+07:00", { id: "future", subject: "S" }),
      ev("task_assigned", "2024-01-10T08:00:00+07:00", { id: "t1", subject: "NV" }),
      ev("task_assigned", "2024-01-11T08:00:00+07:00", { id: "t2", subject: "NV" }),
      { id: "bad", type: "task_reported", at: "2024-13-01", subjet: "NV" },
      42,
    ];
    const e = evaluate(plan, events, { asOf: ASOF });
    expect(e.accounting.input).toBe(events.length);
    expect(e.accounting.used.length + e.accounting.ignored.length).toBe(events.length);
    expect(reasons(e)).toEqual({
      bad: "invalid",
      "#10": "invalid",
      ok: "duplicate_id",
      unk: "unknown_type",
      pub2: "already_completed",
      nomatch: "no_matching_occurrence",
      future: "after_as_of",
      t2: "duplicate_trigger",
    });
    const bad = e.accounting.ignored.find((i) => i.eventId === "bad");
    expect(bad?.index).toBe(9);
    expect(bad?.issues?.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["invalid_instant", "9.at"],
      ["unknown_key", "9.subjet"],
    ]);
    expect(bad?.issues?.[1]?.params).toEqual({ key: "subjet", suggestion: "subject" });
  });

  it("a malformed event never aborts the evaluation of the others", () => {
    const odd: unknown[] = [null, undefined, "x", [], { id: 1 }, { id: "a", type: "document_issued", at: "2024-01-09", data: [1] }];
    const e = evaluate(plan, [...odd, ev("dossier_received", "2024-01-02T08:00:00+07:00", { subject: "HS" })], { asOf: ASOF });
    expect(e.accounting.ignored.filter((i) => i.reason === "invalid")).toHaveLength(odd.length);
    expect(find(e, "TTHC:HS").status).toBe("overdue");
  });
});

describe("evaluate — inputs and options", () => {
  it("requires asOf: a missing asOf is an InvalidInputError, never a clock read", () => {
    expect(() => evaluate(seedPlan(), [], {} as never)).toThrow(InvalidInputError);
    try {
      evaluate(seedPlan(), [], { asof: "2024-01-01" } as never);
    } catch (error) {
      expect((error as InvalidInputError).issues.map((i) => [i.code, i.params["suggestion"] ?? null])).toEqual([
        ["unknown_key", "asOf"],
        ["missing_required", null],
      ]);
    }
  });

  it("rejects a bad plan with invalid_plan, bad options with coded issues, and non-array events", () => {
    expect(() => evaluate({ id: "x" } as never, [], { asOf: ASOF })).toThrow(expect.objectContaining({ code: "invalid_plan" }));
    expect(() => evaluate(seedPlan(), [], { asOf: "hôm nay" })).toThrow(expect.objectContaining({ code: "invalid_instant" }));
    expect(() => evaluate(seedPlan(), [], { asOf: ASOF, locale: "fr" as never })).toThrow(expect.objectContaining({ code: "invalid_option" }));
    expect(() => evaluate(seedPlan(), {} as never, { asOf: ASOF })).toThrow(expect.objectContaining({ code: "invalid_type" }));
  });

  it("accepts a plan object as written (phrases) and the same plan parsed, with equal results", () => {
    const events = [ev("dossier_received", "2024-01-02T08:00:00+07:00", { subject: "HS" })];
    expect(evaluate(seedPlan(), events, { asOf: ASOF })).toEqual(evaluate(parsePlan(seedPlan()), events, { asOf: ASOF }));
  });

  it("does not mutate its inputs", () => {
    const plan = seedPlan();
    const events = [ev("dossier_received", "2024-01-02T08:00:00+07:00", { subject: "HS" }), ev("dossier_resolved", "2024-01-03T08:00:00+07:00", { subject: "HS", data: { x: [1] } })];
    const options = { asOf: ASOF, summary: { periods: [{ from: "2024-01-01", to: "2024-01-31" }] } };
    const before = structuredClone({ plan, events, options });
    evaluate(plan, events, options);
    expect({ plan, events, options }).toEqual(before);
  });

  it("gives the same result with the default calendar passed explicitly", () => {
    const events = [ev("dossier_received", "2024-01-02T08:00:00+07:00", { subject: "HS" })];
    expect(evaluate(seedPlan(), events, { asOf: ASOF, calendar: civilServiceCalendar })).toEqual(evaluate(seedPlan(), events, { asOf: ASOF }));
  });
});

describe("evaluate — determinism of shared deadlines", () => {
  it("occurrences sharing a cached deadline get the same explanation whatever the order of their events", () => {
    // Arrange: two tasks with the same own deadline, assigned on different days
    const plan = parsePlan(seedPlan());
    const a = ev("task_assigned", "2024-01-05T08:00:00+07:00", { id: "a", subject: "A", deadline: "2024-01-26" });
    const b = ev("task_assigned", "2024-01-12T08:00:00+07:00", { id: "b", subject: "B", deadline: "2024-01-26" });
    const c = ev("task_assigned", "2024-01-08T08:00:00+07:00", { id: "c", subject: "C", deadline: "nộp trước ngày 03/3, 03/6, 03/9 năm 2024" });
    // Act
    const one = evaluate(plan, [a, b, c], { asOf: ASOF });
    const two = evaluate(plan, [c, b, a], { asOf: ASOF });
    // Assert
    expect(two).toEqual(one);
    expect(find(one, "II.2:A").explanation).toEqual(find(one, "II.2:B").explanation);
    expect(find(one, "II.2:C").lastDay).toBe("2024-03-02");
  });
});
