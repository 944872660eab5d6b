import { expectError, expectType } from "tsd";
import type { CreateHyperParameterTuningJobRequest } from "@aws-sdk/client-sagemaker";
import { CreateHyperParameterTuningJobRequestBuilder, tuningJob } from "../src/index.js";

const config = {
  Strategy: "Random",
  ResourceLimits: { MaxNumberOfTrainingJobs: 10, MaxParallelTrainingJobs: 2 },
} as const;
const definition = {
  AlgorithmSpecification: { AlgorithmName: "xgboost", TrainingInputMode: "File" },
  RoleArn: "arn:aws:iam::111122223333:role/ExampleSageMakerRole",
  OutputDataConfig: { S3OutputPath: "s3://amzn-s3-demo-bucket/out/" },
  ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 },
  StoppingCondition: { MaxRuntimeInSeconds: 3600 },
} as const;

const complete = new CreateHyperParameterTuningJobRequestBuilder()
  .hyperParameterTuningJobName("job")
  .hyperParameterTuningJobConfig(config)
  .trainingJobDefinition(definition);
expectType<CreateHyperParameterTuningJobRequest>(complete.build());

// Without HyperParameterTuningJobName, build() is not callable.
expectError(
  new CreateHyperParameterTuningJobRequestBuilder()
    .hyperParameterTuningJobConfig(config)
    .trainingJobDefinition(definition)
    .build(),
);
// Without HyperParameterTuningJobConfig, build() is not callable.
expectError(
  new CreateHyperParameterTuningJobRequestBuilder()
    .hyperParameterTuningJobName("job")
    .trainingJobDefinition(definition)
    .build(),
);
// Without a training job definition, build() is not callable.
expectError(
  new CreateHyperParameterTuningJobRequestBuilder()
    .hyperParameterTuningJobName("job")
    .hyperParameterTuningJobConfig(config)
    .build(),
);
// A nested definition without RoleArn is rejected by the object form.
const { RoleArn: _roleArn, ...withoutRole } = definition;
expectError(new CreateHyperParameterTuningJobRequestBuilder().trainingJobDefinition(withoutRole));

// The fluent chain: build() needs every required step.
const chain = tuningJob("job")
  .objective("Maximize", "validation:auc")
  .limits({ maxNumberOfTrainingJobs: 10, maxParallelTrainingJobs: 2 })
  .algorithm("arn:aws:sagemaker:us-east-1:111122223333:algorithm/example-algorithm")
  .role("arn:aws:iam::111122223333:role/ExampleSageMakerRole")
  .output("s3://amzn-s3-demo-bucket/out/")
  .instances("ml.m5.xlarge", { volumeSizeInGB: 30 });
// Without maxRuntime(), build() is not callable.
expectError(chain.build());
chain.maxRuntime(3600).build();
// Without role(), build() is not callable.
expectError(tuningJob("job").algorithm("xgboost").maxRuntime(1).build());
// After algorithm(), image() is rejected: a job has one or the other.
expectError(chain.image("image"));

// Hyperband needs early stopping Off: after hyperband(), earlyStopping("Auto") does not compile.
expectError(chain.hyperband().earlyStopping("Auto"));
chain.hyperband().earlyStopping("Off");
// After hyperband(), strategy() does not compile: the chain keeps one strategy.
expectError(chain.hyperband().strategy("Random"));
// Hyperband has its own step, so strategy("Hyperband") does not compile.
expectError(chain.strategy("Hyperband"));
chain.strategy("Random").earlyStopping("Auto");

// Read-only arrays, as `as const` gives them, are accepted in the object form.
const values = ["hist", "approx"] as const;
new CreateHyperParameterTuningJobRequestBuilder().hyperParameterTuningJobConfig({
  ...config,
  ParameterRanges: { CategoricalParameterRanges: [{ Name: "tree_method", Values: values }] },
});
