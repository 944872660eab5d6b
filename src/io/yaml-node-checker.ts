import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type LineCounter,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { describeValue, joinPath } from "../problems.js";
import {
  checkKey,
  checkNumber,
  describeKind,
  MAX_NESTING_DEPTH,
  nestingProblem,
  topLevelProblem,
  type ValueLocation,
} from "./document-limits.js";
import {
  describeLocation,
  describePath,
  parseProblem,
  type ParseProblem,
  type TextPosition,
} from "./parse-problem.js";
import { childType, REQUEST_TYPE } from "./member-types.js";
import type { TypeRef } from "../schema/types.js";

const YAML_TAG_PREFIX = "tag:yaml.org,2002:";
const SCALAR_TAGS = new Set(
  ["str", "int", "float", "bool", "null"].map((name) => YAML_TAG_PREFIX + name),
);
const MAP_TAG = `${YAML_TAG_PREFIX}map`;
const SEQ_TAG = `${YAML_TAG_PREFIX}seq`;

/**
 * Walks the nodes of a parsed YAML document before it is converted to JavaScript values,
 * so that every problem carries its line and column. Aliases are checked where their
 * anchor is defined and not expanded here.
 */
export class YamlNodeChecker {
  readonly problems: ParseProblem[] = [];
  /**
   * Text of each number that `String(value)` would write differently, by JSON path.
   * NOTE: a number inside an anchored node is recorded at the anchor only, not where an
   * alias repeats it.
   */
  readonly numberTexts = new Map<string, string>();

  constructor(
    private readonly document: Document,
    private readonly lineCounter: LineCounter,
    private readonly source: string,
  ) {}

  /** Checks the whole document, starting with its top-level value. */
  checkRoot(): void {
    const root = this.document.contents;
    if (root === null || (isScalar(root) && root.value === null)) {
      this.problems.push(emptyDocumentProblem(this.source));

      return;
    }
    if (!isMap(root)) {
      const value = isScalar(root) ? root.value : isSeq(root) ? [] : root;
      this.problems.push(topLevelProblem(value, this.source, this.positionOf(root)));

      return;
    }
    this.checkNode(root, "", 1, REQUEST_TYPE);
  }

  /** Checks a node at `path`, where the request expects `type` (`undefined` when unknown). */
  private checkNode(node: unknown, path: string, depth: number, type: TypeRef | undefined): void {
    if (node === null || node === undefined) return;
    if (isAlias(node)) return this.checkAlias(node, path);
    if (isScalar(node)) return this.checkScalar(node, path, type);
    if (isMap(node)) return this.checkMap(node, path, depth, type);
    if (isSeq(node)) return this.checkSeq(node, path, depth, type);
  }

  private checkMap(map: YAMLMap, path: string, depth: number, type: TypeRef | undefined): void {
    if (!this.checkCollection(map, path, depth, MAP_TAG)) return;

    const seen = new Map<string, TextPosition | undefined>();
    for (const pair of map.items) {
      const key = this.readKey(pair, path);
      if (key === undefined) continue;
      const memberPath = joinPath(path, key);
      const location = this.locate(memberPath, pair.key);
      const forbidden = checkKey(key, location);
      if (forbidden !== undefined) this.problems.push(forbidden);
      this.checkDuplicate(key, seen, location);
      this.checkNode(pair.value, memberPath, depth + 1, childType(type, key));
    }
  }

  private checkSeq(seq: YAMLSeq, path: string, depth: number, type: TypeRef | undefined): void {
    if (!this.checkCollection(seq, path, depth, SEQ_TAG)) return;

    seq.items.forEach((item, index) =>
      this.checkNode(item, joinPath(path, index), depth + 1, childType(type, index)),
    );
  }

  /** Checks nesting depth and tag of a map or sequence. Returns false when its items must be skipped. */
  private checkCollection(
    node: YAMLMap | YAMLSeq,
    path: string,
    depth: number,
    tag: string,
  ): boolean {
    if (depth > MAX_NESTING_DEPTH) {
      this.problems.push(nestingProblem(this.locate(path, node)));

      return false;
    }
    if (node.tag !== undefined && node.tag !== tag) {
      this.problems.push(this.tagProblem(node.tag, path, node));

      return false;
    }

    return true;
  }

  private checkScalar(node: Scalar, path: string, type: TypeRef | undefined): void {
    if (node.tag !== undefined && !SCALAR_TAGS.has(node.tag)) {
      this.problems.push(this.tagProblem(node.tag, path, node));

      return;
    }

    const value = node.value;
    if (typeof value === "number") {
      const text = node.source;
      if (text !== undefined && text !== String(value)) this.numberTexts.set(path, text);
      const problem = checkNumber(value, this.locate(path, node), node.source, type);
      if (problem !== undefined) this.problems.push(problem);

      return;
    }
    if (value === null || typeof value === "string" || typeof value === "boolean") return;
    // Reached when a %YAML 1.1 directive turns plain dates or binary data into objects.
    this.problems.push(this.notJsonProblem(value, path, node));
  }

  private checkAlias(node: Alias, path: string): void {
    if (node.resolve(this.document) !== undefined) return;

    const location = this.locate(path, node);
    this.problems.push(
      parseProblem({
        rule: "yaml-alias",
        path,
        position: location.position,
        value: `*${node.source}`,
        message:
          `unresolved YAML alias *${node.source} in ${describeLocation(this.source, location.position)} ` +
          `(${describePath(path)}): no anchor &${node.source} comes before it, so define the anchor first.`,
      }),
    );
  }

  // Keys

  /** Returns the key of a pair as a string, or undefined after reporting a key that is not a scalar. */
  private readKey(pair: Pair, path: string): string | undefined {
    const key = pair.key;
    if (
      isScalar(key) &&
      key.value !== null &&
      ["string", "number", "boolean"].includes(typeof key.value)
    ) {
      if (key.tag !== undefined && !SCALAR_TAGS.has(key.tag)) {
        this.problems.push(this.tagProblem(key.tag, path, key));

        return undefined;
      }

      return String(key.value);
    }

    const location = this.locate(path, key);
    this.problems.push(
      parseProblem({
        rule: "yaml-key",
        path,
        position: location.position,
        message:
          `invalid key in ${describeLocation(this.source, location.position)} (${describePath(path)}): ` +
          `expected a string key but found ${describeKeyNode(key)}, so use a plain member name as the key.`,
      }),
    );

    return undefined;
  }

  private checkDuplicate(
    key: string,
    seen: Map<string, TextPosition | undefined>,
    location: ValueLocation,
  ): void {
    if (!seen.has(key)) {
      seen.set(key, location.position);

      return;
    }

    const first = seen.get(key);
    const firstText =
      first === undefined ? "earlier" : `at line ${first.line}, column ${first.column}`;
    this.problems.push(
      parseProblem({
        rule: "duplicate-key",
        path: location.path,
        position: location.position,
        value: key,
        message:
          `duplicate key ${describeValue(key)} in ${describeLocation(this.source, location.position)} ` +
          `(${describePath(location.path)}): the key already appears ${firstText}, so keep only one of them.`,
      }),
    );
  }

  // Problems

  private tagProblem(tag: string, path: string, node: unknown): ParseProblem {
    const location = this.locate(path, node);
    const shownTag = tag.startsWith(YAML_TAG_PREFIX)
      ? `!!${tag.slice(YAML_TAG_PREFIX.length)}`
      : tag;

    return parseProblem({
      rule: "yaml-tag",
      path,
      position: location.position,
      value: shownTag,
      message:
        `unsupported YAML tag ${shownTag} in ${describeLocation(this.source, location.position)} ` +
        `(${describePath(path)}): a request contains only JSON values (strings, numbers, booleans, ` +
        `null, maps and lists), so remove the tag and write the value as a plain string.`,
    });
  }

  private notJsonProblem(value: unknown, path: string, node: unknown): ParseProblem {
    const location = this.locate(path, node);
    const kind =
      value instanceof Date
        ? "a timestamp"
        : value instanceof Uint8Array
          ? "binary data"
          : describeKind(value);

    return parseProblem({
      rule: "yaml-tag",
      path,
      position: location.position,
      message:
        `unsupported YAML value in ${describeLocation(this.source, location.position)} ` +
        `(${describePath(path)}): expected a JSON value but found ${kind}, so quote the value as a string.`,
    });
  }

  private locate(path: string, node: unknown): ValueLocation {
    return { source: this.source, path, position: this.positionOf(node) };
  }

  private positionOf(node: unknown): TextPosition | undefined {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range === undefined) return undefined;
    const position = this.lineCounter.linePos(range[0]);

    return { line: position.line, column: position.col };
  }
}

function emptyDocumentProblem(source: string): ParseProblem {
  return parseProblem({
    rule: "empty",
    message: `${source} contains no request, only comments or an empty value, so write the request members as a YAML map.`,
  });
}

function describeKeyNode(key: unknown): string {
  if (isMap(key)) return "a map";
  if (isSeq(key)) return "a list";
  if (isAlias(key)) return "an alias";
  if (isScalar(key) && key.value === null) return "an empty key";

  return "a value that is not a string";
}
