import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { generateSkeleton, parseRequestDocument } from "../../src/io/index.js";
import { buildSkeleton, skeletonToJson } from "../../src/io/skeleton.js";
import type { RuntimeSchema } from "../../src/schema/types.js";
import { findExecutable, requireExecutable, skipWithout } from "../support/tools.js";

const run = promisify(execFile);
const FLOAT_MARK = "<float>";

/**
 * Members of `@aws-sdk/client-sagemaker` 3.1142.0 that botocore 1.43 (AWS CLI 1.45) does
 * not have yet, so they appear only in our skeleton.
 */
const MEMBERS_NEWER_THAN_BOTOCORE = [
  "TrainingJobDefinition.ResourceConfig.InstancePreferences",
  "TrainingJobDefinition.ResourceConfig.SelectedInstanceCount",
  "TrainingJobDefinition.ResourceConfig.SelectedInstanceType",
  "TrainingJobDefinitions[0].ResourceConfig.InstancePreferences",
  "TrainingJobDefinitions[0].ResourceConfig.SelectedInstanceCount",
  "TrainingJobDefinitions[0].ResourceConfig.SelectedInstanceType",
];

/** Parses skeleton JSON, turning each `0.0` into {@link FLOAT_MARK} so floats stay distinct. */
function parseMarkingFloats(text: string): unknown {
  return JSON.parse(text.replace(/: 0\.0(,?)$/gm, `: "${FLOAT_MARK}"$1`));
}

/** Lists every path of a skeleton with the kind of value there. */
function describeTree(
  value: unknown,
  path = "",
  into = new Map<string, string>(),
): Map<string, string> {
  if (Array.isArray(value)) {
    into.set(path, "list");
    value.forEach((item, index) => describeTree(item, `${path}[${index}]`, into));
  } else if (typeof value === "object" && value !== null) {
    into.set(path, `structure ${Object.keys(value).join(",")}`);
    for (const [key, item] of Object.entries(value)) {
      describeTree(item, path === "" ? key : `${path}.${key}`, into);
    }
  } else if (value === FLOAT_MARK) {
    into.set(path, "float");
  } else if (typeof value === "string") {
    into.set(path, value === "" ? "string" : "enum");
  } else {
    into.set(path, `${typeof value} ${String(value)}`);
  }

  return into;
}

/** Keeps only the listed members in a `structure A,B,C` description. */
function keepMembers(description: string, members: ReadonlySet<string>, path: string): string {
  if (!description.startsWith("structure ")) return description;
  const names = description.slice("structure ".length).split(",");
  const present = names.filter((name) => members.has(path === "" ? name : `${path}.${name}`));

  return `structure ${present.join(",")}`;
}

describe("generateSkeleton", () => {
  it("loads with parseRequestDocument as JSON and YAML", () => {
    const json = parseRequestDocument(generateSkeleton("json"), { format: "json" });
    const yaml = parseRequestDocument(generateSkeleton("yaml"), { format: "yaml" });

    expect(json.ok).toBe(true);
    expect(yaml.ok).toBe(true);
    if (!json.ok || !yaml.ok) return;
    expect(yaml.value).toEqual(json.value);
  });

  it("prints floats as 0.0 in both formats", () => {
    expect(generateSkeleton("json")).toContain('"TargetObjectiveMetricValue": 0.0,');
    expect(generateSkeleton("yaml")).toContain("TargetObjectiveMetricValue: 0.0\n");
  });

  it("uses first enum values and KeyName for maps", () => {
    const skeleton = generateSkeleton("json");

    expect(skeleton).toContain('"Strategy": "Bayesian"');
    expect(skeleton).toContain('"StaticHyperParameters": {\n            "KeyName": ""\n        }');
  });

  it("stops recursion at the second level", () => {
    const schema: RuntimeSchema = {
      structures: {
        Node: {
          members: {
            Name: { type: { kind: "string" } },
            Children: { type: { kind: "list", member: { kind: "structure", name: "Node" } } },
          },
        },
      },
      enums: {},
    };

    expect(skeletonToJson(buildSkeleton(schema, "Node"))).toBe(
      '{\n    "Name": "",\n    "Children": [\n        {}\n    ]\n}\n',
    );
  });
});

describe.skipIf(skipWithout("aws"))("generateSkeleton against the AWS CLI", () => {
  let folder: string;
  let cliSkeleton: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "skeleton-"));
    const emptyFile = join(folder, "empty");
    writeFileSync(emptyFile, "");
    const aws = findExecutable("aws") ?? requireExecutable("aws", "install the AWS CLI v1");
    const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith("AWS_"));
    const { stdout } = await run(
      aws,
      ["sagemaker", "create-hyper-parameter-tuning-job", "--generate-cli-skeleton", "input"],
      {
        env: {
          ...Object.fromEntries(inherited),
          AWS_CONFIG_FILE: emptyFile,
          AWS_SHARED_CREDENTIALS_FILE: emptyFile,
          AWS_EC2_METADATA_DISABLED: "true",
          AWS_DEFAULT_REGION: "us-east-1",
        },
        timeout: 60_000,
      },
    );
    cliSkeleton = stdout;
  }, 60_000);

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it("has every member the CLI has, with the same kind", () => {
    const cli = describeTree(parseMarkingFloats(cliSkeleton));
    const ours = describeTree(parseMarkingFloats(generateSkeleton("json")));
    const cliPaths = new Set(cli.keys());

    for (const [path, kind] of cli) {
      expect(ours.has(path), `our skeleton lacks ${path}`).toBe(true);
      const ourKind = keepMembers(ours.get(path) ?? "", cliPaths, path);
      expect(ourKind, `kind of ${path}`).toBe(kind);
    }
  });

  it("adds only members botocore lacks", () => {
    const cli = describeTree(parseMarkingFloats(cliSkeleton));
    const ours = describeTree(parseMarkingFloats(generateSkeleton("json")));
    const extra = [...ours.keys()].filter((path) => !cli.has(path));
    const extraMembers = extra.filter(
      (path) => !extra.some((other) => other !== path && path.startsWith(other)),
    );

    expect(extraMembers.sort()).toEqual(
      MEMBERS_NEWER_THAN_BOTOCORE.filter((path) => !cli.has(path)),
    );
  });

  it("matches the CLI's layout apart from enum values and newer members", () => {
    const withoutEnums = (text: string) => text.replace(/^(\s*"[^"]+": )"[^"]+"/gm, '$1"<enum>"');
    const cliLines = withoutEnums(cliSkeleton).split("\n");
    const ourLines = withoutEnums(generateSkeleton("json")).split("\n");

    expect(ourLines.slice(0, 40)).toEqual(cliLines.slice(0, 40));
    expect(ourLines.at(-1)).toBe("");
    expect(cliLines.at(-1)).toBe("");
  });

  it("loads the CLI's own skeleton", () => {
    const result = parseRequestDocument(cliSkeleton, {
      format: "auto",
      source: "cli-skeleton.json",
    });

    expect(result.ok).toBe(true);
  });
});
