/**
 * Markdown tables (GitHub-flavoured) for reports: pipes and line breaks inside cells escaped.
 * @module
 */

/** One cell: `|` escaped, line breaks as `<br>`. */
export function markdownCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/**
 * A Markdown table.
 *
 * @param rows - The header row first, then the data rows.
 * @param rightAligned - Indexes of columns aligned to the right.
 * @returns The lines of the table.
 * @example
 * markdownTable([["Nhiệm vụ", "Trễ"], ["I.1", "2"]], new Set([1]))
 * //=> ["| Nhiệm vụ | Trễ |", "| --- | ---: |", "| I.1 | 2 |"]
 */
export function markdownTable(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string[] {
  const [head, ...body] = rows;
  if (head === undefined) return [];
  const line = (row: readonly string[]): string => `| ${row.map(markdownCell).join(" | ")} |`;
  return [line(head), `| ${head.map((_, i) => (rightAligned.has(i) ? "---:" : "---")).join(" | ")} |`, ...body.map(line)];
}
