/**
 * Rules on run-time limits and managed spot training.
 *
 * Sources:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StoppingCondition.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceLimits.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTrainingJobDefinition.html
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html
 */
import { joinPath } from "../../problems.js";
import { describePath, formatValue } from "../describe.js";
import { field } from "../read.js";
import { defineRule, numberAt, recordAt } from "./context.js";
import type { DefinitionEntry, SemanticRule } from "./types.js";

/** 28 days, the longest `MaxRuntimeInSeconds` of a training job. */
const maxTrainingRuntime = 28 * 24 * 60 * 60;

function stoppingPath(entry: DefinitionEntry, member: string): string {
  return joinPath(joinPath(entry.path, "StoppingCondition"), member);
}

function runtimeOf(entry: DefinitionEntry): number | undefined {
  return numberAt(recordAt(entry.definition, "StoppingCondition"), "MaxRuntimeInSeconds");
}

/** A training job runs at most 28 days (2419200 seconds). */
export const maxRuntimeLimit = defineRule("max-runtime-limit", (_request, context, report) =>
  context.definitions.flatMap((entry) => {
    const runtime = runtimeOf(entry);
    if (runtime === undefined || runtime <= maxTrainingRuntime) return [];
    const path = stoppingPath(entry, "MaxRuntimeInSeconds");
    const message = `${describePath(path)} must be at most ${maxTrainingRuntime} (28 days) but received ${runtime}, so lower it.`;

    return [report.error(path, message, runtime)];
  }),
);

/** `MaxWaitTimeInSeconds` applies to managed spot training only. */
export const maxWaitNeedsSpot = defineRule("max-wait-needs-spot", (_request, context, report) =>
  context.definitions.flatMap((entry) => {
    const wait = field(recordAt(entry.definition, "StoppingCondition"), "MaxWaitTimeInSeconds");
    const spot = field(entry.definition, "EnableManagedSpotTraining");
    if (wait === undefined || spot === true) return [];
    const path = stoppingPath(entry, "MaxWaitTimeInSeconds");
    const spotPath = joinPath(entry.path, "EnableManagedSpotTraining");
    const current = spot === undefined ? "not set" : formatValue(spot);
    const message = `${describePath(path)} is allowed only with managed spot training, but ${describePath(spotPath)} is ${current}, so set it to true or remove \`MaxWaitTimeInSeconds\`.`;

    return [report.error(path, message, wait)];
  }),
);

/** `MaxWaitTimeInSeconds` is at least `MaxRuntimeInSeconds`, because it includes the run time. */
export const maxWaitAtLeastRuntime = defineRule(
  "max-wait-at-least-runtime",
  (_request, context, report) =>
    context.definitions.flatMap((entry) => {
      const wait = numberAt(
        recordAt(entry.definition, "StoppingCondition"),
        "MaxWaitTimeInSeconds",
      );
      const runtime = runtimeOf(entry);
      if (wait === undefined || runtime === undefined || wait >= runtime) return [];
      const path = stoppingPath(entry, "MaxWaitTimeInSeconds");
      const message = `${describePath(path)} must be at least \`MaxRuntimeInSeconds\` (${runtime}), because it covers the wait for spot capacity plus the run time, but received ${wait}, so raise it.`;

      return [report.error(path, message, wait)];
    }),
);

/** Warns when the tuning job may stop before one of its training jobs can finish. */
export const tuningTimeoutShorterThanJob = defineRule(
  "tuning-timeout-shorter-than-job",
  (_request, context, report) => {
    const limits = recordAt(context.config, "ResourceLimits");
    const tuningRuntime = numberAt(limits, "MaxRuntimeInSeconds");
    if (tuningRuntime === undefined) return [];
    const longest = context.definitions
      .map((entry) => ({ entry, runtime: runtimeOf(entry) }))
      .filter(({ runtime }) => runtime !== undefined && runtime > tuningRuntime)
      .sort((left, right) => (right.runtime ?? 0) - (left.runtime ?? 0))[0];
    if (longest === undefined) return [];
    const path = "HyperParameterTuningJobConfig.ResourceLimits.MaxRuntimeInSeconds";
    const jobPath = stoppingPath(longest.entry, "MaxRuntimeInSeconds");
    const message = `${describePath(path)} (${tuningRuntime}) is shorter than ${describePath(jobPath)} (${longest.runtime ?? 0}), so the tuning job may end before that training job finishes unless you raise the tuning limit or lower the training limit.`;

    return [report.warning(path, message, tuningRuntime)];
  },
);

/** Warns about spot training without checkpoints, which restarts an interrupted job from the start. */
export const spotWithoutCheckpoint = defineRule(
  "spot-without-checkpoint",
  (_request, context, report) =>
    context.definitions.flatMap((entry) => {
      if (field(entry.definition, "EnableManagedSpotTraining") !== true) return [];
      if (field(entry.definition, "CheckpointConfig") !== undefined) return [];
      const path = joinPath(entry.path, "CheckpointConfig");
      const message = `${describePath(path)} is missing while managed spot training is enabled, so an interrupted training job restarts from the beginning unless you add a checkpoint S3 location.`;

      return [report.warning(path, message)];
    }),
);

/**
 * `ResourceConfig.InstancePreferences` takes Flexible Training Plans and On-Demand capacity
 * only, so the SDK documents it as mutually exclusive with managed spot training.
 */
export const instancePreferencesWithoutSpot = defineRule(
  "instance-preferences-without-spot",
  (_request, context, report) =>
    context.definitions.flatMap((entry) => {
      if (field(entry.definition, "EnableManagedSpotTraining") !== true) return [];
      const preferences = field(
        recordAt(entry.definition, "ResourceConfig"),
        "InstancePreferences",
      );
      if (preferences === undefined) return [];
      const path = joinPath(joinPath(entry.path, "ResourceConfig"), "InstancePreferences");
      const spotPath = joinPath(entry.path, "EnableManagedSpotTraining");
      const message = `${describePath(path)} cannot be used with managed spot training, but ${describePath(spotPath)} is true, so remove one of them.`;

      return [report.error(path, message, preferences)];
    }),
);

/** The rules of this file, in the order they run. */
export const stoppingRules: readonly SemanticRule[] = [
  maxRuntimeLimit,
  maxWaitNeedsSpot,
  maxWaitAtLeastRuntime,
  tuningTimeoutShorterThanJob,
  spotWithoutCheckpoint,
  instancePreferencesWithoutSpot,
];
