import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvEventReader, CsvShapeError } from "../../src/cli/csvEvents.js";
import { JsonArrayReader, JsonArrayShapeError } from "../../src/cli/jsonArray.js";
import { NdjsonReader } from "../../src/cli/ndjson.js";
import { toCsv } from "../../src/report/index.js";

type Reader = { push(chunk: string): void; end(): void };

/** Feeds `text` cut at the given places and collects what the reader hands on. */
function feed(make: (sink: (v: unknown, line: number, bad?: string) => void) => Reader, text: string, cuts: readonly number[] = []): { values: unknown[]; bad: number[] } {
  const values: unknown[] = [];
  const bad: number[] = [];
  const reader = make((v, line, reason) => {
    values.push(v);
    if (reason !== undefined) bad.push(line);
  });
  let at = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    reader.push(text.slice(at, cut));
    at = cut;
  }
  reader.push(text.slice(at));
  reader.end();
  return { values, bad };
}

const jsonValue = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
const eventLike = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  type: fc.constantFrom("document_issued", "task_assigned", "dossier_received"),
  at: fc.constant("2024-02-07T16:20:00+07:00"),
  subject: fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
}, { requiredKeys: ["id", "type", "at"] });

describe("stream readers (properties)", () => {
  it("a JSON array gives its elements whatever the chunks it arrives in (strings with brackets, commas and escapes included)", () => {
    fc.assert(
      fc.property(fc.array(jsonValue, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (values, cuts, pretty) => {
        const text = JSON.stringify(values, null, pretty ? 2 : undefined);
        const got = feed((s) => new JsonArrayReader(s), text, cuts.map((c) => c % (text.length + 1)));
        expect(got.values).toEqual(values);
        expect(got.bad).toEqual([]);
      }),
    );
  });

  it("NDJSON gives one value per non-blank line whatever the chunks, with CRLF or LF", () => {
    fc.assert(
      fc.property(fc.array(jsonValue, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom("\n", "\r\n"), (values, cuts, eol) => {
        const text = values.map((v) => JSON.stringify(v)).join(eol) + eol;
        const got = feed((s) => new NdjsonReader(s), text, cuts.map((c) => c % (text.length + 1)));
        expect(got.values).toEqual(values);
      }),
    );
  });

  it("CSV written by the report layer reads back as the same events whatever the chunks", () => {
    fc.assert(
      fc.property(fc.array(eventLike, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), (events, cuts) => {
        const text = toCsv([["id", "type", "at", "subject"], ...events.map((e) => [e.id, e.type, e.at, e.subject ?? ""])]);
        const got = feed((s) => new CsvEventReader(s), text, cuts.map((c) => c % (text.length + 1)));
        expect(got.values).toEqual(events.map((e) => (e.subject === undefined || e.subject === "" ? { id: e.id, type: e.type, at: e.at } : e)));
      }),
    );
  });
});

describe("stream readers", () => {
  it("NDJSON: a line that is not JSON is handed on as its text with its line number (the evaluation lists it as invalid)", () => {
    const got = feed((s) => new NdjsonReader(s), '{"id":"a"}\n{"id":\n\n{"id":"b"}');
    expect(got.values).toEqual([{ id: "a" }, '{"id":', { id: "b" }]);
    expect(got.bad).toEqual([2]);
  });

  it("JSON array: escaped quotes and backslashes cut at every place between chunks read the same", () => {
    const values = [{ id: 'a\\', note: 'say "hi", [then] {go}' }, "\\\"", ["x\\", { y: "]" }]];
    const text = JSON.stringify(values);
    for (let cut = 0; cut <= text.length; cut++) {
      for (const second of [cut, Math.min(text.length, cut + 1), Math.min(text.length, cut + 2)]) {
        expect(feed((s) => new JsonArrayReader(s), text, [cut, second]).values).toEqual(values);
      }
    }
  });

  it("a byte order mark before NDJSON or a JSON array (as Windows tools write) is not part of the first event", () => {
    expect(feed((s) => new NdjsonReader(s), '\uFEFF{"id":"a"}\r\n{"id":"b"}').values).toEqual([{ id: "a" }, { id: "b" }]);
    expect(feed((s) => new JsonArrayReader(s), '\uFEFF[{"id":"a"}]').values).toEqual([{ id: "a" }]);
  });

  it("JSON array: text that is not an array, or an array never closed, is an error", () => {
    expect(() => feed((s) => new JsonArrayReader(s), '{"id":"a"}')).toThrow(JsonArrayShapeError);
    expect(() => feed((s) => new JsonArrayReader(s), '[{"id":"a"},')).toThrow(JsonArrayShapeError);
    expect(feed((s) => new JsonArrayReader(s), " [ ] ").values).toEqual([]);
  });

  it("CSV: data.<name> columns build data, with numbers for data.days; the data column takes a JSON object; empty cells are absent fields", () => {
    const text = 'id,type,at,subject,data.days,data.category,data\r\ne1,task_extended,2024-03-01,"A, B",5,noi_bo,"{""x"":1}"\r\ne2,task_assigned,2024-03-02,,,,\r\n';
    expect(feed((s) => new CsvEventReader(s), text).values).toEqual([
      { id: "e1", type: "task_extended", at: "2024-03-01", subject: "A, B", data: { days: 5, category: "noi_bo", x: 1 } },
      { id: "e2", type: "task_assigned", at: "2024-03-02" },
    ]);
  });

  it("CSV: an unknown column is an error naming it; a row with the wrong number of cells is handed on as invalid", () => {
    expect(() => feed((s) => new CsvEventReader(s), "id,type,when\r\n")).toThrow(/unknown column "when"/);
    expect(() => feed((s) => new CsvEventReader(s), 'id,type\r\n"open')).toThrow(CsvShapeError);
    const got = feed((s) => new CsvEventReader(s), "id,type,at\r\ne1,x\r\n");
    expect(got.values).toEqual(["e1,x"]);
    expect(got.bad).toEqual([2]);
  });
});
