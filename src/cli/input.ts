import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

import { formatForFileName, type DocumentFormat } from "../io/index.js";

/** Standard input as text or bytes, or a function that reads it when a command needs it. */
export type StdinSource = string | Uint8Array | (() => Promise<string | Uint8Array>);

/** A request document read from a file or standard input. */
export interface InputDocument {
  /** Name of the document in messages: the file argument, or `stdin` for `-`. */
  source: string;
  content: string | Uint8Array;
  /** Format chosen by the file extension, or `auto` to sniff the text. */
  format: DocumentFormat;
}

/** Result of {@link readInputDocument}: the document, or a one-line message. */
export type InputResult = { ok: true; document: InputDocument } | { ok: false; message: string };

/** Reads the file named on the command line, or standard input for `-`. */
export async function readInputDocument(
  file: string,
  stdin: StdinSource | undefined,
  cwd: string,
): Promise<InputResult> {
  if (file === "-") return readStdin(stdin);

  try {
    const content = await readFile(resolve(cwd, file));

    return { ok: true, document: { source: file, content, format: formatForFileName(file) } };
  } catch (error) {
    return { ok: false, message: describeReadError(file, error) };
  }
}

async function readStdin(stdin: StdinSource | undefined): Promise<InputResult> {
  if (stdin === undefined) {
    return {
      ok: false,
      message:
        "cannot read stdin: no standard input is available, so pass a file name instead of -.",
    };
  }

  try {
    const content = typeof stdin === "function" ? await stdin() : stdin;

    return { ok: true, document: { source: "stdin", content, format: "auto" } };
  } catch (error) {
    return { ok: false, message: `cannot read stdin: ${messageOf(error)}.` };
  }
}

function describeReadError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return `cannot read ${file}: the file does not exist, so check the path.`;
  if (code === "EISDIR") return `cannot read ${file}: it is a directory, so name a request file.`;
  if (code === "EACCES" || code === "EPERM") {
    return `cannot read ${file}: permission denied, so check the file's permissions.`;
  }

  return `cannot read ${file}: ${messageOf(error)}.`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
