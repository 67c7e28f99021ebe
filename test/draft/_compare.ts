/**
 * Compares a drafted plan with a hand-made one, task by task: same kind and same deadline rules
 * (deadline, otherwise/cap, target), the rules read by parseDeadline and compared without
 * `wording` (which only keeps the words for formatting; computation never reads it).
 */
import type { DeadlineRule } from "../../src/deadline/types.js";
import { parseDeadline } from "../../src/phrase/index.js";
import type { ObligationInput, PlanInput } from "../../src/schema/plan.js";

type Spec = string | DeadlineRule | undefined;

function withoutWording(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWording);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "wording").map(([k, v]) => [k, withoutWording(v)]));
  }
  return value;
}

const ruleOf = (spec: Spec): unknown => (spec === undefined ? undefined : withoutWording(typeof spec === "string" ? parseDeadline(spec) : spec));

/** The kind and the rules of an obligation, in comparable form. */
export function signature(o: ObligationInput): { kind: string; deadline: unknown; otherwise: unknown; target: unknown } {
  const r = o as Partial<Record<"deadline" | "otherwise" | "cap", Spec>>;
  return { kind: o.kind, deadline: ruleOf(r.deadline), otherwise: ruleOf(r.otherwise ?? r.cap), target: ruleOf(o.target?.deadline) };
}

/** One task of the hand-made plan: its obligations and whether the draft has each with the same signature. */
export interface TaskComparison {
  readonly task: string;
  readonly same: boolean;
  readonly differences: readonly string[];
}

/**
 * Compares the tasks `tasks` (row ids; an obligation "II.3a" belongs to task "II.3").
 */
export function compareTasks(hand: PlanInput, draft: PlanInput, tasks: readonly string[]): TaskComparison[] {
  return tasks.map((task) => {
    const own = hand.obligations.filter((o) => o.id === task || (o.id.startsWith(task) && o.id.length === task.length + 1));
    const differences: string[] = [];
    for (const h of own) {
      const d = draft.obligations.find((o) => o.id === h.id);
      if (d === undefined) {
        differences.push(`${h.id}: not drafted`);
        continue;
      }
      const a = signature(h);
      const b = signature(d);
      // the rule of the time limit: `deadline` (triggered, recurring, derived) or `otherwise` (dated)
      const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y);
      if (a.kind !== b.kind) differences.push(`${h.id}: kind ${b.kind}, hand-made ${a.kind}`);
      if (!same(a.deadline ?? a.otherwise, b.deadline ?? b.otherwise)) differences.push(`${h.id}: deadline rule differs`);
      if (!same(a.target, b.target)) differences.push(`${h.id}: target rule differs`);
    }
    return { task, same: differences.length === 0, differences };
  });
}
