/**
 * Flagship example: a Bayesian tuning job for a gradient-boosted tree model (the
 * SageMaker XGBoost container) on spot capacity.
 *
 *   npx tsx examples/xgboost-bayesian-tuning.ts          prints the request and a summary
 *   npx tsx examples/xgboost-bayesian-tuning.ts --send   creates the job and describes it
 *
 * With `--send` the SDK's default configuration applies: set `AWS_REGION` and, for a
 * local endpoint such as moto, `AWS_ENDPOINT_URL_SAGEMAKER`.
 */
import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import {
  describeTuningJob,
  SageMakerFluentError,
  toCliInputJson,
  tuningJob,
} from "../src/index.js";
import { summarizeTuningJob } from "./summary.js";

// Step 1: the request as a chain. The compiler refuses build() until every required step is there.
export const flagshipJob = tuningJob("xgb-churn-bayes-01")
  .strategy("Bayesian")
  .objective("Maximize", "validation:auc")
  .limits({
    maxNumberOfTrainingJobs: 30,
    maxParallelTrainingJobs: 3,
    maxRuntimeInSeconds: 6 * 3600,
  })
  .integerRange("max_depth", 3, 10)
  .integerRange("num_round", 50, 500, "Linear")
  .continuousRange("eta", 0.01, 0.3, "Logarithmic")
  .continuousRange("subsample", 0.5, 1)
  .categoricalRange("tree_method", ["hist", "approx"])
  .staticHyperParameters({ objective: "binary:logistic", eval_metric: "auc", verbosity: 1 })
  // The built-in XGBoost image emits validation:auc itself, and SageMaker rejects metric
  // definitions for its own algorithms; a custom image would pass { metrics: {...} } here.
  .image("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
  .role("arn:aws:iam::111122223333:role/ExampleSageMakerRole")
  .channel("train", "s3://amzn-s3-demo-bucket/churn/train/", { contentType: "text/csv" })
  .channel("validation", "s3://amzn-s3-demo-bucket/churn/validation/", { contentType: "text/csv" })
  .output("s3://amzn-s3-demo-bucket/churn/tuning-output/")
  .instances("ml.m5.2xlarge", { count: 1, volumeSizeInGB: 30 })
  .maxRuntime(3600)
  .spot({
    maxWaitTimeInSeconds: 7200,
    checkpointS3Uri: "s3://amzn-s3-demo-bucket/churn/checkpoints/",
  })
  .earlyStopping("Auto")
  .tags({ project: "churn", owner: "ml-platform" });

async function main(argv: string[]): Promise<void> {
  // On Node.js 20 the SDK prints a notice of several lines about Node.js versions for every
  // client. The example turns it off to keep its output readable, unless you set it yourself.
  process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";

  // Step 2: validate and build the SDK input; a ValidationError lists every problem.
  const request = flagshipJob.build();

  if (!argv.includes("--send")) {
    process.stdout.write(
      `# aws sagemaker create-hyper-parameter-tuning-job --cli-input-json file://request.json\n`,
    );
    process.stdout.write(`${toCliInputJson(request)}\n`);
    process.stdout.write(summarizeTuningJob(request));
    return;
  }

  // Step 3: send it with the SDK's default configuration and read the job back.
  const client = new SageMakerClient({});
  const arn = await flagshipJob.send(client);
  process.stdout.write(`created ${arn}\n`);
  const described = await describeTuningJob(client, request.HyperParameterTuningJobName ?? "");
  const { $metadata: _metadata, ...job } = described;
  process.stdout.write(`${JSON.stringify(job, null, 2)}\n`);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "");
if (invokedDirectly) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = error instanceof SageMakerFluentError ? 1 : 3;
  });
}
