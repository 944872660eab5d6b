/**
 * Rules on the tags of the tuning job.
 *
 * Source: the documentation of `Tags` in `CreateHyperParameterTuningJobRequest` and of `Tag`
 * in `@aws-sdk/client-sagemaker`: "Tag keys must be unique per resource".
 */
import { joinPath } from "../../problems.js";
import { describePath, formatValue } from "../describe.js";
import { field, items } from "../read.js";
import { defineRule, stringAt } from "./context.js";
import type { SemanticRule } from "./types.js";

/** Checks that each `Tags[].Key` appears once. Keys are compared exactly, so `Team` and `team` differ. */
export const uniqueTagKeys = defineRule("unique-tag-keys", (request, _context, report) => {
  const seen = new Map<string, number>();

  return items(field(request, "Tags")).flatMap(({ index, value }) => {
    const key = stringAt(value, "Key");
    if (key === undefined) return [];
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return [];
    }
    const path = joinPath(joinPath("Tags", index), "Key");
    const message = `${describePath(path)} is ${formatValue(key)}, which \`Tags[${first}].Key\` already uses, but tag keys must be unique per resource, so merge the two tags or rename one key.`;

    return [report.error(path, message, key)];
  });
});

/** The rules of this file, in the order they run. */
export const tagRules: readonly SemanticRule[] = [uniqueTagKeys];
