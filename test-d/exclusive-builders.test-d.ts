import { expectError, expectType } from "tsd";
import type {
  AlgorithmSpecification,
  DataSource,
  HyperParameterTrainingJobDefinition,
} from "@aws-sdk/client-sagemaker";
import {
  CreateHyperParameterTuningJobRequestBuilder,
  DataSourceBuilder,
  HyperParameterAlgorithmSpecificationBuilder,
  HyperParameterTrainingJobDefinitionBuilder,
  HyperParameterTuningJobConfigBuilder,
  HyperParameterTuningResourceConfigBuilder,
  ResourceConfigBuilder,
} from "../src/index.js";
import { AlgorithmSpecificationBuilder } from "../generated/training/index.js";

const s3 = { S3DataType: "S3Prefix", S3Uri: "s3://amzn-s3-demo-bucket/train/" } as const;
const fileSystem = {
  FileSystemId: "fs-0123456789abcdef0",
  FileSystemAccessMode: "ro",
  FileSystemType: "FSxLustre",
  DirectoryPath: "/fsx/train",
} as const;

// TrainingImage and AlgorithmName exclude each other, in both algorithm structures.
const withImage = new AlgorithmSpecificationBuilder()
  .trainingImage("image")
  .trainingInputMode("File");
expectType<AlgorithmSpecification>(withImage.build());
// Setting the image removes the algorithmName setter.
expectError(withImage.algorithmName("xgboost"));
// Setting the algorithm name removes the trainingImage setter.
expectError(new AlgorithmSpecificationBuilder().algorithmName("xgboost").trainingImage("image"));
expectError(
  new HyperParameterAlgorithmSpecificationBuilder().trainingImage("image").algorithmName("xgboost"),
);
expectError(
  new HyperParameterAlgorithmSpecificationBuilder().algorithmName("xgboost").trainingImage("image"),
);
// Neither of them set: build() is not callable.
expectError(new AlgorithmSpecificationBuilder().trainingInputMode("File").build());

// A data source is exactly one of S3, a file system or a dataset.
expectType<DataSource>(new DataSourceBuilder().s3DataSource(s3).build());
// S3 set: the file-system and dataset setters are gone.
expectError(new DataSourceBuilder().s3DataSource(s3).fileSystemDataSource(fileSystem));
expectError(new DataSourceBuilder().s3DataSource(s3).datasetSource({ DatasetArn: "arn" }));
// File system set: the S3 setter is gone.
expectError(new DataSourceBuilder().fileSystemDataSource(fileSystem).s3DataSource(s3));
expectError(new DataSourceBuilder().datasetSource({ DatasetArn: "arn" }).s3DataSource(s3));
// No source at all cannot build.
expectError(new DataSourceBuilder().build());

// ResourceConfig and HyperParameterTuningResourceConfig exclude each other.
const definition = new HyperParameterTrainingJobDefinitionBuilder()
  .algorithmSpecification((spec) => spec.trainingImage("image").trainingInputMode("File"))
  .roleArn("arn:aws:iam::111122223333:role/ExampleSageMakerRole")
  .outputDataConfig({ S3OutputPath: "s3://amzn-s3-demo-bucket/out/" })
  .stoppingCondition({ MaxRuntimeInSeconds: 3600 });
expectType<HyperParameterTrainingJobDefinition>(
  definition
    .resourceConfig({ InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 })
    .build(),
);
// ResourceConfig set: hyperParameterTuningResourceConfig is gone.
expectError(
  definition.resourceConfig({ VolumeSizeInGB: 30 }).hyperParameterTuningResourceConfig({}),
);
// The reverse order is rejected too.
expectError(
  definition.hyperParameterTuningResourceConfig({}).resourceConfig({ VolumeSizeInGB: 30 }),
);
// Neither resource member: build() is not callable.
expectError(definition.build());

// Inside HyperParameterTuningResourceConfig, InstanceConfigs excludes the single-instance members.
const instanceConfigs = [
  { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 },
] as const;
expectError(
  new HyperParameterTuningResourceConfigBuilder()
    .instanceConfigs([...instanceConfigs])
    .instanceType("ml.m5.xlarge"),
);
expectError(
  new HyperParameterTuningResourceConfigBuilder()
    .instanceConfigs([...instanceConfigs])
    .instanceCount(1),
);
expectError(
  new HyperParameterTuningResourceConfigBuilder()
    .instanceConfigs([...instanceConfigs])
    .volumeSizeInGB(30),
);
expectError(
  new HyperParameterTuningResourceConfigBuilder()
    .instanceType("ml.m5.xlarge")
    .instanceConfigs([...instanceConfigs]),
);
expectError(
  new HyperParameterTuningResourceConfigBuilder()
    .volumeSizeInGB(30)
    .instanceConfigs([...instanceConfigs]),
);

// MaxWaitTimeInSeconds needs managed spot training in the same definition.
const withMaxWait = definition
  .resourceConfig({ InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 })
  .stoppingCondition({ MaxRuntimeInSeconds: 3600, MaxWaitTimeInSeconds: 7200 });
// Without spot, build() is not callable.
expectError(withMaxWait.build());
// Without spot, the callback form is rejected as well.
expectError(
  definition
    .resourceConfig({ VolumeSizeInGB: 30 })
    .stoppingCondition((stop) => stop.maxRuntimeInSeconds(3600).maxWaitTimeInSeconds(7200))
    .build(),
);
expectType<HyperParameterTrainingJobDefinition>(
  withMaxWait.enableManagedSpotTraining(true).build(),
);

// StrategyConfig needs the Hyperband strategy.
const hyperbandConfig = { HyperbandStrategyConfig: { MinResource: 1, MaxResource: 10 } };
const limits = { MaxNumberOfTrainingJobs: 10, MaxParallelTrainingJobs: 2 };
// With Bayesian, build() is not callable.
expectError(
  new HyperParameterTuningJobConfigBuilder()
    .strategy("Bayesian")
    .resourceLimits(limits)
    .strategyConfig(hyperbandConfig)
    .build(),
);
new HyperParameterTuningJobConfigBuilder()
  .strategy("Hyperband")
  .resourceLimits(limits)
  .strategyConfig(hyperbandConfig)
  .build();

// Hyperband needs early stopping Off: with Auto, build() is not callable.
expectError(
  new HyperParameterTuningJobConfigBuilder()
    .strategy("Hyperband")
    .trainingJobEarlyStoppingType("Auto")
    .resourceLimits(limits)
    .build(),
);
new HyperParameterTuningJobConfigBuilder()
  .strategy("Hyperband")
  .trainingJobEarlyStoppingType("Off")
  .resourceLimits(limits)
  .build();
new HyperParameterTuningJobConfigBuilder()
  .strategy("Bayesian")
  .trainingJobEarlyStoppingType("Auto")
  .resourceLimits(limits)
  .build();

// The request takes one definition or a list of definitions, not both.
const request = new CreateHyperParameterTuningJobRequestBuilder()
  .hyperParameterTuningJobName("job")
  .hyperParameterTuningJobConfig({ Strategy: "Random", ResourceLimits: limits });
expectError(
  request
    .trainingJobDefinition(withMaxWait.enableManagedSpotTraining(true))
    .trainingJobDefinitions([]),
);
expectError(request.trainingJobDefinitions([]).trainingJobDefinition({} as never));

// InstancePreferences excludes InstanceType, InstanceGroups and InstancePlacementConfig.
expectError(new ResourceConfigBuilder().instanceType("ml.m5.xlarge").instancePreferences([]));
expectError(new ResourceConfigBuilder().instancePreferences([]).instanceType("ml.m5.xlarge"));
