// spec: substrate-compat §3.2 (head subscriptions send the current head at once, then stream)
import { headerJson } from './format.js';
import type { RpcContext } from './method.js';

/**
 * Opens a head subscription: the current best header right away, then each new head (with instant finality,
 * new, finalized and all heads are the same stream), and the new head after a revert.
 */
export const subscribeHeads = (ctx: RpcContext, kind: string, notification: string): string => {
  const chain = ctx.node.chain;
  return ctx.connection.subscribe(kind, notification, ctx.afterReply, (sink) => {
    sink.notify(headerJson(chain.best.header));
    const offBlock = chain.events.on('block', ({ block }) => sink.notify(headerJson(block.header)));
    const offReorg = chain.events.on('reorg', ({ head }) => sink.notify(headerJson(head.header)));
    return () => {
      offBlock();
      offReorg();
    };
  });
};
