// spec: tooling §3.9 (`bot-stats.csv`: one row per ceremony, `, ` separated, no header), §12 item 10 (CSV + JSON)
/**
 * One stats row per ceremony, taken in the Registering step right after reward claiming and before growth.
 * `bot-stats.csv` keeps the upstream format with the columns that apply here — `population, total_supply,
 * businesses` (offline identities and Bandersnatch ring members are out of scope) — and `bot-stats.json` holds the
 * same rows with the exact supply and the block it was read at.
 * QUIRK: tooling §3.7 — upstream `execute-current-phase` overwrote the CSV with its own rows; rows are appended.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { getCommunityBalances } from '../client/balances/getCommunityBalances.js';
import { getBusinesses } from '../client/bazaar/getBusinesses.js';
import { formatFixed } from '../primitives/fixed/decimal.js';
import { U64F64 } from '../primitives/fixed/fixed.js';
import { isReputable } from './agents.js';
import { accountKey, type BotContext, communityOf } from './botContext.js';
import type { BotDir } from './botDir.js';

export interface StatsRow {
  /** Local ceremony counter of the run (1 = first ceremony simulated). */
  readonly ceremony: number;
  readonly cindex: number;
  /** The block the balances were read at. */
  readonly block: { readonly number: number; readonly hash: string };
  /** Agents at the start of the Registering step (before growth). */
  readonly population: number;
  /** Sum of the agents' CC balances with demurrage, rounded to an integer (the CSV column). */
  readonly totalSupply: number;
  /** The same sum exactly: U64F64 bits and decimal text. */
  readonly totalSupplyBits: bigint;
  readonly totalSupplyText: string;
  /** Businesses registered in the community (read from the chain). */
  readonly businesses: number;
  readonly merchants: number;
  readonly reputables: number;
  readonly newbies: number;
}

const HALF = 1n << 63n;

/** U64F64 bits rounded half up to an integer. */
export const roundBits = (bits: bigint): number => Number((bits + HALF) >> 64n);

/** Reads balances and businesses and builds the row of this ceremony. */
export const takeStats = async (ctx: BotContext, ceremony: number, cindex: number): Promise<StatsRow> => {
  const cid = communityOf(ctx);
  const balances = await getCommunityBalances(ctx.conn, { cid });
  const agents = new Set(ctx.agents.map((a) => accountKey(a.record.address)));
  let supply = 0n;
  for (const h of balances.holders) if (agents.has(accountKey(h.account))) supply += h.balance;
  const businesses = await getBusinesses(ctx.conn, { cid, at: balances.block.hash });
  return {
    ceremony,
    cindex,
    block: balances.block,
    population: ctx.agents.length,
    totalSupply: roundBits(supply),
    totalSupplyBits: supply,
    totalSupplyText: formatFixed(U64F64, supply),
    businesses: businesses.length,
    merchants: ctx.agents.filter((a) => a.record.hasBusiness).length,
    reputables: ctx.agents.filter(isReputable).length,
    newbies: ctx.agents.filter((a) => a.record.role === 'newbie').length,
  };
};

/** The upstream CSV line. */
export const csvLine = (row: StatsRow): string => `${row.population}, ${row.totalSupply}, ${row.businesses}`;

const jsonRow = (row: StatsRow) => ({ ...row, totalSupplyBits: row.totalSupplyBits.toString() });

/** Appends the row to `bot-stats.csv` and `bot-stats.json`. */
export const appendStats = async (dir: BotDir, row: StatsRow): Promise<void> => {
  await appendFile(dir.statsCsv, `${csvLine(row)}\n`);
  let rows: unknown[] = [];
  try {
    rows = JSON.parse(await readFile(dir.statsJson, 'utf8')) as unknown[];
  } catch {
    rows = [];
  }
  rows.push(jsonRow(row));
  await writeFile(dir.statsJson, `${JSON.stringify(rows, null, 2)}\n`);
};

/** Empties both stats files (`init`, tooling §3.3 step 7). */
export const resetStats = async (dir: BotDir): Promise<void> => {
  await writeFile(dir.statsCsv, '');
  await writeFile(dir.statsJson, '[]\n');
};
