/**
 * The title and date of a notice: the line after its kind ("THÔNG BÁO", "KẾ HOẠCH" …) and the
 * date of its heading ("Hải Phòng, ngày 30 tháng 01 năm 2024"; "ngày tháng 01 năm 2024" is the
 * first of the month).
 * @internal
 * @module
 */
import type { IsoDate } from "../day/dayNumber.js";
import { scanDeadlines } from "../phrase/find/index.js";
import { keysOf, tidy } from "./words.js";

const KINDS = ["thong bao", "ke hoach", "bao cao", "quyet dinh", "cong van", "chuong trinh", "chi thi"];

/** How many lines from the top are looked at for the title and the date. */
const HEAD_LINES = 40;

const pad = (n: number): string => String(n).padStart(2, "0");

/** The title line of a notice, or undefined. @internal */
export function titleOf(text: string): string | undefined {
  const lines = text.split("\n").slice(0, HEAD_LINES).map(tidy).filter((l) => l !== "");
  const at = lines.findIndex((l) => KINDS.includes(keysOf(l).join(" ")));
  if (at < 0) return undefined;
  return (lines[at + 1] ?? lines[at])?.slice(0, 300);
}

/** The date of a notice's heading, or undefined. @internal */
export function dateOf(text: string): IsoDate | undefined {
  const head = text.split("\n").slice(0, HEAD_LINES).join("\n");
  for (const match of scanDeadlines(head).matches) {
    if (match.role !== "mention") continue;
    const rule = match.rule;
    if (rule.kind === "fixed_date" && rule.dates.length === 1 && rule.dates[0]?.year !== undefined) {
      const d = rule.dates[0];
      return `${d.year}-${pad(d.month)}-${pad(d.day)}` as IsoDate;
    }
    if (rule.kind === "period" && rule.period.unit === "month" && rule.period.year !== undefined) {
      return `${rule.period.year}-${pad(rule.period.month)}-01` as IsoDate;
    }
  }
  return undefined;
}
