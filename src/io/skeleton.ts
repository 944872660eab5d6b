import { Document, Scalar } from "yaml";
import { schema as generatedSchema } from "../../generated/schema.js";
import type { RuntimeSchema, TypeRef } from "../schema/types.js";

/** A skeleton value; a `Scalar` stands for the floating-point placeholder `0.0`. */
type SkeletonValue = string | number | boolean | null | Scalar | SkeletonValue[] | SkeletonObject;
interface SkeletonObject {
  [member: string]: SkeletonValue;
}

/** Placeholder of timestamps, as botocore's skeleton generator writes them. */
const TIMESTAMP_PLACEHOLDER = "1970-01-01T00:00:00";

/** Name of the request structure in the generated validation tables. */
export const TUNING_JOB_REQUEST_STRUCTURE = "CreateHyperParameterTuningJobRequest";

/**
 * Generates an empty `CreateHyperParameterTuningJob` request to fill in, like
 * `aws sagemaker create-hyper-parameter-tuning-job --generate-cli-skeleton input` (JSON) or
 * `yaml-input` (YAML), from the members of the installed SDK. It loads with
 * {@link parseRequestDocument} but does not pass validation until it is filled in.
 *
 * @example
 * ```ts
 * writeFileSync("job.json", generateSkeleton("json"));
 * ```
 */
export function generateSkeleton(format: "json" | "yaml"): string {
  const skeleton = buildSkeleton(generatedSchema, TUNING_JOB_REQUEST_STRUCTURE);

  return format === "json" ? skeletonToJson(skeleton) : skeletonToYaml(skeleton);
}

/**
 * Builds the skeleton of a request shape in the form of the AWS CLI's
 * `--generate-cli-skeleton`: every member, strings `""`, integers `0`, floating-point
 * numbers `0.0`, booleans `true`, lists with one element and maps with one `KeyName`
 * entry. Enums get their first value, where the AWS CLI picks a random one. A structure
 * that contains itself becomes `{}` at its second level, as in botocore.
 */
export function buildSkeleton(schema: RuntimeSchema, rootStructure: string): SkeletonObject {
  const root = buildValue(schema, { kind: "structure", name: rootStructure }, []);

  return root as SkeletonObject;
}

/** Formats a skeleton as JSON with four-space indentation, as the AWS CLI prints it. */
export function skeletonToJson(skeleton: SkeletonObject): string {
  return `${formatJson(skeleton, "")}\n`;
}

/** Formats a skeleton as YAML for `--cli-input-yaml`. */
export function skeletonToYaml(skeleton: SkeletonObject): string {
  return new Document(skeleton).toString({ lineWidth: 0 });
}

function buildValue(schema: RuntimeSchema, type: TypeRef, stack: string[]): SkeletonValue {
  switch (type.kind) {
    case "string":
      return "";
    case "number":
      return type.integer ? 0 : floatPlaceholder();
    case "boolean":
      return true;
    case "timestamp":
      return TIMESTAMP_PLACEHOLDER;
    case "blob":
    case "document":
      return null;
    case "enum":
      return schema.enums[type.name]?.[0] ?? "";
    case "list":
      return [buildValue(schema, type.member, stack)];
    case "map":
      return { KeyName: buildValue(schema, type.value, stack) };
    case "structure":
    case "union":
      return buildStructure(schema, type.name, stack);
  }
}

function buildStructure(schema: RuntimeSchema, name: string, stack: string[]): SkeletonObject {
  if (stack.includes(name)) return {};
  const structure = schema.structures[name];
  if (structure === undefined) throw new Error(`the schema has no structure named ${name}`);

  const result: SkeletonObject = {};
  stack.push(name);
  for (const [member, definition] of Object.entries(structure.members)) {
    result[member] = buildValue(schema, definition.type, stack);
  }
  stack.pop();

  return result;
}

function floatPlaceholder(): Scalar {
  const scalar = new Scalar(0);
  scalar.minFractionDigits = 1;

  return scalar;
}

function formatJson(value: SkeletonValue, indent: string): string {
  if (value instanceof Scalar) return "0.0";
  if (typeof value !== "object" || value === null) return JSON.stringify(value);

  const inner = `${indent}    `;
  const items = Array.isArray(value)
    ? value.map((item) => inner + formatJson(item, inner))
    : Object.entries(value).map(
        ([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`,
      );
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (items.length === 0) return `${open}${close}`;

  return `${open}\n${items.join(",\n")}\n${indent}${close}`;
}
