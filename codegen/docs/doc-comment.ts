/** Renders the `/** ... *\/` comment of a generated setter or type. */
import type { Constraints, TypeRef } from "../model/shape-model.js";
import { htmlToMarkdown } from "./html-to-markdown.js";
import { wrapMarkdown } from "./wrap-markdown.js";

/** Column limit of the generated files, counted with the indentation and the ` * ` prefix. */
export const COMMENT_WIDTH = 100;

/** Kinds of value whose limits a comment describes, each with its own wording. */
export type ConstrainedKind = "string" | "number" | "list" | "map";

export interface DocCommentParts {
  /** The SDK's documentation as HTML; converted to Markdown. */
  doc: string;
  /**
   * The member's type: its own limits and those of list items and map keys and values are
   * listed. Wins over `constraints`.
   */
  type?: TypeRef | undefined;
  /** Limits to list when no `type` is given. */
  constraints?: Constraints | undefined;
  /**
   * Kind of value that `constraints` limits, which picks the wording (`Length`, `Range`,
   * `Items`, `Entries`). Without it the line reads `Limits: 1 to 32.`
   */
  kind?: ConstrainedKind | undefined;
  /** Valid values of an enum, all listed. */
  enumValues?: readonly (string | number)[] | undefined;
  required?: boolean | undefined;
  deprecated?: boolean | undefined;
}

/**
 * Renders a TSDoc comment: the converted doc, then `Required.` and one line per limit
 * (`Length: 1 to 32 characters.`, `` Pattern: `...` ``, `Range: at least 1.`,
 * `Items: 1 to 10.`), then the enum's valid values wrapped at {@link COMMENT_WIDTH}
 * columns, then `@deprecated`. Every line starts with `indent`. Returns an empty string
 * when every part is empty.
 */
export function renderDocComment(parts: DocCommentParts, indent = ""): string {
  const width = COMMENT_WIDTH - indent.length - " * ".length;
  const blocks = [
    parts.doc.trim() === "" ? "" : htmlToMarkdown(parts.doc),
    [parts.required === true ? "Required." : "", ...limitLines(parts)].filter(Boolean).join("\n"),
    validValuesLine(parts.enumValues),
    parts.deprecated === true ? "@deprecated" : "",
  ].filter((block) => block !== "");
  if (blocks.length === 0) return "";

  const lines = blocks.flatMap((block, index) => [
    ...(index > 0 ? [""] : []),
    ...wrapMarkdown(block, width),
  ]);
  const body = lines.map((line) =>
    `${indent} *${line === "" ? "" : ` ${line}`}`.replace(/\*\//g, "*\\/"),
  );

  return [`${indent}/**`, ...body, `${indent} */`].join("\n");
}

function limitLines(parts: DocCommentParts): string[] {
  if (parts.type !== undefined) return typeLimitLines(parts.type, "");
  if (parts.constraints === undefined) return [];

  return constraintLines(parts.constraints, parts.kind, "");
}

/** Lists the limits of a type and, prefixed with `item`, `key` or `value`, of its parts. */
function typeLimitLines(type: TypeRef, prefix: string): string[] {
  switch (type.kind) {
    case "string":
    case "enum":
      return constraintLines(type.constraints, "string", prefix);
    case "number":
      return constraintLines(type.constraints, "number", prefix);
    case "list":
      return [
        ...constraintLines(type.constraints, "list", prefix),
        ...typeLimitLines(type.member, `${prefix}item `),
      ];
    case "map":
      return [
        ...constraintLines(type.constraints, "map", prefix),
        ...typeLimitLines(type.key, `${prefix}key `),
        ...typeLimitLines(type.value, `${prefix}value `),
      ];
    default:
      return [];
  }
}

interface LimitWording {
  label: string;
  /** Singular and plural unit, for string lengths. */
  unit?: [string, string];
}

const UNKNOWN_KIND: LimitWording = { label: "limits" };

const LABELS: Record<ConstrainedKind, LimitWording> = {
  string: { label: "length", unit: ["character", "characters"] },
  number: { label: "range" },
  list: { label: "items" },
  map: { label: "entries" },
};

function constraintLines(
  constraints: Constraints | undefined,
  kind: ConstrainedKind | undefined,
  prefix: string,
): string[] {
  if (constraints === undefined) return [];

  const lines: string[] = [];
  const { label, unit } = kind === undefined ? UNKNOWN_KIND : LABELS[kind];
  const bounds = describeBounds(constraints.min, constraints.max, unit);
  if (bounds !== undefined) lines.push(`${capitalize(prefix + label)}: ${bounds}.`);
  if (constraints.pattern !== undefined) {
    lines.push(`${capitalize(`${prefix}pattern`)}: ${codeSpan(constraints.pattern)}`);
  }

  return lines;
}

/** Describes a range as `1 to 32 characters`, `at least 1`, `at most 10` or `exactly 12`. */
function describeBounds(
  min: number | undefined,
  max: number | undefined,
  unit: [string, string] | undefined,
): string | undefined {
  const withUnit = (text: string, count: number): string =>
    unit === undefined ? text : `${text} ${count === 1 ? unit[0] : unit[1]}`;
  if (min !== undefined && max !== undefined) {
    return min === max ? withUnit(`exactly ${min}`, min) : withUnit(`${min} to ${max}`, max);
  }
  if (min !== undefined) return withUnit(`at least ${min}`, min);
  if (max !== undefined) return withUnit(`at most ${max}`, max);

  return undefined;
}

function validValuesLine(values: readonly (string | number)[] | undefined): string {
  if (values === undefined || values.length === 0) return "";

  return `Valid values: ${values.map((value) => codeSpan(String(value))).join(", ")}.`;
}

/** Wraps text in a Markdown code span, with a longer fence when the text has backticks. */
function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longestRun + 1);
  const padding = longestRun > 0 ? " " : "";

  return `${fence}${padding}${text}${padding}${fence}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
