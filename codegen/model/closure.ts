import { SageMakerFluentError } from "../../src/errors.js";
import type { ShapeModel, TypeRef } from "./shape-model.js";

/** Thrown for an operation name that the installed SDK does not have. */
export class UnknownOperationError extends SageMakerFluentError {}

/** Returns the names of the shapes a type refers to, through lists and maps. */
export function referencedShapes(type: TypeRef): string[] {
  switch (type.kind) {
    case "structure":
    case "union":
    case "enum":
      return [type.name];
    case "list":
      return referencedShapes(type.member);
    case "map":
      return [...referencedShapes(type.key), ...referencedShapes(type.value)];
    default:
      return [];
  }
}

/**
 * Returns every shape (structures, unions and enums) reachable from the input and output
 * structures of the named operations, sorted by name. `all` names every operation.
 */
export function shapeClosure(model: ShapeModel, operationNames: readonly string[]): string[] {
  const names = operationNames.includes("all") ? Object.keys(model.operations) : operationNames;
  const pending: string[] = [];
  for (const name of names) {
    const operation = model.operations[name];
    if (!operation) {
      throw new UnknownOperationError(
        `unknown operation ${JSON.stringify(name)}: expected an operation of the installed SDK, such as CreateHyperParameterTuningJob, or "all"`,
      );
    }
    pending.push(operation.input, operation.output);
  }

  const seen = new Set<string>();
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (seen.has(name)) continue;
    const shape = model.shapes[name];
    if (!shape) continue;
    seen.add(name);
    if (shape.kind === "enum") continue;
    for (const member of shape.members) pending.push(...referencedShapes(member.type));
  }

  return [...seen].sort();
}

/** Returns only the structure names of {@link shapeClosure}. */
export function structureClosure(model: ShapeModel, operationNames: readonly string[]): string[] {
  return shapeClosure(model, operationNames).filter(
    (name) => model.shapes[name]?.kind === "structure",
  );
}
