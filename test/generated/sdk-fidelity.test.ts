import * as sdk from "@aws-sdk/client-sagemaker";
import { describe, expect, it } from "vitest";
import * as enums from "../../generated/enums.js";
import { schema } from "../../generated/schema.js";
import * as training from "../../generated/training/index.js";
import * as tuning from "../../generated/tuning/index.js";
import { setterName } from "../../codegen/emit/names.js";
import type { TypeRef } from "../../src/schema/types.js";

/** The SDK's own schema of a structure: `[3, namespace, name, traits, memberNames, memberTypes, requiredCount?]`. */
type SdkStructureSchema = [number, string, string, number, string[], unknown[], number?];

const sdkExports = sdk as unknown as Record<string, unknown>;
const builders = { ...training, ...tuning } as unknown as Record<
  string,
  new () => Record<string, Function>
>;
const structures = Object.entries(schema.structures).filter(([, table]) => !table.union);

function sdkSchemaOf(name: string): SdkStructureSchema {
  const found = sdkExports[`${name}$`];
  if (!Array.isArray(found)) throw new Error(`the SDK exports no schema ${name}$`);

  return found as SdkStructureSchema;
}

/** Returns a value of the member's type that the setter must pass through unchanged. */
function sampleValue(type: TypeRef): unknown {
  switch (type.kind) {
    case "string":
      return "sample";
    case "number":
      return 7;
    case "boolean":
      return true;
    case "timestamp":
      return new Date(0);
    case "blob":
      return new Uint8Array([1, 2]);
    case "document":
    case "structure":
    case "union":
      return {};
    case "enum":
      return schema.enums[type.name]?.[0];
    case "list":
      return [sampleValue(type.member)];
    case "map":
      return { key: sampleValue(type.value) };
  }
}

describe("generated structures", () => {
  it("cover the shipped operations", () => {
    expect(schema.structures.CreateHyperParameterTuningJobRequest).toBeDefined();
    expect(schema.structures.CreateTrainingJobRequest).toBeDefined();
  });

  it.each(structures.map(([name]) => name))("%s has the SDK schema's members", (name) => {
    const [, , , , memberNames] = sdkSchemaOf(name);

    expect(Object.keys(schema.structures[name]?.members ?? {}).sort()).toEqual(
      [...memberNames].sort(),
    );
  });

  it.each(structures.map(([name]) => name))("%s has the SDK schema's required members", (name) => {
    const [, , , , memberNames, , requiredCount = 0] = sdkSchemaOf(name);
    const members = schema.structures[name]?.members ?? {};
    const required = Object.keys(members).filter((member) => members[member]?.required);

    expect(required.sort()).toEqual(memberNames.slice(0, requiredCount).sort());
  });

  it.each(structures.map(([name]) => name))("%sBuilder passes every member through", (name) => {
    const Builder = builders[`${name}Builder`];
    if (!Builder) throw new Error(`${name}Builder is not exported by an entry point`);
    let builder = new Builder();
    const expected: Record<string, unknown> = {};
    for (const [member, { type }] of Object.entries(schema.structures[name]?.members ?? {})) {
      const setter = builder[setterName(member)];
      expect(setter, `${name}Builder.${setterName(member)}`).toBeTypeOf("function");
      const value = sampleValue(type);
      builder = (setter as Function).call(builder, value);
      expected[member] = value;
    }

    expect(builder.$peek?.call(builder)).toEqual(expected);
  });
});

describe("generated enums", () => {
  const sdkEnumNames = Object.keys(sdkExports).filter((name) => {
    const value = sdkExports[name];
    return (
      typeof value === "object" &&
      value !== null &&
      !Array.isArray(value) &&
      `${name}Values` in enums
    );
  });

  it("include every enum of the SDK", () => {
    expect(sdkEnumNames.length).toBe(367);
    expect((enums as Record<string, unknown>).TrainingInstanceTypeValues).toHaveLength(192);
  });

  it.each(sdkEnumNames)("%s equals the SDK's constant object", (name) => {
    expect((enums as Record<string, unknown>)[name]).toEqual(sdkExports[name]);
  });

  it("guards accept SDK values and reject others", () => {
    expect(enums.isTrainingInstanceType("ml.m5.xlarge")).toBe(true);
    expect(enums.isTrainingInstanceType("ml.m5.xlrge")).toBe(false);
    expect(enums.isTrainingInstanceType(42)).toBe(false);
  });
});
