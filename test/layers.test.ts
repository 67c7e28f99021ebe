import { fileURLToPath } from "node:url";
import { dirname, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { sources, specifiers } from "./_imports.js";

const SRC = fileURLToPath(new URL("../src", import.meta.url));

/**
 * The layers of the library in their order (DESIGN §1): a file may import from its own layer and
 * the layers before it, never from a later one. `internal` (helpers without imports) and `errors`
 * (the error class and its message tables) come first; `data` is part of the calendar layer
 * ("calendar (+ data)"); `draft` (notice tables → plans) builds on phrases and plan schemas;
 * `testing` and `cli` sit on top, and the root `index` above everything.
 */
const LAYERS = ["internal", "errors", "day", "lunar", "calendar", "recurrence", "deadline", "phrase", "schema", "draft", "engine", "scoring", "report", "testing", "cli", "index"] as const;
type Layer = (typeof LAYERS)[number];

/** The layer of each folder under `src` (and of the root files by name). A new folder must be placed here. */
const FOLDER_LAYER: Readonly<Record<string, Layer>> = {
  internal: "internal",
  errors: "errors",
  day: "day",
  lunar: "lunar",
  data: "calendar",
  calendar: "calendar",
  recurrence: "recurrence",
  deadline: "deadline",
  phrase: "phrase",
  schema: "schema",
  draft: "draft",
  engine: "engine",
  scoring: "scoring",
  report: "report",
  testing: "testing",
  cli: "cli",
  index: "index",
};

/**
 * `src/messages` holds one table per layer (every text of the library in one place, per locale);
 * each table belongs to the layer whose codes it words. A new table must be placed here.
 */
const MESSAGE_TABLE_LAYER: Readonly<Record<string, Layer>> = {
  index: "errors",
  vi: "errors",
  en: "errors",
  reasons: "errors",
  phraseReasons: "errors",
  rruleReasons: "errors",
  typeNames: "errors",
  trace: "deadline",
  draft: "draft",
  engine: "engine",
  scoring: "scoring",
};

/** The layer a source file belongs to, or a description of why it has none. */
function layerOf(file: string): Layer | `unplaced: ${string}` {
  const parts = relative(SRC, file).split(sep);
  const top = (parts[0] ?? "").replace(/\.ts$/, "");
  if (top === "messages") return MESSAGE_TABLE_LAYER[(parts[1] ?? "").replace(/\.ts$/, "")] ?? `unplaced: ${parts.join("/")}`;
  return FOLDER_LAYER[top] ?? `unplaced: ${parts.join("/")}`;
}

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly file: string;
}

/** Every relative import (value or type, static or dynamic, re-exports too) between two files of `src`. */
function fileImports(): { file: string; target: string }[] {
  return sources(SRC).flatMap((file) =>
    specifiers(file)
      .filter((spec) => spec.startsWith("."))
      .map((spec) => ({ file, target: resolve(dirname(file), spec.replace(/\.js$/, ".ts")) })),
  );
}

/** The cycles of a directed graph, one per strongly connected component of more than one node (Tarjan 1972). */
function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) as number);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) as number, low.get(to) as number));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node) as number, index.get(to) as number));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let top: string | undefined;
      do {
        top = stack.pop() as string;
        onStack.delete(top);
        component.push(top);
      } while (top !== node);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return out;
}

/** The imports between two layers, with the file that makes each. */
function layerEdges(): Edge[] {
  return fileImports()
    .map(({ file, target }) => ({ from: layerOf(file), to: layerOf(target), file: relative(SRC, file) }))
    .filter((e) => e.from !== e.to);
}

describe("layers of the sources (DESIGN §1)", () => {
  it("finds the cycles of a graph (the checker itself)", () => {
    // Arrange
    const edge = (from: string, to: string): Edge => ({ from, to, file: from });
    // Act
    const found = cycles([edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("c", "d"), edge("d", "e"), edge("e", "d"), edge("f", "a")]);
    // Assert
    expect(found).toEqual([["d", "e"], ["a", "b", "c"]]);
    expect(cycles([edge("a", "b"), edge("b", "c"), edge("a", "c")])).toEqual([]);
  });

  it("places every source file in a layer", () => {
    // Act
    const unplaced = sources(SRC)
      .map(layerOf)
      .filter((layer) => layer.startsWith("unplaced"));
    // Assert
    expect(unplaced).toEqual([]);
  });

  it("has no import from a later layer: every file imports only its own layer and the ones before it", () => {
    // Arrange
    const rank = (layer: string): number => LAYERS.indexOf(layer as Layer);
    // Act
    const against = fileImports()
      .filter(({ file, target }) => rank(layerOf(target)) > rank(layerOf(file)))
      .map(({ file, target }) => `${relative(SRC, file)} (${layerOf(file)}) imports ${relative(SRC, target)} (${layerOf(target)})`);
    // Assert
    expect(against).toEqual([]);
  });

  it("has no cycle between layers (a folder is a layer, or part of one)", () => {
    // Act
    const found = cycles(layerEdges());
    // Assert
    expect(found.map((c) => c.join(" ↔ "))).toEqual([]);
  });
});
