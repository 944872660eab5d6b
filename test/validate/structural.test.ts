import { describe, expect, it } from "vitest";
import type { EnumName } from "../../generated/enums.js";
import { $enumValue } from "../../src/escape-hatch.js";
import type { RuntimeSchema } from "../../src/schema/types.js";
import { validateStructure } from "../../src/validate/structural.js";
import { byRule, summarize, testSchema, validJob } from "./fixtures.js";

function check(overrides: Record<string, unknown>, drop: string[] = []) {
  const job: Record<string, unknown> = { ...validJob(), ...overrides };
  for (const key of drop) delete job[key];

  return validateStructure(job, "Job", testSchema);
}

describe("validateStructure basics", () => {
  it("accepts a valid value", () => {
    expect(check({})).toEqual([]);
  });

  it("prefixes paths", () => {
    const problems = validateStructure({ ...validJob(), Count: 0 }, "Job", testSchema, "Outer");
    expect(summarize(problems)).toEqual(["min-value@Outer.Count"]);
  });

  it("reports every problem, not only the first", () => {
    const problems = check({ Count: 0, Ratio: 2, Mode: "Stream" }, ["Name"]);
    expect(summarize(problems).sort()).toEqual([
      "enum@Mode",
      "max-value@Ratio",
      "min-value@Count",
      "required@Name",
    ]);
  });

  it("rejects a non-object request", () => {
    const [problem] = validateStructure("job", "Job", testSchema);
    expect(problem?.rule).toBe("type");
    expect(problem?.path).toBe("");
    expect(problem?.message).toMatch(
      /^The request expects a `Job` object but received a string "job"/,
    );
  });

  it("reports a structure missing from the tables", () => {
    expect(summarize(validateStructure({}, "Missing", testSchema))).toEqual(["schema@"]);
  });
});

describe("validateStructure members", () => {
  it("reports a missing required member", () => {
    const [problem] = check({}, ["Name"]);
    expect(problem?.rule).toBe("required");
    expect(problem?.path).toBe("Name");
    expect(problem?.message).toContain("`Name` is required in `Job`");
  });

  it("treats undefined as absent and null as a type error", () => {
    expect(summarize(check({ Name: undefined }))).toEqual(["required@Name"]);
    expect(summarize(check({ Count: null }))).toEqual(["type@Count"]);
  });

  it("suggests every member at the smallest distance", () => {
    const [problem] = check({ Nmae: "x" });
    expect(problem?.rule).toBe("unknown-member");
    expect(problem?.path).toBe("Nmae");
    expect(problem?.message).toContain("did you mean `Image` or `Name`?");
  });

  it("suggests a member that differs only in case", () => {
    const [problem] = check({ count: 3 });
    expect(problem?.message).toContain("did you mean `Count`?");
  });

  it("omits the suggestion when nothing is close", () => {
    const [problem] = check({ Completely: 1 });
    expect(problem?.rule).toBe("unknown-member");
    expect(problem?.message).not.toContain("did you mean");
  });

  it("reports __proto__ without polluting prototypes", () => {
    const job = JSON.parse('{"Name":"a","Image":"i","__proto__":{"polluted":true}}');
    const problems = validateStructure(job, "Job", testSchema);
    expect(summarize(problems)).toEqual(["reserved-key@__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads constructor and prototype as own keys", () => {
    const unknown = validateStructure({ ...validJob(), constructor: 1 }, "Job", testSchema);
    expect(summarize(unknown)).toEqual(["unknown-member@constructor"]);
    const labels = { TEAM: "ml", constructor: "x" };
    const problems = validateStructure({ ...validJob(), Labels: labels }, "Job", testSchema);
    expect(summarize(problems)).toEqual(["pattern@Labels.constructor"]);
  });
});

describe("validateStructure strings", () => {
  it("checks the minimum and maximum length", () => {
    expect(check({ Name: "abcdefgh" })).toEqual([]);
    expect(summarize(check({ Name: "abcdefghi" }))).toEqual(["max-length@Name"]);
    expect(summarize(check({ Name: "" }))).toEqual(["min-length@Name", "pattern@Name"]);
  });

  it("counts code points, not UTF-16 units", () => {
    expect(check({ Tags: ["😀😀😀😀"] })).toEqual([]);
    expect(summarize(check({ Tags: ["😀😀😀😀😀"] }))).toEqual(["max-length@Tags[0]"]);
  });

  it("matches the pattern against the whole value", () => {
    const [problem] = check({ Name: "Job" });
    expect(problem?.rule).toBe("pattern");
    expect(problem?.message).toContain('"Job"');
    expect(summarize(check({ Name: "job!" }))).toEqual(["pattern@Name"]);
  });

  it("skips a pattern that does not compile", () => {
    const schema: RuntimeSchema = {
      structures: {
        S: { members: { A: { type: { kind: "string", constraints: { pattern: "(" } } } } },
      },
      enums: {},
    };
    expect(validateStructure({ A: "anything" }, "S", schema)).toEqual([]);
  });

  it("compiles Unicode property patterns", () => {
    const schema: RuntimeSchema = {
      structures: {
        S: { members: { A: { type: { kind: "string", constraints: { pattern: "[\\p{L}]+" } } } } },
      },
      enums: {},
    };
    expect(validateStructure({ A: "Größe" }, "S", schema)).toEqual([]);
    expect(summarize(validateStructure({ A: "a1" }, "S", schema))).toEqual(["pattern@A"]);
  });

  it("quotes a number as the document writes it", () => {
    const job = { ...validJob(), Name: 31 };
    const [problem] = validateStructure(job, "Job", testSchema, "", new Map([["Name", "0x1F"]]));

    expect(problem?.path).toBe("Name");
    expect(problem?.message).toContain("received a number 31 (written 0x1F)");
    expect(problem?.message).toContain(
      'quote it as written, "0x1F", or as the number it reads as, "31"',
    );
  });

  it("quotes a number written as it prints", () => {
    const job = { ...validJob(), Name: 31 };
    const [problem] = validateStructure(job, "Job", testSchema, "", new Map([["Name", "31"]]));

    expect(problem?.message).toContain('so quote it: "31".');
  });

  it("shows a bigint with its suffix", () => {
    const [name] = check({ Name: 5n });
    const [count] = check({ Count: 5n });

    expect(name?.message).toContain("received a bigint 5n");
    expect(name?.message).toContain('so quote its digits: "5".');
    expect(count?.message).toContain("received a bigint 5n");
    expect(count?.message).toContain("so pass it as a number: 5.");
  });

  it("asks to quote a number given for a string", () => {
    const [problem] = check({ Name: 5 });
    expect(problem?.rule).toBe("type");
    expect(problem?.message).toContain('quote it: "5"');
  });
});

describe("validateStructure numbers and booleans", () => {
  it("checks the range just inside and outside", () => {
    expect(check({ Count: 1 })).toEqual([]);
    expect(check({ Count: 10 })).toEqual([]);
    expect(summarize(check({ Count: 11 }))).toEqual(["max-value@Count"]);
    expect(summarize(check({ Count: 0 }))).toEqual(["min-value@Count"]);
  });

  it("asks to drop the quotes of a numeric string", () => {
    const [problem] = check({ Count: "3" });
    expect(problem?.rule).toBe("type");
    expect(problem?.message).toContain("drop the quotes: 3");
  });

  it("warns about an integer written as a float", () => {
    for (const written of ["3.0", "3e0", "0.3E1", "3.", "+3.00"]) {
      const job = { ...validJob(), Count: 3 };
      const problems = validateStructure(job, "Job", testSchema, "", new Map([["Count", written]]));

      expect(summarize(problems), written).toEqual(["integer-notation@Count"]);
      expect(problems[0]?.severity, written).toBe("warning");
      expect(problems[0]?.value, written).toBe(3);
      expect(problems[0]?.message, written).toContain(`the AWS CLI rejects ${written} there`);
      expect(problems[0]?.message, written).toContain("so write it as 3 ");
    }
  });

  it("accepts other notations of an integer", () => {
    for (const written of ["0x3", "0o3", "+3", "03"]) {
      const job = { ...validJob(), Count: 3 };
      const numberTexts = new Map([["Count", written]]);

      expect(validateStructure(job, "Job", testSchema, "", numberTexts), written).toEqual([]);
    }
  });

  it("accepts a float written as a float", () => {
    const job = { ...validJob(), Ratio: 0.5 };
    const numberTexts = new Map([["Ratio", "5e-1"]]);

    expect(validateStructure(job, "Job", testSchema, "", numberTexts)).toEqual([]);
  });

  it("requires integers where the model says so", () => {
    expect(summarize(check({ Count: 2.5 }))).toEqual(["type@Count"]);
    expect(check({ Ratio: 0.25 })).toEqual([]);
  });

  it("rejects non-finite numbers", () => {
    expect(summarize(check({ Ratio: Number.NaN }))).toEqual(["type@Ratio"]);
    expect(summarize(check({ Ratio: Number.POSITIVE_INFINITY }))).toEqual(["type@Ratio"]);
  });

  it("shows non-finite numbers by name", () => {
    const cases: Array<[number, string]> = [
      [Number.POSITIVE_INFINITY, "received a number Infinity,"],
      [Number.NEGATIVE_INFINITY, "received a number -Infinity,"],
      [Number.NaN, "received a number NaN,"],
    ];
    for (const [value, expected] of cases) {
      const [problem] = check({ Count: value });
      expect(problem?.message).toContain(expected);
      expect(problem?.message).not.toContain("null");
    }
  });

  it("asks to drop the quotes of a boolean string", () => {
    const [problem] = check({ Enabled: "true" });
    expect(problem?.message).toContain("drop the quotes: true");
  });
});

describe("validateStructure timestamps, blobs and documents", () => {
  it("accepts dates, ISO-8601 strings and epoch seconds", () => {
    expect(check({ Started: new Date(0) })).toEqual([]);
    expect(check({ Started: "2024-05-01T10:00:00Z" })).toEqual([]);
    expect(check({ Started: 1_700_000_000 })).toEqual([]);
  });

  it("rejects invalid timestamps", () => {
    expect(summarize(check({ Started: new Date(Number.NaN) }))).toEqual(["type@Started"]);
    expect(summarize(check({ Started: "yesterday" }))).toEqual(["type@Started"]);
  });

  it("accepts binary data and base64 text only", () => {
    expect(check({ Payload: new Uint8Array([1, 2]) })).toEqual([]);
    expect(check({ Payload: "aGVsbG8=" })).toEqual([]);
    expect(summarize(check({ Payload: "not base64!" }))).toEqual(["type@Payload"]);
  });

  it("limits document nesting to 64 levels", () => {
    const nest = (levels: number): unknown => (levels === 0 ? 1 : { a: nest(levels - 1) });
    expect(check({ Extra: nest(64) })).toEqual([]);
    expect(byRule(check({ Extra: nest(65) }), "max-depth")).toHaveLength(1);
  });

  it("rejects values JSON cannot carry inside documents", () => {
    const problems = check({ Extra: { list: [1, Number.NaN], call: () => 1 } });
    expect(summarize(problems)).toEqual(["type@Extra.list[1]", "type@Extra.call"]);
  });

  it("reports a cycle inside a document", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(summarize(check({ Extra: cyclic }))).toEqual(["cycle@Extra.self"]);
  });
});

describe("validateStructure enums", () => {
  it("lists the closest values and how many exist", () => {
    const [problem] = check({ Mode: "pipe" });
    expect(problem?.rule).toBe("enum");
    expect(problem?.message).toContain('one of 3 `Mode` values: "Pipe", "File", "FastFile"');
    expect(problem?.message).toContain('received "pipe"');
  });

  it("shows at most eight of many values", () => {
    const values = Array.from({ length: 20 }, (_, index) => `ml.m5.size${index}`);
    const schema: RuntimeSchema = {
      structures: { S: { members: { T: { type: { kind: "enum", name: "T" } } } } },
      enums: { T: values },
    };
    const [problem] = validateStructure({ T: "ml.m5.size1x" }, "S", schema);
    expect(problem?.message).toContain("one of 20 `T` values, the closest being");
    expect(problem?.message.match(/"ml\.m5\.size\d+"/g)).toHaveLength(8);
  });

  it("accepts a value admitted with $enumValue", () => {
    expect(summarize(check({ Mode: "Stream2" }))).toEqual(["enum@Mode"]);
    // The fixture's enum is called Mode, which is not an SDK enum name, hence the cast.
    $enumValue("Mode" as EnumName, "Stream2");
    expect(check({ Mode: "Stream2" })).toEqual([]);
  });

  it("admits a value only for its own enum", () => {
    $enumValue("TrainingInputMode", "Stream3");

    expect(summarize(check({ Mode: "Stream3" }))).toEqual(["enum@Mode"]);
  });

  it("rejects a non-string enum value", () => {
    expect(summarize(check({ Mode: true }))).toEqual(["type@Mode"]);
  });
});

describe("validateStructure lists and maps", () => {
  it("checks list sizes and items", () => {
    expect(check({ Tags: ["a", "b", "c"] })).toEqual([]);
    expect(summarize(check({ Tags: ["a", "b", "c", "d"] }))).toEqual(["max-items@Tags"]);
    expect(summarize(check({ Tags: [] }))).toEqual(["min-items@Tags"]);
    expect(summarize(check({ Tags: ["a", 1] }))).toEqual(["type@Tags[1]"]);
  });

  it("checks map keys, values and size", () => {
    expect(check({ Labels: { A: "x", B: "y" } })).toEqual([]);
    expect(summarize(check({ Labels: { A: "x", B: "y", C: "z" } }))).toEqual(["max-items@Labels"]);
    expect(summarize(check({ Labels: { A: "toolong" } }))).toEqual(["max-length@Labels.A"]);
    const [keyProblem] = check({ Labels: { lower: "x" } });
    expect(keyProblem?.rule).toBe("pattern");
    expect(keyProblem?.message).toMatch(/^The key of `Labels.lower`/);
  });

  it("reports reserved keys in maps", () => {
    const labels = JSON.parse('{"__proto__":"x"}');
    expect(summarize(check({ Labels: labels }))).toEqual(["reserved-key@Labels.__proto__"]);
  });

  it("rejects an array where a map is expected", () => {
    expect(summarize(check({ Labels: ["A"] }))).toEqual(["type@Labels"]);
  });

  it("asks for a plain object instead of a Map", () => {
    const [problem] = check({ Labels: new Map([["TEAM", "ml"]]) });
    expect(problem?.path).toBe("Labels");
    expect(problem?.message).toContain("but received a Map,");
    expect(problem?.message).toContain("pass a plain object instead");
    expect(problem?.message).toContain("Object.fromEntries(map)");
  });

  it("asks for a plain object instead of a class instance", () => {
    class Limits {
      MaxRuntime = 60;
    }
    const [problem] = check({ Limits: new Limits() });
    expect(problem?.path).toBe("Limits");
    expect(problem?.message).toContain("but received an instance of Limits,");
    expect(problem?.message).toContain("pass a plain object instead");
  });

  it("names an object with another prototype", () => {
    const [problem] = check({ Limits: Object.create({ MaxRuntime: 60 }) });
    expect(problem?.message).toContain(
      "but received an object whose prototype is not Object.prototype,",
    );
    expect(problem?.message).toContain("pass a plain object instead");
  });
});

describe("validateStructure unions and overlay rules", () => {
  it("needs exactly one union member", () => {
    expect(summarize(check({ Source: {} }))).toEqual(["union@Source"]);
    expect(summarize(check({ Source: { S3: "a", Local: "b" } }))).toEqual(["union@Source"]);
  });

  it("reports both sides of an exclusive group", () => {
    const [problem] = check({ Algorithm: "xgboost" });
    expect(problem?.rule).toBe("exclusive");
    expect(problem?.path).toBe("Algorithm");
    expect(problem?.message).toContain("cannot be set together with `Image`");
  });

  it("needs one side of a required exclusive group", () => {
    const [problem] = check({}, ["Image"]);
    expect(problem?.rule).toBe("exactly-one");
    expect(problem?.path).toBe("");
    expect(problem?.message).toContain("exactly one of `Image` or `Algorithm`");
  });

  it("allows a member only when its sibling has the value", () => {
    const limits = { MaxRuntime: 60, MaxWait: 120 };
    expect(check({ Limits: limits, Spot: true })).toEqual([]);
    const [problem] = check({ Limits: limits, Spot: false });
    expect(problem?.rule).toBe("only-when");
    expect(problem?.path).toBe("Limits.MaxWait");
    expect(problem?.message).toContain("`Spot` is true but that member is false");
    expect(summarize(check({ Limits: limits }))).toEqual(["only-when@Limits.MaxWait"]);
  });
});
