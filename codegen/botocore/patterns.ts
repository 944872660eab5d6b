/**
 * Checks botocore's patterns, which are written for Java's `java.util.regex`, against
 * JavaScript's `RegExp`. A pattern is tested against a whole value as `^(?:pattern)$`,
 * compiled with the `u` flag or, when that fails, without flags.
 */

/** Verdict on one botocore pattern as a JavaScript regular expression. */
export type PatternCheck =
  /** Compiles with the `u` flag as written. */
  | { status: "ok"; pattern: string }
  /** Compiles with the `u` flag after Java-only escapes were rewritten to their JavaScript equivalent. */
  | { status: "rewritten"; pattern: string; original: string; error: string }
  /** Compiles only without the `u` flag, where `\p{...}` would mean the letters themselves. */
  | { status: "no-unicode"; pattern: string; error: string }
  /** Does not compile at all; the merge leaves it off. */
  | { status: "invalid"; original: string; error: string };

/** Characters that JavaScript allows after a backslash in `u` mode, outside and inside a class. */
const SYNTAX_CHARACTERS = new Set("^$\\.*+?()[]{}|/");

/** Java's ASCII POSIX classes, as the ranges they stand for. */
const POSIX_CLASSES: Record<string, string> = {
  Alnum: "a-zA-Z0-9",
  Alpha: "a-zA-Z",
  Digit: "0-9",
  Lower: "a-z",
  Upper: "A-Z",
  XDigit: "0-9a-fA-F",
  Space: " \\t\\n\\x0B\\f\\r",
};

/** Compiles `pattern` with the `u` flag, rewritten, or without flags, and returns the verdict. */
export function checkPattern(pattern: string): PatternCheck {
  const unicodeError = compileError(pattern, "u");
  if (unicodeError === undefined) return { status: "ok", pattern };

  const rewritten = rewriteJavaEscapes(pattern);
  if (rewritten !== pattern && compileError(rewritten, "u") === undefined) {
    return { status: "rewritten", pattern: rewritten, original: pattern, error: unicodeError };
  }
  if (compileError(pattern, "") === undefined && !/\\[pP]\{/.test(pattern)) {
    return { status: "no-unicode", pattern, error: unicodeError };
  }

  return { status: "invalid", original: pattern, error: unicodeError };
}

/** Returns the compile error of `^(?:pattern)$` with the given flags, or undefined. */
export function compileError(pattern: string, flags: string): string | undefined {
  try {
    new RegExp(`^(?:${pattern})$`, flags);

    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Rewrites the escapes that Java accepts and JavaScript's `u` mode rejects, keeping the
 * meaning: `\_`, `\ `, `\:` and similar become the plain character, `\-` outside a class
 * becomes `-`, and POSIX classes such as `\p{Alnum}` become ASCII ranges.
 */
export function rewriteJavaEscapes(pattern: string): string {
  let output = "";
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index] ?? "";
    if (character !== "\\") {
      if (character === "[" && !inClass) inClass = true;
      else if (character === "]" && inClass) inClass = false;
      output += character;
      continue;
    }

    const next = pattern[index + 1] ?? "";
    const posix = /^p\{(\w+)\}/.exec(pattern.slice(index + 1));
    const ranges = posix?.[1] === undefined ? undefined : POSIX_CLASSES[posix[1]];
    if (posix !== null && ranges !== undefined) {
      output += inClass ? ranges : `[${ranges}]`;
      index += posix[0].length;
    } else if (needsNoEscape(next, inClass)) {
      output += next;
      index += 1;
    } else {
      output += character + next;
      index += 1;
    }
  }

  return output;
}

function needsNoEscape(character: string, inClass: boolean): boolean {
  if (character === "" || /[\p{L}\p{N}]/u.test(character)) return false;
  if (SYNTAX_CHARACTERS.has(character)) return false;

  return !(inClass && character === "-");
}
