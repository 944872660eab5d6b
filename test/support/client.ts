import { SageMakerClient } from "@aws-sdk/client-sagemaker";

/** Static credentials that moto accepts; they are valid nowhere else. */
export const fakeCredentials = {
  accessKeyId: "testing",
  secretAccessKey: "testing",
};

/**
 * Creates a SageMaker client for a local endpoint on 127.0.0.1, with region `us-east-1`,
 * fake static credentials and one attempt per request, so a 500 fails fast.
 *
 * @throws Error when `endpoint` is not an `http://127.0.0.1:PORT` URL.
 */
export function localClient(endpoint: string): SageMakerClient {
  const url = new URL(endpoint);
  if (url.protocol !== "http:" || url.hostname !== "127.0.0.1" || url.port === "") {
    throw new Error(`expected a local endpoint http://127.0.0.1:PORT, received ${endpoint}`);
  }

  return new SageMakerClient({
    region: "us-east-1",
    endpoint,
    credentials: fakeCredentials,
    maxAttempts: 1,
  });
}
