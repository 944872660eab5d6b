import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";

import { readBotocoreModel } from "../../codegen/botocore/botocore-model.js";
import {
  BotocoreModelInvalidError,
  BotocoreModelNotFoundError,
} from "../../codegen/botocore/errors.js";
import {
  BOTOCORE_MODEL_SUBPATH,
  locateBotocoreModel,
} from "../../codegen/botocore/locate-botocore-model.js";
import { botocoreDocument } from "./botocore-fixtures.js";

const folder = mkdtempSync(join(tmpdir(), "botocore-test-"));
const plainPath = join(folder, "service-2.json");
const gzipPath = join(folder, "service-2.json.gz");
writeFileSync(plainPath, JSON.stringify(botocoreDocument));
writeFileSync(gzipPath, gzipSync(JSON.stringify(botocoreDocument)));

/** Writes a fake `python3` into its own folder and returns that folder, for use as PATH. */
function fakePython(name: string, script: string): string {
  const bin = join(folder, name);
  mkdirSync(bin);
  writeFileSync(join(bin, "python3"), `#!/bin/sh\n${script}\n`);
  chmodSync(join(bin, "python3"), 0o755);

  return bin;
}

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function errorOf(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

describe("locateBotocoreModel", () => {
  it("prefers the flag path", () => {
    const env = { SAGEMAKER_FLUENT_BOTOCORE_MODEL: "/nonexistent/model.json" };
    expect(locateBotocoreModel({ path: plainPath, env })).toBe(plainPath);
  });

  it("reads the environment variable", () => {
    const env = { SAGEMAKER_FLUENT_BOTOCORE_MODEL: gzipPath, PATH: "/nonexistent" };
    expect(locateBotocoreModel({ env })).toBe(gzipPath);
  });

  it("asks python3 for botocore", () => {
    const botocore = join(folder, "site-packages", "botocore");
    mkdirSync(join(botocore, BOTOCORE_MODEL_SUBPATH, ".."), { recursive: true });
    writeFileSync(join(botocore, BOTOCORE_MODEL_SUBPATH), gzipSync("{}"));
    const bin = fakePython("python-ok", `echo "${botocore}"`);
    expect(locateBotocoreModel({ env: { PATH: bin } })).toBe(
      join(botocore, BOTOCORE_MODEL_SUBPATH),
    );
  });

  it("names both ways for a missing flag path", () => {
    const error = errorOf(() =>
      locateBotocoreModel({ path: join(folder, "missing.json"), env: {} }),
    );
    expect(error).toBeInstanceOf(BotocoreModelNotFoundError);
    expect(error.name).toBe("BotocoreModelNotFoundError");
    expect(error.message).toContain(join(folder, "missing.json"));
    expect(error.message).toContain("--botocore-model PATH");
    expect(error.message).toContain("SAGEMAKER_FLUENT_BOTOCORE_MODEL=PATH");
  });

  it("names the variable for a missing environment path", () => {
    const env = { SAGEMAKER_FLUENT_BOTOCORE_MODEL: join(folder, "gone.json.gz") };
    const error = errorOf(() => locateBotocoreModel({ env }));
    expect(error.message).toContain("given in SAGEMAKER_FLUENT_BOTOCORE_MODEL");
    expect(error.message).toContain("--botocore-model PATH");
  });

  it("reports a missing python3", () => {
    const error = errorOf(() =>
      locateBotocoreModel({ env: { PATH: join(folder, "no-such-bin") } }),
    );
    expect(error).toBeInstanceOf(BotocoreModelNotFoundError);
    expect(error.message).toContain("no python3 is on PATH");
    expect(error.message).toContain("--botocore-model PATH");
    expect(error.message).toContain("SAGEMAKER_FLUENT_BOTOCORE_MODEL=PATH");
  });

  it("reports a python3 without botocore", () => {
    const bin = fakePython(
      "python-bare",
      `echo "ModuleNotFoundError: No module named 'botocore'" >&2; exit 1`,
    );
    const error = errorOf(() => locateBotocoreModel({ env: { PATH: bin } }));
    expect(error.message).toContain("python3 cannot import botocore");
  });

  it("reports a botocore without the SageMaker model", () => {
    const bin = fakePython("python-empty", `echo "${join(folder, "empty-botocore")}"`);
    const error = errorOf(() => locateBotocoreModel({ env: { PATH: bin } }));
    expect(error.message).toContain("of the python3 botocore package was not found");
    expect(error.message).toContain(BOTOCORE_MODEL_SUBPATH);
  });
});

describe("readBotocoreModel", () => {
  it("reads plain JSON", () => {
    const model = readBotocoreModel(plainPath);
    expect(model.apiVersion).toBe("2017-07-24");
    expect(model.shapes.get("JobName")).toEqual({
      type: "string",
      min: 1,
      max: 32,
      pattern: "[a-z](-*[a-z0-9]){0,31}",
    });
  });

  it("reads gzip-compressed JSON", () => {
    const model = readBotocoreModel(gzipPath);
    const structure = model.shapes.get("JobRequest");
    expect(structure?.type).toBe("structure");
    if (structure?.type !== "structure") return;
    expect(structure.members.get("Names")).toBe("NameList");
    expect(structure.required).toEqual(["JobName"]);
    expect(model.shapes.get("NameList")).toEqual({
      type: "list",
      member: "JobName",
      min: 1,
      max: 5,
    });
  });

  it("rejects a file that is not JSON", () => {
    const path = join(folder, "broken.json");
    writeFileSync(path, "not json");
    const error = errorOf(() => readBotocoreModel(path));
    expect(error).toBeInstanceOf(BotocoreModelInvalidError);
    expect(error.message).toContain(path);
  });

  it("rejects JSON without shapes", () => {
    const path = join(folder, "empty.json");
    writeFileSync(path, "{}");
    const error = errorOf(() => readBotocoreModel(path));
    expect(error.message).toContain('has no "shapes" object');
  });
});
