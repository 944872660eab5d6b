/**
 * Rules on hyperparameter ranges: counts, names, bounds and scaling types.
 *
 * Sources:
 * https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ParameterRanges.html
 * https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-define-ranges.html
 * https://docs.aws.amazon.com/sagemaker/latest/dg/automatic-model-tuning-limits.html
 */
import { joinPath } from "../../problems.js";
import { describePath, formatValue } from "../describe.js";
import { entries, field } from "../read.js";
import { defineRule } from "./context.js";
import { categoricalValues, listRanges, rangeBounds, type RangeEntry } from "./range-list.js";
import type { DefinitionEntry, SemanticRule } from "./types.js";

const maxRanges = 30;
const maxCategoricalValues = 30;

/** At most 30 ranges in total across the three lists of one `ParameterRanges` object. */
export const rangeCount = defineRule("range-count", (_request, context, report) =>
  context.definitions.flatMap(({ ranges }) => {
    if (ranges === undefined) return [];
    const count = listRanges(ranges).length;
    if (count <= maxRanges) return [];
    const message = `${describePath(ranges.path)} must define at most ${maxRanges} ranges across its categorical, continuous and integer lists but defines ${count}, so make some hyperparameters static.`;

    return [report.error(ranges.path, message, count)];
  }),
);

/** At most 30 values in each categorical range. */
export const categoricalValueCount = defineRule(
  "categorical-value-count",
  (_request, context, report) =>
    allRanges(context.definitions).flatMap((entry) => {
      if (entry.kind !== "Categorical") return [];
      const count = categoricalValues(entry).length;
      if (count <= maxCategoricalValues) return [];
      const path = joinPath(entry.path, "Values");
      const message = `${describePath(path)} must list at most ${maxCategoricalValues} values but lists ${count}, so drop the least promising values.`;

      return [report.error(path, message, count)];
    }),
);

/** No value appears twice in one categorical range. */
export const duplicateCategoricalValues = defineRule(
  "duplicate-categorical-values",
  (_request, context, report) =>
    allRanges(context.definitions).flatMap((entry) => {
      if (entry.kind !== "Categorical") return [];
      const seen = new Set<string>();

      return categoricalValues(entry).flatMap(({ value, path }) => {
        if (!seen.has(value)) {
          seen.add(value);
          return [];
        }
        const message = `${describePath(path)} repeats the value ${formatValue(value)}, so remove the duplicate.`;
        return [report.error(path, message, value)];
      });
    }),
);

/** Range names are unique across the three lists and differ from static hyperparameter names. */
export const uniqueRangeNames = defineRule("unique-range-names", (_request, context, report) =>
  context.definitions.flatMap(({ definition, path: definitionPath, ranges }) => {
    if (ranges === undefined) return [];
    const staticsPath = joinPath(definitionPath, "StaticHyperParameters");
    const statics = new Set(
      entries(field(definition, "StaticHyperParameters")).map(([key]) => key),
    );
    const seen = new Set<string>();

    return listRanges(ranges).flatMap((entry) => {
      const name = field(entry.range, "Name");
      if (typeof name !== "string") return [];
      const namePath = joinPath(entry.path, "Name");
      if (seen.has(name)) {
        const message = `${describePath(namePath)} is ${formatValue(name)}, which an earlier range already tunes, so keep one range per hyperparameter.`;
        return [report.error(namePath, message, name)];
      }
      seen.add(name);
      if (!statics.has(name)) return [];
      const message = `${describePath(namePath)} is ${formatValue(name)}, which ${describePath(staticsPath)} also sets, so either tune the hyperparameter or keep it static.`;

      return [report.error(namePath, message, name)];
    });
  }),
);

/** Integer and continuous bounds parse as numbers (integers for integer ranges) and `MinValue` < `MaxValue`. */
export const rangeBoundsRule = defineRule("range-bounds", (_request, context, report) =>
  allRanges(context.definitions).flatMap((entry) => {
    if (entry.kind === "Categorical") return [];
    const { min, max } = rangeBounds(entry);
    const unparsable = (["MinValue", "MaxValue"] as const)
      .filter((bound) => (bound === "MinValue" ? min : max) === undefined)
      .filter((bound) => typeof field(entry.range, bound) === "string")
      .map((bound) => {
        const path = joinPath(entry.path, bound);
        const expected = entry.kind === "Integer" ? "an integer" : "a decimal number";
        const value = field(entry.range, bound);
        const message = `${describePath(path)} must be ${expected} written as a string but received ${formatValue(value)}, so write the bound as digits, for example "10".`;
        return report.error(path, message, value);
      });
    if (unparsable.length > 0 || min === undefined || max === undefined || min < max) {
      return unparsable;
    }
    const path = joinPath(entry.path, "MinValue");
    const message = `${describePath(path)} must be less than \`MaxValue\` (${max}) but received ${min}, so lower \`MinValue\` or raise \`MaxValue\`.`;

    return [report.error(path, message, field(entry.range, "MinValue"))];
  }),
);

/** `Logarithmic` needs bounds above 0, and `ReverseLogarithmic` needs a continuous range within [0, 1). */
export const scalingType = defineRule("scaling-type", (_request, context, report) =>
  allRanges(context.definitions).flatMap((entry) => {
    const scaling = field(entry.range, "ScalingType");
    const path = joinPath(entry.path, "ScalingType");
    const { min, max } = rangeBounds(entry);
    if (scaling === "ReverseLogarithmic" && entry.kind !== "Continuous") {
      const message = `${describePath(path)} is "ReverseLogarithmic", which only continuous ranges support, so use "Linear", "Logarithmic" or "Auto" for this ${entry.kind.toLowerCase()} range.`;
      return [report.error(path, message, scaling)];
    }
    if (min === undefined || max === undefined) return [];
    if (scaling === "Logarithmic" && min <= 0) {
      const message = `${describePath(path)} is "Logarithmic", which needs every value above 0, but \`MinValue\` is ${min}, so raise \`MinValue\` above 0 or use "Linear".`;
      return [report.error(path, message, scaling)];
    }
    if (scaling === "ReverseLogarithmic" && (min < 0 || max >= 1)) {
      const message = `${describePath(path)} is "ReverseLogarithmic", which needs 0 <= MinValue < MaxValue < 1, but the range is ${min} to ${max}, so narrow the range or use "Linear".`;
      return [report.error(path, message, scaling)];
    }

    return [];
  }),
);

function allRanges(definitions: readonly DefinitionEntry[]): RangeEntry[] {
  return definitions.flatMap(({ ranges }) => (ranges === undefined ? [] : listRanges(ranges)));
}

/** The rules of this file, in the order they run. */
export const rangeRules: readonly SemanticRule[] = [
  rangeCount,
  categoricalValueCount,
  duplicateCategoricalValues,
  uniqueRangeNames,
  rangeBoundsRule,
  scalingType,
];
