import { accessSync, constants } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";

/**
 * Finds an executable on `PATH`, then in the pyenv shims folder (`$PYENV_ROOT/shims`,
 * by default `~/.pyenv/shims`), where the test machines install moto and the AWS CLI.
 *
 * @returns The executable's path, or `undefined` when it is in neither place.
 */
export function findExecutable(name: string): string | undefined {
  const pathFolders = (process.env.PATH ?? "").split(delimiter).filter((folder) => folder !== "");
  const pyenvRoot = process.env.PYENV_ROOT ?? join(homedir(), ".pyenv");
  const folders = [...pathFolders, join(pyenvRoot, "shims")];

  return folders.map((folder) => join(folder, name)).find(isExecutable);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);

    return true;
  } catch {
    return false;
  }
}

/**
 * Decides whether tests that need an external tool are skipped. A missing tool skips them
 * with a message on a developer's machine. When `CI` is set they run anyway, so that the
 * tool's absence fails them with the error from {@link requireExecutable}.
 */
export function skipWithout(name: string): boolean {
  if (findExecutable(name) !== undefined) return false;
  if (process.env.CI) return false;
  console.warn(
    `Skipping tests that need ${name}: it is not on PATH or in the pyenv shims; ` +
      `install it to run them (CI fails instead of skipping).`,
  );

  return true;
}

/** Returns the executable's path, or throws an error saying how to install it. */
export function requireExecutable(name: string, installHint: string): string {
  const path = findExecutable(name);
  if (path === undefined) {
    throw new Error(`${name} was not found on PATH or in the pyenv shims folder; ${installHint}.`);
  }

  return path;
}
