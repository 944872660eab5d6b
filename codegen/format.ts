/**
 * Formats generated files with prettier.
 *
 * Doc comments are taken out before formatting and put back before their declarations
 * afterwards, indented like them: attaching thousands of long comments took prettier as
 * long as formatting the code, and prettier does not change comment text anyway. The
 * generated code writes every type literal that contains a documented member over several
 * lines, which prettier keeps, so the layout is the same with or without the comments.
 * A file whose comments cannot all be placed again is formatted whole instead.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import * as prettier from "prettier";

export interface FormatJob {
  path: string;
  text: string;
}

/** Loads the project's prettier settings; `babel-ts` parses about twice as fast as `typescript`. */
export async function formatOptions(): Promise<prettier.Options> {
  const config = await prettier.resolveConfig(
    new URL("../.prettierrc.json", import.meta.url).pathname,
  );

  return { ...config, parser: "babel-ts" };
}

/** A doc comment taken out of a file, and the start of the declaration it documents. */
interface DocComment {
  lines: string[];
  anchor: string;
}

/**
 * Returns the start of a declaration line up to its name and the punctuation after it,
 * `trainingImage(`, `TrainingImage?:` or `export type Tag `, so that a wrapped parameter
 * such as `value: string,` does not pass for the method `value(`.
 */
function anchorOf(line: string): string | undefined {
  const exported = /^export (?:declare )?(?:type|interface|const|function|class) [\w$]+[ <=(:]/;
  const member = /^[\w$]+(?:\?:|[(<:])/;

  return (exported.exec(line) ?? member.exec(line))?.[0];
}

function startsDeclaration(line: string, anchor: string): boolean {
  // Members typed `never` are the hidden sides of exclusive groups and carry no docs.
  return line.startsWith(anchor) && !/^[\w$]+\??: never;$/.test(line);
}

/** Takes the doc comments out of `text`, each with the declaration line that follows it. */
export function extractDocComments(text: string): { text: string; comments: DocComment[] } {
  const lines = text.split("\n");
  const codeLines: string[] = [];
  const comments: DocComment[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const trimmed = (lines[index] ?? "").trimStart();
    if (!trimmed.startsWith("/**")) {
      codeLines.push(lines[index] ?? "");
      continue;
    }
    const start = index;
    const commentLines: string[] = [];
    while (index < lines.length) {
      const line = (lines[index] ?? "").trimStart();
      commentLines.push(commentLines.length === 0 ? line : ` ${line}`);
      if (line.includes("*/")) break;
      index += 1;
    }
    const anchor = anchorOf((lines[index + 1] ?? "").trimStart());
    if (anchor === undefined) {
      // Not directly before a declaration: leave the comment for prettier to place.
      codeLines.push(...lines.slice(start, index + 1));
      continue;
    }
    comments.push({ lines: commentLines, anchor });
  }

  return { text: codeLines.join("\n"), comments };
}

/**
 * Puts the comments back before their declarations, in order. Returns `undefined` when a
 * declaration is not found, so that the caller can format the file whole.
 */
export function restoreDocComments(
  text: string,
  comments: readonly DocComment[],
): string | undefined {
  const lines = text.split("\n");
  const output: string[] = [];
  let next = 0;
  for (const line of lines) {
    const trimmed = line.trimStart();
    const comment = comments[next];
    if (comment && startsDeclaration(trimmed, comment.anchor)) {
      const indent = line.slice(0, line.length - trimmed.length);
      output.push(...comment.lines.map((commentLine) => `${indent}${commentLine}`));
      next += 1;
    }
    output.push(line);
  }

  return next === comments.length ? output.join("\n") : undefined;
}

/**
 * Formatted texts of earlier runs by the hash of their input, like prettier's own
 * `--cache`: a rerun after a small change formats only the files that changed. The file
 * keeps only the entries that the last run used.
 */
export class FormatCache {
  readonly #path: string;
  readonly #previous: Map<string, string>;
  readonly #used = new Map<string, string>();

  constructor(path: string) {
    this.#path = path;
    this.#previous = new Map(existsSync(path) ? readEntries(path) : []);
  }

  /** Returns the key of a text formatted with the given options. */
  static key(text: string, options: prettier.Options): string {
    const hash = createHash("sha256");
    hash.update(`${prettier.version}\0${JSON.stringify(options)}\0${text}`);

    return hash.digest("base64url");
  }

  get(key: string): string | undefined {
    const text = this.#previous.get(key);
    if (text !== undefined) this.#used.set(key, text);

    return text;
  }

  set(key: string, text: string): void {
    this.#used.set(key, text);
  }

  /** Writes the entries used by this run. */
  save(): void {
    mkdirSync(dirname(this.#path), { recursive: true });
    writeFileSync(this.#path, JSON.stringify(Object.fromEntries(this.#used)));
  }
}

function readEntries(path: string): Array<[string, string]> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (parsed === null || typeof parsed !== "object") return [];

    return Object.entries(parsed).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    );
  } catch {
    // A damaged cache only costs time: every file is formatted again.
    return [];
  }
}

/**
 * Formats every job's text, keeping the order of `jobs`. With a cache, texts formatted by
 * an earlier run are taken from it.
 */
export async function formatAll(
  jobs: readonly FormatJob[],
  cache?: FormatCache,
): Promise<FormatJob[]> {
  const options = await formatOptions();
  // Hashing 8 MB of text is wasted work when there is no cache to look it up in.
  const keys = cache ? jobs.map((job) => FormatCache.key(job.text, options)) : [];
  const texts = jobs.map((_, index) => (cache ? cache.get(keys[index] as string) : undefined));
  const pending = jobs.flatMap((job, index) => (texts[index] === undefined ? [index] : []));
  const formatted = await formatBatched(
    pending.map((index) => (jobs[index] as FormatJob).text),
    options,
  );
  pending.forEach((index, position) => {
    texts[index] = formatted[position];
  });

  return jobs.map((job, index) => {
    const text = texts[index] as string;
    if (cache) cache.set(keys[index] as string, text);

    return { path: job.path, text };
  });
}

/** A file split for batching: the lines before its first declaration, and the rest. */
interface PreparedFile {
  head: string;
  body: string;
  comments: DocComment[];
}

function prepareFile(text: string): PreparedFile {
  const { text: code, comments } = extractDocComments(text);
  const lines = code.split("\n");
  const split = headLength(lines);

  return {
    head: lines.slice(0, split).join("\n").trimEnd(),
    body: lines.slice(split).join("\n"),
    comments,
  };
}

/** Counts the leading line comments, blank lines and import statements of a file. */
function headLength(lines: readonly string[]): number {
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as string;
    if (line.startsWith("import ")) {
      // A long import spans lines until the one that ends the statement.
      while (index < lines.length && !(lines[index] as string).endsWith(";")) index += 1;
    } else if (line !== "" && !line.startsWith("//")) {
      break;
    }
    index += 1;
  }

  return index;
}

/** Files formatted in one prettier call; each call costs about half a millisecond on its own. */
const batchSize = 100;

const separator = /^export const sagemakerFluentFileEnd(\d+) = 0;$/m;

/**
 * Formats many files in few prettier calls: the declarations of up to {@link batchSize}
 * files are joined, with a marker statement after each, and split again afterwards. The
 * lines before the first declaration (the notice and the imports) are already written as
 * prettier writes them, by `ImportSet`, so they stay out of the batch. A file whose markers
 * or comments do not come back as expected is formatted on its own.
 */
async function formatBatched(
  texts: readonly string[],
  options: prettier.Options,
): Promise<string[]> {
  const prepared = texts.map(prepareFile);
  const results: string[] = [];
  for (let start = 0; start < prepared.length; start += batchSize) {
    const batch = prepared.slice(start, start + batchSize);
    const joined = batch
      .map((file, index) => `${file.body}\n\nexport const sagemakerFluentFileEnd${index} = 0;\n`)
      .join("\n");
    const parts = (await prettier.format(joined, options)).split(separator);
    for (const [index, file] of batch.entries()) {
      const body = parts[index * 2]?.trim();
      const marker = parts[index * 2 + 1];
      const combined = file.head === "" ? `${body}\n` : `${file.head}\n\n${body}\n`;
      const restored =
        body === undefined || marker !== String(index)
          ? undefined
          : restoreDocComments(combined, file.comments);
      results.push(restored ?? (await prettier.format(texts[start + index] as string, options)));
    }
  }

  return results;
}
