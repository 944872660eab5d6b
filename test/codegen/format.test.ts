import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import {
  extractDocComments,
  FormatCache,
  formatAll,
  formatOptions,
  restoreDocComments,
} from "../../codegen/format.js";
import { generate, shippedEntryPoints } from "../../codegen/generate.js";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

async function unformattedFiles() {
  const result = await generate({
    outDir: join(projectRoot, "generated"),
    sourceDir: join(projectRoot, "src"),
    entryPoints: shippedEntryPoints,
    skipFormat: true,
  });

  return result.files.filter((file) => file.path.endsWith(".ts"));
}

describe("formatAll", () => {
  it("matches prettier on every shipped file", async () => {
    const files = await unformattedFiles();
    const options = await formatOptions();
    const formatted = await formatAll(files);

    for (const [index, file] of files.entries()) {
      expect(formatted[index]?.text, file.path).toBe(await prettier.format(file.text, options));
    }
  }, 60_000);

  it("reuses cached texts", async () => {
    const files = (await unformattedFiles()).slice(0, 3);
    const cachePath = join(mkdtempSync(join(tmpdir(), "format-cache-")), "cache.json");
    const first = new FormatCache(cachePath);
    const formatted = await formatAll(files, first);
    first.save();

    const second = new FormatCache(cachePath);
    const options = await formatOptions();
    for (const [index, file] of files.entries()) {
      expect(second.get(FormatCache.key(file.text, options))).toBe(formatted[index]?.text);
    }
  }, 60_000);
});

describe("doc comment placement", () => {
  it("keeps a method's comment off a wrapped parameter", () => {
    const source = [
      "interface A {",
      "  /** Doc of value. */",
      "  value(value: number): A;",
      "}",
    ].join("\n");
    const { text, comments } = extractDocComments(source);
    const wrapped = [
      "interface A {",
      "  metricName(",
      "    value: string,",
      "  ): A;",
      "  value(value: number): A;",
      "}",
    ].join("\n");

    expect(text).not.toContain("Doc of value");
    expect(restoreDocComments(wrapped, comments)).toBe(
      [
        "interface A {",
        "  metricName(",
        "    value: string,",
        "  ): A;",
        "  /** Doc of value. */",
        "  value(value: number): A;",
        "}",
      ].join("\n"),
    );
  });

  it("reports a declaration it cannot find", () => {
    const { comments } = extractDocComments("/** Doc. */\nexport const a = 1;\n");

    expect(restoreDocComments("export const b = 1;\n", comments)).toBeUndefined();
  });
});
