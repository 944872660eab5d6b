/** Hyperparameter values as users write them, and their conversion to the strings SageMaker takes. */
import { ValidationError } from "../errors.js";
import { describeValue } from "../problems.js";

/** A hyperparameter value as users write it; SageMaker takes every value as a string. */
export type HyperParameterValue = string | number | boolean;

/** Hyperparameters by name; an index signature, so the compiler instantiates nothing for it. */
export interface HyperParameterValues {
  readonly [name: string]: HyperParameterValue;
}

/** String values by name, such as environment variables or tags. */
export interface StringMap {
  readonly [name: string]: string;
}

/** Returns the error for an argument of the wrong type, naming the request path it fills. */
export function invalidArgument(path: string, value: unknown, expected: string): ValidationError {
  const message = `\`${path}\` must be ${expected} but received ${describeValue(value)}, so pass ${expected}.`;

  return new ValidationError([{ severity: "error", path, rule: "type", message, value }]);
}

/**
 * Formats a finite number the way a training script parses it back: `0.1` stays `0.1`,
 * and integers keep every digit.
 */
function formatFiniteNumber(value: number): string {
  return Number.isInteger(value) && Math.abs(value) >= 1e21
    ? BigInt(value).toString()
    : String(value);
}

/** Converts a range bound: a finite number, or a string kept verbatim for the validator to check. */
export function rangeBound(value: unknown, path: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return formatFiniteNumber(value);

  throw invalidArgument(path, value, "a finite number");
}

/** Converts a hyperparameter value to the string sent on the wire; strings are kept verbatim. */
export function hyperParameterString(value: unknown, path: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number" && Number.isFinite(value)) return formatFiniteNumber(value);

  throw invalidArgument(path, value, "a string, a finite number or a boolean");
}

/** Converts each value of `values`, reporting a bad one under `path`. */
export function stringifyHyperParameters(
  values: HyperParameterValues,
  path: string,
): Record<string, string> {
  if (values === null || typeof values !== "object" || Array.isArray(values)) {
    throw invalidArgument(path, values, "an object of hyperparameter values");
  }
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    // defineProperty keeps a `__proto__` key as a member, which the validator then reports.
    Object.defineProperty(result, key, {
      value: hyperParameterString(value, `${path}.${key}`),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }

  return result;
}

/**
 * Copies request data made of strings, numbers, booleans, arrays and plain objects. A
 * function, symbol or bigint throws `ValidationError` naming its path, since no request
 * member takes one, and a `__proto__` key is kept as an own member for the validator to
 * report rather than turned into a prototype.
 */
export function copyRequestData(value: unknown, path: string): unknown {
  if (value === null || ["string", "number", "boolean", "undefined"].includes(typeof value)) {
    return value;
  }
  if (typeof value !== "object") {
    throw invalidArgument(path, value, "a string, number, boolean, array or plain object");
  }
  if (Array.isArray(value))
    return value.map((item, index) => copyRequestData(item, `${path}[${index}]`));

  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined) continue;
    Object.defineProperty(copy, key, {
      value: copyRequestData(member, path === "" ? key : `${path}.${key}`),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }

  return copy;
}
