/**
 * Prints TypeScript type expressions for member types, in two forms: the strict config
 * form used by object literals, and the setter form, which also takes nested builders.
 */
import type { ShapeModel, TypeRef } from "../model/shape-model.js";
import type { ImportSet } from "./imports.js";
import { fileName } from "./names.js";

/** Location of a generated file, from which the printer writes relative imports. */
export interface FileContext {
  model: ShapeModel;
  imports: ImportSet;
  /** Import path from the file to `src/`, without a trailing slash. */
  sourceRoot: string;
  /** Import path from the file to the folder of the enums and schema files. */
  generatedRoot: string;
  /** Import path from the file to the folder of the shape files. */
  shapesRoot: string;
  /** The structure the file is for; references to it need no import. */
  self?: string;
}

export const sdkModule = "@aws-sdk/client-sagemaker";

/** Imports the generated config type and builder of a structure into the file. */
export function importStructure(context: FileContext, name: string, withBuilder: boolean): void {
  if (name === context.self) return;
  const from = `${context.shapesRoot}/${fileName(name)}.js`;
  context.imports.type(from, `Strict${name}`);
  if (withBuilder) context.imports.value(from, `${name}Builder`);
}

/** Prints the type of an enum member: the generated literal union plus the escape hatch. */
export function enumType(context: FileContext, name: string): string {
  context.imports.type(`${context.generatedRoot}/enums.js`, name);
  context.imports.type(`${context.generatedRoot}/enums.js`, `Admitted${name}`);

  return `${name} | Admitted${name}`;
}

/** Prints the strict config form of a type. */
export function configType(context: FileContext, type: TypeRef): string {
  switch (type.kind) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "timestamp":
      return "Date";
    case "blob":
      return "Uint8Array";
    case "document":
      context.imports.type("@smithy/types", "DocumentType");
      return "DocumentType";
    case "enum":
      return enumType(context, type.name);
    case "structure":
      importStructure(context, type.name, false);
      return `Strict${type.name}`;
    case "union":
      context.imports.type(sdkModule, type.name);
      return type.name;
    case "list":
      return arrayType(configType(context, type.member));
    case "map":
      return mapType(context, type, configType(context, type.value));
  }
}

/**
 * Prints the setter form of a type: lists of structures also take complete builders,
 * so `[new TagBuilder().key("team").value("ml")]` is accepted.
 */
export function setterItemType(context: FileContext, type: TypeRef): string {
  if (type.kind === "structure") {
    importStructure(context, type.name, false);
    context.imports.type(sdkModule, type.name);
    context.imports.type(`${context.sourceRoot}/runtime/builder.js`, "Buildable");

    return `Strict${type.name} | Buildable<${type.name}>`;
  }
  if (type.kind === "list") return arrayType(setterItemType(context, type.member));

  return configType(context, type);
}

function mapType(context: FileContext, type: Extract<TypeRef, { kind: "map" }>, value: string) {
  if (type.key.kind === "enum") {
    context.imports.type(`${context.generatedRoot}/enums.js`, type.key.name);

    return `Partial<Record<${type.key.name}, ${value}>>`;
  }

  return `Record<string, ${value}>`;
}

/**
 * Prints an array type. Lists of strings and numbers are read-only, so that `as const`
 * lists are accepted. Other lists stay mutable, because read-only structure lists cost a
 * file that uses them about 15 more instantiations.
 */
function arrayType(item: string): string {
  if (item === "string" || item === "number") return `readonly ${item}[]`;

  return /^[\w$.]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
}
