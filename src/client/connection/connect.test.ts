import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from './connect.js';
import { ConnectionError } from './errors.js';

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );

describe('connect (tooling §1.1): a typed ConnectionError when nothing answers', () => {
  const servers: Server[] = [];
  afterEach(() => {
    for (const s of servers.splice(0)) s.close();
  });

  it('names the endpoint and the refused connection, with a hint to start a node', async () => {
    const server = createServer();
    const port = await listen(server);
    await new Promise((r) => server.close(r)); // the port is now free: nothing listens
    const err = await connect({ port }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    const ce = err as ConnectionError;
    expect(ce.code).toBe('ECONNREFUSED');
    expect(ce.endpoint).toBe(`ws://127.0.0.1:${port}`);
    expect(ce.message).toContain(`ws://127.0.0.1:${port}`);
    expect(ce.message).toContain('connection refused');
    expect(ce.details.join(' ')).toContain('encointer node');
  });

  it('times out on a socket that never completes the WebSocket handshake', async () => {
    const server = createServer(() => {
      // accept and stay silent
    });
    servers.push(server);
    const port = await listen(server);
    const err = await connect({ port, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectionError);
    expect((err as ConnectionError).code).toBe('TIMEOUT');
    expect((err as ConnectionError).message).toContain('no answer within 300 ms');
  });
});
