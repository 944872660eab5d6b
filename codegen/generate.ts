/**
 * The generation pipeline: read the SDK and botocore models, merge them, apply the
 * overlay, and emit formatted files. Returns the files instead of writing them, so that
 * `--check` can compare them with what is committed.
 */
import { relative } from "node:path";
import { readBotocoreModel } from "./botocore/botocore-model.js";
import { locateBotocoreModel } from "./botocore/locate-botocore-model.js";
import { mergeConstraints } from "./botocore/merge-constraints.js";
import { renderDifferences } from "./botocore/render-differences.js";
import { restrictDifferences } from "./botocore/model-differences.js";
import { renderDocComment } from "./docs/doc-comment.js";
import { buildExclusivityReport } from "./docs/exclusivity-report.js";
import { shapeClosure } from "./model/closure.js";
import type { EnumShape, ShapeModel, StructureShape } from "./model/shape-model.js";
import { emitEnums } from "./emit/enums.js";
import { FormatCache, formatAll } from "./format.js";
import { ImportSet } from "./emit/imports.js";
import { fileName } from "./emit/names.js";
import { buildSchema, emitSchema } from "./emit/schema.js";
import { emitStructure } from "./emit/structure.js";
import { overlay } from "./overlay.js";
import { readSdkModel } from "./read/sdk-reader.js";

/** One entry point of the generated package and the operations whose shapes it exports. */
export interface EntryPoint {
  name: string;
  operations: readonly string[];
}

/** The entry points that the package ships. */
export const shippedEntryPoints: readonly EntryPoint[] = [
  {
    name: "tuning",
    operations: [
      "CreateHyperParameterTuningJob",
      "DeleteHyperParameterTuningJob",
      "DescribeHyperParameterTuningJob",
      "ListHyperParameterTuningJobs",
      "ListTrainingJobsForHyperParameterTuningJob",
      "StopHyperParameterTuningJob",
    ],
  },
  { name: "training", operations: ["CreateTrainingJob"] },
];

export interface GenerateOptions {
  /** Folder the files are written to; import paths are computed from it. */
  outDir: string;
  /** The project's `src/` folder, which generated files import the runtime from. */
  sourceDir: string;
  entryPoints: readonly EntryPoint[];
  /** Path of botocore's `service-2.json(.gz)`; found from the environment when omitted. */
  botocoreModel?: string;
  /** Skip prettier, for measuring the emitters alone. */
  skipFormat?: boolean;
  /** File that keeps formatted texts between runs; every file is formatted when omitted. */
  formatCache?: string;
}

/** A generated file, relative to the output folder. */
export interface GeneratedFile {
  path: string;
  text: string;
}

export interface GenerateResult {
  files: GeneratedFile[];
  model: ShapeModel;
  /** Milliseconds spent in each step. */
  timings: Record<string, number>;
}

/** Runs the whole pipeline and returns the formatted files. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  const time = <T>(step: string, work: () => T): T => {
    const start = performance.now();
    const result = work();
    timings[step] = Math.round(performance.now() - start);

    return result;
  };

  const sdkModel = time("read SDK model", () => readSdkModel());
  const botocorePath = locateBotocoreModel(
    options.botocoreModel === undefined ? {} : { path: options.botocoreModel },
  );
  const botocore = time("read botocore model", () => readBotocoreModel(botocorePath));
  const merged = time("merge constraints", () => mergeConstraints(sdkModel, botocore));
  const model = applyOverlay(merged.model);
  checkGeneratedNames(model);
  const closures = options.entryPoints.map((entry) => shapeClosure(model, entry.operations));
  const names = [...new Set(closures.flat())].sort();

  const files = time("emit", () => [
    ...emitShapeFiles(model, names, options),
    ...options.entryPoints.map((entry, index) =>
      emitEntryPoint(model, entry, closures[index] ?? []),
    ),
    emitRootIndex(model, options.entryPoints),
    {
      path: "model-differences.md",
      text: renderDifferences(
        restrictDifferences(merged.differences, model, names),
        scopeOf(options.entryPoints),
      ),
    },
    { path: "exclusivity-report.md", text: buildExclusivityReport(model, names) },
  ]);
  const formatted = await timeAsync(timings, "format", () =>
    formatFiles(files, model.sdkVersion, options.skipFormat === true, options.formatCache),
  );

  return { files: formatted, model, timings };
}

async function timeAsync<T>(
  timings: Record<string, number>,
  step: string,
  work: () => Promise<T>,
): Promise<T> {
  const start = performance.now();
  const result = await work();
  timings[step] = Math.round(performance.now() - start);

  return result;
}

function scopeOf(entryPoints: readonly EntryPoint[]): string {
  return entryPoints.flatMap((entry) => entry.operations).join(", ");
}

/**
 * Throws when a name the generator declares for a shape is also the name of an SDK shape,
 * as `MonitoringOutput` + `Config` would be, because the two would clash in one file.
 */
function checkGeneratedNames(model: ShapeModel): void {
  const clashes: string[] = [];
  for (const [name, shape] of Object.entries(model.shapes)) {
    const declared =
      shape.kind === "enum"
        ? [`${name}Values`, `is${name}`, `Admitted${name}`]
        : [`Strict${name}`, `${name}Builder`, `${name}Setters`];
    for (const generated of declared) {
      if (generated in model.shapes) clashes.push(`${generated} (for ${name})`);
    }
  }
  if (clashes.length > 0) {
    throw new Error(
      `generated names clash with SDK shapes: ${clashes.join(", ")}; change the naming in codegen/emit`,
    );
  }
}

/** Attaches the overlay's rules to their structures; an overlay entry for a missing structure is an error. */
function applyOverlay(model: ShapeModel): ShapeModel {
  const shapes = { ...model.shapes };
  for (const [name, rules] of Object.entries(overlay)) {
    const shape = shapes[name];
    if (shape?.kind !== "structure") {
      throw new Error(
        `the overlay has rules for ${name}, which is not a structure of SDK ${model.sdkVersion}; update codegen/overlay.ts`,
      );
    }
    shapes[name] = { ...shape, rules };
  }

  return { ...model, shapes };
}

function emitShapeFiles(
  model: ShapeModel,
  names: readonly string[],
  options: GenerateOptions,
): GeneratedFile[] {
  const sourceRoot = importPath(relative(`${options.outDir}/shapes`, options.sourceDir));
  const files: GeneratedFile[] = [];
  for (const name of names) {
    const shape = model.shapes[name];
    if (shape?.kind !== "structure") continue;
    const imports = new ImportSet();
    const context = {
      model,
      imports,
      sourceRoot,
      generatedRoot: "..",
      shapesRoot: ".",
      self: name,
      renderDoc: renderDocComment,
    };
    const body = emitStructure(shape, context);
    files.push({ path: `shapes/${fileName(name)}.ts`, text: `${imports.print()}\n\n${body}\n` });
  }

  const enums = Object.values(model.shapes).filter(
    (shape): shape is EnumShape => shape.kind === "enum",
  );
  files.push({ path: "enums.ts", text: `${emitEnums(enums, renderDocComment)}\n` });
  const runtimeTypes = `${importPath(relative(options.outDir, options.sourceDir))}/schema/types.js`;
  files.push({
    path: "schema.ts",
    text: `${emitSchema(buildSchema(model, names), runtimeTypes)}\n`,
  });

  return files;
}

function emitEntryPoint(
  model: ShapeModel,
  entry: EntryPoint,
  closure: readonly string[],
): GeneratedFile {
  const lines = [`export { schema } from "../schema.js";`];
  for (const name of closure) {
    const shape = model.shapes[name] as StructureShape | undefined;
    if (shape?.kind !== "structure") continue;
    lines.push(
      `export { ${name}Builder, type Strict${name} } from "../shapes/${fileName(name)}.js";`,
    );
  }
  const operations = entry.operations.map((operation) => `\`${operation}\``).join(", ");
  const doc = `/**\n * Builders and strict config types for ${operations}.\n * @packageDocumentation\n */`;

  return { path: `${entry.name}/index.ts`, text: `${doc}\n${lines.join("\n")}\n` };
}

function emitRootIndex(model: ShapeModel, entryPoints: readonly EntryPoint[]): GeneratedFile {
  const names = entryPoints.map((entry) => `\`${entry.name}/index.js\``).join(", ");
  const text = `/**\n * Every enum of @aws-sdk/client-sagemaker ${model.sdkVersion}. Builders are exported by the entry points ${names}.\n * @packageDocumentation\n */\nexport * from "./enums.js";\n`;

  return { path: "index.ts", text };
}

function importPath(path: string): string {
  const normalized = path.split("\\").join("/");

  return normalized.startsWith(".") ? normalized : `./${normalized}`;
}

/** Text that marks a file as generated; the command line deletes only files that carry it. */
export const generatedMarker = "Generated by codegen/cli.ts";

function generatedNotice(sdkVersion: string): string {
  return `${generatedMarker} from @aws-sdk/client-sagemaker ${sdkVersion}; do not edit. Regenerate with \`npm run generate\`.`;
}

async function formatFiles(
  files: GeneratedFile[],
  sdkVersion: string,
  skipFormat: boolean,
  cachePath: string | undefined,
): Promise<GeneratedFile[]> {
  const notice = generatedNotice(sdkVersion);
  const markdown = files
    .filter((file) => file.path.endsWith(".md"))
    .map((file) => ({ path: file.path, text: `<!-- ${notice} -->\n\n${file.text}` }));
  const code = files
    .filter((file) => !file.path.endsWith(".md"))
    .map((file) => ({ path: file.path, text: `// ${notice}\n\n${file.text}` }));
  if (skipFormat) return sortFiles([...code, ...markdown]);
  const cache = cachePath === undefined ? undefined : new FormatCache(cachePath);
  const formatted = await formatAll(code, cache);
  cache?.save();

  return sortFiles([...formatted, ...markdown]);
}

function sortFiles(files: GeneratedFile[]): GeneratedFile[] {
  return files.sort((left, right) => left.path.localeCompare(right.path));
}
