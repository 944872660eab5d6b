/** Readers of the three lists of hyperparameter ranges in a `ParameterRanges` object. */
import { joinPath } from "../../problems.js";
import { field, isPlainObject, items, type PlainRecord } from "../read.js";
import { parseBound } from "./context.js";
import type { Located } from "./types.js";

/** The kind of a range, named after its list: `CategoricalParameterRanges` and so on. */
export type RangeKind = "Categorical" | "Integer" | "Continuous";

/** The kinds in the order the API reference lists them. */
export const rangeKinds: readonly RangeKind[] = ["Categorical", "Continuous", "Integer"];

/** One range read from a `ParameterRanges` object, with its JSON path. */
export interface RangeEntry {
  kind: RangeKind;
  range: PlainRecord;
  /** Path of the range, for example `...ParameterRanges.IntegerParameterRanges[0]`. */
  path: string;
}

/** Returns the name of the list that contains ranges of `kind`. */
export function rangeListName(kind: RangeKind): string {
  return `${kind}ParameterRanges`;
}

/** Lists every range of a `ParameterRanges` object that is a plain object. */
export function listRanges(ranges: Located<PlainRecord>): RangeEntry[] {
  return rangeKinds.flatMap((kind) => {
    const listPath = joinPath(ranges.path, rangeListName(kind));

    return items(field(ranges.value, rangeListName(kind))).flatMap(({ index, value }) =>
      isPlainObject(value) ? [{ kind, range: value, path: joinPath(listPath, index) }] : [],
    );
  });
}

/** Lists the values of a categorical range that are strings, with their paths. */
export function categoricalValues(entry: RangeEntry): Array<{ value: string; path: string }> {
  const valuesPath = joinPath(entry.path, "Values");

  return items(field(entry.range, "Values")).flatMap(({ index, value }) =>
    typeof value === "string" ? [{ value, path: joinPath(valuesPath, index) }] : [],
  );
}

/** Reads the bounds of an integer or continuous range. A bound that does not parse is `undefined`. */
export function rangeBounds(entry: RangeEntry): {
  min: number | undefined;
  max: number | undefined;
} {
  const integer = entry.kind === "Integer";

  return {
    min: parseBound(field(entry.range, "MinValue"), integer),
    max: parseBound(field(entry.range, "MaxValue"), integer),
  };
}

/**
 * Counts the distinct values a range can take: its distinct categorical values, or
 * `max - min + 1` for an integer range. Returns `undefined` for continuous ranges and for
 * bounds that do not parse.
 */
export function countRangeValues(entry: RangeEntry): number | undefined {
  if (entry.kind === "Categorical") {
    return new Set(categoricalValues(entry).map(({ value }) => value)).size;
  }
  if (entry.kind === "Continuous") return undefined;
  const { min, max } = rangeBounds(entry);
  if (min === undefined || max === undefined || max < min) return undefined;

  return max - min + 1;
}
