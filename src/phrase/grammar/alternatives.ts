/**
 * Alternatives by case: "không quá 20 ngày; trường hợp phức tạp không quá 40 ngày kể
 * từ ngày nhận đơn" (Luật Khiếu nại 2011 Đ.28). Each alternative is kept with its condition,
 * verbatim; the main rule is the default and a plan chooses.
 * @internal
 * @module
 */
import type { DeadlineRule, RuleAlternative } from "../../deadline/types.js";
import { collapseSpaces } from "../normalize.js";
import { hasKind, type Lexeme } from "../tokenize.js";
import { Cursor, E } from "./cursor.js";
import { finalize } from "./finalize.js";
import { body, preamble } from "./phrase.js";
import { implicitCountAhead } from "./countedBack.js";

/**
 * At the current position: `(";" | ",") "trường hợp"` not followed by an urgency mark (that is an
 * exception), `";" "đối với"`, or `"," "đối với" CONDITION "thì"` and a time limit (after a comma
 * without "thì", "đối với …" is the scope of the rule itself).
 */
export function alternativeAhead(c: Cursor): boolean {
  return ((c.isSym(";") || c.isSym(",")) && c.is("case", 1) && !c.is("urgency", 2)) || (c.isSym(";") && c.is("scope", 1)) || (c.isSym(",") && c.is("scope", 1) && thenRuleAhead(c, 2));
}

/** How far a condition is looked through for its "thì" ({@link thenRuleAhead}). */
export const CONDITION_REACH = 12;

/**
 * Whether "thì" and then a time limit (a lead word, a role word or an amount) follow within
 * {@link CONDITION_REACH} lexemes from `k`, before a clause boundary: ", đối với nội dung phức tạp
 * thì không quá 60 ngày" is an alternative, ", đối với hồ sơ hợp lệ" the scope of the rule itself.
 */
function thenRuleAhead(c: Cursor, k: number): boolean {
  for (let j = k; j < k + CONDITION_REACH && !c.atEnd(j); j++) {
    if (c.isSym(";", j) || c.isSym("(", j) || c.isSym(",", j)) return false;
    if (c.peek(j)?.text.toLowerCase() === "thì") return c.is("lead", j + 1) || c.is("role", j + 1) || c.is("deadline", j + 1) || c.isNumberStart(j + 1);
  }
  return false;
}

/**
 * `(";" | ",") "trường hợp" CONDITION ("thì" rule | LEAD …)`, `";" "đối với" CONDITION "thì" rule` (checked by {@link alternativeAhead}),
 * consumed: without "thì", the alternative's rule starts at its lead word.
 */
export function alternative(c: Cursor): RuleAlternative {
  c.next();
  c.next(); // trường hợp, đối với
  const first = c.p;
  const isThen = (): boolean => c.peek()?.text.toLowerCase() === "thì";
  // the condition ends at "thì" or at the lead or role word of the alternative ("không quá", "có thể gia hạn" …)
  // … or at "trước" and a count that ends the clause ("trường hợp khen thưởng đột xuất trước 03 ngày")
  while (!c.atBoundary() && !c.is("lead") && !c.is("quota") && !c.is("role") && !isThen() && !(c.is("before") && implicitCountAhead(c, 1))) c.p++;
  const last = c.p - 1;
  if (last < first) c.fail(["…"]);
  // a condition ends on a word of its own, not on a conjunction ("phức tạp hoặc thì …")
  const end = c.lx[last] as Lexeme;
  if (hasKind(end, "or") || hasKind(end, "and") || hasKind(end, "but")) {
    c.p = last;
    c.fail(["…"]);
  }
  const condition = collapseSpaces(c.text.slice((c.lx[first] as Lexeme).start, end.end));
  if (isThen()) c.next();
  if (c.atBoundary()) c.fail([E.number, "không quá", "trong"]);
  // the rule may repeat the subject and carry a role: "thì thời hạn giải quyết có thể kéo dài hơn nhưng …"
  const sub = new Cursor(c.text, { lexemes: c.lx, position: c.p, endIndex: c.endIndex });
  preamble(sub);
  const rule = finalize(body(sub), sub.wording);
  c.p = sub.p;
  return { condition, rule };
}

/**
 * The anchor written once at the end ("… kể từ ngày nhận đơn") belongs to every relative rule of
 * the clause that has none: the main rule and the alternatives before the one that writes it. The
 * event of a main count back belongs to every alternative count back that names none.
 */
export function shareAnchor(rule: DeadlineRule, alternatives: readonly RuleAlternative[]): { rule: DeadlineRule; alternatives: RuleAlternative[] } {
  let anchor = "";
  for (const a of alternatives) if (a.rule.kind === "relative" && a.rule.anchor.text !== "") anchor = a.rule.anchor.text;
  // "trước ngày trao thưởng ít nhất 07 ngày, trường hợp khen thưởng đột xuất trước 03 ngày": a count
  // back whose event is left implicit is counted back from the event of the main rule
  const reference = rule.kind === "before_deadline" ? rule.reference : "";
  const withAnchor = (r: DeadlineRule): DeadlineRule =>
    anchor !== "" && r.kind === "relative" && r.anchor.text === "" ? { ...r, anchor: { text: anchor } } : reference !== "" && r.kind === "before_deadline" && r.reference === "" ? { ...r, reference } : r;
  return { rule: withAnchor(rule), alternatives: alternatives.map((a) => ({ condition: a.condition, rule: finalize(withAnchor(a.rule), a.rule.wording ?? {}) })) };
}
