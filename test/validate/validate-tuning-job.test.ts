import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors.js";
import type { RuntimeSchema } from "../../src/schema/types.js";
import {
  assertValidTuningJob,
  semanticRules,
  validateTuningJob,
} from "../../src/validate/index.js";
import { runRules, validateRequest } from "../../src/validate/run.js";
import type { SemanticRule } from "../../src/validate/rules/types.js";
import { caseRequest, summarize, withChanges } from "./fixtures.js";

const stopping = "TrainingJobDefinition.StoppingCondition";

describe("validateTuningJob", () => {
  it("returns a valid request unchanged", () => {
    const input = caseRequest("valid-bayesian-custom-image.json");
    const result = validateTuningJob(input);
    expect(result.valid).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.request).toBe(input);
  });

  it("warns about integer notation from numberTexts", () => {
    const path = `${stopping}.MaxRuntimeInSeconds`;
    const input = caseRequest("valid-bayesian-custom-image.json");
    const result = validateTuningJob(input, { numberTexts: new Map([[path, "3.6e3"]]) });

    expect(result.valid).toBe(true);
    expect(summarize(result.problems)).toEqual([`integer-notation@${path}`]);
    expect(result.request).toBe(input);
    expect(
      validateTuningJob(input, { numberTexts: new Map([[path, "3.6e3"]]), strict: true }).valid,
    ).toBe(false);
  });

  it("accepts constructor and prototype as names", () => {
    const input = withChanges(caseRequest("valid-bayesian-custom-image.json"), {
      "TrainingJobDefinition.StaticHyperParameters": { constructor: "1", prototype: "2" },
      "TrainingJobDefinition.Environment": { constructor: "1", prototype: "2" },
    });
    const result = validateTuningJob(input);
    expect(result.problems).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("rejects __proto__ as a hyperparameter name", () => {
    const input = caseRequest("valid-bayesian-custom-image.json");
    const definition = input.TrainingJobDefinition as Record<string, unknown>;
    definition.StaticHyperParameters = JSON.parse('{"__proto__": "1"}') as unknown;
    expect(summarize(validateTuningJob(input).problems)).toEqual([
      "reserved-key@TrainingJobDefinition.StaticHyperParameters.__proto__",
    ]);
  });

  it("shows an infinite volume size as Infinity", () => {
    const input = withChanges(caseRequest("valid-bayesian-custom-image.json"), {
      "TrainingJobDefinition.ResourceConfig.VolumeSizeInGB": Number.POSITIVE_INFINITY,
    });
    const [problem, ...others] = validateTuningJob(input).problems;
    expect(others).toEqual([]);
    expect(problem?.path).toBe("TrainingJobDefinition.ResourceConfig.VolumeSizeInGB");
    expect(problem?.message).toContain("but received a number Infinity,");
  });

  it("keeps the structural problem when a rule reports the same path", () => {
    const result = validateTuningJob(caseRequest("invalid-max-wait-without-spot.json"));
    expect(result.valid).toBe(false);
    expect(result.request).toBeUndefined();
    expect(summarize(result.problems)).toEqual([`only-when@${stopping}.MaxWaitTimeInSeconds`]);
  });

  it("keeps a rule's problem at a path the structural pass did not report", () => {
    const input = withChanges(caseRequest("valid-spot-with-checkpoint.json"), {
      [`${stopping}.MaxWaitTimeInSeconds`]: 1800,
    });
    expect(summarize(validateTuningJob(input).problems)).toEqual([
      `max-wait-at-least-runtime@${stopping}.MaxWaitTimeInSeconds`,
    ]);
  });

  it("sorts problems by path, then rule", () => {
    const input = withChanges(caseRequest("valid-bayesian-custom-image.json"), {
      HyperParameterTuningJobName: undefined,
      [`${stopping}.MaxRuntimeInSeconds`]: 0,
      "HyperParameterTuningJobConfig.Strategy": "bayesian",
    });
    expect(summarize(validateTuningJob(input).problems)).toEqual([
      "enum@HyperParameterTuningJobConfig.Strategy",
      "required@HyperParameterTuningJobName",
      `min-value@${stopping}.MaxRuntimeInSeconds`,
    ]);
  });

  it("turns warnings into errors in strict mode", () => {
    const input = caseRequest("warn-tuning-timeout-shorter-than-job.json");
    expect(validateTuningJob(input).valid).toBe(true);
    const strict = validateTuningJob(input, { strict: true });
    expect(strict.valid).toBe(false);
    expect(strict.request).toBeUndefined();
    expect(strict.problems.map((problem) => [problem.severity, problem.rule])).toEqual([
      ["error", "tuning-timeout-shorter-than-job"],
    ]);
  });

  it("never throws on inputs that are not requests", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [null, undefined, 42, "job", [], [1], new Map(), proxy, Symbol("x")]) {
      const result = validateTuningJob(input);
      expect(result.valid).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });

  it("runs every rule with a distinct name", () => {
    const names = semanticRules.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe("assertValidTuningJob", () => {
  it("returns the request when valid", () => {
    const input = caseRequest("valid-multi-algorithm.json");
    expect(assertValidTuningJob(input)).toBe(input);
  });

  it("throws a ValidationError carrying every problem", () => {
    const input = caseRequest("invalid-missing-name-and-typo.json");
    let caught: unknown;
    try {
      assertValidTuningJob(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const error = caught as ValidationError;
    expect(error.problems.length).toBeGreaterThanOrEqual(2);
    expect(error.message).toContain("HyperParameterTuningJobName");
  });

  it("throws on warnings only in strict mode", () => {
    const input = caseRequest("warn-json-encoded-hyperparameters.json");
    expect(assertValidTuningJob(input)).toBe(input);
    expect(() => assertValidTuningJob(input, { strict: true })).toThrow(ValidationError);
  });
});

describe("runRules", () => {
  it("turns a rule that throws into an error", () => {
    const broken: SemanticRule = {
      name: "broken-rule",
      check() {
        throw new Error("bug");
      },
    };
    const [problem] = runRules({}, [broken]);
    expect(problem?.severity).toBe("error");
    expect(problem?.rule).toBe("broken-rule");
    expect(problem?.message).toContain('"bug"');
  });
});

describe("validateRequest", () => {
  const schema: RuntimeSchema = {
    structures: {
      S: { members: { A: { type: { kind: "number", integer: true, constraints: { max: 5 } } } } },
    },
    enums: {},
  };

  function rule(name: string, severity: "error" | "warning", path: string): SemanticRule {
    return { name, check: () => [{ severity, path, rule: name, message: "m" }] };
  }

  it("drops a rule's problem only at the same path and severity", () => {
    const validator = {
      schema,
      structure: "S",
      rules: [
        rule("same", "error", "A"),
        rule("warned", "warning", "A"),
        rule("other", "error", "B"),
      ],
    };
    expect(summarize(validateRequest({ A: 9 }, validator).problems)).toEqual([
      "max-value@A",
      "warned@A",
      "other@B",
    ]);
  });

  it("counts a request with warnings only as valid", () => {
    const validator = { schema, structure: "S", rules: [rule("warned", "warning", "A")] };
    expect(validateRequest({ A: 1 }, validator).valid).toBe(true);
    expect(validateRequest({ A: 1 }, validator, { strict: true }).valid).toBe(false);
  });
});
