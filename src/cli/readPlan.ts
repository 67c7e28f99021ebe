/**
 * Reading a plan file: JSON, or YAML (`.yaml`, `.yml`) when the optional peer package `yaml` is
 * installed. YAML is read as YAML 1.2, where `on:` stays the key "on"; a plan that has a key
 * `true` (what a YAML 1.1 loader makes of `on:`) gets a warning.
 * @module
 */
import type { CliIo } from "./io.js";
import { CliError } from "./text.js";

/** The plan as written, and warnings for stderr. */
export interface PlanFile {
  readonly input: unknown;
  readonly warnings: readonly ("yaml11_on")[];
}

function hasTrueKey(value: unknown, depth = 0): boolean {
  if (depth > 20 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((v) => hasTrueKey(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k === "true" || hasTrueKey(v, depth + 1));
}

interface YamlModule {
  parse(text: string, options?: Record<string, unknown>): unknown;
}

/** Reads and parses a plan file (not yet validated). */
export async function readPlanFile(path: string, io: CliIo): Promise<PlanFile> {
  const text = io.readText(path);
  const yaml = /\.ya?ml$/i.test(path);
  let input: unknown;
  if (yaml) {
    let mod: YamlModule;
    try {
      mod = (await import("yaml")) as unknown as YamlModule;
    } catch {
      throw new CliError("yaml_not_installed", { path });
    }
    try {
      input = mod.parse(text, { version: "1.2", uniqueKeys: true });
    } catch (e) {
      throw new CliError("invalid_yaml", { path, reason: e instanceof Error ? e.message.split("\n")[0] ?? "" : String(e) });
    }
  } else {
    try {
      input = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (e) {
      throw new CliError("invalid_json", { path, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { input, warnings: hasTrueKey(input) ? ["yaml11_on"] : [] };
}

/** Reads a JSON file (a calendar's options). */
export function readJsonFile(path: string, io: CliIo): unknown {
  const text = io.readText(path);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CliError("invalid_json", { path, reason: e instanceof Error ? e.message : String(e) });
  }
}
