import { describe, expect, it } from "vitest";
import { errorsOf, warningsOf, type Problem } from "../../src/problems.js";
import { validateTuningJob } from "../../src/validate/index.js";
import { caseFiles, caseRequest } from "./fixtures.js";

const ranges = "HyperParameterTuningJobConfig.ParameterRanges";
const values = `${ranges}.CategoricalParameterRanges[0].Values`;

/** The outcome that `test/cases/README.md` states for each case. */
interface Expected {
  outcome: "valid" | "error" | "warning";
  /** Paths that must carry an error (for `error`) or a warning (for `warning`). */
  paths: string[];
  /** When set, the exact number of errors. */
  errorCount?: number;
}

const expectations: Record<string, Expected> = {
  "valid-bayesian-custom-image.json": { outcome: "valid", paths: [] },
  "valid-spot-with-checkpoint.json": { outcome: "valid", paths: [] },
  "valid-multi-algorithm.json": { outcome: "valid", paths: [] },
  "valid-channel-content-types.json": { outcome: "valid", paths: [] },
  "invalid-max-wait-without-spot.json": {
    outcome: "error",
    paths: ["TrainingJobDefinition.StoppingCondition.MaxWaitTimeInSeconds"],
  },
  "invalid-too-few-combinations.json": {
    outcome: "error",
    paths: ["HyperParameterTuningJobConfig.ResourceLimits.MaxNumberOfTrainingJobs"],
  },
  "invalid-categorical-limits.json": {
    outcome: "error",
    paths: [values, `${values}[0]`],
    errorCount: 2,
  },
  "invalid-objective-metric-undefined.json": {
    outcome: "error",
    paths: ["HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.MetricName"],
  },
  "invalid-hyperband-early-stopping.json": {
    outcome: "error",
    paths: ["HyperParameterTuningJobConfig.TrainingJobEarlyStoppingType"],
  },
  "invalid-augmented-manifest-file-mode.json": {
    outcome: "error",
    paths: [
      "TrainingJobDefinition.InputDataConfig[0].DataSource.S3DataSource.S3DataType",
      "TrainingJobDefinition.InputDataConfig[0].RecordWrapperType",
    ],
  },
  "invalid-missing-name-and-typo.json": {
    outcome: "error",
    paths: ["HyperParameterTuningJobName", "TrainingJobDefinitionz"],
  },
  "warn-json-encoded-hyperparameters.json": {
    outcome: "warning",
    paths: [
      "TrainingJobDefinition.StaticHyperParameters.objective",
      `${values}[0]`,
      `${values}[1]`,
    ],
  },
  "warn-tuning-timeout-shorter-than-job.json": {
    outcome: "warning",
    paths: ["HyperParameterTuningJobConfig.ResourceLimits.MaxRuntimeInSeconds"],
  },
};

function pathsOf(problems: readonly Problem[]): string[] {
  return problems.map((problem) => problem.path);
}

describe("test cases", () => {
  it("cover every case file", () => {
    expect(Object.keys(expectations).sort()).toEqual(caseFiles());
  });

  for (const [file, expected] of Object.entries(expectations)) {
    it(`${file} gives the stated outcome`, () => {
      const result = validateTuningJob(caseRequest(file));
      const errors = errorsOf(result.problems);
      const warnings = warningsOf(result.problems);
      if (expected.outcome === "valid") {
        expect(result.problems).toEqual([]);
      } else if (expected.outcome === "warning") {
        expect(errors).toEqual([]);
        expect(pathsOf(warnings).sort()).toEqual([...expected.paths].sort());
        expect(validateTuningJob(caseRequest(file), { strict: true }).valid).toBe(false);
      } else {
        expect(result.valid).toBe(false);
        for (const path of expected.paths) expect(pathsOf(errors)).toContain(path);
        if (expected.errorCount !== undefined) expect(errors).toHaveLength(expected.errorCount);
      }
      expect(result.valid).toBe(expected.outcome !== "error");
    });
  }
});

describe("test case messages", () => {
  function problemAt(file: string, path: string): Problem | undefined {
    return validateTuningJob(caseRequest(file)).problems.find((problem) => problem.path === path);
  }

  it("suggest TrainingJobDefinition for the misspelt member", () => {
    const problem = problemAt("invalid-missing-name-and-typo.json", "TrainingJobDefinitionz");
    expect(problem?.rule).toBe("unknown-member");
    expect(problem?.message).toContain("did you mean `TrainingJobDefinition`");
  });

  it("name the undefined objective metric", () => {
    const path = "HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.MetricName";
    const problem = problemAt("invalid-objective-metric-undefined.json", path);
    expect(problem?.value).toBe("validation:f1");
    expect(problem?.message).toContain('"validation:f1"');
  });

  it("give the limits of the categorical values", () => {
    expect(problemAt("invalid-categorical-limits.json", values)?.message).toContain(
      "at most 30 items but has 31",
    );
    expect(problemAt("invalid-categorical-limits.json", `${values}[0]`)?.message).toContain(
      "at most 256 characters long",
    );
  });

  it("give both runtimes of the timeout warning", () => {
    const path = "HyperParameterTuningJobConfig.ResourceLimits.MaxRuntimeInSeconds";
    const message = problemAt("warn-tuning-timeout-shorter-than-job.json", path)?.message;
    expect(message).toContain("(1200)");
    expect(message).toContain("(7200)");
  });
});
