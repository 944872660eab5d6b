import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { runCli, type CliIo } from "../../src/cli/main.js";
import { toCliInputYaml } from "../../src/io/index.js";
import { loadCases } from "../support/cases.js";

const cases = loadCases();
const validRequest = cases.find(
  (entry) => entry.file === "valid-bayesian-custom-image.json",
)!.request;
const warningRequest = cases.find(
  (entry) => entry.file === "warn-tuning-timeout-shorter-than-job.json",
)!.request;
const invalidRequest = cases.find(
  (entry) => entry.file === "invalid-max-wait-without-spot.json",
)!.request;
const arn = "arn:aws:sagemaker:us-east-1:111122223333:hyper-parameter-tuning-job/bayes-custom-01";

let folder: string;

function writeInput(name: string, content: string | Uint8Array): string {
  writeFileSync(join(folder, name), content);

  return name;
}

function run(argv: string[], io: CliIo = {}) {
  return runCli(argv, { cwd: folder, ...io });
}

/** Creates a client stand-in that records what `create` sends, with no network at all. */
function fakeClient(reply: () => Promise<unknown>) {
  const send = vi.fn((_command: { input: unknown }) => reply());
  const destroy = vi.fn();
  const client = { send, destroy } as unknown as SageMakerClient;

  return { client, send, destroy };
}

function lines(text: string): string[] {
  return text.split("\n").filter((line) => line !== "");
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "cli-"));
  writeInput("valid.json", JSON.stringify(validRequest));
  writeInput("warning.json", JSON.stringify(warningRequest));
  writeInput("invalid.json", JSON.stringify(invalidRequest));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("validate", () => {
  it("exits 0 for a valid request", async () => {
    const result = await run(["validate", "valid.json"]);

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("valid.json: valid\n");
  });

  it("prints warnings on stderr and exits 0", async () => {
    const result = await run(["validate", "warning.json"]);

    expect(result.exitCode).toBe(0);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^warning HyperParameterTuningJobConfig\.ResourceLimits\.MaxRuntimeInSeconds: /,
    );
    expect(result.stdout).toBe("warning.json: valid with 1 warning\n");
  });

  it("turns warnings into errors with --strict", async () => {
    const result = await run(["validate", "warning.json", "--strict"]);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(
      /^HyperParameterTuningJobConfig\.ResourceLimits\.MaxRuntimeInSeconds: /,
    );
    expect(result.stdout).toBe("");
  });

  it("exits 1 with the path first for an invalid request", async () => {
    const result = await run(["validate", "invalid.json"]);

    expect(result.exitCode).toBe(1);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^TrainingJobDefinition\.StoppingCondition\.MaxWaitTimeInSeconds: /,
    );
  });

  it("prints a JSON report with --format json", async () => {
    const result = await run(["validate", "--format", "json", "invalid.json"]);
    const report = JSON.parse(result.stdout) as { valid: boolean; problems: { path: string }[] };

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe("");
    expect(report.valid).toBe(false);
    expect(report.problems.map((problem) => problem.path)).toEqual([
      "TrainingJobDefinition.StoppingCondition.MaxWaitTimeInSeconds",
    ]);
  });

  it("reports a valid request in JSON", async () => {
    const result = await run(["validate", "--format", "json", "valid.json"]);

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, problems: [] });
  });

  it("marks warnings as errors in the strict JSON report", async () => {
    const result = await run(["validate", "--format=json", "--strict", "warning.json"]);
    const report = JSON.parse(result.stdout) as {
      valid: boolean;
      problems: { severity: string }[];
    };

    expect(result.exitCode).toBe(1);
    expect(report.valid).toBe(false);
    expect(report.problems.map((problem) => problem.severity)).toEqual(["error"]);
  });

  it("warns about integers written as floats", async () => {
    const text = JSON.stringify(validRequest)
      .replace('"MaxRuntimeInSeconds":3600', '"MaxRuntimeInSeconds":3.6e3')
      .replace('"MaxNumberOfTrainingJobs":6', '"MaxNumberOfTrainingJobs":6.0');
    writeInput("floats.json", text);
    const result = await run(["validate", "floats.json"]);

    expect(text).toContain("3.6e3");
    expect(text).toContain("6.0");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe("floats.json: valid with 2 warnings\n");
    expect(lines(result.stderr)).toEqual([
      "warning HyperParameterTuningJobConfig.ResourceLimits.MaxNumberOfTrainingJobs: expects an " +
        "integer, and the AWS CLI rejects 6.0 there because it reads a number with a decimal " +
        "point or an exponent as a float, so write it as 6 (this library sends it as an " +
        "integer either way).",
      "warning TrainingJobDefinition.StoppingCondition.MaxRuntimeInSeconds: expects an " +
        "integer, and the AWS CLI rejects 3.6e3 there because it reads a number with a decimal " +
        "point or an exponent as a float, so write it as 3600 (this library sends it as an " +
        "integer either way).",
    ]);
  });

  it("warns about integers written as floats in YAML", async () => {
    writeInput(
      "floats.yaml",
      toCliInputYaml(validRequest).replace(
        "MaxRuntimeInSeconds: 3600",
        "MaxRuntimeInSeconds: 3600.0",
      ),
    );
    const result = await run(["validate", "floats.yaml", "--format", "json"]);
    const report = JSON.parse(result.stdout) as {
      valid: boolean;
      problems: { rule: string; path: string }[];
    };

    expect(result.exitCode).toBe(0);
    expect(report.valid).toBe(true);
    expect(report.problems.map((problem) => `${problem.rule}@${problem.path}`)).toEqual([
      "integer-notation@TrainingJobDefinition.StoppingCondition.MaxRuntimeInSeconds",
    ]);
  });

  it("reads YAML by extension", async () => {
    const name = writeInput("job.yaml", "HyperParameterTuningJobName: x\n");
    const result = await run(["validate", name]);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("HyperParameterTuningJobConfig: ");
  });

  it("reads stdin for -", async () => {
    const result = await run(["validate", "-"], { stdin: JSON.stringify(validRequest) });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe("stdin: valid\n");
  });

  it("sniffs YAML on stdin", async () => {
    const result = await run(["validate", "-"], { stdin: "a: [1\n" });

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^invalid YAML in stdin at line \d+, column \d+: /);
  });

  it("reads stdin through a function", async () => {
    const result = await run(["validate", "-"], {
      stdin: async () => new TextEncoder().encode(JSON.stringify(validRequest)),
    });

    expect(result.exitCode).toBe(0);
  });
});

describe("unreadable input", () => {
  it.each([
    [
      "missing file",
      "missing.json",
      undefined,
      "cannot read missing.json: the file does not exist",
    ],
    ["directory", ".", undefined, "cannot read .: it is a directory"],
    ["empty file", "empty.json", "", "empty.json is empty"],
    [
      "syntax error",
      "broken.json",
      '{\n  "a": 1,\n}',
      "invalid JSON in broken.json at line 3, column 1",
    ],
    ["byte-order mark", "bom.json", "\uFEFF{}", "bom.json starts with a UTF-8 byte-order mark"],
    ["top-level list", "list.json", "[]", "list.json must contain one object"],
    [
      "YAML tag",
      "tag.yaml",
      "a: !!binary aGk=\n",
      "a: unsupported YAML tag !!binary in tag.yaml at line 1",
    ],
    [
      "duplicate key",
      "dup.yml",
      "a: 1\na: 2\n",
      'a: duplicate key "a" in dup.yml at line 2, column 1',
    ],
    [
      "forbidden key",
      "proto.json",
      '{"x": {"__proto__": {}}}',
      'x.__proto__: forbidden key "__proto__"',
    ],
    [
      "deep nesting",
      "deep.json",
      `{"a": ${"[".repeat(80)}${"]".repeat(80)}}`,
      `a${"[0]".repeat(63)}: `,
    ],
    [
      "deep YAML nesting",
      "deep.yaml",
      `a: ${"[".repeat(5000)}${"]".repeat(5000)}\n`,
      "deep.yaml at line 1, column 68 nests objects and arrays more than 64 levels deep",
    ],
    [
      "unsafe number",
      "big.json",
      '{"a": 1e400}',
      "a: number 1e400 in big.json at line 1, column 7",
    ],
  ])("exits 2 for %s", async (_name, file, content, message) => {
    if (content !== undefined) writeInput(file, content);
    const result = await run(["validate", file]);

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(lines(result.stderr)).toHaveLength(1);
  });

  it("prints each parse problem path once", async () => {
    const inputs = [
      ["dup2.yml", "a: 1\na: 2\n", "a"],
      ["deep2.json", `{"a": ${"[".repeat(80)}${"]".repeat(80)}}`, `a${"[0]".repeat(63)}`],
      [
        "big2.json",
        '{"HyperParameterTuningJobName": 123456789012345678901}',
        "HyperParameterTuningJobName",
      ],
    ] as const;
    for (const [file, content, path] of inputs) {
      writeInput(file, content);
      const [line = ""] = lines((await run(["validate", file])).stderr);

      expect(line.startsWith(`${path}: `), file).toBe(true);
      expect(line.slice(path.length), file).not.toContain(`(${path})`);
      expect(line, file).not.toContain("(...");
    }
  });

  it("quotes a hexadecimal YAML number as written", async () => {
    writeInput("hex.yaml", "HyperParameterTuningJobName: 0x1F\n");
    const result = await run(["validate", "hex.yaml"]);

    expect(result.exitCode).toBe(1);
    expect(lines(result.stderr)).toContain(
      "HyperParameterTuningJobName: expects a string but received a number 31 (written 0x1F), " +
        'so quote it as written, "0x1F", or as the number it reads as, "31".',
    );
  });

  it("asks to quote a large number in a string member", async () => {
    writeInput("big3.yaml", "HyperParameterTuningJobName: 123456789012345678901\n");
    const result = await run(["validate", "big3.yaml"]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      "HyperParameterTuningJobName: number 123456789012345678901 in big3.yaml at line 1, " +
        "column 30 must be a string, and as a number it is beyond ±9007199254740991 " +
        "(Number.MAX_SAFE_INTEGER), where it cannot be read exactly, so quote it: " +
        '"123456789012345678901".\n',
    );
  });

  it("exits 2 for bytes that are not UTF-8", async () => {
    writeInput(
      "latin1.json",
      new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]),
    );
    const result = await run(["validate", "latin1.json"]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("latin1.json is not valid UTF-8 at line 1, column 7");
  });

  it("prints a JSON report for unparseable input with --format json", async () => {
    writeInput("broken2.json", "{");
    const result = await run(["validate", "broken2.json", "--format", "json"]);
    const report = JSON.parse(result.stdout) as {
      valid: boolean;
      problems: { rule: string; line: number }[];
    };

    expect(result.exitCode).toBe(2);
    expect(report.valid).toBe(false);
    expect(report.problems[0]?.rule).toBe("parse");
    expect(report.problems[0]?.line).toBe(1);
  });

  it("exits 2 for - without stdin", async () => {
    const result = await run(["validate", "-"]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("cannot read stdin");
  });
});

describe("usage", () => {
  it.each([
    ["no command", []],
    ["unknown command", ["check", "valid.json"]],
    ["unknown option", ["validate", "--bogus", "valid.json"]],
    ["missing file", ["validate"]],
    ["extra argument", ["validate", "valid.json", "other.json"]],
    ["bad format", ["validate", "valid.json", "--format", "xml"]],
    ["bad render format", ["render", "valid.json", "--format", "text"]],
    ["unknown create option", ["create", "valid.json", "--dryrun"]],
  ])("exits 2 for %s", async (_name, argv) => {
    const result = await run(argv);

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toBe("");
  });

  it("suggests a close command name", async () => {
    const result = await run(["valdate", "valid.json"]);

    expect(result.stderr).toContain("Did you mean validate?");
  });

  it.each([
    ["--help"],
    ["validate", "--help"],
    ["render", "--help"],
    ["create", "--help"],
    ["skeleton", "--help"],
  ])("prints help for %s", async (...argv) => {
    const result = await run(argv);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Usage: sagemaker-fluent/);
  });

  it("prints the version", async () => {
    const result = await run(["--version"]);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("render", () => {
  it("prints the request as JSON", async () => {
    const result = await run(["render", "valid.json"]);

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(validRequest);
    expect(result.stdout.endsWith("}\n")).toBe(true);
  });

  it("orders members like the model", async () => {
    const shuffled = Object.fromEntries(Object.entries(validRequest).reverse());
    writeInput("shuffled.json", JSON.stringify(shuffled));
    const result = await run(["render", "shuffled.json"]);

    expect(result.exitCode).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout) as object)).toEqual(Object.keys(validRequest));
  });

  it("prints the request as YAML", async () => {
    const result = await run(["render", "valid.json", "--format", "yaml"]);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^HyperParameterTuningJobName: /);
  });

  it("prints nothing for an invalid request", async () => {
    const result = await run(["render", "invalid.json"]);

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^TrainingJobDefinition\.StoppingCondition\.MaxWaitTimeInSeconds: /,
    );
  });

  it("prints warnings and the request", async () => {
    const result = await run(["render", "warning.json"]);

    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/^warning /);
    expect(JSON.parse(result.stdout)).toEqual(warningRequest);
  });
});

describe("skeleton", () => {
  it("prints the JSON skeleton", async () => {
    const result = await run(["skeleton"]);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^\{\n {4}"HyperParameterTuningJobName": "",\n/);
  });

  it("prints the YAML skeleton", async () => {
    const result = await run(["skeleton", "--format", "yaml"]);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^HyperParameterTuningJobName: ""\n/);
  });

  it("round-trips through validate as an invalid request", async () => {
    const skeleton = await run(["skeleton"]);
    const result = await run(["validate", "-"], { stdin: skeleton.stdout });

    expect(result.exitCode).toBe(1);
  });
});

describe("create", () => {
  it("sends a valid request and prints the ARN", async () => {
    const fake = fakeClient(async () => ({ HyperParameterTuningJobArn: arn }));
    const result = await run(["create", "valid.json"], { createClient: () => fake.client });

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(`${arn}\n`);
    expect(fake.send).toHaveBeenCalledTimes(1);
    expect(fake.send.mock.calls[0]?.[0].input).toEqual(validRequest);
    expect(fake.destroy).toHaveBeenCalledTimes(1);
  });

  it("sends nothing for an invalid request", async () => {
    const createClient = vi.fn();
    const result = await run(["create", "invalid.json"], { createClient });

    expect(result.exitCode).toBe(1);
    expect(createClient).not.toHaveBeenCalled();
    expect(result.stderr).toMatch(
      /^TrainingJobDefinition\.StoppingCondition\.MaxWaitTimeInSeconds: /,
    );
  });

  it("sends nothing for warnings with --strict", async () => {
    const createClient = vi.fn();
    const result = await run(["create", "warning.json", "--strict"], { createClient });

    expect(result.exitCode).toBe(1);
    expect(createClient).not.toHaveBeenCalled();
  });

  it("sends nothing for unparseable input", async () => {
    writeInput("broken3.json", "{");
    const createClient = vi.fn();
    const result = await run(["create", "broken3.json"], { createClient });

    expect(result.exitCode).toBe(2);
    expect(createClient).not.toHaveBeenCalled();
  });

  it("prints the request and sends nothing with --dry-run", async () => {
    const createClient = vi.fn();
    const result = await run(["create", "valid.json", "--dry-run"], { createClient });

    expect(result.exitCode).toBe(0);
    expect(createClient).not.toHaveBeenCalled();
    expect(JSON.parse(result.stdout)).toEqual(validRequest);
    expect(result.stderr).toContain("dry run");
  });

  it("exits 3 with one line for an SDK error", async () => {
    const fake = fakeClient(async () => {
      const error = new Error("1 validation error detected:\nValue 'x' at 'roleArn' failed");
      error.name = "ValidationException";
      throw error;
    });
    const result = await run(["create", "valid.json"], { createClient: () => fake.client });

    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "ValidationException: 1 validation error detected: Value 'x' at 'roleArn' failed\n",
    );
    expect(fake.destroy).toHaveBeenCalledTimes(1);
  });

  it("exits 3 when the name is in use", async () => {
    const fake = fakeClient(async () => {
      const error = Object.assign(new Error("Job already exists"), {
        name: "ResourceInUse",
        $fault: "client",
        $metadata: { httpStatusCode: 400 },
      });
      throw error;
    });
    const result = await run(["create", "valid.json"], { createClient: () => fake.client });

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/^TuningJobNameInUseError: /);
  });

  it("exits 70 without a stack trace for an internal error", async () => {
    const result = await run(["create", "valid.json"], {
      createClient: () => {
        throw new TypeError("client factory failed");
      },
    });

    expect(result.exitCode).toBe(70);
    expect(result.stderr).toBe(
      "sagemaker-fluent: internal error: TypeError: client factory failed\n",
    );
  });
});
