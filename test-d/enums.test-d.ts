import { expectAssignable, expectError, expectNotAssignable, expectType } from "tsd";
import type * as sdk from "@aws-sdk/client-sagemaker";
import {
  $enumValue,
  type StrategyOtherThanHyperband,
  type TrainingInstanceType,
  type TrainingInputMode,
  tuningJob,
} from "../src/index.js";

// Every SDK value is a generated value, and the reverse: the two unions are the same.
declare const sdkInstanceType: sdk.TrainingInstanceType;
declare const generatedInstanceType: TrainingInstanceType;
expectAssignable<TrainingInstanceType>(sdkInstanceType);
expectAssignable<sdk.TrainingInstanceType>(generatedInstanceType);
declare const sdkInputMode: sdk.TrainingInputMode;
expectType<TrainingInputMode>(sdkInputMode);

expectAssignable<TrainingInstanceType>("ml.p5.48xlarge");
// A misspelled instance type is not a TrainingInstanceType.
expectNotAssignable<TrainingInstanceType>("ml.m5.xlrge");

const chain = tuningJob("job");
// A misspelled instance type does not compile in the chain.
expectError(chain.instances("ml.m5.xlrge", { volumeSizeInGB: 30 }));
// The escape hatch admits a value that the installed SDK does not list.
chain.instances($enumValue("TrainingInstanceType", "ml.future.48xlarge"), { volumeSizeInGB: 30 });
// A value admitted for another enum is still rejected.
expectError(
  chain.instances($enumValue("S3DataType", "ml.future.48xlarge"), { volumeSizeInGB: 30 }),
);
// An unknown enum name does not compile.
expectError($enumValue("TrainingInstanceTypes", "ml.future.48xlarge"));

// The chain's hand-written strategy list must match the SDK's strategies other than Hyperband.
declare const otherStrategies: Exclude<sdk.HyperParameterTuningJobStrategyType, "Hyperband">;
declare const chainStrategies: StrategyOtherThanHyperband;
expectType<StrategyOtherThanHyperband>(otherStrategies);
expectType<Exclude<sdk.HyperParameterTuningJobStrategyType, "Hyperband">>(chainStrategies);
