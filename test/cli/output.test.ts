import { describe, expect, it } from "vitest";

import { formatParseProblemLine, formatProblemLine } from "../../src/cli/output.js";
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

describe("formatParseProblemLine", () => {
  it("drops the bracketed copy of the path", () => {
    const message =
      'duplicate key "a" in job.yaml at line 2, column 1 (a.b): the key already appears earlier.';
    const line = formatParseProblemLine(problem({ path: "a.b", message }));

    expect(line).toBe(
      'a.b: duplicate key "a" in job.yaml at line 2, column 1: the key already appears earlier.',
    );
  });

  it("drops a shortened copy of a long path", () => {
    const longPath = `a${"[0]".repeat(63)}`;
    const message = `job.json at line 1, column 70 (...${longPath.slice(-117)}) nests too deep.`;
    const line = formatParseProblemLine(problem({ path: longPath, message }));

    expect(line).toBe(`${longPath}: job.json at line 1, column 70 nests too deep.`);
  });

  it("keeps a message without the path", () => {
    const line = formatParseProblemLine(
      problem({ path: "a", message: "number 1e400 is too large." }),
    );

    expect(line).toBe("a: number 1e400 is too large.");
  });

  it("prints a root problem as it is", () => {
    const line = formatParseProblemLine(problem({ path: "", message: "job.json is empty (a)." }));

    expect(line).toBe("job.json is empty (a).");
  });
});
