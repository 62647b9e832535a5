import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface DrainOptions {
  /** Server settings Fastify applies only to servers it creates itself. */
  requestTimeoutMs: number;
  connectionTimeoutMs: number;
  keepAliveTimeoutMs: number;
  connectionsCheckingIntervalMs: number;
  /** How long open keep-alive connections may still send a request to be told to go. */
  lingerMs: number;
  /** Answers a request that arrived while draining: a 503 in the shared error shape. */
  refuse(request: IncomingMessage, response: ServerResponse): void;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Graceful shutdown for keep-alive clients. Node's server.close() destroys every idle
 * keep-alive connection at once, and a client that had just sent its next request on one got a
 * connection reset instead of an answer: under 200 keep-alive clients, every one of them.
 *
 * Draining (start(), from Fastify's preClose hook) instead:
 * - marks the answers still being prepared `Connection: close`;
 * - answers any request that arrives on an open connection (or a new one) with a 503 in the
 *   shared shape and `Connection: close`, so the client knows to go elsewhere;
 * - waits until every connection has closed that way, or `lingerMs` passes; only then does
 *   Fastify call server.close(), which closes connections that stayed silent all along.
 */
export class ShutdownDrain {
  #draining = false;
  #refused = 0;
  /** Called when the last connection closes while draining. */
  #onEmpty: (() => void) | undefined;
  readonly #sockets = new Set<Socket>();
  readonly #options: DrainOptions;

  constructor(options: DrainOptions) {
    this.#options = options;
  }

  get draining(): boolean {
    return this.#draining;
  }

  /** Requests answered 503 while draining. */
  get refused(): number {
    return this.#refused;
  }

  /** Fastify's `serverFactory`: its own server settings, the drain check, connection tracking. */
  readonly serverFactory = (handler: Handler): http.Server => {
    const options = this.#options;
    const server = http.createServer(
      { connectionsCheckingInterval: options.connectionsCheckingIntervalMs },
      (request, response) => {
        if (!this.#draining) return handler(request, response);
        this.#refused++;
        options.refuse(request, response);
      },
    );
    server.requestTimeout = options.requestTimeoutMs;
    server.keepAliveTimeout = options.keepAliveTimeoutMs;
    server.setTimeout(options.connectionTimeoutMs);
    server.on('connection', (socket: Socket) => {
      this.#sockets.add(socket);
      socket.once('close', () => {
        this.#sockets.delete(socket);
        if (this.#sockets.size === 0) this.#onEmpty?.();
      });
    });
    return server;
  };

  /** Starts refusing and waits for open connections to close (at most lingerMs). */
  async start(): Promise<void> {
    this.#draining = true;
    for (const socket of this.#sockets) {
      // The answer in progress on this connection (Node's own link from socket to response):
      // it goes out with `Connection: close` and the socket ends after it.
      const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
      if (inFlight && !inFlight.headersSent) inFlight.shouldKeepAlive = false;
    }
    if (this.#sockets.size === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.#onEmpty?.(), this.#options.lingerMs);
      this.#onEmpty = () => {
        this.#onEmpty = undefined;
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
