/**
 * `npm run generate`: writes the generated builders, enums, validation tables and
 * reports. `--check` writes nothing and fails when the committed files are stale.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SageMakerFluentError } from "../src/errors.js";
import {
  type EntryPoint,
  generate,
  generatedMarker,
  type GeneratedFile,
  shippedEntryPoints,
} from "./generate.js";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cacheDir = join(projectRoot, "node_modules", ".cache", "sagemaker-fluent");

/** Returns the format cache file of an output folder; each folder has its own, so that runs into different folders keep their entries. */
function formatCachePath(outDir: string): string {
  const folder = createHash("sha256").update(outDir).digest("hex").slice(0, 16);

  return join(cacheDir, `format-${folder}.json`);
}

/** A mistake in the generator's arguments or output folder; printed without a stack trace. */
class GeneratorUsageError extends SageMakerFluentError {}

const usage = `Usage: npm run generate -- [options]

Options:
  --operations LIST      comma-separated operation names, or "all" (default: the shipped
                         entry points "tuning" and "training")
  --out DIR              output folder (default: generated/)
  --botocore-model PATH  botocore's SageMaker service-2.json or .json.gz (default: the
                         SAGEMAKER_FLUENT_BOTOCORE_MODEL variable, else the local botocore)
  --check                write nothing; exit 1 when a file in the output folder differs
  --no-format            skip prettier (for measuring the emitters alone)
  --no-cache             format every file, ignoring node_modules/.cache/sagemaker-fluent
  --help                 show this help`;

interface CliOptions {
  entryPoints: readonly EntryPoint[];
  outDir: string;
  check: boolean;
  format: boolean;
  cache: boolean;
  botocoreModel?: string;
}

function parseOptions(argv: string[]): CliOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      operations: { type: "string" },
      out: { type: "string" },
      "botocore-model": { type: "string" },
      check: { type: "boolean", default: false },
      "no-format": { type: "boolean", default: false },
      "no-cache": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) return undefined;

  if (values.out !== undefined && existsSync(values.out) && !statSync(values.out).isDirectory()) {
    throw new Error(`--out ${values.out} is a file; give a folder, which is created when missing`);
  }
  const operations = values.operations
    ?.split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (operations?.length === 0) {
    throw new Error(
      '--operations is empty; give operation names such as CreateTrainingJob, or "all"',
    );
  }
  const outDir = resolve(values.out ?? join(projectRoot, "generated"));
  for (const marker of ["package.json", ".git"]) {
    if (existsSync(join(outDir, marker))) {
      throw new Error(
        `--out ${outDir} contains ${marker}, so it looks like a project folder; give the generated files a folder of their own, such as ${join(outDir, "gen")}`,
      );
    }
  }
  const options: CliOptions = {
    entryPoints: operations ? [{ name: "operations", operations }] : shippedEntryPoints,
    outDir,
    check: values.check,
    format: !values["no-format"],
    cache: !values["no-cache"],
  };
  if (values["botocore-model"] !== undefined) options.botocoreModel = values["botocore-model"];

  return options;
}

/** Lists the files below `dir` as paths relative to it. */
function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];

  // Version control and installed packages are never the generator's.
  const entries = readdirSync(dir, { withFileTypes: true }).filter(
    (entry) => !entry.name.startsWith(".") && entry.name !== "node_modules",
  );

  return entries.flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

/** Returns true when the file starts with the generated-file notice, so that it is ours to delete. */
function isGenerated(path: string): boolean {
  return startsWithNotice(readFileSync(path, "utf8"));
}

function startsWithNotice(text: string): boolean {
  return text.startsWith(`// ${generatedMarker}`) || text.startsWith(`<!-- ${generatedMarker}`);
}

/** Returns true for paths where the generator writes: the folder itself, and one folder down. */
function inGeneratorLayout(path: string): boolean {
  return path.split("/").length <= 2;
}

/** Lists the files in the output folder that this run does not write. */
function extraFiles(
  outDir: string,
  files: GeneratedFile[],
): { generated: string[]; others: string[] } {
  const expected = new Set(files.map((file) => file.path));
  const extra = listFiles(outDir).filter((path) => !expected.has(path));

  const ours = (path: string) => inGeneratorLayout(path) && isGenerated(join(outDir, path));

  return {
    generated: extra.filter(ours),
    others: extra.filter((path) => !ours(path)),
  };
}

function staleFiles(outDir: string, files: GeneratedFile[]): string[] {
  const stale: string[] = [];
  for (const file of files) {
    const target = join(outDir, file.path);
    if (!existsSync(target) || readFileSync(target, "utf8") !== file.text) stale.push(file.path);
  }
  const extra = extraFiles(outDir, files);
  stale.push(...extra.generated.map((path) => `${path} (no longer generated)`));
  stale.push(...extra.others.map((path) => `${path} (not generated; move it out of the folder)`));

  return stale.sort();
}

/**
 * Writes the files that changed and deletes generated files that are no longer produced.
 * Files without the generated-file notice are left alone and returned.
 */
async function writeFiles(
  outDir: string,
  files: GeneratedFile[],
): Promise<{ written: number; kept: string[] }> {
  // Each existing target is read once: for the notice check and to skip unchanged files.
  const current = new Map<string, string>();
  for (const file of files) {
    const target = join(outDir, file.path);
    if (existsSync(target)) current.set(file.path, readFileSync(target, "utf8"));
  }
  const foreign = [...current].filter(([, text]) => !startsWithNotice(text)).map(([path]) => path);
  if (foreign.length > 0) {
    throw new GeneratorUsageError(
      `${outDir} has files that the generator would overwrite but did not write: ${foreign.join(", ")}; move them, or give --out another folder`,
    );
  }
  const extra = extraFiles(outDir, files);
  for (const path of extra.generated) rmSync(join(outDir, path));

  const changed = files.filter((file) => current.get(file.path) !== file.text);
  for (const folder of new Set(changed.map((file) => dirname(join(outDir, file.path))))) {
    mkdirSync(folder, { recursive: true });
  }
  await Promise.all(changed.map((file) => writeFile(join(outDir, file.path), file.text)));

  return { written: changed.length, kept: extra.others };
}

async function main(argv: string[]): Promise<number> {
  let options: CliOptions | undefined;
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (!options) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }

  if (relative(projectRoot, options.outDir).startsWith("..")) {
    process.stderr.write(
      `note: ${options.outDir} is outside this project, where the generated imports of src/ and @aws-sdk/client-sagemaker do not resolve\n`,
    );
  }
  const start = performance.now();
  const result = await generate({
    outDir: options.outDir,
    sourceDir: join(projectRoot, "src"),
    entryPoints: options.entryPoints,
    skipFormat: !options.format,
    ...(options.cache ? { formatCache: formatCachePath(options.outDir) } : {}),
    ...(options.botocoreModel === undefined ? {} : { botocoreModel: options.botocoreModel }),
  });
  const elapsed = Math.round(performance.now() - start);

  if (options.check) {
    const stale = staleFiles(options.outDir, result.files);
    if (stale.length === 0) {
      process.stdout.write(`generated files are up to date (${result.files.length} files)\n`);
      return 0;
    }
    process.stderr.write(
      `generated files are stale; run \`npm run generate\` and commit the result:\n${stale.map((path) => `  ${path}`).join("\n")}\n`,
    );
    return 1;
  }

  const { written, kept } = await writeFiles(options.outDir, result.files);
  if (kept.length > 0) {
    const count = kept.length === 1 ? "1 file" : `${kept.length} files`;
    process.stderr.write(`left ${count} in ${options.outDir} that the generator did not write:\n`);
    process.stderr.write(`${kept.map((path) => `  ${path}`).join("\n")}\n`);
  }
  const steps = Object.entries(result.timings)
    .map(([step, ms]) => `${step} ${ms} ms`)
    .join(", ");
  process.stdout.write(
    `wrote ${written} of ${result.files.length} files to ${options.outDir} in ${elapsed} ms (${steps})\n`,
  );

  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A missing botocore model or a bad flag is the user's to fix, so its message is enough.
    // Any other failure is a generator bug, and its stack helps to find it.
    if (error instanceof SageMakerFluentError) {
      process.stderr.write(`generation failed: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`generation failed: ${detail}\n`);
    process.exitCode = 1;
  },
);
