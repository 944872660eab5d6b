/** Extraction of the rule context and small readers shared by the semantic rules. */
import type { Problem } from "../../problems.js";
import { joinPath } from "../../problems.js";
import { field, isPlainObject, items, type PlainRecord } from "../read.js";
import type { DefinitionEntry, Located, RuleContext, SemanticRule } from "./types.js";

const configPath = "HyperParameterTuningJobConfig";

/** Reads the parts of a request that the semantic rules share, skipping anything unreadable. */
export function buildRuleContext(request: unknown): RuleContext {
  const root = isPlainObject(request) ? request : {};
  const config = recordAt(root, configPath);
  const strategy = field(config, "Strategy");

  return {
    request: root,
    config,
    strategy: typeof strategy === "string" ? strategy : undefined,
    definitions: [...singleDefinition(root, config), ...listedDefinitions(root)],
  };
}

function singleDefinition(
  request: PlainRecord,
  config: PlainRecord | undefined,
): DefinitionEntry[] {
  const definition = recordAt(request, "TrainingJobDefinition");
  if (definition === undefined) return [];

  return [
    {
      definition,
      path: "TrainingJobDefinition",
      objective: located(config, configPath, "HyperParameterTuningJobObjective"),
      ranges: located(config, configPath, "ParameterRanges"),
    },
  ];
}

function listedDefinitions(request: PlainRecord): DefinitionEntry[] {
  return items(field(request, "TrainingJobDefinitions")).flatMap(({ index, value }) => {
    if (!isPlainObject(value)) return [];
    const path = joinPath("TrainingJobDefinitions", index);

    return [
      {
        definition: value,
        path,
        objective: located(value, path, "TuningObjective"),
        ranges: located(value, path, "HyperParameterRanges"),
      },
    ];
  });
}

/** Reads a member that must be a plain object, or returns `undefined`. */
export function recordAt(parent: unknown, key: string): PlainRecord | undefined {
  const value = field(parent, key);

  return isPlainObject(value) ? value : undefined;
}

/** Reads a plain-object member together with its JSON path. */
export function located(
  parent: unknown,
  parentPath: string,
  key: string,
): Located<PlainRecord> | undefined {
  const value = recordAt(parent, key);

  return value === undefined ? undefined : { value, path: joinPath(parentPath, key) };
}

/** Reads a member that must be a string, or returns `undefined`. */
export function stringAt(parent: unknown, key: string): string | undefined {
  const value = field(parent, key);

  return typeof value === "string" ? value : undefined;
}

/** Reads a member that must be a finite number, or returns `undefined`. */
export function numberAt(parent: unknown, key: string): number | undefined {
  const value = field(parent, key);

  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Builds problems that carry the name of the rule reporting them. */
export interface ProblemFactory {
  error(path: string, message: string, value?: unknown): Problem;
  warning(path: string, message: string, value?: unknown): Problem;
}

function problemOf(
  severity: Problem["severity"],
  rule: string,
  path: string,
  message: string,
  value: unknown,
): Problem {
  return value === undefined
    ? { severity, path, rule, message }
    : { severity, path, rule, message, value };
}

/**
 * Creates a semantic rule named `name`. The `check` function receives a factory whose
 * problems already carry that name.
 */
export function defineRule(
  name: string,
  check: (request: unknown, context: RuleContext, report: ProblemFactory) => Problem[],
): SemanticRule {
  const report: ProblemFactory = {
    error: (path, message, value) => problemOf("error", name, path, message, value),
    warning: (path, message, value) => problemOf("warning", name, path, message, value),
  };

  return { name, check: (request, context) => check(request, context, report) };
}

const decimalNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const integerNumber = /^[+-]?\d+$/;

/**
 * Parses a range bound, which the API carries as a string. Returns `undefined` unless the
 * whole trimmed string is a decimal number (an integer when `integer` is true).
 */
export function parseBound(text: unknown, integer: boolean): number | undefined {
  if (typeof text !== "string") return undefined;
  const trimmed = text.trim();
  if (!(integer ? integerNumber : decimalNumber).test(trimmed)) return undefined;
  const parsed = Number(trimmed);

  return Number.isFinite(parsed) ? parsed : undefined;
}
