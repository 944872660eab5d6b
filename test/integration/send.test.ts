import { ResourceLimitExceeded, ResourceNotFound } from "@aws-sdk/client-sagemaker";
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { afterEach, describe, expect, it } from "vitest";

import { SageMakerFluentError, ValidationError } from "../../src/errors.js";
import { TuningJobNameInUseError, createTuningJob, describeTuningJob } from "../../src/send.js";
import { copyRequest, loadCases } from "../support/cases.js";
import { localClient } from "../support/client.js";
import { startStubServer } from "../support/stub-server.js";
import type { StubResponse, StubServer } from "../support/stub-server.js";

const validCase = loadCases().find((entry) => entry.file === "valid-bayesian-custom-image.json");
if (validCase === undefined) throw new Error("valid-bayesian-custom-image.json is missing");
const request = validCase.request;

let stub: StubServer | undefined;
let client: SageMakerClient | undefined;

async function stubClient(response: StubResponse): Promise<SageMakerClient> {
  stub = await startStubServer(response);
  client = localClient(stub.endpoint);

  return client;
}

/** Creates a fake client whose `send` throws `error`, to check that it is rethrown unchanged. */
function throwingClient(error: unknown): SageMakerClient {
  const send = async () => {
    throw error;
  };

  return { send } as unknown as SageMakerClient;
}

afterEach(async () => {
  client?.destroy();
  await stub?.close();
  client = undefined;
  stub = undefined;
});

describe("createTuningJob", () => {
  it("returns the ARN from the response", async () => {
    const arn = "arn:aws:sagemaker:us-east-1:111122223333:hyper-parameter-tuning-job/demo-tune-01";
    const sender = await stubClient({ status: 200, body: { HyperParameterTuningJobArn: arn } });

    expect(await createTuningJob(sender, copyRequest(request))).toBe(arn);
    expect(stub?.requestCount()).toBe(1);
  });

  it("rejects a response without an ARN", async () => {
    const sender = await stubClient({ status: 200, body: {} });
    const error = await createTuningJob(sender, copyRequest(request)).catch((caught) => caught);

    expect(error).toBeInstanceOf(SageMakerFluentError);
    expect((error as Error).message).toMatch(/returned no HyperParameterTuningJobArn/);
    expect((error as Error).message).toContain('"demo-tune-01"');
  });

  it("rethrows other service errors unchanged", async () => {
    const sender = await stubClient({
      status: 400,
      body: { __type: "ResourceLimitExceeded", Message: "limit of 100 tuning jobs reached" },
    });
    const error = await createTuningJob(sender, copyRequest(request)).catch((caught) => caught);

    expect(error).toBeInstanceOf(ResourceLimitExceeded);
    expect(error).not.toBeInstanceOf(SageMakerFluentError);
    expect((error as ResourceLimitExceeded).name).toBe("ResourceLimitExceeded");
    expect((error as ResourceLimitExceeded).$fault).toBe("client");
    expect((error as ResourceLimitExceeded).$metadata.httpStatusCode).toBe(400);
  });

  it("rethrows a server fault unchanged", async () => {
    const sender = await stubClient({
      status: 500,
      body: { __type: "InternalFailure", message: "internal failure" },
    });
    const error = await createTuningJob(sender, copyRequest(request)).catch((caught) => caught);

    expect(error).not.toBeInstanceOf(SageMakerFluentError);
    expect((error as { $fault: string }).$fault).toBe("server");
    expect((error as { $metadata: { attempts: number } }).$metadata.attempts).toBe(1);
  });

  it("rethrows the very error object", async () => {
    const original = new Error("socket hang up", { cause: new Error("ECONNRESET") });
    const error = await createTuningJob(throwingClient(original), copyRequest(request), {
      validate: false,
    }).catch((caught) => caught);

    expect(error).toBe(original);
    expect((error as Error).cause).toBe(original.cause);
  });

  it("wraps ResourceInUse with cause and metadata", async () => {
    const sender = await stubClient({
      status: 400,
      body: { __type: "ResourceInUse", Message: "job already exists" },
    });
    const error = await createTuningJob(sender, copyRequest(request)).catch((caught) => caught);

    expect(error).toBeInstanceOf(TuningJobNameInUseError);
    const inUse = error as TuningJobNameInUseError;
    expect(inUse).toBeInstanceOf(SageMakerFluentError);
    expect(inUse.jobName).toBe("demo-tune-01");
    expect((inUse.cause as Error).name).toBe("ResourceInUse");
    expect(inUse.$fault).toBe((inUse.cause as { $fault: string }).$fault);
    expect(inUse.$metadata).toBe((inUse.cause as { $metadata: unknown }).$metadata);
  });

  it("sends nothing for an invalid request", async () => {
    const sender = await stubClient({ status: 200, body: {} });
    const invalid = { ...copyRequest(request), HyperParameterTuningJobName: undefined };
    const error = await createTuningJob(sender, invalid).catch((caught) => caught);

    expect(error).toBeInstanceOf(ValidationError);
    expect(stub?.requestCount()).toBe(0);
  });
});

describe("describeTuningJob", () => {
  it("returns the parsed description", async () => {
    const sender = await stubClient({
      status: 200,
      body: {
        HyperParameterTuningJobName: "demo-tune-01",
        HyperParameterTuningJobStatus: "Completed",
      },
    });
    const described = await describeTuningJob(sender, "demo-tune-01");

    expect(described.HyperParameterTuningJobName).toBe("demo-tune-01");
    expect(described.HyperParameterTuningJobStatus).toBe("Completed");
  });

  it("rethrows ResourceNotFound unchanged", async () => {
    const sender = await stubClient({
      status: 400,
      body: { __type: "ResourceNotFound", Message: "no such job" },
    });
    const error = await describeTuningJob(sender, "missing-job").catch((caught) => caught);

    expect(error).toBeInstanceOf(ResourceNotFound);
  });

  it("rejects an empty name before sending", async () => {
    const sender = await stubClient({ status: 200, body: {} });
    const error = await describeTuningJob(sender, "").catch((caught) => caught);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe("HyperParameterTuningJobName");
    expect(stub?.requestCount()).toBe(0);
  });
});
