// spec: ARCHITECTURE §5 (the node stops cleanly: nothing already accepted is dropped)

import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { NodeContext } from './method.js';
import { defineMethod } from './method.js';
import { none } from './params.js';
import { startRpcServer } from './server.js';

/** A method that answers only when the test says so. */
const gated = () => {
  let open: (v: string) => void = () => {};
  const gate = new Promise<string>((resolve) => {
    open = resolve;
  });
  let entered: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const method = defineMethod({
    name: 'test_slow',
    params: none,
    exampleParams: [],
    handler: async () => {
      entered();
      return gate;
    },
  });
  return { method, started, open: (v: string) => open(v) };
};

// The server only hands the context to methods; these tests never touch the chain.
const node = {} as NodeContext;

describe('RPC server close', () => {
  it('answers a WebSocket request already being handled before it closes', async () => {
    const slow = gated();
    const server = await startRpcServer({ methods: [slow.method], node, host: '127.0.0.1', port: 0 });
    const ws = new WebSocket(server.url);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const reply = new Promise<string>((resolve) => ws.once('message', (d) => resolve(d.toString())));
    ws.send(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'test_slow', params: [] }));
    await slow.started;
    const closed = server.close();
    setTimeout(() => slow.open('done'), 50);
    expect(JSON.parse(await reply)).toEqual({ jsonrpc: '2.0', id: 7, result: 'done' });
    await closed;
  }, 10_000);

  it('answers an HTTP request in flight and refuses new ones with 503 while closing', async () => {
    const slow = gated();
    const server = await startRpcServer({ methods: [slow.method], node, host: '127.0.0.1', port: 0 });
    const http = server.url.replace('ws://', 'http://');
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'test_slow', params: [] });
    const headers = { 'Content-Type': 'application/json' };
    const first = fetch(http, { method: 'POST', headers, body }).then((r) => r.json());
    await slow.started;
    const closed = server.close();
    const refused = await fetch(http, { method: 'POST', headers, body });
    expect(refused.status).toBe(503);
    slow.open('late');
    expect(await first).toEqual({ jsonrpc: '2.0', id: 1, result: 'late' });
    await closed;
  });

  it('does not wait longer than its grace period for a request that never ends', async () => {
    const slow = gated();
    const server = await startRpcServer({ methods: [slow.method], node, host: '127.0.0.1', port: 0 });
    const ws = new WebSocket(server.url);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const gone = new Promise<void>((resolve) => ws.once('close', () => resolve()));
    ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'test_slow', params: [] }));
    await slow.started;
    await server.close();
    await gone;
    expect(ws.readyState).toBe(WebSocket.CLOSED);
  });
});
