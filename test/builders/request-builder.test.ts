import { describe, expect, it } from "vitest";
import {
  ConflictingMembersError,
  CreateHyperParameterTuningJobRequestBuilder,
  ResourceConfigBuilder,
  ValidationError,
} from "../../src/index.js";

const definition = {
  AlgorithmSpecification: { AlgorithmName: "xgboost", TrainingInputMode: "File" },
  RoleArn: "arn:aws:iam::111122223333:role/ExampleSageMakerRole",
  OutputDataConfig: { S3OutputPath: "s3://amzn-s3-demo-bucket/out/" },
  ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 },
  StoppingCondition: { MaxRuntimeInSeconds: 3600 },
  StaticHyperParameters: { epochs: "10" },
} as const;

function hyperbandRequest(earlyStopping: "Auto" | "Off") {
  return new CreateHyperParameterTuningJobRequestBuilder()
    .hyperParameterTuningJobName("hyperband-01")
    .hyperParameterTuningJobConfig({
      Strategy: "Hyperband",
      // The strict type rejects "Auto" here; the cast stands for plain JavaScript callers.
      TrainingJobEarlyStoppingType: earlyStopping as "Off",
      HyperParameterTuningJobObjective: { Type: "Maximize", MetricName: "validation:auc" },
      ResourceLimits: { MaxNumberOfTrainingJobs: 10, MaxParallelTrainingJobs: 2 },
    })
    .trainingJobDefinition(definition);
}

describe("request builder", () => {
  it("applies the cross-field rules", () => {
    let error: unknown;
    try {
      hyperbandRequest("Auto").build();
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe(
      "HyperParameterTuningJobConfig.TrainingJobEarlyStoppingType",
    );
    expect((error as ValidationError).message).toContain('received "Auto"');
  });

  it("builds a request that keeps them", () => {
    const request = hyperbandRequest("Off").build();

    expect(request.HyperParameterTuningJobConfig?.TrainingJobEarlyStoppingType).toBe("Off");
    expect(request.TrainingJobDefinition?.StaticHyperParameters).toEqual({ epochs: "10" });
  });
});

describe("conflicting members", () => {
  it("throw ConflictingMembersError", () => {
    let error: unknown;
    try {
      new ResourceConfigBuilder()
        .instanceType("ml.m5.xlarge")
        .$set("InstancePreferences", [{ InstanceType: "ml.m5.2xlarge" }])
        .build();
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(ConflictingMembersError);
    expect((error as ValidationError).path).toBe("InstanceType");
  });

  it("keep a __proto__ map key as a member", () => {
    const environment = JSON.parse('{"__proto__": "x"}') as Record<string, string>;
    let error: unknown;
    try {
      hyperbandRequest("Off")
        .trainingJobDefinition({ ...definition, Environment: environment })
        .build();
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain("__proto__");
  });
});
