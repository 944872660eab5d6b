import { describe, expect, it } from "vitest";

import { parseRequestDocument } from "../../src/io/index.js";
import type { ParseProblem, ParseResult } from "../../src/io/index.js";

function parseJson(text: string): ParseResult {
  return parseRequestDocument(text, { format: "json", source: "job.json" });
}

function onlyProblem(result: ParseResult): ParseProblem {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("expected a failed parse");
  expect(result.problems).toHaveLength(1);

  return result.problems[0]!;
}

describe("parseRequestDocument JSON", () => {
  it("parses a valid object", () => {
    const result = parseJson(
      '{"HyperParameterTuningJobName": "job-1", "Tags": [{"Key": "a", "Value": "b"}]}',
    );

    expect(result).toEqual({
      ok: true,
      value: { HyperParameterTuningJobName: "job-1", Tags: [{ Key: "a", Value: "b" }] },
      numberTexts: new Map(),
    });
  });

  it("parses escapes and unicode like JSON.parse", () => {
    const text = String.raw`{"a": "q\"b\\s\/\b\f\n\r\tu\u00e9\ud83d\ude00", "b": -1.5e-3, "c": [true, false, null]}`;
    const result = parseJson(text);

    expect(result).toEqual({
      ok: true,
      value: JSON.parse(text),
      numberTexts: new Map([["b", "-1.5e-3"]]),
    });
  });

  it("reports a missing comma with line and column", () => {
    const problem = onlyProblem(parseJson('{\n  "a": 1\n  "b": 2\n}'));

    expect(problem.rule).toBe("parse");
    expect(problem.line).toBe(3);
    expect(problem.column).toBe(3);
    expect(problem.message).toContain("job.json at line 3, column 3");
    expect(problem.message).toContain('expected "," or "}" after an object member');
  });

  it("reports a trailing comma", () => {
    const problem = onlyProblem(parseJson('{"a": [1, 2,]}'));

    expect(problem.rule).toBe("parse");
    expect(problem.column).toBe(13);
    expect(problem.message).toContain("remove the trailing comma");
  });

  it("reports an unexpected end of file", () => {
    const problem = onlyProblem(parseJson('{"a": {"b": 1}'));

    expect(problem.line).toBe(1);
    expect(problem.column).toBe(15);
    expect(problem.message).toContain("found the end of the file");
  });

  it("reports an unterminated string at its start", () => {
    const problem = onlyProblem(parseJson('{\n"a": "open\n}'));

    expect(problem.rule).toBe("parse");
    expect(problem.message).toContain("starts at line 2, column 6");
  });

  it.each([
    ["single quotes", "{'a': 1}", "double quotes"],
    ["comment", '{"a": 1, // note\n"b": 2}', "quoted member name"],
    ["NaN", '{"a": NaN}', "no NaN or Infinity"],
    ["leading zero", '{"a": 012}', "leading zero"],
    ["bad escape", '{"a": "\\x41"}', "invalid escape"],
    ["raw tab in string", '{"a": "x\ty"}', "U+0009"],
    ["text after the object", '{"a": 1} {"b": 2}', "end of the document"],
    ["bare word", '{"a": yes}', "quote text values"],
  ])("reports %s", (_name, text, expected) => {
    const problem = onlyProblem(parseJson(text));

    expect(problem.rule).toBe("parse");
    expect(problem.message).toContain(expected);
    expect(problem.line).toBeGreaterThan(0);
  });

  it("reports each duplicate key with its path", () => {
    const result = parseJson('{\n  "A": {"B": 1,\n    "B": 2},\n  "A": 3\n}');

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.rule, problem.path, problem.line])).toEqual([
      ["duplicate-key", "A.B", 3],
      ["duplicate-key", "A", 4],
    ]);
    expect(result.problems[0]?.message).toContain("already appears at line 2, column 9");
  });

  it("quotes and cuts a duplicate key in the message", () => {
    const key = `say "hi"\\n${"k".repeat(200)}`;
    const problem = onlyProblem(
      parseJson(`{${JSON.stringify(key)}: 1, ${JSON.stringify(key)}: 2}`),
    );

    expect(problem.rule).toBe("duplicate-key");
    expect(problem.message).toContain('duplicate key "say \\"hi\\"\\\\nkkk');
    expect(problem.message).toMatch(/k\.\.\." in job.json at line 1/);
    expect(problem.message.length).toBeLessThan(400);
  });

  it("quotes a member name without a colon", () => {
    const problem = onlyProblem(parseJson('{"a\\"b" 1}'));

    expect(problem.message).toContain('expected ":" after the member name "a\\"b"');
  });

  it("rejects a top level that is not an object", () => {
    for (const text of ["[]", '"text"', "42", "null", "true"]) {
      const problem = onlyProblem(parseJson(`  ${text}`));

      expect(problem.rule).toBe("not-an-object");
      expect(problem.column).toBe(3);
    }
  });

  it("rejects numbers beyond the safe integer range", () => {
    const problem = onlyProblem(
      parseJson('{"ResourceLimits": {"MaxRuntimeInSeconds": 9007199254740993}}'),
    );

    expect(problem.rule).toBe("number-range");
    expect(problem.path).toBe("ResourceLimits.MaxRuntimeInSeconds");
    expect(problem.message).toContain("9007199254740993");
  });

  it("asks to quote a large number in a string member", () => {
    const problem = onlyProblem(
      parseJson(
        '{"TrainingJobDefinition": {"StaticHyperParameters": {"seed": 12345678901234567890}}}',
      ),
    );

    expect(problem.path).toBe("TrainingJobDefinition.StaticHyperParameters.seed");
    expect(problem.message).toContain('so quote it: "12345678901234567890".');
    expect(problem.message).not.toContain("smaller value");
  });

  it("asks for a smaller large number in an integer member", () => {
    const problem = onlyProblem(
      parseJson(
        '{"HyperParameterTuningJobConfig": {"ResourceLimits": {"MaxNumberOfTrainingJobs": 1e20}}}',
      ),
    );

    expect(problem.message).toContain("so use a smaller value.");
    expect(problem.message).not.toContain("quote");
  });

  it("keeps the text of numbers written differently", () => {
    const result = parseJson('{"a": 30.0, "b": [3.6e3, 5, -0], "c": 1E2, "d": 0.5, "e": 12}');

    expect(result.ok).toBe(true);
    expect(result.ok ? result.numberTexts : undefined).toEqual(
      new Map([
        ["a", "30.0"],
        ["b[0]", "3.6e3"],
        ["b[2]", "-0"],
        ["c", "1E2"],
      ]),
    );
  });

  it("accepts the largest safe integer", () => {
    const result = parseJson('{"a": 9007199254740991, "b": -9007199254740991}');

    expect(result).toEqual({
      ok: true,
      value: { a: 9007199254740991, b: -9007199254740991 },
      numberTexts: new Map(),
    });
  });

  it("rejects numbers that overflow to Infinity", () => {
    const problem = onlyProblem(parseJson('{"a": [1, -1e999]}'));

    expect(problem.rule).toBe("number-range");
    expect(problem.path).toBe("a[1]");
    expect(problem.message).toContain("-1e999");
  });

  it("accepts nesting of 64 levels", () => {
    const text = `{"a": ${"[".repeat(63)}1${"]".repeat(63)}}`;

    expect(parseJson(text).ok).toBe(true);
  });

  it("rejects nesting of 65 levels", () => {
    const problem = onlyProblem(parseJson(`{"a": ${"[".repeat(64)}1${"]".repeat(64)}}`));

    expect(problem.rule).toBe("nesting-depth");
    expect(problem.column).toBe(70);
  });

  it("rejects very deep nesting without a stack overflow", () => {
    const problem = onlyProblem(parseJson(`{"a": ${"[".repeat(200_000)}${"]".repeat(200_000)}}`));

    expect(problem.rule).toBe("nesting-depth");
  });

  it("rejects __proto__ anywhere", () => {
    const text = '{"a": [{"__proto__": {"polluted": 1}}], "__proto__": {"polluted": 1}}';
    const result = parseJson(text);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.rule, problem.path])).toEqual([
      ["forbidden-key", "a[0].__proto__"],
      ["forbidden-key", "__proto__"],
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("accepts constructor and prototype as keys", () => {
    const text = '{"StaticHyperParameters": {"constructor": "1", "prototype": "2"}}';
    const result = parseJson(text);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const statics = (result.value as { StaticHyperParameters: object }).StaticHyperParameters;
    expect(Object.hasOwn(statics, "constructor")).toBe(true);
    expect(Object.hasOwn(statics, "prototype")).toBe(true);
    expect(statics).toEqual({ constructor: "1", prototype: "2" });
    expect(Object.getPrototypeOf(statics)).toBe(Object.prototype);
  });

  it("leaves Object.prototype alone after loading __proto__", () => {
    parseJson('{"__proto__": {"polluted": 1}}');

    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("never changes a prototype", () => {
    parseJson('{"__proto__": {"polluted": "yes"}, "x": {"__proto__": {"polluted": "yes"}}}');

    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});
