/**
 * A typed, minimal view of a botocore service model (`service-2.json`): only what the
 * constraint merge needs.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

import { BotocoreModelInvalidError } from "./errors.js";

/** Limits that botocore puts on strings, numbers, lists and maps. */
export interface BotocoreLimits {
  min?: number;
  max?: number;
}

export interface BotocoreStructure {
  type: "structure";
  /** Member names mapped to the names of their target shapes. */
  members: ReadonlyMap<string, string>;
  required: readonly string[];
  /** True for tagged unions. */
  union: boolean;
}

export interface BotocoreList extends BotocoreLimits {
  type: "list";
  /** Name of the element shape. */
  member: string;
}

export interface BotocoreMap extends BotocoreLimits {
  type: "map";
  key: string;
  value: string;
}

export interface BotocoreString extends BotocoreLimits {
  type: "string";
  pattern?: string;
  /** Valid values, when the string is an enum. */
  enum?: readonly string[];
}

export interface BotocoreNumber extends BotocoreLimits {
  type: "integer" | "long" | "float" | "double";
}

export interface BotocoreScalar {
  type: "boolean" | "timestamp" | "blob";
}

export type BotocoreShape =
  BotocoreStructure | BotocoreList | BotocoreMap | BotocoreString | BotocoreNumber | BotocoreScalar;

export interface BotocoreModel {
  /** The service's API version, for example `2017-07-24`. */
  apiVersion: string;
  shapes: ReadonlyMap<string, BotocoreShape>;
}

type RawShape = Record<string, unknown>;

/**
 * Reads a botocore service model from a gzip-compressed or plain JSON file.
 *
 * @throws {@link BotocoreModelInvalidError} when the file cannot be read or parsed, or has
 *   no `shapes` object.
 */
export function readBotocoreModel(path: string): BotocoreModel {
  let raw: unknown;
  try {
    const bytes = readFileSync(path);
    const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    raw = JSON.parse((isGzip ? gunzipSync(bytes) : bytes).toString("utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BotocoreModelInvalidError(
      path,
      `botocore service model ${path} could not be read (${reason}): give the path of botocore's service-2.json or service-2.json.gz.`,
      { cause: error },
    );
  }

  return toModel(path, raw);
}

/** Converts a parsed `service-2.json` document into the typed view. */
export function toModel(path: string, raw: unknown): BotocoreModel {
  const document = isRecord(raw) ? raw : {};
  const rawShapes = document["shapes"];
  if (!isRecord(rawShapes)) {
    throw new BotocoreModelInvalidError(
      path,
      `botocore service model ${path} has no "shapes" object: give the path of botocore's service-2.json or service-2.json.gz.`,
    );
  }

  const shapes = new Map<string, BotocoreShape>();
  for (const [name, shape] of Object.entries(rawShapes)) {
    const converted = isRecord(shape) ? toShape(shape) : undefined;
    if (converted !== undefined) shapes.set(name, converted);
  }
  const metadata = isRecord(document["metadata"]) ? document["metadata"] : {};
  const apiVersion = typeof metadata["apiVersion"] === "string" ? metadata["apiVersion"] : "";

  return { apiVersion, shapes };
}

function toShape(raw: RawShape): BotocoreShape | undefined {
  switch (raw["type"]) {
    case "structure":
      return toStructure(raw);
    case "list":
      return { type: "list", member: targetOf(raw["member"]), ...limitsOf(raw) };
    case "map":
      return {
        type: "map",
        key: targetOf(raw["key"]),
        value: targetOf(raw["value"]),
        ...limitsOf(raw),
      };
    case "string":
      return toString(raw);
    case "integer":
    case "long":
    case "float":
    case "double":
      return { type: raw["type"], ...limitsOf(raw) };
    case "boolean":
    case "timestamp":
    case "blob":
      return { type: raw["type"] };
    default:
      return undefined;
  }
}

function toStructure(raw: RawShape): BotocoreStructure {
  const members = new Map<string, string>();
  const rawMembers = isRecord(raw["members"]) ? raw["members"] : {};
  for (const [name, member] of Object.entries(rawMembers)) members.set(name, targetOf(member));
  const required = Array.isArray(raw["required"]) ? raw["required"].filter(isString) : [];

  return { type: "structure", members, required, union: raw["union"] === true };
}

function toString(raw: RawShape): BotocoreString {
  const shape: BotocoreString = { type: "string", ...limitsOf(raw) };
  if (typeof raw["pattern"] === "string") shape.pattern = raw["pattern"];
  if (Array.isArray(raw["enum"])) shape.enum = raw["enum"].filter(isString);

  return shape;
}

function limitsOf(raw: RawShape): BotocoreLimits {
  const limits: BotocoreLimits = {};
  if (typeof raw["min"] === "number") limits.min = raw["min"];
  if (typeof raw["max"] === "number") limits.max = raw["max"];

  return limits;
}

function targetOf(reference: unknown): string {
  return isRecord(reference) && typeof reference["shape"] === "string" ? reference["shape"] : "";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}
