import { readFileSync } from "node:fs";

import { Command, Option } from "commander";

import { runCreate, runRender, runSkeleton, runValidate, type CommandContext } from "./commands.js";
import { allowEnumValueFlags, allowEnumValueHelp, parseAllowedEnumValue } from "./enum-values.js";

/**
 * Builds the `sagemaker-fluent` command line. Commander's output goes to the context's
 * buffers, and `exitOverride` turns its exits into exceptions that the caller maps to
 * exit statuses.
 */
export function buildProgram(context: CommandContext): Command {
  const program = new Command("sagemaker-fluent");
  program
    .description(
      "Validate, render and send Amazon SageMaker CreateHyperParameterTuningJob requests.",
    )
    .version(readPackageVersion(), "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "show help for a command")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.output.write(text),
      writeErr: (text) => context.output.writeError(text),
    })
    .showSuggestionAfterError(true)
    .showHelpAfterError("(run sagemaker-fluent --help for usage)")
    .helpCommand(false);

  addValidateCommand(program, context);
  addRenderCommand(program, context);
  addCreateCommand(program, context);
  addSkeletonCommand(program, context);

  return program;
}

const strictOption = "turn warnings into errors, so a request with warnings is invalid";
const fileArgument = [
  "<file>",
  "request file (.json, .yaml or .yml; others are sniffed), or - for stdin",
] as const;

function addValidateCommand(program: Command, context: CommandContext): void {
  program
    .command("validate")
    .description(
      "Check a request. Exit status 0 when valid, 1 when invalid, 2 when the file cannot be read or parsed.",
    )
    .argument(...fileArgument)
    .option("--strict", strictOption)
    .option(allowEnumValueFlags, allowEnumValueHelp, parseAllowedEnumValue)
    .addOption(
      new Option(
        "--format <format>",
        "report format: text lines on stderr, or a JSON report on stdout",
      )
        .choices(["text", "json"])
        .default("text"),
    )
    .action((file: string, options) => runValidate(context, file, options));
}

function addRenderCommand(program: Command, context: CommandContext): void {
  program
    .command("render")
    .description(
      "Validate a request, then print it normalised for --cli-input-json or --cli-input-yaml.",
    )
    .argument(...fileArgument)
    .option("--strict", strictOption)
    .option(allowEnumValueFlags, allowEnumValueHelp, parseAllowedEnumValue)
    .addOption(
      new Option("--format <format>", "output format").choices(["json", "yaml"]).default("json"),
    )
    .action((file: string, options) => runRender(context, file, options));
}

function addCreateCommand(program: Command, context: CommandContext): void {
  program
    .command("create")
    .description(
      "Validate a request and send it with the AWS SDK's default configuration " +
        "(AWS_REGION, AWS_ENDPOINT_URL_SAGEMAKER, credentials), then print the tuning job ARN. " +
        "Exit status 3 when SageMaker or the SDK rejects the request.",
    )
    .argument(...fileArgument)
    .option("--dry-run", "validate and print the request without sending it")
    .option("--strict", strictOption)
    .option(allowEnumValueFlags, allowEnumValueHelp, parseAllowedEnumValue)
    .action((file: string, options) => runCreate(context, file, options));
}

function addSkeletonCommand(program: Command, context: CommandContext): void {
  program
    .command("skeleton")
    .description("Print an empty request with every member, like --generate-cli-skeleton.")
    .addOption(
      new Option("--format <format>", "output format").choices(["json", "yaml"]).default("json"),
    )
    .action((options) => runSkeleton(context, options));
}

/** Reads the version from package.json, which sits two levels up in src/ and three in dist/src/. */
function readPackageVersion(): string {
  for (const relative of ["../../package.json", "../../../package.json"]) {
    try {
      const text = readFileSync(new URL(relative, import.meta.url), "utf8");
      const manifest = JSON.parse(text) as { name?: unknown; version?: unknown };
      if (manifest.name === "sagemaker-fluent" && typeof manifest.version === "string") {
        return manifest.version;
      }
    } catch {
      // Not at this level; try the next one.
    }
  }

  return "unknown";
}
