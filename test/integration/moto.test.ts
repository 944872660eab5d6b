import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { ListHyperParameterTuningJobsCommand } from "@aws-sdk/client-sagemaker";
import { afterEach, describe, expect, it, vi } from "vitest";

import { localClient } from "../support/client.js";
import { freePort, startMoto } from "../support/moto.js";
import { skipWithout } from "../support/tools.js";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);

    return true;
  } catch {
    return false;
  }
}

describe("localClient", () => {
  it("rejects non-loopback endpoints", () => {
    expect(() => localClient("http://localhost:5000")).toThrow(/127\.0\.0\.1/);
    expect(() => localClient("https://127.0.0.1:5000")).toThrow(/127\.0\.0\.1/);
    expect(() => localClient("http://127.0.0.1")).toThrow(/127\.0\.0\.1/);
  });

  it("uses one attempt and us-east-1", async () => {
    const client = localClient(`http://127.0.0.1:${await freePort()}`);

    expect(await client.config.region()).toBe("us-east-1");
    expect(await client.config.maxAttempts()).toBe(1);
    client.destroy();
  });
});

describe("startMoto failures", () => {
  let folder: string | undefined;

  afterEach(() => {
    vi.unstubAllEnvs();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });

  it("reports stderr of a server that exits", async () => {
    folder = mkdtempSync(join(tmpdir(), "sagemaker-fluent-moto-"));
    const script = join(folder, "moto_server");
    writeFileSync(script, "#!/bin/sh\necho 'Address already in use' >&2\nexit 3\n");
    chmodSync(script, 0o755);
    vi.stubEnv("PATH", `${folder}:/usr/bin:/bin`);
    vi.stubEnv("PYENV_ROOT", folder);

    await expect(startMoto()).rejects.toThrow(/exited with 3 before responding[^]*already in use/);
  });

  it("names the fix when moto is missing", async () => {
    folder = mkdtempSync(join(tmpdir(), "sagemaker-fluent-moto-"));
    vi.stubEnv("PATH", folder);
    vi.stubEnv("PYENV_ROOT", folder);

    await expect(startMoto()).rejects.toThrow(/moto_server was not found[^]*pip install/);
  });
});

describe.skipIf(skipWithout("moto_server"))("startMoto", () => {
  it("serves on loopback and stops by pid", async () => {
    const moto = await startMoto();
    const client = localClient(moto.endpoint);
    try {
      expect(moto.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(isRunning(moto.pid)).toBe(true);
      const listed = await client.send(new ListHyperParameterTuningJobsCommand({}));
      expect(listed.HyperParameterTuningJobSummaries).toStrictEqual([]);
    } finally {
      client.destroy();
      await moto.stop();
    }

    expect(isRunning(moto.pid)).toBe(false);
    await expect(fetch(`${moto.endpoint}/moto-api/`)).rejects.toThrow();
  }, 60_000);

  it("stop is safe to call twice", async () => {
    const moto = await startMoto();
    await moto.stop();

    await expect(moto.stop()).resolves.toBeUndefined();
  }, 60_000);
});
