import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { describe, expect, it } from "vitest";

import { runCli } from "../../src/cli/main.js";
import { loadCases } from "../support/cases.js";

const validCase = loadCases().find((entry) => entry.file === "valid-bayesian-custom-image.json")!;

/** Builds an error shaped like the ones the AWS SDK throws. */
function sdkError(name: string, message: string, fields: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { name, ...fields });
}

/** Builds a Node.js system error, such as a failed connection, as the SDK passes it on. */
function systemError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, $metadata: { attempts: 1 } });
}

function serviceError(name: string, status: number, message: string): Error {
  return sdkError(name, message, {
    $fault: "client",
    $metadata: { httpStatusCode: status, attempts: 1 },
  });
}

/** Runs `create` on a valid request with a client whose `send` rejects with `error`. */
async function createFailingWith(error: unknown) {
  const client = {
    send: () => Promise.reject(error),
    destroy: () => undefined,
  } as unknown as SageMakerClient;

  return runCli(["create", validCase.path], { createClient: () => client });
}

describe("create send errors", () => {
  it.each([
    ["missing region", new Error("Region is missing"), "Error: Region is missing.", "AWS_REGION"],
    [
      "refused connection",
      systemError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:9"),
      "Error: connect ECONNREFUSED 127.0.0.1:9.",
      "AWS_ENDPOINT_URL_SAGEMAKER",
    ],
    [
      "unresolved host",
      systemError("ENOTFOUND", "getaddrinfo ENOTFOUND sagemaker.example.invalid"),
      "Error: getaddrinfo ENOTFOUND sagemaker.example.invalid.",
      "AWS_ENDPOINT_URL_SAGEMAKER",
    ],
    [
      "timed out connection",
      systemError("ETIMEDOUT", "connect ETIMEDOUT 127.0.0.1:443"),
      "Error: connect ETIMEDOUT 127.0.0.1:443.",
      "network",
    ],
    [
      "missing credentials",
      sdkError("CredentialsProviderError", "Could not load credentials from any providers"),
      "CredentialsProviderError: Could not load credentials from any providers.",
      "AWS_ACCESS_KEY_ID",
    ],
    [
      "unknown access key",
      serviceError(
        "UnrecognizedClientException",
        400,
        "The security token included in the request is invalid.",
      ),
      "UnrecognizedClientException: The security token included in the request is invalid.",
      "AWS_PROFILE",
    ],
    [
      "wrong secret key",
      serviceError("InvalidSignatureException", 400, "The request signature we calculated"),
      "InvalidSignatureException: The request signature we calculated.",
      "AWS_SECRET_ACCESS_KEY",
    ],
    [
      "expired session token",
      serviceError("ExpiredTokenException", 400, "The security token included has expired"),
      "ExpiredTokenException: The security token included has expired.",
      "AWS_SESSION_TOKEN",
    ],
    [
      "access denied",
      serviceError("AccessDeniedException", 400, "User: arn:aws:iam::111122223333:user/x"),
      "AccessDeniedException: User: arn:aws:iam::111122223333:user/x.",
      "iam:PassRole",
    ],
    [
      "forbidden status",
      serviceError("Forbidden", 403, "Forbidden"),
      "Forbidden: Forbidden.",
      "sagemaker:CreateHyperParameterTuningJob",
    ],
    [
      "throttling",
      serviceError("ThrottlingException", 400, "Rate exceeded"),
      "ThrottlingException: Rate exceeded.",
      "AWS_MAX_ATTEMPTS",
    ],
    [
      "too many requests status",
      serviceError("TooManyRequests", 429, "Too many requests"),
      "TooManyRequests: Too many requests.",
      "AWS_MAX_ATTEMPTS",
    ],
    [
      "account quota",
      serviceError("ResourceLimitExceeded", 400, "The account-level service limit was exceeded"),
      "ResourceLimitExceeded: The account-level service limit was exceeded.",
      "Service Quotas",
    ],
  ])("adds the fix for %s", async (_name, error, summary, fix) => {
    const result = await createFailingWith(error);

    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith(`${summary} `)).toBe(true);
    expect(result.stderr).toContain(fix);
    expect(result.stderr.endsWith(".\n")).toBe(true);
    expect(result.stderr.split("\n")).toHaveLength(2);
  });

  it("recognises a refused connection by its code", async () => {
    const result = await createFailingWith(systemError("ECONNREFUSED", "socket closed"));

    expect(result.stderr).toContain("AWS_ENDPOINT_URL_SAGEMAKER");
  });

  it("recognises access denied by its name", async () => {
    const result = await createFailingWith(serviceError("AccessDenied", 400, "Not allowed"));

    expect(result.stderr).toContain("iam:PassRole");
  });

  it("reads an empty AggregateError from its errors", async () => {
    const inner = systemError("ECONNREFUSED", "connect ECONNREFUSED ::1:9");
    const error = Object.assign(new AggregateError([inner], ""), { code: "ECONNREFUSED" });
    const result = await createFailingWith(error);

    expect(result.stderr.startsWith("AggregateError: connect ECONNREFUSED ::1:9. ")).toBe(true);
    expect(result.stderr).toContain("AWS_ENDPOINT_URL_SAGEMAKER");
  });

  it("names the attempts made when throttled", async () => {
    const error = sdkError("ThrottlingException", "Rate exceeded", {
      $metadata: { httpStatusCode: 400, attempts: 5 },
    });
    const result = await createFailingWith(error);

    expect(result.stderr).toBe(
      "ThrottlingException: Rate exceeded. SageMaker throttled the request after 5 attempts, " +
        "so retry in a minute, or set AWS_MAX_ATTEMPTS above 5 so the SDK retries more times.\n",
    );
  });

  it("claims no attempt count it does not know", async () => {
    const result = await createFailingWith(sdkError("ThrottlingException", "Rate exceeded"));

    expect(result.stderr).toContain("or raise AWS_MAX_ATTEMPTS so the SDK retries more times.");
    expect(result.stderr).not.toContain("default");
  });

  it("adds the fix for a server error with an HTML body", async () => {
    const message =
      `Unexpected token '<', "<html><bod"... is not valid JSON\n  ` +
      "Deserialization error: to see the raw response, inspect the hidden field " +
      "{error}.$response on this object.";
    const error = sdkError("SyntaxError", message, {
      $metadata: { httpStatusCode: 502, attempts: 1 },
    });
    const result = await createFailingWith(error);

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe(
      `SyntaxError: Unexpected token '<', "<html><bod"... is not valid JSON. ` +
        "The endpoint answered with a server error (HTTP 502), so retry later, and check " +
        "that AWS_ENDPOINT_URL_SAGEMAKER (or AWS_ENDPOINT_URL), when set, names a SageMaker " +
        "endpoint.\n",
    );
  });

  it("adds the fix for a body that is not a SageMaker response", async () => {
    const message =
      "Unexpected token 'N', \"Not Found\" is not valid JSON\n" +
      "Deserialization error: to see the raw response, inspect the hidden field " +
      "{error}.$response on this object.";
    const error = sdkError("SyntaxError", message, { $metadata: { httpStatusCode: 404 } });
    const result = await createFailingWith(error);

    expect(result.stderr).toContain("is not valid JSON. The endpoint's answer (HTTP 404)");
    expect(result.stderr).toContain("is not a SageMaker response");
    expect(result.stderr).not.toContain("$response");
  });

  it("separates the lines of a message into sentences", async () => {
    const error = serviceError("InternalFailure", 500, "first line\nsecond line");
    const result = await createFailingWith(error);

    expect(result.stderr.startsWith("InternalFailure: first line. second line. ")).toBe(true);
  });

  it("reads a 502 HTML answer from a local server", async () => {
    const server = createServer((request, response) => {
      request.resume();
      request.on("end", () => {
        response.writeHead(502, { "content-type": "text/html" });
        response.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const createClient = () =>
      new SageMakerClient({
        endpoint: `http://127.0.0.1:${port}`,
        region: "us-east-1",
        credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "example-secret" },
        maxAttempts: 1,
      });
    try {
      const result = await runCli(["create", validCase.path], { createClient });

      expect(result.exitCode).toBe(3);
      expect(result.stderr).toContain("is not valid JSON. The endpoint answered with a server");
      expect(result.stderr).toContain("(HTTP 502), so retry later");
      expect(result.stderr).not.toContain("$response");
      expect(result.stderr.split("\n")).toHaveLength(2);
    } finally {
      server.close();
    }
  });

  it("prints an unrecognised error unchanged", async () => {
    const result = await createFailingWith(serviceError("ValidationException", 400, "Bad role."));

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe("ValidationException: Bad role.\n");
  });

  it("prints a thrown string as an error", async () => {
    const result = await createFailingWith("socket hang up");

    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe("Error: socket hang up\n");
  });
});
