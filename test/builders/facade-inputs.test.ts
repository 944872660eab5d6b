import { describe, expect, it } from "vitest";
import type { CreateHyperParameterTuningJobCommandInput } from "@aws-sdk/client-sagemaker";
import { tuningJob, ValidationError, type ValidationResult } from "../../src/index.js";
import { flagshipJob } from "../../examples/xgboost-bayesian-tuning.js";
import { TagBuilder } from "../../generated/tuning/index.js";

type LooseMethod = (...args: unknown[]) => LooseChain;

/** The chain as plain JavaScript calls it, past the compiler's checks. */
interface LooseChain {
  integerRange: LooseMethod;
  continuousRange: LooseMethod;
  staticHyperParameters: LooseMethod;
  limits: LooseMethod;
  instances: LooseMethod;
  hyperband: LooseMethod;
  strategy: LooseMethod;
  validate(): ValidationResult;
  build(): CreateHyperParameterTuningJobCommandInput;
}

function loose(): LooseChain {
  return tuningJob("loose-01") as unknown as LooseChain;
}

function caught(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("chain arguments from plain JavaScript", () => {
  it("rejects a bound that is not a finite number", () => {
    const error = caught(() => loose().integerRange("max_depth", Number.NaN, 5));

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe(
      "HyperParameterTuningJobConfig.ParameterRanges.IntegerParameterRanges[0].MinValue",
    );
    expect((error as ValidationError).message).toContain("NaN");
  });

  it("keeps a bound given as a string", () => {
    const request = loose().continuousRange("eta", "0.1", 0.5).validate().problems;
    const paths = request.map((problem) => problem.path);

    expect(paths).not.toContain(
      "HyperParameterTuningJobConfig.ParameterRanges.ContinuousParameterRanges[0].MinValue",
    );
  });

  it("rejects an object as a hyperparameter value", () => {
    const error = caught(() => loose().staticHyperParameters({ booster: { name: "gbtree" } }));

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe(
      "TrainingJobDefinition.StaticHyperParameters.booster",
    );
  });

  it("reports missing options at build time", () => {
    const problems = loose().limits(undefined).instances("ml.m5.xlarge", null).validate().problems;
    const paths = problems.map((problem) => problem.path);

    expect(paths).toContain("HyperParameterTuningJobConfig.ResourceLimits.MaxParallelTrainingJobs");
    expect(paths).not.toContain("TrainingJobDefinition.ResourceConfig");
  });

  it("drops the Hyperband configuration for another strategy", () => {
    const chain = flagshipJob as unknown as LooseChain;
    const request = chain.hyperband({ MinResource: 1, MaxResource: 10 }).strategy("Random").build();

    expect(request.HyperParameterTuningJobConfig?.Strategy).toBe("Random");
    expect(request.HyperParameterTuningJobConfig?.StrategyConfig).toBeUndefined();
  });
});

describe("chain tags", () => {
  it("replaces a key given again", () => {
    const request = flagshipJob.tags({ project: "retention", team: "ml" }).build();

    expect(request.Tags).toEqual([
      { Key: "project", Value: "retention" },
      { Key: "owner", Value: "ml-platform" },
      { Key: "team", Value: "ml" },
    ]);
  });
});

describe("builder values", () => {
  it("reject a value that contains itself", () => {
    const value: Record<string, unknown> = { Key: "team" };
    value.Value = value;
    const error = caught(() =>
      new TagBuilder()
        .key("team")
        .value(value as never)
        .build(),
    );

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain("contains itself");
  });
});

describe("chain data from plain JavaScript", () => {
  it("rejects a function where a value belongs", () => {
    const chain = loose() as unknown as { environment(values: unknown): unknown };
    const error = caught(() => chain.environment({ SEED: () => 42 }));

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe("TrainingJobDefinition.Environment.SEED");
  });

  it("keeps a __proto__ hyperparameter for the validator", () => {
    const values = JSON.parse('{"__proto__": "1", "eta": "0.1"}') as Record<string, string>;
    const problems = loose().staticHyperParameters(values).validate().problems;

    expect(({} as Record<string, unknown>).eta).toBeUndefined();
    expect(problems.map((problem) => problem.path)).toContain(
      "TrainingJobDefinition.StaticHyperParameters.__proto__",
    );
  });
});
