import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { loadCases } from "../support/cases.js";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
/** Nothing listens on the discard port of the loopback address, so connections fail at once. */
const unreachableEndpoint = "http://127.0.0.1:9";
const arn = "arn:aws:sagemaker:us-east-1:111122223333:hyper-parameter-tuning-job/bayes-custom-01";

const cases = loadCases();
const validCase = cases.find((entry) => entry.file === "valid-bayesian-custom-image.json")!;
const invalidCase = cases.find((entry) => entry.file === "invalid-max-wait-without-spot.json")!;

interface RecordedRequest {
  target: string | undefined;
  body: string;
}

interface ChildResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

let folder: string;
let server: Server;
let endpoint: string;
let received: RecordedRequest[] = [];
let reply: { status: number; body: unknown; headers?: Record<string, string> };

/**
 * Environment for the CLI: no inherited AWS_ variable, fake credentials, one attempt.
 * `removed` names variables to leave out, to test what happens when they are missing.
 */
function cliEnvironment(sagemakerEndpoint: string, removed: string[] = []): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith("AWS_"));
  const emptyFile = join(folder, "empty");
  writeFileSync(emptyFile, "");

  const environment: NodeJS.ProcessEnv = {
    ...Object.fromEntries(inherited),
    AWS_ACCESS_KEY_ID: "testing",
    AWS_SECRET_ACCESS_KEY: "testing",
    AWS_REGION: "us-east-1",
    AWS_ENDPOINT_URL_SAGEMAKER: sagemakerEndpoint,
    AWS_MAX_ATTEMPTS: "1",
    AWS_CONFIG_FILE: emptyFile,
    AWS_SHARED_CREDENTIALS_FILE: emptyFile,
    AWS_EC2_METADATA_DISABLED: "true",
  };
  for (const name of removed) delete environment[name];

  return environment;
}

/** Runs `node --import tsx src/cli/main.ts ARGS` as a child process. */
function runChild(
  args: string[],
  sagemakerEndpoint: string,
  stdin?: string,
  removedVariables: string[] = [],
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      cwd: projectRoot,
      env: cliEnvironment(sagemakerEndpoint, removedVariables),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (exitCode) => resolve({ exitCode, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "cli-e2e-"));
  server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      received.push({ target: request.headers["x-amz-target"] as string | undefined, body });
      response.writeHead(reply.status, {
        "content-type": "application/x-amz-json-1.1",
        ...reply.headers,
      });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server has no port");
  endpoint = `http://127.0.0.1:${address.port}`;
});

beforeEach(() => {
  received = [];
  reply = { status: 200, body: { HyperParameterTuningJobArn: arn } };
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  rmSync(folder, { recursive: true, force: true });
});

describe("sagemaker-fluent as a process", () => {
  it("creates a job and prints the ARN", async () => {
    const result = await runChild(["create", validCase.path], endpoint);

    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(`${arn}\n`);
    expect(received).toHaveLength(1);
    expect(received[0]?.target).toBe("SageMaker.CreateHyperParameterTuningJob");
    expect(JSON.parse(received[0]?.body ?? "")).toEqual(validCase.request);
  });

  it("sends nothing for an invalid request", async () => {
    const result = await runChild(["create", invalidCase.path], endpoint);

    expect(result.exitCode).toBe(1);
    expect(received).toHaveLength(0);
    expect(result.stderr).toMatch(
      /^TrainingJobDefinition\.StoppingCondition\.MaxWaitTimeInSeconds: /,
    );
  });

  it("sends nothing with --dry-run", async () => {
    const result = await runChild(["create", "--dry-run", validCase.path], unreachableEndpoint);

    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(validCase.request);
  });

  it("exits 3 when the endpoint is unreachable", async () => {
    const result = await runChild(["create", validCase.path], unreachableEndpoint);

    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).toMatch(/^Error: connect ECONNREFUSED 127\.0\.0\.1:9\. /);
    expect(result.stderr).toContain("AWS_ENDPOINT_URL_SAGEMAKER");
  });

  it("exits 3 with the fix when the region is missing", async () => {
    const result = await runChild(["create", validCase.path], unreachableEndpoint, undefined, [
      "AWS_REGION",
    ]);

    expect(result.exitCode).toBe(3);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^Error: Region is missing\. /);
    expect(result.stderr).toContain("Set AWS_REGION");
  });

  it("exits 3 with the fix when credentials are missing", async () => {
    const result = await runChild(["create", validCase.path], unreachableEndpoint, undefined, [
      "AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY",
    ]);

    expect(result.exitCode).toBe(3);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^CredentialsProviderError: /);
    expect(result.stderr).toContain("AWS_ACCESS_KEY_ID");
  });

  it("exits 3 with the fix when SageMaker throttles", async () => {
    reply = {
      status: 400,
      body: { __type: "ThrottlingException", message: "Rate exceeded" },
      headers: { "x-amzn-errortype": "ThrottlingException" },
    };
    const result = await runChild(["create", validCase.path], endpoint);

    expect(result.exitCode).toBe(3);
    expect(received).toHaveLength(1);
    expect(result.stderr).toMatch(/^ThrottlingException: Rate exceeded\. /);
    expect(result.stderr).toContain("AWS_MAX_ATTEMPTS");
  });

  it("exits 3 with the fix when access is denied", async () => {
    reply = {
      status: 400,
      body: { __type: "AccessDeniedException", message: "User is not authorized" },
      headers: { "x-amzn-errortype": "AccessDeniedException" },
    };
    const result = await runChild(["create", validCase.path], endpoint);

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/^AccessDeniedException: User is not authorized\. /);
    expect(result.stderr).toContain("iam:PassRole");
  });

  it("sends an enum value admitted on the command line", async () => {
    const definition = validCase.request.TrainingJobDefinition!;
    const request = {
      ...validCase.request,
      TrainingJobDefinition: {
        ...definition,
        ResourceConfig: { ...definition.ResourceConfig!, InstanceType: "ml.p6.96xlarge" },
      },
    };
    const argv = ["create", "-", "--allow-enum-value", "TrainingInstanceType=ml.p6.96xlarge"];
    const result = await runChild(argv, endpoint, JSON.stringify(request));

    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]?.body ?? "")).toEqual(request);
  });

  it("exits 3 with the service error name", async () => {
    reply = {
      status: 400,
      body: { __type: "ValidationException", message: "Role is not valid." },
      headers: { "x-amzn-errortype": "ValidationException" },
    };
    const result = await runChild(["create", validCase.path], endpoint);

    expect(result.exitCode).toBe(3);
    expect(received).toHaveLength(1);
    expect(result.stderr).toBe("ValidationException: Role is not valid.\n");
  });

  it("validates YAML from stdin", async () => {
    const yaml = [
      "HyperParameterTuningJobName: from-stdin",
      "HyperParameterTuningJobConfig:",
      "  Strategy: Random",
      "",
    ].join("\n");
    const result = await runChild(["validate", "-"], unreachableEndpoint, yaml);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("HyperParameterTuningJobConfig.ResourceLimits");
  });

  it("exits 2 for a parse error without a stack trace", async () => {
    const result = await runChild(["validate", "-"], unreachableEndpoint, '{"a": }');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'invalid JSON in stdin at line 1, column 7: expected a value (object, array, string, number, true, false or null) but found "}", so quote text values, as in "text".\n',
    );
  });

  it("exits 2 for an unknown option", async () => {
    const result = await runChild(
      ["validate", "--no-such-option", validCase.path],
      unreachableEndpoint,
    );

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("unknown option");
  });
});
