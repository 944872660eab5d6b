import { describe, expect, it } from "vitest";
import type { RuntimeSchema } from "../../src/schema/types.js";
import { maxValueDepth, validateStructure } from "../../src/validate/structural.js";
import { byRule, summarize, testSchema, validJob } from "./fixtures.js";

const recursiveSchema: RuntimeSchema = {
  structures: {
    Node: {
      members: {
        Child: { type: { kind: "structure", name: "Node" } },
        Items: { type: { kind: "list", member: { kind: "structure", name: "Node" } } },
      },
    },
  },
  enums: {},
};

describe("validateStructure on hostile input", () => {
  it("reports a getter that throws", () => {
    const job = validJob();
    Object.defineProperty(job, "Count", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const [problem] = validateStructure(job, "Job", testSchema);
    expect(problem?.rule).toBe("unreadable");
    expect(problem?.path).toBe("Count");
    expect(problem?.message).toContain('"boom"');
  });

  it("survives a proxy whose traps all throw", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("get");
        },
        ownKeys: () => {
          throw new Error("keys");
        },
        getPrototypeOf: () => {
          throw new Error("prototype");
        },
        getOwnPropertyDescriptor: () => {
          throw new Error("descriptor");
        },
      },
    );
    expect(summarize(validateStructure(hostile, "Job", testSchema))).toEqual(["type@"]);
    expect(
      summarize(validateStructure({ ...validJob(), Labels: hostile }, "Job", testSchema)),
    ).toEqual(["type@Labels"]);
  });

  it("reports members that a proxy lists but cannot read", () => {
    const hostile = new Proxy(
      { Name: "job" },
      {
        get: () => {
          throw new Error("get");
        },
      },
    );
    const problems = validateStructure(hostile, "Job", testSchema);
    expect(byRule(problems, "unreadable").map((problem) => problem.path)).toEqual(["Name"]);
  });

  it("reports keys that a proxy cannot describe", () => {
    const hostile = new Proxy(
      { Name: "job" },
      {
        getOwnPropertyDescriptor: () => {
          throw new Error("descriptor");
        },
      },
    );
    expect(summarize(validateStructure(hostile, "Job", testSchema))).toEqual(["unreadable@"]);
  });

  it("survives a revoked proxy", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(summarize(validateStructure(proxy, "Job", testSchema))).toEqual(["type@"]);
    expect(summarize(validateStructure({ ...validJob(), Tags: proxy }, "Job", testSchema))).toEqual(
      ["type@Tags"],
    );
  });

  it("survives an array with a throwing element", () => {
    const tags = ["a"];
    Object.defineProperty(tags, 1, {
      enumerable: true,
      get() {
        throw new Error("item");
      },
    });
    const problems = validateStructure({ ...validJob(), Tags: tags }, "Job", testSchema);
    expect(summarize(problems)).toEqual(["unreadable@Tags[1]"]);
  });

  it("reports a cycle in a recursive schema", () => {
    const node: Record<string, unknown> = {};
    node.Child = node;
    expect(summarize(validateStructure(node, "Node", recursiveSchema))).toEqual(["cycle@Child"]);
  });

  it("stops at the depth limit without overflowing the stack", () => {
    let node: Record<string, unknown> = {};
    for (let level = 0; level < 10_000; level++) node = { Child: node };
    const problems = validateStructure(node, "Node", recursiveSchema);
    expect(byRule(problems, "max-depth")).toHaveLength(1);
    expect(problems[0]?.path.split(".")).toHaveLength(maxValueDepth);
  });

  it("handles a large array quickly", () => {
    const tags = Array.from({ length: 200_000 }, () => "a");
    const started = performance.now();
    const problems = validateStructure({ ...validJob(), Tags: tags }, "Job", testSchema);
    expect(summarize(problems)).toEqual(["max-items@Tags"]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("handles a long misspelt key and a long enum value", () => {
    const key = "x".repeat(1_000_000);
    const problems = validateStructure(
      { ...validJob(), [key]: 1, Mode: "y".repeat(1_000_000) },
      "Job",
      testSchema,
    );
    expect(problems.map((problem) => problem.rule).sort()).toEqual(["enum", "unknown-member"]);
  });

  it("ignores symbol keys and non-enumerable members", () => {
    const job = validJob();
    Object.defineProperty(job, "Hidden", { value: 1, enumerable: false });
    (job as Record<symbol, unknown>)[Symbol("tag")] = 1;
    expect(validateStructure(job, "Job", testSchema)).toEqual([]);
  });

  it("rejects class instances where a structure is expected", () => {
    class Limits {
      MaxRuntime = 60;
    }
    expect(
      summarize(validateStructure({ ...validJob(), Limits: new Limits() }, "Job", testSchema)),
    ).toEqual(["type@Limits"]);
  });
});
