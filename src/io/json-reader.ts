import { describeValue, joinPath } from "../problems.js";
import {
  checkKey,
  checkNumber,
  FORBIDDEN_KEYS,
  MAX_NESTING_DEPTH,
  nestingProblem,
  type ValueLocation,
} from "./document-limits.js";
import { childType, REQUEST_TYPE } from "./member-types.js";
import {
  describePath,
  parseProblem,
  positionAt,
  type ParseProblem,
  type ParseResult,
} from "./parse-problem.js";
import type { TypeRef } from "../schema/types.js";

/** Parsed value, or every problem found (a syntax error ends parsing, other problems do not). */
export type JsonReadResult = ParseResult;

/** Thrown inside the reader to stop at the first syntax error or at excessive nesting. */
class StopReading extends Error {
  constructor(readonly problem: ParseProblem) {
    super(problem.message);
  }
}

const NUMBER_PATTERN = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/**
 * Parses JSON text (RFC 8259) with the exact position of every problem, which `JSON.parse`
 * does not always give. Also reports duplicate keys, forbidden keys, unsafe numbers and
 * nesting deeper than {@link MAX_NESTING_DEPTH}. Objects never receive a `__proto__` key,
 * so parsing cannot change any prototype.
 */
export function readJson(text: string, source: string): JsonReadResult {
  const reader = new JsonReader(text, source);
  try {
    const value = reader.readDocument();
    if (reader.problems.length > 0) return { ok: false, problems: reader.problems };

    return { ok: true, value, numberTexts: reader.numberTexts };
  } catch (error) {
    if (!(error instanceof StopReading)) throw error;

    return { ok: false, problems: [...reader.problems, error.problem] };
  }
}

class JsonReader {
  readonly problems: ParseProblem[] = [];
  /** Text of each number that `String(value)` would write differently, by JSON path. */
  readonly numberTexts = new Map<string, string>();
  private offset = 0;

  constructor(
    private readonly text: string,
    private readonly source: string,
  ) {}

  readDocument(): unknown {
    this.skipWhitespace();
    const value = this.readValue("", 1, REQUEST_TYPE);
    this.skipWhitespace();
    if (this.offset < this.text.length) {
      this.fail(
        "expected the end of the document after the top-level value",
        "remove the extra text",
      );
    }

    return value;
  }

  // Values

  /** Reads a value at `path`, where the request expects `type` (`undefined` when unknown). */
  private readValue(path: string, depth: number, type: TypeRef | undefined): unknown {
    const char = this.text[this.offset];
    if (char === "{") return this.readObject(path, depth, type);
    if (char === "[") return this.readArray(path, depth, type);
    if (char === '"') return this.readString();
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) {
      return this.readNumber(path, type);
    }
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (this.text.startsWith(word, this.offset)) {
        this.offset += word.length;

        return value;
      }
    }

    return this.fail(
      "expected a value (object, array, string, number, true, false or null)",
      valueHint(char),
    );
  }

  private readObject(
    path: string,
    depth: number,
    type: TypeRef | undefined,
  ): Record<string, unknown> {
    this.enter(path, depth);
    const result: Record<string, unknown> = {};
    const seen = new Map<string, number>();
    this.offset += 1;
    this.skipWhitespace();
    if (this.consume("}")) return result;

    for (;;) {
      this.readMember(result, seen, path, depth, type);
      this.skipWhitespace();
      if (this.consume("}")) return result;
      if (!this.consume(","))
        this.fail('expected "," or "}" after an object member', 'add the missing "," or "}"');
      this.skipWhitespace();
      if (this.text[this.offset] === "}") {
        this.fail(
          "expected a quoted member name",
          "remove the trailing comma, which JSON does not allow",
        );
      }
    }
  }

  private readMember(
    result: Record<string, unknown>,
    seen: Map<string, number>,
    path: string,
    depth: number,
    type: TypeRef | undefined,
  ): void {
    const keyOffset = this.offset;
    if (this.text[this.offset] !== '"') {
      this.fail(
        "expected a quoted member name",
        'write member names in double quotes, as in "Name"',
      );
    }
    const key = this.readString();
    const memberPath = joinPath(path, key);
    this.skipWhitespace();
    if (!this.consume(":")) {
      this.fail(`expected ":" after the member name ${describeValue(key)}`, 'add the ":"');
    }
    this.skipWhitespace();
    const value = this.readValue(memberPath, depth + 1, childType(type, key));

    const allowed = this.checkMember(key, keyOffset, seen, memberPath);
    if (!seen.has(key)) seen.set(key, keyOffset);
    // A forbidden key is reported and left out, so `result` never gets a new prototype.
    if (allowed) result[key] = value;
  }

  /** Reports a forbidden or duplicate key. Returns false when the key must be left out. */
  private checkMember(
    key: string,
    keyOffset: number,
    seen: Map<string, number>,
    path: string,
  ): boolean {
    const isForbidden = FORBIDDEN_KEYS.has(key);
    const firstOffset = seen.get(key);
    // Positions cost a scan from the start of the text, so they are computed only for problems.
    if (!isForbidden && firstOffset === undefined) return true;

    const location = this.locate(path, keyOffset);
    const forbidden = checkKey(key, location);
    if (forbidden !== undefined) this.problems.push(forbidden);
    if (firstOffset === undefined) return !isForbidden;

    const first = positionAt(this.text, firstOffset);
    this.problems.push(
      parseProblem({
        rule: "duplicate-key",
        path,
        position: location.position,
        value: key,
        message:
          `duplicate key ${describeValue(key)} in ${this.source} at line ${location.position?.line}, ` +
          `column ${location.position?.column} (${describePath(path)}): the key already appears at line ` +
          `${first.line}, column ${first.column}, so keep only one of them.`,
      }),
    );

    return !isForbidden;
  }

  private readArray(path: string, depth: number, type: TypeRef | undefined): unknown[] {
    this.enter(path, depth);
    const result: unknown[] = [];
    this.offset += 1;
    this.skipWhitespace();
    if (this.consume("]")) return result;

    for (;;) {
      const index = result.length;
      result.push(this.readValue(joinPath(path, index), depth + 1, childType(type, index)));
      this.skipWhitespace();
      if (this.consume("]")) return result;
      if (!this.consume(","))
        this.fail('expected "," or "]" after an array element', 'add the missing "," or "]"');
      this.skipWhitespace();
      if (this.text[this.offset] === "]") {
        this.fail(
          "expected an array element",
          "remove the trailing comma, which JSON does not allow",
        );
      }
    }
  }

  private readNumber(path: string, type: TypeRef | undefined): number {
    const start = this.offset;
    NUMBER_PATTERN.lastIndex = start;
    const match = NUMBER_PATTERN.exec(this.text);
    if (match === null) {
      this.offset += 1;
      this.fail("expected a digit", "write numbers as in 12, -3, 0.5 or 1e-4");
    }
    this.offset = start + match[0].length;
    const next = this.text[this.offset];
    if (next !== undefined && /[0-9.eE+\-xXa-zA-Z]/.test(next)) {
      this.fail(`expected a complete number after "${match[0]}"`, numberHint(match[0], next));
    }

    const value = Number(match[0]);
    if (match[0] !== String(value)) this.numberTexts.set(path, match[0]);
    if (Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return value;
    const problem = checkNumber(value, this.locate(path, start), match[0], type);
    if (problem !== undefined) this.problems.push(problem);

    return value;
  }

  // Strings

  private readString(): string {
    const start = this.offset;
    this.offset += 1;
    let result = "";
    for (;;) {
      const char = this.text[this.offset];
      if (char === undefined) {
        const opening = positionAt(this.text, start);
        this.fail(
          `the string that starts at line ${opening.line}, column ${opening.column} has no closing quote`,
          'add the closing "',
        );
      }
      if (char === '"') break;
      if (char === "\\") {
        result += this.readEscape();
        continue;
      }
      if (char < " ") this.failOnControlCharacter(char, start);
      result += char;
      this.offset += 1;
    }
    this.offset += 1;

    return result;
  }

  private failOnControlCharacter(char: string, stringStart: number): never {
    if (char === "\n" || char === "\r") {
      const opening = positionAt(this.text, stringStart);
      this.fail(
        `expected the closing quote of the string that starts at line ${opening.line}, column ${opening.column}`,
        "close the string on the same line or write the line break as \\n",
      );
    }

    return this.fail(
      "expected a character or an escape inside a string",
      "write it as an escape such as \\t",
    );
  }

  private readEscape(): string {
    const letter = this.text[this.offset + 1];
    const simple = letter === undefined ? undefined : ESCAPES[letter];
    if (simple !== undefined) {
      this.offset += 2;

      return simple;
    }
    const hex = this.text.slice(this.offset + 2, this.offset + 6);
    if (letter === "u" && /^[0-9a-fA-F]{4}$/.test(hex)) {
      this.offset += 6;

      return String.fromCharCode(Number.parseInt(hex, 16));
    }

    return this.fail(
      `invalid escape "\\${letter ?? ""}" in a string`,
      'use one of \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u followed by four hex digits',
    );
  }

  // Helpers

  private enter(path: string, depth: number): void {
    if (depth > MAX_NESTING_DEPTH)
      throw new StopReading(nestingProblem(this.locate(path, this.offset)));
  }

  private locate(path: string, offset: number): ValueLocation {
    return { source: this.source, path, position: positionAt(this.text, offset) };
  }

  private consume(char: string): boolean {
    if (this.text[this.offset] !== char) return false;
    this.offset += 1;

    return true;
  }

  private skipWhitespace(): void {
    for (;;) {
      const char = this.text[this.offset];
      if (char !== " " && char !== "\t" && char !== "\n" && char !== "\r") return;
      this.offset += 1;
    }
  }

  private fail(expected: string, fix: string): never {
    const position = positionAt(this.text, this.offset);
    throw new StopReading(
      parseProblem({
        rule: "parse",
        position,
        message:
          `invalid JSON in ${this.source} at line ${position.line}, column ${position.column}: ` +
          `${expected} but found ${describeFound(this.text, this.offset)}, so ${fix}.`,
      }),
    );
  }
}

/** Describes the text at `offset` for a syntax error: a quoted character or the end of the file. */
function describeFound(text: string, offset: number): string {
  const char = text.codePointAt(offset);
  if (char === undefined) return "the end of the file";
  if (char < 0x20 || char === 0x7f) return `U+${char.toString(16).toUpperCase().padStart(4, "0")}`;
  if (char === 0x22) return "the start of a string";

  return JSON.stringify(String.fromCodePoint(char));
}

function valueHint(char: string | undefined): string {
  if (char === "'") return 'write strings in double quotes, as in "text"';
  if (char === "/" || char === "#") return "remove the comment, which JSON does not allow";
  if (char === "N" || char === "I")
    return "write a finite number, because JSON has no NaN or Infinity";
  if (char === "+" || char === ".") return "write numbers as in 12, -3, 0.5 or 1e-4";
  if (char === undefined) return "complete the document";

  return 'quote text values, as in "text"';
}

function numberHint(number: string, next: string): string {
  if (number.endsWith("0") && /^-?0$/.test(number) && /[0-9]/.test(next)) {
    return "remove the leading zero, which JSON does not allow";
  }

  return "write numbers as in 12, -3, 0.5 or 1e-4, and quote anything else";
}
