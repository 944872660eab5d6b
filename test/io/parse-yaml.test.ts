import { describe, expect, it } from "vitest";

import { MAX_ALIAS_COUNT, parseRequestDocument } from "../../src/io/index.js";
import type { ParseProblem, ParseResult } from "../../src/io/index.js";

function parseYaml(text: string): ParseResult {
  return parseRequestDocument(text, { format: "yaml", source: "job.yaml" });
}

function problemsOf(result: ParseResult): ParseProblem[] {
  expect(result.ok).toBe(false);

  return result.ok ? [] : result.problems;
}

function onlyProblem(result: ParseResult): ParseProblem {
  const problems = problemsOf(result);
  expect(problems).toHaveLength(1);

  return problems[0]!;
}

describe("parseRequestDocument YAML", () => {
  it("parses a valid map", () => {
    const text = [
      "HyperParameterTuningJobName: job-1",
      "HyperParameterTuningJobConfig:",
      "  Strategy: Bayesian",
      "  ResourceLimits: {MaxNumberOfTrainingJobs: 10, MaxParallelTrainingJobs: 2}",
      "Tags:",
      "  - Key: team",
      "    Value: 'yes'",
      "",
    ].join("\n");

    expect(parseYaml(text)).toEqual({
      ok: true,
      value: {
        HyperParameterTuningJobName: "job-1",
        HyperParameterTuningJobConfig: {
          Strategy: "Bayesian",
          ResourceLimits: { MaxNumberOfTrainingJobs: 10, MaxParallelTrainingJobs: 2 },
        },
        Tags: [{ Key: "team", Value: "yes" }],
      },
      numberTexts: new Map(),
    });
  });

  it("keeps the text of numbers written differently", () => {
    const result = parseYaml("a: 0x1F\nb: [30.0, 0o17, +5, 7]\nc:\n  d: 3.6E3\ne: '0x1F'\n");

    expect(result.ok).toBe(true);
    expect(result.ok ? result.numberTexts : undefined).toEqual(
      new Map([
        ["a", "0x1F"],
        ["b[0]", "30.0"],
        ["b[1]", "0o17"],
        ["b[2]", "+5"],
        ["c.d", "3.6E3"],
      ]),
    );
  });

  it("keeps plain dates and yes as strings", () => {
    const result = parseYaml("a: 2024-01-01\nb: yes\nc: !!str 12\n");

    expect(result).toEqual({
      ok: true,
      value: { a: "2024-01-01", b: "yes", c: "12" },
      numberTexts: new Map(),
    });
  });

  it("reports a syntax error with line and column", () => {
    const problem = onlyProblem(parseYaml("a: [1, 2\nb: 3\n"));

    expect(problem.rule).toBe("parse");
    expect(problem.line).toBe(2);
    expect(problem.column).toBe(1);
    expect(problem.message).toMatch(/^invalid YAML in job\.yaml at line 2, column 1: /);
    expect(problem.message).not.toContain("\n");
  });

  it("reports tabs used as indentation", () => {
    const problem = onlyProblem(parseYaml("a:\n\tb: 1\n"));

    expect(problem.message).toContain("indent with spaces");
  });

  it("reports a second document", () => {
    const problem = onlyProblem(parseYaml("a: 1\n---\nb: 2\n"));

    expect(problem.rule).toBe("parse");
    expect(problem.message).toContain("more than one YAML document");
  });

  it("reports duplicate keys with their paths", () => {
    const problems = problemsOf(parseYaml("A:\n  B: 1\n  B: 2\nA: 3\n"));

    expect(problems.map((problem) => [problem.rule, problem.path, problem.line])).toEqual([
      ["duplicate-key", "A.B", 3],
      ["duplicate-key", "A", 4],
    ]);
    expect(problems[0]?.message).toContain("already appears at line 2, column 3");
  });

  it("reports keys that collide once converted to strings", () => {
    const problem = onlyProblem(parseYaml("1: a\n'1': b\n"));

    expect(problem.rule).toBe("duplicate-key");
  });

  it.each([
    ["binary", "a: !!binary aGVsbG8=\n", "!!binary"],
    ["timestamp", "a: !!timestamp 2001-12-14\n", "!!timestamp"],
    ["custom tag", "a: !Ref Other\n", "!Ref"],
    ["set", "a: !!set {x: null}\n", "!!set"],
    ["ordered map", "a: !!omap [x: 1]\n", "!!omap"],
  ])("rejects the %s tag", (_name, text, tag) => {
    const problem = onlyProblem(parseYaml(text));

    expect(problem.rule).toBe("yaml-tag");
    expect(problem.path).toBe("a");
    expect(problem.message).toContain(tag);
  });

  it("rejects YAML 1.1 timestamps", () => {
    const problem = onlyProblem(parseYaml("%YAML 1.1\n---\na: 2001-12-14\n"));

    expect(problem.rule).toBe("yaml-tag");
    expect(problem.message).toContain("a timestamp");
  });

  it.each([
    [".inf", "a: .inf\n"],
    ["-.inf", "a: -.Inf\n"],
    [".nan", "a: .nan\n"],
  ])("rejects the number %s", (shown, text) => {
    const problem = onlyProblem(parseYaml(text));

    expect(problem.rule).toBe("number-range");
    expect(problem.message).toContain(shown.replace("-.inf", "-.Inf"));
  });

  it("rejects integers beyond the safe range", () => {
    const problem = onlyProblem(parseYaml("a:\n  b: 12345678901234567890\n"));

    expect(problem.rule).toBe("number-range");
    expect(problem.path).toBe("a.b");
    expect(problem.line).toBe(2);
    expect(problem.message).toContain("12345678901234567890");
  });

  it("asks to quote a large number in a string list", () => {
    const text = [
      "HyperParameterTuningJobConfig:",
      "  ParameterRanges:",
      "    CategoricalParameterRanges:",
      "      - Name: seed",
      "        Values: [1, 12345678901234567890]",
      "",
    ].join("\n");
    const problem = onlyProblem(parseYaml(text));

    expect(problem.path).toBe(
      "HyperParameterTuningJobConfig.ParameterRanges.CategoricalParameterRanges[0].Values[1]",
    );
    expect(problem.message).toContain('so quote it: "12345678901234567890".');
  });

  it("rejects __proto__ without changing a prototype", () => {
    const problems = problemsOf(
      parseYaml("__proto__:\n  polluted: 1\nx:\n  - __proto__: {polluted: 1}\n"),
    );

    expect(problems.map((problem) => [problem.rule, problem.path])).toEqual([
      ["forbidden-key", "__proto__"],
      ["forbidden-key", "x[0].__proto__"],
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("accepts constructor and prototype as keys", () => {
    const result = parseYaml('StaticHyperParameters:\n  constructor: "1"\n  prototype: "2"\n');

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const statics = (result.value as { StaticHyperParameters: object }).StaticHyperParameters;
    expect(Object.hasOwn(statics, "constructor")).toBe(true);
    expect(Object.hasOwn(statics, "prototype")).toBe(true);
    expect(statics).toEqual({ constructor: "1", prototype: "2" });
  });

  it("rejects keys that are not scalars", () => {
    const problem = onlyProblem(parseYaml("? [a, b]\n: 1\n"));

    expect(problem.rule).toBe("yaml-key");
    expect(problem.message).toContain("a list");
  });

  it("rejects an unresolved alias", () => {
    const problem = onlyProblem(parseYaml("a: *missing\n"));

    expect(problem.rule).toBe("yaml-alias");
    expect(problem.message).toContain("*missing");
  });

  it("expands ten definitions of three aliases", () => {
    const lines = [
      "vpc: &vpc {Subnets: [a], SecurityGroupIds: [b]}",
      "stop: &stop {MaxRuntimeInSeconds: 3600}",
      "out: &out {S3OutputPath: 's3://bucket/out'}",
      "TrainingJobDefinitions:",
    ];
    for (let index = 0; index < 10; index += 1) {
      lines.push(`  - {VpcConfig: *vpc, StoppingCondition: *stop, OutputDataConfig: *out}`);
    }
    const result = parseYaml(lines.join("\n"));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const definitions = (result.value as { TrainingJobDefinitions: unknown[] })
      .TrainingJobDefinitions;
    expect(definitions).toHaveLength(10);
    expect(definitions[9]).toEqual({
      VpcConfig: { Subnets: ["a"], SecurityGroupIds: ["b"] },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
      OutputDataConfig: { S3OutputPath: "s3://bucket/out" },
    });
  });

  it("rejects an alias bomb", () => {
    const text = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
      "f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]",
    ].join("\n");
    const problem = onlyProblem(parseYaml(text));

    expect(problem.rule).toBe("yaml-alias");
    expect(problem.message).toContain(String(MAX_ALIAS_COUNT));
  });

  it("rejects nesting of 65 levels", () => {
    const problem = onlyProblem(parseYaml(`a: ${"[".repeat(64)}1${"]".repeat(64)}\n`));

    expect(problem.rule).toBe("nesting-depth");
    expect(problem.line).toBe(1);
  });

  it("reports deep flow nesting with its path", () => {
    const problem = onlyProblem(parseYaml(`a: ${"[".repeat(900)}${"]".repeat(900)}\n`));

    expect(problem.rule).toBe("nesting-depth");
    expect(problem.path).toBe(`a${"[0]".repeat(63)}`);
    expect(problem.message).toContain("more than 64 levels deep");
    expect(problem.message).not.toContain("call stack");
  });

  it("reports deep indentation with its path", () => {
    const text = [
      "a:",
      ...Array.from({ length: 3000 }, (_, level) => `${" ".repeat(level + 1)}b:`),
    ];
    const problem = onlyProblem(parseYaml(`${text.join("\n")} 1\n`));

    expect(problem.rule).toBe("nesting-depth");
    expect(problem.path).toBe(`a${".b".repeat(63)}`);
    expect(problem.line).toBe(65);
    expect(problem.message).not.toContain("call stack");
  });

  it.each([
    ["brackets", `a: ${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}\n`, 68],
    ["braces", `a: ${"{b: ".repeat(500_000)}1${"}".repeat(500_000)}\n`, 260],
    ["dashes", `a:\n  ${"- ".repeat(1_000_000)}x\n`, 131],
  ])("stops runaway nesting of %s before parsing", (_name, text, column) => {
    const problem = onlyProblem(parseYaml(text));

    expect(problem.rule).toBe("nesting-depth");
    expect(problem.path).toBe("");
    expect(problem.column).toBe(column);
    expect(problem.message).toMatch(/^job\.yaml at line \d+, column \d+ nests/);
  });

  it("ignores brackets inside scalars and comments", () => {
    const brackets = "[".repeat(2000);
    const text = [
      `a: '${brackets}'`,
      `b: "${brackets}"`,
      `c: x${brackets}`,
      `# ${brackets}`,
      "d: |",
      `  ${brackets}`,
      `  ${"- ".repeat(2000)}`,
      "",
    ].join("\n");
    const result = parseYaml(text);

    expect(result.ok).toBe(true);
  });

  it("rejects nesting built from aliases", () => {
    const lines = [`a0: &a0 ${"[".repeat(30)}1${"]".repeat(30)}`];
    lines.push(`a1: &a1 ${"[".repeat(30)}*a0${"]".repeat(30)}`);
    lines.push(`a2: ${"[".repeat(10)}*a1${"]".repeat(10)}`);
    const problem = onlyProblem(parseYaml(lines.join("\n")));

    expect(problem.rule).toBe("nesting-depth");
    expect(problem.path).toMatch(/^a2\[0\]/);
  });

  it.each([
    ["a comment only", "# nothing here\n", "empty"],
    ["a null document", "~\n", "empty"],
    ["a list", "- a\n- b\n", "not-an-object"],
    ["a string", "hello\n", "not-an-object"],
  ])("rejects %s at the top level", (_name, text, rule) => {
    expect(onlyProblem(parseYaml(text)).rule).toBe(rule);
  });

  it.each([
    [".inf\n", "a number (Infinity)"],
    ["-.inf\n", "a number (-Infinity)"],
    [".nan\n", "a number (NaN)"],
  ])("names the top-level number %s", (text, expected) => {
    const problem = onlyProblem(parseYaml(text));

    expect(problem.rule).toBe("not-an-object");
    expect(problem.message).toContain(`but it contains ${expected},`);
  });
});
