import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/types.js";
import type { Evaluation } from "../../src/scoring/types.js";
import { parsePlan } from "../../src/schema/index.js";
import {
  dossierWindowSummary,
  formatHeza2024,
  loadHeza2024Events,
  loadHeza2024Plan,
  runHeza2024,
} from "../../examples/heza-2024/run.js";

const evaluation: Evaluation = runHeza2024({ asOf: "2024-12-31" });

function finding(key: string): Finding {
  const f = evaluation.findings.find((x) => x.key === key);
  if (f === undefined) throw new Error(`no finding ${key}`);
  return f;
}

/** The finding of the one-stop dossier received at `at` (the event log's id of its receipt). */
function dossierReceivedAt(at: string): Finding {
  const events = loadHeza2024Events() as { id: string; type: string; at: string; subject?: string }[];
  const e = events.find((x) => x.type === "dossier_received" && x.at === at);
  if (e?.subject === undefined) throw new Error(`no dossier received at ${at}`);
  return finding(`mot-cua:${e.subject}`);
}

describe("examples/heza-2024: the plan and the log", () => {
  it("the plan parses, with the 21 tasks of the appendix (II.3 split in two) and the reports of seeds 002 and 004", () => {
    // Arrange / Act
    const plan = parsePlan(loadHeza2024Plan());
    // Assert
    const ids = plan.obligations.map((o) => o.id);
    expect(ids).toEqual([
      "I.1", "I.2", "I.3", "I.4", "I.5", "II.1", "II.2", "II.3a", "II.3b",
      "III.1", "III.2", "III.3", "III.4", "III.5", "III.6", "III.7",
      "IV.1", "IV.2", "IV.3", "V.1", "VI.1", "VI.2", "KH4712", "KH431", "mot-cua",
    ]);
    expect(plan.obligations.find((o) => o.id === "I.3")).toMatchObject({ quota: { min: 1, per: "working_day" } });
  });

  it("every event is a valid event dated 2024 (or early 2025) with an offset of +07:00, ids unique but for one deliberate duplicate", () => {
    // Arrange
    const events = loadHeza2024Events() as { id: string; at: string }[];
    // Assert
    expect(events.length).toBeGreaterThanOrEqual(100);
    expect(events.length).toBeLessThanOrEqual(400);
    for (const e of events) expect(e.at).toMatch(/^202[45]-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(events.length - new Set(events.map((e) => e.id)).size).toBe(1);
  });

  it("every status appears: on_time, late, overdue, open, cancelled, undated, and the early flag", () => {
    // Act
    const statuses = new Set(evaluation.findings.map((f) => f.status));
    // Assert
    expect([...statuses].sort()).toEqual(["cancelled", "late", "on_time", "open", "overdue", "undated"]);
    expect(evaluation.findings.some((f) => f.early)).toBe(true);
  });

  it("accounting: used + ignored = input, every event is accounted for once, and each ignored one has a reason", () => {
    // Arrange
    const events = loadHeza2024Events() as { id: string }[];
    const { accounting } = evaluation;
    // Assert
    expect(accounting.input).toBe(events.length);
    expect(accounting.used.length + accounting.ignored.length).toBe(accounting.input);
    const reasons = Object.fromEntries(accounting.ignored.map((i) => [i.eventId, i.reason]));
    expect(reasons).toEqual({
      "bc-thang-2024-07": "duplicate_id",
      "giao-ban-2024-12-02": "unknown_type",
      "vb-101-qd-bql-dang-tai": "after_as_of",
    });
  });

  it("the order of the events does not matter (shuffled logs give deep-equal evaluations)", () => {
    // Arrange
    const plan = parsePlan(loadHeza2024Plan());
    const events = loadHeza2024Events();
    const asOf = "2024-12-31T23:59:59+07:00";
    const reference = JSON.parse(JSON.stringify(evaluate(plan, events, { asOf }))) as unknown;
    // Act / Assert
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), (shuffled) => {
        expect(JSON.parse(JSON.stringify(evaluate(plan, shuffled, { asOf })))).toEqual(reference);
      }),
      { numRuns: 5 },
    );
  });
});

describe("examples/heza-2024: findings computed by hand from the law and the 2024 calendar", () => {
  it("I.4: a notice issued Wed 07/02/2024, the last working day before Tết, due 'chậm nhất 3 ngày kể từ ngày ban hành': day of issue not counted (BLDS Đ.147.2), 3 days end Sat 10/02 (mùng 1 Tết), Tết and nghỉ bù run to 14/02, so the last day rolls to Thu 15/02 (Đ.148.5); published 15/02 10:00 is on time, not early", () => {
    const f = finding("I.4:56/TB-BQL");
    expect(f).toMatchObject({ status: "on_time", early: false, lastDay: "2024-02-15", endsAt: "2024-02-16T00:00:00+07:00" });
  });

  it("KH4712: the monthly report 'định kỳ vào ngày 10 hàng tháng' of 10/02/2024 falls on Tết (Saturday, mùng 1) and rolls to Thu 15/02 under BLDS Đ.148.5; 10/03 (Sunday) rolls to Mon 11/03; 10/08 (Saturday) to Mon 12/08", () => {
    expect(finding("KH4712:2024-02")).toMatchObject({ lastDay: "2024-02-15", status: "on_time" });
    expect(finding("KH4712:2024-03")).toMatchObject({ lastDay: "2024-03-11", status: "on_time" });
    expect(finding("KH4712:2024-08")).toMatchObject({ lastDay: "2024-08-12", status: "on_time" });
  });

  it("KH4712: the July report sent Fri 12/07 is 2 days late (10/07 is a Wednesday, nothing to roll)", () => {
    expect(finding("KH4712:2024-07")).toMatchObject({ status: "late", lastDay: "2024-07-10", daysLate: 2, workingDaysLate: 2 });
  });

  it("KH431: 'trước ngày 03/9' ends on Mon 02/09 (Quốc khánh), a named date that does not roll; the report sent Wed 04/09 is late by 2 days, 1 working day (03/09 is off too)", () => {
    expect(finding("KH431:2024-09-02")).toMatchObject({ status: "late", lastDay: "2024-09-02", endsAt: "2024-09-03T00:00:00+07:00", daysLate: 2, workingDaysLate: 1 });
  });

  it("KH431: the four deadlines of seed 004 are the days before 03/3, 03/6, 03/9 and 03/11/2024 (Sat 02/03, Sun 02/06, Mon 02/09, Sat 02/11), none rolled", () => {
    const days = evaluation.findings.filter((f) => f.obligation === "KH431").map((f) => f.lastDay);
    expect(days).toEqual(["2024-03-02", "2024-06-02", "2024-09-02", "2024-11-02"]);
  });

  it("I.5: a decision issued Fri 26/04/2024: 3 days end Mon 29/04 (swapped day off for the làm bù Saturday 04/05), then 30/04 and 01/05 are holidays, so the last day is Thu 02/05", () => {
    expect(finding("I.5:27/QĐ-BQL")).toMatchObject({ lastDay: "2024-05-02", status: "on_time" });
  });

  it("I.1: a decision issued on the làm bù Saturday 04/05/2024 is due Tue 07/05 (3 days from a working Saturday)", () => {
    expect(finding("I.1:35/QĐ-BQL")).toMatchObject({ lastDay: "2024-05-07", status: "on_time", early: true });
  });

  it("I.1: a decision issued Fri 30/08/2024: 3 days end Mon 02/09 (Quốc khánh), 03/09 is off too, so the last day is Wed 04/09; published 04/09 16:00 is on time", () => {
    expect(finding("I.1:72/QĐ-BQL")).toMatchObject({ lastDay: "2024-09-04", status: "on_time" });
  });

  it("I.1: the notice of 20/12/2024 still unpublished at 31/12 is overdue since Mon 23/12: 8 days, 6 working days", () => {
    expect(finding("I.1:96/TB-BQL")).toMatchObject({ status: "overdue", lastDay: "2024-12-23", doneAt: null, daysLate: 8, workingDaysLate: 6 });
  });

  it("I.2: a decision issued Mon 30/12/2024 is due Thu 02/01/2025 (01/01 is a holiday but not the last day) and is open at 31/12; its publication on 02/01/2025 is after asOf", () => {
    expect(finding("I.2:101/QĐ-BQL")).toMatchObject({ status: "open", lastDay: "2025-01-02" });
  });

  it("I.3: 'tối thiểu 1 ngày 1 văn bản' counts working days from 02/12/2024: 22 periods, the three days without a publication (10, 18, 26/12) are missed", () => {
    const quota = evaluation.findings.filter((f) => f.obligation === "I.3");
    expect(quota).toHaveLength(22);
    expect(quota.filter((f) => f.status !== "on_time").map((f) => f.key)).toEqual(["I.3:2024-12-10", "I.3:2024-12-18", "I.3:2024-12-26"]);
  });

  it("II.1: 'nộp trước ngày 11/10/2024' is strictly before (seed 000: đúng hạn là trước ngày ghi trong VB): last day Thu 10/10, so comments sent Fri 11/10 09:00 are late", () => {
    expect(finding("II.1:812/SNV-CCHC")).toMatchObject({ status: "late", lastDay: "2024-10-10", endsAt: "2024-10-11T00:00:00+07:00" });
  });

  it("II.1: the internal target 'chậm nhất 2 ngày trước thời hạn quy định' of a request due before 15/03/2024 (last day 14/03) is Tue 12/03, met by comments sent 12/03", () => {
    expect(finding("II.1:245/STP-XDVB").target).toMatchObject({ lastDay: "2024-03-12", status: "met" });
  });

  it("II.1: a hỏa tốc request due 16:00 on 22/05/2024 answered at 11:00 is on time and the 2-day target is waived", () => {
    expect(finding("II.1:1120/SKHĐT-DN")).toMatchObject({ status: "on_time", endsAt: "2024-05-22T16:00:00+07:00", urgency: "hoa_toc", target: { status: "waived" } });
  });

  it("II.2: a task assigned Mon 11/03/2024 without a deadline gets the 90-day cap: 90 days end Sun 09/06, rolled to Mon 10/06 (Đ.148.5); its target 2 days earlier is Sat 08/06, rolled back to Fri 07/06", () => {
    const f = finding("II.2:1025/UBND-KT");
    expect(f).toMatchObject({ status: "on_time", early: true, lastDay: "2024-06-10" });
    expect(f.target).toMatchObject({ lastDay: "2024-06-07", status: "met" });
  });

  it("II.2: a task assigned Mon 23/09/2024 without a deadline (cap: Sun 22/12 → Mon 23/12) and not reported is overdue at 31/12 by 8 days, 6 working days", () => {
    expect(finding("II.2:3710/UBND-KSTTHC")).toMatchObject({ status: "overdue", lastDay: "2024-12-23", daysLate: 8, workingDaysLate: 6 });
  });

  it("II.2: an extension granted 10/06 before the deadline (before 15/06 → 14/06) moves it to 28/06; the report of 27/06 is on time", () => {
    expect(finding("II.2:2105/UBND-TH")).toMatchObject({ status: "on_time", originalLastDay: "2024-06-14", lastDay: "2024-06-28", extensions: 1 });
  });

  it("II.2: an extension granted 09/08 after the deadline of 05/08 is applied but noted (extension_after_deadline)", () => {
    const f = finding("II.2:2890/UBND-KT");
    expect(f).toMatchObject({ status: "on_time", originalLastDay: "2024-08-05", lastDay: "2024-08-23" });
    expect(f.notes.map((n) => n.code)).toContain("extension_after_deadline");
  });

  it("II.2: a task ended by UBND TP on 08/11/2024 is cancelled", () => {
    expect(finding("II.2:4015/UBND-TH")).toMatchObject({ status: "cancelled", cancelledAt: "2024-11-08T09:00:00+07:00" });
  });

  it("II.3a: 'chậm nhất trong 10 ngày kể từ khi UBND TP ban hành' a city plan of Mon 05/02/2024 ends Thu 15/02 (the first working day after Tết, no roll needed); the BQL plan of 20/02 is 5 days, 3 working days late", () => {
    expect(finding("II.3a:38/KH-UBND")).toMatchObject({ status: "late", lastDay: "2024-02-15", daysLate: 5, workingDaysLate: 3 });
  });

  it("III.2: 'trước ngày 30/4/2024' ends on Mon 29/04, the swapped day off, a named date that does not roll", () => {
    expect(finding("III.2:95/KH-UBND")).toMatchObject({ lastDay: "2024-04-29", status: "on_time" });
  });

  it("III.1: 'chậm nhất trước ngày 5/01 hằng năm' is Thu 04/01/2024 for 2024", () => {
    expect(finding("III.1:2024")).toMatchObject({ lastDay: "2024-01-04", status: "on_time" });
  });

  it("III.4: the archive file of a task reported Wed 05/06 is due 5 days later, Mon 10/06; filed 14/06 it is 4 days late", () => {
    expect(finding("III.4:1025/UBND-KT")).toMatchObject({ status: "late", lastDay: "2024-06-10", daysLate: 4 });
  });

  it("III.5: a dossier late from 17/07/2024 00:00 owes an apology 'chậm nhất 3 ngày từ ngày hồ sơ TTHC bị chậm trễ': 17/07 not counted, 3 days end Sat 20/07, rolled to Mon 22/07; none sent, so it is overdue", () => {
    const f = evaluation.findings.find((x) => x.obligation === "III.5" && x.status === "overdue");
    expect(f).toMatchObject({ lastDay: "2024-07-22", doneAt: null });
  });

  it("III.6: the special report 2876/VP-TH had no deadline (undated) but was sent, so its work file is owed 5 days from its completion and the file archived is used", () => {
    expect(finding("II.3b:2876/VP-TH")).toMatchObject({ status: "undated" });
    expect(finding("III.6:2876/VP-TH")).toMatchObject({ status: "on_time", doneEvent: "bc-chuyen-de-lap-ho-so" });
  });

  it("IV.3: several owners (VP, Phòng, TT) each have their own monthly occurrence, matched by the report's unit: in August all six reported, each closing its own occurrence", () => {
    const august = evaluation.findings.filter((f) => f.obligation === "IV.3" && f.period === "2024-08");
    expect(august).toHaveLength(6);
    expect(august.filter((f) => f.doneAt !== null).map((f) => f.owner).sort()).toEqual([
      "phong-quan-ly-dau-tu", "phong-quan-ly-lao-dong", "phong-quy-hoach-xay-dung",
      "phong-tai-nguyen-moi-truong", "trung-tam-dvvl", "van-phong",
    ]);
  });

  it("IV.3: 12 months × 6 owners = 72 occurrences; December (last day Tue 31/12) is still open for all six at the end of 31/12, and of the 66 due only P.QLLĐ's November report is missing", () => {
    const all = evaluation.findings.filter((f) => f.obligation === "IV.3");
    expect(all).toHaveLength(72);
    expect(all.filter((f) => f.status === "open").map((f) => f.period)).toEqual(Array(6).fill("2024-12"));
    expect(all.filter((f) => f.status === "overdue").map((f) => f.key)).toEqual(["IV.3:phong-quan-ly-lao-dong:2024-11"]);
  });

  it("IV.3 per unit, on time: March 2024 ends Sun 31/03, so the last day rolls to Mon 01/04 (Đ.148.5); P.QHXD reporting 01/04 is on time, not early, and P.QLĐT reporting Fri 29/03 is early", () => {
    expect(finding("IV.3:phong-quy-hoach-xay-dung:2024-03")).toMatchObject({ lastDay: "2024-04-01", status: "on_time", early: false });
    expect(finding("IV.3:phong-quan-ly-dau-tu:2024-03")).toMatchObject({ lastDay: "2024-04-01", status: "on_time", early: true });
  });

  it("IV.3 per unit, late: April 2024 ends Tue 30/04, a holiday, as is 01/05, so the last day is Thu 02/05; P.QLLĐ reporting on the làm bù Saturday 04/05 is 2 days, 2 working days (03/05 and 04/05) late", () => {
    expect(finding("IV.3:phong-quan-ly-lao-dong:2024-04")).toMatchObject({ lastDay: "2024-05-02", status: "late", daysLate: 2, workingDaysLate: 2 });
  });

  it("IV.3 per unit, overdue: November 2024 ends Sat 30/11, rolled to Mon 02/12; P.QLLĐ never reported, so at 31/12 it is overdue by 29 days, 21 working days (03/12–31/12), even though the other units reported", () => {
    expect(finding("IV.3:phong-quan-ly-lao-dong:2024-11")).toMatchObject({ lastDay: "2024-12-02", status: "overdue", doneAt: null, daysLate: 29, workingDaysLate: 21 });
    expect(finding("IV.3:trung-tam-dvvl:2024-11")).toMatchObject({ status: "on_time", early: false });
  });

  it("III.3 per unit: 'chậm nhất trước ngày 5/01 hằng năm' is Thu 04/01/2024 for every owner; TT's initiatives submitted Fri 05/01 08:45 are 1 day late, the others on time (three early)", () => {
    const f = evaluation.findings.filter((x) => x.obligation === "III.3");
    expect(f.map((x) => x.lastDay)).toEqual(Array(6).fill("2024-01-04"));
    expect(finding("III.3:trung-tam-dvvl:2024")).toMatchObject({ status: "late", daysLate: 1, workingDaysLate: 1 });
    expect(f.filter((x) => x.status === "on_time")).toHaveLength(5);
    expect(f.filter((x) => x.early)).toHaveLength(3);
  });

  it("IV.2 per unit: 'trong tháng 1 hằng năm' ends Wed 31/01/2024; P.QLLĐ updating Fri 02/02 is 2 days late, P.TNMT never did and is overdue at 31/12 by 335 days", () => {
    expect(finding("IV.2:phong-quan-ly-lao-dong:2024")).toMatchObject({ lastDay: "2024-01-31", status: "late", daysLate: 2 });
    expect(finding("IV.2:phong-tai-nguyen-moi-truong:2024")).toMatchObject({ lastDay: "2024-01-31", status: "overdue", daysLate: 335 });
    expect(finding("IV.2:phong-quan-ly-dau-tu:2024")).toMatchObject({ status: "on_time", early: false });
  });

  it("status counts at 31/12/2024: 216 on time (116 of them early), 24 late, 10 overdue, 9 open, 1 cancelled, 4 undated: 264 occurrences", () => {
    const count = (s: string): number => evaluation.findings.filter((f) => f.status === s).length;
    expect(evaluation.findings).toHaveLength(264);
    expect({ on_time: count("on_time"), late: count("late"), overdue: count("overdue"), open: count("open"), cancelled: count("cancelled"), undated: count("undated") })
      .toEqual({ on_time: 216, late: 24, overdue: 10, open: 9, cancelled: 1, undated: 4 });
    expect(evaluation.findings.filter((f) => f.early)).toHaveLength(116);
  });

  it("overdue at 31/12/2024: the ten occurrences nobody closed, of which only two (IV.2 of P.TNMT, IV.3 November of P.QLLĐ) belong to the rows with several owners", () => {
    const overdue = evaluation.findings.filter((f) => f.status === "overdue").map((f) => f.key).sort();
    expect(overdue).toEqual([
      "I.1:96/TB-BQL", "I.3:2024-12-10", "I.3:2024-12-18", "I.3:2024-12-26", "II.2:3710/UBND-KSTTHC",
      "III.4:4610/UBND-TH", "III.5:000.00.31.H31-240625-0066", "IV.2:phong-tai-nguyen-moi-truong:2024",
      "IV.3:phong-quan-ly-lao-dong:2024-11", "mot-cua:000.00.31.H31-241202-0081",
    ]);
  });

  it("IV.3: 'định kỳ hằng tháng' for August 2024 ends Sat 31/08; 01/09 is Sunday and 02–03/09 Quốc khánh, so Wed 04/09; the report of 05/09 is late", () => {
    expect(finding("IV.3:van-phong:2024-08")).toMatchObject({ lastDay: "2024-09-04", status: "late", daysLate: 1 });
  });

  it("V.1: 'trong tháng 1 hằng năm' ends Wed 31/01/2024; videos updated Thu 01/02 are late", () => {
    expect(finding("V.1:2024")).toMatchObject({ lastDay: "2024-01-31", status: "late" });
  });

  it("undated: a report requested without a time limit, an inspection conclusion without one, an unsigned document and the focal-point review are never judged", () => {
    const undated = evaluation.findings.filter((f) => f.status === "undated").map((f) => f.key).sort();
    expect(undated).toEqual(["II.3b:2876/VP-TH", "III.7:07/KL-TTr", "IV.1:18/QĐ-BQL", "VI.2:1733/VP-KSTTHC"]);
  });

  it("one-stop: a dossier received Mon 05/02/2024 with 'trong 05 ngày làm việc' counts 06, 07, then (Tết 08–14/02 skipped) 15, 16 and Mon 19/02", () => {
    expect(dossierReceivedAt("2024-02-05T09:00:00+07:00")).toMatchObject({ lastDay: "2024-02-19", status: "on_time" });
  });

  it("one-stop: a dossier received Fri 26/04/2024 with 10 working days skips 29/04–01/05 and counts the làm bù Saturday 04/05: last day Tue 14/05", () => {
    expect(dossierReceivedAt("2024-04-26T10:30:00+07:00")).toMatchObject({ lastDay: "2024-05-14", status: "on_time" });
  });

  it("one-stop: the window 20/06–19/07/2024 of Báo cáo 321/BC-BQL has 77 dossiers resolved, 08 of them late: on-time rate 69/77", () => {
    const row = dossierWindowSummary(evaluation);
    expect(row).toMatchObject({ resolved: 77, late: 8, numerator: 69, denominator: 77 });
    expect(row.rate).toBeCloseTo(69 / 77, 10);
  });
});

describe("examples/heza-2024: printing", () => {
  it("prints in Vietnamese by default and in English on request, with the window and the accounting", () => {
    const vi = formatHeza2024(evaluation).join("\n");
    const en = formatHeza2024(runHeza2024({ locale: "en" }), { locale: "en" }).join("\n");
    expect(vi).toContain("Đã giải quyết: 77 hồ sơ; trong đó 8 hồ sơ quá hạn");
    expect(vi).toContain("Đầu vào 368 sự kiện = 365 được dùng + 3 không dùng");
    expect(en).toContain("Resolved: 77 dossiers; 8 late");
    expect(en).toContain("moved to the next working day, Thu 2024-02-15");
  });
});
