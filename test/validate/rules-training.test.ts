import { describe, expect, it } from "vitest";
import {
  augmentedManifestPipe,
  channelCount,
  recordWrapperFileMode,
  uniqueChannelNames,
} from "../../src/validate/rules/channels.js";
import {
  environmentCount,
  environmentKeys,
  secretEnvironment,
} from "../../src/validate/rules/environment.js";
import {
  instancePreferencesWithoutSpot,
  maxRuntimeLimit,
  maxWaitAtLeastRuntime,
  maxWaitNeedsSpot,
  spotWithoutCheckpoint,
  tuningTimeoutShorterThanJob,
} from "../../src/validate/rules/stopping.js";
import { multi, paths, runRule, single } from "./rule-helpers.js";

const stopping = "TrainingJobDefinition.StoppingCondition";
const channel = "TrainingJobDefinition.InputDataConfig[0]";

describe("max-runtime-limit rule", () => {
  it("accepts 28 days and rejects one second more", () => {
    expect(
      runRule(maxRuntimeLimit, single({ [`${stopping}.MaxRuntimeInSeconds`]: 2_419_200 })),
    ).toEqual([]);
    const [problem] = runRule(
      maxRuntimeLimit,
      single({ [`${stopping}.MaxRuntimeInSeconds`]: 2_419_201 }),
    );
    expect(problem?.path).toBe(`${stopping}.MaxRuntimeInSeconds`);
    expect(problem?.message).toContain("received 2419201");
  });
});

describe("max-wait-needs-spot rule", () => {
  it("rejects MaxWaitTimeInSeconds without spot training", () => {
    const [problem] = runRule(
      maxWaitNeedsSpot,
      single({ [`${stopping}.MaxWaitTimeInSeconds`]: 7200 }),
    );
    expect(problem?.path).toBe(`${stopping}.MaxWaitTimeInSeconds`);
    expect(problem?.message).toContain(
      "`TrainingJobDefinition.EnableManagedSpotTraining` is not set",
    );
    const disabled = single({
      [`${stopping}.MaxWaitTimeInSeconds`]: 7200,
      "TrainingJobDefinition.EnableManagedSpotTraining": false,
    });
    expect(runRule(maxWaitNeedsSpot, disabled)[0]?.message).toContain("is false");
  });

  it("accepts MaxWaitTimeInSeconds with spot training", () => {
    const request = single({
      [`${stopping}.MaxWaitTimeInSeconds`]: 7200,
      "TrainingJobDefinition.EnableManagedSpotTraining": true,
    });
    expect(runRule(maxWaitNeedsSpot, request)).toEqual([]);
  });
});

describe("max-wait-at-least-runtime rule", () => {
  it("accepts equal times and rejects one second less", () => {
    expect(
      runRule(maxWaitAtLeastRuntime, single({ [`${stopping}.MaxWaitTimeInSeconds`]: 3600 })),
    ).toEqual([]);
    const [problem] = runRule(
      maxWaitAtLeastRuntime,
      single({ [`${stopping}.MaxWaitTimeInSeconds`]: 3599 }),
    );
    expect(problem?.path).toBe(`${stopping}.MaxWaitTimeInSeconds`);
    expect(problem?.message).toContain("`MaxRuntimeInSeconds` (3600)");
    expect(problem?.value).toBe(3599);
  });
});

describe("tuning-timeout-shorter-than-job rule", () => {
  const limit = "HyperParameterTuningJobConfig.ResourceLimits.MaxRuntimeInSeconds";

  it("warns when the tuning limit is one second short", () => {
    expect(runRule(tuningTimeoutShorterThanJob, single({ [limit]: 3600 }))).toEqual([]);
    const [problem] = runRule(tuningTimeoutShorterThanJob, single({ [limit]: 3599 }));
    expect(problem?.severity).toBe("warning");
    expect(problem?.path).toBe(limit);
    expect(problem?.message).toContain("(3599) is shorter than");
  });

  it("names the longest definition", () => {
    const request = multi({
      [limit]: 1800,
      "TrainingJobDefinitions[1].StoppingCondition.MaxRuntimeInSeconds": 7200,
    });
    const [problem] = runRule(tuningTimeoutShorterThanJob, request);
    expect(problem?.message).toContain(
      "`TrainingJobDefinitions[1].StoppingCondition.MaxRuntimeInSeconds` (7200)",
    );
  });
});

describe("spot-without-checkpoint rule", () => {
  it("warns about spot training without checkpoints", () => {
    const [problem] = runRule(
      spotWithoutCheckpoint,
      single({ "TrainingJobDefinition.EnableManagedSpotTraining": true }),
    );
    expect(problem?.severity).toBe("warning");
    expect(problem?.path).toBe("TrainingJobDefinition.CheckpointConfig");
  });

  it("accepts spot training with checkpoints", () => {
    const request = single({
      "TrainingJobDefinition.EnableManagedSpotTraining": true,
      "TrainingJobDefinition.CheckpointConfig": { S3Uri: "s3://amzn-s3-demo-bucket/checkpoints/" },
    });
    expect(runRule(spotWithoutCheckpoint, request)).toEqual([]);
  });
});

describe("instance-preferences-without-spot rule", () => {
  const preferences = "TrainingJobDefinition.ResourceConfig.InstancePreferences";

  it("rejects instance preferences with spot training", () => {
    const request = single({
      "TrainingJobDefinition.EnableManagedSpotTraining": true,
      [preferences]: [{ InstanceType: "ml.m5.xlarge" }],
    });
    const [problem] = runRule(instancePreferencesWithoutSpot, request);

    expect(problem?.path).toBe(preferences);
    expect(problem?.message).toContain("managed spot training");
  });

  it("accepts instance preferences on demand", () => {
    const request = single({ [preferences]: [{ InstanceType: "ml.m5.xlarge" }] });

    expect(runRule(instancePreferencesWithoutSpot, request)).toEqual([]);
  });
});

describe("augmented-manifest-pipe rule", () => {
  const dataType = `${channel}.DataSource.S3DataSource.S3DataType`;

  it("rejects a manifest in File mode", () => {
    const [problem] = runRule(
      augmentedManifestPipe,
      single({ [dataType]: "AugmentedManifestFile" }),
    );
    expect(problem?.path).toBe(dataType);
    expect(problem?.message).toContain('input mode is "File"');
  });

  it("uses the channel's input mode before the algorithm's", () => {
    const pipe = single({ [dataType]: "AugmentedManifestFile", [`${channel}.InputMode`]: "Pipe" });
    expect(runRule(augmentedManifestPipe, pipe)).toEqual([]);
    const fast = single({
      [dataType]: "AugmentedManifestFile",
      "TrainingJobDefinition.AlgorithmSpecification.TrainingInputMode": "Pipe",
      [`${channel}.InputMode`]: "FastFile",
    });
    expect(paths(runRule(augmentedManifestPipe, fast))).toEqual([dataType]);
  });
});

describe("record-wrapper-file-mode rule", () => {
  it("rejects RecordIO in File mode", () => {
    const [problem] = runRule(
      recordWrapperFileMode,
      single({ [`${channel}.RecordWrapperType`]: "RecordIO" }),
    );
    expect(problem?.path).toBe(`${channel}.RecordWrapperType`);
    expect(problem?.message).toContain('received "RecordIO"');
  });

  it("accepts None in File mode and RecordIO in Pipe mode", () => {
    expect(
      runRule(recordWrapperFileMode, single({ [`${channel}.RecordWrapperType`]: "None" })),
    ).toEqual([]);
    const pipe = single({
      [`${channel}.RecordWrapperType`]: "RecordIO",
      [`${channel}.InputMode`]: "Pipe",
    });
    expect(runRule(recordWrapperFileMode, pipe)).toEqual([]);
  });
});

describe("channel rules", () => {
  function channels(count: number) {
    const template = (single().TrainingJobDefinition as { InputDataConfig: unknown[] })
      .InputDataConfig[0];
    return Array.from({ length: count }, (_, index) => ({
      ...(template as object),
      ChannelName: `c${index}`,
    }));
  }

  it("rejects a repeated channel name", () => {
    const list = channels(2).map((entry) => ({ ...entry, ChannelName: "train" }));
    const request = single({ "TrainingJobDefinition.InputDataConfig": list });
    expect(paths(runRule(uniqueChannelNames, request))).toEqual([
      "TrainingJobDefinition.InputDataConfig[1].ChannelName",
    ]);
  });

  it("accepts 20 channels and rejects 21 or none", () => {
    const request = (count: number) =>
      single({ "TrainingJobDefinition.InputDataConfig": channels(count) });
    expect(runRule(channelCount, request(20))).toEqual([]);
    expect(paths(runRule(channelCount, request(21)))).toEqual([
      "TrainingJobDefinition.InputDataConfig",
    ]);
    expect(paths(runRule(channelCount, request(0)))).toEqual([
      "TrainingJobDefinition.InputDataConfig",
    ]);
  });
});

describe("environment rules", () => {
  const variables = (count: number, prefix = "VAR") =>
    Object.fromEntries(Array.from({ length: count }, (_, index) => [`${prefix}_${index}`, "x"]));

  it("rejects invalid variable names", () => {
    const request = single({
      "TrainingJobDefinition.Environment": { GOOD_1: "x", "1BAD": "x", "BAD-NAME": "x" },
    });
    expect(paths(runRule(environmentKeys, request))).toEqual([
      "TrainingJobDefinition.Environment.1BAD",
      "TrainingJobDefinition.Environment.BAD-NAME",
    ]);
  });

  it("accepts 48 variables across definitions and rejects 49", () => {
    const inside = multi({
      "TrainingJobDefinitions[0].Environment": variables(24),
      "TrainingJobDefinitions[1].Environment": variables(24),
    });
    expect(runRule(environmentCount, inside)).toEqual([]);
    const outside = multi({
      "TrainingJobDefinitions[0].Environment": variables(24),
      "TrainingJobDefinitions[1].Environment": variables(25),
    });
    const [problem] = runRule(environmentCount, outside);
    expect(problem?.path).toBe("TrainingJobDefinitions[1].Environment");
    expect(problem?.message).toContain("across all training job definitions to 49");
  });

  it("warns about secret-looking names without printing the value", () => {
    const request = single({
      "TrainingJobDefinition.Environment": { DB_PASSWORD: "hunter2", REGION: "x" },
    });
    const [problem, ...others] = runRule(secretEnvironment, request);
    expect(others).toEqual([]);
    expect(problem?.severity).toBe("warning");
    expect(problem?.path).toBe("TrainingJobDefinition.Environment.DB_PASSWORD");
    expect(problem?.message).not.toContain("hunter2");
    expect(problem?.value).toBeUndefined();
  });
});
