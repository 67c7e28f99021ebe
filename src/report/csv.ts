/**
 * CSV as RFC 4180 describes it, for spreadsheets: UTF-8 with a byte order mark (so that Excel
 * reads Vietnamese correctly), CRLF line ends, fields quoted when they hold a comma, a quote, CR
 * or LF, quotes doubled.
 * @module
 * @see RFC 4180, section 2
 */

/** The byte order mark Excel needs to read a CSV file as UTF-8. */
export const UTF8_BOM = "\uFEFF";

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV text: BOM, header row, data rows, each line ended by CRLF.
 *
 * @param rows - The header row first, then the data rows.
 * @param options - `bom: false` leaves the byte order mark out (for a stream that is not a file).
 * @example
 * toCsv([["a", "b"], ["1", 'say "hi", then go']])
 * //=> '\uFEFFa,b\r\n1,"say ""hi"", then go"\r\n'
 */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[], options: { readonly bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(csvField).join(",")).join("\r\n");
  return `${options.bom === false ? "" : UTF8_BOM}${body}${rows.length > 0 ? "\r\n" : ""}`;
}
