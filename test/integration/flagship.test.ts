import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flagshipLiteral } from "../fixtures/flagship-literal.js";
import { fakeCredentials } from "../support/client.js";
import { startMoto, type MotoServer } from "../support/moto.js";
import { skipWithout } from "../support/tools.js";

const run = promisify(execFile);

describe.skipIf(skipWithout("moto_server"))("flagship example --send", () => {
  let moto: MotoServer;

  beforeAll(async () => {
    moto = await startMoto();
  }, 60_000);

  afterAll(async () => {
    await moto?.stop();
  });

  it("prints the ARN and the described job", async () => {
    // Empty config files keep any profile of the machine out; the endpoint variable is the SDK's own.
    const configFolder = mkdtempSync(join(tmpdir(), "sagemaker-fluent-"));
    writeFileSync(join(configFolder, "config"), "");
    const env = {
      PATH: process.env.PATH ?? "",
      AWS_ENDPOINT_URL_SAGEMAKER: moto.endpoint,
      AWS_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: fakeCredentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: fakeCredentials.secretAccessKey,
      AWS_CONFIG_FILE: join(configFolder, "config"),
      AWS_SHARED_CREDENTIALS_FILE: join(configFolder, "config"),
      AWS_EC2_METADATA_DISABLED: "true",
      AWS_MAX_ATTEMPTS: "1",
    };
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "examples/xgboost-bayesian-tuning.ts", "--send"],
      { env, encoding: "utf8" },
    );

    const [firstLine = "", ...rest] = stdout.split("\n");
    expect(firstLine).toMatch(
      /^created arn:aws:sagemaker:us-east-1:\d{12}:hyper-parameter-tuning-job\/xgb-churn-bayes-01$/,
    );
    const described = JSON.parse(rest.join("\n")) as Record<string, unknown>;
    expect(described.HyperParameterTuningJobName).toBe(flagshipLiteral.HyperParameterTuningJobName);
    expect(described.HyperParameterTuningJobConfig).toStrictEqual(
      flagshipLiteral.HyperParameterTuningJobConfig,
    );
    expect(described.TrainingJobDefinition).toStrictEqual(flagshipLiteral.TrainingJobDefinition);
  }, 60_000);
});
