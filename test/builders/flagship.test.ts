import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { flagshipJob } from "../../examples/xgboost-bayesian-tuning.js";
import { ValidationError } from "../../src/index.js";
import { flagshipLiteral } from "../fixtures/flagship-literal.js";

describe("flagship chain", () => {
  it("builds the hand-written request", () => {
    expect(flagshipJob.build()).toStrictEqual(flagshipLiteral);
  });

  it("validates without problems", () => {
    expect(flagshipJob.validate().problems).toEqual([]);
  });

  it("does not share state between forks", () => {
    const first = flagshipJob.tags({ fork: "a" }).build();
    const second = flagshipJob.build();

    expect(first.Tags).toHaveLength(3);
    expect(second.Tags).toHaveLength(2);
  });

  it("sends numbers and booleans as strings", () => {
    const request = flagshipJob
      .staticHyperParameters({ alpha: 0.1, scale_pos_weight: 3, use_gpu: false })
      .build();

    expect(request.TrainingJobDefinition?.StaticHyperParameters).toMatchObject({
      alpha: "0.1",
      scale_pos_weight: "3",
      use_gpu: "false",
      verbosity: "1",
    });
  });

  it("rejects an invalid chain with every problem", () => {
    const invalid = flagshipJob
      .maxRuntime(3600 * 24 * 30)
      .limits({ maxNumberOfTrainingJobs: 0, maxParallelTrainingJobs: 1 });
    let error: unknown;
    try {
      invalid.build();
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).problems.map((problem) => problem.path);
    expect(paths).toContain("TrainingJobDefinition.StoppingCondition.MaxRuntimeInSeconds");
    expect(paths).toContain("HyperParameterTuningJobConfig.ResourceLimits.MaxNumberOfTrainingJobs");
  });
});

describe("flagship example script", () => {
  it("prints CLI input JSON and a summary", () => {
    const output = execFileSync(
      process.execPath,
      ["--import", "tsx", "examples/xgboost-bayesian-tuning.ts"],
      {
        encoding: "utf8",
      },
    );
    const json = output.slice(output.indexOf("{"), output.indexOf("\n}\n") + 2);

    expect(JSON.parse(json)).toStrictEqual(JSON.parse(JSON.stringify(flagshipLiteral)));
    expect(output).toContain("strategy    Bayesian");
    expect(output).toContain("objective   Maximize validation:auc");
    expect(output).toMatch(/eta\s+continuous\s+0\.01 \.\. 0\.3\s+Logarithmic/);
  });
});
