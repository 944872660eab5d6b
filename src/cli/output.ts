import { describePath as describeDocumentPath } from "../io/parse-problem.js";
import type { Problem } from "../problems.js";

/** Collected output of one command-line run. */
export class CliOutput {
  private readonly stdoutParts: string[] = [];
  private readonly stderrParts: string[] = [];

  /** Appends text to standard output as it is. */
  write(text: string): void {
    this.stdoutParts.push(text);
  }

  /** Appends text to standard error as it is. */
  writeError(text: string): void {
    this.stderrParts.push(text);
  }

  /** Appends one line to standard error, with line breaks inside it replaced by spaces. */
  errorLine(text: string): void {
    this.stderrParts.push(`${toOneLine(text)}\n`);
  }

  get stdout(): string {
    return this.stdoutParts.join("");
  }

  get stderr(): string {
    return this.stderrParts.join("");
  }
}

/** Joins the lines of a message with spaces, so each problem stays on one output line. */
export function toOneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, " ").trim();
}

/** Label of the request root in problem lines, as `ValidationError` messages write it. */
const ROOT_LABEL = "(request)";

/**
 * Formats a validation problem as one line starting with its JSON path:
 * `PATH: message` for an error, `warning PATH: message` for a warning. Under `strict`
 * a warning is shown as an error. A message that opens with the same path loses that
 * opening, so the path is printed once.
 */
export function formatProblemLine(problem: Problem, strict: boolean): string {
  const message = withoutLeadingPath(toOneLine(problem.message), problem.path);
  const line = `${problem.path || ROOT_LABEL}: ${message}`;

  return problem.severity === "warning" && !strict ? `warning ${line}` : line;
}

/**
 * Removes the subject that the validator opens messages with when it is the problem's own
 * path: `` `A.B` must be set`` becomes `must be set`, and `The request must set` at the
 * root becomes `must set`. Other messages are returned unchanged.
 */
function withoutLeadingPath(message: string, path: string): string {
  const subject = path === "" ? "The request " : `\`${path}\` `;

  return message.startsWith(subject) ? message.slice(subject.length) : message;
}

/**
 * Formats a problem of reading or parsing a document: `PATH: message` when it concerns a
 * member, else the message alone, which names the document, line and column itself. The
 * reader's messages name the path in brackets after the position, and that copy is
 * dropped, so the path is printed once.
 */
export function formatParseProblemLine(problem: Problem): string {
  const message = toOneLine(problem.message);
  if (problem.path === "") return message;
  const bracketed = ` (${describeDocumentPath(problem.path)})`;
  const index = message.indexOf(bracketed);
  const shortened =
    index === -1 ? message : message.slice(0, index) + message.slice(index + bracketed.length);

  return `${problem.path}: ${shortened}`;
}

/** Returns the problems with warnings turned into errors when `strict` is set. */
export function applyStrict(problems: readonly Problem[], strict: boolean): Problem[] {
  if (!strict) return [...problems];

  return problems.map((problem) =>
    problem.severity === "warning" ? { ...problem, severity: "error" } : problem,
  );
}

/** Formats the `--format json` report of `validate`: `{ "valid": ..., "problems": [...] }`. */
export function formatJsonReport(valid: boolean, problems: readonly Problem[]): string {
  return `${JSON.stringify({ valid, problems }, null, 2)}\n`;
}
