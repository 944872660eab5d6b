import { describeValue } from "../problems.js";
import type { TypeRef } from "../schema/types.js";
import { expectsString } from "./member-types.js";
import {
  describeLocation,
  describePath,
  parseProblem,
  type ParseProblem,
  type TextPosition,
} from "./parse-problem.js";

/**
 * Maximum nesting of objects and arrays in a request document. The deepest member of a
 * tuning-job request is about eight levels down, so anything deeper is a mistake or an
 * attack on the parser's stack.
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * Largest document that is parsed: 32 MiB, counted in bytes for binary input and in UTF-16
 * code units for a string. By the model's length limits, a valid request contains about 4.4
 * million characters at most, which is under 18 MB even in 4-byte UTF-8 characters. That
 * maximum is 10 definitions, each with 30 categorical ranges of 30 values of 256 characters
 * and 70 static hyperparameters of 2,500 characters. Only a request that writes most characters as `\uXXXX` escapes
 * could be larger. The limit also keeps the decoded text far below the longest string that
 * Node 20 can create (2^29 - 24 characters).
 */
export const MAX_DOCUMENT_SIZE = 32 * 1024 * 1024;

/**
 * Keys rejected anywhere in a document: assigning `__proto__` replaces an object's prototype.
 * Keys such as `constructor` and `prototype` are ordinary own keys and are accepted.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__"]);

/** Location of a value: the document name, the JSON path and the text position if known. */
export interface ValueLocation {
  source: string;
  path: string;
  position?: TextPosition | undefined;
}

/** Returns a problem when `key` is one of {@link FORBIDDEN_KEYS}, else undefined. */
export function checkKey(key: string, location: ValueLocation): ParseProblem | undefined {
  if (!FORBIDDEN_KEYS.has(key)) return undefined;

  return parseProblem({
    rule: "forbidden-key",
    path: location.path,
    position: location.position,
    value: key,
    message:
      `forbidden key ${describeValue(key)} in ${describeLocation(location.source, location.position)} ` +
      `(${describePath(location.path)}): no request member has this name, and assigning it ` +
      `replaces an object's prototype, so remove it.`,
  });
}

/**
 * Returns a problem when `value` is not finite or lies beyond `Number.MAX_SAFE_INTEGER`,
 * where JavaScript numbers lose precision, else undefined. Where the request expects a
 * string (`type`), the fix is to quote the number's text.
 */
export function checkNumber(
  value: number,
  location: ValueLocation,
  sourceText = String(value),
  type?: TypeRef,
): ParseProblem | undefined {
  const where = `${describeLocation(location.source, location.position)} (${describePath(location.path)})`;
  if (!Number.isFinite(value)) {
    return parseProblem({
      rule: "number-range",
      path: location.path,
      position: location.position,
      value: sourceText,
      message: `number ${sourceText} in ${where} is not finite, so replace it with a finite value.`,
    });
  }
  if (Math.abs(value) <= Number.MAX_SAFE_INTEGER) return undefined;
  const range = `±${Number.MAX_SAFE_INTEGER} (Number.MAX_SAFE_INTEGER), where it cannot be read exactly`;
  const message = expectsString(type)
    ? `number ${sourceText} in ${where} must be a string, and as a number it is beyond ${range}, ` +
      `so quote it: "${sourceText}".`
    : `number ${sourceText} in ${where} is beyond ${range}, so use a smaller value.`;

  return parseProblem({
    rule: "number-range",
    path: location.path,
    position: location.position,
    value: sourceText,
    message,
  });
}

/** Returns a problem when `input` is larger than {@link MAX_DOCUMENT_SIZE}, else undefined. */
export function checkDocumentSize(
  input: string | Uint8Array,
  source: string,
): ParseProblem | undefined {
  const size = input.length;
  if (size <= MAX_DOCUMENT_SIZE) return undefined;
  const unit = typeof input === "string" ? "characters" : "bytes";

  return parseProblem({
    rule: "document-size",
    value: size,
    message:
      `${source} is too large: it has ${size} ${unit}, but the limit is ${MAX_DOCUMENT_SIZE} ` +
      `${unit} (32 MiB), well above the size of a tuning-job request, so check that it is the ` +
      `request file.`,
  });
}

/**
 * Returns the problem for a value nested deeper than {@link MAX_NESTING_DEPTH}. Without a
 * `path` the message names only the position, and the problem concerns the whole document.
 */
export function nestingProblem(
  location: Partial<ValueLocation> & { source: string },
): ParseProblem {
  const where = describeLocation(location.source, location.position);
  const member = location.path === undefined ? "" : ` (${describePath(location.path)})`;

  return parseProblem({
    rule: "nesting-depth",
    path: location.path ?? "",
    position: location.position,
    message:
      `${where}${member} nests objects and arrays more than ${MAX_NESTING_DEPTH} levels deep, ` +
      `far beyond any tuning-job request, so remove the extra nesting.`,
  });
}

/** Returns the problem for a document whose top-level value is not an object. */
export function topLevelProblem(
  value: unknown,
  source: string,
  position?: TextPosition,
): ParseProblem {
  return parseProblem({
    rule: "not-an-object",
    position,
    value,
    message:
      `${source} must contain one object with the request members at the top level, ` +
      `but it contains ${describeKind(value)}, so wrap the members in an object.`,
  });
}

/** Names the kind of a parsed value: `an object`, `an array`, `a string` and so on. */
export function describeKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `a string (${describeValue(value)})`;
  if (value === undefined) return "undefined";
  if (typeof value === "bigint") return `a bigint (${value.toString()}n)`;

  return `a ${typeof value} (${describeValue(value)})`;
}

/** True for a plain (non-array, non-null) object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
