import { describe, expect, it } from "vitest";
import type { RuntimeSchema } from "../../src/schema/types.js";
import { describeType, formatValue, indefiniteArticle } from "../../src/validate/describe.js";
import { validateTuningJob } from "../../src/validate/index.js";
import { tuningJobName } from "../../src/validate/rules/definitions.js";
import { gridJobCount, tooFewCombinations } from "../../src/validate/rules/strategy.js";
import { validateStructure } from "../../src/validate/structural.js";
import { caseRequest, withChanges } from "./fixtures.js";
import { runRule, single } from "./rule-helpers.js";

/** A structure whose limits are all 1, to check singular units. */
const singleSchema: RuntimeSchema = {
  structures: {
    One: {
      members: {
        Short: { type: { kind: "string", constraints: { min: 1, max: 1 } } },
        List: {
          type: { kind: "list", member: { kind: "string" }, constraints: { min: 1, max: 1 } },
        },
        Map: {
          type: {
            kind: "map",
            key: { kind: "string" },
            value: { kind: "string" },
            constraints: { min: 1, max: 1 },
          },
        },
      },
    },
  },
  enums: {},
};

function messagesFor(value: Record<string, unknown>): string[] {
  return validateStructure(value, "One", singleSchema).map(({ message }) => message);
}

describe("units in messages", () => {
  it("uses the singular for one character", () => {
    const [tooShort] = messagesFor({ Short: "" });
    expect(tooShort).toContain("must be at least 1 character long but");
    const [tooLong] = messagesFor({ Short: "ab" });
    expect(tooLong).toContain("must be at most 1 character long but");
  });

  it("uses the singular for one item", () => {
    const [tooFew] = messagesFor({ List: [] });
    expect(tooFew).toContain("must have at least 1 item but has 0,");
    const [tooMany] = messagesFor({ List: ["a", "b"] });
    expect(tooMany).toContain("must have at most 1 item but has 2,");
  });

  it("uses the singular for one entry", () => {
    const [tooFew] = messagesFor({ Map: {} });
    expect(tooFew).toContain("must have at least 1 entry but has 0,");
    const [tooMany] = messagesFor({ Map: { a: "1", b: "2" } });
    expect(tooMany).toContain("must have at most 1 entry but has 2,");
  });

  it("keeps the plural for other counts", () => {
    const problems = validateTuningJob(caseRequest("invalid-categorical-limits.json")).problems;
    const messages = problems.map(({ message }) => message).join("\n");
    expect(messages).toContain("at most 30 items but has 31");
    expect(messages).toContain("at most 256 characters long");
  });

  it("counts one character of a job name", () => {
    const [problem] = runRule(tuningJobName, single({ HyperParameterTuningJobName: "-" }));
    expect(problem?.message).toContain("(1 character)");
  });

  it("counts one combination", () => {
    const config = "HyperParameterTuningJobConfig";
    const oneValue = { CategoricalParameterRanges: [{ Name: "booster", Values: ["gbtree"] }] };
    const request = (strategy: string) =>
      single({
        [`${config}.Strategy`]: strategy,
        [`${config}.ResourceLimits.MaxNumberOfTrainingJobs`]: 2,
        [`${config}.ParameterRanges`]: oneValue,
      });
    const [grid] = runRule(gridJobCount, request("Grid"));
    expect(grid?.message).toContain("must equal the 1 combination of");
    const [random] = runRule(tooFewCombinations, request("Random"));
    expect(random?.message).toContain("gives only 1 distinct combination,");
  });
});

describe("indefiniteArticle", () => {
  it.each([
    ["OutputDataConfig", "an"],
    ["AlgorithmSpecification", "an"],
    ["InstanceGroup", "an"],
    ["ExperimentConfig", "an"],
    ["S3DataSource", "an"],
    ["HPOConfig", "an"],
    ["Upload", "an"],
    ["Channel", "a"],
    ["VpcConfig", "a"],
    ["HyperParameterTuningJobConfig", "a"],
    ["UserSettings", "a"],
    ["UniformConfig", "a"],
    ["URL", "a"],
    ["EuropeanRegion", "a"],
    ["OneTime", "a"],
  ])("chooses the article for %s", (name, article) => {
    expect(indefiniteArticle(name)).toBe(article);
  });
});

describe("describeType articles", () => {
  it("writes an before a vowel sound", () => {
    expect(describeType({ kind: "structure", name: "OutputDataConfig" })).toBe(
      "an `OutputDataConfig` object",
    );
    expect(describeType({ kind: "enum", name: "AutotuneMode" })).toBe("an `AutotuneMode` value");
    expect(describeType({ kind: "union", name: "S3Source" })).toBe(
      "an `S3Source` object with exactly one member set",
    );
    expect(describeType({ kind: "structure", name: "Channel" })).toBe("a `Channel` object");
  });

  it("reaches the request messages", () => {
    const request = withChanges(caseRequest("valid-bayesian-custom-image.json"), {
      "TrainingJobDefinition.OutputDataConfig": "s3://amzn-s3-demo-bucket/out/",
    });
    const [problem] = validateTuningJob(request).problems;
    expect(problem?.message).toContain("expects an `OutputDataConfig` object");
  });
});

describe("cut values", () => {
  it("keeps the closing quote of a long string", () => {
    const text = formatValue("a".repeat(200));
    expect(text.startsWith('"aaaa')).toBe(true);
    expect(text.endsWith('..."')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(80);
  });

  it("shows the closing quote in a length message", () => {
    const request = withChanges(caseRequest("valid-bayesian-custom-image.json"), {
      HyperParameterTuningJobName: "a".repeat(300),
    });
    const messages = validateTuningJob(request).problems.map(({ message }) => message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(/"a+\.\.\."/);
  });
});
