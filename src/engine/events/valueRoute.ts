/** Routing the events of one type by the value of one field, for obligations whose trigger filter is one equality on that field. */
import type { Event } from "../../schema/event.js";
import type { FilterValue } from "../../schema/plan.js";
import { field } from "../compile.js";

/**
 * The routed list (index in `Routes.lists`) of an event of one type, chosen by the value of one
 * field (`where` name): the list of that value, else `otherwise`. Values are compared as the
 * filter compares them (SameValueZero, a missing field as `null`).
 */
export class ValueRoute {
  constructor(
    /** The `where` name read (`subject`, `unit`, `period`, `urgency` or `data.<key>`). */
    readonly field: string,
    /** The routed list of each value some filter accepts. */
    readonly byValue: ReadonlyMap<FilterValue, number>,
    /** The routed list of an event whose value no filter accepts. */
    readonly otherwise: number,
  ) {}

  listOf(e: Event): number {
    const v = field(e, this.field);
    const list = this.byValue.get((v === undefined ? null : v) as FilterValue);
    return list === undefined ? this.otherwise : list;
  }
}
