/**
 * Events from CSV (RFC 4180) read chunk by chunk: a header row naming the event's fields (`id`,
 * `type`, `at`, `subject`, `unit`, `period`, `deadline`, `urgency`, `data` as a JSON object, and
 * `data.<name>` for one field of `data`), then one event per row. Empty cells are absent fields.
 * @module
 * @see RFC 4180, section 2
 */
import type { ValueSink } from "./ndjson.js";

const FIELDS = new Set(["id", "type", "at", "subject", "unit", "period", "deadline", "urgency", "data"]);

/** A problem that stops the reading (a bad header, an unterminated quote). */
export class CsvShapeError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/** A `data.<name>` cell: numbers and booleans as such (for `data.days`), else the text. */
function dataValue(cell: string): unknown {
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(cell)) return Number(cell);
  if (cell === "true") return true;
  if (cell === "false") return false;
  return cell;
}

/** Parses CSV records and turns each row after the header into an event object. */
export class CsvEventReader {
  private header: string[] | undefined;
  private record: string[] = [];
  private field = "";
  private quoted = false;
  private afterQuote = false;
  private line = 1;
  private recordLine = 1;
  private started = false;

  constructor(private readonly sink: ValueSink) {}

  push(chunk: string): void {
    const n = chunk.length;
    let i = 0;
    if (!this.started && n > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    while (i < n) {
      if (this.quoted) {
        const q = chunk.indexOf('"', i);
        const part = chunk.slice(i, q < 0 ? n : q);
        for (let k = part.indexOf("\n"); k >= 0; k = part.indexOf("\n", k + 1)) this.line += 1;
        this.field += part;
        if (q < 0) return;
        this.quoted = false;
        this.afterQuote = true;
        i = q + 1;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (this.afterQuote) {
        if (c === 0x22) {
          // A doubled quote inside a quoted field.
          this.quoted = true;
          this.afterQuote = false;
          this.field += '"';
          i += 1;
          continue;
        }
        if (c !== 0x2c && c !== 0x0a && c !== 0x0d) throw new CsvShapeError(this.line, "text after a closing quote");
        this.afterQuote = false;
      }
      if (c === 0x22) {
        if (this.field !== "") throw new CsvShapeError(this.line, "a quote inside an unquoted field");
        this.quoted = true;
        i += 1;
      } else if (c === 0x2c) {
        this.record.push(this.field);
        this.field = "";
        i += 1;
      } else if (c === 0x0d) {
        i += 1;
      } else if (c === 0x0a) {
        this.record.push(this.field);
        this.field = "";
        this.row(this.record);
        this.record = [];
        this.line += 1;
        this.recordLine = this.line;
        i += 1;
      } else {
        // A run of plain characters, taken in one slice.
        let j = i + 1;
        while (j < n) {
          const d = chunk.charCodeAt(j);
          if (d === 0x2c || d === 0x0a || d === 0x0d || d === 0x22) break;
          j += 1;
        }
        this.field += chunk.slice(i, j);
        i = j;
      }
    }
  }

  end(): void {
    if (this.quoted) throw new CsvShapeError(this.recordLine, "unterminated quoted field");
    if (this.field !== "" || this.record.length > 0) {
      this.record.push(this.field);
      this.row(this.record);
    }
  }

  private row(cells: string[]): void {
    if (cells.length === 1 && cells[0] === "") return; // blank line
    if (this.header === undefined) {
      for (const name of cells) {
        if (!FIELDS.has(name) && !(name.startsWith("data.") && name.length > 5)) {
          throw new CsvShapeError(this.recordLine, `unknown column "${name}" (columns: ${[...FIELDS].join(", ")}, data.<name>)`);
        }
      }
      this.header = cells;
      return;
    }
    if (cells.length !== this.header.length) {
      // Passed on as text: the evaluation lists it as invalid.
      this.sink(cells.join(","), this.recordLine, `${cells.length} cells, the header has ${this.header.length}`);
      return;
    }
    const event: Record<string, unknown> = {};
    let data: Record<string, unknown> | undefined;
    let bad: string | undefined;
    this.header.forEach((name, k) => {
      const cell = cells[k] as string;
      if (cell === "") return;
      if (name === "data") {
        try {
          const parsed: unknown = JSON.parse(cell);
          data = { ...(data ?? {}), ...(parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {}) };
          if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) bad = "the data column is not a JSON object";
        } catch {
          bad = "the data column is not JSON";
        }
      } else if (name.startsWith("data.")) {
        data = { ...(data ?? {}), [name.slice(5)]: dataValue(cell) };
      } else event[name] = cell;
    });
    if (data !== undefined) event["data"] = data;
    if (bad !== undefined) this.sink(cells.join(","), this.recordLine, bad);
    else this.sink(event, this.recordLine);
  }
}
