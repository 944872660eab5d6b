import { parseProblem, type ParseProblem } from "./parse-problem.js";

/** Decoded text, or the problem that prevented decoding. */
export type DecodeResult = { ok: true; text: string } | { ok: false; problem: ParseProblem };

const utf8Decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes a document as strict UTF-8. A byte-order mark is an error, because the AWS CLI
 * and many JSON parsers reject it, and so is any byte sequence that is not UTF-8.
 */
export function decodeDocument(input: string | Uint8Array, source: string): DecodeResult {
  if (typeof input === "string") {
    if (input.startsWith("\uFEFF")) return { ok: false, problem: byteOrderMarkProblem(source) };

    return { ok: true, text: input };
  }

  const utf16 = detectUtf16(input);
  if (utf16 !== undefined) return { ok: false, problem: utf16Problem(source, utf16) };
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
    return { ok: false, problem: byteOrderMarkProblem(source) };
  }

  try {
    return { ok: true, text: utf8Decoder.decode(input) };
  } catch {
    return { ok: false, problem: invalidUtf8Problem(source, input) };
  }
}

function detectUtf16(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16BE";

  return undefined;
}

function byteOrderMarkProblem(source: string): ParseProblem {
  return parseProblem({
    rule: "byte-order-mark",
    position: { line: 1, column: 1 },
    message: `${source} starts with a UTF-8 byte-order mark (EF BB BF), so save it as UTF-8 without a byte-order mark.`,
  });
}

function utf16Problem(source: string, encoding: string): ParseProblem {
  return parseProblem({
    rule: "encoding",
    position: { line: 1, column: 1 },
    message: `${source} is encoded as ${encoding} (it starts with that byte-order mark), but expected UTF-8, so save it as UTF-8.`,
  });
}

function invalidUtf8Problem(source: string, bytes: Uint8Array): ParseProblem {
  const offset = findInvalidUtf8(bytes);
  const line = countNewlines(bytes, offset) + 1;
  const lineStart = lineStartOffset(bytes, offset);
  // The bytes before `offset` are valid UTF-8, so they decode without throwing.
  const column = utf8Decoder.decode(bytes.subarray(lineStart, offset)).length + 1;
  const hex = Array.from(bytes.subarray(offset, offset + 4), (byte) =>
    byte.toString(16).toUpperCase().padStart(2, "0"),
  ).join(" ");

  return parseProblem({
    rule: "encoding",
    position: { line, column },
    value: hex,
    message:
      `${source} is not valid UTF-8 at line ${line}, column ${column} (bytes ${hex} at byte offset ` +
      `${offset}), so save the file as UTF-8.`,
  });
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let index = 0; index < end; index += 1) if (bytes[index] === 0x0a) count += 1;

  return count;
}

function lineStartOffset(bytes: Uint8Array, offset: number): number {
  const newline = bytes.lastIndexOf(0x0a, offset - 1);

  return offset === 0 ? 0 : newline + 1;
}

/** Returns the offset of the first byte that does not start a well-formed UTF-8 sequence. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }

  return bytes.length;
}

/** Returns the length of the well-formed UTF-8 sequence at `index`, or 0 (RFC 3629, table 3-7). */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index] ?? 0;
  if (first < 0x80) return 1;

  const [length, secondMin, secondMax] = leadByteRange(first);
  if (length === 0) return 0;

  for (let offset = 1; offset < length; offset += 1) {
    const byte = bytes[index + offset];
    if (byte === undefined) return 0;
    const min = offset === 1 ? secondMin : 0x80;
    const max = offset === 1 ? secondMax : 0xbf;
    if (byte < min || byte > max) return 0;
  }

  return length;
}

/** Returns the sequence length and the allowed range of the second byte for a lead byte. */
function leadByteRange(first: number): [number, number, number] {
  if (first >= 0xc2 && first <= 0xdf) return [2, 0x80, 0xbf];
  if (first === 0xe0) return [3, 0xa0, 0xbf];
  if (first === 0xed) return [3, 0x80, 0x9f];
  if (first >= 0xe1 && first <= 0xef) return [3, 0x80, 0xbf];
  if (first === 0xf0) return [4, 0x90, 0xbf];
  if (first === 0xf4) return [4, 0x80, 0x8f];
  if (first >= 0xf1 && first <= 0xf3) return [4, 0x80, 0xbf];

  return [0, 0, 0];
}
