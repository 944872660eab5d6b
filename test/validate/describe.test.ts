import { describe, expect, it } from "vitest";
import { describeReceived, formatValue } from "../../src/validate/describe.js";

describe("formatValue", () => {
  it("shows non-finite numbers by name", () => {
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(formatValue(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
    expect(formatValue(Number.NaN)).toBe("NaN");
  });

  it("shows finite numbers as JSON does", () => {
    expect(formatValue(0)).toBe("0");
    expect(formatValue(-0)).toBe("0");
    expect(formatValue(1.5)).toBe("1.5");
    expect(formatValue(1e21)).toBe("1e+21");
  });

  it("shows other primitives", () => {
    expect(formatValue(true)).toBe("true");
    expect(formatValue(null)).toBe("null");
    expect(formatValue(undefined)).toBe("undefined");
    expect(formatValue(12n)).toBe("12n");
    expect(formatValue("a\nb")).toBe('"a\\nb"');
  });

  it("names objects by kind only", () => {
    expect(formatValue({ toJSON: () => "x" })).toBe("an object");
    expect(formatValue([1])).toBe("an array");
    expect(formatValue(Symbol("s"))).toBe("a symbol");
  });
});

describe("describeReceived", () => {
  it("adds the kind to non-finite numbers", () => {
    expect(describeReceived(Number.POSITIVE_INFINITY)).toBe("a number Infinity");
    expect(describeReceived(Number.NaN)).toBe("a number NaN");
  });
});
