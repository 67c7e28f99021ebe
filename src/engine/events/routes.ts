/** Which obligations, in which roles, each event is routed to: by type, and by a field's value where trigger filters test one field for equality. */
import type { Event } from "../../schema/event.js";
import type { FilterValue } from "../../schema/plan.js";
import type { CompiledObligation } from "../compile.js";
import { typesOf } from "../compile.js";
import type { EventRole } from "../types.js";
import { ValueRoute } from "./valueRoute.js";

/** An obligation (by index) and the role an event plays for it. */
export interface Routed {
  readonly index: number;
  readonly role: EventRole;
}

/**
 * The obligations (by index) and roles each event is routed to: `lists[routeOf(event)]`.
 *
 * An obligation whose trigger filter is a single `where` test (one name, one value or a list of
 * values) is reached as a trigger only by the events its filter accepts: the events of its trigger
 * type are routed by that field's value. An event of such a type that some of these filters
 * reject is routed to a list with `filtersOut[list] === 1`: it is ignored as `filtered_out` unless
 * it is used, as it would be if each of those filters had rejected it in turn.
 */
export interface Routes {
  readonly lists: readonly (readonly Routed[])[];
  /** 1 where the events of the list are rejected by the trigger filter of some obligation of their type. */
  readonly filtersOut: Uint8Array;
  /** Per obligation, 1 when every trigger it receives has passed its filter in the routing. */
  readonly prefiltered: Uint8Array;
  /** The routed list of an event (index in `lists`; −1: its type is routed nowhere). */
  routeOf(e: Event): number;
}

/** A single-test trigger filter: the name it reads and the values it accepts. */
interface Equality {
  readonly field: string;
  readonly values: readonly FilterValue[];
}

function equalityOf(cob: CompiledObligation): Equality | undefined {
  const where = cob.trigger?.where;
  if (where === undefined) return undefined;
  const names = Object.keys(where);
  if (names.length !== 1) return undefined;
  const name = names[0] as string;
  const expected = where[name] as FilterValue | readonly FilterValue[];
  return { field: name, values: Array.isArray(expected) ? (expected as readonly FilterValue[]) : [expected as FilterValue] };
}

class RouteTable implements Routes {
  constructor(
    readonly byType: ReadonlyMap<string, number | ValueRoute>,
    readonly lists: readonly (readonly Routed[])[],
    readonly filtersOut: Uint8Array,
    readonly prefiltered: Uint8Array,
  ) {}

  routeOf(e: Event): number {
    const route = this.byType.get(e.type);
    if (route === undefined) return -1;
    return typeof route === "number" ? route : route.listOf(e);
  }
}

export function routesOf(cobs: readonly CompiledObligation[]): Routes {
  // per type: the routes of every obligation and role (a trigger with a single-test filter apart)
  const plain = new Map<string, Routed[]>();
  const tested = new Map<string, { index: number; eq: Equality }[]>();
  const route = (types: readonly string[], index: number, role: EventRole): void => {
    for (const t of types) {
      let list = plain.get(t);
      if (list === undefined) plain.set(t, (list = []));
      if (!list.some((r) => r.index === index && r.role === role)) list.push({ index, role });
    }
  };
  cobs.forEach((cob, index) => {
    const ob = cob.ob;
    if (cob.trigger !== undefined) {
      const eq = equalityOf(cob);
      if (eq === undefined) route(typesOf(cob.trigger.type), index, "trigger");
      else {
        for (const t of typesOf(cob.trigger.type)) {
          if (!plain.has(t)) plain.set(t, []);
          let list = tested.get(t);
          if (list === undefined) tested.set(t, (list = []));
          if (!list.some((x) => x.index === index)) list.push({ index, eq });
        }
      }
    }
    if (cob.counts !== undefined) route(typesOf(cob.counts.type), index, "quota");
    route(cob.completedBy, index, "completion");
    route(cob.anchorTypes, index, "anchor");
    route(typesOf(ob.extensions?.events), index, "extension");
    route(typesOf(ob.pause), index, "pause");
    route(typesOf(ob.resume), index, "resume");
    route(typesOf(ob.restart), index, "restart");
    route(typesOf(ob.cancel), index, "cancel");
  });
  const lists: (readonly Routed[])[] = [];
  const filtersOut: number[] = [];
  const byType = new Map<string, number | ValueRoute>();
  // obligations routed by value on each of their trigger types, and on how many types they are not
  const byValueOn = new Int32Array(cobs.length);
  const notByValueOn = new Int32Array(cobs.length);
  const addList = (list: readonly Routed[], rejects: boolean): number => {
    lists.push(list);
    filtersOut.push(rejects ? 1 : 0);
    return lists.length - 1;
  };
  for (const [type, list] of plain) {
    const candidates = tested.get(type) ?? [];
    // the field most single-test filters of this type read (the others keep their filter as plain triggers)
    const counts = new Map<string, number>();
    for (const { eq } of candidates) counts.set(eq.field, (counts.get(eq.field) ?? 0) + 1);
    let chosen: string | undefined;
    for (const [name, n] of counts) if (chosen === undefined || n > (counts.get(chosen) as number)) chosen = name;
    const indexed = candidates.filter((x) => x.eq.field === chosen);
    for (const x of candidates) {
      if (x.eq.field === chosen) (byValueOn[x.index] as number)++;
      else {
        (notByValueOn[x.index] as number)++;
        list.push({ index: x.index, role: "trigger" });
      }
    }
    if (chosen === undefined) {
      byType.set(type, addList(list, false));
      continue;
    }
    const accepting = new Map<FilterValue, number[]>();
    for (const { index, eq } of indexed) {
      for (const v of eq.values) {
        let ids = accepting.get(v);
        if (ids === undefined) accepting.set(v, (ids = []));
        if (!ids.includes(index)) ids.push(index);
      }
    }
    const byValue = new Map<FilterValue, number>();
    for (const [v, ids] of accepting) byValue.set(v, addList([...list, ...ids.map((index): Routed => ({ index, role: "trigger" }))], ids.length < indexed.length));
    byType.set(type, new ValueRoute(chosen, byValue, addList(list, true)));
  }
  const prefiltered = Uint8Array.from(cobs, (_, c) => ((byValueOn[c] as number) > 0 && notByValueOn[c] === 0 ? 1 : 0));
  return new RouteTable(byType, lists, Uint8Array.from(filtersOut), prefiltered);
}
