/**
 * Rules on static hyperparameters and on values that look JSON-encoded.
 *
 * Sources:
 * https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-define-ranges.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTrainingJobDefinition.html
 */
import { joinPath } from "../../problems.js";
import { countCodePoints } from "../constraints.js";
import { describePath, formatValue } from "../describe.js";
import { entries, field, items } from "../read.js";
import { defineRule } from "./context.js";
import { categoricalValues, listRanges } from "./range-list.js";
import type { DefinitionEntry, SemanticRule } from "./types.js";

const maxHyperparameters = 100;
const maxStaticValueLength = 2500;
/** SageMaker adds this static hyperparameter itself to pass the objective metric to training. */
const objectiveMetricKey = "_tuning_objective_metric";
/** Longest text that is parsed to see whether it is JSON. Longer values are only checked for quotes. */
const maxParsedLength = 100_000;

function staticEntries(
  entry: DefinitionEntry,
): Array<{ key: string; value: unknown; path: string }> {
  const staticsPath = joinPath(entry.path, "StaticHyperParameters");

  return entries(field(entry.definition, "StaticHyperParameters")).map(([key, value]) => ({
    key,
    value,
    path: joinPath(staticsPath, key),
  }));
}

function countTunable(entry: DefinitionEntry): number {
  if (entry.ranges === undefined) return 0;

  return (
    listRanges(entry.ranges).length + items(field(entry.ranges.value, "AutoParameters")).length
  );
}

/**
 * Static plus tunable hyperparameters stay within 100, counting `_tuning_objective_metric`,
 * which SageMaker adds to every training job and which counts against the same limit.
 */
export const hyperparameterCount = defineRule("hyperparameter-count", (_request, context, report) =>
  context.definitions.flatMap((entry) => {
    const statics = staticEntries(entry);
    const added = statics.some(({ key }) => key === objectiveMetricKey) ? 0 : 1;
    const total = statics.length + countTunable(entry) + added;
    if (total <= maxHyperparameters) return [];
    const path = joinPath(entry.path, "StaticHyperParameters");
    const message = `${describePath(path)} and the tuned ranges make ${total} hyperparameters, counting the \`${objectiveMetricKey}\` that SageMaker adds, but at most ${maxHyperparameters} are allowed, so remove ${total - maxHyperparameters}.`;

    return [report.error(path, message, total)];
  }),
);

/** Each static hyperparameter value is at most 2500 characters long. */
export const staticValueLength = defineRule("static-value-length", (_request, context, report) =>
  context.definitions.flatMap((entry) =>
    staticEntries(entry).flatMap(({ value, path }) => {
      if (typeof value !== "string") return [];
      const length = countCodePoints(value);
      if (length <= maxStaticValueLength) return [];
      const message = `${describePath(path)} must be at most ${maxStaticValueLength} characters long but has ${length}, so shorten it or pass the data through an input channel.`;

      return [report.error(path, message, length)];
    }),
  ),
);

/** `_tuning_objective_metric` is reserved because SageMaker sets it, so neither a static key nor a range may use it. */
export const reservedHyperparameter = defineRule(
  "reserved-hyperparameter",
  (_request, context, report) => {
    // NOTE: keys starting with `sagemaker_` are not flagged, because the framework
    // containers read `sagemaker_program` and similar keys from static hyperparameters.
    const fromStatics = context.definitions.flatMap((entry) =>
      staticEntries(entry)
        .filter(({ key }) => key === objectiveMetricKey)
        .map(({ path }) => path),
    );
    const fromRanges = context.definitions.flatMap(({ ranges }) =>
      ranges === undefined
        ? []
        : listRanges(ranges)
            .filter(({ range }) => field(range, "Name") === objectiveMetricKey)
            .map(({ path }) => joinPath(path, "Name")),
    );

    return [...fromStatics, ...fromRanges].map((path) => {
      const message = `${describePath(path)} uses the reserved hyperparameter name "${objectiveMetricKey}", which SageMaker sets itself to pass the objective metric, so rename or remove it.`;
      return report.error(path, message, objectiveMetricKey);
    });
  },
);

/** Names the JSON form of a string value, or returns `undefined` for a plain string. */
function jsonEncodedForm(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return "a JSON string wrapped in double quotes";
  }
  const container =
    (trimmed.startsWith("{") && trimmed.endsWith("}")) ||
    (trimmed.startsWith("[") && trimmed.endsWith("]"));
  if (!container || trimmed.length > maxParsedLength) return undefined;
  try {
    JSON.parse(trimmed);
    return trimmed.startsWith("{") ? "a JSON object" : "a JSON array";
  } catch {
    return undefined;
  }
}

function jsonFix(text: string, form: string): string {
  if (!form.startsWith("a JSON string")) {
    return "so make sure the training code parses JSON or pass the parts as separate hyperparameters";
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.trim());
  } catch {
    raw = undefined;
  }

  return typeof raw === "string"
    ? `so pass ${formatValue(raw)} without the extra quotes unless the training code decodes JSON`
    : "so remove the extra quotes unless the training code decodes JSON";
}

/** Warns about static and categorical values that look JSON-encoded. */
export const jsonEncodedValue = defineRule("json-encoded-value", (_request, context, report) => {
  const statics = context.definitions.flatMap(staticEntries);
  const categorical = context.definitions.flatMap(({ ranges }) =>
    ranges === undefined
      ? []
      : listRanges(ranges)
          .filter(({ kind }) => kind === "Categorical")
          .flatMap(categoricalValues),
  );

  return [...statics, ...categorical].flatMap(({ value, path }) => {
    if (typeof value !== "string") return [];
    const form = jsonEncodedForm(value);
    if (form === undefined) return [];
    const message = `${describePath(path)} is ${formatValue(value)}, which looks like ${form}, but SageMaker passes the text as it is and built-in algorithms expect the raw value, ${jsonFix(value, form)}.`;

    return [report.warning(path, message, value)];
  });
});

/** The rules of this file, in the order they run. */
export const hyperparameterRules: readonly SemanticRule[] = [
  hyperparameterCount,
  staticValueLength,
  reservedHyperparameter,
  jsonEncodedValue,
];
