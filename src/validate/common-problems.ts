/** Problems that several parts of the structural validator report in the same words. */
import type { Problem } from "../problems.js";
import type { TypeRef } from "../schema/types.js";
import { describePath, describeReceived, describeType } from "./describe.js";
import { errorText } from "./read.js";

/** Builds a `type` problem: what the path expects, what it received, and the fix. */
export function typeProblem(path: string, type: TypeRef, value: unknown, fix?: string): Problem {
  const action =
    fix ?? (value === null ? "set a value or leave the member out" : "replace the value");
  const message =
    `${describePath(path)} expects ${describeType(type)} but received ${describeReceived(value)}, ` +
    `so ${action}.`;

  return { severity: "error", path, rule: "type", message, value };
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
