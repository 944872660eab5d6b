import { describe, expect, it } from "vitest";

import { describeKind } from "../../src/io/document-limits.js";

describe("describeKind", () => {
  it("shows a bigint with its suffix", () => {
    expect(describeKind(12n)).toBe("a bigint (12n)");
  });

  it("shows numbers and strings with their value", () => {
    expect(describeKind(42)).toBe("a number (42)");
    expect(describeKind("x")).toBe('a string ("x")');
  });

  it("names containers and empty values", () => {
    expect(describeKind({})).toBe("an object");
    expect(describeKind([])).toBe("an array");
    expect(describeKind(null)).toBe("null");
  });
});
