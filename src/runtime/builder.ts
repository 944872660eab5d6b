/**
 * Runtime behind every generated builder class. A builder is immutable: each setter
 * returns a new instance, so a chain can be forked and reused without one branch seeing
 * another's members. `build()` resolves nested builders, copies the values, and
 * validates the result against the generated tables before it returns.
 */
import { ValidationError, validationErrorFor } from "../errors.js";
import { errorsOf } from "../problems.js";
import type { RuntimeSchema } from "../schema/types.js";
import { semanticRules } from "../validate/rules/index.js";
import type { SemanticRule } from "../validate/rules/types.js";
import { validateRequest } from "../validate/run.js";

/**
 * Cross-field rules that `build()` runs besides the tables, by structure: a request built
 * with the generated builders is held to the same rules as `validateTuningJob`.
 */
const rulesByStructure: Readonly<Record<string, readonly SemanticRule[]>> = {
  CreateHyperParameterTuningJobRequest: semanticRules,
};

/** Any value with a callable `build()` that returns the shape. */
export interface Buildable<TShape> {
  build(): TShape;
}

/**
 * Type of `build` while the builder still lacks required members or breaks a rule. It has
 * no call signature, so calling `build()` fails with a message that shows each problem.
 */
export interface BuildBlocked<TProblem extends string> {
  readonly "cannot build yet": TProblem;
}

/** The type of `build`: a method when `TProblems` is empty, otherwise a non-callable type naming the problems. */
export type BuildMethod<TShape, TProblems extends string> = [TProblems] extends [never]
  ? () => TShape
  : BuildBlocked<TProblems>;

type BuilderClass = new () => ShapeBuilder;

/** Nested builder classes by member name, as thunks because shape files import each other. */
export type NestedBuilders = Readonly<Record<string, () => new () => unknown>>;

/** Methods every builder has besides its setters; the `$` marks them as untyped. */
export interface BuilderEscapeHatch {
  /** Sets a member by its PascalCase name without type checks; `build()` still validates it. */
  $set(member: string, value: unknown): this;
  /** Returns the members set so far, with nested builders resolved, without validating. */
  $peek(): Record<string, unknown>;
}

interface BuilderSpec {
  structure: string;
  schema: RuntimeSchema;
  nested: NestedBuilders;
}

const specKey = Symbol("spec");

/** Base class of the generated builders; generated code adds one setter per member. */
export class ShapeBuilder {
  declare readonly [specKey]: BuilderSpec;
  readonly #values: Readonly<Record<string, unknown>>;

  constructor(values: Readonly<Record<string, unknown>> = {}) {
    this.#values = values;
  }

  /**
   * Sets a member by its PascalCase name without type checks; `build()` still validates
   * it. Meant for members or values that the generated types do not describe yet.
   */
  $set(member: string, value: unknown): this {
    const nested = this[specKey].nested[member];
    const resolved =
      typeof value === "function" && nested ? callNestedBuilder(member, value, nested) : value;
    const Builder = this.constructor as new (values: Record<string, unknown>) => this;

    return new Builder({ ...this.#values, [member]: resolved });
  }

  /** Returns the members set so far, with nested builders resolved, without validating. */
  $peek(): Record<string, unknown> {
    return copyValue(this.#values) as Record<string, unknown>;
  }

  /** Returns the members as set, nested builders included; for {@link copyValue}. */
  $values(): Readonly<Record<string, unknown>> {
    return this.#values;
  }

  /** Validates the members set so far and returns them as the SDK's own type. */
  build(): unknown {
    const { structure, schema } = this[specKey];
    const value = this.$peek();
    const rules = rulesByStructure[structure] ?? [];
    const { problems } = validateRequest(value, { schema, structure, rules });
    if (errorsOf(problems).length > 0) throw validationErrorFor(problems);

    return value;
  }
}

function callNestedBuilder(member: string, callback: Function, nested: () => new () => unknown) {
  const Builder = nested();
  const result: unknown = callback(new Builder());
  if (!(result instanceof Builder)) {
    throw new TypeError(
      `invalid callback for ${member}: it returned ${describeKind(result)}; return the ${Builder.name} it received, with its setters applied`,
    );
  }

  return result;
}

function describeKind(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;

  return `an object of class ${value.constructor?.name ?? "Object"}`;
}

/**
 * Deep-copies plain data and turns builders into their values, so callers cannot mutate
 * results. A value that contains itself throws `ValidationError`, since no request can.
 */
function copyValue(value: unknown, path = "", ancestors: object[] = []): unknown {
  if (value instanceof Date || value instanceof Uint8Array) return value;
  if (value === null || typeof value !== "object") return value;
  if (ancestors.includes(value)) throw cycleError(path);

  const inner = [...ancestors, value];
  if (value instanceof ShapeBuilder) return copyValue(value.$values(), path, inner);
  if (Array.isArray(value))
    return value.map((item, index) => copyValue(item, `${path}[${index}]`, inner));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined) continue;
    // defineProperty keeps a `__proto__` key as a member, which the validator then reports.
    Object.defineProperty(copy, key, {
      value: copyValue(member, path === "" ? key : `${path}.${key}`, inner),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }

  return copy;
}

function cycleError(path: string): ValidationError {
  const at = path === "" ? "the request" : `\`${path}\``;
  const message = `${at} contains itself, which no request can, so pass plain data without cycles.`;

  return new ValidationError([{ severity: "error", path, rule: "cycle", message }]);
}

/**
 * Creates the builder class of one structure: a named subclass of {@link ShapeBuilder}
 * with a setter per member. `setters` maps each setter name to its member name.
 */
export function defineBuilder(
  structure: string,
  schema: RuntimeSchema,
  setters: Readonly<Record<string, string>>,
  nested: NestedBuilders = {},
): BuilderClass {
  const Builder = class extends ShapeBuilder {};
  Object.defineProperty(Builder, "name", { value: `${structure}Builder` });
  Object.defineProperty(Builder.prototype, specKey, { value: { structure, schema, nested } });
  for (const [setter, member] of Object.entries(setters)) {
    Object.defineProperty(Builder.prototype, setter, {
      value(this: ShapeBuilder, value: unknown) {
        return this.$set(member, value);
      },
      writable: true,
      configurable: true,
    });
  }

  return Builder;
}
