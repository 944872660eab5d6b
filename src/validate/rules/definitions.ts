/**
 * Rules on the job name and on the two forms of training job definition.
 *
 * Sources:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateHyperParameterTuningJob.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTrainingJobDefinition.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobConfig.html
 * https://docs.aws.amazon.com/sagemaker/latest/dg/multiple-algorithm-hpo-create-tuning-jobs.html
 */
import { joinPath } from "../../problems.js";
import { countCodePoints } from "../constraints.js";
import { countOf, describePath, formatValue } from "../describe.js";
import { arrayLength, field, isArray } from "../read.js";
import { defineRule, recordAt, stringAt } from "./context.js";
import type { SemanticRule } from "./types.js";

const jobNamePattern = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}$/;
const definitionNamePattern = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}$/;
const maxDefinitions = 10;

/** `HyperParameterTuningJobName`: 1 to 32 letters, digits and hyphens, no hyphen at either end. */
export const tuningJobName = defineRule("tuning-job-name", (request, _context, report) => {
  const name = field(request, "HyperParameterTuningJobName");
  if (typeof name !== "string") return [];
  const length = countCodePoints(name);
  if (length >= 1 && length <= 32 && jobNamePattern.test(name)) return [];
  const message =
    `\`HyperParameterTuningJobName\` must be 1 to 32 letters, digits and hyphens that ` +
    `start and end with a letter or digit, but received ${formatValue(name)} ` +
    `(${countOf(length, "character")}), so rename the job.`;

  return [report.error("HyperParameterTuningJobName", message, name)];
});

/** `DefinitionName`: 1 to 64 letters, digits and hyphens, unique across the definitions. */
export const definitionName = defineRule("definition-name", (_request, context, report) => {
  const seen = new Set<string>();

  return context.definitions.flatMap(({ definition, path }) => {
    const name = stringAt(definition, "DefinitionName");
    if (name === undefined) return [];
    const namePath = joinPath(path, "DefinitionName");
    const length = countCodePoints(name);
    if (length < 1 || length > 64 || !definitionNamePattern.test(name)) {
      const message = `${describePath(namePath)} must be 1 to 64 letters, digits and hyphens that start and end with a letter or digit, but received ${formatValue(name)}, so rename the definition.`;
      return [report.error(namePath, message, name)];
    }
    if (seen.has(name)) {
      const message = `${describePath(namePath)} is ${formatValue(name)}, which an earlier definition already uses, so give each definition its own name.`;
      return [report.error(namePath, message, name)];
    }
    seen.add(name);

    return [];
  });
});

/** Exactly one of `TrainingJobDefinition` and `TrainingJobDefinitions`. */
export const oneDefinitionForm = defineRule("one-definition-form", (request, _context, report) => {
  const single = field(request, "TrainingJobDefinition") !== undefined;
  const listed = field(request, "TrainingJobDefinitions") !== undefined;
  if (single && listed) {
    const message =
      "`TrainingJobDefinitions` cannot be set together with `TrainingJobDefinition`, so keep " +
      "`TrainingJobDefinition` for one algorithm or `TrainingJobDefinitions` for several.";
    return [report.error("TrainingJobDefinitions", message)];
  }
  if (single || listed) return [];
  const message =
    "The request must set exactly one of `TrainingJobDefinition` or `TrainingJobDefinitions` " +
    "but sets neither, so add the training job definition.";

  return [report.error("", message)];
});

/** `TrainingJobDefinitions` contains 1 to 10 definitions. */
export const definitionCount = defineRule("definition-count", (request, _context, report) => {
  const list = field(request, "TrainingJobDefinitions");
  if (!isArray(list)) return [];
  const count = arrayLength(list);
  if (count === undefined || (count >= 1 && count <= maxDefinitions)) return [];
  const fix = count === 0 ? "add a definition" : "split the tuning job";
  const message = `\`TrainingJobDefinitions\` must contain 1 to ${maxDefinitions} definitions but contains ${count}, so ${fix}.`;

  return [report.error("TrainingJobDefinitions", message, count)];
});

/** Each entry of `TrainingJobDefinitions` carries its own `TuningObjective` and `HyperParameterRanges`. */
export const listedDefinitionSettings = defineRule(
  "listed-definition-settings",
  (_request, context, report) =>
    context.definitions.flatMap(({ definition, path }) => {
      if (path === "TrainingJobDefinition") return [];

      return ["TuningObjective", "HyperParameterRanges"]
        .filter((member) => field(definition, member) === undefined)
        .map((member) => {
          const memberPath = joinPath(path, member);
          const message = `${describePath(memberPath)} is missing, but every entry of \`TrainingJobDefinitions\` needs its own \`TuningObjective\` and \`HyperParameterRanges\`, so add it.`;
          return report.error(memberPath, message);
        });
    }),
);

/** With `TrainingJobDefinition`, the Bayesian and Hyperband strategies need an objective. */
export const objectiveRequired = defineRule("objective-required", (request, context, report) => {
  if (recordAt(request, "TrainingJobDefinition") === undefined) return [];
  if (context.strategy !== "Bayesian" && context.strategy !== "Hyperband") return [];
  if (field(context.config, "HyperParameterTuningJobObjective") !== undefined) return [];
  // NOTE: the API reference marks the objective optional. Random and Grid jobs are not
  // checked, but Bayesian and Hyperband search cannot work without a metric.
  const path = "HyperParameterTuningJobConfig.HyperParameterTuningJobObjective";
  const message = `${describePath(path)} is missing, but the ${context.strategy} strategy optimises an objective metric, so add the metric name and whether to maximize or minimize it.`;

  return [report.error(path, message)];
});

function hasSeveralDefinitions(request: unknown): boolean {
  const list = field(request, "TrainingJobDefinitions");

  return isArray(list) && (arrayLength(list) ?? 0) > 1;
}

/** Warm start is available only when the tuning job tunes a single algorithm. */
export const warmStartSingleDefinition = defineRule(
  "warm-start-single-definition",
  (request, _context, report) => {
    if (!hasSeveralDefinitions(request)) return [];
    if (field(request, "WarmStartConfig") === undefined) return [];
    const message =
      "`WarmStartConfig` is set, but warm start is available only when tuning a single " +
      "algorithm and `TrainingJobDefinitions` has several entries, so remove `WarmStartConfig` " +
      "or keep a single definition.";

    return [report.error("WarmStartConfig", message)];
  },
);

/** Early stopping is available only when the tuning job tunes a single algorithm. */
export const earlyStoppingSingleDefinition = defineRule(
  "early-stopping-single-definition",
  (request, context, report) => {
    const earlyStopping = field(context.config, "TrainingJobEarlyStoppingType");
    if (!hasSeveralDefinitions(request) || earlyStopping !== "Auto") return [];
    const path = "HyperParameterTuningJobConfig.TrainingJobEarlyStoppingType";
    const message = `${describePath(path)} is "Auto", but early stopping is available only when tuning a single algorithm and \`TrainingJobDefinitions\` has several entries, so set it to "Off".`;

    return [report.error(path, message, earlyStopping)];
  },
);

/** The rules of this file, in the order they run. */
export const definitionRules: readonly SemanticRule[] = [
  tuningJobName,
  oneDefinitionForm,
  definitionCount,
  definitionName,
  listedDefinitionSettings,
  objectiveRequired,
  warmStartSingleDefinition,
  earlyStoppingSingleDefinition,
];
