import { describe, expect, it } from "vitest";

import { toModel } from "../../codegen/botocore/botocore-model.js";
import { mergeConstraints } from "../../codegen/botocore/merge-constraints.js";
import { restrictDifferences } from "../../codegen/botocore/model-differences.js";
import { renderDifferences } from "../../codegen/botocore/render-differences.js";
import type { Member, ShapeModel, TypeRef } from "../../codegen/model/shape-model.js";
import { botocoreDocument, javascriptModel } from "./botocore-fixtures.js";

function memberType(model: ShapeModel, structure: string, member: string): TypeRef | undefined {
  const shape = model.shapes[structure];
  if (shape === undefined || shape.kind === "enum") return undefined;

  return shape.members.find((candidate: Member) => candidate.name === member)?.type;
}

function merged() {
  return mergeConstraints(javascriptModel(), toModel("fixture", botocoreDocument));
}

describe("mergeConstraints on a small model", () => {
  it("attaches string limits and pattern", () => {
    const { model } = merged();
    expect(memberType(model, "JobRequest", "JobName")).toEqual({
      kind: "string",
      constraints: { min: 1, max: 32, pattern: "[a-z](-*[a-z0-9]){0,31}" },
    });
  });

  it("takes the integer kind from botocore", () => {
    const { model } = merged();
    expect(memberType(model, "JobRequest", "Count")).toEqual({
      kind: "number",
      integer: true,
      constraints: { min: 1, max: 10 },
    });
    expect(memberType(model, "JobRequest", "Ratio")).toEqual({
      kind: "number",
      integer: false,
      constraints: { min: 0, max: 1 },
    });
  });

  it("recurses into list items", () => {
    const type = memberType(merged().model, "JobRequest", "Names");
    expect(type).toEqual({
      kind: "list",
      constraints: { min: 1, max: 5 },
      member: {
        kind: "string",
        constraints: { min: 1, max: 32, pattern: "[a-z](-*[a-z0-9]){0,31}" },
      },
    });
  });

  it("recurses into map keys and values", () => {
    const type = memberType(merged().model, "JobRequest", "Tags");
    expect(type).toEqual({
      kind: "map",
      constraints: { max: 50 },
      key: { kind: "string", constraints: { min: 1, max: 128 } },
      value: { kind: "string", constraints: { max: 256, pattern: ".*" } },
    });
  });

  it("leaves an enum without limits unchanged", () => {
    expect(memberType(merged().model, "JobRequest", "Mode")).toEqual({
      kind: "enum",
      name: "Mode",
    });
  });

  it("keeps limits already on the type", () => {
    const model = javascriptModel();
    const shape = model.shapes["JobRequest"];
    if (shape?.kind !== "structure") throw new Error("fixture has no JobRequest");
    shape.members[0] = { ...shape.members[0]!, type: { kind: "string", constraints: { max: 8 } } };
    const result = mergeConstraints(model, toModel("fixture", botocoreDocument));
    expect(memberType(result.model, "JobRequest", "JobName")).toEqual({
      kind: "string",
      constraints: { min: 1, max: 8, pattern: "[a-z](-*[a-z0-9]){0,31}" },
    });
  });

  it("does not change its input", () => {
    const model = javascriptModel();
    const before = JSON.stringify(model);
    const result = mergeConstraints(model, toModel("fixture", botocoreDocument));
    expect(JSON.stringify(model)).toBe(before);
    expect(result.model.shapes["Mode"]).not.toBe(model.shapes["Mode"]);
  });

  it("rewrites Java-only escapes in patterns", () => {
    const { model, differences } = merged();
    expect(memberType(model, "JobRequest", "Zone")).toEqual({
      kind: "string",
      constraints: { pattern: "[a-z]+-[0-9]" },
    });
    const zone = differences.patterns.find((difference) => difference.shape === "Zone");
    expect(zone?.check.status).toBe("rewritten");
    expect(zone?.usedBy).toEqual(["JobRequest.Zone"]);
  });

  it("leaves off patterns that do not compile", () => {
    const { model, differences } = merged();
    expect(memberType(model, "JobRequest", "Broken")).toEqual({ kind: "string" });
    const broken = differences.patterns.find((difference) => difference.shape === "BrokenPattern");
    expect(broken?.check.status).toBe("invalid");
  });
});

describe("mergeConstraints differences", () => {
  it("lists members on one side only", () => {
    const { differences } = merged();
    expect(differences.membersOnlyInJavaScript).toEqual([
      { structure: "JobRequest", member: "Preferences" },
    ]);
    expect(differences.membersOnlyInBotocore).toEqual([
      { structure: "JobRequest", member: "Legacy" },
    ]);
  });

  it("lists structures on one side only", () => {
    const { differences } = merged();
    expect(differences.structuresOnlyInJavaScript).toEqual(["JobResponse"]);
    expect(differences.structuresOnlyInBotocore).toEqual(["OnlyInBotocore"]);
  });

  it("lists enum values on one side only", () => {
    const { differences } = merged();
    expect(differences.enumValuesOnlyInJavaScript).toEqual([
      { enum: "Mode", botocoreShape: "Mode", values: ["Turbo"] },
    ]);
    expect(differences.enumValuesOnlyInBotocore).toEqual([
      { enum: "Mode", botocoreShape: "Mode", values: ["Legacy"] },
    ]);
  });

  it("reports a type mismatch and keeps the JavaScript type", () => {
    const { model, differences } = merged();
    expect(differences.typeMismatches).toEqual([
      {
        structure: "JobRequest",
        member: "Flag",
        location: "Flag",
        javascript: "boolean",
        botocore: "integer",
      },
    ]);
    expect(memberType(model, "JobRequest", "Flag")).toEqual({ kind: "boolean" });
  });

  it("restricts to the given structures", () => {
    const { differences } = merged();
    const restricted = restrictDifferences(differences, javascriptModel(), ["JobResponse"]);
    expect(restricted.structuresOnlyInJavaScript).toEqual(["JobResponse"]);
    expect(restricted.membersOnlyInJavaScript).toEqual([]);
    expect(restricted.enumValuesOnlyInJavaScript).toEqual([]);
    expect(restricted.patterns).toEqual([]);
  });
});

describe("renderDifferences", () => {
  it("puts counts first", () => {
    const text = renderDifferences(merged().differences, "the fixture");
    const counts = text.indexOf("## Counts");
    expect(counts).toBeGreaterThan(0);
    expect(counts).toBeLessThan(text.indexOf("## Structures only in the JavaScript SDK"));
    expect(text).toContain("| Members only in the JavaScript SDK | 1 |");
    expect(text).toContain("Scope: the fixture.");
  });

  it("is byte-identical on rerun", () => {
    expect(renderDifferences(merged().differences, "x")).toBe(
      renderDifferences(merged().differences, "x"),
    );
  });

  it("escapes pipes in table cells", () => {
    const { differences } = merged();
    differences.patterns[0] = {
      shape: "Either",
      check: { status: "invalid", original: "a|b(", error: "bad" },
      usedBy: ["JobRequest.Either"],
    };
    expect(renderDifferences(differences, "x")).toContain("`a\\|b(`");
  });

  it("writes None. for an empty section", () => {
    expect(renderDifferences(merged().differences, "x")).toMatch(
      /## Enums without a botocore counterpart\n\nNone\./,
    );
  });
});
