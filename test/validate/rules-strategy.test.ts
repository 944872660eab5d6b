import { describe, expect, it } from "vitest";
import {
  gridCategoricalOnly,
  gridJobCount,
  hyperbandEarlyStopping,
  hyperbandResources,
  strategyConfigHyperbandOnly,
  tooFewCombinations,
} from "../../src/validate/rules/strategy.js";
import { multi, paths, runRule, single } from "./rule-helpers.js";

const config = "HyperParameterTuningJobConfig";
const hyperband = `${config}.StrategyConfig.HyperbandStrategyConfig`;
const maxJobs = `${config}.ResourceLimits.MaxNumberOfTrainingJobs`;

function categorical(...counts: number[]) {
  return counts.map((count, index) => ({
    Name: `choice${index}`,
    Values: Array.from({ length: count }, (_, value) => `v${value}`),
  }));
}

function discrete(
  strategy: string,
  jobs: number | undefined,
  changes: Record<string, unknown> = {},
) {
  return single({
    [`${config}.Strategy`]: strategy,
    [maxJobs]: jobs,
    [`${config}.ParameterRanges`]: { CategoricalParameterRanges: categorical(3, 2) },
    ...changes,
  });
}

describe("hyperband-early-stopping rule", () => {
  const path = `${config}.TrainingJobEarlyStoppingType`;

  it("rejects Auto with Hyperband", () => {
    const request = single({ [`${config}.Strategy`]: "Hyperband", [path]: "Auto" });
    const [problem] = runRule(hyperbandEarlyStopping, request);
    expect(problem?.path).toBe(path);
    expect(problem?.message).toContain('received "Auto"');
  });

  it("accepts Off, absent, or another strategy", () => {
    expect(
      runRule(
        hyperbandEarlyStopping,
        single({ [`${config}.Strategy`]: "Hyperband", [path]: "Off" }),
      ),
    ).toEqual([]);
    expect(
      runRule(hyperbandEarlyStopping, single({ [`${config}.Strategy`]: "Hyperband" })),
    ).toEqual([]);
    expect(runRule(hyperbandEarlyStopping, single({ [path]: "Auto" }))).toEqual([]);
  });
});

describe("strategy-config-hyperband-only rule", () => {
  const strategyConfig = { HyperbandStrategyConfig: { MinResource: 1, MaxResource: 10 } };

  it("rejects StrategyConfig without Hyperband", () => {
    const request = single({ [`${config}.StrategyConfig`]: strategyConfig });
    expect(paths(runRule(strategyConfigHyperbandOnly, request))).toEqual([
      `${config}.StrategyConfig`,
    ]);
  });

  it("accepts StrategyConfig with Hyperband", () => {
    const request = single({
      [`${config}.Strategy`]: "Hyperband",
      [`${config}.StrategyConfig`]: strategyConfig,
    });
    expect(runRule(strategyConfigHyperbandOnly, request)).toEqual([]);
  });
});

describe("hyperband-resources rule", () => {
  function resources(
    min: number | undefined,
    max: number | undefined,
    statics?: Record<string, string>,
  ) {
    return single({
      [`${config}.Strategy`]: "Hyperband",
      [`${hyperband}.MinResource`]: min,
      [`${hyperband}.MaxResource`]: max,
      "TrainingJobDefinition.StaticHyperParameters": statics,
    });
  }

  it("accepts MaxResource 20000 and rejects 20001", () => {
    expect(runRule(hyperbandResources, resources(1, 20_000))).toEqual([]);
    const [problem] = runRule(hyperbandResources, resources(1, 20_001));
    expect(problem?.path).toBe(`${hyperband}.MaxResource`);
    expect(problem?.message).toContain("received 20001");
  });

  it("accepts MinResource equal to MaxResource and rejects more", () => {
    expect(runRule(hyperbandResources, resources(10, 10))).toEqual([]);
    expect(paths(runRule(hyperbandResources, resources(11, 10)))).toEqual([
      `${hyperband}.MinResource`,
    ]);
  });

  it("needs MaxResource unless an epochs hyperparameter exists", () => {
    expect(paths(runRule(hyperbandResources, resources(1, undefined)))).toEqual([
      `${hyperband}.MaxResource`,
    ]);
    for (const key of ["epochs", "numepochs", "n-epochs", "n_epochs", "num_epochs"]) {
      expect(runRule(hyperbandResources, resources(1, undefined, { [key]: "50" })), key).toEqual(
        [],
      );
    }
  });

  it("infers MaxResource only from the documented names", () => {
    for (const key of ["n_epoch", "max_epochs", "num_round", "Epochs", "NUM_EPOCHS", " epochs"]) {
      const problems = runRule(hyperbandResources, resources(1, undefined, { [key]: "50" }));
      expect(paths(problems), key).toEqual([`${hyperband}.MaxResource`]);
    }
  });

  it("checks an inferred MaxResource", () => {
    const epochs = "TrainingJobDefinition.StaticHyperParameters.epochs";
    for (const [min, value, expected] of [
      [1, "50000", "at most 20000"],
      [1, "abc", "a whole number"],
      [1, "0", "a whole number"],
      [1, "12.5", "a whole number"],
      [10, "5", "at least `MinResource` (10)"],
    ] as const) {
      const problems = runRule(hyperbandResources, resources(min, undefined, { epochs: value }));
      expect(paths(problems), value).toEqual([epochs]);
      expect(problems[0]?.message, value).toContain(expected);
      expect(problems[0]?.message, value).toContain(`received "${value}"`);
      expect(problems[0]?.value, value).toBe(value);
    }
  });

  it("accepts inferred MaxResource limits", () => {
    for (const [min, value] of [
      [1, "20000"],
      [10, "10"],
      [undefined, "1"],
    ] as const) {
      expect(
        runRule(hyperbandResources, resources(min, undefined, { epochs: value })),
        value,
      ).toEqual([]);
    }
  });

  it("checks every epochs name of each definition", () => {
    const request = multi({
      [`${config}.Strategy`]: "Hyperband",
      "TrainingJobDefinitions[0].StaticHyperParameters": { num_epochs: "30000" },
      "TrainingJobDefinitions[1].StaticHyperParameters": { n_epochs: "20", "n-epochs": "x" },
    });
    expect(paths(runRule(hyperbandResources, request))).toEqual([
      "TrainingJobDefinitions[0].StaticHyperParameters.num_epochs",
      "TrainingJobDefinitions[1].StaticHyperParameters.n-epochs",
    ]);
  });

  it("ignores the epochs value when MaxResource is set", () => {
    expect(runRule(hyperbandResources, resources(1, 100, { epochs: "abc" }))).toEqual([]);
  });

  it("points out an epochs name in another case", () => {
    const [problem] = runRule(hyperbandResources, resources(1, undefined, { Epochs: "50" }));
    expect(problem?.message).toContain("`Epochs` does not count");
    expect(problem?.message).toContain("`epochs`");
  });
});

describe("grid-categorical-only rule", () => {
  it("rejects integer and continuous ranges with Grid", () => {
    const request = single({ [`${config}.Strategy`]: "Grid" });
    expect(paths(runRule(gridCategoricalOnly, request))).toEqual([
      `${config}.ParameterRanges.ContinuousParameterRanges`,
    ]);
  });

  it("accepts categorical ranges with Grid and anything with Random", () => {
    expect(runRule(gridCategoricalOnly, discrete("Grid", 6))).toEqual([]);
    expect(runRule(gridCategoricalOnly, single({ [`${config}.Strategy`]: "Random" }))).toEqual([]);
  });
});

describe("grid-job-count rule", () => {
  it("accepts the exact number of combinations or none", () => {
    expect(runRule(gridJobCount, discrete("Grid", 6))).toEqual([]);
    expect(runRule(gridJobCount, discrete("Grid", undefined))).toEqual([]);
  });

  it("rejects one more or one fewer", () => {
    for (const jobs of [5, 7]) {
      const [problem] = runRule(gridJobCount, discrete("Grid", jobs));
      expect(problem?.path).toBe(maxJobs);
      expect(problem?.message).toContain(`equal the 6 combinations`);
      expect(problem?.value).toBe(jobs);
    }
  });

  it("counts distinct values only", () => {
    const ranges = { CategoricalParameterRanges: [{ Name: "a", Values: ["x", "x", "y"] }] };
    expect(
      runRule(gridJobCount, discrete("Grid", 2, { [`${config}.ParameterRanges`]: ranges })),
    ).toEqual([]);
  });
});

describe("too-few-combinations rule", () => {
  it("accepts as many jobs as combinations and rejects one more", () => {
    expect(runRule(tooFewCombinations, discrete("Random", 6))).toEqual([]);
    const [problem] = runRule(tooFewCombinations, discrete("Random", 7));
    expect(problem?.path).toBe(maxJobs);
    expect(problem?.message).toContain("only 6 distinct combinations");
  });

  it("counts integer ranges as max - min + 1 values", () => {
    const ranges = {
      CategoricalParameterRanges: categorical(2),
      IntegerParameterRanges: [{ Name: "depth", MinValue: "3", MaxValue: "5" }],
    };
    const request = (jobs: number) =>
      discrete("Random", jobs, { [`${config}.ParameterRanges`]: ranges });
    expect(runRule(tooFewCombinations, request(6))).toEqual([]);
    expect(runRule(tooFewCombinations, request(7))).toHaveLength(1);
  });

  it("skips search spaces with a continuous range", () => {
    expect(
      runRule(tooFewCombinations, single({ [`${config}.Strategy`]: "Random", [maxJobs]: 1000 })),
    ).toEqual([]);
  });

  it("leaves the Bayesian strategy alone", () => {
    expect(runRule(tooFewCombinations, discrete("Bayesian", 7))).toEqual([]);
  });
});
