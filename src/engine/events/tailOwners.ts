/** Which obligation opened occurrences for each tail hash, among those that route their control events by tail. */
import { Int32Map } from "../../internal/int32Map.js";

/** {@link TailOwners.ownerOf}: no obligation's trigger has a tail of this hash. */
export const NO_OWNER = -1;
/** {@link TailOwners.ownerOf}: the triggers of more than one obligation have a tail of this hash. */
export const MANY_OWNERS = 2 ** 31 - 1;

/**
 * The obligation (by index) whose triggers have a tail of each hash (`fnv1a(subject ?? id)`), one
 * lookup per control event however many obligations share its type. A tail is always found under
 * its own hash; another tail of the same hash is found too, which only costs the work of matching it.
 */
export class TailOwners {
  private readonly owners: Int32Map;

  /** A table for about `expected` tails. */
  constructor(expected: number) {
    this.owners = new Int32Map(expected);
  }

  /** Notes that obligation `index` has a trigger of tail hash `hash`. */
  add(hash: number, index: number): void {
    const prior = this.owners.get(hash);
    if (prior === NO_OWNER) this.owners.set(hash, index);
    else if (prior !== index && prior !== MANY_OWNERS) this.owners.set(hash, MANY_OWNERS);
  }

  /** The one obligation with a trigger of this tail hash, {@link NO_OWNER} or {@link MANY_OWNERS}. */
  ownerOf(hash: number): number {
    return this.owners.get(hash);
  }
}
