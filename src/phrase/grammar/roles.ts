/**
 * Time expressions that are not deadlines, read with their role: entry into force
 * ("có hiệu lực sau 45 ngày kể từ ngày ký"), validity ("có thời hạn 12 tháng"), minimum notice
 * ("niêm yết công khai ít nhất 15 ngày") and extension limits ("có thể gia hạn một lần nhưng không
 * quá 10 ngày làm việc"). The time expression after the role words is a relative rule, or a date
 * for an entry into force ("có hiệu lực kể từ ngày 01/7/2025").
 * @internal
 * @module
 */
import type { DeadlineRule, RuleRole } from "../../deadline/types.js";
import type { CompiledEntry } from "../lexicon.js";
import { collapseSpaces } from "../normalize.js";
import { ROLE_WORDS } from "../canonical.js";
import { E, type Cursor } from "./cursor.js";
import { datedRule } from "./dates.js";
import { leadsAndMain } from "./phrase.js";

/**
 * `ROLE ["sử dụng" | "thêm"] [N "lần"] [","] ["nhưng"] relative`: the role words (kept in `wording.role` when not the
 * canonical ones), then a relative time limit. Anything else after the role words is not understood.
 */
export function roleRule(c: Cursor): DeadlineRule {
  const first = c.peek() as NonNullable<ReturnType<Cursor["peek"]>>;
  const role = (c.entry("role") as CompiledEntry).value as RuleRole;
  let last = c.next();
  // "có thời hạn sử dụng", "gia hạn thêm", "được kéo dài thêm"
  if (c.is("role_more")) last = c.next();
  // "một lần", "01 lần": how many extensions (kept in the wording)
  if (role === "extension_limit" && (c.isNum() || c.hasRole("digit") !== undefined) && c.is("times", 1)) {
    c.next();
    last = c.next();
  }
  if (c.isSym(",") && c.is("but", 1)) c.next();
  if (c.is("but")) last = c.next();
  const written = collapseSpaces(c.text.slice(first.start, last.end));
  // "có hiệu lực (thi hành) kể từ ngày 01 tháng 7 năm 2025": a dated entry into force
  if (role === "entry_into_force" && c.is("from") && c.isUnit("day", 1) && c.isNum(2)) {
    const connector = (c.entry("from") as CompiledEntry).canonical;
    c.next();
    const dated = datedRule(c, [connector], "by");
    if (dated.kind !== "fixed_date") c.fail([E.date]);
    if (written !== ROLE_WORDS[role]) c.wording["role"] = written;
    return { ...dated, role };
  }
  const at = c.p;
  if (!c.is("lead") && !c.is("quota") && !c.is("la") && !c.isNumberStart()) c.fail(["trong", "không quá", "ít nhất", "sau", E.number]);
  const rule = leadsAndMain(c);
  if (rule.kind !== "relative") {
    // only a relative time limit has a role here: the error points at its start
    c.p = at;
    c.fail(["trong", "không quá", "ít nhất", "sau", E.number]);
  }
  if (written !== ROLE_WORDS[role]) c.wording["role"] = written;
  return { ...rule, role };
}
