import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runCli } from "../../src/cli/main.js";
import { toCliInputYaml } from "../../src/io/index.js";
import { loadCases, type TuningJobCase } from "../support/cases.js";

/** What `validate` must report for one case, from the table in test/cases/README.md. */
interface ExpectedOutcome {
  exitCode: number;
  /** Paths that must appear at the start of an error line. */
  errorPaths: string[];
  /** Paths that must appear after `warning ` at the start of a line. */
  warningPaths: string[];
  /** Minimum number of error lines. */
  minErrors: number;
  /** Text that some line must contain. */
  mentions?: string[];
}

const ranges = "HyperParameterTuningJobConfig.ParameterRanges";

const expectedOutcomes: Record<string, ExpectedOutcome> = {
  "valid-bayesian-custom-image.json": {
    exitCode: 0,
    errorPaths: [],
    warningPaths: [],
    minErrors: 0,
  },
  "valid-spot-with-checkpoint.json": {
    exitCode: 0,
    errorPaths: [],
    warningPaths: [],
    minErrors: 0,
  },
  "valid-multi-algorithm.json": { exitCode: 0, errorPaths: [], warningPaths: [], minErrors: 0 },
  "valid-channel-content-types.json": {
    exitCode: 0,
    errorPaths: [],
    warningPaths: [],
    minErrors: 0,
  },
  "invalid-max-wait-without-spot.json": {
    exitCode: 1,
    errorPaths: ["TrainingJobDefinition.StoppingCondition.MaxWaitTimeInSeconds"],
    warningPaths: [],
    minErrors: 1,
    mentions: ["EnableManagedSpotTraining"],
  },
  "invalid-too-few-combinations.json": {
    exitCode: 1,
    errorPaths: ["HyperParameterTuningJobConfig.ResourceLimits.MaxNumberOfTrainingJobs"],
    warningPaths: [],
    minErrors: 1,
    mentions: ["3"],
  },
  "invalid-categorical-limits.json": {
    exitCode: 1,
    errorPaths: [
      `${ranges}.CategoricalParameterRanges[0].Values`,
      `${ranges}.CategoricalParameterRanges[0].Values[0]`,
    ],
    warningPaths: [],
    minErrors: 2,
    mentions: ["30", "256"],
  },
  "invalid-objective-metric-undefined.json": {
    exitCode: 1,
    errorPaths: [],
    warningPaths: [],
    minErrors: 1,
    mentions: ["validation:f1", "MetricDefinitions"],
  },
  "invalid-hyperband-early-stopping.json": {
    exitCode: 1,
    errorPaths: ["HyperParameterTuningJobConfig.TrainingJobEarlyStoppingType"],
    warningPaths: [],
    minErrors: 1,
    mentions: ["Hyperband", "Off"],
  },
  "invalid-augmented-manifest-file-mode.json": {
    exitCode: 1,
    errorPaths: [],
    warningPaths: [],
    minErrors: 2,
    mentions: ["AugmentedManifestFile", "Pipe", "RecordWrapperType"],
  },
  "invalid-missing-name-and-typo.json": {
    exitCode: 1,
    errorPaths: ["HyperParameterTuningJobName", "TrainingJobDefinitionz"],
    warningPaths: [],
    minErrors: 2,
    mentions: ["`TrainingJobDefinition`"],
  },
  "warn-json-encoded-hyperparameters.json": {
    exitCode: 0,
    errorPaths: [],
    warningPaths: ["TrainingJobDefinition.StaticHyperParameters.objective"],
    minErrors: 0,
    mentions: ["CategoricalParameterRanges[0].Values[0]"],
  },
  "warn-tuning-timeout-shorter-than-job.json": {
    exitCode: 0,
    errorPaths: [],
    warningPaths: ["HyperParameterTuningJobConfig.ResourceLimits.MaxRuntimeInSeconds"],
    minErrors: 0,
    mentions: ["1200", "7200"],
  },
};

const cases = loadCases();
let folder: string;

/** Splits stderr into error and warning lines, each reduced to the path before `: `. */
function classifyLines(stderr: string): { errors: string[]; warnings: string[]; lines: string[] } {
  const lines = stderr.split("\n").filter((line) => line !== "");
  const pathOf = (line: string) => line.slice(0, line.indexOf(": "));
  const warnings = lines
    .filter((line) => line.startsWith("warning "))
    .map((line) => pathOf(line.slice(8)));
  const errors = lines.filter((line) => !line.startsWith("warning ")).map(pathOf);

  return { errors, warnings, lines };
}

function checkOutcome(
  expected: ExpectedOutcome,
  result: { exitCode: number; stderr: string },
): void {
  const { errors, warnings, lines } = classifyLines(result.stderr);

  expect(result.exitCode).toBe(expected.exitCode);
  expect(errors.length).toBeGreaterThanOrEqual(expected.minErrors);
  if (expected.exitCode === 0) expect(errors).toEqual([]);
  for (const path of expected.errorPaths) expect(errors).toContain(path);
  for (const path of expected.warningPaths) expect(warnings).toContain(path);
  if (expected.warningPaths.length === 0 && expected.exitCode === 0) expect(warnings).toEqual([]);
  for (const line of lines) {
    const problemLine = line.startsWith("warning ") ? line.slice(8) : line;
    const path = problemLine.slice(0, problemLine.indexOf(": "));

    expect(problemLine, "the line names its path once").not.toContain(`: \`${path}\` `);
  }
  for (const text of expected.mentions ?? []) {
    expect(
      lines.some((line) => line.includes(text)),
      `a line mentions ${text}`,
    ).toBe(true);
  }
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "cli-cases-"));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe("sagemaker-fluent validate on test/cases", () => {
  it("covers every case in the README", () => {
    expect(cases.map((entry) => entry.file).sort()).toEqual(Object.keys(expectedOutcomes).sort());
  });

  it.each(cases.map((entry): [string, TuningJobCase] => [entry.file, entry]))(
    "%s as JSON",
    async (file, entry) => {
      const result = await runCli(["validate", entry.path]);

      checkOutcome(expectedOutcomes[file]!, result);
    },
  );

  it.each(cases.map((entry): [string, TuningJobCase] => [entry.file, entry]))(
    "%s as YAML",
    async (file, entry) => {
      const yamlFile = join(folder, file.replace(/\.json$/, ".yaml"));
      writeFileSync(yamlFile, toCliInputYaml(entry.request));
      const result = await runCli(["validate", yamlFile]);

      checkOutcome(expectedOutcomes[file]!, result);
    },
  );

  it.each(
    cases
      .filter((entry) => entry.file.startsWith("warn-"))
      .map((entry) => [entry.file, entry.path]),
  )("%s fails with --strict", async (_file, path) => {
    const result = await runCli(["validate", "--strict", path]);
    const { errors, warnings } = classifyLines(result.stderr);

    expect(result.exitCode).toBe(1);
    expect(warnings).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
  });
});
