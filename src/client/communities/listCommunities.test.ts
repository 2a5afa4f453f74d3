import { describe, expect, it } from 'vitest';
import { parseCid } from '../../primitives/cid/cidString.js';
import { toPapiCid } from '../common/convert.js';
import type { Connection } from '../connection/connect.js';
import { findCommunity, listCommunities } from './listCommunities.js';

const CID = 'gbsuv7YXq9G';
const cidJson = () => toPapiCid(CID);

/** A connection whose node answers `rpc_methods` and `encointer_getAllCommunities` as given, with one community in storage. */
const fakeConnection = (rpc: { methods: string[]; communities: () => unknown }): Connection =>
  ({
    cache: new Map(),
    client: {
      _request: async (method: string) => {
        if (method === 'rpc_methods') return { methods: rpc.methods };
        if (method === 'encointer_getAllCommunities') return rpc.communities();
        throw new Error(`unexpected ${method}`);
      },
      getBestBlocks: async () => [{ hash: `0x${'11'.repeat(32)}`, number: 7 }],
    },
    api: {
      query: {
        EncointerCommunities: {
          CommunityIdentifiers: { getValue: async () => [cidJson()] },
          CommunityMetadata: { getValues: async () => [{ name: new TextEncoder().encode('From storage') }] },
        },
      },
    },
  }) as unknown as Connection;

describe('listCommunities (tooling §1.7.3, Appendix A)', () => {
  it.each([
    ['text', 'Mediterranea'],
    ['a byte array', [...new TextEncoder().encode('Mediterranea')]],
    ['hex', `0x${Buffer.from('Mediterranea').toString('hex')}`],
  ])('uses encointer_getAllCommunities when the node has it (name as %s)', async (_, name) => {
    const conn = fakeConnection({
      methods: ['encointer_getAllCommunities'],
      communities: () => [{ cid: cidJson(), name }],
    });
    expect(await listCommunities(conn)).toEqual([
      { cid: parseCid(CID), cidString: CID, name: 'Mediterranea' },
    ]);
  });

  it('falls back to storage without the RPC, or when it fails (no offchain indexing)', async () => {
    const without = fakeConnection({ methods: [], communities: () => [] });
    expect((await listCommunities(without)).map((c) => c.name)).toEqual(['From storage']);
    const failing = fakeConnection({
      methods: ['encointer_getAllCommunities'],
      communities: () => {
        throw new Error('offchain indexing is disabled');
      },
    });
    const list = await listCommunities(failing);
    expect(list.map((c) => [c.cidString, c.name])).toEqual([[CID, 'From storage']]);
    expect(findCommunity(list, 'From storage')?.cidString).toBe(CID);
    expect(findCommunity(list, parseCid(CID))?.name).toBe('From storage');
  });
});
