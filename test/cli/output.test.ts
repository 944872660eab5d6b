import { describe, expect, it } from "vitest";

import { formatProblemLine } from "../../src/cli/output.js";
import type { Problem } from "../../src/problems.js";

const path = "TrainingJobDefinition.StoppingCondition.MaxWaitTimeInSeconds";

function problem(fields: Partial<Problem>): Problem {
  return { severity: "error", path, rule: "test", message: "", ...fields };
}

describe("formatProblemLine", () => {
  it("prints a path that opens the message once", () => {
    const line = formatProblemLine(
      problem({ message: `\`${path}\` is allowed only when spot training is on.` }),
      false,
    );

    expect(line).toBe(`${path}: is allowed only when spot training is on.`);
  });

  it("keeps a message that opens with another path", () => {
    const message = "`TrainingJobDefinition.EnableManagedSpotTraining` must be true.";
    const line = formatProblemLine(problem({ message }), false);

    expect(line).toBe(`${path}: ${message}`);
  });

  it("keeps a message that opens with a longer path", () => {
    const message = `\`${path}Extra\` must be set.`;
    const line = formatProblemLine(problem({ message }), false);

    expect(line).toBe(`${path}: ${message}`);
  });

  it("keeps a path that appears later in the message", () => {
    const message = `Set \`${path}\` to 3600.`;
    const line = formatProblemLine(problem({ message }), false);

    expect(line).toBe(`${path}: ${message}`);
  });

  it("drops the request subject at the root", () => {
    const line = formatProblemLine(
      problem({ path: "", message: "The request must set exactly one of `A` or `B`." }),
      false,
    );

    expect(line).toBe("(request): must set exactly one of `A` or `B`.");
  });

  it("drops the path after the warning prefix", () => {
    const line = formatProblemLine(
      problem({ severity: "warning", message: `\`${path}\` is long.` }),
      false,
    );

    expect(line).toBe(`warning ${path}: is long.`);
  });

  it("drops the path from a message spanning lines", () => {
    const line = formatProblemLine(problem({ message: `\`${path}\`\n  is long.` }), true);

    expect(line).toBe(`${path}: is long.`);
  });
});
