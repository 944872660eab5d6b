/** Types shared by the semantic (cross-field) rules. */
import type { Problem } from "../../problems.js";
import type { PlainRecord } from "../read.js";

/** A value read from the request together with its JSON path. */
export interface Located<TValue> {
  value: TValue;
  path: string;
}

/** One training job definition of the request, with the objective and ranges that apply to it. */
export interface DefinitionEntry {
  /** The definition object. A definition that is not an object is left out of the context. */
  definition: PlainRecord;
  /** `TrainingJobDefinition` or `TrainingJobDefinitions[i]`. */
  path: string;
  /**
   * The objective: `HyperParameterTuningJobConfig.HyperParameterTuningJobObjective` for the
   * single-definition form, the definition's `TuningObjective` for the list form.
   */
  objective: Located<PlainRecord> | undefined;
  /**
   * The ranges: `HyperParameterTuningJobConfig.ParameterRanges` for the single-definition
   * form, the definition's `HyperParameterRanges` for the list form.
   */
  ranges: Located<PlainRecord> | undefined;
}

/** Values read once from a request and shared by the semantic rules. */
export interface RuleContext {
  /** The request when it is a plain object, otherwise an empty object. */
  request: PlainRecord;
  /** `HyperParameterTuningJobConfig` when it is a plain object. */
  config: PlainRecord | undefined;
  /** `HyperParameterTuningJobConfig.Strategy` when it is a string. */
  strategy: string | undefined;
  /** Every definition that is a plain object, from both request forms. */
  definitions: readonly DefinitionEntry[];
}

/**
 * A documented cross-field rule of `CreateHyperParameterTuningJob`. `check` takes unknown
 * input and skips what it cannot read instead of throwing.
 */
export interface SemanticRule {
  /** Kebab-case name, also the `rule` of every problem it reports. */
  readonly name: string;
  check(request: unknown, context: RuleContext): Problem[];
}
