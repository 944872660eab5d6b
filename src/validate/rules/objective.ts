/**
 * The objective metric of a custom training image must be one that the image reports, and
 * the images of built-in algorithms take no metric definitions.
 *
 * Sources:
 * https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-define-metrics-variables.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MetricDefinition.html
 */
import { joinPath } from "../../problems.js";
import { describePath, formatValue, listNames } from "../describe.js";
import { field, items, type PlainRecord } from "../read.js";
import { builtInAlgorithmRepository } from "./built-in-images.js";
import { defineRule, recordAt, stringAt } from "./context.js";
import type { DefinitionEntry, SemanticRule } from "./types.js";

/** Static hyperparameter that makes a framework image run the caller's script. */
const scriptModeKey = "sagemaker_program";

/** Lists the `Name` of each metric definition of an algorithm specification. */
function metricNames(algorithm: unknown): string[] {
  return items(field(algorithm, "MetricDefinitions")).flatMap(({ value }) => {
    const name = field(value, "Name");
    return typeof name === "string" ? [name] : [];
  });
}

/** The training image of a definition and whether a built-in algorithm runs in it. */
interface TrainingImage {
  algorithm: PlainRecord;
  /** The built-in algorithm's repository, or `undefined` for a custom image. */
  builtIn: string | undefined;
}

/**
 * Reads the `TrainingImage` of a definition, or returns `undefined` when the definition
 * names an `AlgorithmName` or has no image.
 *
 * NOTE: a built-in image that runs the caller's script (script mode, which the
 * `sagemaker_program` static hyperparameter selects in the XGBoost image) counts as a
 * custom image, because the script prints its own metrics. The developer guide does not
 * say whether SageMaker accepts metric definitions in that mode.
 */
function trainingImageOf({ definition }: DefinitionEntry): TrainingImage | undefined {
  const algorithm = recordAt(definition, "AlgorithmSpecification");
  const image = stringAt(algorithm, "TrainingImage");
  if (algorithm === undefined || image === undefined) return undefined;
  if (stringAt(algorithm, "AlgorithmName") !== undefined) return undefined;
  const scriptMode = field(field(definition, "StaticHyperParameters"), scriptModeKey);
  const builtIn = scriptMode === undefined ? builtInAlgorithmRepository(image) : undefined;

  return { algorithm, builtIn };
}

/**
 * With a custom `TrainingImage`, the objective's `MetricName` is one of the
 * `AlgorithmSpecification.MetricDefinitions`, because SageMaker reads the metric from the
 * training logs with that definition's regular expression. Built-in algorithms, named by
 * `AlgorithmName` or by the image of a built-in algorithm, emit their metrics themselves
 * and are not checked.
 */
export const objectiveMetricDefined = defineRule(
  "objective-metric-defined",
  (_request, context, report) =>
    context.definitions.flatMap((entry) => {
      const image = trainingImageOf(entry);
      const objective = entry.objective;
      const metric = stringAt(objective?.value, "MetricName");
      if (image === undefined || image.builtIn !== undefined) return [];
      if (objective === undefined || metric === undefined) return [];
      const names = metricNames(image.algorithm);
      if (names.includes(metric)) return [];
      const metricPath = joinPath(objective.path, "MetricName");
      const definitionsPath = `${entry.path}.AlgorithmSpecification.MetricDefinitions`;
      const defined =
        names.length === 0 ? "defines no metrics" : `defines only ${listNames(names)}`;
      const message = `${describePath(metricPath)} is ${formatValue(metric)}, but ${describePath(definitionsPath)} ${defined}, so add a metric definition named ${formatValue(metric)} with the regular expression that finds it in the training logs.`;

      return [report.error(metricPath, message, metric)];
    }),
);

/**
 * Warns about `MetricDefinitions` with the image of a built-in algorithm, which SageMaker
 * rejects with "You can't override the metric definitions for Amazon SageMaker algorithms".
 */
export const builtInMetricDefinitions = defineRule(
  "built-in-metric-definitions",
  (_request, context, report) =>
    context.definitions.flatMap((entry) => {
      const image = trainingImageOf(entry);
      if (image?.builtIn === undefined) return [];
      if (field(image.algorithm, "MetricDefinitions") === undefined) return [];
      const path = `${entry.path}.AlgorithmSpecification.MetricDefinitions`;
      const message = `${describePath(path)} is set, but the training image is the built-in algorithm \`${image.builtIn}\`, which emits its own metrics, and SageMaker rejects metric definitions for its built-in algorithms, so remove \`MetricDefinitions\`.`;

      return [report.warning(path, message)];
    }),
);

/** The rules of this file, in the order they run. */
export const objectiveRules: readonly SemanticRule[] = [
  objectiveMetricDefined,
  builtInMetricDefinitions,
];
