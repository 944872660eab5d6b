import { describe, expect, it } from "vitest";
import {
  definitionCount,
  definitionName,
  earlyStoppingSingleDefinition,
  listedDefinitionSettings,
  objectiveRequired,
  oneDefinitionForm,
  tuningJobName,
  warmStartSingleDefinition,
} from "../../src/validate/rules/definitions.js";
import { multi, paths, runRule, single } from "./rule-helpers.js";

describe("tuning-job-name rule", () => {
  it("accepts 32 characters and rejects 33", () => {
    expect(runRule(tuningJobName, single({ HyperParameterTuningJobName: "a".repeat(32) }))).toEqual(
      [],
    );
    const [problem] = runRule(
      tuningJobName,
      single({ HyperParameterTuningJobName: "a".repeat(33) }),
    );
    expect(problem?.path).toBe("HyperParameterTuningJobName");
    expect(problem?.message).toContain("(33 characters)");
  });

  it("rejects a hyphen at either end and other characters", () => {
    for (const name of ["-job", "job-", "job_1", "", "jöb"]) {
      const problems = runRule(tuningJobName, single({ HyperParameterTuningJobName: name }));
      expect(problems, name).toHaveLength(1);
    }
    expect(runRule(tuningJobName, single({ HyperParameterTuningJobName: "a--b-1" }))).toEqual([]);
  });

  it("names the received value", () => {
    const [problem] = runRule(tuningJobName, single({ HyperParameterTuningJobName: "my_job" }));
    expect(problem?.message).toContain('"my_job"');
    expect(problem?.value).toBe("my_job");
  });

  it("skips a name that is not a string", () => {
    expect(runRule(tuningJobName, single({ HyperParameterTuningJobName: 7 }))).toEqual([]);
  });
});

describe("definition-name rule", () => {
  it("accepts 64 characters and rejects 65", () => {
    const inside = multi({ "TrainingJobDefinitions[0].DefinitionName": "d".repeat(64) });
    expect(runRule(definitionName, inside)).toEqual([]);
    const outside = multi({ "TrainingJobDefinitions[0].DefinitionName": "d".repeat(65) });
    expect(paths(runRule(definitionName, outside))).toEqual([
      "TrainingJobDefinitions[0].DefinitionName",
    ]);
  });

  it("rejects a repeated name at the later definition", () => {
    const request = multi({ "TrainingJobDefinitions[1].DefinitionName": "xgb-def" });
    const [problem] = runRule(definitionName, request);
    expect(problem?.path).toBe("TrainingJobDefinitions[1].DefinitionName");
    expect(problem?.message).toContain('"xgb-def"');
  });
});

describe("one-definition-form rule", () => {
  it("accepts either form alone", () => {
    expect(runRule(oneDefinitionForm, single())).toEqual([]);
    expect(runRule(oneDefinitionForm, multi())).toEqual([]);
  });

  it("rejects both forms at TrainingJobDefinitions", () => {
    const both = single({ TrainingJobDefinitions: multi().TrainingJobDefinitions });
    expect(paths(runRule(oneDefinitionForm, both))).toEqual(["TrainingJobDefinitions"]);
  });

  it("rejects neither form at the request", () => {
    const [problem] = runRule(oneDefinitionForm, single({ TrainingJobDefinition: undefined }));
    expect(problem?.path).toBe("");
    expect(problem?.message).toContain("sets neither");
  });
});

describe("definition-count rule", () => {
  it("accepts 10 definitions and rejects 11 or none", () => {
    const definition = (multi().TrainingJobDefinitions as unknown[])[0];
    const list = (count: number) =>
      multi({ TrainingJobDefinitions: Array(count).fill(definition) });
    expect(runRule(definitionCount, list(10))).toEqual([]);
    const [tooMany] = runRule(definitionCount, list(11));
    expect(tooMany?.path).toBe("TrainingJobDefinitions");
    expect(tooMany?.message).toContain("contains 11");
    expect(paths(runRule(definitionCount, list(0)))).toEqual(["TrainingJobDefinitions"]);
  });
});

describe("listed-definition-settings rule", () => {
  it("requires each definition's objective and ranges", () => {
    expect(runRule(listedDefinitionSettings, multi())).toEqual([]);
    const request = multi({
      "TrainingJobDefinitions[1].TuningObjective": undefined,
      "TrainingJobDefinitions[1].HyperParameterRanges": undefined,
    });
    expect(paths(runRule(listedDefinitionSettings, request))).toEqual([
      "TrainingJobDefinitions[1].TuningObjective",
      "TrainingJobDefinitions[1].HyperParameterRanges",
    ]);
  });

  it("does not apply to the single definition", () => {
    expect(runRule(listedDefinitionSettings, single())).toEqual([]);
  });
});

describe("objective-required rule", () => {
  const withoutObjective = {
    "HyperParameterTuningJobConfig.HyperParameterTuningJobObjective": undefined,
  };

  it("requires an objective for Bayesian and Hyperband", () => {
    for (const strategy of ["Bayesian", "Hyperband"]) {
      const request = single({
        ...withoutObjective,
        "HyperParameterTuningJobConfig.Strategy": strategy,
      });
      expect(paths(runRule(objectiveRequired, request))).toEqual([
        "HyperParameterTuningJobConfig.HyperParameterTuningJobObjective",
      ]);
    }
  });

  it("leaves Random and the list form alone", () => {
    const random = single({
      ...withoutObjective,
      "HyperParameterTuningJobConfig.Strategy": "Random",
    });
    expect(runRule(objectiveRequired, random)).toEqual([]);
    expect(runRule(objectiveRequired, multi())).toEqual([]);
  });
});

describe("single-algorithm features", () => {
  const warmStart = { ParentHyperParameterTuningJobs: [], WarmStartType: "TransferLearning" };

  it("rejects warm start with several definitions", () => {
    expect(
      paths(runRule(warmStartSingleDefinition, multi({ WarmStartConfig: warmStart }))),
    ).toEqual(["WarmStartConfig"]);
    expect(runRule(warmStartSingleDefinition, single({ WarmStartConfig: warmStart }))).toEqual([]);
  });

  it("rejects automatic early stopping with several definitions", () => {
    const path = "HyperParameterTuningJobConfig.TrainingJobEarlyStoppingType";
    const [problem] = runRule(earlyStoppingSingleDefinition, multi({ [path]: "Auto" }));
    expect(problem?.path).toBe(path);
    expect(problem?.value).toBe("Auto");
    expect(runRule(earlyStoppingSingleDefinition, multi({ [path]: "Off" }))).toEqual([]);
    expect(runRule(earlyStoppingSingleDefinition, single({ [path]: "Auto" }))).toEqual([]);
  });
});
