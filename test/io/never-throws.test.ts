import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseRequestDocument, toCliInputJson, toCliInputYaml } from "../../src/io/index.js";
import { validateTuningJob } from "../../src/validate/index.js";
import { loadCases } from "../support/cases.js";

const validTexts = loadCases()
  .filter((entry) => entry.file.startsWith("valid-"))
  .flatMap((entry) => [toCliInputJson(entry.request), toCliInputYaml(entry.request)]);

/** Edits that keep most of a document intact, so parsing gets far before it fails. */
const edit = fc.oneof(
  fc.record({
    kind: fc.constant("delete" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.constantFrom(
      "{",
      "}",
      "[",
      "]",
      ",",
      ":",
      '"',
      "'",
      "\n",
      "  ",
      "- ",
      "&a ",
      "*a",
      "!!binary ",
      "__proto__",
      "1e999",
      "null",
      "#",
    ),
  }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(text: string, change: Edit): string {
  const at = text.length === 0 ? 0 : change.at % text.length;
  if (change.kind === "delete") return text.slice(0, at) + text.slice(at + change.length);
  if (change.kind === "insert") return text.slice(0, at) + change.text + text.slice(at);

  return text.slice(0, at) + text.slice(at, at + change.length) + text.slice(at);
}

/** Parses, then validates when parsing succeeds. Any exception fails the property. */
function parseAndValidate(input: string | Uint8Array, format: "json" | "yaml" | "auto"): void {
  const parsed = parseRequestDocument(input, { format, source: "fuzz" });
  if (!parsed.ok) {
    expect(parsed.problems.length).toBeGreaterThan(0);
    for (const problem of parsed.problems) expect(problem.message).not.toContain("parser failed");

    return;
  }
  const result = validateTuningJob(parsed.value, { strict: false });
  expect(typeof result.valid).toBe("boolean");
}

describe("parse then validate", () => {
  it("never throws on random bytes", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom("json", "yaml", "auto") as fc.Arbitrary<"json" | "yaml" | "auto">,
        (bytes, format) => {
          parseAndValidate(bytes, format);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on random text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        parseAndValidate(text, "auto");
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on mutated valid cases", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...validTexts),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        (text, edits) => {
          const mutated = edits.reduce(applyEdit, text);
          parseAndValidate(mutated, "auto");
        },
      ),
      { numRuns: 400 },
    );
  });

  it("never throws on valid cases with random values", () => {
    const anyValue = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(fc.constantFrom(...validTexts), anyValue, fc.nat(), (text, value, pick) => {
        const parsed = parseRequestDocument(text, { format: "auto" });
        if (!parsed.ok) throw new Error("a valid case failed to parse");
        const request = parsed.value as Record<string, unknown>;
        const keys = Object.keys(request);
        const replaced = { ...request, [keys[pick % keys.length]!]: value };
        const reparsed = JSON.stringify(replaced);
        parseAndValidate(reparsed, "json");
      }),
      { numRuns: 300 },
    );
  });
});
