/**
 * Rules that the service model cannot express, keyed by structure name. The generator
 * turns them into type-state on the builders, `?: never` unions in the strict config
 * types, and entries in the runtime validation tables, so this file is the one source
 * for all three.
 */
import type { StructureRule } from "../src/schema/types.js";

const apiReference = "https://docs.aws.amazon.com/sagemaker/latest/APIReference";

/** Exactly one of the algorithm's image or its Marketplace or built-in algorithm name. */
const imageOrAlgorithm: StructureRule = {
  kind: "exclusive",
  sides: [["TrainingImage"], ["AlgorithmName"]],
  required: true,
  source: `${apiReference}/API_HyperParameterAlgorithmSpecification.html`,
};

/** Managed spot training is the only case where a maximum wait time makes sense. */
const maxWaitNeedsSpot: StructureRule = {
  kind: "onlyWhen",
  path: "StoppingCondition.MaxWaitTimeInSeconds",
  when: { member: "EnableManagedSpotTraining", equals: true },
  source: `${apiReference}/API_StoppingCondition.html`,
};

export const overlay: Record<string, StructureRule[]> = {
  AlgorithmSpecification: [
    { ...imageOrAlgorithm, source: `${apiReference}/API_AlgorithmSpecification.html` },
  ],
  CreateHyperParameterTuningJobRequest: [
    {
      kind: "exclusive",
      sides: [["TrainingJobDefinition"], ["TrainingJobDefinitions"]],
      required: true,
      source: `${apiReference}/API_CreateHyperParameterTuningJob.html`,
    },
  ],
  CreateTrainingJobRequest: [maxWaitNeedsSpot],
  DataSource: [
    {
      kind: "exclusive",
      sides: [["S3DataSource"], ["FileSystemDataSource"], ["DatasetSource"]],
      required: true,
      source: `${apiReference}/API_DataSource.html`,
    },
  ],
  HyperParameterAlgorithmSpecification: [imageOrAlgorithm],
  HyperParameterTrainingJobDefinition: [
    {
      kind: "exclusive",
      sides: [["ResourceConfig"], ["HyperParameterTuningResourceConfig"]],
      required: true,
      source: `${apiReference}/API_HyperParameterTrainingJobDefinition.html`,
    },
    maxWaitNeedsSpot,
  ],
  HyperParameterTuningJobConfig: [
    {
      kind: "onlyWhen",
      path: "StrategyConfig",
      when: { member: "Strategy", equals: "Hyperband" },
      source: `${apiReference}/API_HyperParameterTuningJobConfig.html`,
    },
    // Hyperband stops underperforming training jobs itself, so the service rejects early
    // stopping Auto with it.
    {
      kind: "valuesWhen",
      member: "TrainingJobEarlyStoppingType",
      values: ["Off"],
      when: { member: "Strategy", equals: "Hyperband" },
      source: `${apiReference}/API_HyperParameterTuningJobConfig.html`,
    },
  ],
  // The part of the same sentence about EnableManagedSpotTraining spans the definition
  // that holds ResourceConfig, so the semantic rule instance-preferences-without-spot
  // checks it.
  ResourceConfig: [
    {
      kind: "exclusive",
      sides: [
        ["InstancePreferences"],
        ["InstanceType", "InstanceGroups", "InstancePlacementConfig"],
      ],
      required: false,
      source: `${apiReference}/API_ResourceConfig.html`,
    },
  ],
  HyperParameterTuningResourceConfig: [
    {
      kind: "exclusive",
      sides: [["InstanceConfigs"], ["InstanceType", "InstanceCount", "VolumeSizeInGB"]],
      required: false,
      source: `${apiReference}/API_HyperParameterTuningResourceConfig.html`,
    },
  ],
};
