/** The overlay rules of a structure as the emitters read them. */
import type { OnlyWhenRule, StructureRule, ValuesWhenRule } from "../../src/schema/types.js";
import type { Member, StructureShape } from "../model/shape-model.js";

/** A rule that depends on the value of a sibling member. */
export type ConditionalRule = OnlyWhenRule | ValuesWhenRule;

/** Conditional rules that test the same member for the same value share one union. */
export function conditionGroups(rules: StructureRule[]): ConditionalRule[][] {
  const groups = new Map<string, ConditionalRule[]>();
  for (const rule of rules) {
    if (rule.kind === "exclusive") continue;
    const key = `${rule.when.member}=${String(rule.when.equals)}`;
    groups.set(key, [...(groups.get(key) ?? []), rule]);
  }

  return [...groups.values()];
}

/** Returns the member a conditional rule restricts: the head of an `onlyWhen` path or a `valuesWhen` member. */
export function targetOf(rule: ConditionalRule): string {
  return rule.kind === "onlyWhen" ? (rule.path.split(".")[0] as string) : rule.member;
}

export function checkRules(shape: StructureShape, rules: StructureRule[]): void {
  const names = new Set(shape.members.map((member) => member.name));
  const claimed = new Set<string>();
  for (const member of claimedMembers(rules)) {
    if (!names.has(member))
      throw new Error(`overlay names ${shape.name}.${member}, which the SDK does not have`);
    if (claimed.has(member))
      throw new Error(`overlay names ${shape.name}.${member} in two rules; merge them`);
    claimed.add(member);
  }
}

/** Members that the rules' unions declare, each once: sides, targets and condition members. */
export function claimedMembers(rules: StructureRule[]): string[] {
  const exclusive = rules.flatMap((rule) => (rule.kind === "exclusive" ? rule.sides.flat() : []));
  const conditional = conditionGroups(rules).flatMap((group) => [
    (group[0] as ConditionalRule).when.member,
    ...group.map(targetOf),
  ]);

  return [...exclusive, ...conditional];
}

export function memberNamed(shape: StructureShape, name: string): Member {
  const member = shape.members.find((candidate) => candidate.name === name);
  if (!member) throw new Error(`${shape.name} has no member ${name}`);

  return member;
}
