import { build, type Metafile } from "esbuild";
import { describe, expect, inject, it } from "vitest";

const consumer = inject("consumerDir");

/** Minified bytes in a browser bundle of `code`, in total and per npm package (thoihan's own under "thoihan"). */
async function bundle(code: string): Promise<{ total: number; byPackage: Record<string, number> }> {
  const result = await build({
    stdin: { contents: code, resolveDir: consumer, loader: "js" },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = Object.values((result.metafile as Metafile).outputs)[0];
  if (output === undefined) throw new Error("esbuild wrote no output");
  const byPackage: Record<string, number> = {};
  for (const [path, input] of Object.entries(output.inputs)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? "(entry)";
    byPackage[name] = (byPackage[name] ?? 0) + input.bytesInOutput;
  }
  return { total: output.bytes, byPackage };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

describe("tree-shaking of the ESM build (esbuild --bundle --minify --platform=browser)", () => {
  it("a program using only civilServiceCalendar carries neither zod nor rrule (nor luxon: the zone history is built in)", async () => {
    // Act
    const { total, byPackage } = await bundle(`import { civilServiceCalendar } from "thoihan";\nconsole.log(civilServiceCalendar.addWorkingDays("2025-04-25", 1));`);
    console.info(`civilServiceCalendar: ${kb(total)}`, byPackage);
    // Assert
    // measured 96.8 KB: the calendar, its data and the message tables of both languages (every error
    // worded in Vietnamese and English, RRULE reasons included), which any error path reaches
    expect(Object.keys(byPackage).sort()).toEqual(["(entry)", "thoihan"]);
    expect(total).toBeLessThan(110 * 1024);
  });

  it("parseDeadline + computeDeadline without parsePlan carries neither rrule (RRULEs are expanded by the library) nor zod (rules and policies are checked by hand)", async () => {
    // Act
    const { total, byPackage } = await bundle(`import { computeDeadline, parseDeadline } from "thoihan";\nconsole.log(computeDeadline(parseDeadline("trong 5 ngày làm việc"), { anchor: "2025-04-25" }));`);
    console.info(`parseDeadline + computeDeadline: ${kb(total)}`, byPackage);
    // Assert: measured 235.6 KB, all thoihan, with the message tables of both languages and the
    // grammar's forms (215.0 KB before the forms of news reports and notices — windows opened by an
    // event or a month, spans, weekday and lunar glosses, captions, documents as subjects — and their
    // reason codes; 200.5 KB before the forms of several days of a month, roll clauses, weekdays
    // of a week, qualifiers, counts back in any unit …; before the rule checker the bundle was
    // 219.3 KB, 30.4 KB of it zod/mini's core).
    expect(Object.keys(byPackage).sort()).toEqual(["(entry)", "thoihan"]);
    expect(total).toBeLessThan(250 * 1024);
  });

  it("the whole package bundles for the browser (no Node built-ins) with zod as its only dependency", async () => {
    // Act
    const { byPackage } = await bundle(`import * as thoihan from "thoihan";\nimport * as data from "thoihan/data";\nconsole.log(thoihan, data);`);
    // Assert
    expect(Object.keys(byPackage).sort()).toEqual(["(entry)", "thoihan", "zod"]);
  });
});
