/** Exit statuses of the `sagemaker-fluent` command. */
export const ExitCode = {
  /** The request is valid, or the command succeeded. */
  ok: 0,
  /** The request is invalid, or has warnings under `--strict`. */
  invalid: 1,
  /** The input could not be read or parsed, or the command line was wrong. */
  usage: 2,
  /** SageMaker or the AWS SDK rejected the request or could not be reached. */
  sendFailed: 3,
  /** An unexpected internal error; `EX_SOFTWARE` of BSD `sysexits.h`. */
  internal: 70,
} as const;

/** One of the {@link ExitCode} values. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
