/** Checks of the length, range, size and pattern limits that botocore's model attaches to shapes. */
import type { Problem } from "../problems.js";
import type { Constraints } from "../schema/types.js";
import { countOf, describePath, formatValue } from "./describe.js";

const compiledPatterns = new Map<string, RegExp | null>();

/**
 * Compiles a model pattern so that it must match the whole value. botocore's patterns use
 * Java syntax, so `\p{L}` needs the `u` flag while some identity escapes only compile
 * without it. Returns `null` for a pattern that compiles neither way, and caches the result.
 */
export function compilePattern(pattern: string): RegExp | null {
  const cached = compiledPatterns.get(pattern);
  if (cached !== undefined) return cached;
  let compiled: RegExp | null = null;
  for (const flags of ["u", ""]) {
    try {
      compiled = new RegExp(`^(?:${pattern})$`, flags);
      break;
    } catch {
      // Try the next set of flags; a pattern that never compiles is skipped.
    }
  }
  compiledPatterns.set(pattern, compiled);

  return compiled;
}

/** Counts Unicode code points, the unit of the service's string length limits. */
export function countCodePoints(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) index++;
    count++;
  }

  return count;
}

/** Checks a string's length in code points and its pattern, appending problems to `problems`. */
export function checkString(
  text: string,
  constraints: Constraints | undefined,
  path: string,
  problems: Problem[],
): void {
  if (constraints === undefined) return;
  const length = countCodePoints(text);
  const { min, max, pattern } = constraints;
  if (min !== undefined && length < min) {
    problems.push(lengthProblem("min-length", path, text, length, `at least ${characters(min)}`));
  }
  if (max !== undefined && length > max) {
    problems.push(lengthProblem("max-length", path, text, length, `at most ${characters(max)}`));
    // The pattern is not tried on a string that is already too long, because some model
    // patterns backtrack heavily on long input and the value is invalid either way.
    return;
  }
  if (pattern !== undefined) checkPattern(text, pattern, path, problems);
}

function characters(count: number): string {
  return countOf(count, "character");
}

function lengthProblem(
  rule: string,
  path: string,
  text: string,
  length: number,
  expected: string,
): Problem {
  const message =
    `${describePath(path)} must be ${expected} long but ${formatValue(text)} ` +
    `has ${length}, so ${rule === "min-length" ? "lengthen" : "shorten"} it.`;

  return { severity: "error", path, rule, message, value: text };
}

function checkPattern(text: string, pattern: string, path: string, problems: Problem[]): void {
  const compiled = compilePattern(pattern);
  if (compiled === null || compiled.test(text)) return;
  const message =
    `${describePath(path)} must match the pattern ${pattern} as a whole but received ` +
    `${formatValue(text)}, so change it to match.`;
  problems.push({ severity: "error", path, rule: "pattern", message, value: text });
}

/** Checks a number against its minimum and maximum value. */
export function checkNumberRange(
  value: number,
  constraints: Constraints | undefined,
  path: string,
  problems: Problem[],
): void {
  const min = constraints?.min;
  const max = constraints?.max;
  if (min !== undefined && value < min) {
    problems.push(rangeProblem("min-value", path, value, `at least ${min}`));
  }
  if (max !== undefined && value > max) {
    problems.push(rangeProblem("max-value", path, value, `at most ${max}`));
  }
}

function rangeProblem(rule: string, path: string, value: number, expected: string): Problem {
  const message = `${describePath(path)} must be ${expected} but received ${value}, so change the value.`;

  return { severity: "error", path, rule, message, value };
}

/** Units of {@link checkCount}, singular and plural. */
const countUnits = { item: "items", entry: "entries" } as const;

/** Checks the number of items of a list or entries of a map; both use the `*-items` rules. */
export function checkCount(
  count: number,
  constraints: Constraints | undefined,
  unit: keyof typeof countUnits,
  path: string,
  problems: Problem[],
): void {
  const min = constraints?.min;
  const max = constraints?.max;
  const plural = countUnits[unit];
  if (min !== undefined && count < min) {
    const message = `${describePath(path)} must have at least ${countOf(min, unit, plural)} but has ${count}, so add ${plural}.`;
    problems.push({ severity: "error", path, rule: "min-items", message, value: count });
  }
  if (max !== undefined && count > max) {
    const message = `${describePath(path)} must have at most ${countOf(max, unit, plural)} but has ${count}, so remove ${plural}.`;
    problems.push({ severity: "error", path, rule: "max-items", message, value: count });
  }
}
