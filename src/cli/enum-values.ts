/**
 * The `--allow-enum-value ENUM=VALUE` option: the command-line form of `$enumValue`, for
 * enum values that the installed `@aws-sdk/client-sagemaker` does not list yet.
 */
import { InvalidArgumentError } from "commander";

import type { EnumName } from "../../generated/enums.js";
import { schema } from "../../generated/schema.js";
import { $enumValue } from "../escape-hatch.js";
import type { Problem } from "../problems.js";
import type { TypeRef } from "../schema/types.js";
import { closestNames } from "../validate/describe.js";

/** One `--allow-enum-value` argument, split into the enum's name and the value to admit. */
export interface AllowedEnumValue {
  enumName: EnumName;
  value: string;
}

/** Flags of the option, as help and commander's messages print them. */
export const allowEnumValueFlags = "--allow-enum-value <ENUM=VALUE>";

/** Help text of the option. */
export const allowEnumValueHelp =
  "accept VALUE for the enum ENUM although the installed AWS SDK does not list it, for " +
  "example TrainingInstanceType=ml.p6.96xlarge for a newer instance type (repeatable)";

const requestStructure = "CreateHyperParameterTuningJobRequest";
const example = "TrainingInstanceType=ml.p6.96xlarge";
const expectedForm = `Expected ENUM=VALUE, such as ${example}`;

/** Names of the enums that members of the tuning job request use, at any depth. */
const requestEnumNames: readonly string[] = collectEnumNames(requestStructure);

/**
 * Parses one `--allow-enum-value` argument and appends it to the earlier ones, as
 * commander's option parser. Throws commander's `InvalidArgumentError`, which becomes a
 * usage error, for a missing `=`, an empty part, or an enum that the request does not use.
 */
export function parseAllowedEnumValue(
  argument: string,
  previous: readonly AllowedEnumValue[] = [],
): AllowedEnumValue[] {
  const separator = argument.indexOf("=");
  if (separator === -1) throw new InvalidArgumentError(`${expectedForm}, but it has no "=".`);
  const enumName = argument.slice(0, separator).trim();
  const value = argument.slice(separator + 1);
  if (enumName === "") throw new InvalidArgumentError(`${expectedForm}, but it names no enum.`);
  if (value === "") throw new InvalidArgumentError(`${expectedForm}, but it has no value.`);
  if (!isRequestEnumName(enumName)) throw new InvalidArgumentError(describeUnknownEnum(enumName));

  return [...previous, { enumName, value }];
}

/**
 * Admits each value for its enum with `$enumValue`, so the validator accepts it there.
 *
 * NOTE: `$enumValue` admits a value for the whole process, so when `runCli` runs several
 * times in one process, a value admitted by one run stays admitted in the later runs.
 */
export function admitEnumValues(values: readonly AllowedEnumValue[] | undefined): void {
  for (const { enumName, value } of values ?? []) $enumValue(enumName, value);
}

/**
 * Rewrites the fix of an unknown-enum-value problem for command-line users, who cannot
 * call `$enumValue()`: the message names `--allow-enum-value ENUM=VALUE` in its place.
 * Other problems are returned unchanged.
 */
export function withCommandLineEnumFix(problem: Problem): Problem {
  if (problem.rule !== "enum" || typeof problem.value !== "string") return problem;
  const option = `--allow-enum-value ${enumNameIn(problem.message)}=${optionValue(problem.value)}`;
  const library = "$enumValue()";
  const message = problem.message.includes(library)
    ? problem.message.replace(library, option)
    : `${problem.message} To accept a newer value, pass ${option}.`;

  return { ...problem, message };
}

function isRequestEnumName(name: string): name is EnumName {
  return requestEnumNames.includes(name);
}

function describeUnknownEnum(name: string): string {
  const closest = closestNames(name, requestEnumNames);
  const names = closest.length > 0 ? closest.join(" or ") : `one of ${requestEnumNames.join(", ")}`;

  return `${expectedForm}, but ${JSON.stringify(name)} is not an enum of ${requestStructure}, so use ${names}.`;
}

/**
 * Reads the enum's name from the validator's message, which writes it as
 * `` one of N `Name` values``, or returns the placeholder `ENUM` when the wording differs.
 */
function enumNameIn(message: string): string {
  const name = /one of \d+ `(\w+)` values/.exec(message)?.[1];

  return name !== undefined && requestEnumNames.includes(name) ? name : "ENUM";
}

/** Returns the value when a shell passes it as it is, else the placeholder `VALUE`. */
function optionValue(value: string): string {
  return /^[\w.:/@+-]{1,100}$/.test(value) ? value : "VALUE";
}

/** Lists the enums reachable from `structureName` in the generated tables, sorted. */
function collectEnumNames(structureName: string): string[] {
  const enums = new Set<string>();
  const visited = new Set<string>();
  const pending: TypeRef[] = [{ kind: "structure", name: structureName }];
  for (let type = pending.pop(); type !== undefined; type = pending.pop()) {
    if (type.kind === "enum") enums.add(type.name);
    else pending.push(...nestedTypes(type, visited));
  }

  return [...enums].filter((name) => Object.hasOwn(schema.enums, name)).sort();
}

/**
 * Returns the types inside `type`: a list's member, a map's key and value, or the members
 * of a structure that `visited` does not contain yet, which it then records.
 */
function nestedTypes(type: TypeRef, visited: Set<string>): TypeRef[] {
  switch (type.kind) {
    case "list":
      return [type.member];
    case "map":
      return [type.key, type.value];
    case "structure":
    case "union": {
      if (visited.has(type.name)) return [];
      visited.add(type.name);
      const members = Object.values(schema.structures[type.name]?.members ?? {});

      return members.map((member) => member.type);
    }
    default:
      return [];
  }
}
