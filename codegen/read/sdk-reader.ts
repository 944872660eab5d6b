/**
 * Reads the declaration files of the installed `@aws-sdk/client-sagemaker` into the
 * neutral shape description. ts-morph parses the files. The walk then reads the compiler
 * nodes directly, because ts-morph's wrappers would create an object for each node of
 * 48,000 lines.
 */
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Project, ts } from "ts-morph";
import type {
  EnumShape,
  Member,
  Operation,
  Shape,
  ShapeModel,
  StructureShape,
  TypeRef,
  UnionShape,
} from "../model/shape-model.js";

export interface SdkReaderOptions {
  /** Folder of the installed package; found through Node's resolution when omitted. */
  packageDir?: string;
}

type DeclarationKind = "structure" | "union" | "enum";

/** Finds the installed `@aws-sdk/client-sagemaker` package folder. */
export function locateSdkPackage(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve("@aws-sdk/client-sagemaker");

  // The entry point is dist-cjs/index.js; the package root is two levels up.
  return dirname(dirname(entry));
}

/** Reads every enum, structure, union and operation of the installed SageMaker client. */
export function readSdkModel(options: SdkReaderOptions = {}): ShapeModel {
  const packageDir = options.packageDir ?? locateSdkPackage();
  const packageJson = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    version: string;
  };
  const modelsDir = join(packageDir, "dist-types", "models");
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    compilerOptions: { noLib: true },
  });
  const files = readdirSync(modelsDir)
    .filter((name) => name === "enums.d.ts" || /^models_\d+\.d\.ts$/.test(name))
    .sort()
    .map((name) => project.addSourceFileAtPath(join(modelsDir, name)).compilerNode);

  const kinds = collectDeclarationKinds(files);
  const shapes: Record<string, Shape> = {};
  for (const file of files) {
    for (const statement of file.statements) {
      const shape = readStatement(statement, kinds);
      if (shape) shapes[shape.name] = shape;
    }
  }

  return {
    sdkVersion: packageJson.version,
    operations: readOperations(join(packageDir, "dist-types", "commands")),
    shapes: sortRecord(shapes),
  };
}

function collectDeclarationKinds(files: ts.SourceFile[]): Map<string, DeclarationKind> {
  const kinds = new Map<string, DeclarationKind>();
  for (const file of files) {
    for (const statement of file.statements) {
      if (ts.isInterfaceDeclaration(statement)) kinds.set(statement.name.text, "structure");
      if (ts.isModuleDeclaration(statement)) kinds.set(statement.name.text, "union");
      if (ts.isEnumDeclaration(statement)) kinds.set(statement.name.text, "enum");
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) kinds.set(declaration.name.text, "enum");
        }
      }
    }
  }

  return kinds;
}

function readStatement(
  statement: ts.Statement,
  kinds: Map<string, DeclarationKind>,
): Shape | undefined {
  if (ts.isInterfaceDeclaration(statement)) return readStructure(statement, kinds);
  if (ts.isModuleDeclaration(statement)) return readUnion(statement, kinds);
  if (ts.isVariableStatement(statement)) return readEnum(statement);
  if (ts.isEnumDeclaration(statement)) return readNumericEnum(statement);

  return undefined;
}

function readStructure(
  node: ts.InterfaceDeclaration,
  kinds: Map<string, DeclarationKind>,
): StructureShape | undefined {
  // Exceptions and other classes are not interfaces; interfaces with heritage clauses
  // (none in the models today) would need their base members merged.
  const members: Member[] = [];
  for (const element of node.members) {
    if (!ts.isPropertySignature(element) || !element.type) continue;
    const name = propertyName(element);
    members.push({
      name,
      type: readType(element.type, kinds, `${node.name.text}.${name}`),
      required: element.questionToken === undefined,
      doc: docOf(element),
    });
  }

  return { kind: "structure", name: node.name.text, doc: docOf(node), members };
}

function readUnion(
  node: ts.ModuleDeclaration,
  kinds: Map<string, DeclarationKind>,
): UnionShape | undefined {
  const body = node.body;
  if (!body || !ts.isModuleBlock(body)) return undefined;

  const members: Member[] = [];
  for (const statement of body.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    if (statement.name.text === "$UnknownMember" || statement.name.text === "Visitor") continue;
    // Each variant interface sets one member and types the others as `never`.
    const set = statement.members.find(
      (element): element is ts.PropertySignature =>
        ts.isPropertySignature(element) &&
        element.questionToken === undefined &&
        element.type !== undefined &&
        element.type.kind !== ts.SyntaxKind.NeverKeyword,
    );
    if (!set?.type) continue;
    const name = propertyName(set);
    members.push({
      name,
      type: readType(set.type, kinds, `${node.name.text}.${name}`),
      required: false,
      doc: docOf(statement),
    });
  }

  return { kind: "union", name: node.name.text, doc: docOf(node), members };
}

function readEnum(node: ts.VariableStatement): EnumShape | undefined {
  const declaration = node.declarationList.declarations[0];
  if (!declaration || !ts.isIdentifier(declaration.name) || !declaration.type) return undefined;
  if (!ts.isTypeLiteralNode(declaration.type)) return undefined;

  const values: EnumShape["values"] = [];
  for (const element of declaration.type.members) {
    if (!ts.isPropertySignature(element) || !element.type) continue;
    if (!ts.isLiteralTypeNode(element.type) || !ts.isStringLiteral(element.type.literal)) continue;
    values.push({ key: propertyName(element), value: element.type.literal.text });
  }

  return { kind: "enum", name: declaration.name.text, doc: docOf(node), values };
}

function readNumericEnum(node: ts.EnumDeclaration): EnumShape | undefined {
  const values: EnumShape["values"] = [];
  for (const element of node.members) {
    const initializer = element.initializer;
    if (!initializer || !ts.isNumericLiteral(initializer)) return undefined;
    values.push({ key: element.name.getText(), value: Number(initializer.text) });
  }

  return { kind: "enum", name: node.name.text, doc: docOf(node), numeric: true, values };
}

function readType(node: ts.TypeNode, kinds: Map<string, DeclarationKind>, at: string): TypeRef {
  if (ts.isUnionTypeNode(node)) {
    // `T | undefined` is how the SDK types every member; `__DocumentType | string` occurs once.
    const defined = node.types.filter((part) => part.kind !== ts.SyntaxKind.UndefinedKeyword);
    if (defined.length === 1 && defined[0]) return readType(defined[0], kinds, at);
    if (defined.some((part) => isReference(part, "__DocumentType"))) return { kind: "document" };
    if (defined.some((part) => isReference(part, "__AutomaticJsonStringConversion"))) {
      return { kind: "string", json: true };
    }

    throw new Error(`unsupported union type at ${at}: ${node.getText()}`);
  }
  if (ts.isArrayTypeNode(node)) {
    return { kind: "list", member: readType(node.elementType, kinds, at) };
  }

  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return { kind: "string" };
    case ts.SyntaxKind.NumberKeyword:
      return { kind: "number", integer: false };
    case ts.SyntaxKind.BooleanKeyword:
      return { kind: "boolean" };
  }

  if (ts.isTypeReferenceNode(node)) return readReference(node, kinds, at);

  throw new Error(`unsupported type at ${at}: ${ts.SyntaxKind[node.kind]}`);
}

function readReference(
  node: ts.TypeReferenceNode,
  kinds: Map<string, DeclarationKind>,
  at: string,
): TypeRef {
  const name = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.getText();
  const typeArguments = node.typeArguments ?? [];

  if (name === "Partial" && typeArguments[0]) return readType(typeArguments[0], kinds, at);
  if (name === "Record" && typeArguments[0] && typeArguments[1]) {
    return {
      kind: "map",
      key: readType(typeArguments[0], kinds, at),
      value: readType(typeArguments[1], kinds, at),
    };
  }
  if (name === "Date") return { kind: "timestamp" };
  if (name === "Uint8Array") return { kind: "blob" };
  if (name === "__DocumentType") return { kind: "document" };

  const kind = kinds.get(name);
  if (kind === "enum") return { kind: "enum", name };
  if (kind === "structure") return { kind: "structure", name };
  if (kind === "union") return { kind: "union", name };

  throw new Error(`unknown type ${name} at ${at}`);
}

function isReference(node: ts.TypeNode, name: string): boolean {
  return (
    ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && node.typeName.text === name
  );
}

function propertyName(node: ts.PropertySignature): string {
  const name = node.name;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;

  return name.getText();
}

/** Returns a declaration's JSDoc text without the comment markers and tags such as `@public`. */
function docOf(node: ts.Node): string {
  const jsDocs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const last = jsDocs?.[jsDocs.length - 1];
  if (!last) return "";

  const comment = last.comment;
  const text =
    typeof comment === "string" ? comment : (comment?.map((part) => part.getText()).join("") ?? "");

  return text.trim();
}

/** Reads operation names with their input and output structures from the command files. */
function readOperations(commandsDir: string): Record<string, Operation> {
  const operations: Record<string, Operation> = {};
  const inputPattern = /interface \w+CommandInput extends (\w+)/;
  const outputPattern = /interface \w+CommandOutput extends (\w+)/;

  for (const fileName of readdirSync(commandsDir).sort()) {
    const match = /^(\w+)Command\.d\.ts$/.exec(fileName);
    if (!match?.[1]) continue;
    const text = readFileSync(join(commandsDir, fileName), "utf8");
    const input = inputPattern.exec(text)?.[1];
    const output = outputPattern.exec(text)?.[1];
    if (!input || !output) continue;
    operations[match[1]] = { name: match[1], input, output };
  }

  return operations;
}

function sortRecord<T>(record: Record<string, T>): Record<string, T> {
  const sorted: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key] as T;

  return sorted;
}
