/**
 * `per_violation` (trừ điểm theo vi phạm): `max` minus the deductions, capped at `maxDeduction`.
 * @internal
 * @module
 */
import type { PerViolationRule } from "../../schema/criteria.js";
import { toH } from "../points.js";
import type { Finding } from "../../engine/types.js";
import type { Charge, LeafInput, Outcome } from "./counted.js";
import { EARLY, LATE, ON_TIME, OPEN, OVERDUE, type State } from "./table.js";

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
  const { rule, maxH, counted, table, counts } = input;
  const states = table.state;
  if (counted.size === 0) return { kind: "empty", basis: { counts, empty: true } };
  const lateH = toH(rule.late);
  const overdueH = rule.overdue === undefined ? lateH : toH(rule.overdue);
  const targetH = rule.missedTarget === undefined ? 0 : toH(rule.missedTarget);
  const dayH = rule.perDayLate === undefined ? 0 : toH(rule.perDayLate);
  const workingDayH = rule.perWorkingDayLate === undefined ? 0 : toH(rule.perWorkingDayLate);
  const capH = Math.min(maxH, rule.maxDeduction === undefined ? maxH : toH(rule.maxDeduction));
  let left = capH;
  const charges: Charge[] = [];
  // the findings that can cost points: the walk stops after the last of them, or at the cap
  let chargeable = counts.late + counts.overdue + (targetH > 0 ? counts.missedTarget : 0);
  if (chargeable > 0 && left > 0) {
    counted.each((c) => {
      let h = 0;
      const state = states[c] as State;
      switch (state) {
        case LATE:
        case OVERDUE: {
          const f = table.findings[c] as Finding;
          h = (state === LATE ? lateH : overdueH) + dayH * f.daysLate + workingDayH * f.workingDaysLate;
          break;
        }
        case EARLY:
        case ON_TIME:
          if (table.missed[c] !== 1 || targetH <= 0) return true;
          h = targetH;
          break;
        case OPEN:
          return true;
      }
      chargeable--;
      if (h > 0) {
        const taken = Math.min(h, left);
        left -= taken;
        charges.push({ index: c, reason: state === LATE ? "late" : state === OVERDUE ? "overdue" : "missed_target", h: taken });
      }
      return left > 0 && chargeable > 0;
    });
  }
  return { kind: "points", pointsH: maxH - (capH - left), charges, basis: { counts } };
}
