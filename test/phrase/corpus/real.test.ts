import { describe, expect, it } from "vitest";
import { CORPUS } from "../corpus.js";
import { HELDOUT } from "./heldout.js";
import { HELDOUT2 } from "./heldout2.js";
import { HELDOUT3 } from "./heldout3.js";
import { HELDOUT4 } from "./heldout4.js";
import { HELDOUT5 } from "./heldout5.js";
import { HELDOUT6 } from "./heldout6.js";
import { HELDOUT7 } from "./heldout7.js";
import { HELDOUT8 } from "./heldout8.js";
import { HELDOUT9 } from "./heldout9.js";
import { HELDOUT10 } from "./heldout10.js";
import { HELDOUT11 } from "./heldout11.js";
import { HELDOUT12 } from "./heldout12.js";
import { HELDOUT13 } from "./heldout13.js";
import { HELDOUT14 } from "./heldout14.js";
import { HELDOUT15 } from "./heldout15.js";
import { HELDOUT16 } from "./heldout16.js";
import { HELDOUT17 } from "./heldout17.js";
import { HELDOUT18 } from "./heldout18.js";
import { HELDOUT19 } from "./heldout19.js";
import { HELDOUT20 } from "./heldout20.js";
import { HELDOUT21 } from "./heldout21.js";
import { HELDOUT22 } from "./heldout22.js";
import { HELDOUT23 } from "./heldout23.js";
import { HELDOUT24 } from "./heldout24.js";
import { HELDOUT25 } from "./heldout25.js";
import { HELDOUT26 } from "./heldout26.js";
import { HELDOUT27 } from "./heldout27.js";
import { REAL } from "./real.js";
import { isComputed, type SentenceEntry } from "./types.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?\+07:00$/;
const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

/** True when the text names a real day of the proleptic Gregorian calendar. */
function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isValidDay(text: string): boolean {
  const m = ISO_DATE.exec(text) ?? ISO_INSTANT.exec(text);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const documents = (entries: readonly SentenceEntry[]): Set<string> => new Set(entries.map((e) => e.source.doc));

/** The documents of the older phrase corpus, named loosely ("Luật Khiếu nại 2011"); held-out wording must not come from them either. */
const OLDER_CORPUS_DOCS = ["02/2011/QH13", "25/2018/QH14", "31/2024/QH15", "59/2020/QH14", "15/2012/QH13", "38/2019/QH14", "28/2011/TT-BTC", "83/2015/QH13", "09/2019/NĐ-CP", "30/2020/NĐ-CP", "61/2018/NĐ-CP", "118/2025/NĐ-CP", "91/2015/QH13"];

describe.each([
  ["real.ts", REAL, 400, 40],
  ["heldout.ts", HELDOUT, 80, 15],
  ["heldout2.ts", HELDOUT2, 80, 40],
  ["heldout3.ts", HELDOUT3, 20, 17],
  ["heldout4.ts", HELDOUT4, 80, 30],
  ["heldout5.ts", HELDOUT5, 80, 30],
  ["heldout6.ts", HELDOUT6, 80, 30],
  ["heldout7.ts", HELDOUT7, 80, 30],
  ["heldout8.ts", HELDOUT8, 80, 30],
  ["heldout9.ts", HELDOUT9, 80, 30],
  ["heldout10.ts", HELDOUT10, 90, 40],
  ["heldout11.ts", HELDOUT11, 90, 40],
  ["heldout12.ts", HELDOUT12, 80, 35],
  ["heldout13.ts", HELDOUT13, 80, 35],
  ["heldout14.ts", HELDOUT14, 85, 38],
  ["heldout15.ts", HELDOUT15, 82, 38],
  ["heldout16.ts", HELDOUT16, 82, 38],
  ["heldout17.ts", HELDOUT17, 82, 38],
  ["heldout18.ts", HELDOUT18, 82, 38],
  ["heldout19.ts", HELDOUT19, 82, 38],
  ["heldout20.ts", HELDOUT20, 82, 38],
  ["heldout21.ts", HELDOUT21, 82, 38],
  ["heldout22.ts", HELDOUT22, 82, 38],
  ["heldout23.ts", HELDOUT23, 82, 38],
  ["heldout24.ts", HELDOUT24, 82, 38],
  ["heldout25.ts", HELDOUT25, 82, 38],
  ["heldout26.ts", HELDOUT26, 82, 38],
  ["heldout27.ts", HELDOUT27, 82, 38],
] as const)("sentence corpus %s", (_name, entries, minEntries, minDocs) => {
  it(`holds at least ${minEntries} entries from at least ${minDocs} documents`, () => {
    expect(entries.length).toBeGreaterThanOrEqual(minEntries);
    expect(documents(entries).size).toBeGreaterThanOrEqual(minDocs);
  });

  it("gives every entry a unique id, a document and an article", () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.source.doc.trim().length, e.id).toBeGreaterThan(0);
      expect(e.source.article.trim().length, e.id).toBeGreaterThan(0);
    }
  });

  it("takes each phrase verbatim from its sentence, both in NFC", () => {
    for (const e of entries) {
      expect(e.sentence, e.id).toBe(e.sentence.normalize("NFC"));
      expect(e.phrase, e.id).toBe(e.phrase.normalize("NFC"));
      expect(e.phrase.trim(), e.id).toBe(e.phrase);
      expect(e.phrase.length, e.id).toBeGreaterThan(0);
      expect(e.sentence.includes(e.phrase), `${e.id}: «${e.phrase}» not in «${e.sentence}»`).toBe(true);
    }
  });

  it("gives every computed entry a valid expected day, and every rejection a reason", () => {
    for (const e of entries) {
      if (isComputed(e)) {
        expect(ISO_DATE.test(e.lastDay) && isValidDay(e.lastDay), `${e.id} lastDay ${e.lastDay}`).toBe(true);
        if (e.anchor !== undefined) expect(isValidDay(e.anchor), `${e.id} anchor ${e.anchor}`).toBe(true);
        if (e.due !== undefined) expect(ISO_DATE.test(e.due) && isValidDay(e.due), `${e.id} due ${e.due}`).toBe(true);
        if (e.period !== undefined) expect(PERIOD.test(e.period), `${e.id} period ${e.period}`).toBe(true);
        if (e.year !== undefined) expect(Number.isInteger(e.year) && e.year >= 1900 && e.year <= 2199, `${e.id} year`).toBe(true);
      } else {
        expect(e.reason.trim().length, e.id).toBeGreaterThan(0);
      }
    }
  });

  it("does not repeat a sentence and phrase pair", () => {
    const keys = entries.map((e) => `${e.sentence}\u0000${e.phrase}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("held-out sentences", () => {
  it("come from documents that real.ts does not use", () => {
    const real = documents(REAL);
    const shared = [...documents(HELDOUT)].filter((d) => real.has(d));
    expect(shared).toEqual([]);
  });

  it("come from documents that the older phrase corpus does not use", () => {
    const clashes = [...documents(HELDOUT)].filter((d) => OLDER_CORPUS_DOCS.some((n) => d.includes(n)));
    expect(clashes).toEqual([]);
  });

  it("repeat no phrase of real.ts or of the older phrase corpus", () => {
    const seen = new Set([...REAL.map((e) => e.phrase), ...CORPUS.map((e) => e.text)]);
    expect(HELDOUT.filter((e) => seen.has(e.phrase)).map((e) => e.id)).toEqual([]);
  });
});

/** The documents of the seeds (Ban Quản lý Khu kinh tế Hải Phòng, 2023–2024); unseen wording must not come from them. */
const SEED_DOCS = ["4712/KH-BQL", "431/KH-BQL", "321/BC-BQL", "KH-BQL", "TB-BQL", "Khu kinh tế Hải Phòng"];

describe("second held-out batch", () => {
  it("comes from documents that neither real.ts nor heldout.ts uses", () => {
    const seen = new Set([...documents(REAL), ...documents(HELDOUT)]);
    expect([...documents(HELDOUT2)].filter((d) => seen.has(d))).toEqual([]);
  });

  it("comes from documents that neither the older phrase corpus nor the seeds use", () => {
    const clashes = [...documents(HELDOUT2)].filter((d) => [...OLDER_CORPUS_DOCS, ...SEED_DOCS].some((n) => d.includes(n)));
    expect(clashes).toEqual([]);
  });

  it("repeats no phrase of real.ts, heldout.ts or the older phrase corpus", () => {
    const seen = new Set([...REAL.map((e) => e.phrase), ...HELDOUT.map((e) => e.phrase), ...CORPUS.map((e) => e.text)]);
    expect(HELDOUT2.filter((e) => seen.has(e.phrase)).map((e) => e.id)).toEqual([]);
  });

  it("takes most of its wording from the documents agency staff work with, not from laws and decrees", () => {
    const statute = /^(Luật|Bộ luật|Nghị định|Nghị quyết \d+\/\d{4}\/(QH|UBTVQH)|Thông tư|Pháp lệnh)\b/u;
    const administrative = HELDOUT2.filter((e) => !statute.test(e.source.doc));
    expect(administrative.length / HELDOUT2.length).toBeGreaterThanOrEqual(0.6);
  });
});

/** The later held-out batches, each against every corpus collected before it. */
describe.each([
  ["third", HELDOUT3, [REAL, HELDOUT, HELDOUT2]],
  ["fourth", HELDOUT4, [REAL, HELDOUT, HELDOUT2, HELDOUT3]],
  ["fifth", HELDOUT5, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4]],
  ["sixth", HELDOUT6, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5]],
  ["seventh", HELDOUT7, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6]],
  ["eighth", HELDOUT8, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7]],
  ["ninth", HELDOUT9, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8]],
  ["tenth", HELDOUT10, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9]],
  ["eleventh", HELDOUT11, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10]],
  ["twelfth", HELDOUT12, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11]],
  ["thirteenth", HELDOUT13, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12]],
  ["fourteenth", HELDOUT14, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13]],
  ["fifteenth", HELDOUT15, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14]],
  ["sixteenth", HELDOUT16, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15]],
  ["seventeenth", HELDOUT17, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16]],
  ["eighteenth", HELDOUT18, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17]],
  ["nineteenth", HELDOUT19, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18]],
  ["twentieth", HELDOUT20, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19]],
  ["twenty-first", HELDOUT21, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20]],
  ["twenty-second", HELDOUT22, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20, HELDOUT21]],
  ["twenty-third", HELDOUT23, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20, HELDOUT21, HELDOUT22]],
  ["twenty-fourth", HELDOUT24, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20, HELDOUT21, HELDOUT22, HELDOUT23]],
  ["twenty-fifth", HELDOUT25, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20, HELDOUT21, HELDOUT22, HELDOUT23, HELDOUT24]],
  ["twenty-sixth", HELDOUT26, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20, HELDOUT21, HELDOUT22, HELDOUT23, HELDOUT24, HELDOUT25]],
  ["twenty-seventh", HELDOUT27, [REAL, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12, HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19, HELDOUT20, HELDOUT21, HELDOUT22, HELDOUT23, HELDOUT24, HELDOUT25, HELDOUT26]],
] as const)("%s held-out batch", (_nth, batch, earlier) => {
  it("comes from documents that none of the earlier corpora uses", () => {
    const seen = new Set(earlier.flatMap((entries) => [...documents(entries)]));
    expect([...documents(batch)].filter((d) => seen.has(d))).toEqual([]);
  });

  it("comes from documents that neither the older phrase corpus nor the seeds use", () => {
    const clashes = [...documents(batch)].filter((d) => [...OLDER_CORPUS_DOCS, ...SEED_DOCS].some((n) => d.includes(n)));
    expect(clashes).toEqual([]);
  });

  it("shares no document with the earlier corpora under another spelling (same number, same issuer)", () => {
    // "Quyết định 41/2019/QĐ-UBND (Quảng Trị)" and "QĐ 41/2019/QĐ-UBND (Quảng Trị, 2019)" are one document.
    const keyOf = (doc: string): string | undefined => {
      const number = /\d+(\/\d{4})?\/[A-ZĐ][A-ZĐa-z-]*/u.exec(doc)?.[0];
      const place = /\(([^,)]+)/u.exec(doc)?.[1]?.trim() ?? "";
      return number === undefined ? undefined : `${number}|${place}`;
    };
    const seen = new Set<string>();
    for (const doc of earlier.flatMap((entries) => [...documents(entries)])) {
      const key = keyOf(doc);
      if (key !== undefined) seen.add(key);
    }
    const clashes = [...documents(batch)].filter((d) => {
      const key = keyOf(d);
      return key !== undefined && seen.has(key);
    });
    expect(clashes).toEqual([]);
  });

  it("repeats no phrase of the earlier corpora", () => {
    const seen = new Set(earlier.flatMap((entries) => entries.map((e) => e.phrase)).concat(CORPUS.map((e) => e.text)));
    expect(batch.filter((e) => seen.has(e.phrase)).map((e) => e.id)).toEqual([]);
  });

  it("takes most of its wording from the documents agency staff work with, not from laws and decrees", () => {
    const statute = /^(Luật|Bộ luật|Nghị định|Nghị quyết \d+\/\d{4}\/(QH|UBTVQH)|Thông tư|Pháp lệnh)\b/u;
    const administrative = batch.filter((e) => !statute.test(e.source.doc));
    expect(administrative.length / batch.length).toBeGreaterThanOrEqual(0.6);
  });
});
