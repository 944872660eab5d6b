import type { Problem } from "./problems.js";

/** Base class of every error this library throws; sets `name` to the subclass name. */
export class SageMakerFluentError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Returns a problem's message, led by its path when the message does not name it already. */
function describeProblem(problem: Problem): string {
  if (problem.path === "" || problem.message.includes(problem.path)) return problem.message;

  return `${problem.path}: ${problem.message}`;
}

/**
 * Thrown when a request fails validation. Carries every problem found, not only the
 * first, and the JSON path of the first error in `path`. The message lists the errors, one
 * sentence each.
 */
export class ValidationError extends SageMakerFluentError {
  readonly problems: readonly Problem[];
  readonly path: string;

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((problem) => problem.severity === "error");
    const reported = errors.length > 0 ? errors : problems;
    const summary =
      reported.length === 1 ? "invalid request" : `invalid request (${reported.length} problems)`;
    super(`${summary}: ${reported.map(describeProblem).join(" ")}`);
    this.problems = problems;
    this.path = reported[0]?.path ?? "";
  }
}

/** Rules whose problems are members set together that exclude each other. */
const conflictRules = new Set(["exclusive", "only-when", "values-when"]);

/**
 * Thrown instead of a plain {@link ValidationError} when every error is a conflict: members
 * of one exclusive group set together, or a member set under a condition that rules it out.
 */
export class ConflictingMembersError extends ValidationError {}

/** Returns the error to throw for `problems`: {@link ConflictingMembersError} when every error is a conflict. */
export function validationErrorFor(problems: readonly Problem[]): ValidationError {
  const errors = problems.filter((problem) => problem.severity === "error");
  const conflicts = errors.length > 0 && errors.every((problem) => conflictRules.has(problem.rule));

  return conflicts ? new ConflictingMembersError(problems) : new ValidationError(problems);
}
