/**
 * Every length, range, item-count and pattern limit that botocore's model gives a member of
 * the tuning-job request is enforced: a value just inside each limit passes that rule, and a
 * value just outside fails it. The cases are derived from the generated tables, so a limit
 * added by a new model is tested without editing this file.
 */
import randexpModule from "randexp";
import { describe, expect, it } from "vitest";
import { schema } from "../../generated/schema.js";
import type { Constraints, TypeRef } from "../../src/schema/types.js";
import { validateStructure } from "../../src/validate/index.js";

// randexp's types declare an ES default export, but Node loads its CommonJS module.exports,
// which is the class itself.
const RandExp = randexpModule as unknown as typeof randexpModule.default;

interface LimitCase {
  /** Readable name: structure, member path and limit. */
  name: string;
  structure: string;
  /** Path of the constrained value inside the structure, as problems report it. */
  path: string;
  rule: string;
  /** Builds the structure's member value with the constrained value in place. */
  wrap: (value: unknown) => unknown;
  member: string;
  inside: unknown;
  outside: unknown;
}

/** A seeded generator, so that the pattern samples are the same on every run. */
function seededInteger(seed: number): (from: number, to: number) => number {
  let state = seed;

  return (from, to) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;

    return from + (state % (to - from + 1));
  };
}

function wholeMatch(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, "u");
}

/** Returns a string that matches the pattern and fits the length limits, or throws. */
function matchingSample(pattern: string, constraints: Constraints): string {
  const whole = wholeMatch(pattern);
  // randexp does not read lookbehind; the sample is still checked against the full pattern.
  const generator = new RandExp(pattern.replace(/\(\?<[!=][^)]*\)/g, ""));
  generator.randInt = seededInteger(7);
  for (let attempt = 0; attempt < 200; attempt += 1) {
    // Repetitions grow with the attempts, for patterns whose minimum length needs many.
    generator.max = 3 + Math.floor(attempt / 10) * 10;
    const sample = generator.gen();
    const length = [...sample].length;
    const fits = length >= (constraints.min ?? 0) && length <= (constraints.max ?? Infinity);
    if (fits && whole.test(sample)) return sample;
  }
  throw new Error(`no sample of ${pattern} fits ${JSON.stringify(constraints)}`);
}

/** Strings that break common patterns; the first that the pattern rejects is used. */
const breakingCandidates = ["\n", " ", "!", "-", "a b", "#", "ü", "\u0000", "a\nb", "", "x", "1"];

/**
 * Returns a string that the pattern rejects but that fits the length limits: a common
 * breaking string, or a matching sample with one character replaced.
 */
function breakingSample(pattern: string, constraints: Constraints): string | undefined {
  const whole = wholeMatch(pattern);
  const sample = matchingSample(pattern, constraints);
  const mutations = breakingCandidates.flatMap((character) =>
    character.length === 1 ? [character + sample.slice(1), sample.slice(0, -1) + character] : [],
  );

  return [...breakingCandidates, ...mutations].find((candidate) => {
    const length = [...candidate].length;
    const fits = length >= (constraints.min ?? 0) && length <= (constraints.max ?? Infinity);

    return fits && !whole.test(candidate);
  });
}

/** A valid value of a type, used to fill lists and maps up to their limits. */
function validValue(type: TypeRef): unknown {
  switch (type.kind) {
    case "string": {
      const constraints = type.constraints ?? {};
      if (constraints.pattern) return matchingSample(constraints.pattern, constraints);
      return "a".repeat(Math.max(constraints.min ?? 0, 1));
    }
    case "number":
      return type.constraints?.min ?? 1;
    case "enum":
      return schema.enums[type.name]?.[0];
    case "boolean":
      return true;
    case "list":
      return [validValue(type.member)];
    case "map":
      return {};
    default:
      return {};
  }
}

function stringCases(
  base: Omit<LimitCase, "rule" | "inside" | "outside" | "name">,
  constraints: Constraints,
): LimitCase[] {
  const cases: LimitCase[] = [];
  const label = `${base.structure}.${base.path}`;
  if (constraints.min !== undefined && constraints.min > 0) {
    cases.push({
      ...base,
      name: `${label} length >= ${constraints.min}`,
      rule: "min-length",
      inside: "a".repeat(constraints.min),
      outside: "a".repeat(constraints.min - 1),
    });
  }
  if (constraints.max !== undefined) {
    cases.push({
      ...base,
      name: `${label} length <= ${constraints.max}`,
      rule: "max-length",
      inside: "a".repeat(constraints.max),
      outside: "a".repeat(constraints.max + 1),
    });
  }
  if (constraints.pattern !== undefined) {
    const outside = breakingSample(constraints.pattern, constraints);
    if (outside !== undefined) {
      cases.push({
        ...base,
        name: `${label} pattern ${constraints.pattern}`,
        rule: "pattern",
        inside: matchingSample(constraints.pattern, constraints),
        outside,
      });
    } else {
      patternsMatchingEverything.add(constraints.pattern);
    }
  }

  return cases;
}

function numberCases(
  base: Omit<LimitCase, "rule" | "inside" | "outside" | "name">,
  constraints: Constraints,
  integer: boolean,
): LimitCase[] {
  const step = integer ? 1 : 0.5;
  const label = `${base.structure}.${base.path}`;
  const cases: LimitCase[] = [];
  if (constraints.min !== undefined) {
    cases.push({
      ...base,
      name: `${label} >= ${constraints.min}`,
      rule: "min-value",
      inside: constraints.min,
      outside: constraints.min - step,
    });
  }
  if (constraints.max !== undefined) {
    cases.push({
      ...base,
      name: `${label} <= ${constraints.max}`,
      rule: "max-value",
      inside: constraints.max,
      outside: constraints.max + step,
    });
  }

  return cases;
}

function countCases(
  base: Omit<LimitCase, "rule" | "inside" | "outside" | "name">,
  type: Extract<TypeRef, { kind: "list" | "map" }>,
): LimitCase[] {
  const constraints = type.constraints ?? {};
  const label = `${base.structure}.${base.path}`;
  const make = (count: number): unknown => {
    if (type.kind === "list") return Array.from({ length: count }, () => validValue(type.member));
    const keyType = type.key;
    const entries = Array.from({ length: count }, (_, index) => [
      keyFor(keyType, index),
      validValue(type.value),
    ]);

    return Object.fromEntries(entries);
  };
  const cases: LimitCase[] = [];
  if (constraints.min !== undefined && constraints.min > 0) {
    cases.push({
      ...base,
      name: `${label} count >= ${constraints.min}`,
      rule: "min-items",
      inside: make(constraints.min),
      outside: make(constraints.min - 1),
    });
  }
  if (constraints.max !== undefined) {
    cases.push({
      ...base,
      name: `${label} count <= ${constraints.max}`,
      rule: "max-items",
      inside: make(constraints.max),
      outside: make(constraints.max + 1),
    });
  }

  return cases;
}

/** A distinct map key that fits the key patterns of the model, which all allow `k12`. */
function keyFor(type: TypeRef, index: number): string {
  const key = `k${index}`;
  const pattern = type.kind === "string" ? type.constraints?.pattern : undefined;
  if (pattern && !wholeMatch(pattern).test(key))
    throw new Error(`key ${key} does not match ${pattern}`);

  return key;
}

const patternsMatchingEverything = new Set<string>();

/** Collects the limit cases of one type, recursing into list items and map keys and values. */
function casesOf(
  structure: string,
  member: string,
  path: string,
  type: TypeRef,
  wrap: (value: unknown) => unknown,
): LimitCase[] {
  const base = { structure, member, path, wrap };
  switch (type.kind) {
    case "string":
      return type.constraints ? stringCases(base, type.constraints) : [];
    case "number":
      return type.constraints ? numberCases(base, type.constraints, type.integer) : [];
    case "list":
      return [
        ...countCases(base, type),
        ...casesOf(structure, member, `${path}[0]`, type.member, (value) => wrap([value])),
      ];
    case "map":
      return [
        ...countCases(base, type),
        ...casesOf(structure, member, `${path}.mapvalue`, type.value, (value) =>
          wrap({ mapvalue: value }),
        ),
      ];
    default:
      return [];
  }
}

function tuningClosure(): string[] {
  const seen = new Set<string>();
  const pending = ["CreateHyperParameterTuningJobRequest"];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    const table = schema.structures[name];
    if (!table || seen.has(name)) continue;
    seen.add(name);
    const visit = (type: TypeRef): void => {
      if (type.kind === "structure" || type.kind === "union") pending.push(type.name);
      if (type.kind === "list") visit(type.member);
      if (type.kind === "map") visit(type.value);
    };
    for (const member of Object.values(table.members)) visit(member.type);
  }

  return [...seen].sort();
}

const cases = tuningClosure().flatMap((structure) =>
  Object.entries(schema.structures[structure]?.members ?? {}).flatMap(([member, { type }]) =>
    casesOf(structure, member, member, type, (value) => value),
  ),
);

function problemsOf(testCase: LimitCase, value: unknown) {
  const input = { [testCase.member]: testCase.wrap(value) };

  return validateStructure(input, testCase.structure, schema).filter(
    (problem) => problem.path === testCase.path && problem.rule === testCase.rule,
  );
}

describe("botocore limits of the tuning-job request", () => {
  it("cover every kind of limit", () => {
    const rules = new Set(cases.map((testCase) => testCase.rule));

    expect([...rules].sort()).toEqual([
      "max-items",
      "max-length",
      "max-value",
      "min-items",
      "min-length",
      "min-value",
      "pattern",
    ]);
    expect(cases.length).toBeGreaterThan(100);
  });

  it("leave untested only patterns that accept every string", () => {
    for (const pattern of patternsMatchingEverything) {
      for (const candidate of breakingCandidates)
        expect(wholeMatch(pattern).test(candidate), pattern).toBe(true);
    }
  });

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))("%s", (_name, testCase) => {
    expect(problemsOf(testCase, testCase.inside), "value just inside the limit").toEqual([]);
    expect(problemsOf(testCase, testCase.outside).length, "value just outside the limit").toBe(1);
  });
});
