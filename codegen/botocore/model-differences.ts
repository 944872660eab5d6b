/** Disagreements between the JavaScript SDK and botocore, as found by the constraint merge. */
import type { ShapeModel, TypeRef } from "../model/shape-model.js";
import type { PatternCheck } from "./patterns.js";

/** A member of a structure, by the SDK's PascalCase names. */
export interface MemberReference {
  structure: string;
  member: string;
}

/** Enum values that only one side lists. */
export interface EnumValueDifference {
  /** The JavaScript SDK's enum name. */
  enum: string;
  /** The botocore string shape compared with it. */
  botocoreShape: string;
  values: string[];
}

/** A member whose JavaScript type and botocore shape are of different kinds. */
export interface TypeMismatch extends MemberReference {
  /** Position in the member's type: `Member`, `Member[]` for list items, `Member{key}`, `Member{value}`. */
  location: string;
  /** The kind of the JavaScript SDK's type, which is kept. */
  javascript: string;
  /** The botocore shape type, or `missing` when the named shape does not exist. */
  botocore: string;
}

/** A botocore pattern that does not compile as written with the `u` flag. */
export interface PatternDifference {
  /** The botocore string shape that declares the pattern. */
  shape: string;
  check: Exclude<PatternCheck, { status: "ok" }>;
  /** `Structure.Member` references whose type uses the shape, sorted. */
  usedBy: string[];
}

/** Every difference found, each list sorted. */
export interface ModelDifferences {
  structuresOnlyInJavaScript: string[];
  structuresOnlyInBotocore: string[];
  membersOnlyInJavaScript: MemberReference[];
  membersOnlyInBotocore: MemberReference[];
  /** JavaScript SDK enums that no botocore string shape with an enum matches. */
  enumsOnlyInJavaScript: string[];
  enumValuesOnlyInJavaScript: EnumValueDifference[];
  enumValuesOnlyInBotocore: EnumValueDifference[];
  typeMismatches: TypeMismatch[];
  patterns: PatternDifference[];
}

/**
 * Keeps the differences that concern the given structures, the enums their members use,
 * and the patterns they use. Botocore-only structures are kept when they are named.
 */
export function restrictDifferences(
  differences: ModelDifferences,
  model: ShapeModel,
  structures: readonly string[],
): ModelDifferences {
  const structureSet = new Set(structures);
  const enumSet = enumsUsedBy(model, structureSet);
  const inScope = (reference: MemberReference): boolean => structureSet.has(reference.structure);
  const enumInScope = (difference: EnumValueDifference): boolean => enumSet.has(difference.enum);

  return {
    structuresOnlyInJavaScript: differences.structuresOnlyInJavaScript.filter((name) =>
      structureSet.has(name),
    ),
    structuresOnlyInBotocore: differences.structuresOnlyInBotocore.filter((name) =>
      structureSet.has(name),
    ),
    membersOnlyInJavaScript: differences.membersOnlyInJavaScript.filter(inScope),
    membersOnlyInBotocore: differences.membersOnlyInBotocore.filter(inScope),
    enumsOnlyInJavaScript: differences.enumsOnlyInJavaScript.filter((name) => enumSet.has(name)),
    enumValuesOnlyInJavaScript: differences.enumValuesOnlyInJavaScript.filter(enumInScope),
    enumValuesOnlyInBotocore: differences.enumValuesOnlyInBotocore.filter(enumInScope),
    typeMismatches: differences.typeMismatches.filter(inScope),
    patterns: differences.patterns.flatMap((difference) => {
      const usedBy = difference.usedBy.filter((reference) =>
        structureSet.has(reference.split(".")[0] ?? ""),
      );

      return usedBy.length === 0 ? [] : [{ ...difference, usedBy }];
    }),
  };
}

function enumsUsedBy(model: ShapeModel, structures: ReadonlySet<string>): Set<string> {
  const enums = new Set<string>();
  const visit = (type: TypeRef): void => {
    if (type.kind === "enum") enums.add(type.name);
    else if (type.kind === "list") visit(type.member);
    else if (type.kind === "map") {
      visit(type.key);
      visit(type.value);
    }
  };
  for (const name of structures) {
    const shape = model.shapes[name];
    if (shape === undefined || shape.kind === "enum") continue;
    for (const member of shape.members) visit(member.type);
  }

  return enums;
}

/** Compares member references by structure, then member. */
export function compareMembers(left: MemberReference, right: MemberReference): number {
  return compareText(left.structure, right.structure) || compareText(left.member, right.member);
}

/** Compares strings by UTF-16 code units, independent of the locale. */
export function compareText(left: string, right: string): number {
  if (left === right) return 0;

  return left < right ? -1 : 1;
}
