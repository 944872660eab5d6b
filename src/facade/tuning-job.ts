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
import type { StrictChannel } from "../../generated/shapes/channel.js";
import type { StrictHyperbandStrategyConfig } from "../../generated/shapes/hyperband-strategy-config.js";
import type { AdmittedEnumValue } from "../escape-hatch.js";
import { createTuningJob, type CreateOptions } from "../send.js";
import {
  assertValidTuningJob,
  validateTuningJob,
  type ValidateOptions,
  type ValidationResult,
} from "../validate/index.js";
import { channelFromS3, type ChannelOptions } from "./channel.js";
import {
  formatNumber,
  stringifyHyperParameters,
  type HyperParameterValue,
  type HyperParameterValues,
  type StringMap,
} from "./values.js";

/** Options of {@link TuningJob.image} and {@link TuningJob.algorithm}. */
export interface AlgorithmOptions {
  /** Input mode of the training container; `File` when omitted. */
  inputMode?: TrainingInputMode | AdmittedEnumValue<"TrainingInputMode">;
  /** Metrics the tuning job reads from the logs: metric name to a regular expression with one group. */
  metrics?: Record<string, string>;
}

/** Options of {@link TuningJob.instances}. */
export interface InstanceOptions {
  /** Number of instances per training job; 1 when omitted. */
  count?: number;
  /** Size of the ML storage volume of each instance, in GB. */
  volumeSizeInGB: number;
}

/** Options of {@link TuningJob.limits}. */
export interface LimitOptions {
  maxNumberOfTrainingJobs: number;
  maxParallelTrainingJobs: number;
  /** Runtime limit of the whole tuning job, in seconds. */
  maxRuntimeInSeconds?: number;
}

/** Options of {@link TuningJob.spot}. */
export interface SpotOptions {
  /** How long to wait for spot capacity plus the runtime, in seconds; at least the runtime limit. */
  maxWaitTimeInSeconds: number;
  /** S3 URI where training jobs save checkpoints so that interrupted jobs resume. */
  checkpointS3Uri: string;
  /** Checkpoint folder inside the container; SageMaker uses `/opt/ml/checkpoints` when omitted. */
  checkpointLocalPath?: string;
}

/*
 * Type-state of the chain. Each required step adds a marker interface to the returned
 * type (`this & RoleStep`), and `build()` declares the markers it needs as its `this`
 * type, so an incomplete chain fails with "Property '"call role()"' is missing". Markers
 * cost the compiler one intersection per call, where a generic state parameter would
 * re-instantiate every method on every call.
 */

/** Marks that {@link TuningJob.image} or {@link TuningJob.algorithm} was called. */
export interface AlgorithmStep {
  readonly "call image() or algorithm()": true;
}
/** Marks that {@link TuningJob.role} was called. */
export interface RoleStep {
  readonly "call role()": true;
}
/** Marks that {@link TuningJob.output} was called. */
export interface OutputStep {
  readonly "call output()": true;
}
/** Marks that {@link TuningJob.instances} was called. */
export interface InstancesStep {
  readonly "call instances()": true;
}
/** Marks that {@link TuningJob.maxRuntime} was called. */
export interface MaxRuntimeStep {
  readonly "call maxRuntime()": true;
}
/** Marks that {@link TuningJob.limits} was called. */
export interface LimitsStep {
  readonly "call limits()": true;
}
/** Marks that {@link TuningJob.objective} was called. */
export interface ObjectiveStep {
  readonly "call objective()": true;
}

/** Every step a complete request needs; the `this` type of `build()` and `send()`. */
export type CompleteSteps = AlgorithmStep &
  RoleStep &
  OutputStep &
  InstancesStep &
  MaxRuntimeStep &
  LimitsStep &
  ObjectiveStep;

/**
 * The `this` type of `image()` and `algorithm()`: a job has an image or an algorithm
 * name, not both. `validate` is there only so that the type is not all-optional, which
 * the compiler would reject as a weak type.
 */
export interface NoAlgorithmYet {
  readonly "call image() or algorithm()"?: never;
  readonly validate: unknown;
}

/**
 * The fluent tuning-job chain; see {@link tuningJob}. Every method returns a new chain.
 * `build()` and `send()` compile only once every required step was taken.
 */
export interface TuningJob {
  /** Sets the search strategy; `Bayesian` when never called. */
  strategy(
    strategy:
      | HyperParameterTuningJobStrategyType
      | AdmittedEnumValue<"HyperParameterTuningJobStrategyType">,
  ): this;
  /** Uses Hyperband, with optional resource limits; sets early stopping `Off` as Hyperband needs. */
  hyperband(config?: StrictHyperbandStrategyConfig): this;
  /** Sets the objective metric and whether to maximize or minimize it. */
  objective(
    type:
      | HyperParameterTuningJobObjectiveType
      | AdmittedEnumValue<"HyperParameterTuningJobObjectiveType">,
    metricName: string,
  ): this & ObjectiveStep;
  /** Sets how many training jobs run in total and at once, and the tuning job's runtime limit. */
  limits(limits: LimitOptions): this & LimitsStep;
  /** Adds an integer hyperparameter range; bounds are sent as strings. */
  integerRange(
    name: string,
    min: number,
    max: number,
    scaling?: HyperParameterScalingType | AdmittedEnumValue<"HyperParameterScalingType">,
  ): this;
  /** Adds a continuous hyperparameter range; bounds are sent as strings. */
  continuousRange(
    name: string,
    min: number,
    max: number,
    scaling?: HyperParameterScalingType | AdmittedEnumValue<"HyperParameterScalingType">,
  ): this;
  /** Adds a categorical hyperparameter range; values are sent as strings. */
  categoricalRange(name: string, values: readonly HyperParameterValue[]): this;
  /** Adds hyperparameters that stay fixed; numbers and booleans are sent as their strings. */
  staticHyperParameters(values: HyperParameterValues): this;
  /** Uses a custom training image (an ECR URI). */
  image(this: NoAlgorithmYet, uri: string, options?: AlgorithmOptions): this & AlgorithmStep;
  /** Uses a built-in or Marketplace algorithm by name or ARN. */
  algorithm(this: NoAlgorithmYet, name: string, options?: AlgorithmOptions): this & AlgorithmStep;
  /** Sets the IAM role that training jobs run as. */
  role(roleArn: string): this & RoleStep;
  /** Sets the S3 prefix for model artifacts. */
  output(s3OutputPath: string, options?: { kmsKeyId?: string }): this & OutputStep;
  /** Sets the instance type, count and volume of each training job. */
  instances(
    instanceType: TrainingInstanceType | AdmittedEnumValue<"TrainingInstanceType">,
    options: InstanceOptions,
  ): this & InstancesStep;
  /** Sets the runtime limit of each training job, in seconds. */
  maxRuntime(seconds: number): this & MaxRuntimeStep;
  /** Adds an input channel that reads an S3 prefix or object. */
  channel(name: string, s3Uri: string, options?: ChannelOptions): this;
  /** Adds an input channel given in full. */
  channelConfig(channel: StrictChannel): this;
  /** Runs training jobs on managed spot capacity and saves checkpoints to S3. */
  spot(options: SpotOptions): this;
  /** Sets whether SageMaker stops training jobs that are unlikely to beat the best one. */
  earlyStopping(
    type: TrainingJobEarlyStoppingType | AdmittedEnumValue<"TrainingJobEarlyStoppingType">,
  ): this;
  /** Sets environment variables of the training containers. */
  environment(variables: StringMap): this;
  /** Adds tags to the tuning job. */
  tags(tags: StringMap): this;
  /** Validates the request and returns every problem, without throwing. */
  validate(options?: ValidateOptions): ValidationResult;
  /** Validates the request and returns it; throws `ValidationError` listing every problem. */
  build(this: CompleteSteps, options?: ValidateOptions): CreateHyperParameterTuningJobCommandInput;
  /** Validates, sends `CreateHyperParameterTuningJobCommand` with `client` and returns the ARN. */
  send(this: CompleteSteps, client: SageMakerClient, options?: CreateOptions): Promise<string>;
}

/** The request under construction; the validator checks completeness at build time. */
interface Draft {
  config: Partial<HyperParameterTuningJobConfig>;
  definition: Partial<HyperParameterTrainingJobDefinition>;
  tags: Array<{ Key: string; Value: string }>;
}

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

    return new TuningJobChain(this.#name, draft);
  }

  #ranges(config: Partial<HyperParameterTuningJobConfig>) {
    config.ParameterRanges ??= {};

    return config.ParameterRanges;
  }

  strategy(strategy: string) {
    return this.#with((draft) => {
      draft.config.Strategy = strategy as HyperParameterTuningJobStrategyType;
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

  limits(limits: LimitOptions) {
    return this.#with((draft) => {
      draft.config.ResourceLimits = {
        MaxNumberOfTrainingJobs: limits.maxNumberOfTrainingJobs,
        MaxParallelTrainingJobs: limits.maxParallelTrainingJobs,
        ...(limits.maxRuntimeInSeconds === undefined
          ? {}
          : { MaxRuntimeInSeconds: limits.maxRuntimeInSeconds }),
      };
    });
  }

  integerRange(name: string, min: number, max: number, scaling?: string) {
    return this.#with((draft) => {
      const range = { Name: name, MinValue: formatNumber(min), MaxValue: formatNumber(max) };
      const ranges = this.#ranges(draft.config);
      ranges.IntegerParameterRanges ??= [];
      ranges.IntegerParameterRanges.push(
        scaling ? { ...range, ScalingType: scaling as HyperParameterScalingType } : range,
      );
    });
  }

  continuousRange(name: string, min: number, max: number, scaling?: string) {
    return this.#with((draft) => {
      const range = { Name: name, MinValue: formatNumber(min), MaxValue: formatNumber(max) };
      const ranges = this.#ranges(draft.config);
      ranges.ContinuousParameterRanges ??= [];
      ranges.ContinuousParameterRanges.push(
        scaling ? { ...range, ScalingType: scaling as HyperParameterScalingType } : range,
      );
    });
  }

  categoricalRange(name: string, values: readonly HyperParameterValue[]) {
    return this.#with((draft) => {
      const ranges = this.#ranges(draft.config);
      ranges.CategoricalParameterRanges ??= [];
      ranges.CategoricalParameterRanges.push({
        Name: name,
        Values: values.map((value) => String(value)),
      });
    });
  }

  staticHyperParameters(values: HyperParameterValues) {
    return this.#with((draft) => {
      draft.definition.StaticHyperParameters = {
        ...draft.definition.StaticHyperParameters,
        ...stringifyHyperParameters(values),
      };
    });
  }

  image(uri: string, options: AlgorithmOptions = {}) {
    return this.#withAlgorithm({ TrainingImage: uri }, options);
  }

  algorithm(name: string, options: AlgorithmOptions = {}) {
    return this.#withAlgorithm({ AlgorithmName: name }, options);
  }

  #withAlgorithm(
    source: { TrainingImage: string } | { AlgorithmName: string },
    options: AlgorithmOptions,
  ) {
    return this.#with((draft) => {
      const metrics = Object.entries(options.metrics ?? {}).map(([Name, Regex]) => ({
        Name,
        Regex,
      }));
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

  output(s3OutputPath: string, options: { kmsKeyId?: string } = {}) {
    return this.#with((draft) => {
      draft.definition.OutputDataConfig = {
        S3OutputPath: s3OutputPath,
        ...(options.kmsKeyId === undefined ? {} : { KmsKeyId: options.kmsKeyId }),
      };
    });
  }

  instances(instanceType: string, options: InstanceOptions) {
    return this.#with((draft) => {
      draft.definition.ResourceConfig = {
        InstanceType: instanceType as TrainingInstanceType,
        InstanceCount: options.count ?? 1,
        VolumeSizeInGB: options.volumeSizeInGB,
      };
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

  channel(name: string, s3Uri: string, options: ChannelOptions = {}) {
    return this.channelConfig(channelFromS3(name, s3Uri, options));
  }

  channelConfig(channel: StrictChannel) {
    return this.#with((draft) => {
      draft.definition.InputDataConfig = [
        ...(draft.definition.InputDataConfig ?? []),
        structuredClone(channel) as never,
      ];
    });
  }

  spot(options: SpotOptions) {
    return this.#with((draft) => {
      draft.definition.EnableManagedSpotTraining = true;
      draft.definition.StoppingCondition = {
        ...draft.definition.StoppingCondition,
        MaxWaitTimeInSeconds: options.maxWaitTimeInSeconds,
      };
      draft.definition.CheckpointConfig = {
        S3Uri: options.checkpointS3Uri,
        ...(options.checkpointLocalPath === undefined
          ? {}
          : { LocalPath: options.checkpointLocalPath }),
      };
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
      draft.tags.push(...Object.entries(tags).map(([Key, Value]) => ({ Key, Value })));
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
