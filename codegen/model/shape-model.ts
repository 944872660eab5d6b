/**
 * The neutral, JSON-serialisable description of the service that the readers produce
 * and the emitters consume. Readers and emitters share nothing else.
 */
import type { StructureRule, TypeRef } from "../../src/schema/types.js";

export type { Constraints, TypeRef } from "../../src/schema/types.js";

/** One member of a structure or union, with the SDK's own PascalCase name. */
export interface Member {
  name: string;
  type: TypeRef;
  /** True when the SDK declares the member without `?`. */
  required: boolean;
  /** The SDK's member documentation, as the HTML it ships. */
  doc: string;
}

export interface StructureShape {
  kind: "structure";
  name: string;
  doc: string;
  members: Member[];
  /** Overlay rules that the service model cannot express. */
  rules?: StructureRule[];
}

/** A tagged union: exactly one member is set on the wire. */
export interface UnionShape {
  kind: "union";
  name: string;
  doc: string;
  members: Member[];
}

export interface EnumShape {
  kind: "enum";
  name: string;
  doc: string;
  /** True for the SDK's numeric `enum` declarations; the others map keys to strings. */
  numeric?: true;
  /** The SDK's constant keys mapped to their wire values, in declaration order. */
  values: Array<{ key: string; value: string | number }>;
}

export type Shape = StructureShape | UnionShape | EnumShape;

/** An operation with its input and output structure names. */
export interface Operation {
  name: string;
  input: string;
  output: string;
}

export interface ShapeModel {
  /** Version of the `@aws-sdk/client-sagemaker` package that was read. */
  sdkVersion: string;
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
}
