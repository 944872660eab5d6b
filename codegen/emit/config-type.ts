/** Emits the strict config type of a structure: `Strict<Shape>`, with unions for the overlay rules. */
import type { ExclusiveRule, StructureRule } from "../../src/schema/types.js";
import type { Member, StructureShape, TypeRef } from "../model/shape-model.js";
import { memberDoc } from "./doc.js";
import {
  claimedMembers,
  conditionGroups,
  type ConditionalRule,
  memberNamed,
  targetOf,
} from "./rules.js";
import type { StructureEmitContext } from "./structure.js";
import { configType } from "./type-expressions.js";

export function emitConfigType(
  shape: StructureShape,
  rules: StructureRule[],
  context: StructureEmitContext,
) {
  const claimed = new Set(claimedMembers(rules));
  const base = shape.members.filter((member) => !claimed.has(member.name));
  const parts = [objectType(base.map((member) => configProperty(member, context)))];
  for (const rule of rules) {
    if (rule.kind === "exclusive") parts.push(exclusiveUnion(shape, rule, context));
  }
  for (const group of conditionGroups(rules)) parts.push(conditionUnion(shape, group, context));
  const doc = context.renderDoc({
    doc: `Strict form of {@link ${shape.name}}: required members are required, and members that exclude each other cannot be set together.`,
  });

  return `${doc}\nexport type Strict${shape.name} = ${parts.join(" & ")};`;
}

function configProperty(
  member: Member,
  context: StructureEmitContext,
  optional = !member.required,
) {
  const doc = memberDoc(member, context);

  return `${doc}\n${member.name}${optional ? "?" : ""}: ${configType(context, member.type)};`;
}

function neverProperty(name: string): string {
  return `${name}?: never;`;
}

function objectType(properties: string[]): string {
  return properties.length === 0 ? "{}" : `{\n${properties.join("\n")}\n}`;
}

function exclusiveUnion(shape: StructureShape, rule: ExclusiveRule, context: StructureEmitContext) {
  const variants = rule.sides.map((side) => {
    const others = rule.sides.flat().filter((name) => !side.includes(name));
    // A one-member side of a required group must be set; larger sides keep the SDK's flags.
    const properties = side.map((name) =>
      configProperty(
        memberNamed(shape, name),
        context,
        !(rule.required && side.length === 1) && !memberNamed(shape, name).required,
      ),
    );

    return objectType([...properties, ...others.map(neverProperty)]);
  });
  if (!rule.required && rule.sides.every((side) => side.length === 1)) {
    variants.push(objectType(rule.sides.flat().map(neverProperty)));
  }

  return `(${variants.join(" | ")})`;
}

/**
 * Prints the union for rules that share a condition: one variant where the condition
 * is met and its targets are allowed or restricted, one where it is not.
 */
function conditionUnion(
  shape: StructureShape,
  group: ConditionalRule[],
  context: StructureEmitContext,
) {
  const when = (group[0] as ConditionalRule).when;
  const condition = memberNamed(shape, when.member);
  const conditionOptional = condition.required ? "" : "?";
  const allowedValue = JSON.stringify(when.equals);
  const otherValues =
    typeof when.equals === "boolean"
      ? String(!when.equals)
      : otherEnumValues(context, enumName(condition.type), when.equals);
  const whenMet = [`${condition.name}: ${allowedValue};`];
  const whenNotMet = [`${condition.name}${conditionOptional}: ${otherValues};`];
  for (const rule of group) {
    const target = memberNamed(shape, targetOf(rule));
    if (rule.kind === "valuesWhen") {
      const values = rule.values.map((value) => JSON.stringify(value)).join(" | ");
      whenMet.push(
        `${memberDoc(target, context)}\n${target.name}${target.required ? "" : "?"}: ${values};`,
      );
      whenNotMet.push(configProperty(target, context));
      continue;
    }
    const rest = rule.path.split(".").slice(1);
    whenMet.push(configProperty(target, context));
    whenNotMet.push(
      rest.length === 0
        ? neverProperty(target.name)
        : `${target.name}${target.required ? "" : "?"}: ${withoutMember(context, target.type, rest.join("."))};`,
    );
  }

  return `(${objectType(whenMet)} | ${objectType(whenNotMet)})`;
}

/**
 * Prints the enum's values other than `excluded` as literals, so that the compiler does not
 * have to instantiate `Exclude` for every use of the config type.
 */
function otherEnumValues(context: StructureEmitContext, name: string, excluded: string): string {
  const shape = context.model.shapes[name];
  if (shape?.kind !== "enum") throw new Error(`${name} is not an enum`);
  context.imports.type(`${context.generatedRoot}/enums.js`, `Admitted${name}`);
  const values = shape.values.filter((entry) => entry.value !== excluded);

  return [...values.map((entry) => JSON.stringify(entry.value)), `Admitted${name}`].join(" | ");
}

/**
 * Prints a nested structure's config type without one member, written out member by member
 * rather than through `Omit`, for the same reason as {@link otherEnumValues}.
 */
function withoutMember(context: StructureEmitContext, type: TypeRef, member: string): string {
  const nested = type.kind === "structure" ? context.model.shapes[type.name] : undefined;
  if (nested?.kind !== "structure" || (nested.rules ?? []).length > 0 || member.includes(".")) {
    return `Omit<${configType(context, type)}, "${member}"> & { ${member}?: never }`;
  }
  const properties = nested.members.map((candidate) =>
    candidate.name === member ? neverProperty(member) : configProperty(candidate, context),
  );

  return objectType(properties);
}

function enumName(type: TypeRef): string {
  if (type.kind !== "enum")
    throw new Error(`onlyWhen conditions need an enum or boolean member, not ${type.kind}`);

  return type.name;
}
