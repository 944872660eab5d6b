import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

import { BotocoreModelNotFoundError } from "./errors.js";

/** Environment variable that names botocore's SageMaker `service-2.json(.gz)` file. */
export const BOTOCORE_MODEL_ENV = "SAGEMAKER_FLUENT_BOTOCORE_MODEL";

/** Location of the SageMaker model inside an installed botocore package. */
export const BOTOCORE_MODEL_SUBPATH = join("data", "sagemaker", "2017-07-24", "service-2.json.gz");

const HOW_TO_GIVE = `pass --botocore-model PATH or set ${BOTOCORE_MODEL_ENV}=PATH`;
const PYTHON_SCRIPT = "import botocore,os;print(os.path.dirname(botocore.__file__))";

export interface LocateBotocoreModelOptions {
  /** Path given with the `--botocore-model` flag; wins over everything else. */
  path?: string | undefined;
  /** Environment to read `SAGEMAKER_FLUENT_BOTOCORE_MODEL` and `PATH` from; defaults to `process.env`. */
  env?: NodeJS.ProcessEnv | undefined;
}

/**
 * Finds botocore's SageMaker service model: the `path` option first, then the
 * `SAGEMAKER_FLUENT_BOTOCORE_MODEL` environment variable, then the botocore package that
 * the `python3` on `PATH` imports.
 *
 * @returns The absolute path of the model file.
 * @throws {@link BotocoreModelNotFoundError} when no file is found; the message names both
 *   ways to give the path.
 */
export function locateBotocoreModel(options: LocateBotocoreModelOptions = {}): string {
  const env = options.env ?? process.env;
  if (options.path !== undefined && options.path !== "") {
    return requireFile(options.path, "given with --botocore-model");
  }

  const fromEnv = env[BOTOCORE_MODEL_ENV];
  if (fromEnv !== undefined && fromEnv !== "") {
    return requireFile(fromEnv, `given in ${BOTOCORE_MODEL_ENV}`);
  }

  return requireFile(
    join(findBotocorePackage(env), BOTOCORE_MODEL_SUBPATH),
    "of the python3 botocore package",
  );
}

function requireFile(path: string, origin: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute) && statSync(absolute).isFile()) return absolute;

  throw new BotocoreModelNotFoundError(
    `botocore's SageMaker service model ${origin} was not found at ${absolute}: ${HOW_TO_GIVE}, for example <botocore>/${BOTOCORE_MODEL_SUBPATH}.`,
    absolute,
  );
}

function findBotocorePackage(env: NodeJS.ProcessEnv): string {
  try {
    const output = execFileSync("python3", ["-c", PYTHON_SCRIPT], {
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 20_000,
    });

    return output.trim();
  } catch (error) {
    throw new BotocoreModelNotFoundError(
      `botocore's SageMaker service model was not found because ${describeFailure(error)}: ${HOW_TO_GIVE}, for example <botocore>/${BOTOCORE_MODEL_SUBPATH}.`,
      undefined,
      { cause: error },
    );
  }
}

function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT") return "no python3 is on PATH";

  const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim();
  const lastLine = stderr.split("\n").pop() ?? "";
  if (lastLine.includes("ModuleNotFoundError")) return "python3 cannot import botocore";

  return `python3 failed to import botocore (${lastLine || String(error)})`;
}
