/**
 * Formats generated files with prettier. Large runs (the whole service is about 1,500
 * files) are split over worker threads, one per core, because printing is CPU-bound.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import * as prettier from "prettier";

/** Files below this count are formatted on the main thread; a worker costs about 0.3 s to start. */
const workerThreshold = 200;

export interface FormatJob {
  path: string;
  text: string;
}

/** Loads the project's prettier settings; `babel-ts` parses about twice as fast as `typescript`. */
export async function formatOptions(): Promise<prettier.Options> {
  const config = await prettier.resolveConfig(
    new URL("../.prettierrc.json", import.meta.url).pathname,
  );

  return { ...config, parser: "babel-ts" };
}

/** Formats every job's text, keeping the order of `jobs`. */
export async function formatAll(jobs: readonly FormatJob[]): Promise<FormatJob[]> {
  const options = await formatOptions();
  const workers = Math.min(availableParallelism(), Math.ceil(jobs.length / workerThreshold));
  if (workers <= 1) {
    return Promise.all(
      jobs.map(async (job) => ({ path: job.path, text: await prettier.format(job.text, options) })),
    );
  }

  const batches: FormatJob[][] = Array.from({ length: workers }, () => []);
  jobs.forEach((job, index) => batches[index % workers]?.push(job));
  const results = await Promise.all(batches.map((batch) => formatInWorker(batch, options)));
  const byPath = new Map(results.flat().map((job) => [job.path, job.text]));

  return jobs.map((job) => ({ path: job.path, text: byPath.get(job.path) ?? job.text }));
}

const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.prettier).then(async (prettier) => {
  const out = [];
  for (const job of workerData.jobs) out.push({ path: job.path, text: await prettier.format(job.text, workerData.options) });
  parentPort.postMessage(out);
}, (error) => { throw error; });
`;

function formatInWorker(jobs: FormatJob[], options: prettier.Options): Promise<FormatJob[]> {
  const prettierUrl = import.meta.resolve("prettier");

  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { jobs, options, prettier: prettierUrl },
    });
    worker.once("message", (result: FormatJob[]) => resolve(result));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`prettier worker exited with code ${code}`));
    });
  });
}
