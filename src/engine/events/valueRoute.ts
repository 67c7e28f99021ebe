/** Routing the events of one type by the value of one field, for obligations whose trigger filter is one equality on that field. */
import type { Event } from "../../schema/event.js";
import type { FilterValue } from "../../schema/plan.js";

/**
 * A reader of one `where` name of an event: `subject`, `unit`, `period`, `urgency`, or
 * `data.<key>` (the key cut once here, not for every event read), as `field` in `compile.ts` reads it.
 */
export function fieldReader(name: string): (e: Event) => unknown {
  switch (name) {
    case "subject":
      return (e) => e.subject;
    case "unit":
      return (e) => e.unit;
    case "period":
      return (e) => e.period;
    case "urgency":
      return (e) => e.urgency;
    default: {
      // (every other name a filter accepts is `data.<key>`)
      const key = name.slice(5);
      return (e) => e.data?.[key];
    }
  }
}

/**
 * The routed list (index in `Routes.lists`) of an event of one type, chosen by the value of one
 * field (`where` name): the list of that value, else `otherwise`. Values are compared as the
 * filter compares them (SameValueZero, a missing field as `null`).
 */
export class ValueRoute {
  private readonly read: (e: Event) => unknown;

  constructor(
    /** The `where` name read (`subject`, `unit`, `period`, `urgency` or `data.<key>`). */
    readonly field: string,
    /** The routed list of each value some filter accepts. */
    readonly byValue: ReadonlyMap<FilterValue, number>,
    /** The routed list of an event whose value no filter accepts. */
    readonly otherwise: number,
  ) {
    this.read = fieldReader(field);
  }

  listOf(e: Event): number {
    const v = this.read(e);
    const list = this.byValue.get((v === undefined ? null : v) as FilterValue);
    return list === undefined ? this.otherwise : list;
  }
}
