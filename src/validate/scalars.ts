/** Type checks of scalar and document values for the structural validator. */
import { isAdmittedEnumValue } from "../escape-hatch.js";
import { joinPath, type Problem } from "../problems.js";
import type { RuntimeSchema, TypeRef } from "../schema/types.js";
import { checkNumberRange, checkString } from "./constraints.js";
import {
  cycleProblem,
  depthProblem,
  reservedKeyProblem,
  typeProblem,
  unreadableProblem,
} from "./common-problems.js";
import { closestValues, describePath, formatValue } from "./describe.js";
import {
  arrayLength,
  isArray,
  isPlainObject,
  ownKeys,
  readItem,
  readOwn,
  reservedKeys,
  type OwnRead,
} from "./read.js";

/** Maximum nesting of a `document` value, counted from the document itself. */
export const maxDocumentDepth = 64;

const decimalNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const isoTimestamp =
  /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;
const base64Text = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Checks a string member against its length and pattern constraints. Where the type is
 * marked `json`, the SDK also accepts an object or array that it serialises to a JSON
 * string, so such a value is checked as a document and its serialised length is checked.
 * The fix for a number quotes it as `written` in the document, when that differs.
 */
export function checkStringValue(
  value: unknown,
  type: Extract<TypeRef, { kind: "string" }>,
  path: string,
  problems: Problem[],
  written?: string,
): void {
  if (typeof value === "string") {
    checkString(value, type.constraints, path, problems);
  } else if (type.json === true && (isArray(value) || isPlainObject(value))) {
    checkJsonStringValue(value, type, path, problems);
  } else if (typeof value === "number" && Number.isFinite(value)) {
    problems.push(numberForStringProblem(value, type, path, written));
  } else if (typeof value === "bigint") {
    problems.push(typeProblem(path, type, value, `quote its digits: "${value.toString()}"`));
  } else {
    problems.push(typeProblem(path, type, value));
  }
}

/**
 * Builds the problem of a number given for a string. For a number that the document writes
 * differently, such as YAML's `0x1F` for 31, the fix offers both the text as written and
 * the value, because quoting only the value would change the text.
 */
function numberForStringProblem(
  value: number,
  type: TypeRef,
  path: string,
  written: string | undefined,
): Problem {
  const text = String(value);
  if (written === undefined || written === text) {
    return typeProblem(path, type, value, `quote it: "${text}"`);
  }
  const fix = `quote it as written, "${written}", or as the number it reads as, "${text}"`;

  return typeProblem(path, type, value, fix, written);
}

function checkJsonStringValue(
  value: object,
  type: Extract<TypeRef, { kind: "string" }>,
  path: string,
  problems: Problem[],
): void {
  const found: Problem[] = [];
  checkDocumentValue(value, path, found);
  problems.push(...found);
  if (found.length > 0) return;
  let serialised: string | undefined;
  try {
    serialised = JSON.stringify(value);
  } catch (error) {
    problems.push(unreadableProblem(path, error));
    return;
  }
  // The pattern is not checked, because it applies to text the caller did not write.
  const { pattern: _pattern, ...limits } = type.constraints ?? {};
  if (serialised !== undefined) checkString(serialised, limits, path, problems);
}

/**
 * Checks a number member: finite, an integer where the model requires one, and within its
 * range. An integer `written` in the document with a decimal point or an exponent gets an
 * `integer-notation` warning.
 */
export function checkNumberValue(
  value: unknown,
  type: Extract<TypeRef, { kind: "number" }>,
  path: string,
  problems: Problem[],
  written?: string,
): void {
  if (typeof value === "string" && decimalNumber.test(value.trim())) {
    problems.push(typeProblem(path, type, value, `drop the quotes: ${value.trim()}`));
  } else if (typeof value === "bigint") {
    problems.push(typeProblem(path, type, value, `pass it as a number: ${value.toString()}`));
  } else if (typeof value !== "number" || !Number.isFinite(value)) {
    problems.push(typeProblem(path, type, value));
  } else if (type.integer && !Number.isInteger(value)) {
    problems.push(typeProblem(path, type, value, `round it to a whole number`));
  } else {
    checkNumberRange(value, type.constraints, path, problems);
    if (type.integer && written !== undefined && isFloatNotation(written)) {
      problems.push(integerNotationProblem(value, path, written));
    }
  }
}

/** Returns true for decimal number text with a decimal point or an exponent, such as `30.0`. */
function isFloatNotation(text: string): boolean {
  return decimalNumber.test(text) && /[.eE]/.test(text);
}

/**
 * Builds the warning for an integer written as `30.0` or `3.6e3`. The request is valid and
 * the SDK sends the number as an integer, but the AWS CLI (checked with 1.45 and
 * `--cli-input-json`) reads such text as a float and rejects it with "Invalid type for
 * parameter".
 */
function integerNotationProblem(value: number, path: string, written: string): Problem {
  const message =
    `${describePath(path)} expects an integer, and the AWS CLI rejects ${written} there ` +
    `because it reads a number with a decimal point or an exponent as a float, so write it ` +
    `as ${formatValue(value)} (this library sends it as an integer either way).`;

  return { severity: "warning", path, rule: "integer-notation", message, value };
}

/** Checks a boolean member. The strings "true" and "false" get a hint to drop the quotes. */
export function checkBooleanValue(value: unknown, path: string, problems: Problem[]): void {
  if (typeof value === "boolean") return;
  const type: TypeRef = { kind: "boolean" };
  if (value === "true" || value === "false") {
    problems.push(typeProblem(path, type, value, `drop the quotes: ${value}`));
  } else {
    problems.push(typeProblem(path, type, value));
  }
}

/** Checks a timestamp: a valid Date, an ISO-8601 string or epoch seconds. */
export function checkTimestampValue(value: unknown, path: string, problems: Problem[]): void {
  if (isValidTimestamp(value)) return;
  problems.push(typeProblem(path, { kind: "timestamp" }, value));
}

function isValidTimestamp(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string")
    return isoTimestamp.test(value) && !Number.isNaN(Date.parse(value));
  try {
    return value instanceof Date && !Number.isNaN(value.getTime());
  } catch {
    return false;
  }
}

/** Checks binary data: a Uint8Array or a base64 string. */
export function checkBlobValue(value: unknown, path: string, problems: Problem[]): void {
  if (typeof value === "string" && value.length % 4 === 0 && base64Text.test(value)) return;
  try {
    if (value instanceof Uint8Array) return;
  } catch {
    // A proxy that throws on the prototype check is not binary data.
  }
  problems.push(typeProblem(path, { kind: "blob" }, value));
}

/**
 * Checks an enum member against the schema's values and the values admitted at run time.
 * Most enums are strings, but the SDK also declares a few numeric ones.
 */
export function checkEnumValue(
  value: unknown,
  type: Extract<TypeRef, { kind: "enum" }>,
  schema: RuntimeSchema,
  path: string,
  problems: Problem[],
): void {
  if (typeof value !== "string" && typeof value !== "number") {
    problems.push(typeProblem(path, type, value));
    return;
  }
  const valid = Object.hasOwn(schema.enums, type.name) ? schema.enums[type.name] : undefined;
  const admitted = typeof value === "string" && isAdmittedEnumValue(type.name, value);
  if (valid !== undefined && !valid.includes(value) && !admitted) {
    problems.push(enumProblem(value, type.name, valid, path));
    return;
  }
  if (typeof value === "string") checkString(value, type.constraints, path, problems);
}

function enumProblem(
  value: string | number,
  name: string,
  valid: readonly (string | number)[],
  path: string,
): Problem {
  const candidates = valid.map(String);
  const listed = closestValues(String(value), candidates).map((candidate) =>
    formatValue(valid[candidates.indexOf(candidate)]),
  );
  const closest =
    valid.length > listed.length
      ? `, the closest being ${listed.join(", ")}`
      : `: ${listed.join(", ")}`;
  const message =
    `${describePath(path)} must be one of ${valid.length} \`${name}\` values${closest}, but ` +
    `received ${formatValue(value)}, so use a listed value or admit a newer one with $enumValue().`;

  return { severity: "error", path, rule: "enum", message, value };
}

/**
 * Checks that a value is plain JSON (null, boolean, finite number, string, array, plain
 * object) nested at most {@link maxDocumentDepth} levels, with no cycles.
 */
export function checkDocumentValue(
  value: unknown,
  path: string,
  problems: Problem[],
  depth = 0,
  ancestors: Set<object> = new Set(),
): void {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) problems.push(typeProblem(path, { kind: "document" }, value));
    return;
  }
  const container = isArray(value) || isPlainObject(value);
  if (!container) {
    problems.push(typeProblem(path, { kind: "document" }, value));
    return;
  }
  if (depth >= maxDocumentDepth) {
    problems.push(depthProblem(path, maxDocumentDepth));
    return;
  }
  if (ancestors.has(value)) {
    problems.push(cycleProblem(path));
    return;
  }
  ancestors.add(value);
  for (const [key, read] of documentChildren(value, path, problems)) {
    const childPath = joinPath(path, key);
    if (read.ok) checkDocumentValue(read.value, childPath, problems, depth + 1, ancestors);
    else problems.push(unreadableProblem(childPath, read.error));
  }
  ancestors.delete(value);
}

/** Lists the readable children of a document array or object, flagging reserved keys. */
function documentChildren(
  value: object,
  path: string,
  problems: Problem[],
): Array<[string | number, OwnRead]> {
  if (isArray(value)) {
    const length = arrayLength(value) ?? 0;

    return Array.from({ length }, (_, index) => [index, readItem(value, index)]);
  }
  const children: Array<[string | number, OwnRead]> = [];
  for (const key of ownKeys(value) ?? []) {
    if (reservedKeys.has(key)) problems.push(reservedKeyProblem(joinPath(path, key), key));
    else children.push([key, readOwn(value, key)]);
  }

  return children;
}
