/**
 * Escape hatch for enum values that the installed `@aws-sdk/client-sagemaker` does not
 * know yet, such as an instance type launched after the SDK release. The `$` prefix keeps
 * every use easy to find in review.
 */

declare const admittedEnumValue: unique symbol;

/** A string admitted as an enum value by {@link $enumValue}; accepted wherever an enum is. */
export type AdmittedEnumValue = string & { readonly [admittedEnumValue]: true };

const admittedValues = new Set<string>();

/**
 * Admits a value that the generated enum types do not list, for the compiler and for the
 * runtime validator alike.
 *
 * @example
 * ```ts
 * builder.instanceType($enumValue("ml.p6.96xlarge"));
 * ```
 */
export function $enumValue(value: string): AdmittedEnumValue {
  admittedValues.add(value);

  return value as AdmittedEnumValue;
}

/** Returns true when {@link $enumValue} admitted `value` in this process. */
export function isAdmittedEnumValue(value: string): boolean {
  return admittedValues.has(value);
}
