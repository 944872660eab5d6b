import { SageMakerFluentError } from "../../src/errors.js";

/** Thrown when botocore's SageMaker service model cannot be found. */
export class BotocoreModelNotFoundError extends SageMakerFluentError {
  /** The path that was tried, when there was one. */
  readonly path: string | undefined;

  constructor(message: string, path?: string, options?: ErrorOptions) {
    super(message, options);
    this.path = path;
  }
}

/** Thrown when a file is not readable as a botocore service model. */
export class BotocoreModelInvalidError extends SageMakerFluentError {
  readonly path: string;

  constructor(path: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.path = path;
  }
}
