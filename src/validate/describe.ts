/** Wording helpers shared by the structural validator and the semantic rules. */
import { distance } from "fastest-levenshtein";
import { describeValue } from "../problems.js";
import type { TypeRef } from "../schema/types.js";
import { isArray } from "./read.js";

/** Names a JSON path in a message. The empty path is the request itself. */
export function describePath(path: string): string {
  return path === "" ? "the request" : `\`${path}\``;
}

/**
 * Names the kind of a value with an article, for example `an array`, `null` or `a Map`.
 * Objects are named by their prototype, as {@link describeObject} describes.
 */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
    case "undefined":
      return "undefined";
    case "bigint":
      return "a bigint";
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return describeObject(value as object);
  }
}

/** Maximum length of a class name in a message. A longer name is not shown. */
const maxClassNameLength = 100;

/**
 * Names a non-array object: `an object` when its prototype is `Object.prototype` or `null`,
 * `a Map` or `a Date` for an instance of a global class, `an instance of Foo` for another
 * class, and `an object whose prototype is not Object.prototype` otherwise. Reads only own
 * data properties, so no getter of the value runs, and falls back to `an object` when a
 * proxy throws.
 */
function describeObject(value: object): string {
  try {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype === Object.prototype || prototype === null) return "an object";
    const constructor = ownDataProperty(prototype, "constructor");
    const name = ownDataProperty(constructor, "name");
    if (typeof constructor !== "function" || !isClassName(name)) {
      return "an object whose prototype is not Object.prototype";
    }
    if (ownDataProperty(globalThis, name) === constructor) {
      return `${indefiniteArticle(name)} ${name}`;
    }

    return `an instance of ${name}`;
  } catch {
    return "an object";
  }
}

/** Reads an own data property without running a getter, or returns `undefined` for anything else. */
function ownDataProperty(target: unknown, key: string): unknown {
  if ((typeof target !== "object" && typeof target !== "function") || target === null) {
    return undefined;
  }
  const descriptor = Object.getOwnPropertyDescriptor(target, key);

  return descriptor !== undefined && "value" in descriptor ? descriptor.value : undefined;
}

function isClassName(name: unknown): name is string {
  return (
    typeof name === "string" && name.length <= maxClassNameLength && /^[A-Za-z_$][\w$]*$/.test(name)
  );
}

/**
 * Formats a value for a message: primitives in full (strings quoted and long ones cut,
 * `NaN` and `Infinity` by name), objects and arrays by kind only, because printing them
 * could run hostile getters.
 */
export function formatValue(value: unknown): string {
  if (typeof value === "symbol" || typeof value === "function") return kindOf(value);
  if (typeof value === "bigint") return `${value.toString()}n`;
  if (typeof value === "object" && value !== null) return kindOf(value);
  if (value === undefined) return "undefined";

  return describeValue(value);
}

/** Formats a received value with its kind, for example `a string "5"` or `an array`. */
export function describeReceived(value: unknown): string {
  const kind = kindOf(value);
  const text = formatValue(value);

  return text === kind || value === null || value === undefined ? text : `${kind} ${text}`;
}

/** Starts a message with a capital letter, for messages that open with a path or `the request`. */
export function capitalize(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** Formats a count with its unit, in the singular for exactly 1: `1 character`, `2 entries`. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Initial letters that sound like a vowel when an abbreviation is read letter by letter. */
const vowelSoundLetters: ReadonlySet<string> = new Set("AEFHILMNORSX");
/** Word starts that sound like a consonant although they are spelt with a vowel. */
const consonantSoundStart = /^(?:eu|one|u(?:ni|s[aeu]|ti|r[aeiou]))/i;

/**
 * Chooses "a" or "an" for a PascalCase name by the sound of its start: `an OutputDataConfig`,
 * `an S3DataSource` (read "ess-three"), `a VpcConfig`, `a UserSettings`.
 */
export function indefiniteArticle(name: string): "a" | "an" {
  const first = name.charAt(0);
  if (/^[A-Z](?:[A-Z0-9]|$)/.test(name)) return vowelSoundLetters.has(first) ? "an" : "a";
  if (consonantSoundStart.test(name)) return "a";

  return /^[aeiou]/i.test(name) ? "an" : "a";
}

/** Names a shape with its article, for example `an \`OutputDataConfig\``. */
function nameWithArticle(name: string): string {
  return `${indefiniteArticle(name)} \`${name}\``;
}

/** Describes what a type reference expects, for example `an integer` or `a \`Channel\` object`. */
export function describeType(type: TypeRef): string {
  switch (type.kind) {
    case "string":
      return "a string";
    case "number":
      return type.integer ? "an integer" : "a number";
    case "boolean":
      return "a boolean";
    case "timestamp":
      return "a timestamp (a Date, an ISO-8601 string or epoch seconds)";
    case "blob":
      return "binary data (a Uint8Array or a base64 string)";
    case "document":
      return "a JSON document";
    case "enum":
      return `${nameWithArticle(type.name)} value`;
    case "structure":
      return `${nameWithArticle(type.name)} object`;
    case "union":
      return `${nameWithArticle(type.name)} object with exactly one member set`;
    case "list":
      return "an array";
    case "map":
      return "an object of key-value pairs";
  }
}

/** Quotes names for a message: `A`, `A` or `B`, `A`, `B` or `C`. */
export function listNames(names: readonly string[], conjunction = "or"): string {
  const quoted = names.map((name) => `\`${name}\``);
  if (quoted.length <= 1) return quoted.join("");

  return `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted.at(-1) ?? ""}`;
}

/** Largest edit distance at which a known name is suggested: a fifth of its length, at least 2. */
function suggestionDistance(name: string): number {
  return Math.max(2, Math.floor(name.length / 5));
}

/**
 * Finds the known names closest to a misspelt one: a case-insensitive match when there is
 * one, otherwise every name at the smallest edit distance within {@link suggestionDistance},
 * sorted and at most three.
 */
export function closestNames(received: string, known: readonly string[]): string[] {
  const lower = received.toLowerCase();
  const sameIgnoringCase = known.filter((name) => name.toLowerCase() === lower);
  if (sameIgnoringCase.length > 0) return sameIgnoringCase.slice(0, 3);
  // The edit distance is at least the difference in length, so this filter only skips
  // names that cannot qualify, and it keeps a very long input from being scored.
  const scored = known
    .filter((name) => Math.abs(name.length - received.length) <= suggestionDistance(name))
    .map((name) => ({ name, score: distance(lower, name.toLowerCase()) }))
    .filter(({ name, score }) => score <= suggestionDistance(name));
  const best = Math.min(...scored.map(({ score }) => score));

  return scored
    .filter(({ score }) => score === best)
    .map(({ name }) => name)
    .sort()
    .slice(0, 3);
}

const scoredLength = 256;

/** Orders valid values by edit distance to the received one, closest first, keeping `limit`. */
export function closestValues(received: string, valid: readonly string[], limit = 8): string[] {
  // A long input is cut before scoring so that a hostile value cannot make this slow.
  const lower = received.slice(0, scoredLength).toLowerCase();

  return valid
    .map((value) => ({ value, score: distance(lower, value.toLowerCase()) }))
    .sort((left, right) => left.score - right.score || compareText(left.value, right.value))
    .slice(0, limit)
    .map(({ value }) => value);
}

/** Compares strings by UTF-16 code units, the same on every machine and locale. */
export function compareText(left: string, right: string): number {
  if (left === right) return 0;

  return left < right ? -1 : 1;
}
