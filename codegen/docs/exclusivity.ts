/**
 * Finds the sentences of member documentation that state an exclusivity or a condition
 * between members, and checks that the overlay covers each one or records why it does not.
 */
import type { StructureRule } from "../../src/schema/types.js";
import type { ShapeModel } from "../model/shape-model.js";

export {
  buildExclusivityReport,
  describeRule,
  renderExclusivityReport,
} from "./exclusivity-report.js";

/** A sentence of a member's documentation that states an exclusivity or condition. */
export interface ExclusivityStatement {
  structure: string;
  member: string;
  /** The sentence as plain text, tags removed and entities decoded. */
  sentence: string;
  /** Other members of the same structure that the sentence names, sorted. */
  mentions: string[];
}

/** A statement that the overlay deliberately does not turn into a rule. */
export interface NotApplicableStatement {
  structure: string;
  /** The member, or `*` for every member of the structure. */
  member: string;
  /** The reason no rule is needed, for example that the semantic validator checks it. */
  reason: string;
}

/** Phrases that mark a sentence as stating an exclusivity or a condition. */
const STATEMENT_PHRASES: readonly RegExp[] = [
  /\bmutually exclusive\b/i,
  /\b(?:do not|don't) specify a value for\b/i,
  /\b(?:do not|don't) provide (?:a )?values? for\b/i,
  /\bonly when\b/i,
  /\bonly if\b/i,
  /\b(?:can't|cannot|can not) be used (?:with|together)\b/i,
  /\b(?:can't|cannot|can not) specify both\b/i,
  /\b(?:can't|cannot|can not) request\b.*\bwhen\b/i,
  /\bif you (?:specify|use|set|choose|select)\b.*\b(?:can't|cannot|can not|must not|do not|don't)\b/i,
  /\bmust specify either\b/i,
  /\beither all\b.*\bor none\b/i,
  /\brequired (?:when|if)\b/i,
  /\bonly (?:supported|valid|allowed|applicable)\b/i,
  /\b(?:supported|valid|allowed|applicable) only (?:for|with|when|if)\b/i,
  /\bworks only for\b/i,
];

/**
 * Scans the documentation of every member of the given structures and returns the
 * sentences that state an exclusivity or condition, ordered by structure name, then
 * member declaration order, then position in the doc. Names that are not structures or
 * unions of the model are skipped.
 */
export function scanExclusivityStatements(
  model: ShapeModel,
  structures: readonly string[],
): ExclusivityStatement[] {
  const statements: ExclusivityStatement[] = [];
  for (const structure of [...new Set(structures)].sort(compareText)) {
    const shape = model.shapes[structure];
    if (shape === undefined || shape.kind === "enum") continue;
    const memberNames = new Set(shape.members.map((member) => member.name));
    for (const member of shape.members) {
      for (const sentence of splitSentences(htmlToText(member.doc))) {
        if (!STATEMENT_PHRASES.some((phrase) => phrase.test(sentence))) continue;
        const mentions = mentionedMembers(sentence, memberNames, member.name);
        statements.push({ structure, member: member.name, sentence, mentions });
      }
    }
  }

  return statements;
}

/** Converts documentation HTML to plain text with one line per block element. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/?(?:p|li|ul|ol|dl|dt|dd|note|important|br|pre)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Splits text into sentences at line ends and at `.`, `!` or `?` followed by a capital. */
export function splitSentences(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z"'(`])/));
}

function mentionedMembers(
  sentence: string,
  memberNames: ReadonlySet<string>,
  self: string,
): string[] {
  const mentions = new Set<string>();
  for (const [word] of sentence.matchAll(/\b[A-Z][A-Za-z0-9]*\b/g)) {
    if (word !== self && memberNames.has(word)) mentions.add(word);
  }

  return [...mentions].sort(compareText);
}

// Coverage

/** A statement with the rule that covers it. */
export interface CoveredStatement {
  statement: ExclusivityStatement;
  rule: StructureRule;
}

/** A statement with the reason the overlay leaves it out. */
export interface ExcusedStatement {
  statement: ExclusivityStatement;
  reason: string;
}

export interface ExclusivityCoverage {
  covered: CoveredStatement[];
  notApplicable: ExcusedStatement[];
  uncovered: ExclusivityStatement[];
  /**
   * Entries for one member that match no uncovered statement, so they can be removed.
   * Entries for a whole structure (`*`) are never listed here.
   */
  unusedNotApplicable: NotApplicableStatement[];
}

/**
 * Sorts statements into covered, not applicable and uncovered. A statement is covered
 * when a rule of its structure names its member: in a side of an `exclusive` rule, as the
 * first segment of an `onlyWhen` path, or as `when.member`. With `model`, a dotted path
 * also covers each later segment in the structure that the previous segment refers to,
 * so `StoppingCondition.MaxWaitTimeInSeconds` covers that member of `StoppingCondition`.
 */
export function checkExclusivityCoverage(
  statements: readonly ExclusivityStatement[],
  overlay: Readonly<Record<string, readonly StructureRule[]>>,
  notApplicable: readonly NotApplicableStatement[],
  model?: ShapeModel,
): ExclusivityCoverage {
  const rulesByMember = indexRules(overlay, model);
  const coverage: ExclusivityCoverage = {
    covered: [],
    notApplicable: [],
    uncovered: [],
    unusedNotApplicable: [],
  };
  const used = new Set<NotApplicableStatement>();
  for (const statement of statements) {
    const rule = rulesByMember.get(memberKey(statement.structure, statement.member));
    if (rule !== undefined) {
      coverage.covered.push({ statement, rule });
      continue;
    }
    const excuse = notApplicable.find(
      (entry) =>
        entry.structure === statement.structure &&
        (entry.member === statement.member || entry.member === "*"),
    );
    if (excuse === undefined) {
      coverage.uncovered.push(statement);
      continue;
    }
    used.add(excuse);
    coverage.notApplicable.push({ statement, reason: excuse.reason });
  }
  coverage.unusedNotApplicable = notApplicable.filter(
    (entry) => entry.member !== "*" && !used.has(entry),
  );

  return coverage;
}

/** Maps `Structure.Member` to the first rule that names the member. */
function indexRules(
  overlay: Readonly<Record<string, readonly StructureRule[]>>,
  model: ShapeModel | undefined,
): Map<string, StructureRule> {
  const index = new Map<string, StructureRule>();
  const add = (structure: string, member: string, rule: StructureRule): void => {
    const key = memberKey(structure, member);
    if (!index.has(key)) index.set(key, rule);
  };
  for (const [structure, rules] of Object.entries(overlay)) {
    for (const rule of rules) {
      if (rule.kind === "exclusive") {
        for (const member of rule.sides.flat()) add(structure, member, rule);
        continue;
      }
      add(structure, rule.when.member, rule);
      const path = rule.kind === "onlyWhen" ? rule.path : rule.member;
      for (const [owner, member] of pathSegments(structure, path, model)) add(owner, member, rule);
    }
  }

  return index;
}

/** Returns each segment of a dotted path with the structure it belongs to, as far as `model` resolves. */
function pathSegments(
  structure: string,
  path: string,
  model: ShapeModel | undefined,
): Array<[string, string]> {
  const segments: Array<[string, string]> = [];
  let owner: string | undefined = structure;
  for (const member of path.split(".")) {
    if (owner === undefined) break;
    segments.push([owner, member]);
    owner = model === undefined ? undefined : structureOfMember(model, owner, member);
  }

  return segments;
}

function structureOfMember(
  model: ShapeModel,
  structure: string,
  member: string,
): string | undefined {
  const shape = model.shapes[structure];
  if (shape === undefined || shape.kind === "enum") return undefined;
  const type = shape.members.find((candidate) => candidate.name === member)?.type;

  return type?.kind === "structure" || type?.kind === "union" ? type.name : undefined;
}

function memberKey(structure: string, member: string): string {
  return `${structure}.${member}`;
}

/** Compares strings by UTF-16 code units, independent of the locale. */
function compareText(left: string, right: string): number {
  if (left === right) return 0;

  return left < right ? -1 : 1;
}
