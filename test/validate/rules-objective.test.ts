import { describe, expect, it } from "vitest";
import { validateTuningJob } from "../../src/validate/index.js";
import { builtInAlgorithmRepository } from "../../src/validate/rules/built-in-images.js";
import {
  builtInMetricDefinitions,
  objectiveMetricDefined,
} from "../../src/validate/rules/objective.js";
import { multi, paths, runRule, single } from "./rule-helpers.js";

const algorithm = "TrainingJobDefinition.AlgorithmSpecification";
const metric = "HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.MetricName";
const xgboostImage = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";

/** Returns the valid single-definition request moved to the built-in XGBoost image. */
function xgboost(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return single({
    [`${algorithm}.TrainingImage`]: xgboostImage,
    [`${algorithm}.MetricDefinitions`]: undefined,
    ...changes,
  });
}

describe("builtInAlgorithmRepository", () => {
  it("names the repository of built-in images", () => {
    expect(builtInAlgorithmRepository(xgboostImage)).toBe("sagemaker-xgboost");
    expect(
      builtInAlgorithmRepository("382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1"),
    ).toBe("linear-learner");
    expect(
      builtInAlgorithmRepository(
        "390948362332.dkr.ecr.cn-north-1.amazonaws.com.cn/forecasting-deepar:latest",
      ),
    ).toBe("forecasting-deepar");
    expect(
      builtInAlgorithmRepository(
        "811284229777.dkr.ecr.us-east-1.amazonaws.com/xgboost@sha256:" + "a".repeat(64),
      ),
    ).toBe("xgboost");
    expect(builtInAlgorithmRepository("811284229777.dkr.ecr.us-east-1.amazonaws.com/kmeans")).toBe(
      "kmeans",
    );
  });

  it("returns undefined for custom images", () => {
    const custom = [
      "111122223333.dkr.ecr.us-east-1.amazonaws.com/example-trainer:1.0",
      "111122223333.dkr.ecr.us-east-1.amazonaws.com/team/xgboost:1",
      "111122223333.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost-custom:1",
      "docker.io/library/xgboost:1",
      "xgboost:1",
      "683313688378.dkr.ecr.us-east-1.example.com/sagemaker-xgboost:1.7-1",
      "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.3-gpu-py311",
    ];
    for (const image of custom) expect(builtInAlgorithmRepository(image), image).toBeUndefined();
  });
});

describe("objective-metric-defined rule", () => {
  it("accepts a built-in image without metric definitions", () => {
    expect(runRule(objectiveMetricDefined, xgboost({ [metric]: "validation:auc" }))).toEqual([]);
  });

  it("still rejects a custom image without the metric", () => {
    const request = single({ [`${algorithm}.MetricDefinitions`]: undefined });
    expect(paths(runRule(objectiveMetricDefined, request))).toEqual([metric]);
  });

  it("checks a built-in image in script mode", () => {
    const request = xgboost({
      "TrainingJobDefinition.StaticHyperParameters": { sagemaker_program: "train.py" },
    });
    expect(paths(runRule(objectiveMetricDefined, request))).toEqual([metric]);
  });
});

describe("built-in-metric-definitions rule", () => {
  it("warns about metric definitions for a built-in image", () => {
    const request = xgboost({
      [`${algorithm}.MetricDefinitions`]: [{ Name: "validation:auc", Regex: "auc=([0-9.]+)" }],
    });
    const [problem, ...others] = runRule(builtInMetricDefinitions, request);
    expect(others).toEqual([]);
    expect(problem?.severity).toBe("warning");
    expect(problem?.path).toBe(`${algorithm}.MetricDefinitions`);
    expect(problem?.message).toContain("`sagemaker-xgboost`");
    expect(problem?.message).toContain("rejects metric definitions");
    expect(problem?.message).toContain("remove `MetricDefinitions`");
  });

  it("accepts metric definitions for custom images and script mode", () => {
    expect(runRule(builtInMetricDefinitions, single())).toEqual([]);
    expect(runRule(builtInMetricDefinitions, xgboost())).toEqual([]);
    const script = xgboost({
      [`${algorithm}.MetricDefinitions`]: [{ Name: "validation:auc", Regex: "auc=([0-9.]+)" }],
      "TrainingJobDefinition.StaticHyperParameters": { sagemaker_program: "train.py" },
    });
    expect(runRule(builtInMetricDefinitions, script)).toEqual([]);
  });

  it("checks each listed definition", () => {
    const request = multi({
      "TrainingJobDefinitions[1].AlgorithmSpecification.TrainingImage": xgboostImage,
    });
    expect(paths(runRule(builtInMetricDefinitions, request))).toEqual([
      "TrainingJobDefinitions[1].AlgorithmSpecification.MetricDefinitions",
    ]);
  });
});

describe("validateTuningJob with a built-in image", () => {
  it("is valid without metric definitions", () => {
    const result = validateTuningJob(xgboost());
    expect(result.problems).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is valid with a warning when metric definitions are set", () => {
    const request = xgboost({
      [`${algorithm}.MetricDefinitions`]: [{ Name: "validation:auc", Regex: "auc=([0-9.]+)" }],
    });
    const result = validateTuningJob(request);
    expect(result.valid).toBe(true);
    expect(result.problems.map(({ severity, rule }) => `${severity}:${rule}`)).toEqual([
      "warning:built-in-metric-definitions",
    ]);
    expect(validateTuningJob(request, { strict: true }).valid).toBe(false);
  });
});
