import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";

/** A canned HTTP response: status and JSON body. */
export interface StubResponse {
  status: number;
  body: unknown;
  /** Extra response headers, for example `x-amzn-errortype`. */
  headers?: Record<string, string>;
}

/** An HTTP server on 127.0.0.1 that returns one canned response to every request. */
export interface StubServer {
  /** Base URL, `http://127.0.0.1:PORT`. */
  endpoint: string;
  /** Number of requests received so far. */
  requestCount(): number;
  close(): Promise<void>;
}

/**
 * Starts a server that returns `response` for every request, to test how the send step
 * handles responses that moto never produces (a missing ARN, other service errors).
 */
export async function startStubServer(response: StubResponse): Promise<StubServer> {
  let count = 0;
  const server = createServer((request: IncomingMessage, reply: ServerResponse) => {
    count += 1;
    request.resume();
    request.on("end", () => {
      reply.writeHead(response.status, {
        "content-type": "application/x-amz-json-1.1",
        ...response.headers,
      });
      reply.end(JSON.stringify(response.body));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (address === null || typeof address === "string") {
    throw new Error(`could not read the stub server's port, received ${address}`);
  }

  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    requestCount: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
