/** Emits the enums file: per enum, the SDK's constant object, its literal union, a value list and a guard. */
import type { EnumShape } from "../model/shape-model.js";
import type { DocRenderer } from "./doc.js";

export function emitEnums(enums: EnumShape[], renderDoc: DocRenderer): string {
  const names = enums.map((shape) => JSON.stringify(shape.name)).join(" | ");
  const enumName = `/** Name of every enum of the SDK, as \`$enumValue\` takes it. */\nexport type EnumName = ${names || "never"};`;

  const brand = `/** Key of the brand that marks values admitted with \`$enumValue\`; exists only for the compiler. */\ndeclare const admittedValue: unique symbol;`;
  const admittedMap = `/** The admitted-value type of each enum, as \`$enumValue\` returns it. */\nexport interface AdmittedEnumValues {\n${enums.map((shape) => `${shape.name}: Admitted${shape.name};`).join("\n")}\n}`;

  return [enumName, brand, admittedMap, ...enums.map((shape) => emitEnum(shape, renderDoc))].join(
    "\n\n",
  );
}

function emitEnum(shape: EnumShape, renderDoc: DocRenderer): string {
  const values = shape.values.map((entry) => entry.value);
  const literals = values.map((value) => JSON.stringify(value));
  const entries = shape.values.map(
    (entry) => `${JSON.stringify(entry.key)}: ${JSON.stringify(entry.value)},`,
  );
  if (shape.numeric) {
    // The SDK declares numeric enums as TypeScript enums, whose objects also map values back to keys.
    entries.push(
      ...shape.values.map(
        (entry) => `${JSON.stringify(String(entry.value))}: ${JSON.stringify(entry.key)},`,
      ),
    );
  }
  const doc = renderDoc({ doc: shape.doc || `Values of ${shape.name}.`, enumValues: values });
  const name = shape.name;

  return [
    `${doc}\nexport const ${name} = {\n${entries.join("\n")}\n} as const;`,
    `${doc}\nexport type ${name} = ${literals.length === 0 ? "never" : literals.join(" | ")};`,
    `/** A value of {@link ${name}} that the installed SDK does not list, admitted with \`$enumValue("${name}", value)\`. */\nexport type Admitted${name} = string & { readonly [admittedValue]: ${JSON.stringify(name)} };`,
    `/** Every value of {@link ${name}}, in the SDK's order. */\nexport const ${name}Values: readonly ${name}[] = [${literals.join(", ")}];`,
    `/** Returns true when \`value\` is one of the ${values.length} values of {@link ${name}}. */\nexport function is${name}(value: unknown): value is ${name} {\n  return (${name}Values as readonly unknown[]).includes(value);\n}`,
  ].join("\n\n");
}
