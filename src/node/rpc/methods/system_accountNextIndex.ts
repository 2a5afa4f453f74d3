// spec: substrate-compat §3.1 (runtime nonce + the sender's ready pool transactions with consecutive nonces)
import { z } from 'zod';
import { fromHex, toHex } from '../../../primitives/common/bytes.js';
import { ss58Decode } from '../../../primitives/common/ss58.js';
import { invalidParams } from '../errors.js';
import { defineMethod } from '../method.js';

const accountId = (address: string): Uint8Array => {
  if (/^0x[0-9a-fA-F]{64}$/.test(address)) return fromHex(address);
  try {
    return ss58Decode(address);
  } catch (e) {
    throw invalidParams(e instanceof Error ? e.message : String(e));
  }
};

/**
 * The next nonce an account should sign with: its on-chain nonce, plus its transactions waiting in the pool.
 * Takes an SS58 address (any prefix) or a 32-byte hex account id.
 *
 * @example
 * // → {"jsonrpc":"2.0","id":1,"method":"system_accountNextIndex","params":["5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"]}
 * // ← {"jsonrpc":"2.0","id":1,"result":3}
 */
export const system_accountNextIndex = defineMethod({
  name: 'system_accountNextIndex',
  params: z.tuple([z.string()]),
  exampleParams: ['5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'],
  handler: (ctx, [address]) => {
    const chain = ctx.node.chain;
    const id = accountId(address);
    const onChain = chain.runtime.executive.accountNonce(chain.stateAt(), id);
    return chain.pool.nextNonce(toHex(id), onChain);
  },
});
