/** Derived obligations: one occurrence per occurrence of the source obligation that reached the outcome named (done, on time, late). */
import type { DeadlineRule } from "../../deadline/types.js";
import { StringMap } from "../../internal/stringMap.js";
import { deadlineFor, typesOf, type CompiledObligation } from "../compile.js";
import { ownerFor, setDeadline, startClock, urgencyOptions, type Occ, type Run } from "../occurrences/index.js";
import type { KindHandler } from "./handler.js";

/** Opens the occurrences of a derived obligation: one per occurrence of its source that reached the outcome it names. */
function openDerived(run: Run, cob: CompiledObligation, cobs: readonly CompiledObligation[], occsOf: ReadonlyMap<CompiledObligation, readonly Occ[]>): StringMap<Occ> {
  const ob = cob.ob;
  const occs = new StringMap<Occ>(16);
  if (ob.kind !== "derived") return occs;
  const source = cobs.find((c) => c.id === ob.source.obligation);
  for (const src of (source === undefined ? [] : occsOf.get(source)) ?? []) {
    const anchorMs = derivedAnchor(src, ob.source.on, run.opts.asOfMs);
    if (anchorMs === undefined) continue;
    const owner = ob.owner === undefined ? src.owner : ownerFor(cob, src.owner ?? undefined);
    const occ = run.newOcc(cob, `${ob.id}:${src.tail}`, src.tail, src.subject, src.period, anchorMs, owner);
    occ.urgency = src.urgency;
    occ.step("derived_from", { source: src.key, on: ob.source.on, at: anchorMs });
    startClock(run, derived, occ, anchorMs, -1);
    occs.set(src.tail, occ);
  }
  return occs;
}

/**
 * When a source occurrence reached `on`, if it did:
 * - `done`: it was completed, whether it had a deadline or not (an undated task finished is done;
 *   its completion is the anchor). A cancelled occurrence is never done (a completion after a
 *   cancellation is ignored, and a cancellation after a completion too).
 * - `on_time` / `late`: it was judged so; an undated, cancelled or failed-deadline occurrence never is.
 */
function derivedAnchor(src: Occ, on: "done" | "on_time" | "late", asOfMs: number): number | undefined {
  if (on === "done") return src.cancelledMs === null ? (src.doneMs ?? undefined) : undefined;
  if (src.cancelledMs !== null || src.lastDay === null) return undefined;
  switch (on) {
    case "on_time":
      return src.doneMs !== null && src.doneMs < src.endsMs ? src.doneMs : undefined;
    case "late": {
      if (src.doneMs !== null) return src.doneMs >= src.endsMs ? src.endsMs : undefined;
      if (src.pausedAt !== null) return undefined;
      return asOfMs >= src.endsMs ? src.endsMs : undefined;
    }
  }
}

export const derived: KindHandler<"derived"> = {
  kind: "derived",
  opensByTrigger: false,
  restartable: true,
  shape: (ob) => ({
    rule: ob.deadline,
    fallback: undefined,
    fallbackField: undefined,
    target: ob.target,
    perOwner: false,
    match: "subject",
    trigger: undefined,
    counts: undefined,
    completedBy: typesOf(ob.completedBy),
    anchorTypes: [],
    source: ob.source.obligation,
  }),
  open: (run, cob, _b, _part, context) => openDerived(run, cob, context.cobs, context.occsOf),
  setDeadlineFrom(run, occ, ms) {
    const cob = occ.cob;
    setDeadline(occ, deadlineFor(cob, cob.rule as DeadlineRule, ms, run.calendar, urgencyOptions(occ.urgency)), ms);
  },
};
