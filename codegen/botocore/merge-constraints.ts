/**
 * Attaches botocore's length, range and pattern limits to the members of a shape model
 * read from the JavaScript SDK, and records where the two models disagree. The JavaScript
 * SDK wins on everything but the limits: its members, types and enum values are kept.
 */
import type {
  Constraints,
  EnumShape,
  Member,
  Shape,
  ShapeModel,
  StructureShape,
  TypeRef,
  UnionShape,
} from "../model/shape-model.js";
import type { BotocoreModel, BotocoreShape, BotocoreStructure } from "./botocore-model.js";
import {
  compareMembers,
  compareText,
  type EnumValueDifference,
  type MemberReference,
  type ModelDifferences,
  type PatternDifference,
  type TypeMismatch,
} from "./model-differences.js";
import { checkPattern, type PatternCheck } from "./patterns.js";

/** The merged model and what the two models disagree on. */
export interface MergeResult {
  model: ShapeModel;
  differences: ModelDifferences;
}

/** Position of the type being merged, for difference reports. */
interface Site extends MemberReference {
  location: string;
}

/**
 * Returns a copy of `model` whose member types carry botocore's `min`, `max` and
 * `pattern`, and whose number types take botocore's integer or floating-point kind. Limits
 * already on a type win over botocore's. Patterns that compile only after rewriting
 * Java-only escapes carry the rewritten form; patterns that do not compile are left off.
 * The input is not changed.
 */
export function mergeConstraints(model: ShapeModel, botocore: BotocoreModel): MergeResult {
  const merger = new ConstraintMerger(botocore);
  const shapes: Record<string, Shape> = {};
  for (const [name, shape] of Object.entries(model.shapes)) {
    shapes[name] = shape.kind === "enum" ? copyEnum(shape) : merger.mergeStructure(shape);
  }
  const operations = Object.fromEntries(
    Object.entries(model.operations).map(([name, operation]) => [name, { ...operation }]),
  );

  return {
    model: { sdkVersion: model.sdkVersion, operations, shapes },
    differences: merger.differences(model),
  };
}

class ConstraintMerger {
  readonly #botocore: BotocoreModel;
  readonly #structuresOnlyInJavaScript: string[] = [];
  readonly #membersOnlyInJavaScript: MemberReference[] = [];
  readonly #membersOnlyInBotocore: MemberReference[] = [];
  readonly #typeMismatches: TypeMismatch[] = [];
  /** JavaScript enum names mapped to the botocore shape a member first paired them with. */
  readonly #enumPairs = new Map<string, string>();
  readonly #patternChecks = new Map<string, PatternCheck>();
  readonly #patternUses = new Map<string, Set<string>>();

  constructor(botocore: BotocoreModel) {
    this.#botocore = botocore;
  }

  // Structures and members

  mergeStructure<TShape extends StructureShape | UnionShape>(shape: TShape): TShape {
    const target = this.#botocore.shapes.get(shape.name);
    if (target?.type !== "structure") {
      this.#structuresOnlyInJavaScript.push(shape.name);

      return { ...shape, members: shape.members.map(copyMember) };
    }
    const members = shape.members.map((member) => this.#mergeMember(shape.name, member, target));
    const known = new Set(shape.members.map((member) => member.name));
    for (const name of target.members.keys()) {
      if (!known.has(name))
        this.#membersOnlyInBotocore.push({ structure: shape.name, member: name });
    }

    return { ...shape, members };
  }

  #mergeMember(structure: string, member: Member, target: BotocoreStructure): Member {
    const shapeName = target.members.get(member.name);
    if (shapeName === undefined) {
      this.#membersOnlyInJavaScript.push({ structure, member: member.name });

      return copyMember(member);
    }
    const site = { structure, member: member.name, location: member.name };

    return { ...member, type: this.#mergeType(member.type, shapeName, site) };
  }

  // Types

  #mergeType(type: TypeRef, shapeName: string, site: Site): TypeRef {
    const target = this.#botocore.shapes.get(shapeName);
    const merged =
      target === undefined ? undefined : this.#mergeKnownType(type, target, shapeName, site);
    if (merged !== undefined) return merged;

    this.#typeMismatches.push({
      ...site,
      javascript: type.kind,
      botocore: target?.type ?? "missing",
    });

    return copyType(type);
  }

  /** Returns the merged type, or undefined when the kinds do not match. */
  #mergeKnownType(
    type: TypeRef,
    target: BotocoreShape,
    shapeName: string,
    site: Site,
  ): TypeRef | undefined {
    switch (type.kind) {
      case "enum":
        if (shapeIsNumber(target))
          return withConstraints({ ...type }, limitsOf(target), type.constraints);
        if (target.type !== "string") return undefined;
        if (target.enum !== undefined && !this.#enumPairs.has(type.name)) {
          this.#enumPairs.set(type.name, shapeName);
        }

        return withConstraints(
          { ...type },
          this.#stringConstraints(target, shapeName, site),
          type.constraints,
        );
      case "string":
        if (target.type !== "string") return undefined;

        return withConstraints(
          { ...type },
          this.#stringConstraints(target, shapeName, site),
          type.constraints,
        );
      case "number":
        if (!shapeIsNumber(target)) return undefined;

        return withConstraints(
          { kind: "number", integer: target.type === "integer" || target.type === "long" },
          limitsOf(target),
          type.constraints,
        );
      case "list":
        if (target.type !== "list") return undefined;

        return withConstraints(
          { kind: "list", member: this.#mergeType(type.member, target.member, nested(site, "[]")) },
          limitsOf(target),
          type.constraints,
        );
      case "map":
        if (target.type !== "map") return undefined;

        return withConstraints(
          {
            kind: "map",
            key: this.#mergeType(type.key, target.key, nested(site, "{key}")),
            value: this.#mergeType(type.value, target.value, nested(site, "{value}")),
          },
          limitsOf(target),
          type.constraints,
        );
      case "structure":
      case "union":
        if (target.type !== "structure" || target.union !== (type.kind === "union"))
          return undefined;

        return { ...type };
      case "document":
        return target.type === "structure" ? { ...type } : undefined;
      case "boolean":
      case "timestamp":
      case "blob":
        return target.type === type.kind ? { ...type } : undefined;
    }
  }

  #stringConstraints(target: BotocoreShape, shapeName: string, site: Site): Constraints {
    const constraints = limitsOf(target);
    const pattern = target.type === "string" ? target.pattern : undefined;
    if (pattern === undefined) return constraints;

    const check = this.#checkPattern(pattern);
    if (check.status !== "ok") this.#recordPatternUse(shapeName, site);
    if (check.status !== "invalid") constraints.pattern = check.pattern;

    return constraints;
  }

  #checkPattern(pattern: string): PatternCheck {
    let check = this.#patternChecks.get(pattern);
    if (check === undefined) {
      check = checkPattern(pattern);
      this.#patternChecks.set(pattern, check);
    }

    return check;
  }

  #recordPatternUse(shapeName: string, site: Site): void {
    let uses = this.#patternUses.get(shapeName);
    if (uses === undefined) {
      uses = new Set();
      this.#patternUses.set(shapeName, uses);
    }
    uses.add(`${site.structure}.${site.member}`);
  }

  // Differences

  differences(model: ShapeModel): ModelDifferences {
    const enums = this.#enumDifferences(model);

    return {
      structuresOnlyInJavaScript: [...this.#structuresOnlyInJavaScript].sort(compareText),
      structuresOnlyInBotocore: this.#structuresOnlyInBotocore(model),
      membersOnlyInJavaScript: [...this.#membersOnlyInJavaScript].sort(compareMembers),
      membersOnlyInBotocore: [...this.#membersOnlyInBotocore].sort(compareMembers),
      enumsOnlyInJavaScript: enums.unmatched,
      enumValuesOnlyInJavaScript: enums.onlyInJavaScript,
      enumValuesOnlyInBotocore: enums.onlyInBotocore,
      typeMismatches: [...this.#typeMismatches].sort(
        (left, right) => compareMembers(left, right) || compareText(left.location, right.location),
      ),
      patterns: this.#patternDifferences(),
    };
  }

  #structuresOnlyInBotocore(model: ShapeModel): string[] {
    const names: string[] = [];
    for (const [name, shape] of this.#botocore.shapes) {
      if (shape.type === "structure" && model.shapes[name] === undefined) names.push(name);
    }

    return names.sort(compareText);
  }

  #enumDifferences(model: ShapeModel) {
    const unmatched: string[] = [];
    const onlyInJavaScript: EnumValueDifference[] = [];
    const onlyInBotocore: EnumValueDifference[] = [];
    for (const shape of Object.values(model.shapes)) {
      // botocore has no numeric enums, so only string enums are compared.
      if (shape.kind !== "enum" || shape.numeric === true) continue;
      const botocoreShape = this.#botocoreEnumFor(shape.name);
      const target =
        botocoreShape === undefined ? undefined : this.#botocore.shapes.get(botocoreShape);
      if (botocoreShape === undefined || target?.type !== "string" || target.enum === undefined) {
        unmatched.push(shape.name);
        continue;
      }
      const javascriptValues = shape.values.map((entry) => String(entry.value));
      const extra = difference(javascriptValues, target.enum);
      const missing = difference(target.enum, javascriptValues);
      if (extra.length > 0)
        onlyInJavaScript.push({ enum: shape.name, botocoreShape, values: extra });
      if (missing.length > 0)
        onlyInBotocore.push({ enum: shape.name, botocoreShape, values: missing });
    }
    const byEnum = (left: EnumValueDifference, right: EnumValueDifference): number =>
      compareText(left.enum, right.enum);

    return {
      unmatched: unmatched.sort(compareText),
      onlyInJavaScript: onlyInJavaScript.sort(byEnum),
      onlyInBotocore: onlyInBotocore.sort(byEnum),
    };
  }

  #botocoreEnumFor(name: string): string | undefined {
    const sameName = this.#botocore.shapes.get(name);
    if (sameName?.type === "string" && sameName.enum !== undefined) return name;

    return this.#enumPairs.get(name);
  }

  #patternDifferences(): PatternDifference[] {
    const differences: PatternDifference[] = [];
    for (const [shape, uses] of this.#patternUses) {
      const target = this.#botocore.shapes.get(shape);
      const pattern = target?.type === "string" ? target.pattern : undefined;
      const check = pattern === undefined ? undefined : this.#patternChecks.get(pattern);
      if (check === undefined || check.status === "ok") continue;
      differences.push({ shape, check, usedBy: [...uses].sort(compareText) });
    }

    return differences.sort((left, right) => compareText(left.shape, right.shape));
  }
}

function shapeIsNumber(shape: BotocoreShape): boolean {
  return (
    shape.type === "integer" ||
    shape.type === "long" ||
    shape.type === "float" ||
    shape.type === "double"
  );
}

function limitsOf(shape: BotocoreShape): Constraints {
  const constraints: Constraints = {};
  if ("min" in shape && shape.min !== undefined) constraints.min = shape.min;
  if ("max" in shape && shape.max !== undefined) constraints.max = shape.max;

  return constraints;
}

/** Sets `constraints` on `type` when any are known; limits already on the type win. */
function withConstraints<TType extends TypeRef & { constraints?: Constraints }>(
  type: TType,
  fromBotocore: Constraints,
  existing: Constraints | undefined,
): TType {
  const constraints = { ...fromBotocore, ...existing };
  if (Object.keys(constraints).length === 0) {
    delete type.constraints;

    return type;
  }
  type.constraints = constraints;

  return type;
}

function nested(site: Site, suffix: string): Site {
  return { ...site, location: site.location + suffix };
}

function difference(values: readonly string[], others: readonly string[]): string[] {
  const otherSet = new Set(others);

  return values.filter((value) => !otherSet.has(value)).sort(compareText);
}

function copyMember(member: Member): Member {
  return { ...member, type: copyType(member.type) };
}

function copyEnum(shape: EnumShape): EnumShape {
  return { ...shape, values: shape.values.map((entry) => ({ ...entry })) };
}

function copyType(type: TypeRef): TypeRef {
  switch (type.kind) {
    case "list":
      return { ...copyConstraints(type), member: copyType(type.member) };
    case "map":
      return { ...copyConstraints(type), key: copyType(type.key), value: copyType(type.value) };
    case "string":
    case "number":
    case "enum":
      return copyConstraints(type);
    default:
      return { ...type };
  }
}

function copyConstraints<TType extends { constraints?: Constraints }>(type: TType): TType {
  return type.constraints === undefined
    ? { ...type }
    : { ...type, constraints: { ...type.constraints } };
}
