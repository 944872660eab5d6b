import {
  CreateHyperParameterTuningJobCommand,
  DescribeHyperParameterTuningJobCommand,
} from "@aws-sdk/client-sagemaker";
import type {
  CreateHyperParameterTuningJobCommandInput,
  DescribeHyperParameterTuningJobCommandOutput,
  SageMakerClient,
  SageMakerServiceException,
} from "@aws-sdk/client-sagemaker";

import { SageMakerFluentError, ValidationError } from "./errors.js";
import { describeValue } from "./problems.js";
import { assertValidTuningJob } from "./validate/index.js";

/** Options of {@link createTuningJob}. */
export interface CreateOptions {
  /** Validation of the request before it is sent. Defaults to `true`. */
  validate?: boolean;
  /** Strict mode, in which a validation warning blocks the request like an error does. */
  strict?: boolean;
}

/** Name of the SDK error that SageMaker returns when a tuning job name is taken. */
const resourceInUseName = "ResourceInUse";

/**
 * Thrown by {@link createTuningJob} when a tuning job with the requested name already
 * exists. `cause` is the SDK's `ResourceInUse` error, whose `$fault` and `$metadata` are
 * copied here.
 */
export class TuningJobNameInUseError extends SageMakerFluentError {
  /** The `HyperParameterTuningJobName` that is already taken. */
  readonly jobName: string;
  /** Side at fault, as the SDK reported it. */
  readonly $fault: SageMakerServiceException["$fault"];
  /** HTTP status, request id and attempts of the rejected request, as the SDK reported them. */
  readonly $metadata: SageMakerServiceException["$metadata"];

  constructor(jobName: string, cause: SageMakerServiceException) {
    super(
      `HyperParameterTuningJobName ${describeValue(jobName)} is already in use by an existing ` +
        `tuning job, so SageMaker rejected the request with ${cause.name}. Choose another name, ` +
        `or delete the existing job and create it again.`,
      { cause },
    );
    this.jobName = jobName;
    this.$fault = cause.$fault;
    this.$metadata = cause.$metadata;
  }
}

/**
 * Validates a `CreateHyperParameterTuningJob` request and sends it with the caller's client,
 * used exactly as configured.
 *
 * @returns The ARN of the new tuning job.
 * @throws {@link ValidationError} when the request is invalid (or, with `strict`, has
 * warnings); nothing is sent then.
 * @throws {@link TuningJobNameInUseError} when a tuning job with that name already exists.
 * @throws {@link SageMakerFluentError} when the response carries no tuning job ARN.
 * Every other SDK error is rethrown unchanged.
 *
 * @example
 * ```ts
 * const arn = await createTuningJob(new SageMakerClient({}), request, { strict: true });
 * ```
 */
export async function createTuningJob(
  client: SageMakerClient,
  input: CreateHyperParameterTuningJobCommandInput,
  options: CreateOptions = {},
): Promise<string> {
  const request = options.validate === false ? input : validateRequest(input, options);
  const response = await sendCreate(client, request);
  const arn = response.HyperParameterTuningJobArn;
  if (typeof arn !== "string" || arn === "") {
    throw new SageMakerFluentError(
      `CreateHyperParameterTuningJob for ${describeValue(request.HyperParameterTuningJobName)} ` +
        `returned no HyperParameterTuningJobArn (received ${describeValue(arn)}), but SageMaker ` +
        `always returns the new job's ARN. Check that the client's endpoint is SageMaker or a ` +
        `compatible local server.`,
    );
  }

  return arn;
}

/**
 * Fetches a tuning job's description with the caller's client. SDK errors, such as
 * `ResourceNotFound` for an unknown name, are rethrown unchanged.
 *
 * @throws {@link ValidationError} when `name` is not a non-empty string; nothing is sent then.
 */
export async function describeTuningJob(
  client: SageMakerClient,
  name: string,
): Promise<DescribeHyperParameterTuningJobCommandOutput> {
  if (typeof name !== "string" || name === "") {
    throw new ValidationError([
      {
        severity: "error",
        path: "HyperParameterTuningJobName",
        rule: "required",
        message:
          `HyperParameterTuningJobName must be a non-empty string, received ` +
          `${describeValue(name)}; pass the name of an existing tuning job.`,
        value: name,
      },
    ]);
  }
  const command = new DescribeHyperParameterTuningJobCommand({
    HyperParameterTuningJobName: name,
  });

  return client.send(command);
}

function validateRequest(
  input: CreateHyperParameterTuningJobCommandInput,
  options: CreateOptions,
): CreateHyperParameterTuningJobCommandInput {
  const validateOptions = options.strict === undefined ? {} : { strict: options.strict };

  return assertValidTuningJob(input, validateOptions);
}

async function sendCreate(
  client: SageMakerClient,
  request: CreateHyperParameterTuningJobCommandInput,
) {
  try {
    return await client.send(new CreateHyperParameterTuningJobCommand(request));
  } catch (error) {
    if (isResourceInUse(error)) {
      throw new TuningJobNameInUseError(request.HyperParameterTuningJobName ?? "", error);
    }
    throw error;
  }
}

/** Matches by name, so an error from another copy of the SDK package is recognised too. */
function isResourceInUse(error: unknown): error is SageMakerServiceException {
  return error instanceof Error && error.name === resourceInUseName;
}
