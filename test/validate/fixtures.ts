/** Small hand-written validation tables and helpers for the validator tests. */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Problem } from "../../src/problems.js";
import type { RuntimeSchema } from "../../src/schema/types.js";

/** A schema that exercises every type kind, constraint and overlay rule. */
export const testSchema: RuntimeSchema = {
  structures: {
    Job: {
      members: {
        Name: {
          type: { kind: "string", constraints: { min: 1, max: 8, pattern: "[a-z](-*[a-z0-9])*" } },
          required: true,
        },
        Count: { type: { kind: "number", integer: true, constraints: { min: 1, max: 10 } } },
        Ratio: { type: { kind: "number", integer: false, constraints: { min: 0, max: 1 } } },
        Enabled: { type: { kind: "boolean" } },
        Started: { type: { kind: "timestamp" } },
        Payload: { type: { kind: "blob" } },
        Extra: { type: { kind: "document" } },
        Mode: { type: { kind: "enum", name: "Mode" } },
        Tags: {
          type: {
            kind: "list",
            member: { kind: "string", constraints: { max: 4 } },
            constraints: { min: 1, max: 3 },
          },
        },
        Labels: {
          type: {
            kind: "map",
            key: { kind: "string", constraints: { pattern: "[A-Z_]+" } },
            value: { kind: "string", constraints: { max: 5 } },
            constraints: { max: 2 },
          },
        },
        Limits: { type: { kind: "structure", name: "Limits" } },
        Source: { type: { kind: "union", name: "Source" } },
        Image: { type: { kind: "string" } },
        Algorithm: { type: { kind: "string" } },
        Spot: { type: { kind: "boolean" } },
      },
      rules: [
        { kind: "exclusive", sides: [["Image"], ["Algorithm"]], required: true, source: "test" },
        {
          kind: "onlyWhen",
          path: "Limits.MaxWait",
          when: { member: "Spot", equals: true },
          source: "test",
        },
      ],
    },
    Limits: {
      members: {
        MaxRuntime: { type: { kind: "number", integer: true }, required: true },
        MaxWait: { type: { kind: "number", integer: true } },
      },
    },
    Source: {
      union: true,
      members: {
        S3: { type: { kind: "string" } },
        Local: { type: { kind: "string" } },
      },
    },
  },
  enums: {
    Mode: ["File", "Pipe", "FastFile"],
  },
};

/** Returns a value of `Job` in `testSchema` that has no problem. */
export function validJob(): Record<string, unknown> {
  return {
    Name: "job-1",
    Count: 3,
    Ratio: 0.5,
    Enabled: true,
    Mode: "File",
    Tags: ["a", "b"],
    Labels: { TEAM: "ml" },
    Limits: { MaxRuntime: 60 },
    Source: { S3: "s3://bucket/key" },
    Image: "image:1",
  };
}

/** Finds the problems of one rule. */
export function byRule(problems: readonly Problem[], rule: string): Problem[] {
  return problems.filter((problem) => problem.rule === rule);
}

/** Lists `rule@path` for compact assertions. */
export function summarize(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${problem.rule}@${problem.path}`);
}

const casesFolder = fileURLToPath(new URL("../cases/", import.meta.url));

/** Reads a request of `test/cases` by file name. */
export function readCase(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${casesFolder}${file}`, "utf8")) as Record<string, unknown>;
}

/** Lists the JSON files of `test/cases`. */
export function caseFiles(): string[] {
  return readdirSync(casesFolder)
    .filter((file) => file.endsWith(".json"))
    .sort();
}

/** Returns a deep copy of a request of `test/cases`. */
export function caseRequest(file: string): Record<string, unknown> {
  return structuredClone(readCase(file));
}

/**
 * Returns a deep copy of `request` with each dotted path (`A.B[0].C`) set to its value, or
 * deleted where the value is `undefined`. Missing objects on the way are created.
 */
export function withChanges(
  request: Record<string, unknown>,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const copy = structuredClone(request);
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split(/\.|\[(\d+)\]/).filter((key) => key !== undefined && key !== "");
    const last = keys.pop() ?? "";
    let target: Record<string, unknown> = copy;
    for (const key of keys) {
      target[key] ??= {};
      target = target[key] as Record<string, unknown>;
    }
    if (value === undefined) delete target[last];
    else target[last] = value;
  }

  return copy;
}
