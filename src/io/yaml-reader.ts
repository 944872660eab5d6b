import { LineCounter, parseDocument, type Document, type YAMLError } from "yaml";
import { isObject, MAX_NESTING_DEPTH, nestingProblem, topLevelProblem } from "./document-limits.js";
import { joinPath } from "../problems.js";
import {
  parseProblem,
  positionAt,
  type NumberTexts,
  type ParseProblem,
  type ParseResult,
} from "./parse-problem.js";
import { findRunawayNesting } from "./yaml-depth.js";
import { YamlNodeChecker } from "./yaml-node-checker.js";

/** Parsed value, or every problem found. */
export type YamlReadResult = ParseResult;

/**
 * Maximum alias expansions, as the `yaml` package counts them (expansions times the
 * aliases inside the anchored node). Ten training-job definitions that each refer to three
 * anchors stay below it, while an alias bomb exceeds it at once.
 */
export const MAX_ALIAS_COUNT = 100;

const FIXES: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: "indent with spaces",
  BAD_INDENT: "check the indentation of that line",
  MISSING_CHAR: "add the missing character",
  MULTIPLE_DOCS: "keep one document and remove the extra --- separator",
  DUPLICATE_KEY: "keep only one of them",
  BAD_DQ_ESCAPE: "use a valid escape or a single-quoted string",
};

/**
 * Parses a YAML 1.2 document (core schema) into JSON values. Rejects syntax errors,
 * duplicate keys, tags and values that are not JSON, forbidden keys, unsafe numbers,
 * unresolved aliases, alias bombs and nesting deeper than {@link MAX_NESTING_DEPTH}.
 */
export function readYaml(text: string, source: string): YamlReadResult {
  const runaway = findRunawayNesting(text);
  if (runaway !== undefined) {
    const problem = nestingProblem({ source, position: positionAt(text, runaway) });

    return { ok: false, problems: [problem] };
  }

  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    prettyErrors: true,
    uniqueKeys: true,
    lineCounter,
    // "error" keeps the MULTIPLE_DOCS error, which "silent" drops, and emits no warnings.
    logLevel: "error",
  });
  const exhausted = document.errors.find((error) => error.code === "RESOURCE_EXHAUSTION");
  if (exhausted !== undefined) {
    return { ok: false, problems: exhaustionProblems(document, lineCounter, source, exhausted) };
  }

  const syntaxProblems = collectSyntaxProblems(document, source);
  if (syntaxProblems.length > 0) return { ok: false, problems: syntaxProblems };

  const checker = new YamlNodeChecker(document, lineCounter, source);
  checker.checkRoot();
  const duplicates = document.errors.filter((error) => error.code === "DUPLICATE_KEY");
  if (
    duplicates.length > 0 &&
    !checker.problems.some((problem) => problem.rule === "duplicate-key")
  ) {
    checker.problems.push(...duplicates.map((error) => yamlErrorProblem(error, source)));
  }
  if (checker.problems.length > 0) return { ok: false, problems: checker.problems };

  return convertDocument(document, source, checker.numberTexts);
}

/**
 * Returns the problems of a document whose composition ran out of stack, which the `yaml`
 * package reports as `RESOURCE_EXHAUSTION` before it returns a partial tree. Deep nesting
 * is what uses up the stack, and the tree stays intact far beyond
 * {@link MAX_NESTING_DEPTH}, so the node checker finds the first collection that is too
 * deep and its path. When it does not, the problem names the position of the error.
 */
function exhaustionProblems(
  document: Document,
  lineCounter: LineCounter,
  source: string,
  error: YAMLError,
): ParseProblem[] {
  const checker = new YamlNodeChecker(document, lineCounter, source);
  checker.checkRoot();
  const tooDeep = checker.problems.filter((problem) => problem.rule === "nesting-depth");
  if (tooDeep.length > 0) return tooDeep;
  const start = error.linePos?.[0];
  const position = start === undefined ? undefined : { line: start.line, column: start.col };

  return [nestingProblem({ source, position })];
}

/** Returns the problems for every YAML error and warning except those the node checker reports. */
function collectSyntaxProblems(document: Document, source: string): ParseProblem[] {
  const errors = document.errors.filter((error) => error.code !== "DUPLICATE_KEY");
  if (errors.length === 0) {
    const warnings = document.warnings.filter((warning) => warning.code !== "TAG_RESOLVE_FAILED");

    return warnings.map((warning) => yamlErrorProblem(warning, source));
  }

  return document.errors.map((error) => yamlErrorProblem(error, source));
}

function yamlErrorProblem(error: YAMLError, source: string): ParseProblem {
  const start = error.linePos?.[0];
  const position = start === undefined ? undefined : { line: start.line, column: start.col };
  const where =
    position === undefined
      ? source
      : `${source} at line ${position.line}, column ${position.column}`;

  return parseProblem({
    rule: error.code === "DUPLICATE_KEY" ? "duplicate-key" : "parse",
    position,
    message: `invalid YAML in ${where}: ${describeYamlError(error)}, so ${FIXES[error.code] ?? "correct the syntax there"}.`,
  });
}

/** Returns the first clause of the `yaml` package's message, without its position suffix. */
function describeYamlError(error: YAMLError): string {
  if (error.code === "MULTIPLE_DOCS") return "the file contains more than one YAML document";

  const firstLine = error.message.split("\n")[0] ?? "";
  const withoutPosition = firstLine.replace(/ at line \d+, column \d+:?$/, "");
  const firstClause = withoutPosition.split(/[;.] /)[0] ?? withoutPosition;

  return firstClause.charAt(0).toLowerCase() + firstClause.slice(1);
}

/** Converts a checked document to JSON values, expanding aliases within {@link MAX_ALIAS_COUNT}. */
function convertDocument(
  document: Document,
  source: string,
  numberTexts: NumberTexts,
): YamlReadResult {
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const problem = parseProblem({
      rule: "yaml-alias",
      message:
        `${source} uses more YAML alias expansions than the limit of ${MAX_ALIAS_COUNT} allows, ` +
        `which guards against alias bombs, so write the repeated values out or use fewer aliases.`,
    });

    return { ok: false, problems: [problem] };
  }

  if (!isObject(value)) return { ok: false, problems: [topLevelProblem(value, source)] };
  const tooDeep = findTooDeepPath(value, "", 1);
  if (tooDeep !== undefined) {
    return { ok: false, problems: [nestingProblem({ source, path: tooDeep })] };
  }

  return { ok: true, value, numberTexts };
}

/**
 * Returns the path of the first object or array nested deeper than {@link MAX_NESTING_DEPTH}.
 * Aliases can build such nesting from anchors that are shallow where they are defined.
 */
function findTooDeepPath(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  if (depth > MAX_NESTING_DEPTH) return path;

  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [joinPath(path, index), item])
    : Object.entries(value).map(([key, item]) => [joinPath(path, key), item]);
  for (const [childPath, child] of entries) {
    const found = findTooDeepPath(child, childPath, depth + 1);
    if (found !== undefined) return found;
  }

  return undefined;
}
