import { CST, Lexer } from "yaml";
import { MAX_NESTING_DEPTH } from "./document-limits.js";

/**
 * Nesting at which {@link findRunawayNesting} stops a YAML document before it is parsed.
 * The `yaml` package (2.9.1) keeps every open collection on its parser's stack, so on
 * Node 20 a document of 1,000,000 nested brackets (2 MB) exhausted a 1 GB heap.
 */
export const MAX_LEXED_NESTING = 1000;

/** Tokens that the lexer emits for its own bookkeeping, which are not part of the text. */
const markerTokens: ReadonlySet<string> = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/**
 * Scans the tokens of a YAML document for nesting that is certainly deeper than
 * {@link MAX_LEXED_NESTING}: brackets and braces of flow collections, plus the `-` and `?`
 * indicators that open block collections on one line. Returns the offset of the first
 * collection that is certainly nested deeper than {@link MAX_NESTING_DEPTH} in such a
 * document, or `undefined` when the nesting stays below the limit.
 *
 * Nesting through indentation is not counted, because every line of it must be indented
 * further. On Node 20, a 32 MiB document built to nest as deep as possible under the limit
 * (182 lines of 999 `-` indicators, 181,818 levels) parsed in 0.6 s with a 143 MB heap.
 */
export function findRunawayNesting(text: string): number | undefined {
  let flowDepth = 0;
  let lineIndicators = 0;
  let offset = 0;
  let insideScalar = false;
  let firstTooDeep: number | undefined;
  for (const token of new Lexer().lex(text)) {
    if (markerTokens.has(token)) {
      // A scalar marker is followed by the scalar's text, which opens nothing.
      insideScalar = token === CST.SCALAR;
      if (token === CST.FLOW_END) flowDepth = 0;
      continue;
    }
    const start = offset;
    offset += token.length;
    if (insideScalar) {
      insideScalar = false;
      continue;
    }
    switch (CST.tokenType(token)) {
      case "flow-map-start":
      case "flow-seq-start":
        flowDepth += 1;
        break;
      case "flow-map-end":
      case "flow-seq-end":
        flowDepth = Math.max(0, flowDepth - 1);
        continue;
      case "seq-item-ind":
      case "explicit-key-ind":
        if (flowDepth > 0) continue;
        lineIndicators += 1;
        break;
      case "newline":
        if (flowDepth === 0) lineIndicators = 0;
        continue;
      case "doc-start":
      case "doc-end":
        flowDepth = 0;
        lineIndicators = 0;
        continue;
      default:
        continue;
    }
    const depth = flowDepth + lineIndicators;
    if (depth > MAX_NESTING_DEPTH) firstTooDeep ??= start;
    if (depth > MAX_LEXED_NESTING) return firstTooDeep;
  }

  return undefined;
}
