/** Checks of the overlay rules that the generated tables attach to structures. */
import { joinPath, type Problem } from "../problems.js";
import type {
  ExclusiveRule,
  OnlyWhenRule,
  StructureRule,
  ValuesWhenRule,
} from "../schema/types.js";
import { describePath, formatValue, listNames } from "./describe.js";
import { field } from "./read.js";

/**
 * Checks a structure's `exclusive`, `onlyWhen` and `valuesWhen` rules against the members
 * that are set. `present` maps each member name that has a value other than `undefined`
 * to that value.
 */
export function checkStructureRules(
  rules: readonly StructureRule[],
  present: ReadonlyMap<string, unknown>,
  path: string,
): Problem[] {
  return rules.flatMap((rule) => {
    switch (rule.kind) {
      case "exclusive":
        return checkExclusive(rule, present, path);
      case "onlyWhen":
        return checkOnlyWhen(rule, present, path);
      case "valuesWhen":
        return checkValuesWhen(rule, present, path);
    }
  });
}

/** Describes one side of an exclusive group, for example `A` or `A` and `B`. */
function describeSide(side: readonly string[]): string {
  return listNames(side, "and");
}

function checkExclusive(
  rule: ExclusiveRule,
  present: ReadonlyMap<string, unknown>,
  path: string,
): Problem[] {
  const setSides = rule.sides.filter((side) => side.some((member) => present.has(member)));
  const [first, ...others] = setSides;
  if (first === undefined) {
    return rule.required ? [missingSideProblem(rule, path)] : [];
  }

  return others.map((side) => {
    const member = side.find((name) => present.has(name)) ?? side[0] ?? "";
    const memberPath = joinPath(path, member);
    const message =
      `${describePath(memberPath)} cannot be set together with ${describeSide(first)} ` +
      `in ${describePath(path)}, so keep only one of them.`;

    return {
      severity: "error",
      path: memberPath,
      rule: "exclusive",
      message,
      value: present.get(member),
    };
  });
}

function missingSideProblem(rule: ExclusiveRule, path: string): Problem {
  const choices = rule.sides.map(describeSide).join(" or ");
  const message = `${describePath(path)} must set exactly one of ${choices} but sets none of them, so add one.`;

  return { severity: "error", path, rule: "exactly-one", message };
}

function checkOnlyWhen(
  rule: OnlyWhenRule,
  present: ReadonlyMap<string, unknown>,
  path: string,
): Problem[] {
  const [head, ...rest] = rule.path.split(".");
  if (head === undefined || !present.has(head)) return [];
  const target = rest.reduce<unknown>((value, key) => field(value, key), present.get(head));
  if (target === undefined) return [];
  const condition = present.get(rule.when.member);
  if (condition === rule.when.equals) return [];
  const targetPath = [head, ...rest].reduce(joinPath, path);
  const conditionPath = joinPath(path, rule.when.member);
  const current = condition === undefined ? "not set" : formatValue(condition);
  const required = formatValue(rule.when.equals);
  const message =
    `${describePath(targetPath)} is allowed only when ${describePath(conditionPath)} is ` +
    `${required} but that member is ${current}, so set it to ${required} or remove ` +
    `\`${rest.at(-1) ?? head}\`.`;

  return [{ severity: "error", path: targetPath, rule: "only-when", message, value: target }];
}

function checkValuesWhen(
  rule: ValuesWhenRule,
  present: ReadonlyMap<string, unknown>,
  path: string,
): Problem[] {
  if (present.get(rule.when.member) !== rule.when.equals || !present.has(rule.member)) return [];
  const value = present.get(rule.member);
  if (rule.values.some((allowed) => allowed === value)) return [];
  const memberPath = joinPath(path, rule.member);
  const conditionPath = joinPath(path, rule.when.member);
  const allowed = rule.values.map(formatValue).join(" or ");
  const message =
    `${describePath(memberPath)} must be ${allowed} when ${describePath(conditionPath)} is ` +
    `${formatValue(rule.when.equals)} but received ${formatValue(value)}, so set it to ` +
    `${allowed} or leave it out.`;

  return [{ severity: "error", path: memberPath, rule: "values-when", message, value }];
}
