import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { readJson } from "../../src/io/json-reader.js";

/** Rules that valid JSON can still break. Every other problem must be a syntax error. */
const SEMANTIC_RULES = new Set(["duplicate-key", "forbidden-key", "number-range", "nesting-depth"]);

function jsonParseSucceeds(text: string): boolean {
  try {
    JSON.parse(text);

    return true;
  } catch {
    return false;
  }
}

/** Applies one edit to valid JSON text: delete, insert or replace one character. */
const mutatedJson = fc
  .tuple(
    fc.json({ maxDepth: 4 }),
    fc.nat(),
    fc.constantFrom("delete", "insert", "replace"),
    fc.constantFrom(..."{}[],:\"\\ \n\t0123456789.-+eEtrufalsn'/x\u0000\u00e9"),
  )
  .map(([text, index, edit, char]) => {
    const at = text.length === 0 ? 0 : index % text.length;
    if (edit === "delete") return text.slice(0, at) + text.slice(at + 1);
    if (edit === "insert") return text.slice(0, at) + char + text.slice(at);

    return text.slice(0, at) + char + text.slice(at + 1);
  });

describe("readJson", () => {
  it("agrees with JSON.parse on valid JSON", () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        const result = readJson(text, "input");
        if (result.ok) {
          expect(result.value).toEqual(JSON.parse(text));
        } else {
          for (const problem of result.problems) expect(SEMANTIC_RULES).toContain(problem.rule);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("accepts and rejects the same syntax as JSON.parse", () => {
    fc.assert(
      fc.property(mutatedJson, (text) => {
        const result = readJson(text, "input");
        const syntaxError =
          !result.ok && result.problems.some((problem) => problem.rule === "parse");

        expect(syntaxError).toBe(!jsonParseSucceeds(text));
        if (!result.ok) {
          for (const problem of result.problems) {
            expect(problem.line).toBeGreaterThan(0);
            expect(problem.column).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("builds objects whose prototype is Object.prototype", () => {
    const result = readJson('{"a": {"b": [{}]}}', "input");

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as { a: { b: object[] } };
    expect(Object.getPrototypeOf(value.a.b[0])).toBe(Object.prototype);
  });
});
