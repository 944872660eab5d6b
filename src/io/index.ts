export {
  formatForFileName,
  parseRequestDocument,
  sniffFormat,
  type DocumentFormat,
  type ParseOptions,
} from "./parse.js";
export type { NumberTexts, ParseProblem, ParseResult } from "./parse-problem.js";
export { FORBIDDEN_KEYS, MAX_DOCUMENT_SIZE, MAX_NESTING_DEPTH } from "./document-limits.js";
export { MAX_ALIAS_COUNT } from "./yaml-reader.js";
export { toCliInputJson, toCliInputYaml } from "./write.js";
export { normalizeRequest } from "./normalize.js";
export { generateSkeleton } from "./skeleton.js";
