import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { withCommandLineEnumFix } from "../../src/cli/enum-values.js";
import { runCli } from "../../src/cli/main.js";
import type { Problem } from "../../src/problems.js";
import { loadCases } from "../support/cases.js";

// `$enumValue` admits a value for the rest of the process, so every test uses its own
// instance type and no test depends on another one's admissions.

const validRequest = loadCases().find(
  (entry) => entry.file === "valid-bayesian-custom-image.json",
)!.request;
const instanceTypePath = "TrainingJobDefinition.ResourceConfig.InstanceType";

let folder: string;

/** Writes the valid request with `instanceType` in place of its own and returns the file name. */
function writeRequest(instanceType: string, inputMode = "File"): string {
  const definition = validRequest.TrainingJobDefinition!;
  const request = {
    ...validRequest,
    TrainingJobDefinition: {
      ...definition,
      AlgorithmSpecification: {
        ...definition.AlgorithmSpecification!,
        TrainingInputMode: inputMode,
      },
      ResourceConfig: { ...definition.ResourceConfig!, InstanceType: instanceType },
    },
  };
  const name = `${instanceType}-${inputMode}.json`;
  writeFileSync(join(folder, name), JSON.stringify(request));

  return name;
}

function run(argv: string[], createClient?: () => SageMakerClient) {
  return runCli(argv, createClient === undefined ? { cwd: folder } : { cwd: folder, createClient });
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "cli-enum-"));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("unknown enum value", () => {
  it("names the option in the text fix", async () => {
    const result = await run(["validate", writeRequest("ml.p9.1xlarge")]);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${instanceTypePath.replaceAll(".", "\\.")}: `));
    expect(result.stderr).toContain("--allow-enum-value TrainingInstanceType=ml.p9.1xlarge");
    expect(result.stderr).not.toContain("$enumValue");
  });

  it("names the option in the JSON report", async () => {
    const file = writeRequest("ml.p9.2xlarge");
    const result = await run(["validate", "--format", "json", file]);
    const report = JSON.parse(result.stdout) as { problems: { rule: string; message: string }[] };

    expect(result.exitCode).toBe(1);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]?.rule).toBe("enum");
    expect(report.problems[0]?.message).toContain(
      "--allow-enum-value TrainingInstanceType=ml.p9.2xlarge",
    );
    expect(report.problems[0]?.message).not.toContain("$enumValue");
  });

  it("uses a placeholder for a value that needs quoting", async () => {
    const result = await run(["validate", writeRequest("ml p9 $HOME")]);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("--allow-enum-value TrainingInstanceType=VALUE");
  });
});

describe("--allow-enum-value", () => {
  it("admits the value for validate", async () => {
    const file = writeRequest("ml.p9.3xlarge");
    const result = await run([
      "validate",
      file,
      "--allow-enum-value",
      "TrainingInstanceType=ml.p9.3xlarge",
    ]);

    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(`${file}: valid\n`);
  });

  it("admits the value for render", async () => {
    const file = writeRequest("ml.p9.4xlarge");
    const result = await run([
      "render",
      file,
      "--allow-enum-value=TrainingInstanceType=ml.p9.4xlarge",
    ]);
    const rendered = JSON.parse(result.stdout) as typeof validRequest;

    expect(result.exitCode).toBe(0);
    expect(rendered.TrainingJobDefinition?.ResourceConfig?.InstanceType).toBe("ml.p9.4xlarge");
  });

  it("admits the value for create", async () => {
    const file = writeRequest("ml.p9.5xlarge");
    const send = vi.fn((_command: { input: typeof validRequest }) =>
      Promise.resolve({ HyperParameterTuningJobArn: "arn:aws:sagemaker:x" }),
    );
    const client = { send, destroy: () => undefined } as unknown as SageMakerClient;
    const result = await run(
      ["create", file, "--allow-enum-value", "TrainingInstanceType=ml.p9.5xlarge"],
      () => client,
    );

    expect(result.exitCode).toBe(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0].input.TrainingJobDefinition?.ResourceConfig?.InstanceType).toBe(
      "ml.p9.5xlarge",
    );
  });

  it("admits the value for the named enum only", async () => {
    const file = writeRequest("ml.p9.6xlarge");
    const result = await run([
      "validate",
      file,
      "--allow-enum-value",
      "TrainingInputMode=ml.p9.6xlarge",
    ]);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(instanceTypePath);
  });

  it("is repeatable", async () => {
    const file = writeRequest("ml.p9.7xlarge", "StreamingMode");
    const result = await run([
      "validate",
      file,
      "--allow-enum-value",
      "TrainingInstanceType=ml.p9.7xlarge",
      "--allow-enum-value",
      "TrainingInputMode=StreamingMode",
    ]);

    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
  });

  it.each([
    ["no equals sign", "TrainingInstanceType", 'has no "="'],
    ["empty enum name", "=ml.p9.8xlarge", "names no enum"],
    ["empty value", "TrainingInstanceType=", "has no value"],
    ["unknown enum name", "InstanceType=ml.p9.8xlarge", "TrainingInstanceType"],
    ["misspelt enum name", "TrainingInstanceTyp=ml.p9.8xlarge", "so use TrainingInstanceType."],
    ["enum of another request", "AppInstanceType=ml.p9.8xlarge", "not an enum"],
  ])("exits 2 for %s", async (_name, argument, reason) => {
    const file = writeRequest("ml.p9.8xlarge");
    const result = await run(["validate", file, "--allow-enum-value", argument]);

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("--allow-enum-value <ENUM=VALUE>");
    expect(result.stderr).toContain(reason);
    expect(result.stderr).toContain("ENUM=VALUE, such as TrainingInstanceType=");
  });

  it.each([["validate"], ["render"], ["create"]])("is listed in %s help", async (command) => {
    const result = await run([command, "--help"]);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("--allow-enum-value <ENUM=VALUE>");
  });
});

describe("withCommandLineEnumFix", () => {
  const enumProblem: Problem = {
    severity: "error",
    path: instanceTypePath,
    rule: "enum",
    message: "Must be a listed `TrainingInstanceType` value.",
    value: "ml.p9.9xlarge",
  };

  it("appends the option when the message names no fix", () => {
    const fixed = withCommandLineEnumFix(enumProblem);

    expect(fixed.message).toBe(
      "Must be a listed `TrainingInstanceType` value. To accept a newer value, pass " +
        "--allow-enum-value ENUM=ml.p9.9xlarge.",
    );
  });

  it("leaves other rules unchanged", () => {
    const problem = { ...enumProblem, rule: "pattern", message: "Use $enumValue()." };

    expect(withCommandLineEnumFix(problem)).toBe(problem);
  });

  it("leaves numeric enum values unchanged", () => {
    const problem = { ...enumProblem, value: 3, message: "Use $enumValue()." };

    expect(withCommandLineEnumFix(problem)).toBe(problem);
  });
});
