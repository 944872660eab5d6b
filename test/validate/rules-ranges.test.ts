import { describe, expect, it } from "vitest";
import {
  categoricalValueCount,
  duplicateCategoricalValues,
  rangeBoundsRule,
  rangeCount,
  scalingType,
  uniqueRangeNames,
} from "../../src/validate/rules/ranges.js";
import { multi, paths, runRule, single } from "./rule-helpers.js";

const ranges = "HyperParameterTuningJobConfig.ParameterRanges";

function withRanges(value: Record<string, unknown>, changes: Record<string, unknown> = {}) {
  return single({ [ranges]: value, ...changes });
}

function continuous(min: string, max: string, scaling = "Auto") {
  return withRanges({
    ContinuousParameterRanges: [
      { Name: "eta", MinValue: min, MaxValue: max, ScalingType: scaling },
    ],
  });
}

function integer(min: string, max: string, scaling = "Auto") {
  return withRanges({
    IntegerParameterRanges: [{ Name: "depth", MinValue: min, MaxValue: max, ScalingType: scaling }],
  });
}

describe("range-count rule", () => {
  function named(count: number, prefix: string) {
    return Array.from({ length: count }, (_, index) => ({
      Name: `${prefix}${index}`,
      Values: ["a"],
    }));
  }

  it("accepts 30 ranges across the lists and rejects 31", () => {
    const inside = withRanges({
      CategoricalParameterRanges: named(20, "c"),
      IntegerParameterRanges: named(10, "i").map(({ Name }) => ({
        Name,
        MinValue: "1",
        MaxValue: "2",
      })),
    });
    expect(runRule(rangeCount, inside)).toEqual([]);
    const outside = withRanges({
      CategoricalParameterRanges: named(20, "c"),
      IntegerParameterRanges: named(11, "i").map(({ Name }) => ({
        Name,
        MinValue: "1",
        MaxValue: "2",
      })),
    });
    const [problem] = runRule(rangeCount, outside);
    expect(problem?.path).toBe(ranges);
    expect(problem?.message).toContain("defines 31");
  });
});

describe("categorical-value-count rule", () => {
  const values = (count: number) => Array.from({ length: count }, (_, index) => `v${index}`);

  it("accepts 30 values and rejects 31", () => {
    expect(
      runRule(
        categoricalValueCount,
        withRanges({ CategoricalParameterRanges: [{ Name: "a", Values: values(30) }] }),
      ),
    ).toEqual([]);
    const [problem] = runRule(
      categoricalValueCount,
      withRanges({ CategoricalParameterRanges: [{ Name: "a", Values: values(31) }] }),
    );
    expect(problem?.path).toBe(`${ranges}.CategoricalParameterRanges[0].Values`);
    expect(problem?.value).toBe(31);
  });
});

describe("duplicate-categorical-values rule", () => {
  it("reports the repeated value", () => {
    const request = withRanges({
      CategoricalParameterRanges: [{ Name: "a", Values: ["x", "y", "x"] }],
    });
    const [problem] = runRule(duplicateCategoricalValues, request);
    expect(problem?.path).toBe(`${ranges}.CategoricalParameterRanges[0].Values[2]`);
    expect(problem?.message).toContain('"x"');
  });

  it("accepts distinct values", () => {
    const request = withRanges({ CategoricalParameterRanges: [{ Name: "a", Values: ["x", "X"] }] });
    expect(runRule(duplicateCategoricalValues, request)).toEqual([]);
  });
});

describe("unique-range-names rule", () => {
  it("rejects a name tuned twice across lists", () => {
    const request = withRanges({
      CategoricalParameterRanges: [{ Name: "eta", Values: ["0.1"] }],
      ContinuousParameterRanges: [{ Name: "eta", MinValue: "0.1", MaxValue: "0.2" }],
    });
    expect(paths(runRule(uniqueRangeNames, request))).toEqual([
      `${ranges}.ContinuousParameterRanges[0].Name`,
    ]);
  });

  it("rejects a name that is also static", () => {
    const request = single({ "TrainingJobDefinition.StaticHyperParameters": { eta: "0.1" } });
    const [problem] = runRule(uniqueRangeNames, request);
    expect(problem?.path).toBe(`${ranges}.ContinuousParameterRanges[0].Name`);
    expect(problem?.message).toContain("`TrainingJobDefinition.StaticHyperParameters` also sets");
  });

  it("checks each listed definition on its own", () => {
    const request = multi({ "TrainingJobDefinitions[1].StaticHyperParameters": { wd: "0.1" } });
    expect(paths(runRule(uniqueRangeNames, request))).toEqual([
      "TrainingJobDefinitions[1].HyperParameterRanges.ContinuousParameterRanges[0].Name",
    ]);
  });
});

describe("range-bounds rule", () => {
  const continuousPath = `${ranges}.ContinuousParameterRanges[0]`;
  const integerPath = `${ranges}.IntegerParameterRanges[0]`;

  it("accepts MinValue just below MaxValue and rejects equal bounds", () => {
    expect(runRule(rangeBoundsRule, continuous("0.49", "0.5"))).toEqual([]);
    const [problem] = runRule(rangeBoundsRule, continuous("0.5", "0.5"));
    expect(problem?.path).toBe(`${continuousPath}.MinValue`);
    expect(problem?.message).toContain("less than `MaxValue` (0.5) but received 0.5");
  });

  it("rejects bounds that are not numbers", () => {
    expect(paths(runRule(rangeBoundsRule, continuous("low", "1e-1")))).toEqual([
      `${continuousPath}.MinValue`,
    ]);
    expect(paths(runRule(rangeBoundsRule, continuous("0.1", "")))).toEqual([
      `${continuousPath}.MaxValue`,
    ]);
  });

  it("needs integers for integer ranges", () => {
    expect(runRule(rangeBoundsRule, integer("1", "10"))).toEqual([]);
    const [problem] = runRule(rangeBoundsRule, integer("1.5", "10"));
    expect(problem?.path).toBe(`${integerPath}.MinValue`);
    expect(problem?.message).toContain('received "1.5"');
  });
});

describe("scaling-type rule", () => {
  const path = `${ranges}.ContinuousParameterRanges[0].ScalingType`;

  it("needs bounds above 0 for Logarithmic", () => {
    expect(runRule(scalingType, continuous("0.0001", "1", "Logarithmic"))).toEqual([]);
    const [problem] = runRule(scalingType, continuous("0", "1", "Logarithmic"));
    expect(problem?.path).toBe(path);
    expect(problem?.message).toContain("`MinValue` is 0");
  });

  it("needs 0 <= min < max < 1 for ReverseLogarithmic", () => {
    expect(runRule(scalingType, continuous("0", "0.999", "ReverseLogarithmic"))).toEqual([]);
    expect(paths(runRule(scalingType, continuous("0", "1", "ReverseLogarithmic")))).toEqual([path]);
    expect(paths(runRule(scalingType, continuous("-0.1", "0.5", "ReverseLogarithmic")))).toEqual([
      path,
    ]);
  });

  it("allows ReverseLogarithmic on continuous ranges only", () => {
    const [problem] = runRule(scalingType, integer("0", "1", "ReverseLogarithmic"));
    expect(problem?.path).toBe(`${ranges}.IntegerParameterRanges[0].ScalingType`);
    expect(problem?.message).toContain("only continuous ranges support");
  });
});
