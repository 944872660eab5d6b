import { schema as generatedSchema } from "../../generated/schema.js";
import type { RuntimeSchema, TypeRef } from "../schema/types.js";
import { TUNING_JOB_REQUEST_STRUCTURE } from "./skeleton.js";

/**
 * Returns a copy of a valid request with the members of every structure in the order of
 * the service model, as `--generate-cli-skeleton` lists them, and without `undefined`
 * members. Map entries and list elements keep their order. Members that the tables do not
 * know are kept after the known ones, so nothing is lost.
 */
export function normalizeRequest<TRequest>(request: TRequest): TRequest {
  const structure = { kind: "structure", name: TUNING_JOB_REQUEST_STRUCTURE } as const;

  return normalizeValue(generatedSchema, structure, request) as TRequest;
}

/** Reorders `value` by `type` in `schema`, as {@link normalizeRequest} describes. */
export function normalizeValue(schema: RuntimeSchema, type: TypeRef, value: unknown): unknown {
  if (Array.isArray(value)) {
    const member = type.kind === "list" ? type.member : undefined;

    return value.map((item) =>
      member === undefined ? item : normalizeValue(schema, member, item),
    );
  }
  if (typeof value !== "object" || value === null) return value;

  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (type.kind === "map") {
    return Object.fromEntries(
      entries.map(([key, item]) => [key, normalizeValue(schema, type.value, item)]),
    );
  }
  if (type.kind !== "structure" && type.kind !== "union") return Object.fromEntries(entries);

  const structure = Object.hasOwn(schema.structures, type.name)
    ? schema.structures[type.name]
    : undefined;
  const members = structure?.members ?? {};
  const order = Object.keys(members);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const sorted = entries.sort(([left], [right]) => rank(left) - rank(right));

  return Object.fromEntries(
    sorted.map(([key, item]) => {
      // Own reads only, so that a key such as `constructor` never finds a prototype member.
      const memberType = Object.hasOwn(members, key) ? members[key]?.type : undefined;

      return [key, memberType === undefined ? item : normalizeValue(schema, memberType, item)];
    }),
  );
}
