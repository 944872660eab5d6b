import { stringify } from "yaml";

/**
 * Serialises a request for `aws ... --cli-input-json`: JSON with two-space indentation and
 * a trailing newline. Members whose value is `undefined` are left out, as the SDK does.
 */
export function toCliInputJson(request: unknown): string {
  return `${JSON.stringify(request, null, 2)}\n`;
}

/**
 * Serialises a request for `aws ... --cli-input-yaml`. Strings that YAML 1.1 readers would
 * take for booleans, numbers or dates (`yes`, `0755`, `2024-01-01`) are quoted, so the
 * output reads back as the same strings under YAML 1.1 and 1.2, and long strings are
 * never folded.
 */
export function toCliInputYaml(request: unknown): string {
  return stringify(request, { compat: "yaml-1.1", lineWidth: 0, aliasDuplicateObjects: false });
}
