import type { DocParts } from "./doc.js";
export function renderDocComment(parts: DocParts): string {
  return `/** ${parts.doc.replace(/<[^>]+>/g, "").replace(/\*\//g, "*\\/")} */`;
}
export function buildExclusivityReport(_model: unknown, _names: unknown): string {
  return "";
}
