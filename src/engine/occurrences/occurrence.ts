/** One occurrence being evaluated: its identity, its explanation steps and notes, and named accessors over its row of the occurrence table. */
import type { UrgencyLevel } from "../../deadline/types.js";
import type { EngineStepCode } from "../../messages/engine.js";
import type { Event } from "../../schema/event.js";
import type { CompiledObligation, DL } from "../compile.js";
import type { Rec } from "../events/index.js";
import type { FindingNote } from "../types.js";
import type { OccColumns } from "./table.js";

/** A step of the engine's explanation; instants in its params are epoch ms (formatted only into the texts). */
export interface Step {
  readonly code: EngineStepCode;
  readonly params: Readonly<Record<string, unknown>>;
}

function orNull(v: number): number | null {
  return v !== v ? null : v;
}

function nullToNaN(v: number | null): number {
  return v === null ? Number.NaN : v;
}

/** One occurrence being evaluated: its identity here, its numeric state in the columns. */
export class Occ {
  steps: Step[] | null = null;
  notes: FindingNote[] | null = null;
  urgency: UrgencyLevel | undefined;
  dl: DL | null = null;
  errorMessage: string | null = null;
  quota: { count: number; min: number } | null = null;
  /**
   * Copied from the obligation's bucket when the occurrence is opened or completed, so that its
   * finding need not go back to the events: the trigger's id, its instant as written (when
   * canonical) and its own deadline; the completion's id and instant as written.
   */
  triggerId: string | null = null;
  openedText: string | undefined = undefined;
  stated: Event["deadline"] = undefined;
  doneId: string | null = null;
  doneText: string | undefined = undefined;
  readonly i: number;

  constructor(
    readonly s: OccColumns,
    readonly cob: CompiledObligation,
    key: string,
    tail: string,
    readonly subject: string | null,
    readonly period: string | null,
    openedMs: number | null,
    owner: string | null,
  ) {
    const i = (this.i = s.add());
    s.rank[i] = cob.rank;
    if (openedMs !== null) s.openedMs[i] = openedMs;
    s.keys[i] = key;
    s.tails[i] = tail;
    s.owners[i] = owner;
  }

  /** The occurrence's key, tail and owner (kept in the columns, which the summary and the accounting read). */
  get key(): string {
    return this.s.keys[this.i] as string;
  }
  get tail(): string {
    return this.s.tails[this.i] as string;
  }
  get owner(): string | null {
    return this.s.owners[this.i] ?? null;
  }

  get openedMs(): number | null {
    return orNull(this.s.openedMs[this.i] as number);
  }
  get anchorMs(): number | null {
    return orNull(this.s.anchorMs[this.i] as number);
  }
  set anchorMs(v: number | null) {
    this.s.anchorMs[this.i] = nullToNaN(v);
  }
  get lastDay(): number | null {
    return orNull(this.s.lastDay[this.i] as number);
  }
  set lastDay(v: number | null) {
    this.s.lastDay[this.i] = nullToNaN(v);
  }
  get endsMs(): number {
    return this.s.endsMs[this.i] as number;
  }
  set endsMs(v: number) {
    this.s.endsMs[this.i] = v;
  }
  get originalLastDay(): number | null {
    return orNull(this.s.originalLastDay[this.i] as number);
  }
  set originalLastDay(v: number | null) {
    this.s.originalLastDay[this.i] = nullToNaN(v);
  }
  /** With `judge: "original"`: where extensions moved the deadline, not judged. */
  get extLastDay(): number | null {
    return orNull(this.s.extLastDay[this.i] as number);
  }
  set extLastDay(v: number | null) {
    this.s.extLastDay[this.i] = nullToNaN(v);
  }
  get extEndsMs(): number {
    return this.s.extEndsMs[this.i] as number;
  }
  set extEndsMs(v: number) {
    this.s.extEndsMs[this.i] = v;
  }
  get pausedAt(): number | null {
    return orNull(this.s.pausedAt[this.i] as number);
  }
  set pausedAt(v: number | null) {
    this.s.pausedAt[this.i] = nullToNaN(v);
  }
  get doneMs(): number | null {
    return orNull(this.s.doneMs[this.i] as number);
  }
  set doneMs(v: number | null) {
    this.s.doneMs[this.i] = nullToNaN(v);
  }
  get cancelledMs(): number | null {
    return orNull(this.s.cancelledMs[this.i] as number);
  }
  set cancelledMs(v: number | null) {
    this.s.cancelledMs[this.i] = nullToNaN(v);
  }
  get extensions(): number {
    return this.s.extensions[this.i] as number;
  }
  set extensions(v: number) {
    this.s.extensions[this.i] = v;
  }
  get restarts(): number {
    return this.s.restarts[this.i] as number;
  }
  set restarts(v: number) {
    this.s.restarts[this.i] = v;
  }
  get sortKey(): number {
    return this.s.sortKey[this.i] as number;
  }
  set sortKey(v: number) {
    this.s.sortKey[this.i] = v;
  }
  /** The triggering event (−1: none). */
  get trigger(): Rec {
    return this.s.trigger[this.i] as number;
  }
  set trigger(v: Rec) {
    this.s.trigger[this.i] = v;
  }
  /** The event that started the clock, when one did (for its instant's text); −1 otherwise. */
  get anchorRec(): Rec {
    return this.s.anchorRec[this.i] as number;
  }
  set anchorRec(v: Rec) {
    this.s.anchorRec[this.i] = v;
  }
  get doneEvent(): Rec {
    return this.s.doneEvent[this.i] as number;
  }
  set doneEvent(v: Rec) {
    this.s.doneEvent[this.i] = v;
  }

  get closed(): boolean {
    const s = this.s;
    const i = this.i;
    return (s.doneMs[i] as number) === (s.doneMs[i] as number) || (s.cancelledMs[i] as number) === (s.cancelledMs[i] as number);
  }

  step(code: EngineStepCode, params: Readonly<Record<string, unknown>>): void {
    (this.steps ??= []).push({ code, params });
  }

  note(code: string, params: Readonly<Record<string, unknown>>): void {
    (this.notes ??= []).push({ code, params });
  }
}
