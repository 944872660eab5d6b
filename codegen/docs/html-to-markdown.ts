/**
 * Converts the SDK's HTML member documentation to Markdown that is safe inside a
 * `/** ... *\/` comment. The SDK docs use p, a, code, ul/ol/li, b/i, note, important,
 * dl/dt/dd, and elsewhere br and pre.
 */
import {
  NodeHtmlMarkdown,
  type TranslatorConfig,
  type TranslatorConfigFactory,
  type TranslatorConfigObject,
} from "node-html-markdown";

/** The context node-html-markdown passes to a translator factory; the package does not export its name. */
type TranslatorContext = Parameters<TranslatorConfigFactory>[0];

const BULLET = "-";

/**
 * Escapes for text outside code: Markdown's emphasis, code and link characters, an
 * underscore only at a word edge, an at sign that would start a TSDoc tag, and a `<` that
 * would open an HTML tag.
 */
const GLOBAL_ESCAPE: readonly [RegExp, string] = [
  /[\\`*~[\]]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|(?<![^\s])@(?=\p{L})|<(?=[\p{L}/!?])/gmu,
  "\\$&",
];

/**
 * Escapes block markers at the start of a text node. node-html-markdown cannot tell a
 * text node after inline markup from a line start, so {@link unescapeInline} removes the
 * escapes that end up inside a line.
 */
const LINE_START_ESCAPE: readonly [RegExp, string] = [
  /^(\s*)(?:([+>#=-])|(\d+)(\.))(?=\s|$)/gm,
  "$1$3\\$2$4",
];

const translators: TranslatorConfigObject = {
  a: linkTranslator,
  li: listItemTranslator,
  "note,important": ({ node }) => ({
    surroundingNewlines: 2,
    postprocess: ({ content }) => {
      const label = node.tagName === "NOTE" ? "Note" : "Important";

      return `**${label}:** ${content.trim()}`;
    },
  }),
  dl: { surroundingNewlines: 2 },
  dt: {
    surroundingNewlines: 1,
    postprocess: ({ content }) => `${BULLET} **${content.trim()}**`,
  },
  dd: {
    surroundingNewlines: 2,
    postprocess: ({ content }) => indentLines(content.trim(), "  "),
  },
};

const converter = new NodeHtmlMarkdown(
  {
    bulletMarker: BULLET,
    codeBlockStyle: "fenced",
    maxConsecutiveNewlines: 2,
    globalEscape: GLOBAL_ESCAPE,
    lineStartEscape: LINE_START_ESCAPE,
  },
  translators,
);

const defaultCode = converter.translators.get("code");
converter.translators.set("code", (context) => {
  // `<code><a href>Name</a></code>` becomes a link around a code span, not a code span around a link.
  if (context.node.querySelector("a") !== null) {
    return { postprocess: ({ content }) => content.trim() };
  }

  return typeof defaultCode === "function" ? defaultCode(context) : defaultCode;
});

const cache = new Map<string, string>();

/**
 * Converts SDK documentation HTML to Markdown for a doc comment: links as `[text](url)`,
 * `<code>` as code spans, lists and paragraphs as Markdown, notes as `**Note:**`
 * paragraphs. The output has no trailing spaces, no `*\/`, and at most one blank line in a
 * row. Results are cached by input.
 */
export function htmlToMarkdown(html: string): string {
  const cached = cache.get(html);
  if (cached !== undefined) return cached;

  const markdown = tidy(converter.translate(html));
  cache.set(html, markdown);

  return markdown;
}

/** Cleans the converter's output: hard breaks, trailing spaces, blank lines and `*\/`. */
function tidy(markdown: string): string {
  const lines = markdown.split(/\r?\n/).map((line, index, all) => {
    const text = unescapeInline(line).trimEnd();
    // Two trailing spaces are a hard line break; a backslash keeps it without trailing spaces.
    const hardBreak = / {2}$/.test(line) && text !== "" && (all[index + 1] ?? "").trim() !== "";

    return hardBreak ? `${text}\\` : text;
  });

  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .replace(/\*\//g, "*\\/");
}

/**
 * Removes the backslash before `-`, `+`, `>`, `#`, `=` and `N.` where it is not at the
 * start of a line, leaving code spans alone.
 */
function unescapeInline(line: string): string {
  const start = /^\s*(?:[-+*]\s+|\d+\.\s+)?/.exec(line)?.[0].length ?? 0;
  let output = line.slice(0, start);
  let index = start;
  while (index < line.length) {
    const character = line[index] ?? "";
    if (character === "`") {
      const end = codeSpanEnd(line, index);
      output += line.slice(index, end);
      index = end;
    } else if (character === "\\") {
      const next = line[index + 1] ?? "";
      const atLineStart = output.trim() === "" || /^\s*(?:[-+*]|\d+\.)\s+$/.test(output);
      const unneeded =
        !atLineStart && (/[-+>#=]/.test(next) || (next === "." && /\d$/.test(output)));
      output += unneeded ? next : character + next;
      index += 2;
    } else {
      output += character;
      index += 1;
    }
  }

  return output;
}

/** Returns the index after the code span that opens at `start`, or after its backticks. */
function codeSpanEnd(line: string, start: number): number {
  const fence = /^`+/.exec(line.slice(start))?.[0] ?? "`";
  const close = line.indexOf(fence, start + fence.length);

  return close === -1 ? start + fence.length : close + fence.length;
}

function linkTranslator({ node, parent, visitor }: TranslatorContext): TranslatorConfig {
  const href = node.getAttribute("href")?.trim();
  if (href === undefined || href === "") return {};

  const destination = href.replace(
    /[()<>* ]/g,
    (character: string) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  if (node.textContent.trim() === href) return { content: `<${destination}>`, recurse: false };
  const inCode = parent?.tagName === "CODE";

  return {
    prefix: inCode ? "[`" : "[",
    postfix: `${inCode ? "`" : ""}](${destination})`,
    noEscape: inCode,
    childTranslators: visitor.instance.aTagTranslators,
    postprocess: ({ content }) => content.replace(/\s+/g, " ").trim(),
  };
}

/**
 * Renders a list item with its later paragraphs indented under the marker, so that they
 * stay in the item, and nested lists as the converter indented them.
 */
function listItemTranslator({
  options,
  indentLevel,
  listKind,
  listItemNumber,
}: TranslatorContext): TranslatorConfig {
  const outer = options.indent.repeat(Number(indentLevel ?? 0));
  const marker =
    listKind === "OL" && listItemNumber !== undefined ? `${listItemNumber}. ` : `${BULLET} `;

  return {
    prefix: outer + marker,
    surroundingNewlines: 1,
    postprocess: ({ content }) => {
      const [first = "", ...rest] = content.trim().split("\n");
      const continuation = outer + " ".repeat(marker.length);
      const lines = rest.map((line) =>
        line.trim() === "" || /^\s+(?:[-+*]|\d+\.)\s/.test(line) ? line : continuation + line,
      );

      return [first, ...lines].join("\n");
    },
  };
}

function indentLines(text: string, indent: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? line : indent + line))
    .join("\n");
}
