/** Hyperparameter values as users write them; SageMaker takes every value as a string. */
export type HyperParameterValue = string | number | boolean;

/** Hyperparameters by name; an index signature, so the compiler instantiates nothing for it. */
export interface HyperParameterValues {
  readonly [name: string]: HyperParameterValue;
}

/** String values by name, such as environment variables or tags. */
export interface StringMap {
  readonly [name: string]: string;
}

/**
 * Formats a number the way a training script parses it back: `0.1` stays `0.1`, and
 * integers keep every digit. Non-finite numbers are rejected because no script can read them.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(
      `invalid hyperparameter number ${String(value)}: expected a finite number`,
    );
  }

  return Number.isInteger(value) && Math.abs(value) >= 1e21
    ? BigInt(value).toString()
    : String(value);
}

/** Converts each value to the string sent on the wire; strings are kept verbatim. */
export function stringifyHyperParameters(values: HyperParameterValues): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    result[key] = typeof value === "number" ? formatNumber(value) : String(value);
  }

  return result;
}
