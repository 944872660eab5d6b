import { ListHyperParameterTuningJobsCommand, ListTagsCommand } from "@aws-sdk/client-sagemaker";
import type {
  CreateHyperParameterTuningJobCommandInput,
  DescribeHyperParameterTuningJobCommandOutput,
  SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ValidationError } from "../../src/errors.js";
import { TuningJobNameInUseError, createTuningJob, describeTuningJob } from "../../src/send.js";
import { copyRequest, loadCases } from "../support/cases.js";
import { localClient } from "../support/client.js";
import { startMoto } from "../support/moto.js";
import type { MotoServer } from "../support/moto.js";
import { skipWithout } from "../support/tools.js";

/** Members that moto's Describe echoes from the request, compared one by one. */
const echoedMembers = [
  "HyperParameterTuningJobConfig",
  "TrainingJobDefinition",
  "TrainingJobDefinitions",
  "WarmStartConfig",
  "Autotune",
] as const;

const cases = loadCases();
const validCases = cases.filter((entry) => entry.file.startsWith("valid-"));
const invalidCases = cases.filter((entry) => entry.file.startsWith("invalid-"));
const warningCases = cases.filter((entry) => entry.file.startsWith("warn-"));

let moto: MotoServer;
let client: SageMakerClient;

async function listJobNames(): Promise<string[]> {
  const names: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(
      new ListHyperParameterTuningJobsCommand({ MaxResults: 100, NextToken: nextToken }),
    );
    for (const summary of page.HyperParameterTuningJobSummaries ?? []) {
      names.push(summary.HyperParameterTuningJobName ?? "");
    }
    nextToken = page.NextToken;
  } while (nextToken !== undefined);

  return names;
}

async function roundTrip(
  request: CreateHyperParameterTuningJobCommandInput,
): Promise<DescribeHyperParameterTuningJobCommandOutput> {
  const arn = await createTuningJob(client, request, { strict: true });
  expect(arn).toMatch(/^arn:aws:sagemaker:us-east-1:\d{12}:hyper-parameter-tuning-job\//);
  const described = await describeTuningJob(client, request.HyperParameterTuningJobName ?? "");
  expect(described.HyperParameterTuningJobArn).toBe(arn);

  return described;
}

function withName(
  request: CreateHyperParameterTuningJobCommandInput,
  name: string,
): CreateHyperParameterTuningJobCommandInput {
  return { ...copyRequest(request), HyperParameterTuningJobName: name };
}

function findCase(file: string): CreateHyperParameterTuningJobCommandInput {
  const entry = cases.find((candidate) => candidate.file === file);
  if (entry === undefined) throw new Error(`case ${file} is missing from test/cases`);

  return copyRequest(entry.request);
}

describe.skipIf(skipWithout("moto_server"))("cases against moto", () => {
  beforeAll(async () => {
    moto = await startMoto();
    client = localClient(moto.endpoint);
  }, 60_000);

  afterAll(async () => {
    client?.destroy();
    await moto?.stop();
  });

  it("README outcomes match file prefixes", () => {
    expect(validCases.length).toBeGreaterThan(0);
    expect(invalidCases.length).toBeGreaterThan(0);
    for (const entry of validCases) expect(entry.outcome, entry.file).toBe("valid");
    for (const entry of invalidCases) expect(entry.outcome, entry.file).toMatch(/error/);
    for (const entry of warningCases) expect(entry.outcome, entry.file).toBe("warning");
  });

  describe.each(validCases)("$file", ({ request }) => {
    it("round-trips every echoed member", async () => {
      const described = await roundTrip(copyRequest(request));

      for (const member of echoedMembers) {
        expect(described[member], member).toStrictEqual(request[member]);
      }
      expect(described.HyperParameterTuningJobName).toBe(request.HyperParameterTuningJobName);
    });
  });

  it("spot members reach the wire", async () => {
    const request = withName(findCase("valid-spot-with-checkpoint.json"), "spot-facts");
    const definition = (await roundTrip(request)).TrainingJobDefinition;

    expect(definition?.EnableManagedSpotTraining).toBe(true);
    expect(definition?.StoppingCondition?.MaxWaitTimeInSeconds).toBe(5400);
    expect(definition?.StoppingCondition?.MaxRuntimeInSeconds).toBe(3600);
    expect(definition?.CheckpointConfig?.S3Uri).toBe("s3://amzn-s3-demo-bucket/checkpoints/");
  });

  it("both channel content types reach the wire", async () => {
    const request = withName(findCase("valid-channel-content-types.json"), "content-type-facts");
    const channels = (await roundTrip(request)).TrainingJobDefinition?.InputDataConfig ?? [];

    expect(channels.map((channel) => channel.ChannelName)).toStrictEqual(["train", "validation"]);
    expect(channels[0]?.ContentType).toBe("text/csv");
    expect(channels[1]?.ContentType).toBe("text/csv");
  });

  it("multi-algorithm sends two definitions only", async () => {
    const request = withName(findCase("valid-multi-algorithm.json"), "multi-algorithm-facts");
    const described = await roundTrip(request);

    expect(described.TrainingJobDefinitions).toHaveLength(2);
    expect(described.TrainingJobDefinitions?.map((item) => item.DefinitionName)).toStrictEqual([
      "xgb-def",
      "linear-def",
    ]);
    expect(described.TrainingJobDefinition).toBeUndefined();
    expect(
      described.HyperParameterTuningJobConfig?.HyperParameterTuningJobObjective,
    ).toBeUndefined();
    expect(described.HyperParameterTuningJobConfig?.ParameterRanges).toBeUndefined();
  });

  it("tags reach the job through ListTags", async () => {
    const tags = [
      { Key: "team", Value: "forecasting" },
      { Key: "cost-center", Value: "1234" },
    ];
    const request = {
      ...withName(findCase("valid-bayesian-custom-image.json"), "tagged-job"),
      Tags: tags,
    };
    const arn = await createTuningJob(client, request, { strict: true });
    const listed = await client.send(new ListTagsCommand({ ResourceArn: arn }));

    expect(listed.Tags).toStrictEqual(tags);
  });

  it("warm start and autotune round-trip", async () => {
    const request: CreateHyperParameterTuningJobCommandInput = {
      ...withName(findCase("valid-bayesian-custom-image.json"), "warm-start-child"),
      WarmStartConfig: {
        ParentHyperParameterTuningJobs: [{ HyperParameterTuningJobName: "warm-start-parent" }],
        WarmStartType: "IdenticalDataAndAlgorithm",
      },
      Autotune: { Mode: "Enabled" },
    };
    await roundTrip(withName(findCase("valid-bayesian-custom-image.json"), "warm-start-parent"));
    const described = await roundTrip(request);

    expect(described.WarmStartConfig).toStrictEqual(request.WarmStartConfig);
    expect(described.Autotune).toStrictEqual({ Mode: "Enabled" });
  });

  it("duplicate name rejects with TuningJobNameInUseError", async () => {
    const request = withName(findCase("valid-bayesian-custom-image.json"), "duplicate-name");
    await createTuningJob(client, request);
    const error = await createTuningJob(client, request).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TuningJobNameInUseError);
    const inUse = error as TuningJobNameInUseError;
    expect(inUse.name).toBe("TuningJobNameInUseError");
    expect(inUse.jobName).toBe("duplicate-name");
    expect(inUse.message).toContain('"duplicate-name"');
    expect(inUse.message).toMatch(/Choose another name, or delete the existing job/);
    expect((inUse.cause as Error).name).toBe("ResourceInUse");
    expect(inUse.$fault).toBe("client");
    expect(inUse.$metadata.httpStatusCode).toBe(400);
  });

  describe.each(invalidCases)("$file", ({ request }) => {
    it("rejects before sending", async () => {
      const before = await listJobNames();
      const error = await createTuningJob(client, copyRequest(request)).catch(
        (caught: unknown) => caught,
      );

      expect(error).toBeInstanceOf(ValidationError);
      const after = await listJobNames();
      expect(after).toStrictEqual(before);
      const name = request.HyperParameterTuningJobName;
      if (name !== undefined) expect(after).not.toContain(name);
    });
  });

  describe.each(warningCases)("$file", ({ request }) => {
    it("strict mode rejects before sending", async () => {
      const before = await listJobNames();
      const error = await createTuningJob(client, copyRequest(request), { strict: true }).catch(
        (caught: unknown) => caught,
      );

      expect(error).toBeInstanceOf(ValidationError);
      expect(await listJobNames()).toStrictEqual(before);
    });

    it("default mode sends it", async () => {
      const name = `${request.HyperParameterTuningJobName ?? "warning"}-default`;
      const arn = await createTuningJob(client, withName(request, name));

      expect(arn).toMatch(new RegExp(`hyper-parameter-tuning-job/${name}$`));
      expect(await listJobNames()).toContain(name);
    });
  });

  it("validate false sends an invalid request", async () => {
    const request = withName(findCase("invalid-max-wait-without-spot.json"), "unvalidated");
    const arn = await createTuningJob(client, request, { validate: false });

    expect(arn).toMatch(/hyper-parameter-tuning-job\/unvalidated$/);
    expect(await listJobNames()).toContain("unvalidated");
  });
});
