/**
 * NDJSON (one JSON value per line) read chunk by chunk: each complete line is parsed and handed
 * on, so that memory holds the events, never the file.
 * @module
 */

/** Receives each value with its 1-based line number; `bad` is the reason when the line is not JSON. */
export type ValueSink = (value: unknown, line: number, bad?: string) => void;

/** Splits chunks of text into lines (LF or CRLF) and parses each non-blank one. */
export class NdjsonReader {
  private carry = "";
  private line = 0;

  constructor(private readonly sink: ValueSink) {}

  push(chunk: string): void {
    let start = 0;
    let text = chunk;
    if (this.carry !== "") {
      text = this.carry + chunk;
      this.carry = "";
    }
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl < 0) break;
      this.take(text.slice(start, nl));
      start = nl + 1;
    }
    this.carry = text.slice(start);
  }

  end(): void {
    if (this.carry !== "") this.take(this.carry);
    this.carry = "";
  }

  private take(raw: string): void {
    this.line += 1;
    const unmarked = this.line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw; // a byte order mark
    const text = unmarked.endsWith("\r") ? unmarked.slice(0, -1) : unmarked;
    if (text.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      // Kept as text: the evaluation lists it as invalid, so that nothing is dropped silently.
      this.sink(text, this.line, e instanceof Error ? e.message : String(e));
      return;
    }
    this.sink(value, this.line);
  }
}
