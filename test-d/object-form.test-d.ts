import { expectError, expectType } from "tsd";
import type { CreateHyperParameterTuningJobCommandInput } from "@aws-sdk/client-sagemaker";
import { defineTuningJob } from "../src/index.js";

const config = {
  Strategy: "Random",
  ResourceLimits: { MaxNumberOfTrainingJobs: 10, MaxParallelTrainingJobs: 2 },
} as const;

expectType<CreateHyperParameterTuningJobCommandInput>(
  defineTuningJob({
    HyperParameterTuningJobName: "job",
    HyperParameterTuningJobConfig: config,
    TrainingJobDefinition: {
      AlgorithmSpecification: { TrainingImage: "image", TrainingInputMode: "File" },
      RoleArn: "arn:aws:iam::111122223333:role/ExampleSageMakerRole",
      OutputDataConfig: { S3OutputPath: "s3://amzn-s3-demo-bucket/out/" },
      ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    },
  }),
);

// Both TrainingImage and AlgorithmName in one literal do not compile.
expectError(
  defineTuningJob({
    HyperParameterTuningJobName: "job",
    HyperParameterTuningJobConfig: config,
    TrainingJobDefinition: {
      AlgorithmSpecification: {
        TrainingImage: "image",
        AlgorithmName: "xgboost",
        TrainingInputMode: "File",
      },
      RoleArn: "arn:aws:iam::111122223333:role/ExampleSageMakerRole",
      OutputDataConfig: { S3OutputPath: "s3://amzn-s3-demo-bucket/out/" },
      ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    },
  }),
);

// A misspelled member does not compile.
expectError(
  defineTuningJob({
    HyperParameterTuningJobName: "job",
    HyperParameterTuningJobConfig: config,
    TrainingJobDefinitionz: {},
  }),
);

// MaxWaitTimeInSeconds without EnableManagedSpotTraining does not compile.
expectError(
  defineTuningJob({
    HyperParameterTuningJobName: "job",
    HyperParameterTuningJobConfig: config,
    TrainingJobDefinition: {
      AlgorithmSpecification: { AlgorithmName: "xgboost", TrainingInputMode: "File" },
      RoleArn: "arn:aws:iam::111122223333:role/ExampleSageMakerRole",
      OutputDataConfig: { S3OutputPath: "s3://amzn-s3-demo-bucket/out/" },
      ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 },
      StoppingCondition: { MaxRuntimeInSeconds: 3600, MaxWaitTimeInSeconds: 7200 },
    },
  }),
);

// Both TrainingJobDefinition and TrainingJobDefinitions do not compile.
expectError(
  defineTuningJob({
    HyperParameterTuningJobName: "job",
    HyperParameterTuningJobConfig: config,
    TrainingJobDefinition: {
      AlgorithmSpecification: { AlgorithmName: "xgboost", TrainingInputMode: "File" },
      RoleArn: "arn:aws:iam::111122223333:role/ExampleSageMakerRole",
      OutputDataConfig: { S3OutputPath: "s3://amzn-s3-demo-bucket/out/" },
      StoppingCondition: { MaxRuntimeInSeconds: 3600 },
      ResourceConfig: { VolumeSizeInGB: 30 },
    },
    TrainingJobDefinitions: [],
  }),
);

// StrategyConfig with the Bayesian strategy does not compile.
expectError(
  defineTuningJob({
    HyperParameterTuningJobName: "job",
    HyperParameterTuningJobConfig: { ...config, Strategy: "Bayesian", StrategyConfig: {} },
    TrainingJobDefinitions: [],
  }),
);

// Early stopping Auto with the Hyperband strategy does not compile.
expectError(
  defineTuningJob({
    HyperParameterTuningJobName: "job",
    HyperParameterTuningJobConfig: {
      ...config,
      Strategy: "Hyperband",
      TrainingJobEarlyStoppingType: "Auto",
    },
    TrainingJobDefinitions: [],
  }),
);
