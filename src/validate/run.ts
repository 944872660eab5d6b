/** Combination of the structural pass and the semantic rules into one result. */
import type { Problem } from "../problems.js";
import type { RuntimeSchema } from "../schema/types.js";
import { capitalize, compareText } from "./describe.js";
import { errorText } from "./read.js";
import { buildRuleContext } from "./rules/context.js";
import type { RuleContext, SemanticRule } from "./rules/types.js";
import { validateStructure } from "./structural.js";

/** Options of a validation run. */
export interface ValidateOptions {
  /** Treat warnings as errors, so that a warning makes the request invalid. Defaults to `false`. */
  strict?: boolean;
  /**
   * Source text of numbers by JSON path, for a request read from a document: the
   * `numberTexts` that `parseRequestDocument` returns. Messages then show such numbers as
   * the document writes them, and an integer written as `30.0` or `3.6e3` gets an
   * `integer-notation` warning, because the AWS CLI rejects that notation.
   */
  numberTexts?: ReadonlyMap<string, string>;
}

/** The tables, the request's structure in them, and the semantic rules to run after the structural pass. */
export interface RequestValidator {
  schema: RuntimeSchema;
  /** Name of the request's structure in `schema`. */
  structure: string;
  rules: readonly SemanticRule[];
}

/**
 * Validates `input` structurally, then with every semantic rule. A semantic problem with
 * the same path and severity as a structural one is dropped, because both describe the
 * same mistake. In strict mode warnings become errors and keep their rule name. Problems
 * are sorted by path, then rule. Never throws.
 */
export function validateRequest(
  input: unknown,
  validator: RequestValidator,
  options: ValidateOptions = {},
): { valid: boolean; problems: Problem[] } {
  const structural = validateStructure(
    input,
    validator.structure,
    validator.schema,
    "",
    options.numberTexts,
  );
  const semantic = runRules(input, validator.rules);
  const merged = [...structural, ...withoutDuplicates(semantic, structural)];
  const problems = (options.strict === true ? merged.map(promoteWarning) : merged).sort(
    compareProblems,
  );

  return { valid: problems.every((problem) => problem.severity !== "error"), problems };
}

/** Runs each rule, turning a rule that throws into an error problem so that nothing escapes. */
export function runRules(input: unknown, rules: readonly SemanticRule[]): Problem[] {
  let context: RuleContext;
  try {
    context = buildRuleContext(input);
  } catch (error) {
    return [failedRuleProblem("rule-context", error)];
  }

  const problems = rules.flatMap((rule) => {
    try {
      return rule.check(input, context);
    } catch (error) {
      return [failedRuleProblem(rule.name, error)];
    }
  });

  return problems.map((problem) => ({ ...problem, message: capitalize(problem.message) }));
}

function failedRuleProblem(rule: string, error: unknown): Problem {
  const message = `The \`${rule}\` rule could not check the request because reading it threw "${errorText(error)}", so pass plain data without getters or proxies.`;

  return { severity: "error", path: "", rule, message };
}

function withoutDuplicates(
  semantic: readonly Problem[],
  structural: readonly Problem[],
): Problem[] {
  const reported = new Set(structural.map(problemKey));

  return semantic.filter((problem) => !reported.has(problemKey(problem)));
}

function problemKey(problem: Problem): string {
  return `${problem.severity}\u0000${problem.path}`;
}

function promoteWarning(problem: Problem): Problem {
  return problem.severity === "warning" ? { ...problem, severity: "error" } : problem;
}

function compareProblems(left: Problem, right: Problem): number {
  return compareText(left.path, right.path) || compareText(left.rule, right.rule);
}
