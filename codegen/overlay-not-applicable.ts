/**
 * Exclusivity and condition statements of the SDK documentation that the overlay
 * deliberately does not turn into rules, each with the reason. The exclusivity coverage
 * test fails on any statement in the generated closure that is neither covered by a rule
 * in `overlay.ts` nor listed here.
 */
import type { NotApplicableStatement } from "./docs/exclusivity.js";

/** Reason for every statement in a structure that only responses carry. */
export const RESPONSE_SHAPE_REASON = "response shape; nothing is sent";

/** Structures of the closure that appear only in responses, never in a request. */
export const responseStructures: readonly string[] = [
  "CreateHyperParameterTuningJobResponse",
  "CreateTrainingJobResponse",
  "DescribeHyperParameterTuningJobResponse",
  "FinalHyperParameterTuningJobObjectiveMetric",
  "HyperParameterTrainingJobSummary",
  "HyperParameterTuningJobCompletionDetails",
  "HyperParameterTuningJobConsumedResources",
  "HyperParameterTuningJobSummary",
  "ListHyperParameterTuningJobsResponse",
  "ListTrainingJobsForHyperParameterTuningJobResponse",
  "ObjectiveStatusCounters",
  "TrainingJobStatusCounters",
];

const scalingReason =
  "a condition on the values of MinValue and MaxValue, not on which members are set, so no exclusive or onlyWhen rule can express it; it is a semantic rule";

const localStorageReason =
  "depends on whether the instance type has local instance storage, a property of each instance type that neither model records; the service checks it";

const requestStatements: NotApplicableStatement[] = [
  { structure: "ContinuousParameterRange", member: "ScalingType", reason: scalingReason },
  { structure: "IntegerParameterRange", member: "ScalingType", reason: scalingReason },
  {
    structure: "HyperParameterTuningJobStrategyConfig",
    member: "HyperbandStrategyConfig",
    reason:
      "HyperbandStrategyConfig is the only member of its structure, so the onlyWhen rule on HyperParameterTuningJobConfig.StrategyConfig (Strategy is Hyperband) already enforces it",
  },
  {
    structure: "HyperParameterTuningResourceConfig",
    member: "VolumeKmsKeyId",
    reason: localStorageReason,
  },
  { structure: "ResourceConfig", member: "VolumeKmsKeyId", reason: localStorageReason },
  {
    structure: "InstancePreference",
    member: "InstanceCount",
    reason:
      "a consistency condition across the items of ResourceConfig.InstancePreferences (all set InstanceCount or none), which a rule of one structure cannot express; the service checks it",
  },
  {
    structure: "InstancePreference",
    member: "TrainingPlanArns",
    reason:
      "the exclusivity is with ResourceConfig.TrainingPlanArn, a member of the parent structure, which a rule of one structure cannot express; the service checks it",
  },
  {
    structure: "ServerlessJobConfig",
    member: "EvaluationType",
    reason:
      "a required-when condition (EvaluationType is required when JobType is Evaluation); exclusive and onlyWhen rules cannot require a member, so the service checks it",
  },
  {
    structure: "StoppingCondition",
    member: "MaxPendingTimeInSeconds",
    reason:
      "states when the limit takes effect (accelerated instance types), not which members may be set together",
  },
];

/** Every statement the overlay does not cover on purpose. */
export const overlayNotApplicable: readonly NotApplicableStatement[] = [
  ...requestStatements,
  ...responseStructures.map((structure) => ({
    structure,
    member: "*",
    reason: RESPONSE_SHAPE_REASON,
  })),
];
