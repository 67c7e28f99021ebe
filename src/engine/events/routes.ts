/** Which obligations, in which roles, each event type is routed to. */
import type { CompiledObligation } from "../compile.js";
import { typesOf } from "../compile.js";
import type { EventRole } from "../types.js";

/** An obligation (by index) and the role an event plays for it. */
export interface Routed {
  readonly index: number;
  readonly role: EventRole;
}

/** The obligations (by index) and roles each event type is routed to: `lists[byType.get(type)]`. */
export interface Routes {
  readonly byType: ReadonlyMap<string, number>;
  readonly lists: readonly (readonly Routed[])[];
}

export function routesOf(cobs: readonly CompiledObligation[]): Routes {
  const routes = new Map<string, Routed[]>();
  const route = (types: readonly string[], index: number, role: EventRole): void => {
    for (const t of types) {
      let list = routes.get(t);
      if (list === undefined) routes.set(t, (list = []));
      if (!list.some((r) => r.index === index && r.role === role)) list.push({ index, role });
    }
  };
  cobs.forEach((cob, index) => {
    const ob = cob.ob;
    if (ob.kind === "triggered" || ob.kind === "dated") route(typesOf(ob.trigger.type), index, "trigger");
    if (ob.kind === "quota") route(typesOf(ob.counts.type), index, "quota");
    else route(typesOf(ob.completedBy), index, "completion");
    route(cob.anchorTypes, index, "anchor");
    route(typesOf(ob.extensions?.events), index, "extension");
    route(typesOf(ob.pause), index, "pause");
    route(typesOf(ob.resume), index, "resume");
    route(typesOf(ob.restart), index, "restart");
    route(typesOf(ob.cancel), index, "cancel");
  });
  const lists = [...routes.values()];
  return { byType: new Map([...routes.keys()].map((t, k) => [t, k])), lists };
}
