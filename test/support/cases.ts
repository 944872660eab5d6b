import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

import type { CreateHyperParameterTuningJobCommandInput } from "@aws-sdk/client-sagemaker";

/** Folder of the request files whose outcomes `README.md` beside them lists. */
export const casesFolder = fileURLToPath(new URL("../cases/", import.meta.url));

/** One request file of the case folder. */
export interface TuningJobCase {
  /** File name, for example `valid-multi-algorithm.json`. */
  file: string;
  /** Absolute path of the file. */
  path: string;
  /** Outcome column of the README table: `valid`, `error`, `2 errors`, `warning` and so on. */
  outcome: string;
  /** Parsed request body. */
  request: CreateHyperParameterTuningJobCommandInput;
}

/** Reads every `*.json` case with its outcome from the README table, sorted by file name. */
export function loadCases(): TuningJobCase[] {
  const outcomes = readOutcomes();
  const files = readdirSync(casesFolder)
    .filter((file) => file.endsWith(".json"))
    .sort();

  return files.map((file) => {
    const path = join(casesFolder, file);
    const outcome = outcomes.get(file);
    if (outcome === undefined) {
      throw new Error(`${file} has no row in ${join(casesFolder, "README.md")}; add its outcome`);
    }
    const request = JSON.parse(
      readFileSync(path, "utf8"),
    ) as CreateHyperParameterTuningJobCommandInput;

    return { file, path, outcome, request };
  });
}

/** Maps each file named in the README's table to its outcome column. */
export function readOutcomes(): Map<string, string> {
  const readme = readFileSync(join(casesFolder, "README.md"), "utf8");
  const outcomes = new Map<string, string>();
  for (const line of readme.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const file = cells[1];
    const outcome = cells[2];
    if (file?.endsWith(".json") && outcome !== undefined) outcomes.set(file, outcome);
  }

  return outcomes;
}

/** Returns a deep copy of a request, so a test can change it without touching the case. */
export function copyRequest(
  request: CreateHyperParameterTuningJobCommandInput,
): CreateHyperParameterTuningJobCommandInput {
  return structuredClone(request);
}
