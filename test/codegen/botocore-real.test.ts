import { beforeAll, describe, expect, it } from "vitest";

import { readBotocoreModel } from "../../codegen/botocore/botocore-model.js";
import { locateBotocoreModel } from "../../codegen/botocore/locate-botocore-model.js";
import { mergeConstraints, type MergeResult } from "../../codegen/botocore/merge-constraints.js";
import type { ShapeModel, TypeRef } from "../../codegen/model/shape-model.js";
import { readSdkModel } from "../../codegen/read/sdk-reader.js";

let sdkModel: ShapeModel;
let result: MergeResult;

beforeAll(() => {
  sdkModel = readSdkModel();
  result = mergeConstraints(sdkModel, readBotocoreModel(locateBotocoreModel()));
});

function memberType(structure: string, member: string): TypeRef | undefined {
  const shape = result.model.shapes[structure];
  if (shape === undefined || shape.kind === "enum") return undefined;

  return shape.members.find((candidate) => candidate.name === member)?.type;
}

describe("mergeConstraints on the installed models", () => {
  it("limits the tuning job name", () => {
    expect(
      memberType("CreateHyperParameterTuningJobRequest", "HyperParameterTuningJobName"),
    ).toEqual({
      kind: "string",
      constraints: { min: 1, max: 32, pattern: "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}" },
    });
  });

  it("limits categorical values and each value", () => {
    const type = memberType("CategoricalParameterRange", "Values");
    expect(type?.kind).toBe("list");
    if (type?.kind !== "list") return;
    expect(type.constraints).toEqual({ min: 1, max: 30 });
    expect(type.member).toMatchObject({ kind: "string", constraints: { max: 256 } });
  });

  it("marks integers and floats", () => {
    expect(memberType("ResourceLimits", "MaxNumberOfTrainingJobs")).toMatchObject({
      kind: "number",
      integer: true,
      constraints: { min: 1 },
    });
    expect(memberType("TuningJobCompletionCriteria", "TargetObjectiveMetricValue")).toMatchObject({
      kind: "number",
      integer: false,
    });
  });

  it("reports InstancePreferences as JavaScript-only", () => {
    expect(result.differences.membersOnlyInJavaScript).toContainEqual({
      structure: "ResourceConfig",
      member: "InstancePreferences",
    });
  });

  it("reports the training instance types botocore lacks", () => {
    const sdkEnum = sdkModel.shapes["TrainingInstanceType"];
    const difference = result.differences.enumValuesOnlyInJavaScript.find(
      (entry) => entry.enum === "TrainingInstanceType",
    );
    expect(sdkEnum?.kind).toBe("enum");
    expect(sdkEnum?.kind === "enum" ? sdkEnum.values.length : 0).toBe(192);
    expect(difference?.values).toHaveLength(47);
    expect(difference?.values).toContain("ml.c8i.12xlarge");
  });

  it("keeps every JavaScript enum value", () => {
    const merged = result.model.shapes["TrainingInstanceType"];
    expect(merged).toEqual(sdkModel.shapes["TrainingInstanceType"]);
  });
});
