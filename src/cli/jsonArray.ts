/**
 * A JSON array read chunk by chunk: the top-level elements are cut out by tracking nesting and
 * strings, and each is parsed on its own, so that a large array is never held as one text.
 * @module
 */
import type { ValueSink } from "./ndjson.js";

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Thrown for a text that is not an array at all (the command reports `invalid_json`). */
export class JsonArrayShapeError extends Error {}

/** Cuts a JSON array into its elements. */
export class JsonArrayReader {
  private state: "before" | "inside" | "after" = "before";
  private depth = 0;
  private inString = false;
  private escaped = false;
  private carry = "";
  private line = 1;
  private elementLine = 1;

  constructor(private readonly sink: ValueSink) {}

  push(chunk: string): void {
    const n = chunk.length;
    let start = 0;
    let i = 0;
    while (i < n) {
      if (this.inString) {
        // Strings are skipped to their closing quote in one search (JSON strings hold no raw line break).
        if (this.escaped) {
          this.escaped = false;
          i += 1;
          continue;
        }
        let q = chunk.indexOf('"', i);
        while (q >= 0) {
          let backslashes = 0;
          while (q - 1 - backslashes >= i && chunk.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes += 1;
          if (backslashes % 2 === 0) break;
          q = chunk.indexOf('"', q + 1);
        }
        if (q < 0) {
          let backslashes = 0;
          while (n - 1 - backslashes >= i && chunk.charCodeAt(n - 1 - backslashes) === 0x5c) backslashes += 1;
          this.escaped = backslashes % 2 === 1;
          i = n;
          break;
        }
        this.inString = false;
        i = q + 1;
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === 0x0a) this.line += 1;
      if (this.state === "before") {
        if (WS.has(c) || (c === 0xfeff && i === 0)) {
          i += 1;
          continue;
        }
        if (c !== 0x5b) throw new JsonArrayShapeError("expected [ at the start");
        this.state = "inside";
        start = i + 1;
        this.elementLine = this.line;
      } else if (this.state === "after") {
        if (!WS.has(c)) throw new JsonArrayShapeError("text after the closing ]");
      } else if (c === 0x22) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth += 1;
      else if ((c === 0x7d || c === 0x5d) && this.depth > 0) this.depth -= 1;
      else if (this.depth === 0 && (c === 0x2c || c === 0x5d)) {
        const text = this.carry + chunk.slice(start, i);
        this.carry = "";
        this.element(text, c === 0x5d);
        start = i + 1;
        this.elementLine = this.line;
        if (c === 0x5d) this.state = "after";
      }
      i += 1;
    }
    if (this.state === "inside") this.carry += chunk.slice(start);
  }

  end(): void {
    if (this.state !== "after") throw new JsonArrayShapeError(this.state === "before" ? "empty input" : "missing closing ]");
  }

  private element(raw: string, last: boolean): void {
    const text = raw.trim();
    if (text === "") {
      if (last) return; // "[]" or the end
      throw new JsonArrayShapeError(`empty element near line ${this.elementLine}`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      this.sink(text, this.elementLine, e instanceof Error ? e.message : String(e));
      return;
    }
    this.sink(value, this.elementLine);
  }
}
