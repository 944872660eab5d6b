/** Types of the tuning-job chain: its options, its step markers and its interface. */
import type {
  CreateHyperParameterTuningJobCommandInput,
  SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import type {
  AdmittedHyperParameterScalingType,
  AdmittedHyperParameterTuningJobObjectiveType,
  AdmittedHyperParameterTuningJobStrategyType,
  AdmittedTrainingInputMode,
  AdmittedTrainingInstanceType,
  AdmittedTrainingJobEarlyStoppingType,
  HyperParameterScalingType,
  HyperParameterTuningJobObjectiveType,
  TrainingInputMode,
  TrainingInstanceType,
  TrainingJobEarlyStoppingType,
} from "../../generated/enums.js";
import type { StrictChannel } from "../../generated/shapes/channel.js";
import type { StrictHyperbandStrategyConfig } from "../../generated/shapes/hyperband-strategy-config.js";
import type { CreateOptions } from "../send.js";
import type { ValidateOptions, ValidationResult } from "../validate/index.js";
import type { ChannelOptions } from "./channel.js";
import type { HyperParameterValue, HyperParameterValues, StringMap } from "./values.js";

/** Options of {@link TuningJob.image} and {@link TuningJob.algorithm}. */
export interface AlgorithmOptions {
  /** Input mode of the training container; `File` when omitted. */
  inputMode?: TrainingInputMode | AdmittedTrainingInputMode;
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
  /** Total training jobs; optional because the Grid strategy can run every combination. */
  maxNumberOfTrainingJobs?: number;
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
 * The strategies that `strategy()` takes. They are written out because computing them with
 * `Exclude` cost the flagship chain 14 of its instantiations. A type test fails when the
 * SDK's `HyperParameterTuningJobStrategyType` gains a value that this list lacks.
 */
export type StrategyOtherThanHyperband = "Bayesian" | "Random" | "Grid";

/** Marks that {@link TuningJob.hyperband} was called. */
export interface HyperbandStep {
  readonly "strategy is Hyperband": true;
}

/**
 * The `this` type of steps that do not fit Hyperband. `validate` is there only so that the
 * type is not all-optional, which the compiler would reject as a weak type.
 */
export interface NotHyperband {
  readonly "strategy is Hyperband"?: never;
  readonly validate: unknown;
}

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
  /**
   * Sets the search strategy; `Bayesian` when never called. Hyperband has its own step,
   * {@link TuningJob.hyperband}, because it needs early stopping `Off`.
   */
  strategy(
    this: NotHyperband,
    strategy: StrategyOtherThanHyperband | AdmittedHyperParameterTuningJobStrategyType,
  ): this;
  /** Uses Hyperband, with optional resource limits; sets early stopping `Off` as Hyperband needs. */
  hyperband(config?: StrictHyperbandStrategyConfig): this & HyperbandStep;
  /** Sets the objective metric and whether to maximize or minimize it. */
  objective(
    type: HyperParameterTuningJobObjectiveType | AdmittedHyperParameterTuningJobObjectiveType,
    metricName: string,
  ): this & ObjectiveStep;
  /** Sets how many training jobs run in total and at once, and the tuning job's runtime limit. */
  limits(limits: LimitOptions): this & LimitsStep;
  /** Adds an integer hyperparameter range; bounds are sent as strings. */
  integerRange(
    name: string,
    min: number,
    max: number,
    scaling?: HyperParameterScalingType | AdmittedHyperParameterScalingType,
  ): this;
  /** Adds a continuous hyperparameter range; bounds are sent as strings. */
  continuousRange(
    name: string,
    min: number,
    max: number,
    scaling?: HyperParameterScalingType | AdmittedHyperParameterScalingType,
  ): this;
  /** Adds a categorical hyperparameter range; values are sent as strings. */
  categoricalRange(name: string, values: readonly HyperParameterValue[]): this;
  /** Adds hyperparameters that stay fixed; numbers and booleans are sent as their strings. */
  staticHyperParameters(values: HyperParameterValues): this;
  /**
   * Uses a training image: a built-in algorithm's ECR URI or your own. For your own image,
   * `options.metrics` maps metric names to the regular expressions that find them in its logs.
   */
  image(this: NoAlgorithmYet, uri: string, options?: AlgorithmOptions): this & AlgorithmStep;
  /** Uses an algorithm resource, created with CreateAlgorithm or from AWS Marketplace, by name or ARN. */
  algorithm(this: NoAlgorithmYet, name: string, options?: AlgorithmOptions): this & AlgorithmStep;
  /** Sets the IAM role that training jobs run as. */
  role(roleArn: string): this & RoleStep;
  /** Sets the S3 prefix for model artifacts. */
  output(s3OutputPath: string, options?: { kmsKeyId?: string }): this & OutputStep;
  /** Sets the instance type, count and volume of each training job. */
  instances(
    instanceType: TrainingInstanceType | AdmittedTrainingInstanceType,
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
    this: NotHyperband,
    type: TrainingJobEarlyStoppingType | AdmittedTrainingJobEarlyStoppingType,
  ): this;
  /** With Hyperband, early stopping can only be `Off`, because Hyperband stops jobs itself. */
  earlyStopping(type: "Off"): this;
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
