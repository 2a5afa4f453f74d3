// spec: tooling §3.3 step 3 and §3.5 (agents: accounts with keys and roles), §1.2 (keystore `./my_keystore`)
/**
 * Bot accounts. Keys come from the run's seed (`blake2_256(seed, index)` as a raw seed), so a run can be replayed
 * with `--seed`; they are also written to the keystore as polkadot-js JSON files, so every CLI command can sign as
 * a bot (`--keystore <dir>/my_keystore --signer <address>`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { accountFromPair, pairFromSecretUri } from '../client/keystore/keyPair.js';
import { jsonFileName, parseKeyFile } from '../client/keystore/keystore.js';
import { unlockKeyFile } from '../client/keystore/loadAccount.js';
import type { Account } from '../client/keystore/types.js';
import { fromHex, toHex } from '../primitives/common/bytes.js';
import { blake2_256 } from '../primitives/common/hashing.js';
import type { AgentRecord, AgentRole, BotState } from './botState.js';
import { BotStateError } from './errors.js';
import { withNativeEd25519 } from './tx/nativeEd25519.js';

/** A bot account: its bookkeeping and its signing key. */
export interface Agent {
  readonly record: AgentRecord;
  readonly account: Account;
}

const utf8 = new TextEncoder();

/** The secret seed of agent `index` of a run. */
const agentSecret = (seed: string, index: number): string =>
  toHex(blake2_256(utf8.encode(`encointer-bot-key/${seed}/${index}`)));

export interface NewAgentsParameters {
  keystore: string;
  state: BotState;
  count: number;
  role: AgentRole;
  endorsed?: boolean | undefined;
  /** Chain ceremony index at creation. */
  cindex: number;
}

/** Creates `count` agents: derives their keys, writes the key files, and appends them to the state. */
export const createAgents = async (p: NewAgentsParameters): Promise<Agent[]> => {
  await mkdir(p.keystore, { recursive: true });
  const agents: Agent[] = [];
  for (let k = 0; k < p.count; k++) {
    const index = p.state.nextAgentIndex++;
    const pair = await pairFromSecretUri(agentSecret(p.state.seed, index), p.state.keyType, 'agent key');
    const account = withNativeEd25519(accountFromPair(pair), fromHex(agentSecret(p.state.seed, index)));
    pair.setMeta({ name: `bot-${index}` });
    await writeFile(
      path.join(p.keystore, jsonFileName(account.address)),
      `${JSON.stringify(pair.toJson(), null, 2)}\n`,
      { mode: 0o600 },
    );
    const record: AgentRecord = {
      index,
      address: account.address,
      role: p.role,
      endorsed: p.endorsed === true,
      ceremonyCount: 0,
      hasBusiness: false,
      joinedCindex: p.cindex,
      lastMeetupCindex: undefined,
    };
    p.state.agents.push(record);
    agents.push({ record, account });
  }
  return agents;
};

/** Loads every agent's key from the keystore (BotStateError when a key file is missing). */
export const loadAgents = async (keystore: string, state: BotState): Promise<Agent[]> =>
  Promise.all(
    state.agents.map(async (record) => {
      const file = path.join(keystore, jsonFileName(record.address));
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        throw new BotStateError(`the key of agent ${record.address} is missing from ${keystore}`);
      }
      const { json, entry } = parseKeyFile(JSON.parse(text), file);
      // The key file stays the source; the seed only speeds up signing when it matches the file's key.
      const account = await unlockKeyFile(json, entry, undefined);
      return { record, account: withNativeEd25519(account, fromHex(agentSecret(state.seed, record.index))) };
    }),
  );

/** Upstream's "reputable": REPUTABLE, BOOTSTRAPPER or MERCHANT (tooling §3.5). */
export const isReputable = (a: Agent): boolean => a.record.role !== 'newbie';
