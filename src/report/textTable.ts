/**
 * Aligned plain-text tables (bảng văn bản) for terminals: columns padded to the widest cell.
 * @module
 */

/** Display width of a cell: its code points after NFC (Vietnamese letters take one column each). */
export function displayWidth(text: string): number {
  let n = 0;
  for (const _ of text.normalize("NFC")) n += 1;
  return n;
}

/**
 * Lays out rows as aligned text, two spaces between columns, trailing spaces trimmed.
 *
 * @param rows - The header row first, then the data rows; every cell a string.
 * @param rightAligned - Indexes of columns aligned to the right (numbers).
 * @returns One line per row.
 * @example
 * alignRows([["a", "bb"], ["ccc", "d"]]) //=> ["a    bb", "ccc  d"]
 */
export function alignRows(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const fill = " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(cell)));
        return rightAligned.has(i) ? fill + cell : cell + fill;
      })
      .join("  ")
      .trimEnd(),
  );
}
