import type {
  CreateHyperParameterTuningJobCommandInput,
  SageMakerClient,
} from "@aws-sdk/client-sagemaker";

import { ValidationError } from "../errors.js";
import {
  generateSkeleton,
  normalizeRequest,
  parseRequestDocument,
  toCliInputJson,
  toCliInputYaml,
} from "../io/index.js";
import type { Problem } from "../problems.js";
import { ExitCode } from "./exit-codes.js";
import { admitEnumValues, withCommandLineEnumFix, type AllowedEnumValue } from "./enum-values.js";
import { readInputDocument, type StdinSource } from "./input.js";
import {
  applyStrict,
  formatJsonReport,
  formatParseProblemLine,
  formatProblemLine,
  type CliOutput,
} from "./output.js";
import { describeSendError } from "./send-errors.js";

/** Validator result for one request. */
export interface ValidationOutcome {
  valid: boolean;
  problems: readonly Problem[];
  /** The request, typed as the SDK's input, when it is valid. */
  request: CreateHyperParameterTuningJobCommandInput | undefined;
}

/** Options that a command passes to the validator. */
export interface CommandValidateOptions {
  strict: boolean;
  /** Source text of numbers by JSON path, as the document reader returns it. */
  numberTexts?: ReadonlyMap<string, string>;
}

/** Everything a command needs besides its arguments; tests replace the dependencies. */
export interface CommandContext {
  output: CliOutput;
  exitCode: number;
  stdin: StdinSource | undefined;
  cwd: string;
  validate: (input: unknown, options: CommandValidateOptions) => ValidationOutcome;
  createClient: () => SageMakerClient;
  send: (
    client: SageMakerClient,
    input: CreateHyperParameterTuningJobCommandInput,
    options: { strict: boolean },
  ) => Promise<string>;
}

/** Options that `validate`, `render` and `create` share. */
export interface RequestCommandOptions {
  strict?: boolean;
  /** Enum values to admit with `$enumValue` before validating, from `--allow-enum-value`. */
  allowEnumValue?: AllowedEnumValue[];
}

/** Options of `validate`. */
export interface ValidateCommandOptions extends RequestCommandOptions {
  format: "text" | "json";
}

/** Options of `render`. */
export interface RenderCommandOptions extends RequestCommandOptions {
  format: "json" | "yaml";
}

/** Options of `create`. */
export interface CreateCommandOptions extends RequestCommandOptions {
  dryRun?: boolean;
}

type LoadedRequest =
  | {
      source: string;
      valid: true;
      problems: Problem[];
      request: CreateHyperParameterTuningJobCommandInput;
    }
  | { source: string; valid: false; problems: Problem[] };

/** Runs `validate <file>`: exit 0 when valid, 1 when invalid, 2 when unreadable. */
export async function runValidate(
  context: CommandContext,
  file: string,
  options: ValidateCommandOptions,
): Promise<void> {
  admitEnumValues(options.allowEnumValue);
  const strict = options.strict === true;
  const jsonReport = options.format === "json";
  const loaded = await loadRequest(context, file, strict, jsonReport);
  if (loaded === undefined) return;

  if (jsonReport) {
    context.output.write(formatJsonReport(loaded.valid, loaded.problems));
  } else {
    reportProblems(context, loaded.problems, strict);
    if (loaded.valid)
      context.output.write(`${loaded.source}: valid${describeWarnings(loaded.problems)}\n`);
  }
  context.exitCode = loaded.valid ? ExitCode.ok : ExitCode.invalid;
}

/** Runs `render <file>`: validates, then prints the request with members in model order. */
export async function runRender(
  context: CommandContext,
  file: string,
  options: RenderCommandOptions,
): Promise<void> {
  admitEnumValues(options.allowEnumValue);
  const strict = options.strict === true;
  const loaded = await loadRequest(context, file, strict, false);
  if (loaded === undefined) return;

  reportProblems(context, loaded.problems, strict);
  if (!loaded.valid) {
    context.exitCode = ExitCode.invalid;

    return;
  }
  const render = options.format === "yaml" ? toCliInputYaml : toCliInputJson;
  context.output.write(render(normalizeRequest(loaded.request)));
  context.exitCode = ExitCode.ok;
}

/** Runs `create <file>`: validates, then sends the request unless `--dry-run` is given. */
export async function runCreate(
  context: CommandContext,
  file: string,
  options: CreateCommandOptions,
): Promise<void> {
  admitEnumValues(options.allowEnumValue);
  const strict = options.strict === true;
  const loaded = await loadRequest(context, file, strict, false);
  if (loaded === undefined) return;

  reportProblems(context, loaded.problems, strict);
  if (!loaded.valid) {
    context.exitCode = ExitCode.invalid;

    return;
  }
  if (options.dryRun === true) {
    context.output.write(toCliInputJson(normalizeRequest(loaded.request)));
    context.output.errorLine("dry run: the request is valid and was not sent.");
    context.exitCode = ExitCode.ok;

    return;
  }

  await sendRequest(context, loaded.request, strict);
}

/** Runs `skeleton`: prints an empty request to fill in. */
export function runSkeleton(context: CommandContext, options: { format: "json" | "yaml" }): void {
  context.output.write(generateSkeleton(options.format));
  context.exitCode = ExitCode.ok;
}

async function sendRequest(
  context: CommandContext,
  request: CreateHyperParameterTuningJobCommandInput,
  strict: boolean,
): Promise<void> {
  const client = context.createClient();
  try {
    const arn = await context.send(client, request, { strict });
    context.output.write(`${arn}\n`);
    context.exitCode = ExitCode.ok;
  } catch (error) {
    if (error instanceof ValidationError) {
      const problems = applyStrict(error.problems, strict).map(withCommandLineEnumFix);
      reportProblems(context, problems, strict);
      context.exitCode = ExitCode.invalid;

      return;
    }
    context.output.errorLine(describeSendError(error));
    context.exitCode = ExitCode.sendFailed;
  } finally {
    client.destroy();
  }
}

/**
 * Reads, parses and validates a request. On a read or parse failure it reports the
 * problems, sets exit status 2 and returns undefined.
 */
async function loadRequest(
  context: CommandContext,
  file: string,
  strict: boolean,
  jsonReport: boolean,
): Promise<LoadedRequest | undefined> {
  const input = await readInputDocument(file, context.stdin, context.cwd);
  if (!input.ok) {
    const problem: Problem = { severity: "error", path: "", rule: "read", message: input.message };
    reportUnreadable(context, [problem], jsonReport);

    return undefined;
  }

  const { source, content, format } = input.document;
  const parsed = parseRequestDocument(content, { format, source });
  if (!parsed.ok) {
    reportUnreadable(context, parsed.problems, jsonReport);

    return undefined;
  }

  const outcome = context.validate(parsed.value, { strict, numberTexts: parsed.numberTexts });
  const problems = applyStrict(outcome.problems, strict).map(withCommandLineEnumFix);
  const valid = outcome.valid && !problems.some((problem) => problem.severity === "error");
  if (!valid || outcome.request === undefined) return { source, valid: false, problems };

  return { source, valid: true, problems, request: outcome.request };
}

function reportUnreadable(
  context: CommandContext,
  problems: readonly Problem[],
  jsonReport: boolean,
): void {
  if (jsonReport) {
    context.output.write(formatJsonReport(false, problems));
  } else {
    for (const problem of problems) context.output.errorLine(formatParseProblemLine(problem));
  }
  context.exitCode = ExitCode.usage;
}

function reportProblems(
  context: CommandContext,
  problems: readonly Problem[],
  strict: boolean,
): void {
  for (const problem of problems) context.output.errorLine(formatProblemLine(problem, strict));
}

function describeWarnings(problems: readonly Problem[]): string {
  const count = problems.filter((problem) => problem.severity === "warning").length;
  if (count === 0) return "";

  return count === 1 ? " with 1 warning" : ` with ${count} warnings`;
}
