import { describe, expect, it } from "vitest";
import { schema } from "../../generated/schema.js";
import * as tuning from "../../generated/tuning/index.js";
import { setterName } from "../../codegen/emit/names.js";
import type { TypeRef } from "../../src/schema/types.js";
import { loadCases } from "../support/cases.js";

type AnyBuilder = Record<string, (value: unknown) => AnyBuilder> & { build(): unknown };
const builders = tuning as unknown as Record<string, new () => AnyBuilder>;

/** Rebuilds a value through the generated builders: nested structures by callback, list items as builders. */
function rebuild(value: unknown, type: TypeRef): unknown {
  if (type.kind === "list" && Array.isArray(value)) {
    return value.map((item) =>
      type.member.kind === "structure"
        ? builderFor(item, type.member.name)
        : rebuild(item, type.member),
    );
  }

  return value;
}

function builderFor(value: unknown, structure: string): AnyBuilder {
  const Builder = builders[`${structure}Builder`];
  if (!Builder) throw new Error(`no builder for ${structure}`);
  let builder = new Builder();
  for (const [member, memberValue] of Object.entries(value as Record<string, unknown>)) {
    const type = schema.structures[structure]?.members[member]?.type;
    if (!type) throw new Error(`${structure} has no member ${member}`);
    const setter = builder[setterName(member)] as (value: unknown) => AnyBuilder;
    if (type.kind === "structure") {
      builder = setter.call(builder, () => builderFor(memberValue, type.name));
    } else {
      builder = setter.call(builder, rebuild(memberValue, type));
    }
  }

  return builder;
}

const validCases = loadCases().filter((testCase) => testCase.outcome === "valid");

describe("valid cases", () => {
  it("include the four valid requests", () => {
    expect(validCases.map((testCase) => testCase.file)).toHaveLength(4);
  });

  it.each(validCases.map((testCase) => [testCase.file, testCase.request] as const))(
    "%s rebuilds exactly",
    (_file, request) => {
      const built = builderFor(request, "CreateHyperParameterTuningJobRequest").build();

      expect(built).toStrictEqual(request);
    },
  );
});
