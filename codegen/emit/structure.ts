/**
 * Emits one structure's file: its strict config type, the setter interface with
 * type-state, the builder type and the builder class.
 */
import type { OnlyWhenRule, StructureRule, ValuesWhenRule } from "../../src/schema/types.js";
import type { Member, StructureShape } from "../model/shape-model.js";
import { emitConfigType } from "./config-type.js";
import { type DocRenderer, memberDoc } from "./doc.js";
import { checkRules, type ConditionalRule, memberNamed } from "./rules.js";
import {
  configType,
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
