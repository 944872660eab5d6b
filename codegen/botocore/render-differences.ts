/** Renders the merge's differences as a deterministic Markdown page. */
import type {
  EnumValueDifference,
  MemberReference,
  ModelDifferences,
  PatternDifference,
  TypeMismatch,
} from "./model-differences.js";

const STATUS_TEXT: Record<PatternDifference["check"]["status"], string> = {
  rewritten: "rewritten: Java-only escapes replaced, meaning kept",
  "no-unicode": "compiles only without the `u` flag",
  invalid: "does not compile: left off",
};

/**
 * Renders `differences` as Markdown: a table of counts first, then one section per kind
 * of difference. `scope` names the shapes that were compared, for example "structures
 * reachable from CreateHyperParameterTuningJob". The output ends with one newline and is
 * byte-identical for equal input.
 */
export function renderDifferences(differences: ModelDifferences, scope: string): string {
  const sections = [
    "# Differences between the JavaScript SDK and botocore",
    `Scope: ${scope}. The JavaScript SDK wins: its structures, members, types and enum values are generated as it declares them, and botocore adds only length, range and pattern limits.`,
    renderCounts(differences),
    section(
      "Structures only in the JavaScript SDK",
      ["Structure"],
      names(differences.structuresOnlyInJavaScript),
    ),
    section(
      "Structures only in botocore",
      ["Structure"],
      names(differences.structuresOnlyInBotocore),
    ),
    section(
      "Members only in the JavaScript SDK",
      ["Structure", "Member"],
      members(differences.membersOnlyInJavaScript),
    ),
    section(
      "Members only in botocore",
      ["Structure", "Member"],
      members(differences.membersOnlyInBotocore),
    ),
    section(
      "Enums without a botocore counterpart",
      ["Enum"],
      names(differences.enumsOnlyInJavaScript),
    ),
    section(
      "Enum values only in the JavaScript SDK",
      ENUM_COLUMNS,
      enumValues(differences.enumValuesOnlyInJavaScript),
    ),
    section(
      "Enum values only in botocore",
      ENUM_COLUMNS,
      enumValues(differences.enumValuesOnlyInBotocore),
    ),
    section(
      "Type mismatches",
      ["Structure", "Location", "JavaScript SDK", "botocore"],
      mismatches(differences.typeMismatches),
    ),
    section(
      "Patterns",
      ["botocore shape", "Result", "Pattern", "Used by", "Error with the `u` flag"],
      patterns(differences.patterns),
    ),
  ];

  return `${sections.join("\n\n")}\n`;
}

const ENUM_COLUMNS = ["Enum", "botocore shape", "Count", "Values"];

function renderCounts(differences: ModelDifferences): string {
  const rows = [
    ["Structures only in the JavaScript SDK", differences.structuresOnlyInJavaScript.length],
    ["Structures only in botocore", differences.structuresOnlyInBotocore.length],
    ["Members only in the JavaScript SDK", differences.membersOnlyInJavaScript.length],
    ["Members only in botocore", differences.membersOnlyInBotocore.length],
    ["Enums without a botocore counterpart", differences.enumsOnlyInJavaScript.length],
    ["Enum values only in the JavaScript SDK", sumValues(differences.enumValuesOnlyInJavaScript)],
    ["Enum values only in botocore", sumValues(differences.enumValuesOnlyInBotocore)],
    ["Type mismatches", differences.typeMismatches.length],
    ["Patterns that do not compile as written", differences.patterns.length],
  ].map(([label, count]) => [String(label), String(count)]);

  return `## Counts\n\n${table(["Difference", "Count"], rows)}`;
}

function section(title: string, columns: readonly string[], rows: readonly string[][]): string {
  const body = rows.length === 0 ? "None." : table(columns, rows);

  return `## ${title}\n\n${body}`;
}

function table(columns: readonly string[], rows: readonly string[][]): string {
  const lines = [columns, columns.map(() => "---"), ...rows].map(
    (cells) => `| ${cells.map(escapeCell).join(" | ")} |`,
  );

  return lines.join("\n");
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function names(values: readonly string[]): string[][] {
  return values.map((value) => [value]);
}

function members(references: readonly MemberReference[]): string[][] {
  return references.map((reference) => [reference.structure, reference.member]);
}

function enumValues(differences: readonly EnumValueDifference[]): string[][] {
  return differences.map((difference) => [
    difference.enum,
    difference.botocoreShape,
    String(difference.values.length),
    difference.values.map(code).join(", "),
  ]);
}

function mismatches(differences: readonly TypeMismatch[]): string[][] {
  return differences.map((difference) => [
    difference.structure,
    difference.location,
    difference.javascript,
    difference.botocore,
  ]);
}

function patterns(differences: readonly PatternDifference[]): string[][] {
  return differences.map(({ shape, check, usedBy }) => {
    const pattern =
      check.status === "rewritten"
        ? `${code(check.original)} to ${code(check.pattern)}`
        : code(patternOf(check));

    return [shape, STATUS_TEXT[check.status], pattern, usedBy.join(", "), check.error];
  });
}

function patternOf(check: PatternDifference["check"]): string {
  return check.status === "invalid" ? check.original : check.pattern;
}

function sumValues(differences: readonly EnumValueDifference[]): number {
  return differences.reduce((total, difference) => total + difference.values.length, 0);
}

/** Wraps text in a Markdown code span, with a longer fence when the text has backticks. */
export function code(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longestRun + 1);
  const padding = text.startsWith("`") || text.endsWith("`") ? " " : "";

  return `${fence}${padding}${text}${padding}${fence}`;
}
