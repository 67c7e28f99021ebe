/**
 * `per_violation` (trừ điểm theo vi phạm): `max` minus the deductions, capped at `maxDeduction`.
 * @internal
 * @module
 */
import type { PerViolationRule } from "../../schema/criteria.js";
import { toH } from "../points.js";
import type { Finding } from "../../engine/types.js";
import type { Charge, LeafInput, Outcome, State } from "./counted.js";

/**
 * - a late finding costs `late` + `perDayLate` × days late + `perWorkingDayLate` × working days late;
 * - an overdue one (as of `asOf`) `overdue` (default `late`) + the same per day, to `asOf`;
 * - an on-time one that missed its internal target `missedTarget` (default 0);
 * - open ones nothing yet;
 * taken in (lastDay, key) order until `maxDeduction` (default `max`): the finding that crosses it
 * gets the rest, the later ones nothing.
 * @internal
 */
export function scorePerViolation(input: LeafInput<PerViolationRule>): Outcome {
  const { rule, maxH, counted, table } = input;
  const states = table.state;
  if (counted.length === 0) return { kind: "empty", basis: { counts: input.counts, empty: true } };
  const lateH = toH(rule.late);
  const overdueH = rule.overdue === undefined ? lateH : toH(rule.overdue);
  const targetH = rule.missedTarget === undefined ? 0 : toH(rule.missedTarget);
  const dayH = rule.perDayLate === undefined ? 0 : toH(rule.perDayLate);
  const workingDayH = rule.perWorkingDayLate === undefined ? 0 : toH(rule.perWorkingDayLate);
  const capH = Math.min(maxH, rule.maxDeduction === undefined ? maxH : toH(rule.maxDeduction));
  let left = capH;
  const charges: Charge[] = [];
  for (const c of counted) {
    if (left <= 0) break;
    let h = 0;
    const state = states[c] as State;
    const f = table.findings[c] as Finding;
    switch (state) {
      case "late":
        h = lateH + dayH * f.daysLate + workingDayH * f.workingDaysLate;
        break;
      case "overdue":
        h = overdueH + dayH * f.daysLate + workingDayH * f.workingDaysLate;
        break;
      case "early":
      case "on_time":
        h = table.missed[c] === 1 ? targetH : 0;
        break;
      case "open":
        h = 0;
        break;
    }
    if (h <= 0) continue;
    const taken = Math.min(h, left);
    left -= taken;
    charges.push({ index: c, reason: state === "late" ? "late" : state === "overdue" ? "overdue" : "missed_target", h: taken });
  }
  return { kind: "points", pointsH: maxH - (capH - left), charges, basis: { counts: input.counts } };
}
