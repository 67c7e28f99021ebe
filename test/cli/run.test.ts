import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { loadHeza2024Events } from "../../examples/heza-2024/run.js";
import { toCsv } from "../../src/report/index.js";
import { fakeIo } from "./_io.js";

const PLAN = "examples/heza-2024/plan.json";
const EVENTS = "examples/heza-2024/events.json";
const AS_OF = "2024-12-31T23:59:59+07:00";

async function run(argv: string[], files: Record<string, string> = {}, options: { tty?: boolean; chunkSize?: number } = {}) {
  const io = fakeIo(files, options);
  const code = await runCli(argv, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

const smallPlan = {
  id: "p",
  title: "Kế hoạch nhỏ",
  start: "2024-01-01",
  units: [{ id: "vp", name: "Văn phòng" }],
  obligations: [
    { kind: "triggered", id: "I.1", title: "Đăng tải", owner: "vp", trigger: { type: "document_issued" }, completedBy: "document_published", deadline: "chậm nhất 3 ngày kể từ ngày ban hành" },
    { kind: "derived", id: "I.2", title: "Xin lỗi", owner: "vp", source: { obligation: "I.1", on: "late" }, deadline: "trong 3 ngày", completedBy: "apology_sent" },
  ],
};
const smallEvents = [
  { id: "e1", type: "document_issued", at: "2024-02-07T16:20:00+07:00", subject: "56/TB" },
  { id: "e2", type: "document_published", at: "2024-02-20T10:00:00+07:00", subject: "56/TB" },
];

describe("thoihan (arguments and exit codes)", () => {
  it("an unknown option is an error with the usage line, exit code 2, nothing on stdout", async () => {
    const r = await run(["evaluate", PLAN, EVENTS, "--as-of", AS_OF, "--colour"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe('Lỗi: [unknown_option] Tùy chọn không được hỗ trợ: --colour.\nCách dùng: thoihan evaluate <plan> <events> [options]\nXem "thoihan evaluate --help" để biết thêm.\n');
  });

  it("a misspelt option names the nearest one (--as-off → --as-of)", async () => {
    const r = await run(["evaluate", PLAN, EVENTS, "--as-off", AS_OF, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Error: \[unknown_option\] Unknown option: --as-off; did you mean --as-of\?\n/);
  });

  it("bad values of --format, --as-of, --fail-on, --status, --month and --lang are errors in the language asked for, never ignored", async () => {
    const cases: [string[], RegExp][] = [
      [["--format", "xlsx"], /--format: "xlsx" \(expected table \| json \| csv \| md \| ics\)/],
      [["--fail-on", "soon"], /--fail-on: "soon"/],
      [["--status", "late,lost"], /--status: "lost"/],
      [["--month", "2024-13"], /--month: "2024-13"/],
    ];
    for (const [extra, message] of cases) {
      const r = await run(["evaluate", PLAN, EVENTS, "--as-of", AS_OF, "--lang", "en", ...extra]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).toContain("Usage: thoihan evaluate <plan> <events> [options]");
    }
    const badDate = await run(["evaluate", PLAN, EVENTS, "--as-of", "2024-02-30", "--lang", "en"]);
    expect(badDate.err).toMatch(/Invalid value for --as-of: "2024-02-30"/);
    const badLang = await run(["calendar", "2024", "--lang", "fr"]);
    expect(badLang.code).toBe(2);
    expect(badLang.err).toMatch(/--lang: "fr"/);
  });

  it("a missing --as-of, a missing or extra argument, an unknown command: exit code 2 with a message", async () => {
    expect((await run(["evaluate", PLAN, EVENTS])).err).toMatch(/\[missing_option\] Thiếu tùy chọn bắt buộc --as-of/);
    expect((await run(["evaluate", PLAN, "--as-of", AS_OF])).err).toMatch(/\[missing_argument\] Thiếu tham số: <events>/);
    expect((await run(["calendar", "2024", "2025"])).err).toMatch(/\[too_many_arguments\]/);
    const r = await run(["evaluat"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\[unknown_command\] Không có lệnh "evaluat"; có phải ý bạn là "evaluate"\?/);
    expect((await run([])).code).toBe(2);
  });

  it("--help of every command, in Vietnamese and English, lists its options and the exit codes", async () => {
    for (const name of ["deadline", "find", "draft", "calendar", "check", "evaluate", "score", "compare"]) {
      const vi = await run([name, "--help"]);
      const en = await run([name, "--help", "--lang", "en"]);
      expect(vi.code).toBe(0);
      expect(vi.out).toContain(`Cách dùng: thoihan ${name}`);
      expect(vi.out).toContain("Mã thoát: 0 thành công; 1 có kết quả khớp --fail-on; 2");
      expect(en.out).toContain(`Usage: thoihan ${name}`);
      expect(en.out).toContain("--lang vi|en");
    }
  });

  it("--fail-on overdue exits 1 when a finding is overdue at the evaluation, 0 when the selection has none", async () => {
    expect((await run(["evaluate", PLAN, EVENTS, "--as-of", AS_OF, "--fail-on", "overdue", "--format", "json"])).code).toBe(1);
    expect((await run(["evaluate", PLAN, EVENTS, "--as-of", AS_OF, "--fail-on", "overdue", "--status", "on_time"])).code).toBe(0);
    expect((await run(["evaluate", PLAN, EVENTS, "--as-of", "2024-01-03T00:00:00+07:00", "--fail-on", "late"])).code).toBe(0);
  });

  it("a library error (a phrase it does not understand) is its message and exit code 2, no stack trace", async () => {
    const r = await run(["deadline", "trong mười hôm", "--from", "2024-01-02"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Lỗi: \[phrase_/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe("thoihan score and compare", () => {
  it("score: the seed's PAR tree as CSV, one row per criterion; external values are checked", async () => {
    const r = await run(["score", PLAN, EVENTS, "--as-of", AS_OF, "--format", "csv", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\uFEFFId,Criterion,Points,/);
    expect(r.out).toMatch(/\r\nPAR-2024,/);
    const bad = await run(["score", PLAN, EVENTS, "--as-of", AS_OF, "--external", "3.5"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--external: "3\.5"/);
  });

  it("compare needs a what-if; with --policy beforeDate=inclusive it lists the occurrences and points that change", async () => {
    const none = await run(["compare", PLAN, EVENTS, "--as-of", AS_OF]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/\[missing_option\]/);
    const r = await run(["compare", PLAN, EVENTS, "--as-of", AS_OF, "--policy", "beforeDate=inclusive", "--format", "json"]);
    const value = JSON.parse(r.out) as { findings: { key: string; changes: string[] }[]; scores: { criterion: string; delta: number }[] };
    expect(value.findings.find((f) => f.key === "III.3:trung-tam-dvvl:2024")?.changes).toContain("status");
    expect(value.scores.find((s) => s.criterion === "PAR-2024")?.delta).toBeGreaterThan(0);
  });
});

describe("thoihan find and draft", () => {
  const NOTICE = "test/draft/fixtures/tb-01-2024-phu-luc.txt";

  it("find: the time expressions of a notice, each with its role and the rule it reads as, in text order", async () => {
    const r = await run(["find", NOTICE, "--format", "json"]);
    expect(r.code).toBe(0);
    const matches = JSON.parse(r.out) as { index: number; role: string; text: string }[];
    expect(matches.some((m) => m.role === "deadline" && /3 ngày kể từ ngày ban hành/.test(m.text))).toBe(true);
    expect(matches.map((m) => m.index)).toEqual([...matches.map((m) => m.index)].sort((a, b) => a - b));
    const table = await run(["find", NOTICE, "--lang", "en"]);
    expect(table.out.split("\n")[0]).toMatch(/^Offset\s+Role\s+Wording\s+Reads as$/);
  });

  it("find: wording after a lead word that cannot be read ('10 - 15 ngày làm việc', a range, 'trước ngày khai trương') is never dropped: listed on stderr with the reason in the user's language, or on stdout with --unread", async () => {
    const files = { "tb.txt": "Thời gian giải quyết 10 - 15 ngày làm việc.\nHồ sơ nộp trước ngày khai trương. Báo cáo trước ngày 20/12/2025.\n" };
    const r = await run(["find", "tb.txt", "--format", "json", "--lang", "en"], files);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { text: string }[]).map((m) => m.text)).toEqual(["trước ngày 20/12/2025"]);
    expect(r.err.split("\n").slice(0, 3)).toEqual([
      "Warning: 2 time expression(s) not read (for a person to check; --unread lists them):",
      expect.stringMatching(/^ {2}21: "10 - 15 ngày" — .*a range of 10 to 15 \("10 - 15 ngày"\) depends on the case/),
      expect.stringMatching(/^ {2}54: "trước ngày khai" — Word "khai" at index 11/),
    ]);
    const listed = await run(["find", "tb.txt", "--unread", "--format", "json"], files);
    expect(listed.err).toBe("");
    const unread = JSON.parse(listed.out) as { index: number; text: string; issue: { code: string; params: { reason?: string } } }[];
    expect(unread.map((u) => [u.index, u.text, u.issue.code, u.issue.params.reason])).toEqual([
      [21, "10 - 15 ngày", "phrase_unsupported", "count_range"],
      [54, "trước ngày khai", "phrase_unrecognized_token", undefined],
    ]);
    const table = await run(["find", "tb.txt", "--unread"], files);
    expect(table.out.split("\n")[0]).toMatch(/^Vị trí\s+Từ dẫn\s+Câu chữ\s+Lý do$/);
    expect(table.out).toContain("khoảng thời hạn từ 10 đến 15 ngày tùy trường hợp");
    const clean = await run(["find", "tb.txt"], { "tb.txt": "Báo cáo trước ngày 20/12/2025." });
    expect(clean.err).toBe("");
  });

  it("draft: a plan that check accepts on stdout (rows without a time limit drafted), or with --undated unresolved those rows on stderr with the reason", async () => {
    const r = await run(["draft", NOTICE, "--start", "2024-01-01", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('"id": "III.7"');
    const listed = await run(["draft", NOTICE, "--start", "2024-01-01", "--lang", "en", "--undated", "unresolved"]);
    expect(listed.err).toMatch(/III\.7: states no time limit/);
    expect(listed.out).not.toContain('"id": "III.7"');
    expect((await run(["draft", NOTICE, "--undated", "yes"])).code).toBe(2);
    const checked = await run(["check", "plan.json"], { "plan.json": r.out });
    expect(checked.code).toBe(0);
    expect((await run(["draft", NOTICE, "--start", "01/01/2024"])).code).toBe(2);
  });
});

describe("thoihan evaluate (inputs)", () => {
  it("events as NDJSON, as CSV and as a JSON array give the same findings", async () => {
    const events = loadHeza2024Events() as Record<string, unknown>[];
    const ndjson = events.map((e) => JSON.stringify(e)).join("\n");
    const columns = ["id", "type", "at", "subject", "unit", "period", "deadline", "urgency", "data"];
    const csv = toCsv([columns, ...events.map((e) => columns.map((c) => (e[c] === undefined ? "" : typeof e[c] === "object" ? JSON.stringify(e[c]) : String(e[c]))))]);
    const args = (path: string) => ["evaluate", PLAN, path, "--as-of", AS_OF, "--format", "json"];
    const json = await run(args(EVENTS));
    const fromNd = await run(args("events.ndjson"), { "events.ndjson": ndjson });
    const fromCsv = await run(args("events.csv"), { "events.csv": csv });
    expect(json.code).toBe(1 - 1);
    expect(fromNd.out).toBe(json.out);
    expect(fromCsv.out).toBe(json.out);
  });

  it("--events-format csv reads CSV from standard input (-), whose name tells no format", async () => {
    const csv = toCsv([["id", "type", "at", "subject"], ...smallEvents.map((e) => [e.id, e.type, e.at, e.subject])]);
    const files = { "plan.json": JSON.stringify(smallPlan), "-": csv, "ev.json": JSON.stringify(smallEvents) };
    const fromStdin = await run(["evaluate", "plan.json", "-", "--events-format", "csv", "--as-of", AS_OF, "--format", "json"], files);
    const fromFile = await run(["evaluate", "plan.json", "ev.json", "--as-of", AS_OF, "--format", "json"], files);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.out).toBe(fromFile.out);
    expect((await run(["evaluate", "plan.json", "-", "--events-format", "xml", "--as-of", AS_OF], files)).err).toMatch(/--events-format: "xml"/);
  });

  it("an NDJSON line that is not JSON is reported on stderr and accounted as invalid, never dropped", async () => {
    const r = await run(["evaluate", "plan.json", "ev.ndjson", "--as-of", AS_OF, "--format", "json", "--lang", "en"], {
      "plan.json": JSON.stringify(smallPlan),
      "ev.ndjson": `${JSON.stringify(smallEvents[0])}\n{"id": "broken"\n${JSON.stringify(smallEvents[1])}\n`,
    });
    expect(r.err).toMatch(/Warning: ev\.ndjson: line 2 could not be read/);
    const value = JSON.parse(r.out) as { accounting: { input: number; ignored: { reason: string; index: number }[] } };
    expect(value.accounting.input).toBe(3);
    expect(value.accounting.ignored).toMatchObject([{ reason: "invalid", index: 1 }]);
  });

  it("a YAML plan is read as YAML 1.2 (on: stays the key 'on') and gives the same findings as its JSON", async () => {
    const yaml = [
      "id: p", "title: Kế hoạch nhỏ", 'start: "2024-01-01"', "units: [{ id: vp, name: Văn phòng }]", "obligations:",
      "  - { kind: triggered, id: I.1, title: Đăng tải, owner: vp, trigger: { type: document_issued }, completedBy: document_published, deadline: chậm nhất 3 ngày kể từ ngày ban hành }",
      "  - kind: derived", "    id: I.2", "    title: Xin lỗi", "    owner: vp", "    source: { obligation: I.1, on: late }", "    deadline: trong 3 ngày", "    completedBy: apology_sent",
    ].join("\n");
    const files = { "plan.yaml": yaml, "plan.json": JSON.stringify(smallPlan), "ev.json": JSON.stringify(smallEvents) };
    const fromYaml = await run(["evaluate", "plan.yaml", "ev.json", "--as-of", AS_OF, "--format", "csv"], files);
    const fromJson = await run(["evaluate", "plan.json", "ev.json", "--as-of", AS_OF, "--format", "csv"], files);
    expect(fromYaml.code).toBe(0);
    expect(fromYaml.err).toBe("");
    expect(fromYaml.out).toBe(fromJson.out);
    expect(fromYaml.out).toContain("I.2:56/TB");
  });

  it("warns when a plan has a key 'true', what a YAML 1.1 loader makes of 'on:'", async () => {
    const broken = JSON.stringify({ ...smallPlan, obligations: [smallPlan.obligations[0], { ...smallPlan.obligations[1], source: { obligation: "I.1", true: "late" } }] });
    const r = await run(["check", "plan.json", "--lang", "en"], { "plan.json": broken });
    expect(r.err).toMatch(/Warning: "plan\.json" has a key "true": a YAML 1\.1 loader probably turned "on:" into true/);
    expect(r.code).toBe(2);
  });

  it("--policy beforeDate=inclusive reaches the deadlines; an unknown policy field is an error", async () => {
    const base = ["deadline", "trước ngày 10/02/2024", "--format", "json"];
    const strict = JSON.parse((await run(base)).out) as { deadline: { lastDay: string } };
    const inclusive = JSON.parse((await run([...base, "--policy", "beforeDate=inclusive"])).out) as { deadline: { lastDay: string } };
    expect(strict.deadline.lastDay).toBe("2024-02-09");
    expect(inclusive.deadline.lastDay).toBe("2024-02-10");
    const bad = await run([...base, "--policy", "beforeDay=inclusive"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/beforeDay/);
  });

  it("--calendar adds an office's closure: 3 working days from Wed 07/08/2024 end on Mon 12/08, or on Tue 13/08 when the office is closed on the 12th", async () => {
    const files = { "cal.json": JSON.stringify({ name: "xa", daysOff: ["2024-08-12"] }) };
    const plain = JSON.parse((await run(["deadline", "trong 3 ngày làm việc kể từ ngày nhận", "--from", "2024-08-07", "--format", "json"])).out) as { deadline: { lastDay: string } };
    const closed = JSON.parse((await run(["deadline", "trong 3 ngày làm việc kể từ ngày nhận", "--from", "2024-08-07", "--format", "json", "--calendar", "cal.json"], files)).out) as { deadline: { lastDay: string } };
    expect(plain.deadline.lastDay).toBe("2024-08-12");
    expect(closed.deadline.lastDay).toBe("2024-08-13");
  });

  it("shows a progress line (events read, rate) on stderr only when it is a terminal, and clears it", async () => {
    const many = Array.from({ length: 70_000 }, (_, i) => JSON.stringify({ id: `x${i}`, type: "unrelated", at: "2024-03-01T08:00:00+07:00" })).join("\n");
    const files = { "plan.json": JSON.stringify(smallPlan), "ev.ndjson": many };
    const tty = await run(["evaluate", "plan.json", "ev.ndjson", "--as-of", AS_OF, "--lang", "en"], files, { tty: true, chunkSize: 65536 });
    expect(tty.err).toMatch(/^\rRead 65,536 events \([\d,]+ events\/s\)\u001b\[K\rRead 70,000 events \([\d,]+ events\/s\)\u001b\[K\r\u001b\[K$/);
    const pipe = await run(["evaluate", "plan.json", "ev.ndjson", "--as-of", AS_OF, "--lang", "en"], files);
    expect(pipe.err).toBe("");
  });

  it("check lists every problem of a plan with its path, exit code 2", async () => {
    const bad = { ...smallPlan, obligations: [{ ...smallPlan.obligations[0], owner: "khong-co", completeBy: "x" }] };
    const r = await run(["check", "plan.json"], { "plan.json": JSON.stringify(bad) });
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^Kế hoạch không hợp lệ: \d+ lỗi\./);
    expect(r.out).toMatch(/obligations\.0\.completeBy/);
    expect(r.out).toMatch(/completedBy/);
    const ok = await run(["check", PLAN, "--lang", "en"]);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^Plan "heza-2024" is valid: \d+ obligations, 6 units/);
  });

  it("a file that does not exist is an error naming it, exit code 2", async () => {
    const r = await run(["check", "khong-co.json"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\[file_unreadable\] Không đọc được tệp "khong-co\.json"/);
    const ev = await run(["evaluate", PLAN, "khong-co.ndjson", "--as-of", AS_OF]);
    expect(ev.code).toBe(2);
    expect(ev.err).toMatch(/\[file_unreadable\]/);
  });
});

describe("thoihan evaluate --policy", () => {
  it("is the call's policy: it wins over an obligation's own (plan < obligation < call), as evaluate's policy option does", async () => {
    // Arrange: the obligation reads "trước ngày" strictly by its own policy; the call reads it inclusively
    const plan = {
      ...smallPlan,
      obligations: [{ kind: "triggered", id: "II.1", title: "Báo cáo", owner: "vp", trigger: { type: "document_issued" }, completedBy: "document_published", deadline: "trước ngày 20/02/2024", policy: { beforeDate: "strict" } }],
    };
    const files = { "plan.json": JSON.stringify(plan), "events.json": JSON.stringify(smallEvents) };
    const lastDay = async (extra: string[]) => {
      const r = await run(["evaluate", "plan.json", "events.json", "--as-of", "2024-03-01", "--format", "json", ...extra], files);
      expect(r.code).toBe(0);
      return (JSON.parse(r.out) as { findings: { lastDay: string; status: string }[] }).findings.map((f) => [f.lastDay, f.status]);
    };
    // Act, Assert: strictly before 20/02 the last day is 19/02 and the publication of 20/02 is late; inclusively, on time
    expect(await lastDay([])).toEqual([["2024-02-19", "late"]]);
    expect(await lastDay(["--policy", "beforeDate=inclusive"])).toEqual([["2024-02-20", "on_time"]]);
  });
});

describe("option values worded in the chosen language", () => {
  it("a missing or unexpected option value is worded in Vietnamese without English words, and in English with --lang en", async () => {
    // Act
    const missing = await run(["deadline", "trong 5 ngày", "--from"]);
    const unexpected = await run(["deadline", "trong 5 ngày", "--explain=yes"]);
    const english = await run(["deadline", "trong 5 ngày", "--from", "--lang", "en"]);
    // Assert
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Giá trị không hợp lệ cho --from: "" (cần một giá trị).');
    expect(unexpected.err).toContain('Giá trị không hợp lệ cho --explain: "" (tùy chọn này không nhận giá trị).');
    expect(`${missing.err}${unexpected.err}`).not.toMatch(/\b(a value|no value)\b/);
    expect(english.code).toBe(2);
  });
});
