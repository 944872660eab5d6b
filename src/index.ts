/**
 * sagemaker-fluent: typed builders, strict config types and validators for Amazon
 * SageMaker's `CreateHyperParameterTuningJob` request.
 * @packageDocumentation
 */
export * from "../generated/index.js";
export * from "../generated/tuning/index.js";
export { defineTuningJob } from "./facade/define-tuning-job.js";
export {
  tuningJob,
  type AlgorithmOptions,
  type CompleteTuningJob,
  type InstanceOptions,
  type LimitOptions,
  type SpotOptions,
  type TuningJob,
  type TuningJobSetters,
} from "./facade/tuning-job.js";
export type { ChannelOptions } from "./facade/channel.js";
export type { HyperParameterValue } from "./facade/values.js";
export { $enumValue, type AdmittedEnumValue } from "./escape-hatch.js";
export {
  ConflictingMembersError,
  SageMakerFluentError,
  UnsupportedFeatureError,
  ValidationError,
} from "./errors.js";
export type { Problem } from "./problems.js";
export type { Buildable, BuildBlocked, BuildStep, BuilderEscapeHatch } from "./runtime/builder.js";
export {
  createTuningJob,
  describeTuningJob,
  TuningJobNameInUseError,
  type CreateOptions,
} from "./send.js";
export {
  assertValidTuningJob,
  validateTuningJob,
  type ValidateOptions,
  type ValidationResult,
} from "./validate/index.js";
