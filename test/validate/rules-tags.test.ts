import { describe, expect, it } from "vitest";
import { validateTuningJob } from "../../src/validate/index.js";
import { uniqueTagKeys } from "../../src/validate/rules/tags.js";
import { paths, runRule, single } from "./rule-helpers.js";

describe("unique-tag-keys rule", () => {
  it("rejects the second use of a key", () => {
    const request = single({
      Tags: [
        { Key: "team", Value: "ml" },
        { Key: "team", Value: "data" },
      ],
    });
    const [problem, ...others] = runRule(uniqueTagKeys, request);
    expect(others).toEqual([]);
    expect(problem?.severity).toBe("error");
    expect(problem?.path).toBe("Tags[1].Key");
    expect(problem?.value).toBe("team");
    expect(problem?.message).toContain('is "team", which `Tags[0].Key` already uses');
  });

  it("reports every repetition", () => {
    const tags = ["a", "b", "a", "a", "b"].map((key) => ({ Key: key, Value: "x" }));
    expect(paths(runRule(uniqueTagKeys, single({ Tags: tags })))).toEqual([
      "Tags[2].Key",
      "Tags[3].Key",
      "Tags[4].Key",
    ]);
  });

  it("accepts distinct keys and keys differing in case", () => {
    const tags = [
      { Key: "team", Value: "ml" },
      { Key: "Team", Value: "ml" },
      { Key: "project", Value: "ml" },
    ];
    expect(runRule(uniqueTagKeys, single({ Tags: tags }))).toEqual([]);
    expect(runRule(uniqueTagKeys, single())).toEqual([]);
  });

  it("skips entries without a string key", () => {
    const tags = [{ Value: "x" }, { Value: "y" }, "team", { Key: 1 }, { Key: 1 }];
    expect(runRule(uniqueTagKeys, single({ Tags: tags }))).toEqual([]);
  });
});

describe("validateTuningJob with repeated tag keys", () => {
  it("is invalid", () => {
    const request = single({
      Tags: [
        { Key: "team", Value: "ml" },
        { Key: "team", Value: "ml" },
      ],
    });
    const result = validateTuningJob(request);
    expect(result.valid).toBe(false);
    expect(result.problems.map(({ rule, path }) => `${rule}@${path}`)).toEqual([
      "unique-tag-keys@Tags[1].Key",
    ]);
  });
});
