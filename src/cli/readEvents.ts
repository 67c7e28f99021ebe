/**
 * Reading an event log as a stream: a JSON array, NDJSON (`.ndjson`, `.jsonl`) or CSV (`.csv`),
 * from a file or standard input (`-`). A `.json` file, or standard input, is a JSON array when
 * its first character is `[`, else NDJSON. Lines that cannot be read are kept as text, so that
 * the evaluation lists them as `invalid` and nothing is dropped silently.
 * @module
 */
import { StringDecoder } from "node:string_decoder";
import { CsvEventReader, CsvShapeError } from "./csvEvents.js";
import { type CliIo, streamError } from "./io.js";
import { JsonArrayReader, JsonArrayShapeError } from "./jsonArray.js";
import { NdjsonReader, type ValueSink } from "./ndjson.js";
import { CliError } from "./text.js";

/** Formats of event logs. */
export type EventsFormat = "json" | "ndjson" | "csv";

interface ChunkReader {
  push(chunk: string): void;
  end(): void;
}

/** Options of {@link readEvents}. */
export interface ReadEventsOptions {
  /** Called every `every` events with the count so far (for a progress line). */
  readonly onCount?: (count: number) => void;
  readonly every?: number;
  /** Called for each line or element that could not be read. */
  readonly onBad?: (line: number, reason: string) => void;
  /** The format, when the file's name does not tell it (standard input). */
  readonly format?: EventsFormat;
}

function formatOf(path: string, first: string): EventsFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  return first === "[" ? "json" : "ndjson";
}

/**
 * Reads every event of a log. Memory holds the parsed events (what the evaluation needs), never
 * the whole text of the file.
 *
 * @throws {@link CliError} `file_unreadable`, `invalid_json` (not an array), `invalid_csv` (bad header, open quote).
 */
export async function readEvents(path: string, io: CliIo, options: ReadEventsOptions = {}): Promise<unknown[]> {
  const events: unknown[] = [];
  const every = options.every ?? 65_536;
  const sink: ValueSink = (value, line, bad) => {
    events.push(value);
    if (bad !== undefined) options.onBad?.(line, bad);
    if (options.onCount !== undefined && events.length % every === 0) options.onCount(events.length);
  };
  const decoder = new StringDecoder("utf8");
  let reader: ChunkReader | undefined;
  let format: EventsFormat | undefined;
  let pendingWhitespace = "";
  try {
    for await (const buffer of io.openStream(path)) {
      const chunk = decoder.write(buffer as Buffer);
      if (reader === undefined) {
        const first = chunk.replace(/^[\uFEFF\s]+/, "").charAt(0);
        if (first === "") {
          pendingWhitespace += chunk;
          continue;
        }
        format = options.format ?? formatOf(path, first);
        reader = format === "csv" ? new CsvEventReader(sink) : format === "json" ? new JsonArrayReader(sink) : new NdjsonReader(sink);
        reader.push(pendingWhitespace + chunk);
        pendingWhitespace = "";
      } else reader.push(chunk);
    }
    const rest = decoder.end();
    if (reader === undefined) {
      format = options.format ?? formatOf(path, "");
      if (format === "json" || format === "csv") reader = format === "csv" ? new CsvEventReader(sink) : new JsonArrayReader(sink);
      else reader = new NdjsonReader(sink);
    }
    if (rest !== "") reader.push(rest);
    reader.end();
  } catch (e) {
    if (e instanceof JsonArrayShapeError) throw new CliError("invalid_json", { path, reason: e.message });
    if (e instanceof CsvShapeError) throw new CliError("invalid_csv", { path, line: e.line, reason: e.message });
    if (e instanceof CliError) throw e;
    throw streamError(path, e);
  }
  options.onCount?.(events.length);
  return events;
}
