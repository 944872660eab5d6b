/** Emits the validation tables that the runtime validator and the builders read. */
import type { EnumShape, ShapeModel, StructureShape, UnionShape } from "../model/shape-model.js";
import type { RuntimeSchema, SchemaStructure } from "../../src/schema/types.js";

/** Builds the tables for the given structures and unions and the enums they use. */
export function buildSchema(model: ShapeModel, names: readonly string[]): RuntimeSchema {
  const schema: RuntimeSchema = { structures: {}, enums: {} };
  for (const name of names) {
    const shape = model.shapes[name];
    if (!shape) continue;
    if (shape.kind === "enum") schema.enums[name] = enumValues(shape);
    else schema.structures[name] = structureTable(shape);
  }

  return schema;
}

function enumValues(shape: EnumShape): (string | number)[] {
  return shape.values.map((entry) => entry.value);
}

function structureTable(shape: StructureShape | UnionShape): SchemaStructure {
  const table: SchemaStructure = { members: {} };
  if (shape.kind === "union") table.union = true;
  for (const member of shape.members) {
    table.members[member.name] = member.required
      ? { type: member.type, required: true }
      : { type: member.type };
  }
  if (shape.kind === "structure" && shape.rules && shape.rules.length > 0)
    table.rules = shape.rules;

  return table;
}

/** Prints the tables as a typed module. */
export function emitSchema(schema: RuntimeSchema, runtimeTypes: string): string {
  // JSON.parse keeps the compiler from checking thousands of object literals on every import.
  const json = JSON.stringify(schema);

  return [
    `import type { RuntimeSchema } from "${runtimeTypes}";`,
    "",
    `/** Validation tables: members, types and constraints of every generated structure, and the overlay rules. */`,
    `export const schema: RuntimeSchema = JSON.parse(${JSON.stringify(json)}) as RuntimeSchema;`,
  ].join("\n");
}
