/**
 * fast-check arbitraries for deadline rules in the form `parseDeadline` returns them. The
 * implementation is the public one of `thoihan/testing` (src/testing/rules.ts); this file keeps
 * the names the phrase tests use.
 */
import type fc from "fast-check";
import type { DeadlineRule } from "../../src/deadline/types.js";
import { deadlineRuleArb as deadlineRuleArbOf } from "../../src/testing/index.js";

export { anchorTextArb } from "../../src/testing/rules.js";

/** Every kind of {@link DeadlineRule}, in normal form (see `deadlineRuleArb` in src/testing). */
export const deadlineRuleArb: fc.Arbitrary<DeadlineRule> = deadlineRuleArbOf();
