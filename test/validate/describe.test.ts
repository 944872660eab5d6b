import { describe, expect, it } from "vitest";
import { describeReceived, formatValue, kindOf } from "../../src/validate/describe.js";

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

describe("kindOf objects", () => {
  class Foo {}

  it("names plain objects as objects", () => {
    expect(kindOf({})).toBe("an object");
    expect(kindOf(Object.create(null))).toBe("an object");
  });

  it("names instances of global classes", () => {
    expect(kindOf(new Map())).toBe("a Map");
    expect(kindOf(new Set())).toBe("a Set");
    expect(kindOf(new Date(0))).toBe("a Date");
    expect(kindOf(new Error("x"))).toBe("an Error");
  });

  it("names instances of other classes", () => {
    expect(kindOf(new Foo())).toBe("an instance of Foo");
  });

  it("names objects with another prototype", () => {
    expect(kindOf(Object.create({ x: 1 }))).toBe(
      "an object whose prototype is not Object.prototype",
    );
    expect(kindOf(new (class {})())).toBe("an object whose prototype is not Object.prototype");
  });

  it("runs no getter of the constructor", () => {
    const prototype = {};
    Object.defineProperty(prototype, "constructor", {
      get() {
        throw new Error("getter ran");
      },
    });
    expect(kindOf(Object.create(prototype))).toBe(
      "an object whose prototype is not Object.prototype",
    );
  });

  it("falls back when a proxy throws", () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error("trap");
        },
      },
    );
    expect(kindOf(hostile)).toBe("an object");
  });
});
