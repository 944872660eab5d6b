/** Helpers that run one semantic rule on its own. */
import type { Problem } from "../../src/problems.js";
import { buildRuleContext } from "../../src/validate/rules/context.js";
import type { SemanticRule } from "../../src/validate/rules/types.js";
import { caseRequest, withChanges } from "./fixtures.js";

/** Runs one rule on a request, building the context as the validator does. */
export function runRule(rule: SemanticRule, request: unknown): Problem[] {
  return rule.check(request, buildRuleContext(request));
}

/** Returns the valid single-definition request with `changes` applied. */
export function single(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return withChanges(caseRequest("valid-bayesian-custom-image.json"), changes);
}

/** Returns the valid two-definition request with `changes` applied. */
export function multi(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return withChanges(caseRequest("valid-multi-algorithm.json"), changes);
}

/** Lists the paths of the problems. */
export function paths(problems: readonly Problem[]): string[] {
  return problems.map((problem) => problem.path);
}
