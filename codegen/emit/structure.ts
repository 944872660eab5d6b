/**
 * Emits one structure's file: its strict config type, the setter interface with
 * type-state, the builder type and the builder class.
 */
import type {
  ExclusiveRule,
  OnlyWhenRule,
  StructureRule,
  ValuesWhenRule,
} from "../../src/schema/types.js";
import type { Member, StructureShape, TypeRef } from "../model/shape-model.js";
import { type DocRenderer, memberDoc } from "./doc.js";
import {
  configType,
  enumType,
  type FileContext,
  importStructure,
  sdkModule,
  setterItemType,
} from "./type-expressions.js";
import { setterName } from "./names.js";

/** Everything the structure emitter needs besides the shape. */
export interface StructureEmitContext extends FileContext {
  renderDoc: DocRenderer;
}

/** Returns the declarations of one structure's file, without imports. */
export function emitStructure(shape: StructureShape, context: StructureEmitContext): string {
  const rules = shape.rules ?? [];
  checkRules(shape, rules);

  context.imports.type(sdkModule, shape.name);

  return [
    emitConfigType(shape, rules, context),
    emitSetters(shape, rules, context),
    emitBuilderType(shape, rules),
    emitBuilderClass(shape, context),
  ]
    .filter((part) => part !== "")
    .join("\n\n");
}

/** A rule that depends on the value of a sibling member. */
type ConditionalRule = OnlyWhenRule | ValuesWhenRule;

/** Conditional rules that test the same member for the same value share one union. */
function conditionGroups(rules: StructureRule[]): ConditionalRule[][] {
  const groups = new Map<string, ConditionalRule[]>();
  for (const rule of rules) {
    if (rule.kind === "exclusive") continue;
    const key = `${rule.when.member}=${String(rule.when.equals)}`;
    groups.set(key, [...(groups.get(key) ?? []), rule]);
  }

  return [...groups.values()];
}

/** Returns the member a conditional rule restricts: the head of an `onlyWhen` path or a `valuesWhen` member. */
function targetOf(rule: ConditionalRule): string {
  return rule.kind === "onlyWhen" ? (rule.path.split(".")[0] as string) : rule.member;
}

function checkRules(shape: StructureShape, rules: StructureRule[]): void {
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
function claimedMembers(rules: StructureRule[]): string[] {
  const exclusive = rules.flatMap((rule) => (rule.kind === "exclusive" ? rule.sides.flat() : []));
  const conditional = conditionGroups(rules).flatMap((group) => [
    (group[0] as ConditionalRule).when.member,
    ...group.map(targetOf),
  ]);

  return [...exclusive, ...conditional];
}

// Strict config type

function emitConfigType(
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

function memberNamed(shape: StructureShape, name: string): Member {
  const member = shape.members.find((candidate) => candidate.name === name);
  if (!member) throw new Error(`${shape.name} has no member ${name}`);

  return member;
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
  const holds = [`${condition.name}: ${allowedValue};`];
  const fails = [`${condition.name}${conditionOptional}: ${otherValues};`];
  for (const rule of group) {
    const target = memberNamed(shape, targetOf(rule));
    if (rule.kind === "valuesWhen") {
      const values = rule.values.map((value) => JSON.stringify(value)).join(" | ");
      holds.push(
        `${memberDoc(target, context)}\n${target.name}${target.required ? "" : "?"}: ${values};`,
      );
      fails.push(configProperty(target, context));
      continue;
    }
    const rest = rule.path.split(".").slice(1);
    holds.push(configProperty(target, context));
    fails.push(
      rest.length === 0
        ? neverProperty(target.name)
        : `${target.name}${target.required ? "" : "?"}: ${withoutMember(context, target.type, rest.join("."))};`,
    );
  }

  return `(${objectType(holds)} | ${objectType(fails)})`;
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

// Setters and type-state

function isStateful(shape: StructureShape): boolean {
  return (shape.rules ?? []).length > 0 || shape.members.some((member) => member.required);
}

function builderReference(shape: StructureShape, added: string): string {
  return isStateful(shape) ? `${shape.name}Builder<TSet | ${added}>` : `${shape.name}Builder`;
}

function emitSetters(shape: StructureShape, rules: StructureRule[], context: StructureEmitContext) {
  const runtime = `${context.sourceRoot}/runtime/builder.js`;
  context.imports.type(runtime, "BuilderEscapeHatch");
  const stateful = isStateful(shape);
  const exclusive = hiddenSetters(rules).length > 0;
  const name = !stateful
    ? `${shape.name}Builder`
    : exclusive
      ? `${shape.name}Setters<TSet extends string>`
      : `${shape.name}Builder<TSet extends string = never>`;
  const setters = shape.members.map((member) => emitSetter(shape, member, rules, context));
  const doc = context.renderDoc({
    doc: exclusive
      ? `Setters of {@link ${shape.name}Builder}, one per member of {@link ${shape.name}}.`
      : `Builder of {@link ${shape.name}}; each setter returns a new builder.${stateful ? typeStateNote : ""}`,
  });
  const problems = buildProblems(shape, rules, context);
  const problemType = problems.length === 0 ? "never" : problems.join(" | ");
  if (stateful) context.imports.type(runtime, "BuildMethod");
  const build = stateful
    ? `/** Validates the members set so far and returns them as the SDK's type; throws \`ValidationError\` listing every problem. */\nbuild: BuildMethod<${shape.name}, ${problemType}>;`
    : `/** Validates the members set so far and returns them as the SDK's type; throws \`ValidationError\` listing every problem. */\nbuild(): ${shape.name};`;

  return `${doc}\nexport interface ${name} extends BuilderEscapeHatch {\n${[...setters, build].join("\n\n")}\n}`;
}

/** Explains the type parameter of stateful builders. */
const typeStateNote =
  " `TSet` lists the members set so far, so that `build()` compiles only when the required members are set.";

function emitSetter(
  shape: StructureShape,
  member: Member,
  rules: StructureRule[],
  context: StructureEmitContext,
): string {
  const doc = memberDoc(member, context);
  const setter = setterName(member.name);
  const tag = JSON.stringify(member.name);
  const conditions = rules.filter((rule): rule is ConditionalRule => rule.kind !== "exclusive");
  // Condition members and restricted values are tracked with their value, `Strategy=Hyperband`.
  const tracksValue = conditions.some(
    (rule) =>
      rule.when.member === member.name ||
      (rule.kind === "valuesWhen" && rule.member === member.name),
  );
  const nestedRule = conditions.find(
    (rule): rule is OnlyWhenRule =>
      rule.kind === "onlyWhen" && rule.path.startsWith(`${member.name}.`),
  );

  if (tracksValue && isStateful(shape)) {
    const valueType = member.type.kind === "boolean" ? "boolean" : configType(context, member.type);
    return `${doc}\n${setter}<TValue extends ${valueType}>(value: TValue): ${builderReference(shape, `${tag} | \`${member.name}=\${TValue}\``)};`;
  }
  if (member.type.kind === "structure") {
    return `${doc}\n${structureSetter(shape, member, member.type.name, setter, nestedRule, context)}`;
  }

  return `${doc}\n${setter}(value: ${setterItemType(context, member.type)}): ${builderReference(shape, tag)};`;
}

function structureSetter(
  shape: StructureShape,
  member: Member,
  nested: string,
  setter: string,
  nestedRule: OnlyWhenRule | undefined,
  context: StructureEmitContext,
): string {
  importStructure(context, nested, true);
  context.imports.type(sdkModule, nested);
  context.imports.type(`${context.sourceRoot}/runtime/builder.js`, "Buildable");
  const tag = JSON.stringify(member.name);
  const callback = `(builder: ${nested}Builder) => Buildable<${nested}>`;
  if (!nestedRule || !isStateful(shape)) {
    return `${setter}(value: Strict${nested} | (${callback})): ${builderReference(shape, tag)};`;
  }

  // The nested member named by the rule is tracked as a tag so that build() can check it.
  const inner = nestedRule.path.slice(member.name.length + 1);
  const pathTag = JSON.stringify(nestedRule.path);
  const innerTag = JSON.stringify(inner);
  const nestedStateful = isStateful(context.model.shapes[nested] as StructureShape);
  const nestedBuilder = nestedStateful ? `${nested}Builder<TInner>` : `${nested}Builder`;
  const objectForm = `${setter}<TValue extends Strict${nested}>(value: TValue): ${builderReference(shape, `${tag} | (${innerTag} extends keyof TValue ? ${pathTag} : never)`)};`;
  const callbackForm = nestedStateful
    ? `${setter}<TInner extends string>(build: (builder: ${nested}Builder) => ${nestedBuilder} & Buildable<${nested}>): ${builderReference(shape, `${tag} | (${innerTag} extends TInner ? ${pathTag} : never)`)};`
    : `${setter}(build: ${callback}): ${builderReference(shape, `${tag} | ${pathTag}`)};`;

  return `${objectForm}\n${callbackForm}`;
}

/** Declares the builder type of structures with exclusive groups: the setters without the hidden ones. */
function emitBuilderType(shape: StructureShape, rules: StructureRule[]): string {
  const hidden = hiddenSetters(rules);
  if (!isStateful(shape) || hidden.length === 0) return "";

  const hiddenType = hidden.join(" | ");

  return [
    `/**\n * Builder of {@link ${shape.name}}. \`TSet\` lists the members set so far, so that the\n * compiler hides setters that conflict with them and allows \`build()\` only when the\n * request is complete.\n */`,
    `export type ${shape.name}Builder<TSet extends string = never> = [${hiddenType}] extends [never] ? ${shape.name}Setters<TSet> : Omit<${shape.name}Setters<TSet>, ${hiddenType}>;`,
  ].join("\n");
}

/** Setters to hide: once a member of one side is set, the other sides' setters go away. */
function hiddenSetters(rules: StructureRule[]): string[] {
  const hidden: string[] = [];
  for (const rule of rules) {
    if (rule.kind !== "exclusive") continue;
    for (const side of rule.sides) {
      const others = rule.sides.flat().filter((name) => !side.includes(name));
      const setTags = side.map((name) => JSON.stringify(name)).join(" | ");
      const hiddenNames = others.map((name) => JSON.stringify(setterName(name))).join(" | ");
      hidden.push(`([Extract<TSet, ${setTags}>] extends [never] ? never : ${hiddenNames})`);
    }
  }

  return hidden;
}

function buildProblems(
  shape: StructureShape,
  rules: StructureRule[],
  context: FileContext,
): string[] {
  const problems: string[] = [];
  const claimed = new Set(
    rules.flatMap((rule) => (rule.kind === "exclusive" ? rule.sides.flat() : [])),
  );
  for (const member of shape.members) {
    if (!member.required || claimed.has(member.name)) continue;
    problems.push(
      `(${JSON.stringify(member.name)} extends TSet ? never : "missing required member ${member.name}: call ${setterName(member.name)}()")`,
    );
  }
  for (const rule of rules) {
    if (rule.kind === "exclusive" && rule.required) {
      const names = rule.sides.flat();
      const setters = rule.sides
        .map((side) => side.map((name) => `${setterName(name)}()`).join(" with "))
        .join(" or ");
      problems.push(
        `([Extract<TSet, ${names.map((name) => JSON.stringify(name)).join(" | ")}>] extends [never] ? "missing one of ${names.join(", ")}: call ${setters}" : never)`,
      );
    }
    if (rule.kind === "valuesWhen") problems.push(...valuesWhenProblems(shape, rule, context));
    if (rule.kind === "onlyWhen") {
      const condition = `${rule.when.member}=${String(rule.when.equals)}`;
      const message = `${rule.path} is allowed only when ${rule.when.member} is ${JSON.stringify(rule.when.equals)}: call ${setterName(rule.when.member)}(${JSON.stringify(rule.when.equals)}) or remove ${rule.path}`;
      problems.push(
        `(${JSON.stringify(rule.path)} extends TSet ? (${JSON.stringify(condition)} extends TSet ? never : ${JSON.stringify(message)}) : never)`,
      );
    }
  }

  return problems;
}

/** Returns one problem per value that the rule forbids while its condition is met. */
function valuesWhenProblems(
  shape: StructureShape,
  rule: ValuesWhenRule,
  context: FileContext,
): string[] {
  const member = memberNamed(shape, rule.member);
  const condition = JSON.stringify(`${rule.when.member}=${String(rule.when.equals)}`);
  const allowed = rule.values.map((value) => JSON.stringify(value)).join(" or ");
  const forbidden =
    member.type.kind === "boolean"
      ? [true, false].filter((value) => !rule.values.includes(value))
      : enumValuesOf(shape, member, context).filter((value) => !rule.values.includes(value));

  return forbidden.map((value) => {
    const tag = JSON.stringify(`${rule.member}=${String(value)}`);
    const message = `${rule.member} must be ${allowed} when ${rule.when.member} is ${JSON.stringify(rule.when.equals)}: call ${setterName(rule.member)}(${allowed}) or leave it out`;

    return `(${condition} extends TSet ? (${tag} extends TSet ? ${JSON.stringify(message)} : never) : never)`;
  });
}

function enumValuesOf(shape: StructureShape, member: Member, context: FileContext): string[] {
  const enumShape =
    member.type.kind === "enum" ? context.model.shapes[member.type.name] : undefined;
  if (enumShape?.kind !== "enum" || enumShape.numeric) {
    throw new Error(
      `${shape.name}.${member.name} needs a string enum or boolean type for valuesWhen`,
    );
  }

  return enumShape.values.map((entry) => String(entry.value));
}

function emitBuilderClass(shape: StructureShape, context: StructureEmitContext): string {
  const runtime = `${context.sourceRoot}/runtime/builder.js`;
  context.imports.value(runtime, "defineBuilder");
  context.imports.value(`${context.generatedRoot}/schema.js`, "schema");
  const setters = shape.members.map(
    (member) => `${setterName(member.name)}: ${JSON.stringify(member.name)},`,
  );
  const nested = shape.members
    .filter((member) => member.type.kind === "structure")
    .map((member) => {
      const name = (member.type as { name: string }).name;
      importStructure(context, name, true);
      return `${member.name}: () => ${name}Builder,`;
    });
  const nestedArgument = nested.length === 0 ? "" : `, {\n${nested.join("\n")}\n}`;
  const doc = `/** Creates an empty {@link ${shape.name}Builder}; each setter returns a new builder. */`;

  return `${doc}\nexport const ${shape.name}Builder = defineBuilder(${JSON.stringify(shape.name)}, schema, {\n${setters.join("\n")}\n}${nestedArgument}) as unknown as new () => ${shape.name}Builder;`;
}
