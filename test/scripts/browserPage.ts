/**
 * The browser page of docs/browser: `build` bundles its script with the package's ES module build
 * (esbuild, platform browser, as Vite and other bundlers read the package); `check` builds it, opens
 * it in headless Chromium (Debian's `chromium`) and checks what the page computed. Run after
 * `npm run build`: `npm run docs:browser`, `npm run test:browser`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PAGE = join(ROOT, "docs", "browser");
const BUNDLE = join(PAGE, "thoihan-demo.js");

async function bundlePage(): Promise<void> {
  // "thoihan" resolves to the package itself through its exports map (the "import" condition):
  // the page runs the built dist/esm, not the sources.
  await build({ entryPoints: [join(PAGE, "main.js")], bundle: true, minify: true, platform: "browser", format: "iife", outfile: BUNDLE, logLevel: "warning" });
  process.stdout.write(`wrote docs/browser/thoihan-demo.js (${(statSync(BUNDLE).size / 1024).toFixed(1)} KB)\n`);
}

/** The page's DOM after its script ran, for the given query. */
function render(query: Record<string, string>): string {
  const profile = mkdtempSync(join(tmpdir(), "thoihan-chromium-"));
  const url = `${pathToFileURL(join(PAGE, "index.html")).href}?${new URLSearchParams(query).toString()}`;
  try {
    return execFileSync(
      process.env["CHROMIUM"] ?? "chromium",
      ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", `--user-data-dir=${profile}`, "--dump-dom", url],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function expectIn(dom: string, wanted: string, what: string): void {
  if (!dom.includes(wanted)) throw new Error(`browser page: ${what}: ${JSON.stringify(wanted)} not in the rendered page:\n${dom}`);
}

async function check(): Promise<void> {
  await bundlePage();
  // Issued on Wednesday 07/02/2024, "chậm nhất 3 ngày": the third day is mùng 1 Tết, so the deadline
  // rolls to the next working day, Thursday 15/02 (BLDS 2015 Đ.148.5).
  const dom = render({ phrase: "chậm nhất 3 ngày kể từ ngày ban hành", anchor: "2024-02-07", year: "2025" });
  expectIn(dom, 'data-ready="true"', "the script ran");
  expectIn(dom, '<strong id="last-day">2024-02-15</strong>', "deadline");
  expectIn(dom, "Điều 148 khoản 5", "explanation with its legal basis");
  // 2025: Tết Ất Tỵ 25/01–02/02 (29/01 is mùng 1), and Friday 02/05 swapped with Saturday 26/04.
  expectIn(dom, "<td>2025-01-29</td><td>holiday</td>", "Tết 2025 in the days off");
  expectIn(dom, "<td>2025-05-02</td><td>swapped_off</td>", "the swapped day off of 2025");
  const bad = render({ phrase: "hạn chót là khi nào xong", anchor: "2024-02-07", year: "2025" });
  expectIn(bad, 'class="error">phrase_unrecognized_token', "an unreadable phrase shows its ThoihanError code");
  process.stdout.write("browser page: ok in headless Chromium\n");
}

const command = process.argv[2];
if (command === "build") await bundlePage();
else if (command === "check") await check();
else throw new Error("usage: browserPage.ts build | check");
