import { describe, expect, it } from "vitest";

import { findInvalidUtf8 } from "../../src/io/decode.js";
import { formatForFileName, parseRequestDocument, sniffFormat } from "../../src/io/index.js";
import type { ParseProblem, ParseResult } from "../../src/io/index.js";

function onlyProblem(result: ParseResult): ParseProblem {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("expected a failed parse");
  expect(result.problems).toHaveLength(1);

  return result.problems[0]!;
}

const encoder = new TextEncoder();

describe("parseRequestDocument input", () => {
  it("reads UTF-8 bytes", () => {
    const result = parseRequestDocument(encoder.encode('{"a": "é ✓ 😀"}'), { format: "auto" });

    expect(result).toEqual({ ok: true, value: { a: "é ✓ 😀" }, numberTexts: new Map() });
  });

  it("rejects a UTF-8 byte-order mark in bytes", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('{"a": 1}')]);
    const problem = onlyProblem(
      parseRequestDocument(bytes, { format: "json", source: "job.json" }),
    );

    expect(problem.rule).toBe("byte-order-mark");
    expect(problem.message).toContain("job.json");
    expect(problem.message).toContain("without a byte-order mark");
  });

  it("rejects a byte-order mark in a string", () => {
    const problem = onlyProblem(parseRequestDocument("\uFEFFa: 1\n", { format: "yaml" }));

    expect(problem.rule).toBe("byte-order-mark");
  });

  it("rejects UTF-16 text", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    const problem = onlyProblem(
      parseRequestDocument(bytes, { format: "auto", source: "job.json" }),
    );

    expect(problem.rule).toBe("encoding");
    expect(problem.message).toContain("UTF-16LE");
  });

  it("rejects bytes that are not UTF-8 with their position", () => {
    const bytes = new Uint8Array([...encoder.encode('{\n  "a": "é'), 0xe9, 0x22, 0x7d]);
    const problem = onlyProblem(
      parseRequestDocument(bytes, { format: "json", source: "job.json" }),
    );

    expect(problem.rule).toBe("encoding");
    expect(problem.line).toBe(2);
    expect(problem.column).toBe(10);
    expect(problem.message).toContain("E9");
  });

  it.each([
    ["empty", ""],
    ["blank", "  \n\t\r\n"],
  ])("rejects an %s document", (_name, text) => {
    for (const format of ["json", "yaml", "auto"] as const) {
      const problem = onlyProblem(parseRequestDocument(text, { format, source: "job" }));

      expect(problem.rule).toBe("empty");
      expect(problem.message).toContain("job is empty");
    }
  });

  it("names the input when no source is given", () => {
    const problem = onlyProblem(parseRequestDocument("", { format: "auto" }));

    expect(problem.message).toContain("input is empty");
  });
});

describe("findInvalidUtf8", () => {
  it.each([
    ["overlong slash", [0x2f, 0xc0, 0xaf], 1],
    ["surrogate", [0x41, 0xed, 0xa0, 0x80], 1],
    ["beyond U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["truncated", [0x41, 0x42, 0xe2, 0x82], 2],
    ["lone continuation", [0x80], 0],
    ["valid", [0x41, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80], 7],
  ])("finds %s", (_name, bytes, offset) => {
    expect(findInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });
});

describe("format selection", () => {
  it.each([
    ["job.json", "json"],
    ["JOB.JSON", "json"],
    ["job.yaml", "yaml"],
    ["job.yml", "yaml"],
    ["job.txt", "auto"],
    ["-", "auto"],
  ])("chooses a format for %s", (fileName, format) => {
    expect(formatForFileName(fileName)).toBe(format);
  });

  it.each([
    ['  {"a": 1}', "json"],
    ["\n[1]", "json"],
    ["a: 1", "yaml"],
    ["# comment\n{a: 1}", "yaml"],
  ])("sniffs %j", (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });
});
