/**
 * Types of the validation tables that the generator writes into `generated/` and the
 * runtime validator reads. The code generator produces the same shapes, so both sides
 * share these declarations.
 */

/** Length, range and pattern limits merged from botocore's service model. */
export interface Constraints {
  /** Minimum string length, list or map size, or numeric value. */
  min?: number;
  /** Maximum string length, list or map size, or numeric value. */
  max?: number;
  /** Regular expression that the whole string value must match. */
  pattern?: string;
}

/** A reference from a member, list element or map value to its type. */
export type TypeRef =
  | {
      kind: "string";
      constraints?: Constraints;
      /** True when the SDK also accepts an object that it serialises to a JSON string. */
      json?: true;
    }
  | { kind: "number"; integer: boolean; constraints?: Constraints }
  | { kind: "boolean" }
  | { kind: "timestamp" }
  | { kind: "blob" }
  | { kind: "document" }
  | { kind: "enum"; name: string; constraints?: Constraints }
  | { kind: "structure"; name: string }
  | { kind: "union"; name: string }
  | { kind: "list"; member: TypeRef; constraints?: Constraints }
  | { kind: "map"; key: TypeRef; value: TypeRef; constraints?: Constraints };

/**
 * A group of members of one structure of which at most one side may be set. A side is
 * one member or several members that belong together.
 */
export interface ExclusiveRule {
  kind: "exclusive";
  /** Each side lists the member names that make up that alternative. */
  sides: string[][];
  /** True when exactly one side must be set, false when at most one may be. */
  required: boolean;
  /** The API reference page that states the rule. */
  source: string;
}

/** A member, or a member of a nested structure, that is allowed only when a sibling has a value. */
export interface OnlyWhenRule {
  kind: "onlyWhen";
  /** Dotted path from the structure, for example `StoppingCondition.MaxWaitTimeInSeconds`. */
  path: string;
  /** The sibling member of the structure and the value it must have. */
  when: { member: string; equals: string | boolean };
  source: string;
}

/** A member that may take only some of its values when a sibling has a given value. */
export interface ValuesWhenRule {
  kind: "valuesWhen";
  /** The restricted member of the structure. */
  member: string;
  /** The values the member may take while the condition holds; leaving it unset is allowed too. */
  values: Array<string | boolean>;
  /** The sibling member of the structure and the value that turns the restriction on. */
  when: { member: string; equals: string | boolean };
  source: string;
}

export type StructureRule = ExclusiveRule | OnlyWhenRule | ValuesWhenRule;

export interface SchemaMember {
  type: TypeRef;
  required?: true;
}

export interface SchemaStructure {
  /** True for tagged unions, where exactly one member is set. */
  union?: true;
  members: Record<string, SchemaMember>;
  rules?: StructureRule[];
}

/** The validation tables for one generated entry point. */
export interface RuntimeSchema {
  structures: Record<string, SchemaStructure>;
  enums: Record<string, readonly (string | number)[]>;
}
