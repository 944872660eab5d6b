import { describe, expect, it } from "vitest";

import { MAX_DOCUMENT_SIZE, parseRequestDocument } from "../../src/io/index.js";
import type { ParseProblem, ParseResult } from "../../src/io/index.js";

function onlyProblem(result: ParseResult): ParseProblem {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("expected a failed parse");
  expect(result.problems).toHaveLength(1);

  return result.problems[0]!;
}

/** Returns a JSON object `{ }` padded with spaces to `size` bytes. */
function paddedObject(size: number): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes[0] = 0x7b;
  bytes[size - 1] = 0x7d;

  return bytes;
}

describe("parseRequestDocument size limit", () => {
  it("is 32 MiB", () => {
    expect(MAX_DOCUMENT_SIZE).toBe(32 * 1024 * 1024);
  });

  it("accepts a document at the limit", () => {
    const result = parseRequestDocument(paddedObject(MAX_DOCUMENT_SIZE), { format: "auto" });

    expect(result).toEqual({ ok: true, value: {}, numberTexts: new Map() });
  });

  it("rejects bytes over the limit", () => {
    const size = MAX_DOCUMENT_SIZE + 1;
    const problem = onlyProblem(
      parseRequestDocument(paddedObject(size), { format: "auto", source: "big.json" }),
    );

    expect(problem.rule).toBe("document-size");
    expect(problem.path).toBe("");
    expect(problem.value).toBe(size);
    expect(problem.message).toContain("big.json is too large");
    expect(problem.message).toContain(`${size} bytes`);
    expect(problem.message).toContain(`${MAX_DOCUMENT_SIZE} bytes (32 MiB)`);
    expect(problem.message).not.toContain("defect");
  });

  it("rejects text over the limit", () => {
    const text = `{${" ".repeat(MAX_DOCUMENT_SIZE)}}`;
    const problem = onlyProblem(parseRequestDocument(text, { format: "yaml", source: "big.yaml" }));

    expect(problem.rule).toBe("document-size");
    expect(problem.message).toContain("big.yaml is too large");
    expect(problem.message).toContain(`${text.length} characters`);
    expect(problem.message).toContain(`${MAX_DOCUMENT_SIZE} characters (32 MiB)`);
  });

  it("rejects a file beyond the longest string", () => {
    // Node 20 creates no string longer than 0x1fffffe8 characters, so these bytes cannot be decoded.
    const size = 0x1fffffe8 + 1;
    const problem = onlyProblem(
      parseRequestDocument(new Uint8Array(size), { format: "auto", source: "huge.json" }),
    );

    expect(problem.rule).toBe("document-size");
    expect(problem.message).toContain("huge.json is too large");
    expect(problem.message).not.toContain("defect");
  });
});
