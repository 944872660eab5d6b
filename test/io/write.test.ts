import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseRequestDocument, toCliInputJson, toCliInputYaml } from "../../src/io/index.js";
import { loadCases } from "../support/cases.js";

const validCases = loadCases().filter((entry) => !entry.file.startsWith("invalid-"));

function reparse(text: string, format: "json" | "yaml"): unknown {
  const result = parseRequestDocument(text, { format, source: `round-trip.${format}` });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));

  return result.value;
}

describe("toCliInputJson", () => {
  it("indents by two spaces and ends with a newline", () => {
    expect(toCliInputJson({ A: { B: [1] } })).toBe(
      '{\n  "A": {\n    "B": [\n      1\n    ]\n  }\n}\n',
    );
  });

  it("leaves out undefined members", () => {
    expect(toCliInputJson({ A: undefined, B: 1 })).toBe('{\n  "B": 1\n}\n');
  });

  it.each(validCases.map((entry) => [entry.file, entry.request]))(
    "round-trips %s",
    (_file, request) => {
      expect(reparse(toCliInputJson(request), "json")).toEqual(request);
    },
  );
});

describe("toCliInputYaml", () => {
  it.each(validCases.map((entry) => [entry.file, entry.request]))(
    "round-trips %s",
    (_file, request) => {
      expect(reparse(toCliInputYaml(request), "yaml")).toEqual(request);
    },
  );

  it("quotes strings that YAML 1.1 reads as other types", () => {
    const text = toCliInputYaml({ A: "yes", B: "0755", C: "2024-01-01", D: "null", E: "on" });

    expect(text).toBe('A: "yes"\nB: "0755"\nC: "2024-01-01"\nD: "null"\nE: "on"\n');
  });

  it("keeps long strings on one line", () => {
    const long = `${"x".repeat(150)} ${"y".repeat(150)}`;

    expect(toCliInputYaml({ A: long })).toBe(`A: ${long}\n`);
  });

  it("round-trips random requests", () => {
    const key = fc.oneof(
      fc.constantFrom("constructor", "prototype", "toString"),
      fc.string({ minLength: 1, maxLength: 12 }).filter((text) => text !== "__proto__"),
    );
    const scalar = fc.oneof(
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        scalar,
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(key, tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    const request = fc.dictionary(key, value, { maxKeys: 6 });

    fc.assert(
      fc.property(request, (input) => {
        const plain = JSON.parse(JSON.stringify(input)) as unknown;

        expect(reparse(toCliInputYaml(plain), "yaml")).toEqual(plain);
        expect(reparse(toCliInputJson(plain), "json")).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });
});
