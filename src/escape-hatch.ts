/**
 * Escape hatch for enum values that the installed `@aws-sdk/client-sagemaker` does not
 * know yet, such as an instance type launched after the SDK release. The `$` prefix keeps
 * every use easy to find in review.
 */
import type { AdmittedEnumValues, EnumName } from "../generated/enums.js";

/**
 * A string admitted as a value of the enum `TEnum` by {@link $enumValue}; accepted wherever
 * that enum is, and only there. Generated code uses the per-enum aliases such as
 * `AdmittedTrainingInstanceType`, which cost the compiler no instantiation.
 */
export type AdmittedEnumValue<TEnum extends EnumName = EnumName> = AdmittedEnumValues[TEnum];

const admittedValues = new Map<string, Set<string>>();

/**
 * Admits `value` as a value of the enum `enumName`, for the compiler and for the runtime
 * validator of this process. Other enums still reject it.
 *
 * @example
 * ```ts
 * job.instances($enumValue("TrainingInstanceType", "ml.p6.96xlarge"), { volumeSizeInGB: 50 });
 * ```
 */
export function $enumValue<TEnum extends EnumName>(
  enumName: TEnum,
  value: string,
): AdmittedEnumValues[TEnum] {
  const values = admittedValues.get(enumName) ?? new Set<string>();
  values.add(value);
  admittedValues.set(enumName, values);

  return value as AdmittedEnumValues[TEnum];
}

/** Returns true when {@link $enumValue} admitted `value` for the enum `enumName` in this process. */
export function isAdmittedEnumValue(enumName: string, value: string): boolean {
  return admittedValues.get(enumName)?.has(value) ?? false;
}
