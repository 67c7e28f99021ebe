/**
 * `accounting.used` is made from the evaluation's columns when it is first read. A reader must see
 * the same plain list as if it had been made at once: the same entries in the same order (grouped
 * by finding), the same list on every read, the same keys, and the same copy through JSON,
 * spreading and `structuredClone`, also when the host froze the accounting before reading it.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";

const plan = {
  id: "p",
  title: "Kế hoạch",
  start: "2024-01-01",
  units: [{ id: "vp", name: "Văn phòng" }],
  obligations: [
    { kind: "triggered", id: "CK", title: "Công khai văn bản", owner: "vp", trigger: { type: "ban_hanh" }, deadline: "chậm nhất 3 ngày kể từ ngày ban hành", completedBy: "cong_khai" },
    { kind: "triggered", id: "LT", title: "Lưu trữ văn bản đã công khai", owner: "vp", trigger: { type: "cong_khai" }, deadline: "trong 05 ngày kể từ ngày công khai", completedBy: "luu_tru" },
  ],
} as never;

const events = [
  { id: "e1", type: "ban_hanh", at: "2024-03-04T09:00:00+07:00", subject: "VB1" },
  { id: "e2", type: "cong_khai", at: "2024-03-05T09:00:00+07:00", subject: "VB1" },
  { id: "e3", type: "luu_tru", at: "2024-03-07T09:00:00+07:00", subject: "VB1" },
  { id: "e4", type: "khac", at: "2024-03-07T10:00:00+07:00" },
];

const fresh = () => evaluate(plan, events, { asOf: "2024-03-31" }).accounting;

/** The entries, written out: a publication both completes CK and triggers LT (its second use in `also`). */
const USED = [
  { eventId: "e1", role: "trigger", occurrence: "CK:VB1" },
  { eventId: "e2", role: "completion", occurrence: "CK:VB1", also: [{ role: "trigger", occurrence: "LT:VB1" }] },
  { eventId: "e3", role: "completion", occurrence: "LT:VB1" },
];

describe("accounting.used, made on its first read", () => {
  it("lists each used event once, with its first role and its other uses, grouped by finding in the findings' order", () => {
    const accounting = fresh();
    expect(accounting.used).toEqual(USED);
    expect(accounting.ignored).toEqual([{ eventId: "e4", reason: "unknown_type" }]);
    expect(accounting.used.length + accounting.ignored.length).toBe(accounting.input);
  });

  it("is the same list on every read, and an own enumerable key in its place", () => {
    const accounting = fresh();
    expect(Object.keys(accounting)).toEqual(["input", "used", "ignored"]);
    const first = accounting.used;
    expect(accounting.used).toBe(first);
  });

  it("copies as plain data through JSON, spreading and structuredClone, before and after a read", () => {
    const expected = { input: 4, used: USED, ignored: [{ eventId: "e4", reason: "unknown_type" }] };
    expect(JSON.parse(JSON.stringify(fresh()))).toEqual(expected);
    expect({ ...fresh() }).toEqual(expected);
    expect(structuredClone(fresh())).toEqual(expected);
    const read = fresh();
    void read.used;
    expect(JSON.parse(JSON.stringify(read))).toEqual(expected);
  });

  it("still reads when the host froze the accounting first", () => {
    const accounting = Object.freeze(fresh());
    expect(accounting.used).toEqual(USED);
    expect(accounting.used).toBe(accounting.used);
  });
});
