/** Renders the exclusivity coverage as a deterministic Markdown page. */
import type { StructureRule } from "../../src/schema/types.js";
import type { ShapeModel } from "../model/shape-model.js";
import { overlayNotApplicable } from "../overlay-not-applicable.js";
import { overlay } from "../overlay.js";
import {
  checkExclusivityCoverage,
  scanExclusivityStatements,
  type ExclusivityCoverage,
  type ExclusivityStatement,
} from "./exclusivity.js";

/**
 * Scans the given shapes (enums are skipped), checks the statements against
 * `codegen/overlay.ts` and `codegen/overlay-not-applicable.ts`, and renders the report
 * that generation writes to `generated/exclusivity-report.md`.
 */
export function buildExclusivityReport(model: ShapeModel, shapes: readonly string[]): string {
  const statements = scanExclusivityStatements(model, shapes);

  return renderExclusivityReport(
    checkExclusivityCoverage(statements, overlay, overlayNotApplicable, model),
  );
}

/**
 * Renders `coverage` as Markdown: counts first, then the uncovered statements, the
 * covered ones with their rule, the not-applicable ones with their reason, and unused
 * not-applicable entries. Rows keep the order of the statements, which
 * `scanExclusivityStatements` sorts. The output ends with one newline.
 */
export function renderExclusivityReport(coverage: ExclusivityCoverage): string {
  const sections = [
    "# Exclusivity statements of the SDK documentation",
    "Sentences of member documentation that state an exclusivity or a condition, and whether a rule of the overlay (`codegen/overlay.ts`) covers each one or `codegen/overlay-not-applicable.ts` explains why none is needed.",
    `## Counts\n\n${table(
      ["Status", "Statements"],
      [
        ["Uncovered", String(coverage.uncovered.length)],
        ["Covered by a rule", String(coverage.covered.length)],
        ["Not applicable", String(coverage.notApplicable.length)],
        ["Unused not-applicable entries", String(coverage.unusedNotApplicable.length)],
      ],
    )}`,
    section(
      "Uncovered",
      ["Structure", "Member", "Mentions", "Sentence"],
      coverage.uncovered.map((statement) => [...statementCells(statement), statement.sentence]),
    ),
    section(
      "Covered by a rule",
      ["Structure", "Member", "Mentions", "Rule", "Sentence"],
      coverage.covered.map(({ statement, rule }) => [
        ...statementCells(statement),
        describeRule(rule),
        statement.sentence,
      ]),
    ),
    section(
      "Not applicable",
      ["Structure", "Member", "Mentions", "Reason", "Sentence"],
      coverage.notApplicable.map(({ statement, reason }) => [
        ...statementCells(statement),
        reason,
        statement.sentence,
      ]),
    ),
    section(
      "Unused not-applicable entries",
      ["Structure", "Member", "Reason"],
      coverage.unusedNotApplicable.map((entry) => [entry.structure, entry.member, entry.reason]),
    ),
  ];

  return `${sections.join("\n\n")}\n`;
}

/** Describes a rule in one line, for example `exclusive: TrainingImage / AlgorithmName (one required)`. */
export function describeRule(rule: StructureRule): string {
  if (rule.kind === "onlyWhen") {
    return `onlyWhen: ${rule.path} only when ${rule.when.member} is ${JSON.stringify(rule.when.equals)}`;
  }
  if (rule.kind === "valuesWhen") {
    const values = rule.values.map((value) => JSON.stringify(value)).join(" or ");
    return `valuesWhen: ${rule.member} is ${values} when ${rule.when.member} is ${JSON.stringify(rule.when.equals)}`;
  }
  const sides = rule.sides.map((side) => side.join(" + ")).join(" / ");

  return `exclusive: ${sides} (${rule.required ? "one required" : "at most one"})`;
}

function statementCells(statement: ExclusivityStatement): string[] {
  return [statement.structure, statement.member, statement.mentions.join(", ")];
}

function section(title: string, columns: readonly string[], rows: readonly string[][]): string {
  return `## ${title}\n\n${rows.length === 0 ? "None." : table(columns, rows)}`;
}

function table(columns: readonly string[], rows: readonly string[][]): string {
  return [columns, columns.map(() => "---"), ...rows]
    .map((cells) => `| ${cells.map(escapeCell).join(" | ")} |`)
    .join("\n");
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}
