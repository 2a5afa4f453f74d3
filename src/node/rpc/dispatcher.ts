// spec: substrate-compat §2 (JSON-RPC 2.0: ids echoed verbatim, result null kept, standard errors, batches)
import { z } from 'zod';
import { EncointerError } from '../../primitives/common/errors.js';
import type { Connection } from './connection.js';
import {
  INTERNAL_ERROR,
  INVALID_REQUEST,
  invalidParams,
  METHOD_NOT_FOUND,
  PARSE_ERROR,
  RpcError,
} from './errors.js';
import type { NodeContext, RpcContext, RpcMethod } from './method.js';

type Id = string | number | null;

interface Outcome {
  readonly response: unknown;
  readonly after: (() => void)[];
}

const errorResponse = (id: Id, code: number, message: string, data?: unknown) => ({
  jsonrpc: '2.0',
  id,
  error: data === undefined ? { code, message } : { code, message, data },
});

const isId = (v: unknown): v is Id => typeof v === 'string' || typeof v === 'number' || v === null;

/** Routes JSON-RPC frames to the registered methods; never throws (every failure becomes an error answer). */
export class RpcDispatcher {
  private readonly byName = new Map<string, RpcMethod>();
  readonly methodNames: readonly string[];

  constructor(
    methods: readonly RpcMethod[],
    private readonly node: NodeContext,
    private readonly logError: (message: string) => void = () => {},
  ) {
    for (const m of methods) {
      for (const name of [m.name, ...m.aliases]) {
        if (this.byName.has(name)) throw new Error(`RPC method ${name} is registered twice`);
        this.byName.set(name, m);
      }
    }
    this.methodNames = [...this.byName.keys()].sort();
  }

  /** Handles one text frame (a request, a notification or a batch) and sends the answer(s) on `connection`. */
  async handleText(connection: Connection, text: string): Promise<void> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      connection.send(errorResponse(null, PARSE_ERROR, 'Parse error'));
      return;
    }
    if (Array.isArray(parsed)) {
      if (parsed.length === 0) {
        connection.send(errorResponse(null, INVALID_REQUEST, 'Invalid request'));
        return;
      }
      const outcomes = await Promise.all(parsed.map((r) => this.handleRequest(connection, r)));
      const responses = outcomes.filter((o) => o.response !== undefined).map((o) => o.response);
      if (responses.length > 0) connection.send(responses);
      for (const o of outcomes) runAll(o.after);
      return;
    }
    const outcome = await this.handleRequest(connection, parsed);
    if (outcome.response !== undefined) connection.send(outcome.response);
    runAll(outcome.after);
  }

  private async handleRequest(connection: Connection, request: unknown): Promise<Outcome> {
    const after: (() => void)[] = [];
    if (typeof request !== 'object' || request === null || Array.isArray(request)) {
      return { response: errorResponse(null, INVALID_REQUEST, 'Invalid request'), after };
    }
    const req = request as { jsonrpc?: unknown; id?: unknown; method?: unknown; params?: unknown };
    const isNotification = !('id' in req);
    const id: Id = isId(req.id) ? req.id : null;
    if (req.jsonrpc !== '2.0' || typeof req.method !== 'string' || (!isNotification && !isId(req.id))) {
      return { response: errorResponse(id, INVALID_REQUEST, 'Invalid request'), after };
    }
    const reply = (response: unknown): Outcome => ({
      response: isNotification ? undefined : response,
      after,
    });
    const method = this.byName.get(req.method);
    if (method === undefined || (method.subscription && !connection.supportsSubscriptions)) {
      return reply(errorResponse(id, METHOD_NOT_FOUND, 'Method not found'));
    }
    const rawParams = req.params ?? [];
    if (!Array.isArray(rawParams)) {
      const e = invalidParams('expected an array of positional parameters');
      return reply(errorResponse(id, e.code, e.message));
    }
    const parsed = method.params.safeParse(rawParams);
    if (!parsed.success) {
      const e = invalidParams(z.prettifyError(parsed.error).replace(/\n/g, '; '));
      return reply(errorResponse(id, e.code, e.message));
    }
    const ctx: RpcContext = {
      node: this.node,
      connection,
      methodNames: this.methodNames,
      afterReply: (fn) => after.push(fn),
    };
    try {
      const result = await method.handler(ctx, parsed.data);
      return reply({ jsonrpc: '2.0', id, result: result === undefined ? null : result });
    } catch (e) {
      if (e instanceof RpcError) return reply(errorResponse(id, e.code, e.message, e.data));
      const message = e instanceof EncointerError ? e.message : e instanceof Error ? e.message : String(e);
      if (!(e instanceof EncointerError))
        this.logError(`${req.method} failed: ${e instanceof Error ? e.stack : e}`);
      return reply(errorResponse(id, INTERNAL_ERROR, `Internal error: ${message}`));
    }
  }
}

const runAll = (fns: readonly (() => void)[]): void => {
  for (const fn of fns) {
    try {
      fn();
    } catch {
      // An after-reply step failing must not affect the connection.
    }
  }
};
