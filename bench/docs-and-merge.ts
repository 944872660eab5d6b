/**
 * Prints (does not assert) how long the botocore merge, the HTML-to-Markdown conversion
 * and the doc comment rendering take on the whole SageMaker service.
 * Run: npx tsx bench/docs-and-merge.ts
 */
import { readBotocoreModel } from "../codegen/botocore/botocore-model.js";
import { locateBotocoreModel } from "../codegen/botocore/locate-botocore-model.js";
import { mergeConstraints } from "../codegen/botocore/merge-constraints.js";
import { renderDocComment } from "../codegen/docs/doc-comment.js";
import { scanExclusivityStatements } from "../codegen/docs/exclusivity.js";
import { htmlToMarkdown } from "../codegen/docs/html-to-markdown.js";
import type { ShapeModel } from "../codegen/model/shape-model.js";
import { readSdkModel } from "../codegen/read/sdk-reader.js";

function time<TResult>(label: string, action: () => TResult): TResult {
  const started = performance.now();
  const result = action();
  console.log(`${label}: ${(performance.now() - started).toFixed(1)} ms`);

  return result;
}

function allDocs(model: ShapeModel): string[] {
  return Object.values(model.shapes).flatMap((shape) =>
    shape.kind === "enum" ? [shape.doc] : [shape.doc, ...shape.members.map((member) => member.doc)],
  );
}

const sdkModel = time("read SDK declarations", () => readSdkModel());
const botocorePath = locateBotocoreModel();
const botocore = time("read botocore model (gunzip and JSON.parse)", () =>
  readBotocoreModel(botocorePath),
);
console.log(
  `botocore shapes: ${botocore.shapes.size}, SDK shapes: ${Object.keys(sdkModel.shapes).length}`,
);

const { model } = time("merge constraints, first run", () => mergeConstraints(sdkModel, botocore));
for (let run = 2; run <= 3; run++)
  time(`merge constraints, run ${run}`, () => mergeConstraints(sdkModel, botocore));

const docs = allDocs(model);
console.log(`docs: ${docs.length}, distinct: ${new Set(docs).size}`);
time("htmlToMarkdown on every doc, cold cache", () => docs.forEach((doc) => htmlToMarkdown(doc)));
time("htmlToMarkdown on every doc, warm cache", () => docs.forEach((doc) => htmlToMarkdown(doc)));

time("renderDocComment for every member", () => {
  for (const shape of Object.values(model.shapes)) {
    if (shape.kind === "enum") continue;
    for (const member of shape.members)
      renderDocComment({ doc: member.doc, type: member.type }, "  ");
  }
});

const structures = Object.keys(model.shapes).filter((name) => model.shapes[name]?.kind !== "enum");
const statements = time("scan exclusivity statements, whole service", () =>
  scanExclusivityStatements(model, structures),
);
console.log(`statements: ${statements.length} in ${structures.length} structures and unions`);
