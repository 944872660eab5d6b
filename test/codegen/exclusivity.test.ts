import { beforeAll, describe, expect, it } from "vitest";

import {
  buildExclusivityReport,
  checkExclusivityCoverage,
  describeRule,
  renderExclusivityReport,
  scanExclusivityStatements,
  splitSentences,
  htmlToText,
} from "../../codegen/docs/exclusivity.js";
import { referencedShapes, structureClosure } from "../../codegen/model/closure.js";
import type { Member, ShapeModel } from "../../codegen/model/shape-model.js";
import { overlay } from "../../codegen/overlay.js";
import { overlayNotApplicable, responseStructures } from "../../codegen/overlay-not-applicable.js";
import { readSdkModel } from "../../codegen/read/sdk-reader.js";
import type { StructureRule } from "../../src/schema/types.js";

/** Operations whose structures the package generates. */
const SHIPPED_OPERATIONS = [
  "CreateHyperParameterTuningJob",
  "DescribeHyperParameterTuningJob",
  "ListHyperParameterTuningJobs",
  "StopHyperParameterTuningJob",
  "DeleteHyperParameterTuningJob",
  "ListTrainingJobsForHyperParameterTuningJob",
  "CreateTrainingJob",
];

function member(name: string, doc: string, type: Member["type"] = { kind: "string" }): Member {
  return { name, doc, required: false, type };
}

function smallModel(): ShapeModel {
  return {
    sdkVersion: "3.0.0",
    operations: {},
    shapes: {
      Spec: {
        kind: "structure",
        name: "Spec",
        doc: "",
        members: [
          member(
            "Image",
            "<p>The image. If you specify a value for <code>Image</code>, you can't specify <code>Name</code>.</p>",
          ),
          member(
            "Name",
            "<p>The name. <code>Name</code> and <code>Image</code> are mutually exclusive.</p>",
          ),
          member("Limits", "<p>Limits.</p>", { kind: "structure", name: "Limits" }),
          member("Spot", "<p>Use spot capacity.</p>", { kind: "boolean" }),
        ],
      },
      Limits: {
        kind: "structure",
        name: "Limits",
        doc: "",
        members: [member("MaxWait", "<p>Allowed only when spot is on. Otherwise unused.</p>")],
      },
      Other: {
        kind: "structure",
        name: "Other",
        doc: "",
        members: [
          member("Mode", "<p>Valid only if Spec is set. Do not specify a value for Kind.</p>"),
        ],
      },
    },
  };
}

describe("scanExclusivityStatements", () => {
  it("finds statements with mentions", () => {
    const statements = scanExclusivityStatements(smallModel(), ["Spec"]);
    expect(statements).toEqual([
      {
        structure: "Spec",
        member: "Image",
        sentence: "If you specify a value for Image, you can't specify Name.",
        mentions: ["Name"],
      },
      {
        structure: "Spec",
        member: "Name",
        sentence: "Name and Image are mutually exclusive.",
        mentions: ["Image"],
      },
    ]);
  });

  it("orders by structure name", () => {
    const statements = scanExclusivityStatements(smallModel(), [
      "Spec",
      "Other",
      "Limits",
      "Missing",
    ]);
    expect(statements.map((statement) => statement.structure)).toEqual([
      "Limits",
      "Other",
      "Other",
      "Spec",
      "Spec",
    ]);
  });

  it("ignores other sentences", () => {
    const statements = scanExclusivityStatements(smallModel(), ["Limits"]);
    expect(statements.map((statement) => statement.sentence)).toEqual([
      "Allowed only when spot is on.",
    ]);
  });

  it("mentions only members of the structure", () => {
    const statements = scanExclusivityStatements(smallModel(), ["Other"]);
    expect(statements.map((statement) => statement.mentions)).toEqual([[], []]);
  });
});

describe("splitSentences", () => {
  it("splits at blocks and sentence ends", () => {
    expect(
      splitSentences(htmlToText("<p>One. Two &amp; more.</p><ul><li>x e.g. y</li></ul>")),
    ).toEqual(["One.", "Two & more.", "x e.g. y"]);
  });
});

describe("checkExclusivityCoverage", () => {
  const rules: Record<string, StructureRule[]> = {
    Spec: [
      { kind: "exclusive", sides: [["Image"], ["Name"]], required: true, source: "test" },
      {
        kind: "onlyWhen",
        path: "Limits.MaxWait",
        when: { member: "Spot", equals: true },
        source: "test",
      },
    ],
  };

  it("sorts statements into three groups", () => {
    const model = smallModel();
    const statements = scanExclusivityStatements(model, ["Spec", "Limits", "Other"]);
    const coverage = checkExclusivityCoverage(
      statements,
      rules,
      [
        { structure: "Other", member: "*", reason: "not sent" },
        { structure: "Spec", member: "Image", reason: "stale" },
      ],
      model,
    );
    expect(
      coverage.covered.map(({ statement }) => `${statement.structure}.${statement.member}`),
    ).toEqual(["Limits.MaxWait", "Spec.Image", "Spec.Name"]);
    expect(coverage.notApplicable.map(({ reason }) => reason)).toEqual(["not sent", "not sent"]);
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.unusedNotApplicable).toEqual([
      { structure: "Spec", member: "Image", reason: "stale" },
    ]);
  });

  it("never lists a whole-structure entry as unused", () => {
    const statements = scanExclusivityStatements(smallModel(), ["Spec"]);
    const entry = { structure: "Nowhere", member: "*", reason: "not sent" };
    const coverage = checkExclusivityCoverage(statements, rules, [entry], smallModel());
    expect(coverage.unusedNotApplicable).toEqual([]);
  });

  it("needs the model for nested paths", () => {
    const statements = scanExclusivityStatements(smallModel(), ["Limits"]);
    const coverage = checkExclusivityCoverage(statements, rules, []);
    expect(coverage.uncovered.map((statement) => statement.member)).toEqual(["MaxWait"]);
  });

  it("renders a sorted report", () => {
    const model = smallModel();
    const statements = scanExclusivityStatements(model, ["Spec", "Limits", "Other"]);
    const report = renderExclusivityReport(checkExclusivityCoverage(statements, rules, [], model));
    expect(report).toContain("| Uncovered | 2 |");
    expect(report).toContain("| Covered by a rule | 3 |");
    expect(report.indexOf("## Counts")).toBeLessThan(report.indexOf("## Uncovered"));
    expect(report).toContain("exclusive: Image / Name (one required)");
    expect(report.endsWith("\n")).toBe(true);
  });

  it("describes onlyWhen rules", () => {
    expect(describeRule(rules["Spec"]![1]!)).toBe(
      "onlyWhen: Limits.MaxWait only when Spot is true",
    );
  });
});

describe("exclusivity coverage of the shipped closure", () => {
  let model: ShapeModel;
  let closure: string[];

  beforeAll(() => {
    model = readSdkModel();
    closure = structureClosure(model, SHIPPED_OPERATIONS);
  });

  it("covers or excuses every statement", () => {
    const statements = scanExclusivityStatements(model, closure);
    const coverage = checkExclusivityCoverage(statements, overlay, overlayNotApplicable, model);
    const uncovered = coverage.uncovered.map(
      (statement) => `${statement.structure}.${statement.member}: ${statement.sentence}`,
    );
    expect(uncovered).toEqual([]);
    expect(coverage.covered.length).toBeGreaterThan(0);
  });

  it("builds a report without uncovered statements", () => {
    const report = buildExclusivityReport(model, closure);
    expect(report).toContain("| Uncovered | 0 |");
    expect(report).toContain("| ResourceConfig | InstancePreferences |");
  });

  it("lists no stale exceptions", () => {
    const statements = scanExclusivityStatements(model, closure);
    const coverage = checkExclusivityCoverage(statements, overlay, overlayNotApplicable, model);
    expect(coverage.unusedNotApplicable).toEqual([]);
  });

  it("excuses only response structures in bulk", () => {
    const inputs = reachableStructures(
      model,
      SHIPPED_OPERATIONS.map((name) => model.operations[name]?.input ?? ""),
    );
    const inputsExcused = responseStructures.filter((name) => inputs.has(name));
    const outsideClosure = responseStructures.filter((name) => !closure.includes(name));
    expect(inputsExcused).toEqual([]);
    expect(outsideClosure).toEqual([]);
  });
});

function reachableStructures(model: ShapeModel, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop() ?? "";
    const shape = model.shapes[name];
    if (seen.has(name) || shape === undefined || shape.kind === "enum") continue;
    seen.add(name);
    for (const entry of shape.members) pending.push(...referencedShapes(entry.type));
  }

  return seen;
}
