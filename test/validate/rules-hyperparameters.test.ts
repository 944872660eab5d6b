import { describe, expect, it } from "vitest";
import {
  hyperparameterCount,
  jsonEncodedValue,
  reservedHyperparameter,
  staticValueLength,
} from "../../src/validate/rules/hyperparameters.js";
import { objectiveMetricDefined } from "../../src/validate/rules/objective.js";
import { multi, paths, runRule, single } from "./rule-helpers.js";

const statics = "TrainingJobDefinition.StaticHyperParameters";

function staticCount(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, index) => [`p${index}`, "1"]));
}

describe("hyperparameter-count rule", () => {
  it("counts the objective metric SageMaker adds", () => {
    // One tuned range plus 98 static keys plus `_tuning_objective_metric` make 100.
    expect(runRule(hyperparameterCount, single({ [statics]: staticCount(98) }))).toEqual([]);
    const [problem] = runRule(hyperparameterCount, single({ [statics]: staticCount(99) }));
    expect(problem?.path).toBe(statics);
    expect(problem?.message).toContain("make 101 hyperparameters");
  });
});

describe("static-value-length rule", () => {
  it("accepts 2500 characters and rejects 2501", () => {
    expect(runRule(staticValueLength, single({ [statics]: { text: "a".repeat(2500) } }))).toEqual(
      [],
    );
    const [problem] = runRule(staticValueLength, single({ [statics]: { text: "a".repeat(2501) } }));
    expect(problem?.path).toBe(`${statics}.text`);
    expect(problem?.message).toContain("has 2501");
  });
});

describe("reserved-hyperparameter rule", () => {
  it("rejects _tuning_objective_metric as a static key", () => {
    const [problem] = runRule(
      reservedHyperparameter,
      single({ [statics]: { _tuning_objective_metric: "auc" } }),
    );
    expect(problem?.path).toBe(`${statics}._tuning_objective_metric`);
    expect(problem?.message).toContain('"_tuning_objective_metric"');
  });

  it("rejects _tuning_objective_metric as a range name", () => {
    const path = "HyperParameterTuningJobConfig.ParameterRanges.ContinuousParameterRanges[0].Name";
    expect(
      paths(runRule(reservedHyperparameter, single({ [path]: "_tuning_objective_metric" }))),
    ).toEqual([path]);
  });

  it("accepts framework keys such as sagemaker_program", () => {
    expect(
      runRule(reservedHyperparameter, single({ [statics]: { sagemaker_program: "train.py" } })),
    ).toEqual([]);
  });
});

describe("json-encoded-value rule", () => {
  it("warns about quoted static values", () => {
    const [problem] = runRule(
      jsonEncodedValue,
      single({ [statics]: { objective: '"reg:squarederror"' } }),
    );
    expect(problem?.severity).toBe("warning");
    expect(problem?.path).toBe(`${statics}.objective`);
    expect(problem?.message).toContain('pass "reg:squarederror" without the extra quotes');
  });

  it("warns about JSON objects and arrays", () => {
    const problems = runRule(
      jsonEncodedValue,
      single({ [statics]: { layers: "[64, 32]", options: '{"a": 1}' } }),
    );
    expect(paths(problems)).toEqual([`${statics}.layers`, `${statics}.options`]);
  });

  it("warns about quoted categorical values", () => {
    const path = "HyperParameterTuningJobConfig.ParameterRanges.CategoricalParameterRanges";
    const request = single({ [path]: [{ Name: "booster", Values: ["gbtree", '"dart"'] }] });
    expect(paths(runRule(jsonEncodedValue, request))).toEqual([`${path}[0].Values[1]`]);
  });

  it("accepts plain text and brackets that are not JSON", () => {
    const values = { a: "binary:logistic", b: "[not json", c: "{x}", d: '"' };
    expect(runRule(jsonEncodedValue, single({ [statics]: values }))).toEqual([]);
  });
});

describe("objective-metric-defined rule", () => {
  const metric = "HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.MetricName";

  it("rejects a metric the custom image does not define", () => {
    const [problem] = runRule(objectiveMetricDefined, single({ [metric]: "validation:f1" }));
    expect(problem?.path).toBe(metric);
    expect(problem?.message).toContain('"validation:f1"');
    expect(problem?.message).toContain("defines only `validation:auc`");
  });

  it("accepts a defined metric and built-in algorithms", () => {
    expect(runRule(objectiveMetricDefined, single())).toEqual([]);
    const builtIn = single({
      [metric]: "validation:f1",
      "TrainingJobDefinition.AlgorithmSpecification.TrainingImage": undefined,
      "TrainingJobDefinition.AlgorithmSpecification.AlgorithmName": "xgboost",
    });
    expect(runRule(objectiveMetricDefined, builtIn)).toEqual([]);
  });

  it("checks each listed definition's own objective", () => {
    const request = multi({
      "TrainingJobDefinitions[1].TuningObjective.MetricName": "validation:rmse",
    });
    expect(paths(runRule(objectiveMetricDefined, request))).toEqual([
      "TrainingJobDefinitions[1].TuningObjective.MetricName",
    ]);
  });
});
