/** Doc comments of generated declarations. */
import type { Constraints, Member, TypeRef } from "../model/shape-model.js";
import type { FileContext } from "./type-expressions.js";

/** The parts of one doc comment; the renderer converts the SDK's HTML to Markdown. */
export interface DocParts {
  doc: string;
  constraints?: Constraints;
  enumValues?: readonly (string | number)[];
  required?: boolean;
}

/** Renders a whole `/** ... *\/` comment from its parts. */
export type DocRenderer = (parts: DocParts) => string;

/** Renders the doc comment of a member's setter: its doc, constraints and enum values. */
export function memberDoc(member: Member, context: FileContext & { renderDoc: DocRenderer }): string {
  const parts: DocParts = { doc: member.doc, required: member.required };
  const constraints = constraintsOf(member.type);
  if (constraints) parts.constraints = constraints;
  const enumName = enumOf(member.type);
  const shape = enumName ? context.model.shapes[enumName] : undefined;
  if (shape?.kind === "enum") parts.enumValues = shape.values.map((entry) => entry.value);

  return context.renderDoc(parts);
}

function constraintsOf(type: TypeRef): Constraints | undefined {
  return "constraints" in type ? type.constraints : undefined;
}

function enumOf(type: TypeRef): string | undefined {
  if (type.kind === "enum") return type.name;
  if (type.kind === "list") return enumOf(type.member);

  return undefined;
}
