/**
 * One-line descriptions of the errors that `create` gets from the AWS SDK or SageMaker,
 * with the fix for the common causes: configuration, network, credentials, permissions,
 * throttling, quotas, server errors and responses that are not from SageMaker.
 */
import { toOneLine } from "./output.js";

/** The parts of an SDK error that identify its cause. */
interface ErrorFacts {
  /** Error class name, which for a service error is SageMaker's error code. */
  name: string;
  /** Node.js system error code, such as `ECONNREFUSED`, when the error has one. */
  code: string | undefined;
  /** HTTP status of the service's response, when there was a response. */
  status: number | undefined;
  /** Number of attempts the SDK made, retries included, when it recorded them. */
  attempts: number | undefined;
  /** True when the SDK could not parse the response body as a SageMaker response. */
  unparsedResponse: boolean;
  message: string;
}

/** A cause of a failed send, recognised from the error, and the sentence that fixes it. */
interface KnownCause {
  matches: (facts: ErrorFacts) => boolean;
  fix: string | ((facts: ErrorFacts) => string);
}

const endpointVariables = "AWS_ENDPOINT_URL_SAGEMAKER (or AWS_ENDPOINT_URL)";

/**
 * The line that the SDK (3.1142) adds to the message when a response body does not parse.
 * It points to a field of the error object, which a command-line user cannot inspect, so
 * the summary leaves it out and the fix names the endpoint instead.
 */
const deserializationHint =
  /^Deserialization error: to see the raw response, inspect the hidden field/;

/** Node.js system error codes of a connection that no server accepted. */
const refusedCodes = new Set(["ECONNREFUSED"]);

/** Node.js system error codes of a host name that DNS could not resolve. */
const unresolvedCodes = new Set(["ENOTFOUND", "EAI_AGAIN"]);

/** Node.js system error codes and SDK error names of a network that failed or timed out. */
const networkCodes = new Set(["ETIMEDOUT", "ECONNRESET", "EPIPE", "EHOSTUNREACH", "ENETUNREACH"]);
const timeoutNames = new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException"]);

/** Error codes with which AWS services reject an unknown key, a wrong secret or a bad signature. */
const invalidCredentialNames = new Set([
  "AuthFailure",
  "IncompleteSignature",
  "InvalidAccessKeyId",
  "InvalidClientTokenId",
  "InvalidSignatureException",
  "MissingAuthenticationToken",
  "MissingAuthenticationTokenException",
  "SignatureDoesNotMatch",
  "UnrecognizedClientException",
]);

const expiredCredentialNames = new Set(["ExpiredToken", "ExpiredTokenException"]);

const accessDeniedNames = new Set(["AccessDenied", "AccessDeniedException"]);

/**
 * Error codes with which AWS services throttle requests. The SDK's retry strategy
 * (`@smithy/core` 3.x) treats the same codes as throttling.
 */
const throttlingNames = new Set([
  "BandwidthLimitExceeded",
  "EC2ThrottledException",
  "LimitExceededException",
  "PriorRequestNotComplete",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "ThrottledException",
  "Throttling",
  "ThrottlingException",
  "TooManyRequestsException",
  "TransactionInProgressException",
]);

const accessDeniedFix =
  "The credentials are not allowed to create the job, so grant " +
  "sagemaker:CreateHyperParameterTuningJob and iam:PassRole on the job's RoleArn, " +
  "or choose another profile with AWS_PROFILE.";

/** Checked in order, so a name match wins over the broader HTTP status matches at the end. */
const knownCauses: readonly KnownCause[] = [
  {
    // NOTE: the SDK throws a plain `Error` with no code for a missing region, so only its
    // message identifies it.
    matches: (facts) => /^region is missing$/i.test(facts.message.trim()),
    fix:
      "Set AWS_REGION to the region of the tuning job (for example us-east-1), " +
      "or set region in the profile that AWS_PROFILE names.",
  },
  {
    matches: (facts) => hasCode(facts, refusedCodes),
    fix:
      `No server accepted the connection, so check that ${endpointVariables}, ` +
      "when set, names a running endpoint, and otherwise check the network.",
  },
  {
    matches: (facts) => hasCode(facts, unresolvedCodes),
    fix:
      `The endpoint's host name could not be resolved, so check ${endpointVariables} ` +
      "and AWS_REGION for typos, and check the network's DNS.",
  },
  {
    matches: (facts) => hasCode(facts, networkCodes) || timeoutNames.has(facts.name),
    fix:
      "The connection failed or timed out, so check the network, any proxy, " +
      `and ${endpointVariables}.`,
  },
  {
    matches: (facts) => facts.name === "CredentialsProviderError",
    fix:
      "No credentials were found, so set AWS_PROFILE to a profile with credentials, " +
      "or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY " +
      "(and AWS_SESSION_TOKEN for temporary credentials).",
  },
  {
    matches: (facts) => invalidCredentialNames.has(facts.name),
    fix:
      "The credentials are invalid, so check AWS_PROFILE, or AWS_ACCESS_KEY_ID and " +
      "AWS_SECRET_ACCESS_KEY, and that AWS_SESSION_TOKEN belongs to that key.",
  },
  {
    matches: (facts) => expiredCredentialNames.has(facts.name),
    fix:
      "The session credentials expired, so renew them (for example with aws sso login " +
      "for an SSO profile) or set a fresh AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY " +
      "and AWS_SESSION_TOKEN.",
  },
  {
    matches: (facts) => accessDeniedNames.has(facts.name),
    fix: accessDeniedFix,
  },
  {
    matches: (facts) => throttlingNames.has(facts.name) || facts.status === 429,
    fix: describeThrottling,
  },
  {
    matches: (facts) => facts.name === "ResourceLimitExceeded",
    fix:
      "An account quota was reached, such as concurrent tuning jobs or instances of one " +
      "type, so stop jobs that are running or request an increase in the Service Quotas " +
      "console.",
  },
  {
    matches: (facts) => facts.status === 403,
    fix: accessDeniedFix,
  },
  {
    matches: (facts) => facts.status !== undefined && facts.status >= 500,
    fix: (facts) =>
      `The endpoint answered with a server error (HTTP ${facts.status}), so retry later, ` +
      `and check that ${endpointVariables}, when set, names a SageMaker endpoint.`,
  },
  {
    matches: (facts) => facts.unparsedResponse,
    fix: (facts) =>
      `The endpoint's answer${facts.status === undefined ? "" : ` (HTTP ${facts.status})`} ` +
      `is not a SageMaker response, so check that ${endpointVariables}, when set, names a ` +
      "SageMaker endpoint.",
  },
];

/**
 * Builds the fix for throttling. It names the attempts the SDK made rather than a default,
 * because AWS_MAX_ATTEMPTS or the profile's max_attempts may have changed the number.
 */
function describeThrottling(facts: ErrorFacts): string {
  const attemptsText =
    facts.attempts === undefined
      ? ""
      : ` after ${facts.attempts} ${facts.attempts === 1 ? "attempt" : "attempts"}`;
  const retryFix =
    facts.attempts === undefined
      ? "raise AWS_MAX_ATTEMPTS"
      : `set AWS_MAX_ATTEMPTS above ${facts.attempts}`;

  return `SageMaker throttled the request${attemptsText}, so retry in a minute, or ${retryFix} so the SDK retries more times.`;
}

/**
 * Formats an error of the SDK or of SageMaker as one line, `Name: message`, followed by
 * the fix when the error has a common cause.
 */
export function describeSendError(error: unknown): string {
  const facts = readErrorFacts(error);
  const summary = `${facts.name}: ${joinLines(facts.message)}`;
  const cause = knownCauses.find((candidate) => candidate.matches(facts));
  if (cause === undefined) return summary;
  const fix = typeof cause.fix === "string" ? cause.fix : cause.fix(facts);

  return `${endSentence(summary)} ${fix}`;
}

/**
 * Joins the lines of a message into one, ending each line that has no final punctuation
 * with a full stop, so that lines that were separate sentences stay separate.
 */
function joinLines(message: string): string {
  const lines = message
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !deserializationHint.test(line));
  const sentences = lines.map((line, index) =>
    index < lines.length - 1 && !/[.!?:;,]$/.test(line) ? `${line}.` : line,
  );

  return toOneLine(sentences.join(" "));
}

function readErrorFacts(error: unknown): ErrorFacts {
  if (!(error instanceof Error)) {
    return {
      name: "Error",
      code: undefined,
      status: undefined,
      attempts: undefined,
      unparsedResponse: false,
      message: String(error),
    };
  }
  const fields = error as Error & {
    code?: unknown;
    $metadata?: { httpStatusCode?: unknown; attempts?: unknown };
  };
  const status = fields.$metadata?.httpStatusCode;
  const attempts = fields.$metadata?.attempts;
  const message = messageOf(error);
  const lines = message.split(/\r?\n/).map((line) => line.trim());

  return {
    name: error.name,
    code: typeof fields.code === "string" ? fields.code : codeOfCause(error),
    status: typeof status === "number" ? status : undefined,
    attempts: typeof attempts === "number" && attempts >= 1 ? attempts : undefined,
    unparsedResponse: lines.some((line) => deserializationHint.test(line)),
    message,
  };
}

/** Returns the system error code of `error.cause`, where the SDK wrapped a Node.js error. */
function codeOfCause(error: Error): string | undefined {
  const code = (error.cause as { code?: unknown } | undefined)?.code;

  return typeof code === "string" ? code : undefined;
}

/**
 * Returns the error's message. Node.js throws an `AggregateError` with an empty message
 * when every address of a host name fails, so the first inner message is used then.
 */
function messageOf(error: Error): string {
  if (error.message !== "" || !(error instanceof AggregateError)) return error.message;
  const first: unknown = error.errors[0];

  return first instanceof Error ? first.message : "";
}

function hasCode(facts: ErrorFacts, codes: ReadonlySet<string>): boolean {
  return facts.code !== undefined && codes.has(facts.code);
}

function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
