/** A finding of the validator: an error blocks a request, a warning does not unless strict. */
export interface Problem {
  severity: "error" | "warning";
  /** JSON path of the offending value, for example `TrainingJobDefinition.StoppingCondition.MaxWaitTimeInSeconds`. */
  path: string;
  /** Name of the rule that produced the finding, for example `max-wait-needs-spot`. */
  rule: string;
  /** One sentence: what is wrong, expected against received, and the fix. */
  message: string;
  /** The offending value, where there is one. */
  value?: unknown;
}

/** Appends a member name or list index to a JSON path. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;

  return parent === "" ? key : `${parent}.${key}`;
}

/** Formats a value for a message: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : String(JSON.stringify(value));
  } catch {
    text = String(value);
  }

  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === "error");
}

export function warningsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === "warning");
}
