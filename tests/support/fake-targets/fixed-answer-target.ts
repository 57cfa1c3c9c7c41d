import { createServer, type Server } from "node:http";
import { closeServer, listenOnLoopback } from "../../../targets/loopback-server.ts";

/** The one answer a FixedAnswerTarget gives. */
export interface FixedAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** 200 with an HTML page: a web server, not an object store, at the endpoint. */
export const HTML_PAGE: FixedAnswer = { status: 200, contentType: "text/html", body: "<html>hello</html>" };

/** 500 with a plain-text body: a store whose back end is down. */
export const SERVER_ERROR: FixedAnswer = { status: 500, contentType: "text/plain", body: "backend unavailable: the metadata database refused the connection" };

/**
 * A fake target on 127.0.0.1 that gives every request, whatever its method, path or credentials, the
 * same answer, after reading the request's body. Counts the requests it answered.
 */
export class FixedAnswerTarget {
  requests = 0;
  private readonly server: Server;

  constructor(answer: FixedAnswer) {
    this.server = createServer((request, response) => {
      request.resume();
      request.on("end", () => {
        this.requests += 1;
        const body = request.method === "HEAD" ? "" : answer.body;
        response.writeHead(answer.status, { "content-type": answer.contentType, "content-length": Buffer.byteLength(answer.body) });
        response.end(body);
      });
    });
  }

  async start(): Promise<string> {
    return `http://127.0.0.1:${await listenOnLoopback(this.server)}`;
  }

  async stop(): Promise<void> {
    await closeServer(this.server);
  }
}
