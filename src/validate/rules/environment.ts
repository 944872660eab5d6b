/**
 * Rules on the environment variables of the training jobs.
 *
 * Source:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTrainingJobDefinition.html
 */
import { joinPath } from "../../problems.js";
import { describePath, formatValue } from "../describe.js";
import { entries, field } from "../read.js";
import { defineRule } from "./context.js";
import type { DefinitionEntry, SemanticRule } from "./types.js";

const keyPattern = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** The limit applies to each definition and to the sum over all definitions of the job. */
const maxVariables = 48;
/** Parts of a variable name that suggest the value is a credential. */
const secretMarkers = [
  "SECRET",
  "PASSWORD",
  "PASSWD",
  "TOKEN",
  "ACCESS_KEY",
  "API_KEY",
  "PRIVATE_KEY",
  "CREDENTIAL",
];

function environmentOf(entry: DefinitionEntry): Array<{ key: string; path: string }> {
  const environmentPath = joinPath(entry.path, "Environment");

  return entries(field(entry.definition, "Environment")).map(([key]) => ({
    key,
    path: joinPath(environmentPath, key),
  }));
}

/** Variable names are letters, digits and underscores, not starting with a digit. */
export const environmentKeys = defineRule("environment-keys", (_request, context, report) =>
  context.definitions.flatMap(environmentOf).flatMap(({ key, path }) => {
    if (keyPattern.test(key)) return [];
    const message = `${describePath(path)} has the name ${formatValue(key)}, but environment variable names must be letters, digits and underscores that do not start with a digit, so rename it.`;

    return [report.error(path, message, key)];
  }),
);

/** At most 48 environment variables across all definitions of the tuning job. */
export const environmentCount = defineRule("environment-count", (_request, context, report) => {
  let total = 0;
  for (const entry of context.definitions) {
    const count = environmentOf(entry).length;
    total += count;
    if (total <= maxVariables) continue;
    const path = joinPath(entry.path, "Environment");
    const scope = total === count ? "" : " across all training job definitions";
    const message = `${describePath(path)} brings the number of environment variables${scope} to ${total}, but at most ${maxVariables} are allowed, so remove ${total - maxVariables}.`;

    return [report.error(path, message, total)];
  }

  return [];
});

/** Warns about variable names that suggest a credential, which training job descriptions show in plain text. */
export const secretEnvironment = defineRule("secret-environment", (_request, context, report) =>
  context.definitions.flatMap(environmentOf).flatMap(({ key, path }) => {
    const upper = key.toUpperCase();
    const marker = secretMarkers.find((candidate) => upper.includes(candidate));
    if (marker === undefined) return [];
    // The value is left out of the problem and the message so that a secret is never printed.
    const message = `${describePath(path)} looks like a credential because its name contains ${marker}, and environment variables appear in plain text in the job description, so read the secret from AWS Secrets Manager at run time instead.`;

    return [report.warning(path, message)];
  }),
);

/** The rules of this file, in the order they run. */
export const environmentRules: readonly SemanticRule[] = [
  environmentKeys,
  environmentCount,
  secretEnvironment,
];
