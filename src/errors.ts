import type { Problem } from "./problems.js";

/** Base class of every error this library throws; sets `name` to the subclass name. */
export class SageMakerFluentError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Thrown when a request fails validation. Carries every problem found, not only the
 * first, and the JSON path of the first error in `path`.
 */
export class ValidationError extends SageMakerFluentError {
  readonly problems: readonly Problem[];
  readonly path: string;

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((problem) => problem.severity === "error");
    const shown = errors.length > 0 ? errors : problems;
    const lines = shown.map((problem) => `${problem.path || "(request)"}: ${problem.message}`);
    const summary =
      shown.length === 1 ? "invalid request" : `invalid request (${shown.length} problems)`;
    // Each message is a sentence that ends with a full stop, so a space separates them.
    super(`${summary}: ${lines.join(" ")}`);
    this.problems = problems;
    this.path = shown[0]?.path ?? "";
  }
}

/** Thrown when members of one exclusive group are set together. */
export class ConflictingMembersError extends ValidationError {}

/** Thrown for a member or feature this library does not support. */
export class UnsupportedFeatureError extends SageMakerFluentError {
  readonly member: string;

  constructor(member: string, message: string) {
    super(message);
    this.member = member;
  }
}
