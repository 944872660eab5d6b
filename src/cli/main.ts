#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { CommanderError } from "commander";

import { createTuningJob } from "../send.js";
import { validateTuningJob } from "../validate/index.js";
import type { CommandContext } from "./commands.js";
import { ExitCode } from "./exit-codes.js";
import type { StdinSource } from "./input.js";
import { CliOutput, toOneLine } from "./output.js";
import { buildProgram } from "./program.js";

/** Environment of one command-line run. Every member has a default for the real process. */
export interface CliIo {
  /** Standard input for the file argument `-`. */
  stdin?: StdinSource;
  /** Folder that relative file arguments are resolved against. Defaults to `process.cwd()`. */
  cwd?: string;
  /** Factory of the client that `create` sends with. Defaults to `new SageMakerClient({})`. */
  createClient?: () => SageMakerClient;
}

/** Exit status and collected output of one command-line run. */
export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the `sagemaker-fluent` command line on `argv` (the arguments after the program
 * name) and returns its exit status and output instead of writing them. Never throws.
 *
 * @example
 * ```ts
 * const { exitCode, stderr } = await runCli(["validate", "job.json", "--strict"]);
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo = {}): Promise<CliResult> {
  const output = new CliOutput();
  const context: CommandContext = {
    output,
    exitCode: ExitCode.ok,
    stdin: io.stdin,
    cwd: io.cwd ?? process.cwd(),
    validate: (input, options) => validateTuningJob(input, options),
    createClient: io.createClient ?? (() => new SageMakerClient({})),
    send: (client, input, options) => createTuningJob(client, input, options),
  };

  try {
    await buildProgram(context).parseAsync([...argv], { from: "user" });
  } catch (error) {
    context.exitCode = exitCodeForError(error, output);
  }

  return { exitCode: context.exitCode, stdout: output.stdout, stderr: output.stderr };
}

/** Maps commander's exits to statuses and reports any other error as an internal error. */
function exitCodeForError(error: unknown, output: CliOutput): number {
  if (error instanceof CommanderError) {
    // Help and --version exit with 0; every usage error exits with 2.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }

  const description = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  output.errorLine(`sagemaker-fluent: internal error: ${toOneLine(description)}`);

  return ExitCode.internal;
}

/** Runs the command line for this process: reads stdin on demand and sets `process.exitCode`. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  // The AWS SDK warns on Node.js 20 that its releases after early 2027 need Node.js 22.
  // The warning spans several lines of stderr, where each line should be one problem, so
  // it is off unless the user sets this variable themselves.
  process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";
  const result = await runCli(argv, { stdin: readProcessStdin });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;

  return result.exitCode;
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));

  return Buffer.concat(chunks);
}

/** True when this module is the program that Node started, also through a symlink. */
function isEntryPoint(): boolean {
  const started = process.argv[1];
  if (started === undefined) return false;
  try {
    return realpathSync(started) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) await main();
