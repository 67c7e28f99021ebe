/**
 * Calendar benchmark: thoihan's addWorkingDays / countWorkingDays (ISO strings and day numbers)
 * against numpy's vectorised busday_offset / busday_count and date-fns addBusinessDays, on the
 * same 1,000,000 operations in 2019–2026 and the same days off.
 *
 * Not a test: it prints figures. Run with `npm run bench`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addBusinessDays } from "date-fns";
import { civilServiceCalendar } from "../../src/calendar/index.js";
import { fromDayNumber, toDayNumber, type DayNumber } from "../../src/day/dayNumber.js";

const N = 1_000_000;
const FIRST = toDayNumber("2019-01-01");
const LAST = toDayNumber("2026-12-31");

/** xorshift32: reproducible operations without Math.random. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function time<T>(runs: number, fn: () => T): { ns: number; out: T } {
  let best = Infinity;
  let out!: T;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    out = fn();
    const dt = Number(process.hrtime.bigint() - t0);
    best = Math.min(best, dt);
  }
  const ns = best / N;
  return { ns, out };
}

export function runCalendarBench(): Record<string, number | string> {
  const random = rng(20240109);
  const startDays = new Int32Array(N);
  const amounts = new Int32Array(N);
  const endDays = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    startDays[i] = FIRST + Math.floor(random() * (LAST - FIRST + 1));
    const a = 1 + Math.floor(random() * 60);
    amounts[i] = random() < 0.8 ? a : -a;
    endDays[i] = FIRST + Math.floor(random() * (LAST - FIRST + 1));
  }
  const startIso = Array.from(startDays, (d) => fromDayNumber(d as DayNumber));
  const endIso = Array.from(endDays, (d) => fromDayNumber(d as DayNumber));
  const cal = civilServiceCalendar;
  const days = cal.days;
  cal.isWorkingDay("2024-01-01"); // build the index outside the timed runs

  const isoAdd = time(5, () => {
    const out = new Array<string>(N);
    for (let i = 0; i < N; i++) out[i] = cal.addWorkingDays(startIso[i] as string, amounts[i] as number);
    return out;
  });
  const isoCount = time(5, () => {
    const out = new Int32Array(N);
    for (let i = 0; i < N; i++) out[i] = cal.countWorkingDays(startIso[i] as string, endIso[i] as string);
    return out;
  });
  const dnAdd = time(5, () => {
    const out = new Int32Array(N);
    for (let i = 0; i < N; i++) out[i] = days.add(startDays[i] as DayNumber, amounts[i] as number);
    return out;
  });
  const dnCount = time(5, () => {
    const out = new Int32Array(N);
    for (let i = 0; i < N; i++) out[i] = days.count(startDays[i] as DayNumber, endDays[i] as DayNumber);
    return out;
  });
  const startDates = Array.from(startDays, (d) => new Date(d * 86_400_000));
  const dateFns = time(3, () => {
    let acc = 0;
    for (let i = 0; i < N; i++) acc += addBusinessDays(startDates[i] as Date, amounts[i] as number).getTime();
    return acc;
  });

  // The same days off for numpy: every weekday that is not a working day, 2018–2027.
  const holidays: string[] = [];
  for (let d = toDayNumber("2018-01-01"); d <= toDayNumber("2027-12-31"); d++) {
    const wd = ((d + 3) % 7) + 1;
    if (wd <= 5 && !days.isWorking(d as DayNumber)) holidays.push(fromDayNumber(d as DayNumber));
  }
  const result: Record<string, number | string> = {
    "thoihan addWorkingDays (ISO) ns/op": isoAdd.ns,
    "thoihan countWorkingDays (ISO) ns/op": isoCount.ns,
    "thoihan days.add (day numbers) ns/op": dnAdd.ns,
    "thoihan days.count (day numbers) ns/op": dnCount.ns,
    "date-fns addBusinessDays (no holidays) ns/op": dateFns.ns,
  };

  const dir = mkdtempSync(join(tmpdir(), "thoihan-bench-"));
  try {
    const f = (name: string) => join(dir, name);
    writeFileSync(f("start.i32"), Buffer.from(startDays.buffer));
    writeFileSync(f("amount.i32"), Buffer.from(amounts.buffer));
    writeFileSync(f("end.i32"), Buffer.from(endDays.buffer));
    writeFileSync(
      f("job.json"),
      JSON.stringify({ start: f("start.i32"), amount: f("amount.i32"), end: f("end.i32"), holidays, outOffset: f("offset.i32"), outCount: f("count.i32") }),
    );
    const script = new URL("./calendar.py", import.meta.url).pathname;
    const raw = execFileSync("python3", [script, f("job.json")], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const np = JSON.parse(raw) as Record<string, number | string>;
    const npOffset = new Int32Array(readFileSync(f("offset.i32")).buffer.slice(0));
    const npCount = new Int32Array(readFileSync(f("count.i32")).buffer.slice(0));
    // numpy has no way to say "this Saturday is worked" (làm bù): count those separately so the
    // comparison checks everything else exactly.
    const makeup = new Int32Array(LAST - FIRST + 400);
    for (let d = FIRST - 200; d < LAST + 199; d++) {
      const wd = ((d + 3) % 7) + 1;
      makeup[d - FIRST + 201] = (makeup[d - FIRST + 200] as number) + (wd >= 6 && days.isWorking(d as DayNumber) ? 1 : 0);
    }
    const makeupUpTo = (d: number) => makeup[d - FIRST + 201] as number;
    let agreeAdd = 0;
    let agreeAddClean = 0;
    let cleanAdds = 0;
    let agreeCount = 0;
    for (let i = 0; i < N; i++) {
      const s = startDays[i] as number;
      const r = dnAdd.out[i] as number;
      const touched = makeupUpTo(Math.max(s, r)) - makeupUpTo(Math.min(s, r) - 1) > 0;
      if (npOffset[i] === r) agreeAdd++;
      if (!touched) {
        cleanAdds++;
        if (npOffset[i] === r) agreeAddClean++;
      }
      const e = endDays[i] as number;
      const sign = e >= s ? 1 : -1;
      const makeupIn = sign * (makeupUpTo(Math.max(s, e)) - makeupUpTo(Math.min(s, e)));
      if ((npCount[i] as number) + makeupIn === dnCount.out[i]) agreeCount++;
    }
    result["numpy version"] = String(np["numpy"]);
    result["numpy busday_offset (datetime64) ns/op"] = Number(np["offset_ns"]);
    result["numpy busday_count (datetime64) ns/op"] = Number(np["count_ns"]);
    result["numpy busday_offset (ISO in/out) ns/op"] = Number(np["offset_iso_ns"]);
    result["numpy busday_count (ISO in) ns/op"] = Number(np["count_iso_ns"]);
    result["ratio thoihan ISO add / numpy datetime64 offset"] = isoAdd.ns / Number(np["offset_ns"]);
    result["ratio thoihan ISO count / numpy datetime64 count"] = isoCount.ns / Number(np["count_ns"]);
    result["ratio thoihan ISO add / numpy ISO offset"] = isoAdd.ns / Number(np["offset_iso_ns"]);
    result["agreement with numpy, add (all operations)"] = `${((agreeAdd / N) * 100).toFixed(2)} %`;
    result["agreement with numpy, add (operations not crossing a làm bù Saturday)"] = `${((agreeAddClean / cleanAdds) * 100).toFixed(3)} % of ${cleanAdds}`;
    result["agreement with numpy, count (+ làm bù Saturdays numpy cannot model)"] = `${((agreeCount / N) * 100).toFixed(3)} %`;
  } catch (e) {
    result["numpy"] = `skipped: python3 with numpy not available (${(e as Error).message.split("\n")[0]})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}
