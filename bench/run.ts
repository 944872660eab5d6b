/**
 * Benchmarks, printed as Markdown for BENCHMARKS.md:
 * - compile cost (`tsc --extendedDiagnostics`) of the flagship chain, the same request as a
 *   plain SDK object literal, `defineTuningJob` on that literal, and a user file that
 *   imports one generated entry point against one that imports only the SDK;
 * - generation time of the shipped closure, of 1, 10 and 100 operations, and of `all`,
 *   with the output size and check time of `all`;
 * - validation throughput of the flagship request.
 *
 * Run with `npm run bench`; `--quick` skips the `all` runs.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate, shippedEntryPoints } from "../codegen/generate.js";
import { readSdkModel } from "../codegen/read/sdk-reader.js";
import { validateTuningJob } from "../src/validate/index.js";
import { flagshipLiteral } from "../test/fixtures/flagship-literal.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const scratch = join(root, ".bench-tmp");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

interface Diagnostics {
  instantiations: number;
  types: number;
  checkSeconds: number;
  totalSeconds: number;
}

/** Type-checks `files` (paths relative to the scratch folder) and reads tsc's counters. */
function checkCost(name: string, files: string[]): Diagnostics {
  const config = {
    extends: "../tsconfig.json",
    compilerOptions: { noEmit: true, incremental: false },
    include: [],
    files,
  };
  const project = join(scratch, `tsconfig.${name}.json`);
  writeFileSync(project, JSON.stringify(config, null, 2));
  const output = execFileSync(process.execPath, [tsc, "-p", project, "--extendedDiagnostics"], {
    encoding: "utf8",
  });
  const read = (label: string): number => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output);
    if (!match?.[1]) throw new Error(`tsc printed no ${label} line for ${name}:\n${output}`);

    return Number(match[1]);
  };

  return {
    instantiations: read("Instantiations"),
    types: read("Types"),
    checkSeconds: read("Check time"),
    totalSeconds: read("Total time"),
  };
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);

  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Times a generation run in milliseconds, as the median of `runs`. */
async function generationTime(
  operations: readonly string[] | "shipped",
  runs: number,
  outDir: string,
) {
  const entryPoints =
    operations === "shipped" ? shippedEntryPoints : [{ name: "operations", operations }];
  const times: number[] = [];
  let fileCount = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const result = await generate({ outDir, sourceDir: join(root, "src"), entryPoints });
    times.push(performance.now() - start);
    fileCount = result.files.length;
    if (run === runs - 1) writeOutput(outDir, result.files);
  }

  return { milliseconds: Math.round(medianOf(times)), files: fileCount };
}

function writeOutput(outDir: string, files: Array<{ path: string; text: string }>) {
  rmSync(outDir, { recursive: true, force: true });
  for (const file of files) {
    const target = join(outDir, file.path);
    mkdirSync(join(target, ".."), { recursive: true });
    writeFileSync(target, file.text);
  }
}

function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }

  return { bytes, files };
}

/** Runs the generator's command line in a new process and returns its wall time in milliseconds. */
function cliTime(args: string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, ["--import", "tsx", join(root, "codegen", "cli.ts"), ...args], {
    stdio: "ignore",
  });

  return Math.round(performance.now() - start);
}

/** Picks `count` operations spread evenly over the sorted list, so each size mixes families. */
function spreadOperations(all: string[], count: number): string[] {
  const step = all.length / count;

  return Array.from({ length: count }, (_, index) => all[Math.floor(index * step)] as string);
}

function validationThroughput(): number {
  const seconds = 2;
  let count = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let batch = 0; batch < 100; batch += 1) validateTuningJob(flagshipLiteral);
    count += 100;
  }

  return Math.round(count / seconds);
}

/** Returns the flagship chain of the example as a file that imports the built package. */
function fluentSource(): string {
  const example = readFileSync(join(root, "examples", "xgboost-bayesian-tuning.ts"), "utf8");
  const start = example.indexOf("tuningJob(");
  const end = example.indexOf(";\n", start);
  if (start < 0 || end < 0) throw new Error("the flagship chain was not found in the example");

  return `import { tuningJob } from "../dist/src/index.js";\nexport const request = ${example.slice(start, end)}.build();\n`;
}

/** The flagship request's object literal, as written in the test fixture. */
function literalSource(): string {
  const source = readFileSync(join(root, "test", "fixtures", "flagship-literal.ts"), "utf8");

  return source.slice(source.indexOf("= {") + 2, source.lastIndexOf("};") + 1);
}

/** Returns a file that passes the flagship request literal to defineTuningJob. */
function defineSource(): string {
  return `import { defineTuningJob } from "../dist/src/index.js";\nexport const request = defineTuningJob(${literalSource()});\n`;
}

function row(cells: Array<string | number>): string {
  return `| ${cells.join(" | ")} |`;
}

async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  // User files import the built declarations, as users of the package do.
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], {
    stdio: "inherit",
  });
  writeFileSync(join(scratch, "fluent.ts"), fluentSource());
  writeFileSync(join(scratch, "define.ts"), defineSource());
  const literalText = literalSource();
  writeFileSync(
    join(scratch, "entry-point.ts"),
    `import type { StrictCreateHyperParameterTuningJobRequest } from "../dist/generated/tuning/index.js";\nexport const request: StrictCreateHyperParameterTuningJobRequest = ${literalText};\n`,
  );
  writeFileSync(
    join(scratch, "sdk-only.ts"),
    `import type { CreateHyperParameterTuningJobRequest } from "@aws-sdk/client-sagemaker";\nexport const request: CreateHyperParameterTuningJobRequest = ${literalText};\n`,
  );
  writeFileSync(
    join(scratch, "builder.ts"),
    `import { HyperParameterTuningJobConfigBuilder } from "../dist/generated/tuning/index.js";\nexport const config = new HyperParameterTuningJobConfigBuilder().strategy("Random").resourceLimits({ MaxNumberOfTrainingJobs: 4, MaxParallelTrainingJobs: 2 }).build();\n`,
  );

  const lines: string[] = [];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  lines.push(`Machine: ${machine}. Command: \`npm run bench\`.`, "");

  const literal = checkCost("literal", ["../test/fixtures/flagship-literal.ts"]);
  const fluent = checkCost("fluent", ["fluent.ts"]);
  const defined = checkCost("define", ["define.ts"]);
  lines.push("### Compile cost of the flagship request", "");
  lines.push(
    row(["form", "instantiations", "types", "check time (s)", "instantiations vs literal"]),
  );
  lines.push(row(["---", "---:", "---:", "---:", "---:"]));
  for (const [name, result] of [
    ["SDK object literal", literal],
    ["fluent chain (whole example)", fluent],
    ["defineTuningJob", defined],
  ] as const) {
    const ratio = (result.instantiations / literal.instantiations).toFixed(2);
    lines.push(
      row([name, result.instantiations, result.types, result.checkSeconds.toFixed(2), `${ratio}x`]),
    );
  }

  const entryPoint = checkCost("entry-point", ["entry-point.ts"]);
  const sdkOnly = checkCost("sdk-only", ["sdk-only.ts"]);
  const builder = checkCost("builder", ["builder.ts"]);
  lines.push("", "### A user file importing one entry point", "");
  lines.push(
    "The flagship request as a typed object literal, once typed with the SDK's type and once with the strict config type of `generated/tuning`; and a short builder chain from the same entry point.",
    "",
  );
  lines.push(row(["file", "instantiations", "types", "check time (s)", "total time (s)"]));
  lines.push(row(["---", "---:", "---:", "---:", "---:"]));
  for (const [name, result] of [
    ["imports the SDK only", sdkOnly],
    ["imports `generated/tuning`", entryPoint],
    ["builder chain from `generated/tuning`", builder],
  ] as const) {
    lines.push(
      row([
        name,
        result.instantiations,
        result.types,
        result.checkSeconds.toFixed(2),
        result.totalSeconds.toFixed(2),
      ]),
    );
  }
  lines.push(
    row([
      "ratio (entry point / SDK only)",
      `${(entryPoint.instantiations / Math.max(sdkOnly.instantiations, 1)).toFixed(2)}x`,
      "",
      `${(entryPoint.checkSeconds / Math.max(sdkOnly.checkSeconds, 0.01)).toFixed(2)}x`,
      `${(entryPoint.totalSeconds / sdkOnly.totalSeconds).toFixed(2)}x`,
    ]),
  );

  lines.push("", "### Generation time (median of 3 runs, in process, prettier included)", "");
  lines.push(row(["operations", "files", "time (ms)"]));
  lines.push(row(["---", "---:", "---:"]));
  const shipped = await generationTime("shipped", 3, join(scratch, "gen-shipped"));
  lines.push(
    row([
      "shipped entry points (tuning family + CreateTrainingJob)",
      shipped.files,
      shipped.milliseconds,
    ]),
  );
  const operations = Object.keys(readSdkModel().operations).sort();
  for (const count of quick ? [1, 10] : [1, 10, 100]) {
    const result = await generationTime(
      spreadOperations(operations, count),
      3,
      join(scratch, `gen-${count}`),
    );
    lines.push(row([count, result.files, result.milliseconds]));
  }
  if (!quick) {
    const outDir = join(scratch, "gen-all");
    const all = await generationTime(["all"], 3, outDir);
    lines.push(row([`all (${operations.length})`, all.files, all.milliseconds]));
    lines.push(
      "",
      "### `npm run generate -- --operations all` as a fresh process (wall time, including start-up)",
      "",
    );
    lines.push(row(["run (median of 3)", "time (ms)"]));
    lines.push(row(["---", "---:"]));
    // Each cold run writes into a folder of its own, as a first run into an empty folder does.
    const coldRuns = [1, 2, 3].map((run) =>
      cliTime(["--operations", "all", "--out", join(scratch, `gen-all-cli-${run}`), "--no-cache"]),
    );
    lines.push(row(["empty folder, no format cache (`--no-cache`)", medianOf(coldRuns)]));
    const cliOut = join(scratch, "gen-all-cli-1");
    cliTime(["--operations", "all", "--out", cliOut]);
    const warmRuns = [1, 2, 3].map(() => cliTime(["--operations", "all", "--out", cliOut]));
    lines.push(row(["same folder, with the format cache of a previous run", medianOf(warmRuns)]));
    const size = folderSize(outDir);
    writeFileSync(
      join(scratch, "tsconfig.all.json"),
      JSON.stringify({
        extends: "../tsconfig.json",
        compilerOptions: { noEmit: true },
        include: ["gen-all"],
      }),
    );
    const allCheck = checkCost("all", ["gen-all/index.ts", "gen-all/operations/index.ts"]);
    lines.push("", "### The whole service", "");
    lines.push(
      `${size.files} files, ${(size.bytes / 2 ** 20).toFixed(1)} MiB; type-checking all of it: ${allCheck.instantiations} instantiations, ${allCheck.checkSeconds.toFixed(2)} s check time, ${allCheck.totalSeconds.toFixed(2)} s in all.`,
    );
  }

  lines.push("", "### Validation throughput", "");
  lines.push(
    `\`validateTuningJob\` on the flagship request: ${validationThroughput()} requests per second (one thread, 2 s run).`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
}

await main();
