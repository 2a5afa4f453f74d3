// spec: tooling §3.5 (the agent model), §12 item 10 (resumable state; roles kept instead of re-derived)
/**
 * The bot's own bookkeeping, kept in `bot-state.json`: the seed, the community, every agent with its role.
 * QUIRK: tooling §3.5 — upstream `load_agents` turned every keystore account into a BOOTSTRAPPER on reload; the
 * roles are stored here instead, so a resumed run knows who is who.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { CeremonyPhase } from '../client/common/types.js';
import type { KeyType } from '../client/keystore/types.js';
import { BotStateError } from './errors.js';

export type AgentRole = 'bootstrapper' | 'reputable' | 'newbie' | 'merchant';

/** One bot account. All counters are local bookkeeping (tooling §3.5). */
export interface AgentRecord {
  /** Position in the seed's key sequence. */
  index: number;
  /** SS58, generic prefix 42. */
  address: string;
  role: AgentRole;
  /** Created as an endorsee (endorsed by a bootstrapper). */
  endorsed: boolean;
  /** Meetups attended. */
  ceremonyCount: number;
  hasBusiness: boolean;
  /** Chain ceremony index at creation. */
  joinedCindex: number;
  /** Chain ceremony index of the last meetup the agent was assigned to. */
  lastMeetupCindex: number | undefined;
}

export interface CommunityRecord {
  cid: string;
  name: string;
  symbol: string;
  /** The spec file, relative to the bot directory. */
  specFile: string;
  /** IPFS CID of the assets folder (or a placeholder when the upload failed). */
  assets: string;
  locations: number;
}

export interface BotState {
  version: 1;
  seed: string;
  keyType: KeyType;
  maxPopulation: number;
  community: CommunityRecord | undefined;
  nextAgentIndex: number;
  agents: AgentRecord[];
  /** The last phase step executed, so that a cron run does not repeat it. */
  lastStep: { cindex: number; phase: CeremonyPhase } | undefined;
}

const agentSchema = z.object({
  index: z.number().int().nonnegative(),
  address: z.string(),
  role: z.enum(['bootstrapper', 'reputable', 'newbie', 'merchant']),
  endorsed: z.boolean(),
  ceremonyCount: z.number().int().nonnegative(),
  hasBusiness: z.boolean(),
  joinedCindex: z.number().int().nonnegative(),
  lastMeetupCindex: z.number().int().nonnegative().optional(),
});

const stateSchema = z.object({
  version: z.literal(1),
  seed: z.string(),
  keyType: z.enum(['sr25519', 'ed25519', 'ecdsa']),
  maxPopulation: z.number().int().nonnegative(),
  community: z
    .object({
      cid: z.string(),
      name: z.string(),
      symbol: z.string(),
      specFile: z.string(),
      assets: z.string(),
      locations: z.number().int().nonnegative(),
    })
    .optional(),
  nextAgentIndex: z.number().int().nonnegative(),
  agents: z.array(agentSchema),
  lastStep: z
    .object({
      cindex: z.number().int().nonnegative(),
      phase: z.enum(['Registering', 'Assigning', 'Attesting']),
    })
    .optional(),
});

/** A fresh state before `init` creates anything. */
export const newBotState = (seed: string, keyType: KeyType, maxPopulation: number): BotState => ({
  version: 1,
  seed,
  keyType,
  maxPopulation,
  community: undefined,
  nextAgentIndex: 0,
  agents: [],
  lastStep: undefined,
});

/** Reads `bot-state.json`; BotStateError when it is missing or malformed. */
export const loadBotState = async (file: string): Promise<BotState> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BotStateError(
        `${file} does not exist: run \`encointer bot init\` in this directory first (or pass --dir)`,
      );
    }
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BotStateError(`${file} is not valid JSON`);
  }
  const r = stateSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new BotStateError(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const s = r.data;
  return {
    ...s,
    community: s.community,
    lastStep: s.lastStep,
    agents: s.agents.map((a) => ({ ...a, lastMeetupCindex: a.lastMeetupCindex })),
  };
};

/** Writes the state atomically (temporary file, then rename), so an interrupted run never leaves half a file. */
export const saveBotState = async (file: string, state: BotState): Promise<void> => {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(tmp, file);
};
