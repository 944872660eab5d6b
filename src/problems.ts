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

/**
 * Formats a value for a message: strings quoted and cut after about 80 characters with
 * their closing quote kept, numbers as JavaScript prints them (`NaN`, `Infinity`).
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    return value.length > 77
      ? `${JSON.stringify(value.slice(0, 74)).slice(0, -1)}..."`
      : JSON.stringify(value);
  }
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "number" || value === undefined) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }

  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === "error");
}

export function warningsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.severity === "warning");
}
