import { schema as generatedSchema } from "../../generated/schema.js";
import type { TypeRef } from "../schema/types.js";
import { TUNING_JOB_REQUEST_STRUCTURE } from "./skeleton.js";

/** Type of the top level of a request document. */
export const REQUEST_TYPE: TypeRef = { kind: "structure", name: TUNING_JOB_REQUEST_STRUCTURE };

/**
 * Returns the type of a structure member, list item or map value of a value of type
 * `parent`, or `undefined` when the validation tables do not know it. The readers use it
 * only to word their messages, so an unknown member is left to the validator.
 */
export function childType(parent: TypeRef | undefined, key: string | number): TypeRef | undefined {
  if (parent === undefined) return undefined;
  if (parent.kind === "list") return typeof key === "number" ? parent.member : undefined;
  if (parent.kind === "map") return typeof key === "string" ? parent.value : undefined;
  if ((parent.kind !== "structure" && parent.kind !== "union") || typeof key !== "string") {
    return undefined;
  }
  const structures = generatedSchema.structures;
  const members = Object.hasOwn(structures, parent.name)
    ? structures[parent.name]?.members
    : undefined;

  return members !== undefined && Object.hasOwn(members, key) ? members[key]?.type : undefined;
}

/** Returns true when values of `type` are strings, so that a number there needs quotes. */
export function expectsString(type: TypeRef | undefined): boolean {
  return type?.kind === "string" || type?.kind === "enum";
}
