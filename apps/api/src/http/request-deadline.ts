import type { IncomingMessage, Server } from 'node:http';

/**
 * Ends connections whose request body is still arriving `timeoutMs` after its headers.
 *
 * Node's requestTimeout only covers a request until its headers are in: a client that then
 * sends the body one byte at a time (slow enough to pass, fast enough to keep the idle
 * connection timeout from firing) would hold a socket and a pending body parser for as long as
 * it likes, and enough of them exhaust the server. Measured: a 200-byte body at one byte per
 * 200 ms held its socket for 40 s with requestTimeout at 1 s.
 *
 * A listener on the raw server, not a Fastify hook, so requests pay for it only when they
 * announce a body; the socket is destroyed (the parser may be mid-body, no response can be
 * framed reliably), which is also how Node ends a request over its header deadline.
 */
export function enforceRequestDeadline(server: Server, timeoutMs: number): void {
  server.on('request', (request: IncomingMessage) => {
    const hasBody =
      request.headers['content-length'] !== undefined ||
      request.headers['transfer-encoding'] !== undefined;
    if (request.complete || !hasBody) return;
    const timer = setTimeout(() => {
      if (!request.complete) request.socket.destroy();
    }, timeoutMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    request.once('end', clear);
    request.once('close', clear);
  });
}
