/** Doc comments of generated declarations. */
import type { DocCommentParts } from "../docs/doc-comment.js";
import type { Member, TypeRef } from "../model/shape-model.js";
import type { FileContext } from "./type-expressions.js";

/** Renders a whole `/** ... *\/` comment, each line starting with `indent`. */
export type DocRenderer = (parts: DocCommentParts, indent?: string) => string;

/** Indentation of members inside a generated interface, which prettier keeps. */
const memberIndent = "  ";

/** Rendered comments by member: each member's comment goes on its setter and its config property. */
const renderedDocs = new WeakMap<Member, string>();

/** Renders the doc comment of a member's setter: its doc, limits and enum values. */
export function memberDoc(
  member: Member,
  context: FileContext & { renderDoc: DocRenderer },
): string {
  const rendered = renderedDocs.get(member);
  if (rendered !== undefined) return rendered;

  const parts: DocCommentParts = { doc: member.doc, type: member.type, required: member.required };
  const enumName = enumOf(member.type);
  const shape = enumName ? context.model.shapes[enumName] : undefined;
  if (shape?.kind === "enum") parts.enumValues = shape.values.map((entry) => entry.value);

  const comment = context.renderDoc(parts, memberIndent);
  renderedDocs.set(member, comment);

  return comment;
}

function enumOf(type: TypeRef): string | undefined {
  if (type.kind === "enum") return type.name;
  if (type.kind === "list") return enumOf(type.member);

  return undefined;
}
