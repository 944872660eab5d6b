/** Problems that several parts of the structural validator report in the same words. */
import type { Problem } from "../problems.js";
import type { TypeRef } from "../schema/types.js";
import { describePath, describeReceived, describeType } from "./describe.js";
import { errorText, isArray, isPlainObject } from "./read.js";

/**
 * Builds a `type` problem: what the path expects, what it received, and the fix. `written`
 * is the received number's text in the document, when that differs from its value.
 */
export function typeProblem(
  path: string,
  type: TypeRef,
  value: unknown,
  fix?: string,
  written?: string,
): Problem {
  const action = fix ?? defaultFix(type, value);
  const received =
    written === undefined
      ? describeReceived(value)
      : `${describeReceived(value)} (written ${written})`;
  const message =
    `${describePath(path)} expects ${describeType(type)} but received ${received}, ` +
    `so ${action}.`;

  return { severity: "error", path, rule: "type", message, value };
}

/** Kinds of type that a plain object (or, for a document, plain JSON data) satisfies. */
const objectKinds: ReadonlySet<TypeRef["kind"]> = new Set([
  "structure",
  "union",
  "map",
  "document",
]);

function defaultFix(type: TypeRef, value: unknown): string {
  if (value === null) return "set a value or leave the member out";
  if (objectKinds.has(type.kind) && isNonPlainObject(value)) {
    return isMap(value)
      ? "pass a plain object instead, for example Object.fromEntries(map)"
      : "pass a plain object instead, such as an object literal or the result of JSON.parse";
  }

  return "replace the value";
}

/** Returns true for an object that is neither an array nor plain, such as a Map or a class instance. */
function isNonPlainObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !isArray(value) && !isPlainObject(value);
}

function isMap(value: unknown): boolean {
  try {
    return value instanceof Map;
  } catch {
    return false;
  }
}

/** Builds a `reserved-key` problem for the key `__proto__`. */
export function reservedKeyProblem(path: string, key: string): Problem {
  const message = `${describePath(path)} uses the reserved key "${key}", which can replace an object's prototype and is never read, so remove it.`;

  return { severity: "error", path, rule: "reserved-key", message, value: key };
}

/** Builds an `unreadable` problem for a value whose getter or proxy threw when read. */
export function unreadableProblem(path: string, error: unknown): Problem {
  const message = `${describePath(path)} could not be read because reading it threw "${errorText(error)}", so pass plain data without getters or proxies.`;

  return { severity: "error", path, rule: "unreadable", message };
}

/** Builds a `max-depth` problem for a value nested deeper than `limit` levels. */
export function depthProblem(path: string, limit: number): Problem {
  const message = `${describePath(path)} is nested more than ${limit} levels deep, so flatten the value.`;

  return { severity: "error", path, rule: "max-depth", message };
}

/** Builds a `cycle` problem for a value that contains itself. */
export function cycleProblem(path: string): Problem {
  const message = `${describePath(path)} contains itself through a reference cycle, which JSON cannot encode, so replace the repeated reference with a copy.`;

  return { severity: "error", path, rule: "cycle", message };
}
