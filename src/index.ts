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
  type AlgorithmStep,
  type CompleteSteps,
  type InstanceOptions,
  type InstancesStep,
  type LimitOptions,
  type LimitsStep,
  type MaxRuntimeStep,
  type NoAlgorithmYet,
  type ObjectiveStep,
  type OutputStep,
  type RoleStep,
  type SpotOptions,
  type StrategyOtherThanHyperband,
  type HyperbandStep,
  type NotHyperband,
  type TuningJob,
} from "./facade/tuning-job.js";
export type { ChannelOptions } from "./facade/channel.js";
export type { HyperParameterValue, HyperParameterValues, StringMap } from "./facade/values.js";
export { $enumValue, type AdmittedEnumValue } from "./escape-hatch.js";
export { ConflictingMembersError, SageMakerFluentError, ValidationError } from "./errors.js";
export type { Problem } from "./problems.js";
export type {
  Buildable,
  BuildBlocked,
  BuilderEscapeHatch,
  BuildMethod,
} from "./runtime/builder.js";
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
export {
  generateSkeleton,
  normalizeRequest,
  parseRequestDocument,
  toCliInputJson,
  toCliInputYaml,
  type DocumentFormat,
  type ParseOptions,
  type ParseProblem,
  type ParseResult,
  type NumberTexts,
} from "./io/index.js";
