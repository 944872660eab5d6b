/**
 * The structural validator: walks a value against the generated validation tables and
 * reports every problem it finds. It never throws, whatever the input.
 */
import { joinPath, type Problem } from "../problems.js";
import type { RuntimeSchema, SchemaStructure, TypeRef } from "../schema/types.js";
import {
  cycleProblem,
  depthProblem,
  reservedKeyProblem,
  typeProblem,
  unreadableProblem,
} from "./common-problems.js";
import { checkCount, checkString } from "./constraints.js";
import { capitalize, closestNames, describePath, describeType, listNames } from "./describe.js";
import { checkStructureRules } from "./overlay.js";
import {
  arrayLength,
  isArray,
  isPlainObject,
  ownKeys,
  readItem,
  readOwn,
  reservedKeys,
} from "./read.js";
import {
  checkBlobValue,
  checkBooleanValue,
  checkDocumentValue,
  checkEnumValue,
  checkNumberValue,
  checkStringValue,
  checkTimestampValue,
} from "./scalars.js";

/** Maximum nesting of structures, lists and maps before the walk stops descending. */
export const maxValueDepth = 128;

interface Walk {
  schema: RuntimeSchema;
  problems: Problem[];
  /** Containers on the way from the root to the current value, to detect cycles. */
  ancestors: Set<object>;
  depth: number;
  /** Source text of numbers by JSON path, for a request read from a document. */
  numberTexts: ReadonlyMap<string, string>;
}

/**
 * Validates `value` against the structure named `structure` in `schema` and returns every
 * problem found, with paths prefixed by `path`. `numberTexts` gives the source text of
 * numbers by JSON path, as a document writes them. Never throws: unreadable members,
 * cycles, hostile proxies and over-deep nesting become problems.
 */
export function validateStructure(
  value: unknown,
  structure: string,
  schema: RuntimeSchema,
  path = "",
  numberTexts: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const walk: Walk = { schema, problems: [], ancestors: new Set(), depth: 0, numberTexts };
  try {
    validateValue(value, { kind: "structure", name: structure }, path, walk);
  } catch (error) {
    // Every read of the input is guarded, so only a bug in the validator gets here. The
    // problem keeps the promise that validation never throws.
    walk.problems.push(unreadableProblem(path, error));
  }

  return walk.problems.map((problem) => ({ ...problem, message: capitalize(problem.message) }));
}

function validateValue(value: unknown, type: TypeRef, path: string, walk: Walk): void {
  switch (type.kind) {
    case "string":
      return checkStringValue(value, type, path, walk.problems, numberText(walk, path));
    case "number":
      return checkNumberValue(value, type, path, walk.problems, numberText(walk, path));
    case "boolean":
      return checkBooleanValue(value, path, walk.problems);
    case "timestamp":
      return checkTimestampValue(value, path, walk.problems);
    case "blob":
      return checkBlobValue(value, path, walk.problems);
    case "document":
      return checkDocumentValue(value, path, walk.problems);
    case "enum":
      return checkEnumValue(value, type, walk.schema, path, walk.problems);
    default:
      return validateContainer(value, type, path, walk);
  }
}

/** Returns the source text of the number at `path`, when the document wrote it differently. */
function numberText(walk: Walk, path: string): string | undefined {
  try {
    return walk.numberTexts.get(path);
  } catch {
    return undefined;
  }
}

type ContainerRef = Extract<TypeRef, { kind: "structure" | "union" | "list" | "map" }>;

function validateContainer(value: unknown, type: ContainerRef, path: string, walk: Walk): void {
  const expectsArray = type.kind === "list";
  if (expectsArray ? !isArray(value) : !isPlainObject(value)) {
    walk.problems.push(typeProblem(path, type, value));
    return;
  }
  const container = value as object;
  if (walk.ancestors.has(container)) {
    walk.problems.push(cycleProblem(path));
    return;
  }
  if (walk.depth >= maxValueDepth) {
    walk.problems.push(depthProblem(path, maxValueDepth));
    return;
  }
  walk.ancestors.add(container);
  walk.depth++;
  if (type.kind === "list") validateList(container as readonly unknown[], type, path, walk);
  else if (type.kind === "map") validateMap(container, type, path, walk);
  else validateStructureMembers(container, type.name, path, walk);
  walk.depth--;
  walk.ancestors.delete(container);
}

function validateList(
  list: readonly unknown[],
  type: Extract<TypeRef, { kind: "list" }>,
  path: string,
  walk: Walk,
): void {
  const length = arrayLength(list);
  if (length === undefined) {
    walk.problems.push(unreadableProblem(path, "the array length is unreadable"));
    return;
  }
  checkCount(length, type.constraints, "item", path, walk.problems);
  for (let index = 0; index < length; index++) {
    const itemPath = joinPath(path, index);
    const read = readItem(list, index);
    if (!read.ok) walk.problems.push(unreadableProblem(itemPath, read.error));
    else validateValue(read.value, type.member, itemPath, walk);
  }
}

function validateMap(
  map: object,
  type: Extract<TypeRef, { kind: "map" }>,
  path: string,
  walk: Walk,
): void {
  const keys = ownKeys(map);
  if (keys === undefined) {
    walk.problems.push(unreadableProblem(path, "the object keys are unreadable"));
    return;
  }
  checkCount(keys.length, type.constraints, "entry", path, walk.problems);
  for (const key of keys) {
    const entryPath = joinPath(path, key);
    if (reservedKeys.has(key)) {
      walk.problems.push(reservedKeyProblem(entryPath, key));
      continue;
    }
    checkMapKey(key, type.key, path, walk);
    const read = readOwn(map, key);
    if (!read.ok) walk.problems.push(unreadableProblem(entryPath, read.error));
    else validateValue(read.value, type.value, entryPath, walk);
  }
}

/** Checks a map key against the key type's constraints, naming the key in the message. */
function checkMapKey(key: string, type: TypeRef, mapPath: string, walk: Walk): void {
  const found: Problem[] = [];
  if (type.kind === "string" || type.kind === "enum") {
    const keyPath = joinPath(mapPath, key);
    if (type.kind === "enum") checkEnumValue(key, type, walk.schema, keyPath, found);
    else checkString(key, type.constraints, keyPath, found);
  }
  for (const problem of found) {
    walk.problems.push({ ...problem, message: `The key of ${problem.message}` });
  }
}

function validateStructureMembers(value: object, name: string, path: string, walk: Walk): void {
  const shape = Object.hasOwn(walk.schema.structures, name)
    ? walk.schema.structures[name]
    : undefined;
  if (shape === undefined) {
    const message = `The validation tables have no structure named \`${name}\` for ${describePath(path)}, so regenerate them.`;
    walk.problems.push({ severity: "error", path, rule: "schema", message });
    return;
  }
  const keys = ownKeys(value);
  if (keys === undefined) {
    walk.problems.push(unreadableProblem(path, "the object keys are unreadable"));
    return;
  }
  const present = readMembers(value, keys, name, shape, path, walk);
  checkRequiredMembers(shape, present, name, path, walk);
  if (shape.union === true) checkUnionMembers(shape, present, name, path, walk);
  walk.problems.push(...checkStructureRules(shape.rules ?? [], present, path));
}

/** Validates each member of a structure value and returns the members that are set. */
function readMembers(
  value: object,
  keys: readonly string[],
  name: string,
  shape: SchemaStructure,
  path: string,
  walk: Walk,
): Map<string, unknown> {
  const present = new Map<string, unknown>();
  for (const key of keys) {
    const memberPath = joinPath(path, key);
    const member = Object.hasOwn(shape.members, key) ? shape.members[key] : undefined;
    if (reservedKeys.has(key)) {
      walk.problems.push(reservedKeyProblem(memberPath, key));
    } else if (member === undefined) {
      walk.problems.push(unknownMemberProblem(key, name, shape, memberPath));
    } else {
      const read = readOwn(value, key);
      if (!read.ok) walk.problems.push(unreadableProblem(memberPath, read.error));
      else if (read.value !== undefined) {
        present.set(key, read.value);
        validateValue(read.value, member.type, memberPath, walk);
      }
    }
  }

  return present;
}

function unknownMemberProblem(
  key: string,
  structure: string,
  shape: SchemaStructure,
  path: string,
): Problem {
  const suggestions = closestNames(key, Object.keys(shape.members));
  const hint =
    suggestions.length > 0
      ? ` (did you mean ${listNames(suggestions)}?), so rename or remove it`
      : ", so remove it or check its spelling against the API reference";
  const message = `${describePath(path)} is not a member of \`${structure}\`${hint}.`;

  return { severity: "error", path, rule: "unknown-member", message, value: key };
}

function checkRequiredMembers(
  shape: SchemaStructure,
  present: ReadonlyMap<string, unknown>,
  name: string,
  path: string,
  walk: Walk,
): void {
  for (const [member, definition] of Object.entries(shape.members)) {
    if (definition.required !== true || present.has(member)) continue;
    const memberPath = joinPath(path, member);
    const expected = describeType(definition.type);
    const message = `${describePath(memberPath)} is required in \`${name}\` but missing, so set it to ${expected}.`;
    walk.problems.push({ severity: "error", path: memberPath, rule: "required", message });
  }
}

function checkUnionMembers(
  shape: SchemaStructure,
  present: ReadonlyMap<string, unknown>,
  name: string,
  path: string,
  walk: Walk,
): void {
  if (present.size === 1) return;
  const members = Object.keys(shape.members);
  const received = present.size === 0 ? "none" : listNames([...present.keys()], "and");
  const message = `${describePath(path)} must set exactly one member of the union \`${name}\` (${listNames(members)}) but sets ${received}, so keep exactly one.`;
  walk.problems.push({ severity: "error", path, rule: "union", message });
}
