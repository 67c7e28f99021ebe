/** Triggered obligations: an occurrence per triggering event (by subject), due by the obligation's deadline rule from the start of its clock. */
import type { DeadlineRule } from "../../deadline/types.js";
import { deadlineFor, typesOf } from "../compile.js";
import { setDeadline, urgencyOptions } from "../occurrences/index.js";
import type { KindHandler } from "./handler.js";
import { openTriggered } from "./openByTrigger.js";

export const triggered: KindHandler<"triggered"> = {
  kind: "triggered",
  opensByTrigger: true,
  restartable: true,
  shape: (ob) => ({
    rule: ob.deadline,
    fallback: undefined,
    fallbackField: undefined,
    target: ob.target,
    perOwner: false,
    match: "subject",
    trigger: ob.trigger,
    counts: undefined,
    completedBy: typesOf(ob.completedBy),
    anchorTypes: typesOf(ob.anchorEvent),
    source: undefined,
  }),
  open: (run, cob, b, part) => openTriggered(run, cob, b, part, triggered),
  setDeadlineFrom(run, occ, ms) {
    const cob = occ.cob;
    setDeadline(occ, deadlineFor(cob, cob.rule as DeadlineRule, ms, run.calendar, urgencyOptions(occ.urgency)), ms);
  },
};
