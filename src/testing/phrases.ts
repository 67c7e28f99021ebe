/**
 * Arbitraries of Vietnamese deadline phrases as documents write them, each paired with the rule
 * `parseDeadline` must read from it.
 * @module
 */
import * as fc from "fast-check";
import type { DeadlineRule } from "../deadline/types.js";
import { InvalidInputError, issue } from "../errors.js";
import { formatDeadline } from "../phrase/formatDeadline.js";
import { anchorTextArb, complete, referenceArb, wording } from "./rules.js";

/**
 * How a generated phrase departs from the canonical wording of `formatDeadline`:
 * - `nfd`: diacritics decomposed (Unicode NFD), as some editors and PDFs produce;
 * - `no_diacritics`: typed without diacritics ("trong 10 ngay ke tu ngay nhan");
 * - `hang`: "hàng" instead of "hằng" ("ngày 10 hàng tháng");
 * - `leading_zeros`: "05 ngày", "ngày 05 hằng tháng", "trong tháng 01/2025";
 * - `number_words`: amounts in words, alone ("mười lăm ngày") or after the digits ("15 (mười lăm) ngày").
 */
export type PhraseVariant = "nfd" | "no_diacritics" | "hang" | "leading_zeros" | "number_words";

/**
 * Every {@link PhraseVariant}.
 *
 * @example
 * deadlinePhraseArb({ variants: PHRASE_VARIANTS.filter((v) => v !== "no_diacritics") })
 * @remarks Since 0.1.0
 */
export const PHRASE_VARIANTS: readonly PhraseVariant[] = Object.freeze(["nfd", "no_diacritics", "hang", "leading_zeros", "number_words"] as const);

/** Options of {@link deadlinePhraseArb}. */
export interface DeadlinePhraseArbOptions {
  /** The variants that may be applied, each independently about half the time (default: all). `[]` gives canonical phrases. */
  readonly variants?: readonly PhraseVariant[];
}

/** A deadline phrase and the rule it must parse to. */
export interface DeadlinePhrase {
  readonly text: string;
  readonly rule: DeadlineRule;
}

/** A phrase family: the rule, where its amount is (if any), and whether it says "hằng". */
interface Base {
  readonly rule: DeadlineRule;
  /** The rule has an amount (the first number of its phrase). */
  readonly amount: boolean;
}

const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const pick = <T>(...values: T[]): fc.Arbitrary<T> => fc.constantFrom(...values);

const relativeBase: fc.Arbitrary<Base> = fc
  .record({
    amount: fc.integer({ min: 1, max: 999 }),
    unit: pick("day" as const, "calendar_day" as const, "working_day" as const, "week" as const, "month" as const, "hour" as const, "working_hour" as const),
    anchor: fc.oneof(fc.constant(""), anchorTextArb),
    lead: opt(pick("chậm nhất", "không quá", "tối đa", "trong vòng")),
    connector: opt(pick("từ", "sau")),
  })
  .map(({ amount, unit, anchor, lead, connector }) => ({
    rule: complete({ kind: "relative", amount, unit, anchor: { text: anchor } }, wording({ lead, connector: anchor === "" ? undefined : connector })),
    amount: true,
  }));

const beforeDeadlineBase: fc.Arbitrary<Base> = fc
  .record({ amount: fc.integer({ min: 1, max: 99 }), unit: pick("day" as const, "working_day" as const), reference: referenceArb })
  .map(({ amount, unit, reference }) => ({ rule: complete({ kind: "before_deadline", amount, unit, reference }, undefined), amount: true }));

const recurringBase: fc.Arbitrary<Base> = fc.oneof(
  fc
    .record({ day: fc.integer({ min: 1, max: 28 }), bound: pick("by" as const, "before" as const) })
    .map(({ day, bound }) => ({ rule: complete({ kind: "recurring", frequency: "monthly", day, bound }, undefined), amount: false })),
  fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), bound: pick("by" as const, "before" as const) })
    .map(({ month, day, bound }) => ({ rule: complete({ kind: "recurring", frequency: "yearly", month, day, bound }, undefined), amount: false })),
  fc.integer({ min: 1, max: 12 }).map((month) => ({ rule: complete({ kind: "recurring", frequency: "yearly", month, bound: "within" }, undefined), amount: false })),
);

const fixedBase: fc.Arbitrary<Base> = fc
  .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), bound: pick("by" as const, "before" as const) })
  .map(({ year, month, day, bound }) => ({ rule: complete({ kind: "fixed_date", dates: [{ year, month, day }], bound }, undefined), amount: false }));

const periodBase: fc.Arbitrary<Base> = fc
  .record({ month: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 1990, max: 2100 }) })
  .map(({ month, year }) => ({ rule: complete({ kind: "period", period: { unit: "month", month, year } }, undefined), amount: false }));

const DIGITS = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/**
 * Vietnamese number words for 1 … 999: "mười lăm", "hai mươi mốt", "ba mươi tư", "một trăm linh năm".
 * @internal
 */
export function numberWords(n: number, four: "tư" | "bốn" = "tư"): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const tens = Math.floor(rest / 10);
  const units = rest % 10;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(DIGITS[hundreds] as string, "trăm");
  if (tens === 0 && units > 0) {
    if (hundreds > 0) parts.push("linh");
    parts.push(DIGITS[units] as string);
  } else if (tens === 1) {
    parts.push("mười");
    if (units > 0) parts.push(units === 5 ? "lăm" : (DIGITS[units] as string));
  } else if (tens > 1) {
    parts.push(DIGITS[tens] as string, "mươi");
    if (units > 0) parts.push(units === 1 ? "mốt" : units === 4 ? four : units === 5 ? "lăm" : (DIGITS[units] as string));
  }
  return parts.join(" ");
}

/** Removes Vietnamese diacritics (and đ), as text typed without them. @internal */
export function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/** The rule read from a phrase typed without diacritics: free text (anchor, reference) comes back as typed; "hang" is the canonical "hằng". */
function withoutDiacritics(rule: DeadlineRule): DeadlineRule {
  const { wording: w, ...rest } = rule;
  const kept = w === undefined ? undefined : Object.fromEntries(Object.entries(w).filter(([key]) => key !== "every"));
  let out = { ...rest, ...(kept === undefined || Object.keys(kept).length === 0 ? {} : { wording: kept }) } as DeadlineRule;
  if (out.kind === "relative") out = { ...out, anchor: { text: stripDiacritics(out.anchor.text) } };
  if (out.kind === "before_deadline") out = { ...out, reference: stripDiacritics(out.reference) };
  return out;
}

/** Applies the chosen variants to the canonical phrase of a rule. */
function vary(base: Base, on: ReadonlySet<PhraseVariant>, wordsAfterDigits: boolean): DeadlinePhrase {
  let rule = base.rule;
  let text = formatDeadline(rule, { locale: "vi" });
  if (on.has("hang") && text.includes("hằng")) {
    text = text.replace("hằng", "hàng");
    rule = { ...rule, wording: { ...(rule.wording ?? {}), every: "hàng" } } as DeadlineRule;
  }
  if (base.amount) {
    // The amount is the first number of a relative or counted-back phrase (leads and anchors have no digits).
    text = text.replace(/\d+/, (digits) => {
      const n = Number(digits);
      const written = on.has("leading_zeros") && n < 10 ? `0${n}` : digits;
      if (!on.has("number_words")) return written;
      const words = numberWords(n);
      return wordsAfterDigits ? `${written} (${words})` : words;
    });
  } else if (on.has("leading_zeros")) {
    // Days and months of dates: "ngày 5" → "ngày 05", "tháng 1/2025" → "tháng 01/2025".
    text = text.replace(/(^|[^\d])(\d)(?!\d)/g, "$10$2");
  }
  if (on.has("no_diacritics")) {
    text = stripDiacritics(text);
    rule = withoutDiacritics(rule);
  }
  if (on.has("nfd")) text = text.normalize("NFD");
  return { text, rule };
}

/**
 * Vietnamese deadline phrases as documents write them, each paired with the rule `parseDeadline`
 * must return for it: relative time limits ("chậm nhất 05 ngày làm việc kể từ ngày nhận hồ sơ"),
 * counted-back targets, recurring dates ("ngày 10 hàng tháng"), named dates and months — in NFC or
 * NFD, with or without diacritics, "hàng" or "hằng", with leading zeros, and amounts in words.
 * Without diacritics the free text (anchor, reference) comes back as typed.
 *
 * For every rule kind in canonical form, use `deadlineRuleArb` with `formatDeadline`.
 *
 * @param options - `variants`: the departures from the canonical wording allowed (default: all).
 * @returns An arbitrary of `{ text, rule }` with `parseDeadline(text)` deep-equal to `rule`.
 * @throws {@link index!InvalidInputError} `invalid_option` for an unknown variant.
 * @example
 * fc.assert(fc.property(deadlinePhraseArb(), ({ text, rule }) => {
 *   expect(parseDeadline(text)).toEqual(rule)
 * })) //=> passes
 * fc.sample(deadlinePhraseArb({ variants: ["number_words", "no_diacritics"] }), 1)
 * //~> [{ text: "cham nhat muoi lam ngay lam viec ke tu ngay nhan", rule: { kind: "relative", amount: 15, … } }]
 * @remarks Since 0.1.0
 */
export function deadlinePhraseArb(options: DeadlinePhraseArbOptions = {}): fc.Arbitrary<DeadlinePhrase> {
  const variants = options.variants ?? PHRASE_VARIANTS;
  if (!Array.isArray(variants) || variants.some((v) => !PHRASE_VARIANTS.includes(v))) {
    throw new InvalidInputError([issue("invalid_option", { name: "variants", value: variants, expected: `a list of ${PHRASE_VARIANTS.join(", ")}` }, ["variants"])]);
  }
  const chosen = variants.length === 0 ? fc.constant(new Set<PhraseVariant>()) : fc.subarray([...variants]).map((list) => new Set(list));
  return fc
    .tuple(fc.oneof(relativeBase, beforeDeadlineBase, recurringBase, fixedBase, periodBase), chosen, fc.boolean())
    .map(([base, on, wordsAfterDigits]) => vary(base, on, wordsAfterDigits));
}
