/**
 * The README's data coverage table (year → schedule documents), generated from `thoihan/data`.
 * `node --import tsx test/scripts/coverage.ts` prints it; test/readme.test.ts checks the README has it.
 */
import { schedules, sources } from "../../src/data/index.js";

export function coverageTable(): string {
  const lines = ["| year | documents | statuses | days listed |", "|---|---|---|---|"];
  for (const s of schedules) {
    const docs = s.sources
      .filter((k) => !k.startsWith("BLLD"))
      .map((k) => {
        const d = sources[k];
        return d.date === undefined ? d.doc : `${d.doc} (${d.date})`;
      });
    const statuses = [...new Set(s.rows.map((r) => r.status))].sort().join(", ");
    lines.push(`| ${s.year} | ${docs.join("; ") || "statute only"} | ${statuses}; other days ${s.plainDays} | ${s.rows.length} |`);
  }
  lines.push("| other years 1900–2199 | projected from Bộ luật Lao động (Tết: 29/30 Chạp + mùng 1–3; nghỉ bù) | projected | — |");
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(coverageTable());
