import { describe, expect, it } from "vitest";

import { normalizeRequest } from "../../src/io/index.js";
import { normalizeValue } from "../../src/io/normalize.js";
import type { RuntimeSchema } from "../../src/schema/types.js";
import { loadCases } from "../support/cases.js";

const schema: RuntimeSchema = {
  structures: {
    Job: {
      members: {
        Name: { type: { kind: "string" } },
        Limits: { type: { kind: "structure", name: "Limits" } },
        Tags: { type: { kind: "list", member: { kind: "structure", name: "Tag" } } },
        Environment: { type: { kind: "map", key: { kind: "string" }, value: { kind: "string" } } },
      },
    },
    Limits: {
      members: {
        Min: { type: { kind: "number", integer: true } },
        Max: { type: { kind: "number", integer: true } },
      },
    },
    Tag: { members: { Key: { type: { kind: "string" } }, Value: { type: { kind: "string" } } } },
  },
  enums: {},
};

describe("normalizeValue", () => {
  it("orders members like the model", () => {
    const value = {
      Tags: [{ Value: "v", Key: "k" }],
      Environment: { Z: "1", A: "2" },
      Limits: { Max: 2, Min: 1 },
      Name: "job",
    };
    const normalized = normalizeValue(schema, { kind: "structure", name: "Job" }, value);

    expect(JSON.stringify(normalized)).toBe(
      '{"Name":"job","Limits":{"Min":1,"Max":2},"Tags":[{"Key":"k","Value":"v"}],"Environment":{"Z":"1","A":"2"}}',
    );
  });

  it("keeps unknown members last and drops undefined", () => {
    const value = { Extra: 1, Name: "job", Limits: undefined };
    const normalized = normalizeValue(schema, { kind: "structure", name: "Job" }, value);

    expect(JSON.stringify(normalized)).toBe('{"Name":"job","Extra":1}');
  });
});

describe("normalizeRequest", () => {
  it.each(loadCases().map((entry) => [entry.file, entry.request]))(
    "keeps every value of %s",
    (_file, request) => {
      expect(normalizeRequest(request)).toEqual(request);
    },
  );

  it("puts the job name first", () => {
    const normalized = normalizeRequest({ Tags: [], HyperParameterTuningJobName: "job" });

    expect(Object.keys(normalized)).toEqual(["HyperParameterTuningJobName", "Tags"]);
  });
});
