import type { Problem } from "../problems.js";

/** A problem found while reading a request document, with its position where there is one. */
export interface ParseProblem extends Problem {
  severity: "error";
  /** 1-based line of the offending text. */
  line?: number;
  /** 1-based column of the offending text, counted in UTF-16 code units. */
  column?: number;
}

/**
 * Source text of the numbers that JavaScript prints differently from how the document
 * writes them (`30.0`, `3.6e3`, `0x1F`), by JSON path. The validator takes it as its
 * `numberTexts` option to show such numbers as written and to warn about integers written
 * with a decimal point or an exponent, which the AWS CLI rejects.
 */
export type NumberTexts = ReadonlyMap<string, string>;

/** Result of {@link parseRequestDocument}: the parsed value, or every problem found. */
export type ParseResult =
  { ok: true; value: unknown; numberTexts: NumberTexts } | { ok: false; problems: ParseProblem[] };

/** A 1-based line and column in a document. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Fields of a parse problem. `path` defaults to the document root. */
export interface ParseProblemInit {
  rule: string;
  message: string;
  path?: string;
  position?: TextPosition | undefined;
  value?: unknown;
}

/** Creates a parse problem, copying the position into `line` and `column`. */
export function parseProblem(init: ParseProblemInit): ParseProblem {
  const problem: ParseProblem = {
    severity: "error",
    path: init.path ?? "",
    rule: init.rule,
    message: init.message,
  };
  if (init.position !== undefined) {
    problem.line = init.position.line;
    problem.column = init.position.column;
  }
  if (init.value !== undefined) problem.value = init.value;

  return problem;
}

/** Converts a 0-based offset in `text` into a 1-based line and column. */
export function positionAt(text: string, offset: number): TextPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < end;) {
    line += 1;
    lineStart = index + 1;
    index = text.indexOf("\n", lineStart);
  }

  return { line, column: end - lineStart + 1 };
}

/** Formats where a problem is: `job.json at line 3, column 7`, or only the source name. */
export function describeLocation(source: string, position?: TextPosition): string {
  if (position === undefined) return source;

  return `${source} at line ${position.line}, column ${position.column}`;
}

const MAX_SHOWN_PATH_LENGTH = 120;

/**
 * Formats a JSON path for a message: `HyperParameterTuningJobConfig.Strategy`, or
 * `the top level`. Paths longer than 120 characters keep only their end.
 */
export function describePath(path: string): string {
  if (path === "") return "the top level";
  if (path.length <= MAX_SHOWN_PATH_LENGTH) return path;

  return `...${path.slice(path.length - MAX_SHOWN_PATH_LENGTH + 3)}`;
}
