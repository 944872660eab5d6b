/**
 * Rules that depend on the search strategy: Hyperband settings, Grid search and the size
 * of a discrete search space.
 *
 * Sources:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningJobConfig.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperbandStrategyConfig.html
 * https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-how-it-works.html
 */
import type { Problem } from "../../problems.js";
import { joinPath } from "../../problems.js";
import { countOf, describePath, formatValue, listNames } from "../describe.js";
import { entries, field, items } from "../read.js";
import { defineRule, numberAt, parseBound, recordAt, type ProblemFactory } from "./context.js";
import { countRangeValues, listRanges, rangeListName } from "./range-list.js";
import type { RuleContext, SemanticRule } from "./types.js";

const configPath = "HyperParameterTuningJobConfig";
const hyperbandPath = `${configPath}.StrategyConfig.HyperbandStrategyConfig`;
const maxJobsPath = `${configPath}.ResourceLimits.MaxNumberOfTrainingJobs`;
const maxHyperbandResource = 20_000;

/**
 * Static hyperparameter names from which Hyperband infers `MaxResource`, as the API reference
 * of `HyperbandStrategyConfig` lists them. They are compared exactly, because the reference
 * gives them in lower case and names no other spelling.
 */
const epochKeys: readonly string[] = ["epochs", "numepochs", "n-epochs", "n_epochs", "num_epochs"];

/** Hyperband has its own early stopping, so `TrainingJobEarlyStoppingType` must be `Off`. */
export const hyperbandEarlyStopping = defineRule(
  "hyperband-early-stopping",
  (_request, context, report) => {
    const earlyStopping = field(context.config, "TrainingJobEarlyStoppingType");
    if (
      context.strategy !== "Hyperband" ||
      earlyStopping === undefined ||
      earlyStopping === "Off"
    ) {
      return [];
    }
    const path = `${configPath}.TrainingJobEarlyStoppingType`;
    const message = `${describePath(path)} must be "Off" with the Hyperband strategy, which stops training jobs early by itself, but received ${formatValue(earlyStopping)}, so set it to "Off" or leave it out.`;

    return [report.error(path, message, earlyStopping)];
  },
);

/** `StrategyConfig` configures Hyperband and is allowed only with that strategy. */
export const strategyConfigHyperbandOnly = defineRule(
  "strategy-config-hyperband-only",
  (_request, context, report) => {
    if (context.strategy === undefined || context.strategy === "Hyperband") return [];
    if (field(context.config, "StrategyConfig") === undefined) return [];
    const path = `${configPath}.StrategyConfig`;
    const message = `${describePath(path)} configures the Hyperband strategy, but the strategy is ${formatValue(context.strategy)}, so remove \`StrategyConfig\` or set \`Strategy\` to "Hyperband".`;

    return [report.error(path, message)];
  },
);

/**
 * `MinResource` <= `MaxResource` <= 20000. Without `MaxResource`, every definition needs an
 * epochs hyperparameter from which Hyperband infers it, within the same limits.
 */
export const hyperbandResources = defineRule("hyperband-resources", (_request, context, report) => {
  if (context.strategy !== "Hyperband") return [];
  const hyperband = recordAt(recordAt(context.config, "StrategyConfig"), "HyperbandStrategyConfig");
  const min = numberAt(hyperband, "MinResource");
  const max = numberAt(hyperband, "MaxResource");
  const maxPath = `${hyperbandPath}.MaxResource`;
  if (max === undefined) {
    if (field(hyperband, "MaxResource") !== undefined) return [];
    return [
      ...missingMaxResource(context, report),
      ...checkInferredMaxResource(context, min, report),
    ];
  }
  if (max > maxHyperbandResource) {
    const message = `${describePath(maxPath)} must be at most ${maxHyperbandResource} but received ${max}, so lower it.`;
    return [report.error(maxPath, message, max)];
  }
  if (min !== undefined && min > max) {
    const minPath = `${hyperbandPath}.MinResource`;
    const message = `${describePath(minPath)} must not exceed \`MaxResource\` (${max}) but received ${min}, so lower \`MinResource\` or raise \`MaxResource\`.`;
    return [report.error(minPath, message, min)];
  }

  return [];
});

/** Reports the definitions that have no static hyperparameter to infer `MaxResource` from. */
function missingMaxResource(context: RuleContext, report: ProblemFactory): Problem[] {
  const lacking = definitionsWithoutEpochs(context);
  if (lacking.length === 0) return [];
  const maxPath = `${hyperbandPath}.MaxResource`;
  const message = `${describePath(maxPath)} is missing and cannot be inferred, because ${listNames(lacking, "and")} ${lacking.length === 1 ? "has" : "have"} no static hyperparameter named ${listNames(epochKeys)}${describeMiscased(context)}, so set \`MaxResource\` (at most ${maxHyperbandResource}).`;

  return [report.error(maxPath, message)];
}

/**
 * Checks each epochs hyperparameter from which Hyperband infers `MaxResource`: a whole
 * number from 1 to 20000, and at least `MinResource` when that is set. Values that are not
 * strings are left to the structural pass.
 */
function checkInferredMaxResource(
  context: RuleContext,
  min: number | undefined,
  report: ProblemFactory,
): Problem[] {
  // NOTE: when a definition has several epochs names, the API reference does not say which
  // one SageMaker reads, so each of them is checked.
  return context.definitions.flatMap(({ definition, path }) => {
    const staticsPath = joinPath(path, "StaticHyperParameters");

    return entries(field(definition, "StaticHyperParameters")).flatMap(([key, value]) => {
      if (!epochKeys.includes(key) || typeof value !== "string") return [];
      const problem = checkEpochs(value, joinPath(staticsPath, key), min, report);
      return problem === undefined ? [] : [problem];
    });
  });
}

function checkEpochs(
  text: string,
  path: string,
  min: number | undefined,
  report: ProblemFactory,
): Problem | undefined {
  const epochs = parseBound(text, true);
  const inferred = `Hyperband infers \`MaxResource\` from it when \`MaxResource\` is not set`;
  if (epochs === undefined || epochs < 1) {
    const message = `${describePath(path)} must be a whole number from 1 to ${maxHyperbandResource}, because ${inferred}, but received ${formatValue(text)}, so write the number of epochs as digits or set \`MaxResource\`.`;
    return report.error(path, message, text);
  }
  if (epochs > maxHyperbandResource) {
    const message = `${describePath(path)} must be at most ${maxHyperbandResource}, the largest \`MaxResource\`, because ${inferred}, but received ${formatValue(text)}, so lower it or set \`MaxResource\`.`;
    return report.error(path, message, text);
  }
  if (min !== undefined && epochs < min) {
    const message = `${describePath(path)} must be at least \`MinResource\` (${min}), because ${inferred}, but received ${formatValue(text)}, so raise it or lower \`MinResource\`.`;
    return report.error(path, message, text);
  }

  return undefined;
}

function staticKeys(definition: unknown): string[] {
  return entries(field(definition, "StaticHyperParameters")).map(([key]) => key);
}

function definitionsWithoutEpochs(context: RuleContext): string[] {
  return context.definitions
    .filter(({ definition }) => !staticKeys(definition).some((key) => epochKeys.includes(key)))
    .map(({ path }) => path);
}

/**
 * Describes, as a clause of the message, the static hyperparameters that match an epochs
 * name only when case is ignored, or returns "" when there are none.
 */
function describeMiscased(context: RuleContext): string {
  const miscased = context.definitions.flatMap(({ definition }) =>
    staticKeys(definition).filter(
      (key) => !epochKeys.includes(key) && epochKeys.includes(key.toLowerCase()),
    ),
  );
  if (miscased.length === 0) return "";
  const verb = miscased.length === 1 ? "does" : "do";

  return ` (${listNames(miscased, "and")} ${verb} not count, because the API reference lists the names in lower case)`;
}

/** Grid search supports categorical ranges only. */
export const gridCategoricalOnly = defineRule(
  "grid-categorical-only",
  (_request, context, report) => {
    if (context.strategy !== "Grid") return [];

    return context.definitions.flatMap(({ ranges }) => {
      if (ranges === undefined) return [];

      return (["Integer", "Continuous"] as const).flatMap((kind) => {
        const list = field(ranges.value, rangeListName(kind));
        if (items(list).length === 0) return [];
        const path = `${ranges.path}.${rangeListName(kind)}`;
        const message = `${describePath(path)} is not supported by the Grid strategy, which searches categorical ranges only, so list the values to try as a \`CategoricalParameterRanges\` entry or choose another strategy.`;
        return [report.error(path, message)];
      });
    });
  },
);

/**
 * Counts the combinations of a search space that is entirely discrete: the product of the
 * value counts of each definition's ranges, summed over definitions. Returns `undefined`
 * when any definition has a continuous range, no ranges, autotuned parameters or bounds
 * that do not parse.
 */
export function countCombinations(context: RuleContext): number | undefined {
  if (context.definitions.length === 0) return undefined;
  let total = 0;
  for (const { ranges } of context.definitions) {
    if (ranges === undefined || items(field(ranges.value, "AutoParameters")).length > 0) {
      return undefined;
    }
    const listed = listRanges(ranges);
    if (listed.length === 0) return undefined;
    let product = 1;
    for (const entry of listed) {
      const count = countRangeValues(entry);
      if (count === undefined) return undefined;
      product *= count;
    }
    total += product;
  }

  return total;
}

/** With Grid search, `MaxNumberOfTrainingJobs`, when set, equals the number of combinations. */
export const gridJobCount = defineRule("grid-job-count", (_request, context, report) => {
  if (context.strategy !== "Grid") return [];
  const maxJobs = numberAt(recordAt(context.config, "ResourceLimits"), "MaxNumberOfTrainingJobs");
  const combinations = countCombinations(context);
  if (maxJobs === undefined || combinations === undefined || maxJobs === combinations) return [];
  const message = `${describePath(maxJobsPath)} must equal the ${countOf(combinations, "combination")} of the categorical values with the Grid strategy but received ${maxJobs}, so set it to ${combinations} or leave it out.`;

  return [report.error(maxJobsPath, message, maxJobs)];
});

/**
 * With Random search, a discrete search space must have at least `MaxNumberOfTrainingJobs`
 * combinations, because SageMaker otherwise rejects the request with "You don't have enough
 * combinations of hyperparameter ranges".
 */
export const tooFewCombinations = defineRule(
  "too-few-combinations",
  (_request, context, report) => {
    // NOTE: Bayesian and Hyperband jobs are not checked. The service may reject them too,
    // but no documentation says so, and test/cases/README.md states that such a Bayesian
    // request (warn-json-encoded-hyperparameters.json) is valid.
    if (context.strategy !== "Random") return [];
    const maxJobs = numberAt(recordAt(context.config, "ResourceLimits"), "MaxNumberOfTrainingJobs");
    const combinations = countCombinations(context);
    if (maxJobs === undefined || combinations === undefined || combinations >= maxJobs) return [];
    const message = `${describePath(maxJobsPath)} is ${maxJobs}, but every range is discrete and gives only ${countOf(combinations, "distinct combination")}, so lower it to ${combinations} or widen the ranges.`;

    return [report.error(maxJobsPath, message, maxJobs)];
  },
);

/** The rules of this file, in the order they run. */
export const strategyRules: readonly SemanticRule[] = [
  hyperbandEarlyStopping,
  strategyConfigHyperbandOnly,
  hyperbandResources,
  gridCategoricalOnly,
  gridJobCount,
  tooFewCombinations,
];
