import type { CreateHyperParameterTuningJobCommandInput } from "@aws-sdk/client-sagemaker";
import type { StrictCreateHyperParameterTuningJobRequest } from "../../generated/shapes/create-hyper-parameter-tuning-job-request.js";
import { assertValidTuningJob, type ValidateOptions } from "../validate/index.js";

/**
 * Checks a tuning-job request written as an object literal: the compiler rejects missing
 * required members, members that exclude each other and misspelled names, and the runtime
 * validator checks the rest. Returns the request as the SDK's input type; throws
 * `ValidationError` listing every problem.
 *
 * @example
 * ```ts
 * const request = defineTuningJob({
 *   HyperParameterTuningJobName: "xgb-tune-01",
 *   HyperParameterTuningJobConfig: {
 *     Strategy: "Random",
 *     ResourceLimits: { MaxNumberOfTrainingJobs: 10, MaxParallelTrainingJobs: 2 },
 *   },
 *   TrainingJobDefinition: { ... },
 * });
 * ```
 */
export function defineTuningJob(
  config: StrictCreateHyperParameterTuningJobRequest,
  options?: ValidateOptions,
): CreateHyperParameterTuningJobCommandInput {
  return assertValidTuningJob(config, options);
}
