/**
 * Runtime validation of a `CreateHyperParameterTuningJob` request: the structural pass
 * driven by the generated tables, then the documented cross-field rules.
 */
import type { CreateHyperParameterTuningJobCommandInput } from "@aws-sdk/client-sagemaker";
import { schema as tuningJobSchema } from "../../generated/schema.js";
import { validationErrorFor, type ValidationError } from "../errors.js";
import type { Problem } from "../problems.js";
import { semanticRules } from "./rules/index.js";
import { validateRequest, type RequestValidator, type ValidateOptions } from "./run.js";

export type { ValidateOptions } from "./run.js";
export { semanticRules } from "./rules/index.js";
export type { RuleContext, SemanticRule } from "./rules/index.js";
export { validateStructure } from "./structural.js";

/** The outcome of {@link validateTuningJob}. */
export interface ValidationResult {
  /** True when there is no error; in strict mode, no warning either. */
  valid: boolean;
  /** Errors and warnings, sorted by path and then by rule. */
  problems: Problem[];
  /** The input, typed as the SDK's request, when it is valid; otherwise `undefined`. */
  request: CreateHyperParameterTuningJobCommandInput | undefined;
}

const tuningJobValidator: RequestValidator = {
  schema: tuningJobSchema,
  structure: "CreateHyperParameterTuningJobRequest",
  rules: semanticRules,
};

/**
 * Validates a `CreateHyperParameterTuningJob` request and reports every problem, never
 * only the first. Never throws, whatever the input.
 *
 * @example
 * ```ts
 * const result = validateTuningJob(JSON.parse(text));
 * for (const problem of result.problems) console.error(`${problem.path}: ${problem.message}`);
 * ```
 */
export function validateTuningJob(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const { valid, problems } = validateRequest(input, tuningJobValidator, options);
  const request = valid ? (input as CreateHyperParameterTuningJobCommandInput) : undefined;

  return { valid, problems, request };
}

/**
 * Validates a `CreateHyperParameterTuningJob` request and returns it typed as the SDK's
 * input. Throws {@link ValidationError} carrying every problem when it is invalid.
 */
export function assertValidTuningJob(
  input: unknown,
  options: ValidateOptions = {},
): CreateHyperParameterTuningJobCommandInput {
  const result = validateTuningJob(input, options);
  if (result.request === undefined) throw validationErrorFor(result.problems);

  return result.request;
}
