import { decodeDocument } from "./decode.js";
import { checkDocumentSize, isObject, topLevelProblem } from "./document-limits.js";
import { readJson } from "./json-reader.js";
import { parseProblem, positionAt, type ParseResult } from "./parse-problem.js";
import { readYaml } from "./yaml-reader.js";

/** Document formats accepted by {@link parseRequestDocument}. `auto` sniffs the text. */
export type DocumentFormat = "json" | "yaml" | "auto";

/** Options of {@link parseRequestDocument}. */
export interface ParseOptions {
  /** Format of the input; `auto` reads text starting with `{` or `[` as JSON, else as YAML. */
  format: DocumentFormat;
  /** Name of the document in messages, such as its file name; defaults to `input`. */
  source?: string;
}

/**
 * Parses a request document in the AWS CLI `--cli-input-json` or `--cli-input-yaml` form.
 * Never throws: every problem is returned with the document name, line and column where
 * there is one. Rejects documents over {@link MAX_DOCUMENT_SIZE} (32 MiB), a byte-order
 * mark, bytes that are not UTF-8, empty documents, syntax errors, duplicate keys, a top
 * level that is not an object, nesting deeper than 64 levels, numbers that are not finite
 * or beyond `Number.MAX_SAFE_INTEGER`, YAML tags and values that are not JSON, and the key
 * `__proto__`.
 *
 * @example
 * ```ts
 * const result = parseRequestDocument(readFileSync("job.yaml"), { format: "auto", source: "job.yaml" });
 * if (!result.ok) for (const problem of result.problems) console.error(problem.message);
 * ```
 */
export function parseRequestDocument(
  input: string | Uint8Array,
  options: ParseOptions,
): ParseResult {
  const source = options.source ?? "input";
  try {
    return parseDocument(input, options.format, source);
  } catch (error) {
    // Reached only through a defect in a reader or in the `yaml` package. The caller still
    // gets a problem rather than an exception, as documented.
    const problem = parseProblem({
      rule: "parse",
      message: `${source} could not be read because the parser failed (${String(error)}), so report this input as a defect.`,
    });

    return { ok: false, problems: [problem] };
  }
}

function parseDocument(
  input: string | Uint8Array,
  requestedFormat: DocumentFormat,
  source: string,
): ParseResult {
  const tooLarge = checkDocumentSize(input, source);
  if (tooLarge !== undefined) return { ok: false, problems: [tooLarge] };

  const decoded = decodeDocument(input, source);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };

  const text = decoded.text;
  if (text.trim() === "") {
    const problem = parseProblem({
      rule: "empty",
      message: `${source} is empty, so write the request members as a JSON object or a YAML map.`,
    });

    return { ok: false, problems: [problem] };
  }

  const format = requestedFormat === "auto" ? sniffFormat(text) : requestedFormat;
  if (format === "yaml") return readYaml(text, source);

  const result = readJson(text, source);
  if (result.ok && !isObject(result.value)) {
    const start = positionAt(text, text.length - text.trimStart().length);

    return { ok: false, problems: [topLevelProblem(result.value, source, start)] };
  }

  return result;
}

/** Returns `json` for text whose first non-blank character is `{` or `[`, else `yaml`. */
export function sniffFormat(text: string): "json" | "yaml" {
  const first = text.trimStart()[0];

  return first === "{" || first === "[" ? "json" : "yaml";
}

/** Chooses the format of a file by its extension (`.json`, `.yaml`, `.yml`), else `auto`. */
export function formatForFileName(fileName: string): DocumentFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";

  return "auto";
}
