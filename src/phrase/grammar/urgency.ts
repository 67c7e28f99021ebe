/**
 * Urgency marks ("hỏa tốc", "thượng khẩn", "khẩn") and the same day ("trong ngày", "ngay khi …").
 * @internal
 * @module
 */
import type { DeadlineRule, Duration, UrgencyLevel } from "../../deadline/types.js";
import type { CompiledEntry } from "../lexicon.js";
import { join, type Cursor } from "./cursor.js";
import { readAmount, durationUnit } from "./numbers.js";
import { connectorAndAnchor } from "./relative.js";
import { readTime } from "./times.js";
import { collapseSpaces, foldKey } from "../normalize.js";
import type { Lexeme } from "../tokenize.js";

export function urgent(c: Cursor): DeadlineRule {
  const level = (c.entry("urgency") as CompiledEntry).value as UrgencyLevel;
  c.next();
  let anchor: string | undefined;
  let cap: Duration | undefined;
  if (c.is("from")) {
    const connector = (c.entry("from") as CompiledEntry).canonical;
    c.next();
    anchor = c.freeText(["ngày …", "khi …"]);
    if (connector !== "kể từ") c.wording["connector"] = connector;
    if (c.isSym(",") && c.is("lead", 1)) c.next();
  }
  if (c.is("lead")) {
    const leads = c.leadWords();
    const amount = readAmount(c);
    const unit = durationUnit(c);
    if (unit.written !== undefined) c.wording["unit"] = unit.written;
    cap = { amount, unit: unit.unit };
    const capLead = join(leads);
    if (capLead !== "trong") c.wording["capLead"] = capLead;
  }
  return { kind: "urgent", level, ...(anchor === undefined ? {} : { anchor: { text: anchor } }), ...(cap === undefined ? {} : { cap }) };
}

export function sameDay(c: Cursor, leads: string[]): DeadlineRule {
  c.next(); // "ngày"
  if (c.is("working") && c.is("next", 1)) {
    // "trong ngày làm việc tiếp theo" = by the end of the next working day
    c.next();
    c.next();
    c.wording["unit"] = "ngày làm việc tiếp theo";
    if ((c.isSym(",") && c.is("from", 1)) || c.is("from")) return connectorAndAnchor(c, 1, "working_day", leads);
    c.setLead(leads, "trong");
    return { kind: "relative", amount: 1, unit: "working_day", anchor: { text: "" } };
  }
  c.setLead(leads, "trong");
  if (c.is("working")) {
    c.next();
    c.wording["day"] = "ngày làm việc";
  }
  let anchor: string | undefined;
  if (!c.atBoundary() && !c.isSym(",") && !c.is("or")) anchor = c.freeText(["ngày làm việc tiếp theo"]);
  let nextWorkingDay = false;
  let k = 0;
  if (c.isSym(",")) k++;
  const orWritten = c.is("or", k);
  if (orWritten) k++;
  if (k > 0 && c.is("lead", k)) {
    c.p += k;
    const words = c.leadWords(true);
    if (!c.isUnit("day")) c.fail(["ngày làm việc tiếp theo"]);
    c.next();
    if (!c.is("working")) c.fail(["làm việc"]);
    c.next();
    if (!c.is("next")) c.fail(["tiếp theo"]);
    c.next();
    nextWorkingDay = true;
    const nextLead = join(words);
    const cutoff = orWritten ? cutoffClause(c) : undefined;
    if (cutoff !== undefined) {
      // the next working day only after the cut-off: "hoặc" and the lead words are written
      if (nextLead !== "trong") c.wording["nextLead"] = nextLead;
      c.wording["cutoffEvent"] = cutoff.event;
      return { kind: "same_day", nextWorkingDay: false, ...(anchor === undefined ? {} : { anchor: { text: anchor } }), cutoff: cutoff.time };
    }
    if (nextLead !== "chậm nhất là") c.wording["nextLead"] = nextLead;
  }
  return { kind: "same_day", nextWorkingDay, ...(anchor === undefined ? {} : { anchor: { text: anchor } }) };
}

/**
 * "nếu <event> sau <hour>" ending the clause, after "hoặc trong ngày làm việc tiếp theo" (Thủ tục
 * chứng thực: "ngay trong ngày … hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15
 * giờ"): the event verbatim and the cut-off time; undefined (nothing consumed) without "nếu". The
 * event runs to the last "sau" that a time follows (bounded by the clause, linear).
 */
function cutoffClause(c: Cursor): { event: string; time: string } | undefined {
  if (foldKey(c.peek()?.text ?? "") !== "neu") return undefined;
  c.next();
  const first = c.p;
  let k = 0;
  while (!c.atBoundary(k) && !(c.entry("from", k)?.canonical === "sau" && c.isNum(k + 1) && (c.isUnit("hour", k + 2) || c.isSym(":", k + 2)))) k++;
  if (k === 0 || c.atBoundary(k)) return c.fail(["… sau <giờ>"]);
  const event = collapseSpaces(c.text.slice((c.lx[first] as Lexeme).start, (c.lx[first + k - 1] as Lexeme).end));
  c.p += k + 1;
  const time = readTime(c);
  return { event, time };
}
