import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

import { findExecutable, requireExecutable } from "./tools.js";

/** A running `moto_server` child process on a loopback port. */
export interface MotoServer {
  /** Base URL, `http://127.0.0.1:PORT`. */
  endpoint: string;
  /** Process id of the server, which the pyenv shim replaces with Python through `exec`. */
  pid: number;
  /** Kills the server by its process id and waits for it to exit. */
  stop(): Promise<void>;
}

const installHint = "install it with `pip install 'moto[server]==5.2.1'`";
/** Time allowed for moto's first HTTP response, which comes after it imports every AWS service. */
const startTimeoutMs = 30_000;
const pollIntervalMs = 200;
const stopTimeoutMs = 5_000;
/** Ports can be taken between choosing and binding, so a failed bind is retried this often. */
const maxStartAttempts = 3;
const maxStderrChars = 8_000;

/** Tells whether `moto_server` is installed. */
export function motoAvailable(): boolean {
  return findExecutable("moto_server") !== undefined;
}

/**
 * Starts `moto_server` on a free port of 127.0.0.1 and waits until it responds to HTTP.
 *
 * @throws Error when moto is not installed or does not come up; the message includes the
 * server's stderr.
 */
export async function startMoto(): Promise<MotoServer> {
  const executable = requireExecutable("moto_server", installHint);
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxStartAttempts; attempt += 1) {
    try {
      return await startOnce(executable, await freePort());
    } catch (error) {
      lastError = error;
    }
  }

  throw lastError;
}

/** Finds a free port by listening on port 0 of 127.0.0.1 and closing again. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") {
    throw new Error(`could not read the port of a listening socket, received ${address}`);
  }

  return address.port;
}

async function startOnce(executable: string, port: number): Promise<MotoServer> {
  const child = spawn(executable, ["-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, PYTHONUNBUFFERED: "1" },
  });
  const stderr = collectStderr(child);
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    await stopChild(child);
  };
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilResponding(child, endpoint, stderr);
  } catch (error) {
    await stop();
    throw error;
  }

  return { endpoint, pid: child.pid ?? -1, stop };
}

function collectStderr(child: ChildProcess): () => string {
  let text = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    text = (text + chunk).slice(-maxStderrChars);
  });

  return () => text.trim();
}

async function waitUntilResponding(
  child: ChildProcess,
  endpoint: string,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const status = child.exitCode ?? child.signalCode;
      throw new Error(`moto_server exited with ${status} before responding; stderr:\n${stderr()}`);
    }
    if (await respondsToHttp(endpoint)) return;
    await sleep(pollIntervalMs);
  }

  throw new Error(
    `moto_server timed out: no HTTP response on ${endpoint} within ${startTimeoutMs} ms; stderr:\n${stderr()}`,
  );
}

async function respondsToHttp(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();

    return true;
  } catch {
    return false;
  }
}

/** Sends SIGTERM to the child's own pid, then SIGKILL if it has not exited in time. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timedOut = await Promise.race([
    exited.then(() => false),
    sleep(stopTimeoutMs).then(() => true),
  ]);
  if (timedOut) {
    child.kill("SIGKILL");
    await exited;
  }
}
