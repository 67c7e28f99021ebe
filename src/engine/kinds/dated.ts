/**
 * Dated obligations: an occurrence per assigning event (by subject), due by the deadline the event
 * states, else by the obligation's fallback (`otherwise`, else `cap`, else the plan's `otherwise`).
 */
import { deadlineFor, eventDeadline, typesOf } from "../compile.js";
import { setDeadline, urgencyOptions } from "../occurrences/index.js";
import type { KindHandler } from "./handler.js";
import { openTriggered } from "./openByTrigger.js";

const OTHERWISE_NOTE = Object.freeze({ field: "otherwise" });

export const dated: KindHandler<"dated"> = {
  kind: "dated",
  opensByTrigger: true,
  restartable: true,
  shape(ob, plan) {
    // `otherwise`, else its older name `cap`, else the plan's `otherwise`
    const fallback = ob.otherwise ?? ob.cap ?? plan.otherwise;
    return {
      rule: undefined,
      fallback,
      fallbackField: ob.otherwise !== undefined ? "otherwise" : ob.cap !== undefined ? "cap" : plan.otherwise !== undefined ? "otherwise" : undefined,
      target: ob.target,
      perOwner: false,
      match: "subject",
      trigger: ob.trigger,
      counts: undefined,
      completedBy: typesOf(ob.completedBy),
      anchorTypes: [],
      source: undefined,
    };
  },
  open: (run, cob, b, part) => openTriggered(run, cob, b, part, dated),
  setDeadlineFrom(run, occ, ms) {
    const cob = occ.cob;
    const trigger = occ.trigger;
    const stateMs = trigger < 0 ? ms : run.at(trigger);
    const own = trigger < 0 ? undefined : eventDeadline(cob, occ.stated, stateMs, run.calendar, occ.urgency);
    if (own !== undefined) {
      setDeadline(occ, own, stateMs);
    } else if (cob.fallback !== undefined) {
      setDeadline(occ, deadlineFor(cob, cob.fallback, ms, run.calendar, urgencyOptions(occ.urgency)), ms);
      const event = trigger < 0 ? "" : (occ.triggerId ?? run.id(trigger));
      if (cob.fallbackField === "otherwise") {
        occ.note("capped", OTHERWISE_NOTE);
        occ.step("otherwise", { event });
      } else {
        occ.note("capped", {});
        occ.step("capped", { event });
      }
    } else {
      setDeadline(occ, undefined, ms);
    }
  },
};
