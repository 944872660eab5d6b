/** A short readable summary of a tuning-job request, for the examples. */
import type { CreateHyperParameterTuningJobCommandInput } from "@aws-sdk/client-sagemaker";

function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];

  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** Returns the strategy, objective, search space and limits of a request as plain text. */
export function summarizeTuningJob(request: CreateHyperParameterTuningJobCommandInput): string {
  const config = request.HyperParameterTuningJobConfig;
  const ranges = config?.ParameterRanges ?? request.TrainingJobDefinition?.HyperParameterRanges;
  const objective = config?.HyperParameterTuningJobObjective;
  const limits = config?.ResourceLimits;
  const rows = [["hyperparameter", "kind", "range", "scaling"]];
  for (const range of ranges?.IntegerParameterRanges ?? []) {
    rows.push([
      range.Name ?? "",
      "integer",
      `${range.MinValue} .. ${range.MaxValue}`,
      range.ScalingType ?? "Auto",
    ]);
  }
  for (const range of ranges?.ContinuousParameterRanges ?? []) {
    rows.push([
      range.Name ?? "",
      "continuous",
      `${range.MinValue} .. ${range.MaxValue}`,
      range.ScalingType ?? "Auto",
    ]);
  }
  for (const range of ranges?.CategoricalParameterRanges ?? []) {
    rows.push([range.Name ?? "", "categorical", (range.Values ?? []).join(", "), ""]);
  }

  return [
    `tuning job  ${request.HyperParameterTuningJobName}`,
    `strategy    ${config?.Strategy}, early stopping ${config?.TrainingJobEarlyStoppingType ?? "Off"}`,
    `objective   ${objective?.Type} ${objective?.MetricName}`,
    `limits      ${limits?.MaxNumberOfTrainingJobs} training jobs, ${limits?.MaxParallelTrainingJobs} at once` +
      (limits?.MaxRuntimeInSeconds ? `, at most ${limits.MaxRuntimeInSeconds} s in all` : ""),
    "",
    table(rows),
    "",
  ].join("\n");
}
