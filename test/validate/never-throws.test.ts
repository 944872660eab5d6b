import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateTuningJob } from "../../src/validate/index.js";
import { caseFiles, caseRequest } from "./fixtures.js";

type Container = Record<string, unknown> | unknown[];

/**
 * Lists every plain object and array inside a value, the value itself included, without
 * entering the hostile values that earlier mutations inserted.
 */
function containers(
  value: unknown,
  hostile: WeakSet<object>,
  found: Container[] = [],
): Container[] {
  if (typeof value !== "object" || value === null || hostile.has(value)) return found;
  const prototype: unknown = Object.getPrototypeOf(value);
  const plain = Array.isArray(value) || prototype === Object.prototype || prototype === null;
  if (!plain) return found;
  found.push(value as Container);
  for (const child of Object.values(value)) containers(child, hostile, found);

  return found;
}

function throwingGetter(): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  Object.defineProperty(value, "Name", {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  });

  return value;
}

function throwingProxy(): object {
  const fail = () => {
    throw new Error("trap");
  };

  return new Proxy({}, { get: fail, ownKeys: fail, getPrototypeOf: fail, has: fail });
}

function cycle(): Record<string, unknown> {
  const value: Record<string, unknown> = { Name: "loop" };
  value.self = value;

  return value;
}

/** Builders of values made to break naive code; built inside the property so that fast-check can print the counterexample. */
const hostileValues: ReadonlyArray<() => unknown> = [
  throwingGetter,
  throwingProxy,
  cycle,
  () => "x".repeat(100_000),
  () => Number.NaN,
  () => -0,
  () => Number.POSITIVE_INFINITY,
  () => JSON.parse('{"__proto__": {"polluted": true}}'),
  () => new Date(Number.NaN),
  () => Symbol("value"),
  () => 10n,
];

/** A replacement value: arbitrary data, or the index of a hostile value. */
const replacement = fc.oneof(
  fc.record({
    data: fc.anything({ withBoxedValues: true, withNullPrototype: true, withObjectString: true }),
  }),
  fc.record({ hostile: fc.nat(hostileValues.length - 1) }),
);

function buildValue(choice: { data: unknown } | { hostile: number }): unknown {
  return "data" in choice ? choice.data : hostileValues[choice.hostile]?.();
}

/** One change to a request: which container, which key, and how. */
interface Mutation {
  container: number;
  key: number;
  action: "replace" | "delete" | "add";
  name: string;
  value: { data: unknown } | { hostile: number };
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  container: fc.nat(),
  key: fc.nat(),
  action: fc.constantFrom("replace", "delete", "add"),
  name: fc.oneof(
    fc.string(),
    fc.constantFrom("__proto__", "constructor", "TrainingJobDefinitionz"),
  ),
  value: replacement,
});

function mutate(
  request: Record<string, unknown>,
  change: Mutation,
  hostile: WeakSet<object>,
): void {
  const value = buildValue(change.value);
  if ("hostile" in change.value && typeof value === "object" && value !== null) hostile.add(value);
  const targets = containers(request, hostile);
  const target = targets[change.container % targets.length] as Record<string, unknown>;
  const keys = Object.keys(target);
  const key = keys[change.key % Math.max(keys.length, 1)];
  if (change.action === "add" || key === undefined) {
    Object.defineProperty(target, change.name, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  } else if (change.action === "delete") {
    delete target[key];
  } else {
    target[key] = value;
  }
}

describe("validateTuningJob on mutated cases", () => {
  it("returns a result and never throws", () => {
    const files = caseFiles();
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (file, changes, strict) => {
          const request = caseRequest(file);
          const hostile = new WeakSet<object>();
          for (const change of changes) mutate(request, change, hostile);
          const result = validateTuningJob(request, { strict });
          const errors = result.problems.filter((problem) => problem.severity === "error");
          expect(result.valid).toBe(errors.length === 0);
          expect(result.request === undefined).toBe(!result.valid);
          for (const problem of result.problems) {
            expect(typeof problem.message).toBe("string");
            expect(problem.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
