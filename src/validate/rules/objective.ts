/**
 * The objective metric of a custom training image must be one that the image reports.
 *
 * Sources:
 * https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-define-metrics-variables.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MetricDefinition.html
 */
import { joinPath } from "../../problems.js";
import { describePath, formatValue, listNames } from "../describe.js";
import { field, items } from "../read.js";
import { defineRule, recordAt, stringAt } from "./context.js";
import type { SemanticRule } from "./types.js";

/** Lists the `Name` of each metric definition of an algorithm specification. */
function metricNames(algorithm: unknown): string[] {
  return items(field(algorithm, "MetricDefinitions")).flatMap(({ value }) => {
    const name = field(value, "Name");
    return typeof name === "string" ? [name] : [];
  });
}

/**
 * With a custom `TrainingImage`, the objective's `MetricName` is one of the
 * `AlgorithmSpecification.MetricDefinitions`, because SageMaker reads the metric from the
 * training logs with that definition's regular expression. Built-in algorithms
 * (`AlgorithmName`) define their metrics themselves and are not checked.
 */
export const objectiveMetricDefined = defineRule(
  "objective-metric-defined",
  (_request, context, report) =>
    context.definitions.flatMap(({ definition, path, objective }) => {
      const algorithm = recordAt(definition, "AlgorithmSpecification");
      const metric = stringAt(objective?.value, "MetricName");
      if (objective === undefined || metric === undefined) return [];
      if (stringAt(algorithm, "TrainingImage") === undefined) return [];
      if (stringAt(algorithm, "AlgorithmName") !== undefined) return [];
      const names = metricNames(algorithm);
      if (names.includes(metric)) return [];
      const metricPath = joinPath(objective.path, "MetricName");
      const definitionsPath = `${path}.AlgorithmSpecification.MetricDefinitions`;
      const defined =
        names.length === 0 ? "defines no metrics" : `defines only ${listNames(names)}`;
      const message = `${describePath(metricPath)} is ${formatValue(metric)}, but ${describePath(definitionsPath)} ${defined}, so add a metric definition named ${formatValue(metric)} with the regular expression that finds it in the training logs.`;

      return [report.error(metricPath, message, metric)];
    }),
);

/** The rules of this file, in the order they run. */
export const objectiveRules: readonly SemanticRule[] = [objectiveMetricDefined];
