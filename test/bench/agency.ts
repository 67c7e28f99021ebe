/**
 * A realistic agency plan at 1,000,000 events: `evaluate` measured as a ratio to `JSON.parse` of
 * the same events (absolute times drift on a shared machine; a ratio taken side by side in one
 * process does much less).
 *
 *   node --expose-gc --import tsx test/bench/agency.ts            # 1,000,000 events
 *   node --expose-gc --import tsx test/bench/agency.ts 200000     # another size
 *   npm run bench -- agency                                       # the same, from the bench script
 *
 * The plan has 48 obligations for 20 units, as an agency's one-stop desk and its task list have:
 * - 14 one-stop procedures (thủ tục một cửa) on a calendar with office hours and the 15:00
 *   cut-off of NĐ 61/2018 Đ.18.2 (`lateReceiptCutoff`), half counted in whole working days, half
 *   in office hours; dossiers paused for supplements (yêu cầu bổ sung), re-scheduled once
 *   (NĐ 61/2018 Đ.19.9, judged against the first appointment) and some received online on days off;
 * - 10 assigned tasks (nhiệm vụ được giao) with the date the assignment states, else 90 days at
 *   most, an internal target 2 days before the deadline (waived for hỏa tốc), extensions and
 *   cancellations;
 * - 8 publications "chậm nhất 3 ngày kể từ ngày ban hành", by document category;
 * - 8 derived obligations: an apology (thư xin lỗi) for each late dossier of 4 procedures, and an
 *   archive file (lập hồ sơ lưu trữ) for each finished task of 4 task types;
 * - 6 monthly reports "định kỳ vào ngày 10 hàng tháng", each owed by every unit;
 * - 2 daily publication quotas.
 *
 * Events are generated from a seeded PRNG (the same events on every run), serialised to one JSON
 * string, and read back with `JSON.parse`, as a host reading a file would. Each of several rounds
 * times `JSON.parse` of that string and `evaluate` of its events one after the other; the ratio is
 * the best `evaluate` over the best `JSON.parse`, in wall-clock time and in the process's CPU time
 * (on a busy machine the second moves much less). The entries of `accounting.used` are made when
 * they are first read; that first read is timed apart and added to `evaluate` in a second ratio.
 * Also printed: the findings, the share of them not simply on time (any status but on time, a
 * missed target or a note), and the peak RSS.
 */
import { fileURLToPath } from "node:url";
import { evaluate } from "../../src/engine/index.js";
import { parsePlan } from "../../src/schema/index.js";
import type { Event } from "../../src/schema/event.js";
import type { PlanInput } from "../../src/schema/plan.js";
import { rng, vnInstant } from "../_helpers.js";

const UNITS = Array.from({ length: 20 }, (_, i) => ({ id: `dv${String(i + 1).padStart(2, "0")}`, name: `Phòng chuyên môn ${i + 1}` }));
const UNIT_IDS = UNITS.map((u) => u.id);
const ONE_STOP = 14;
const TASKS = 10;
const CATEGORIES = ["noi_bo", "thong_tin", "tiep_cong_dan", "tthc", "ngan_sach", "thanh_tra", "to_chuc", "quy_hoach"] as const;
const REPORTS = 6;
const QUOTAS = 2;
const ONE_STOP_PHRASES = [
  "trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
  "trong 03 ngày làm việc kể từ ngày nhận hồ sơ",
  "trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
  "trong 15 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ",
  "trong 07 ngày làm việc kể từ ngày nhận đủ hồ sơ",
];

/** The 48 obligations. */
export function agencyPlan(): PlanInput {
  const obligations: Record<string, unknown>[] = [];
  for (let i = 0; i < ONE_STOP; i++) {
    obligations.push({
      kind: "triggered",
      id: `TTHC-${i}`,
      title: `Giải quyết hồ sơ thủ tục ${i + 1} (một cửa)`,
      owner: UNIT_IDS,
      trigger: { type: "dossier_received", where: { "data.procedure": `P${i}` } },
      deadline: ONE_STOP_PHRASES[i % ONE_STOP_PHRASES.length],
      policy: { lateReceiptCutoff: "15:00", workingDays: i % 2 === 0 ? "whole_days" : "office_hours" },
      pause: "supplement_requested",
      resume: "supplement_received",
      extensions: { events: "dossier_rescheduled", max: 1, judge: "original" },
      cancel: "dossier_withdrawn",
      completedBy: "dossier_resolved",
    });
  }
  for (let i = 0; i < TASKS; i++) {
    obligations.push({
      kind: "dated",
      id: `NV-${i}`,
      title: `Nhiệm vụ được giao loại ${i + 1}`,
      owner: UNIT_IDS,
      trigger: { type: "task_assigned", where: { "data.source": `S${i}` } },
      otherwise: "không được quá 90 ngày",
      target: { deadline: "chậm nhất 2 ngày trước thời hạn quy định (trừ trường hợp hỏa tốc trong 24h)", waivedFor: ["hoa_toc"] },
      extensions: { events: "task_extended" },
      cancel: "task_cancelled",
      completedBy: "task_reported",
    });
  }
  for (const [i, category] of CATEGORIES.entries()) {
    obligations.push({
      kind: "triggered",
      id: `CK-${i}`,
      title: `Công khai văn bản (${category}) trên cổng thông tin điện tử`,
      owner: "dv01",
      cooperating: UNIT_IDS.slice(1, 6),
      trigger: { type: "document_issued", where: { "data.category": category } },
      deadline: "chậm nhất 3 ngày kể từ ngày ban hành",
      completedBy: "document_published",
    });
  }
  for (let i = 0; i < 4; i++) {
    obligations.push({
      kind: "derived",
      id: `XL-${i}`,
      title: `Thư xin lỗi khi hồ sơ thủ tục ${i + 1} bị chậm`,
      source: { obligation: `TTHC-${i}`, on: "late" },
      deadline: "chậm nhất 3 ngày từ ngày hồ sơ TTHC bị chậm trễ",
      completedBy: "apology_sent",
    });
  }
  for (let i = 0; i < 4; i++) {
    obligations.push({
      kind: "derived",
      id: `LT-${i}`,
      title: `Lập hồ sơ lưu trữ nhiệm vụ loại ${i + 1}`,
      source: { obligation: `NV-${i}`, on: "done" },
      deadline: "chậm nhất trong 5 ngày từ khi hoàn thành nhiệm vụ được giao",
      completedBy: "file_archived",
    });
  }
  for (let i = 0; i < REPORTS; i++) {
    obligations.push({
      kind: "recurring",
      id: `BC-${i}`,
      title: `Báo cáo định kỳ hằng tháng ${i + 1}`,
      owner: UNIT_IDS,
      deadline: "định kỳ vào ngày 10 hàng tháng",
      policy: { rollFixedDates: true },
      completedBy: `monthly_report_${i}`,
    });
  }
  for (let i = 0; i < QUOTAS; i++) {
    obligations.push({
      kind: "quota",
      id: `DM-${i}`,
      title: `Đăng tải văn bản chỉ đạo điều hành ${i + 1}`,
      owner: "dv01",
      counts: { type: `document_posted_${i}` },
      quota: "tối thiểu 1 ngày 1 văn bản",
    });
  }
  return {
    id: "agency",
    title: "Kế hoạch của một cơ quan: một cửa, nhiệm vụ được giao, công khai, báo cáo",
    start: "2024-01-01",
    calendar: {
      officeHours: {
        sessions: [
          { start: "07:30", end: "11:30" },
          { start: "13:30", end: "17:00" },
        ],
      },
    },
    units: UNITS,
    obligations: obligations as never,
  };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** 00:00 of 01/01/2024 in Vietnam. */
const YEAR_START = Date.UTC(2024, 0, 1) - 7 * HOUR;
const SPAN_DAYS = 340;

/** About `count` events over 2024, from the seed. */
export function agencyEvents(count: number, seed = 1): Event[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const events: Event[] = [];
  let n = 0;
  const push = (type: string, ms: number, extra: Partial<Event> = {}): void => {
    n += 1;
    events.push({ id: `ev${n}`, type, at: vnInstant(ms), ...extra });
  };
  /** A working-hours instant (07:30–17:00) on a weekday of the year, now and then a weekend (online receipt). */
  const receiptMs = (): number => {
    let day = Math.floor(random() * SPAN_DAYS);
    const weekday = (day + 1) % 7; // 01/01/2024 is a Monday: 1 … 6 Mon–Sat, 0 Sunday
    if ((weekday === 0 || weekday === 6) && random() < 0.8) day += weekday === 6 ? 2 : 1;
    return YEAR_START + day * DAY + 7.5 * HOUR + Math.floor(random() * 570) * 60_000;
  };
  while (events.length < count) {
    const r = random();
    const t0 = receiptMs();
    const unit = pick(UNIT_IDS);
    if (r < 0.62) {
      // a one-stop dossier
      const procedure = Math.floor(random() * ONE_STOP);
      const subject = `HS-${n}`;
      push("dossier_received", t0, { subject, unit, data: { procedure: `P${procedure}`, channel: random() < 0.3 ? "truc_tuyen" : "truc_tiep" } });
      let t = t0;
      if (random() < 0.12) {
        push("supplement_requested", (t += 1 * DAY + 2 * HOUR), { subject, unit });
        push("supplement_received", (t += Math.floor(1 + random() * 6) * DAY), { subject, unit });
      }
      if (random() < 0.04) push("dossier_rescheduled", (t += 2 * DAY), { subject, unit, data: { days: 3 } });
      const u = random();
      if (u < 0.02) push("dossier_withdrawn", t + DAY, { subject, unit });
      else if (u < 0.95) {
        const doneMs = t + Math.floor(random() * 12 * DAY) + HOUR;
        push("dossier_resolved", doneMs, { subject, unit });
        if (procedure < 4 && random() < 0.4) push("apology_sent", doneMs + Math.floor(random() * 4 * DAY), { subject, unit });
      }
    } else if (r < 0.8) {
      // an assigned task
      const source = Math.floor(random() * TASKS);
      const subject = `NV-${n}`;
      const urgent = random() < 0.05;
      const stated = random() < 0.7;
      const due = vnInstant(t0 + Math.floor((5 + random() * 40) * DAY)).slice(0, 10);
      push("task_assigned", t0, { subject, unit, data: { source: `S${source}` }, ...(stated ? { deadline: due } : {}), ...(urgent ? { urgency: "hoa_toc" as const } : {}) });
      if (random() < 0.1) push("task_extended", t0 + 10 * DAY, { subject, unit, deadline: vnInstant(t0 + 60 * DAY).slice(0, 10) });
      const u = random();
      if (u < 0.03) push("task_cancelled", t0 + 3 * DAY, { subject, unit });
      else if (u < 0.88) {
        const doneMs = t0 + Math.floor(random() * 50 * DAY) + HOUR;
        push("task_reported", doneMs, { subject, unit });
        if (source < 4 && random() < 0.7) push("file_archived", doneMs + Math.floor(random() * 8 * DAY), { subject, unit });
      }
    } else if (r < 0.95) {
      // a document to publish
      const subject = `VB-${n}`;
      push("document_issued", t0, { subject, unit, data: { category: pick(CATEGORIES), signed: true } });
      if (random() < 0.92) push("document_published", t0 + Math.floor(random() * 5 * DAY), { subject, unit: "dv01" });
    } else if (r < 0.985) {
      const month = Math.floor(random() * 11) + 1;
      push(`monthly_report_${Math.floor(random() * REPORTS)}`, YEAR_START + (month * 30.4 + 5 + random() * 8) * DAY, { unit, period: `2024-${String(month + 1).padStart(2, "0")}` });
    } else {
      push(`document_posted_${Math.floor(random() * QUOTAS)}`, t0, { unit: "dv01" });
    }
  }
  events.length = count;
  return events;
}

const ASOF = "2024-12-31";

/** The measurement: returns the printed lines. */
export function runAgency(size: number, rounds = 5): string[] {
  const gc = (globalThis as { gc?: () => void }).gc;
  const plan = parsePlan(agencyPlan());
  const text = JSON.stringify(agencyEvents(size));
  evaluate(plan, JSON.parse(JSON.stringify(agencyEvents(5_000, 7))) as Event[], { asOf: ASOF }); // warm-up
  // wall-clock and CPU time (user + system, every thread of the process: a machine shared with
  // other work slows the wall clock much more than the process's own CPU time)
  const best = { parse: Number.POSITIVE_INFINITY, evaluate: Number.POSITIVE_INFINITY, usedRead: Number.POSITIVE_INFINITY, parseCpu: Number.POSITIVE_INFINITY, evaluateCpu: Number.POSITIVE_INFINITY };
  const cpuMs = (from: NodeJS.CpuUsage): number => {
    const d = process.cpuUsage(from);
    return (d.user + d.system) / 1000;
  };
  let events: Event[] = [];
  let kept: ReturnType<typeof evaluate> | undefined;
  for (let round = 0; round < rounds; round++) {
    events = [];
    gc?.();
    let c = process.cpuUsage();
    let t = performance.now();
    events = JSON.parse(text) as Event[];
    best.parse = Math.min(best.parse, performance.now() - t);
    best.parseCpu = Math.min(best.parseCpu, cpuMs(c));
    kept = undefined;
    gc?.();
    c = process.cpuUsage();
    t = performance.now();
    kept = evaluate(plan, events, { asOf: ASOF });
    best.evaluate = Math.min(best.evaluate, performance.now() - t);
    best.evaluateCpu = Math.min(best.evaluateCpu, cpuMs(c));
    // the used events' entries are made on their first read (few hosts read them): timed apart
    t = performance.now();
    if (kept.accounting.used.length === 0) throw new Error("no event used");
    best.usedRead = Math.min(best.usedRead, performance.now() - t);
  }
  const e = kept as ReturnType<typeof evaluate>;
  const notOnTime = e.findings.filter((f) => f.status !== "on_time" || f.target?.status === "missed" || (f.notes?.length ?? 0) > 0).length;
  const peak = process.resourceUsage().maxRSS / 1024;
  return [
    `${size.toLocaleString("en-US")} events (${(text.length / 1048576).toFixed(0)} MiB of JSON), ${plan.obligations.length} obligations, ${UNITS.length} units, best of ${rounds} rounds:`,
    `  evaluate / JSON.parse = ${(best.evaluate / best.parse).toFixed(2)}× wall clock (evaluate ${(best.evaluate / 1000).toFixed(2)} s, JSON.parse ${(best.parse / 1000).toFixed(2)} s), ` +
      `${(best.evaluateCpu / best.parseCpu).toFixed(2)}× CPU time (${(best.evaluateCpu / 1000).toFixed(2)} s, ${(best.parseCpu / 1000).toFixed(2)} s)`,
    `  reading accounting.used afterwards (its entries are made then): ${(best.usedRead / 1000).toFixed(2)} s; evaluate and that read / JSON.parse = ${((best.evaluate + best.usedRead) / best.parse).toFixed(2)}× wall clock`,
    `  ${e.findings.length.toLocaleString("en-US")} findings, ${((100 * notOnTime) / e.findings.length).toFixed(1)} % not simply on time; ` +
      `${e.accounting.used.length.toLocaleString("en-US")} events used, ${e.accounting.ignored.length.toLocaleString("en-US")} ignored; peak RSS ${peak.toFixed(0)} MiB`,
  ];
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const size = process.argv[2] === undefined ? 1_000_000 : Number(process.argv[2]);
  const rounds = process.argv[3] === undefined ? 5 : Number(process.argv[3]);
  for (const line of runAgency(size, rounds)) process.stdout.write(`${line}\n`);
}
