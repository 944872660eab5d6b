import { beforeAll, describe, expect, it } from "vitest";

import { htmlToMarkdown } from "../../codegen/docs/html-to-markdown.js";
import type { ShapeModel } from "../../codegen/model/shape-model.js";
import { readSdkModel } from "../../codegen/read/sdk-reader.js";

describe("htmlToMarkdown", () => {
  it("keeps links inline", () => {
    expect(htmlToMarkdown('<p>See <a href="https://example.com/a_b.html">the guide</a>.</p>')).toBe(
      "See [the guide](https://example.com/a_b.html).",
    );
  });

  it("writes a bare URL as an autolink", () => {
    expect(htmlToMarkdown('<p><a href="https://example.com/x">https://example.com/x</a></p>')).toBe(
      "<https://example.com/x>",
    );
  });

  it("encodes parentheses in link targets", () => {
    expect(htmlToMarkdown('<a href="https://example.com/a(b)">x</a>')).toBe(
      "[x](https://example.com/a%28b%29)",
    );
  });

  it("turns code into code spans", () => {
    expect(htmlToMarkdown("<p>Set <code>Pipe</code> or <code>File</code>.</p>")).toBe(
      "Set `Pipe` or `File`.",
    );
  });

  it("puts a link in code around the code span", () => {
    expect(
      htmlToMarkdown(
        '<p>Returned by <code> <a href="https://x.test/D">Describe</a> </code> once.</p>',
      ),
    ).toBe("Returned by [`Describe`](https://x.test/D) once.");
  });

  it("separates paragraphs with one blank line", () => {
    expect(htmlToMarkdown("<p>One.</p> <p>Two.</p>\n\n\n<p>Three.</p>")).toBe(
      "One.\n\nTwo.\n\nThree.",
    );
  });

  it("writes unordered and ordered lists", () => {
    expect(htmlToMarkdown("<ul> <li> <p>a</p> </li> <li> <p>b</p> </li> </ul>")).toBe("- a\n- b");
    expect(htmlToMarkdown("<ol> <li>a</li> <li>b</li> </ol>")).toBe("1. a\n2. b");
  });

  it("indents later paragraphs of a list item", () => {
    expect(htmlToMarkdown("<ul> <li> <p>Key</p> <p><code>v</code></p> </li> </ul>")).toBe(
      "- Key\n\n  `v`",
    );
  });

  it("labels notes and important blocks", () => {
    expect(htmlToMarkdown("<p>A.</p> <note> <p>Careful.</p> </note>")).toBe(
      "A.\n\n**Note:** Careful.",
    );
    expect(htmlToMarkdown("<important> <p>Read.</p> </important>")).toBe("**Important:** Read.");
  });

  it("writes definition lists as bullets", () => {
    expect(htmlToMarkdown("<dl> <dt>Auto</dt> <dd> <p>Chooses.</p> </dd> </dl>")).toBe(
      "- **Auto**\n\n  Chooses.",
    );
  });

  it("keeps bold and italic", () => {
    expect(htmlToMarkdown("<p><b>Pipe mode</b> - streams, <i>fast</i>.</p>")).toBe(
      "**Pipe mode** - streams, _fast_.",
    );
  });

  it("escapes a comment end", () => {
    const markdown = htmlToMarkdown("<p>Glob <code>s3://bucket/*/</code> and a*/b.</p>");
    expect(markdown).not.toContain("*/");
    expect(markdown).toContain("`s3://bucket/*\\/`");
  });

  it("escapes tag-like at signs and angle brackets", () => {
    expect(htmlToMarkdown("<p>Use @example here, a@b stays, &lt;bucket&gt; too.</p>")).toBe(
      "Use \\@example here, a@b stays, \\<bucket> too.",
    );
  });

  it("keeps intraword underscores and escapes others", () => {
    expect(htmlToMarkdown("<p>snake_case and _value and 2*3</p>")).toBe(
      "snake_case and \\_value and 2\\*3",
    );
  });

  it("escapes block markers only at line start", () => {
    expect(htmlToMarkdown("<p>- dash start</p>")).toBe("\\- dash start");
    expect(htmlToMarkdown("<p><b>Box</b> - finds. Use S3. Then 2. steps</p>")).toBe(
      "**Box** - finds. Use S3. Then 2. steps",
    );
  });

  it("returns the cached result", () => {
    const html = "<p>Cached <code>x</code>.</p>";
    expect(htmlToMarkdown(html)).toBe(htmlToMarkdown(html));
  });
});

describe("htmlToMarkdown on the installed SDK", () => {
  let model: ShapeModel;
  const docs: string[] = [];

  beforeAll(() => {
    model = readSdkModel();
    for (const shape of Object.values(model.shapes)) {
      docs.push(shape.doc);
      if (shape.kind !== "enum") docs.push(...shape.members.map((member) => member.doc));
    }
  });

  function memberDoc(structure: string, member: string): string {
    const shape = model.shapes[structure];
    if (shape === undefined || shape.kind === "enum") throw new Error(`no structure ${structure}`);

    return shape.members.find((candidate) => candidate.name === member)?.doc ?? "";
  }

  it("converts a note, links and a list", () => {
    const markdown = htmlToMarkdown(memberDoc("ResourceConfig", "VolumeKmsKeyId"));
    expect(markdown).toContain("**Note:**");
    expect(markdown).toMatch(
      /\[Instance Store Volumes\]\(https:\/\/docs\.aws\.amazon\.com\/[^)]+\)/,
    );
    expect(markdown).toMatch(/^- /m);
    expect(markdown).toContain("`VolumeKmsKeyId`");
  });

  it("converts a definition list", () => {
    const markdown = htmlToMarkdown(memberDoc("ContinuousParameterRange", "ScalingType"));
    expect(markdown).toContain("- **Logarithmic**");
  });

  it("leaves no tags, trailing spaces or comment ends", () => {
    const outputs = docs.map(htmlToMarkdown);
    expect(outputs.filter((markdown) => /[ \t]$/m.test(markdown))).toEqual([]);
    expect(outputs.filter((markdown) => markdown.includes("*/"))).toEqual([]);
    const withoutCode = outputs.map((markdown) => markdown.replace(/`+[^`]*`+/g, ""));
    expect(
      withoutCode.filter((markdown) => /<\/?(?:p|code|a|li|ul|note)\b/.test(markdown)),
    ).toEqual([]);
    expect(outputs.filter((markdown) => /\n{3}/.test(markdown))).toEqual([]);
  });
});
