import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { randomBytes } from "node:crypto";
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { flagshipJob } from "../../examples/xgboost-bayesian-tuning.js";
import {
  normalizeRequest,
  parseRequestDocument,
  toCliInputJson,
  toCliInputYaml,
} from "../../src/io/index.js";
import { describeTuningJob } from "../../src/send.js";
import { assertValidTuningJob } from "../../src/validate/index.js";
import { copyRequest, loadCases } from "../support/cases.js";
import { fakeCredentials, localClient } from "../support/client.js";
import { startMoto } from "../support/moto.js";
import type { MotoServer } from "../support/moto.js";
import { requireExecutable, skipWithout } from "../support/tools.js";

const run = promisify(execFile);
/** The AWS CLI v1 loads botocore's whole model on start, which takes a few seconds. */
const cliTimeoutMs = 60_000;

const cases = loadCases();
const validCases = cases.filter((entry) => entry.file.startsWith("valid-"));
/** Distinguishes this run's job names from any earlier run against the same server. */
const runId = randomBytes(3).toString("hex");

let moto: MotoServer;
let client: SageMakerClient;
let folder: string;
let awsPath: string;

/**
 * Builds the CLI's environment: no variable of the caller's starting with `AWS_`, fake
 * credentials, empty config and credentials files so no real profile is read, and no
 * instance metadata lookups.
 */
function cliEnvironment(): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith("AWS_"));
  const emptyFile = join(folder, "empty");
  writeFileSync(emptyFile, "");

  return {
    ...Object.fromEntries(inherited),
    AWS_ACCESS_KEY_ID: fakeCredentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: fakeCredentials.secretAccessKey,
    AWS_CONFIG_FILE: emptyFile,
    AWS_SHARED_CREDENTIALS_FILE: emptyFile,
    AWS_EC2_METADATA_DISABLED: "true",
  };
}

/** Runs `aws sagemaker create-hyper-parameter-tuning-job` on a request file against moto. */
async function createWithCli(requestFile: string) {
  const args = [
    "sagemaker",
    "create-hyper-parameter-tuning-job",
    "--cli-input-json",
    `file://${requestFile}`,
    "--endpoint-url",
    moto.endpoint,
    "--region",
    "us-east-1",
    "--output",
    "json",
  ];

  return run(awsPath, args, { env: cliEnvironment(), timeout: cliTimeoutMs });
}

function writeRequest(fileName: string, request: unknown): string {
  const path = join(folder, fileName);
  writeFileSync(path, JSON.stringify(request));

  return path;
}

describe.skipIf(skipWithout("moto_server") || skipWithout("aws"))("AWS CLI peer check", () => {
  beforeAll(async () => {
    awsPath = requireExecutable("aws", "install the AWS CLI v1 with `pip install awscli`");
    folder = mkdtempSync(join(tmpdir(), "sagemaker-fluent-cli-"));
    moto = await startMoto();
    client = localClient(moto.endpoint);
  }, 60_000);

  afterAll(async () => {
    client?.destroy();
    await moto?.stop();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  describe.each(validCases.map((entry, index) => ({ ...entry, index })))(
    "$file",
    ({ request, index }) => {
      it(
        "botocore accepts it",
        async () => {
          const name = `cli-${runId}-${index}`;
          const requestFile = writeRequest(`${name}.json`, {
            ...copyRequest(request),
            HyperParameterTuningJobName: name,
          });
          const { stdout } = await createWithCli(requestFile);

          const output = JSON.parse(stdout) as { HyperParameterTuningJobArn?: string };
          expect(output.HyperParameterTuningJobArn).toMatch(new RegExp(`/${name}$`));
          const described = await describeTuningJob(client, name);
          expect(described.HyperParameterTuningJobName).toBe(name);
        },
        cliTimeoutMs,
      );
    },
  );

  /** Loads a request the way the command-line tool does and writes it back as CLI JSON. */
  function throughLoader(request: unknown, format: "json" | "yaml"): string {
    const text = format === "json" ? toCliInputJson(request) : toCliInputYaml(request);
    const parsed = parseRequestDocument(text, { format });
    if (!parsed.ok)
      throw new Error(`the loader rejected its own output: ${JSON.stringify(parsed.problems)}`);

    return toCliInputJson(normalizeRequest(assertValidTuningJob(parsed.value)));
  }

  const ourOutputs = [
    ...validCases.flatMap((entry) => [
      {
        label: `${entry.file} through the JSON loader`,
        request: entry.request,
        format: "json" as const,
      },
      {
        label: `${entry.file} through the YAML loader`,
        request: entry.request,
        format: "yaml" as const,
      },
    ]),
    { label: "the flagship chain", request: flagshipJob.build(), format: "json" as const },
  ];

  it.each(ourOutputs.map((output, index) => ({ ...output, index })))(
    "botocore accepts $label",
    async ({ request, format, index }) => {
      const name = `ours-${runId}-${index}`;
      const path = join(folder, `${name}.json`);
      writeFileSync(
        path,
        throughLoader({ ...copyRequest(request), HyperParameterTuningJobName: name }, format),
      );
      const { stdout } = await createWithCli(path);

      const output = JSON.parse(stdout) as { HyperParameterTuningJobArn?: string };
      expect(output.HyperParameterTuningJobArn).toMatch(new RegExp(`/${name}$`));
    },
    cliTimeoutMs,
  );

  it(
    "botocore rejects an unknown member",
    async () => {
      const invalid = cases.find((entry) => entry.file === "invalid-missing-name-and-typo.json");
      if (invalid === undefined) throw new Error("invalid-missing-name-and-typo.json is missing");
      const requestFile = writeRequest("unknown-member.json", invalid.request);
      const error = await createWithCli(requestFile).catch((caught: unknown) => caught);

      expect((error as { code?: number }).code).not.toBe(0);
      expect((error as { stderr?: string }).stderr).toMatch(/Parameter validation failed/);
      expect((error as { stderr?: string }).stderr).toMatch(/TrainingJobDefinitionz/);
    },
    cliTimeoutMs,
  );
});
