/**
 * Clauses after the deadline: "nhưng không quá …", "trừ trường hợp hỏa tốc …", "hoặc theo …",
 * "đối với …" and remarks in brackets.
 * @internal
 * @module
 */
import type { DeadlineRule, Duration, RollByText, RuleAlternative, UrgencyException, UrgencyLevel } from "../../deadline/types.js";
import { alternative, alternativeAhead, shareAnchor } from "./alternatives.js";
import type { CompiledEntry } from "../lexicon.js";
import { Cursor, E, join } from "./cursor.js";
import { subRule } from "./phrase.js";
import { readAmount, durationUnit } from "./numbers.js";
import { bracketDay, bracketDayAhead } from "./recurring.js";
import { readRollClause, rollClauseAhead } from "./rollClause.js";
import { ROLL_CLAUSE } from "../canonical.js";
import { collapseSpaces, foldKey } from "../normalize.js";
import type { Lexeme } from "../tokenize.js";

/** A clause folded word by word (case and diacritics aside): "; neu trung ngay nghi …" is the canonical clause typed without diacritics. */
const foldText = (text: string): string => text.split(" ").map(foldKey).join(" ");
import { qualifier, qualifierAhead } from "./relative.js";
import { captionAhead, postmarkAhead, readCaption, readPostmark } from "./predicate.js";

export function tail(c: Cursor, read: DeadlineRule): DeadlineRule {
  let rule = read;
  let cap: Duration | undefined = rule.cap;
  const except: UrgencyException[] = [];
  const remarks: string[] = c.wording["remark"] === undefined ? [] : [c.wording["remark"]];
  const alternatives: RuleAlternative[] = [];
  let roll: RollByText | undefined;
  for (;;) {
    if (c.atEnd()) break;
    // "…; nếu ngày này trùng vào ngày nghỉ … thì thực hiện vào ngày làm việc tiếp theo"
    const rollAhead = roll === undefined ? rollClauseAhead(c) : undefined;
    if (rollAhead === "cut") {
      // the phrase ends inside a roll clause: the text after it may complete it
      c.p = c.endIndex;
      c.fail(["ngày làm việc tiếp theo"]);
    }
    if (rollAhead !== undefined) {
      const read = readRollClause(c, rollAhead);
      roll = read.to;
      if (foldText(read.written) !== foldText(ROLL_CLAUSE[read.to])) c.wording["roll"] = read.written;
      continue;
    }
    // "đến 16h30 ngày 7/2 tới": the coming day, after a date written without its year; "trong tháng 1 này",
    // "trong quý III tới": this (or the coming) month or quarter, whose year the context gives
    const coming = comingAhead(c);
    if (coming > 0 && c.wording["coming"] === undefined && withoutYear(rule) && (c.atBoundary(coming) || c.isSym(",", coming))) {
      c.wording["coming"] = collapseSpaces(c.text.slice((c.peek() as Lexeme).start, (c.peek(coming - 1) as Lexeme).end));
      c.p += coming;
      continue;
    }
    // "đến ngày 25/3 tính theo dấu bưu điện": the postmark counts (a `postmark` note)
    // (of a named day, right after it: after the alternatives of a case it would be written back out of place)
    const postmark = c.wording["postmark"] === undefined && rule.kind === "fixed_date" && alternatives.length === 0 ? postmarkAhead(c) : 0;
    if (postmark > 0) {
      readPostmark(c, postmark);
      continue;
    }
    // "Ngày 13/3: Hạn cuối cùng": a caption after the date
    if (captionAhead(c, rule)) {
      readCaption(c);
      continue;
    }
    if (alternativeAhead(c)) {
      alternatives.push(alternative(c));
      continue;
    }
    // "(trừ ngày lễ, ngày tết …)": days the schedule skips, a remark (read below), not an exception by urgency
    if (c.isSym("(") && c.is("except", 1) && !c.isUnit("day", 2)) {
      c.next();
      except.push(...exceptClause(c));
      if (!c.isSym(")")) c.fail([")"]);
      c.next();
      continue;
    }
    if ((c.isSym(",") || c.isSym(";")) && c.is("except", 1)) {
      c.next();
      except.push(...exceptClause(c));
      continue;
    }
    if (c.is("except")) {
      except.push(...exceptClause(c));
      continue;
    }
    if ((c.is("but") || (c.isSym(",") && c.is("but", 1))) && cap === undefined && c.wording["undated"] === undefined) {
      if (c.isSym(",")) c.next();
      c.next();
      const leads = c.leadWords();
      if (leads.length === 0) c.fail(["không quá", "không được quá", "tối đa"]);
      const amount = readAmount(c);
      const unit = durationUnit(c);
      cap = { amount, unit: unit.unit };
      const capLead = `nhưng ${join(leads)}`;
      if (capLead !== "nhưng không quá") c.wording["capLead"] = capLead;
      continue;
    }
    if ((c.is("scope") || (c.isSym(",") && c.is("scope", 1))) && c.wording["scope"] === undefined) {
      if (c.isSym(",")) c.next();
      c.next();
      c.wording["scope"] = c.freeText(["…"]);
      continue;
    }
    if ((c.is("or") || (c.isSym(",") && c.is("or", 1))) && c.wording["alternative"] === undefined) {
      if (c.isSym(",")) c.next();
      c.next();
      if (!c.is("per")) c.fail(["theo …"]);
      c.wording["alternative"] = c.freeText(["theo …"]);
      continue;
    }
    // "hằng quý (trước ngày 30 của tháng đầu quý sau)": the day of each period, not a remark
    if (c.isSym("(") && remarks.length === 0 && rule.kind === "recurring" && rule.bound === "within" && rule.month === undefined && rule.day === undefined && rule.offset === undefined && bracketDayAhead(c)) {
      rule = bracketDay(c, rule);
      continue;
    }
    // "… kể từ ngày nhận hồ sơ (không tính thời gian bổ sung hồ sơ)", "(không kể ngày nghỉ)": a
    // qualifier written after the anchor is the amount's, read as right after it (not a remark)
    if (qualifierAhead(c) && (rule.kind === "relative" || rule.kind === "before_deadline") && c.wording["qualifier"] === undefined) {
      // after "trước N ngày kể từ …", "trước N ngày bắt đầu …" / "thời hạn trước N ngày …" the amount takes no qualifier: refused, not kept as a remark
      if (c.wording["order"] === "counted_from" || c.wording["order"] === "event_after" || (c.wording["lead"] ?? "").startsWith("thời hạn trước")) c.fail([E.end]);
      rule = { ...rule, unit: qualifier(c, rule.unit) } as DeadlineRule;
      continue;
    }
    if (c.isSym("(")) {
      c.next();
      remarks.push(c.parenText());
      continue;
    }
    c.fail(E.tail);
  }
  if (remarks.length > 0) c.wording["remark"] = remarks.join(") (");
  const shared = alternatives.length === 0 ? { rule, alternatives } : shareAnchor(rule, alternatives);
  return {
    ...shared.rule,
    ...(roll === undefined ? {} : { roll }),
    ...(cap === undefined ? {} : { cap }),
    ...(except.length === 0 && rule.except === undefined ? {} : { except: [...(rule.except ?? []), ...except] }),
    ...(shared.alternatives.length === 0 ? {} : { alternatives: shared.alternatives }),
  } as DeadlineRule;
}

/** "trừ trường hợp hỏa tốc trong 24h", "trừ trường hợp khẩn, hỏa tốc". */
export function exceptClause(c: Cursor): UrgencyException[] {
  c.next(); // trừ
  if (c.is("case")) c.next();
  const levels: UrgencyLevel[] = [];
  if (!c.is("urgency")) c.fail(["hỏa tốc", "thượng khẩn", "khẩn"]);
  levels.push((c.entry("urgency") as CompiledEntry).value as UrgencyLevel);
  c.next();
  while ((c.isSym(",") || c.is("and") || c.is("or") || c.isSym("/")) && c.is("urgency", 1)) {
    c.next();
    levels.push((c.entry("urgency") as CompiledEntry).value as UrgencyLevel);
    c.next();
  }
  let rule: DeadlineRule | undefined;
  if (c.is("lead") || c.isNumberStart() || (c.is("immediately") && c.is("lead", 1))) {
    const sub = new Cursor(c.text, { lexemes: c.lx, position: c.p, endIndex: c.endIndex });
    rule = subRule(sub);
    c.p = sub.p;
  }
  return levels.map((urgency) => ({ urgency, ...(rule === undefined ? {} : { rule }) }));
}

/**
 * How many words say "coming" (tới, "tới đây", "sắp tới") or "this" (này) ahead, or 0: after a day,
 * month or quarter written without its year ("trước ngày 30/7 tới đây").
 */
function comingAhead(c: Cursor): number {
  const word = (k: number): string => (c.peek(k)?.type === "word" ? foldKey(c.peek(k)?.text ?? "") : "");
  if (word(0) === "toi" && c.is("to")) return word(1) === "day" ? 2 : 1;
  if (word(0) === "sap" && word(1) === "toi") return 2;
  return word(0) === "nay" && c.peek()?.entries.length === 0 ? 1 : 0;
}

/** A named day, month or quarter written without its year. */
function withoutYear(rule: DeadlineRule): boolean {
  if (rule.kind === "fixed_date") return rule.dates.every((d) => d.year === undefined);
  return rule.kind === "period" && (rule.period.unit === "month" || rule.period.unit === "quarter") && rule.period.year === undefined;
}
