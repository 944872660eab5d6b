/** Every semantic rule of `CreateHyperParameterTuningJob`, in the order they run. */
import { channelRules } from "./channels.js";
import { definitionRules } from "./definitions.js";
import { environmentRules } from "./environment.js";
import { hyperparameterRules } from "./hyperparameters.js";
import { objectiveRules } from "./objective.js";
import { rangeRules } from "./ranges.js";
import { stoppingRules } from "./stopping.js";
import { strategyRules } from "./strategy.js";
import { tagRules } from "./tags.js";
import type { SemanticRule } from "./types.js";

export { buildRuleContext } from "./context.js";
export type { DefinitionEntry, Located, RuleContext, SemanticRule } from "./types.js";

/** The semantic rules that {@link validateTuningJob} runs after the structural pass. */
export const semanticRules: readonly SemanticRule[] = [
  ...definitionRules,
  ...strategyRules,
  ...rangeRules,
  ...hyperparameterRules,
  ...objectiveRules,
  ...stoppingRules,
  ...channelRules,
  ...environmentRules,
  ...tagRules,
];
