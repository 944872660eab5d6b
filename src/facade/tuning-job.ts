/**
 * `tuningJob(name)`: a fluent chain for the whole `CreateHyperParameterTuningJob` request
 * with one training job definition, with short helpers for what tuning jobs set most.
 */
import type {
  CreateHyperParameterTuningJobCommandInput,
  HyperParameterTrainingJobDefinition,
  HyperParameterTuningJobConfig,
  SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import type {
  HyperParameterScalingType,
  HyperParameterTuningJobObjectiveType,
  HyperParameterTuningJobStrategyType,
  TrainingInputMode,
  TrainingInstanceType,
  TrainingJobEarlyStoppingType,
} from "../../generated/enums.js";
export type * from "./tuning-job-types.js";
import type { StrictChannel } from "../../generated/shapes/channel.js";
import type { StrictHyperbandStrategyConfig } from "../../generated/shapes/hyperband-strategy-config.js";
import { createTuningJob, type CreateOptions } from "../send.js";
import {
  assertValidTuningJob,
  validateTuningJob,
  type ValidateOptions,
  type ValidationResult,
} from "../validate/index.js";
import { channelFromS3, type ChannelOptions } from "./channel.js";
import type {
  AlgorithmOptions,
  InstanceOptions,
  LimitOptions,
  SpotOptions,
  TuningJob,
} from "./tuning-job-types.js";
import {
  copyRequestData,
  hyperParameterString,
  invalidArgument,
  rangeBound,
  stringifyHyperParameters,
  type HyperParameterValue,
  type HyperParameterValues,
  type StringMap,
} from "./values.js";

/** The request under construction; the validator checks completeness at build time. */
interface Draft {
  config: Partial<HyperParameterTuningJobConfig>;
  definition: Partial<HyperParameterTrainingJobDefinition>;
  tags: Array<{ Key: string; Value: string }>;
}

type NumericRangeList = "IntegerParameterRanges" | "ContinuousParameterRanges";

const rangesPath = "HyperParameterTuningJobConfig.ParameterRanges";

/**
 * The chain's implementation. Its methods take `unknown`-safe arguments from plain
 * JavaScript callers too: a value of the wrong type throws `ValidationError` naming the
 * request path, and a missing options object leaves its members to the build-time check.
 */
class TuningJobChain {
  readonly #name: string;
  readonly #draft: Draft;

  constructor(name: string, draft: Draft) {
    this.#name = name;
    this.#draft = draft;
  }

  #with(change: (draft: Draft) => void): TuningJobChain {
    const draft = structuredClone(this.#draft);
    change(draft);

    // A copy that checks what the step stored: functions or symbols from plain JavaScript
    // callers throw ValidationError here, at the step that received them.
    return new TuningJobChain(this.#name, {
      config: copyRequestData(draft.config, "HyperParameterTuningJobConfig") as Draft["config"],
      definition: copyRequestData(draft.definition, "TrainingJobDefinition") as Draft["definition"],
      tags: copyRequestData(draft.tags, "Tags") as Draft["tags"],
    });
  }

  strategy(strategy: string) {
    return this.#with((draft) => {
      draft.config.Strategy = strategy as HyperParameterTuningJobStrategyType;
      // Strategy configuration belongs to Hyperband only, so another strategy drops it.
      if (strategy !== "Hyperband") delete draft.config.StrategyConfig;
    });
  }

  hyperband(config?: StrictHyperbandStrategyConfig) {
    return this.#with((draft) => {
      draft.config.Strategy = "Hyperband";
      draft.config.TrainingJobEarlyStoppingType = "Off";
      if (config) draft.config.StrategyConfig = { HyperbandStrategyConfig: { ...config } };
    });
  }

  objective(type: string, metricName: string) {
    return this.#with((draft) => {
      draft.config.HyperParameterTuningJobObjective = {
        Type: type as HyperParameterTuningJobObjectiveType,
        MetricName: metricName,
      };
    });
  }

  limits(limits: Partial<LimitOptions> | undefined) {
    const requested = limits ?? {};

    return this.#with((draft) => {
      draft.config.ResourceLimits = withoutUndefined({
        MaxNumberOfTrainingJobs: requested.maxNumberOfTrainingJobs,
        MaxParallelTrainingJobs: requested.maxParallelTrainingJobs,
        MaxRuntimeInSeconds: requested.maxRuntimeInSeconds,
      }) as HyperParameterTuningJobConfig["ResourceLimits"];
    });
  }

  integerRange(name: string, min: unknown, max: unknown, scaling?: string) {
    return this.#numericRange("IntegerParameterRanges", name, min, max, scaling);
  }

  continuousRange(name: string, min: unknown, max: unknown, scaling?: string) {
    return this.#numericRange("ContinuousParameterRanges", name, min, max, scaling);
  }

  #numericRange(
    list: NumericRangeList,
    name: string,
    min: unknown,
    max: unknown,
    scaling?: string,
  ) {
    const index = this.#draft.config.ParameterRanges?.[list]?.length ?? 0;
    const path = `${rangesPath}.${list}[${index}]`;
    const range = {
      Name: name,
      MinValue: rangeBound(min, `${path}.MinValue`),
      MaxValue: rangeBound(max, `${path}.MaxValue`),
      ...(scaling === undefined ? {} : { ScalingType: scaling as HyperParameterScalingType }),
    };

    return this.#with((draft) => {
      draft.config.ParameterRanges ??= {};
      draft.config.ParameterRanges[list] = [...(draft.config.ParameterRanges[list] ?? []), range];
    });
  }

  categoricalRange(name: string, values: readonly HyperParameterValue[]) {
    const index = this.#draft.config.ParameterRanges?.CategoricalParameterRanges?.length ?? 0;
    const path = `${rangesPath}.CategoricalParameterRanges[${index}].Values`;
    if (!Array.isArray(values)) throw invalidArgument(path, values, "an array of values");
    const strings = values.map((value, position) =>
      hyperParameterString(value, `${path}[${position}]`),
    );

    return this.#with((draft) => {
      draft.config.ParameterRanges ??= {};
      const ranges = draft.config.ParameterRanges;
      ranges.CategoricalParameterRanges = [
        ...(ranges.CategoricalParameterRanges ?? []),
        { Name: name, Values: strings },
      ];
    });
  }

  staticHyperParameters(values: HyperParameterValues) {
    const strings = stringifyHyperParameters(values, "TrainingJobDefinition.StaticHyperParameters");

    return this.#with((draft) => {
      draft.definition.StaticHyperParameters = {
        ...draft.definition.StaticHyperParameters,
        ...strings,
      };
    });
  }

  image(uri: string, options?: AlgorithmOptions) {
    return this.#withAlgorithm({ TrainingImage: uri }, options ?? {});
  }

  algorithm(name: string, options?: AlgorithmOptions) {
    return this.#withAlgorithm({ AlgorithmName: name }, options ?? {});
  }

  #withAlgorithm(
    source: { TrainingImage: string } | { AlgorithmName: string },
    options: AlgorithmOptions,
  ) {
    const metrics = Object.entries(options.metrics ?? {}).map(([Name, Regex]) => ({ Name, Regex }));

    return this.#with((draft) => {
      draft.definition.AlgorithmSpecification = {
        ...source,
        TrainingInputMode: (options.inputMode ?? "File") as TrainingInputMode,
        ...(metrics.length > 0 ? { MetricDefinitions: metrics } : {}),
      };
    });
  }

  role(roleArn: string) {
    return this.#with((draft) => {
      draft.definition.RoleArn = roleArn;
    });
  }

  output(s3OutputPath: string, options?: { kmsKeyId?: string }) {
    return this.#with((draft) => {
      draft.definition.OutputDataConfig = withoutUndefined({
        S3OutputPath: s3OutputPath,
        KmsKeyId: options?.kmsKeyId,
      }) as HyperParameterTrainingJobDefinition["OutputDataConfig"];
    });
  }

  instances(instanceType: string, options: Partial<InstanceOptions> | undefined) {
    return this.#with((draft) => {
      draft.definition.ResourceConfig = withoutUndefined({
        InstanceType: instanceType as TrainingInstanceType,
        InstanceCount: options?.count ?? 1,
        VolumeSizeInGB: options?.volumeSizeInGB,
      });
    });
  }

  maxRuntime(seconds: number) {
    return this.#with((draft) => {
      draft.definition.StoppingCondition = {
        ...draft.definition.StoppingCondition,
        MaxRuntimeInSeconds: seconds,
      };
    });
  }

  channel(name: string, s3Uri: string, options?: ChannelOptions) {
    return this.channelConfig(channelFromS3(name, s3Uri, options ?? {}));
  }

  channelConfig(channel: StrictChannel) {
    return this.#with((draft) => {
      const channels = draft.definition.InputDataConfig ?? [];
      draft.definition.InputDataConfig = [...channels, channel as never];
    });
  }

  spot(options: Partial<SpotOptions> | undefined) {
    return this.#with((draft) => {
      draft.definition.EnableManagedSpotTraining = true;
      draft.definition.StoppingCondition = withoutUndefined({
        ...draft.definition.StoppingCondition,
        MaxWaitTimeInSeconds: options?.maxWaitTimeInSeconds,
      });
      draft.definition.CheckpointConfig = withoutUndefined({
        S3Uri: options?.checkpointS3Uri,
        LocalPath: options?.checkpointLocalPath,
      }) as HyperParameterTrainingJobDefinition["CheckpointConfig"];
    });
  }

  earlyStopping(type: string) {
    return this.#with((draft) => {
      draft.config.TrainingJobEarlyStoppingType = type as TrainingJobEarlyStoppingType;
    });
  }

  environment(variables: StringMap) {
    return this.#with((draft) => {
      draft.definition.Environment = { ...draft.definition.Environment, ...variables };
    });
  }

  tags(tags: StringMap) {
    return this.#with((draft) => {
      // A tag key is unique per resource, so a key given again replaces its value.
      const merged = new Map(draft.tags.map((tag) => [tag.Key, tag.Value]));
      for (const [key, value] of Object.entries(tags ?? {})) merged.set(key, value);
      draft.tags = [...merged].map(([Key, Value]) => ({ Key, Value }));
    });
  }

  #request(): CreateHyperParameterTuningJobCommandInput {
    const draft = structuredClone(this.#draft);
    const request: CreateHyperParameterTuningJobCommandInput = {
      HyperParameterTuningJobName: this.#name,
      HyperParameterTuningJobConfig: draft.config as HyperParameterTuningJobConfig,
      TrainingJobDefinition: draft.definition as HyperParameterTrainingJobDefinition,
    };
    if (draft.tags.length > 0) request.Tags = draft.tags;

    return request;
  }

  validate(options?: ValidateOptions): ValidationResult {
    return validateTuningJob(this.#request(), options);
  }

  build(options?: ValidateOptions): CreateHyperParameterTuningJobCommandInput {
    return assertValidTuningJob(this.#request(), options);
  }

  send(client: SageMakerClient, options?: CreateOptions): Promise<string> {
    return createTuningJob(client, this.#request(), options);
  }
}

/** Returns a copy of `value` without its `undefined` members, which the validator reports as missing. */
function withoutUndefined<T extends object>(
  value: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/**
 * Starts a fluent chain for a `CreateHyperParameterTuningJob` request with one training
 * job definition. The strategy is `Bayesian` unless set.
 *
 * @example
 * ```ts
 * const request = tuningJob("xgb-tune-01")
 *   .objective("Maximize", "validation:auc")
 *   .limits({ maxNumberOfTrainingJobs: 20, maxParallelTrainingJobs: 2 })
 *   .integerRange("max_depth", 3, 10)
 *   .image("111122223333.dkr.ecr.us-east-1.amazonaws.com/xgb:1", { metrics: { "validation:auc": "auc=([0-9.]+)" } })
 *   .role("arn:aws:iam::111122223333:role/ExampleSageMakerRole")
 *   .output("s3://amzn-s3-demo-bucket/output/")
 *   .instances("ml.m5.xlarge", { volumeSizeInGB: 30 })
 *   .maxRuntime(3600)
 *   .build();
 * ```
 */
export function tuningJob(name: string): TuningJob {
  const draft: Draft = { config: { Strategy: "Bayesian" }, definition: {}, tags: [] };

  return new TuningJobChain(name, draft) as unknown as TuningJob;
}
