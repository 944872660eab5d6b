import { describe, expect, it } from "vitest";

import { COMMENT_WIDTH, renderDocComment } from "../../codegen/docs/doc-comment.js";
import { wrapLine, wrapMarkdown } from "../../codegen/docs/wrap-markdown.js";

describe("renderDocComment", () => {
  it("renders the doc alone", () => {
    expect(renderDocComment({ doc: "<p>The job name.</p>" })).toBe("/**\n * The job name.\n */");
  });

  it("returns an empty string for nothing", () => {
    expect(renderDocComment({ doc: " " })).toBe("");
  });

  it("indents every line", () => {
    const comment = renderDocComment({ doc: "<p>A.</p> <p>B.</p>" }, "  ");
    expect(comment).toBe("  /**\n   * A.\n   *\n   * B.\n   */");
  });

  it("lists string limits and the pattern", () => {
    const comment = renderDocComment({
      doc: "<p>Name.</p>",
      required: true,
      type: { kind: "string", constraints: { min: 1, max: 32, pattern: "[a-z]+" } },
    });
    expect(comment).toBe(
      "/**\n * Name.\n *\n * Required.\n * Length: 1 to 32 characters.\n * Pattern: `[a-z]+`\n */",
    );
  });

  it("describes open and exact ranges", () => {
    const lines = (constraints: { min?: number; max?: number }, kind: "string" | "number") =>
      renderDocComment({ doc: "", constraints, kind }).split("\n")[1];
    expect(lines({ min: 1 }, "number")).toBe(" * Range: at least 1.");
    expect(lines({ max: 10 }, "number")).toBe(" * Range: at most 10.");
    expect(lines({ min: 1, max: 1 }, "string")).toBe(" * Length: exactly 1 character.");
    expect(lines({ min: 2 }, "string")).toBe(" * Length: at least 2 characters.");
  });

  it("words limits neutrally without a kind", () => {
    const comment = renderDocComment({ doc: "", constraints: { min: 1, max: 32 } });
    expect(comment).toBe("/**\n * Limits: 1 to 32.\n */");
  });

  it("lists item and map limits", () => {
    const comment = renderDocComment({
      doc: "",
      type: {
        kind: "map",
        constraints: { max: 50 },
        key: { kind: "string", constraints: { min: 1, max: 128 } },
        value: {
          kind: "list",
          constraints: { min: 1, max: 10 },
          member: { kind: "number", integer: true, constraints: { min: 0 } },
        },
      },
    });
    expect(comment.split("\n").slice(1, -1)).toEqual([
      " * Entries: at most 50.",
      " * Key length: 1 to 128 characters.",
      " * Value items: 1 to 10.",
      " * Value item range: at least 0.",
    ]);
  });

  it("wraps valid values at the width", () => {
    const values = Array.from({ length: 60 }, (_, index) => `ml.m${index}.xlarge`);
    const comment = renderDocComment({ doc: "<p>Type.</p>", enumValues: values }, "    ");
    const lines = comment.split("\n");
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(COMMENT_WIDTH);
    expect(comment).toContain("Valid values: `ml.m0.xlarge`, `ml.m1.xlarge`");
    expect(comment).toContain("`ml.m59.xlarge`.");
    expect(lines.filter((line) => line.includes("`ml.m")).length).toBeGreaterThan(5);
  });

  it("marks deprecated members last", () => {
    const lines = renderDocComment({ doc: "<p>Old.</p>", deprecated: true }).split("\n");
    expect(lines.at(-2)).toBe(" * @deprecated");
  });

  it("escapes a comment end in a pattern", () => {
    const comment = renderDocComment({ doc: "", constraints: { pattern: "s3://.*/x" } });
    expect(comment.slice(3, -3)).not.toContain("*/");
    expect(comment).toContain("Pattern: `s3://.*\\/x`");
  });

  it("uses a longer fence for backticks", () => {
    expect(renderDocComment({ doc: "", enumValues: ["a`b"] })).toContain(
      "Valid values: `` a`b ``.",
    );
  });
});

describe("wrapMarkdown", () => {
  it("keeps short lines", () => {
    expect(wrapMarkdown("short line", 20)).toEqual(["short line"]);
  });

  it("breaks at spaces outside code spans", () => {
    expect(wrapLine("one two `three four` five", 12)).toEqual(["one two", "`three four`", "five"]);
  });

  it("indents list continuations", () => {
    expect(wrapLine("- alpha beta gamma", 12)).toEqual(["- alpha beta", "  gamma"]);
    expect(wrapLine("10. alpha beta gamma", 14)).toEqual(["10. alpha beta", "    gamma"]);
  });

  it("never starts a line with a block marker", () => {
    expect(wrapLine("aaaa bbbb - cccc", 9)).toEqual(["aaaa", "bbbb -", "cccc"]);
    expect(wrapLine("aaaa bbbb 2. cccc", 9)).toEqual(["aaaa", "bbbb 2.", "cccc"]);
  });

  it("gives a long word its own line", () => {
    expect(wrapLine("see https://example.com/a/very/long/path now", 10)).toEqual([
      "see",
      "https://example.com/a/very/long/path",
      "now",
    ]);
  });

  it("leaves fenced code alone", () => {
    const markdown = "```\na very long line inside a fence\n```";
    expect(wrapMarkdown(markdown, 10)).toEqual(markdown.split("\n"));
  });
});
