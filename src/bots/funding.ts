// spec: tooling §3.3 step 3, §3.6 step 4 (fund new accounts through the faucet service), §4.2 (`GET /api?accounts=`)
/**
 * Native funding of new bot accounts: first the faucet HTTP service (it owns the funder's nonce, so several bot
 * communities can share it), then a direct transfer from `--funder` for whatever the faucet did not fund — no
 * faucet running, an error answer, or accounts still empty after it answered.
 */
import { fundingAmount } from '../client/balances/fundAccounts.js';
import { getNativeBalance } from '../client/balances/getNativeBalance.js';
import type { Connection } from '../client/connection/connect.js';
import type { Account } from '../client/keystore/types.js';
import type { TxSubmitter } from './tx/txBatch.js';

/** The upstream service's route. */
export const DEFAULT_FAUCET_URL = 'http://127.0.0.1:5000/api';
/** Accounts per faucet request (the service refuses very long lists). */
const FAUCET_CHUNK = 100;
/** After the faucet failed, try it again only after this long. */
const FAUCET_RETRY_MS = 60_000;
const POLL_MS = 250;

export interface FundingResult {
  readonly viaFaucet: number;
  readonly direct: number;
  /** Accounts that are still unfunded. */
  readonly failed: readonly string[];
  /** Why the faucet was not used (or not enough), for the log. */
  readonly faucetNote: string | undefined;
}

export interface FunderParameters {
  conn: Connection;
  txs: TxSubmitter;
  /** `--faucet-url`; undefined disables the faucet. */
  faucetUrl: string | undefined;
  /** `--funder` (//Alice on dev chains). */
  funder: Account;
  /** How long to wait for the faucet's transfers to show; default 20 000 ms. */
  faucetWaitMs?: number;
}

/** Funds accounts natively, faucet first (see the module comment). */
export class Funder {
  private faucetDownUntil = 0;
  private amount: Promise<bigint> | undefined;

  constructor(private readonly p: FunderParameters) {}

  /** Base units each account gets from a direct transfer: the reference CLI's amount (ED + fee × 10^6). */
  directAmount(): Promise<bigint> {
    this.amount ??= fundingAmount(this.p.conn, this.p.funder.address);
    return this.amount;
  }

  async fund(addresses: readonly string[]): Promise<FundingResult> {
    if (addresses.length === 0) return { viaFaucet: 0, direct: 0, failed: [], faucetNote: undefined };
    let missing = [...addresses];
    let viaFaucet = 0;
    let faucetNote: string | undefined;
    if (this.p.faucetUrl !== undefined && Date.now() >= this.faucetDownUntil) {
      const note = await this.askFaucet(missing);
      if (note === undefined) {
        const still = await this.waitFunded(missing, this.p.faucetWaitMs ?? 20_000);
        viaFaucet = missing.length - still.length;
        if (still.length > 0) faucetNote = `the faucet answered but ${still.length} account(s) stayed empty`;
        missing = still;
      } else {
        faucetNote = note;
        this.faucetDownUntil = Date.now() + FAUCET_RETRY_MS;
      }
    } else if (this.p.faucetUrl !== undefined) {
      faucetNote = 'the faucet failed recently';
    }
    if (missing.length === 0) return { viaFaucet, direct: 0, failed: [], faucetNote };
    const amount = await this.directAmount();
    const outcomes = await this.p.txs.run(
      missing.map((to) => ({
        signer: this.p.funder,
        call: this.p.conn.api.tx.Balances.transfer_keep_alive({
          dest: { type: 'Id', value: to },
          value: amount,
        }),
        tag: to,
      })),
    );
    const failed = outcomes.filter((o) => o.status !== 'ok').map((o) => o.request.tag);
    return { viaFaucet, direct: missing.length - failed.length, failed, faucetNote };
  }

  /** One GET per chunk; undefined when every chunk was answered with success, else why not. */
  private async askFaucet(addresses: readonly string[]): Promise<string | undefined> {
    for (let i = 0; i < addresses.length; i += FAUCET_CHUNK) {
      const chunk = addresses.slice(i, i + FAUCET_CHUNK);
      const url = `${this.p.faucetUrl}?accounts=${chunk.map(encodeURIComponent).join(',')}`;
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
        const text = await res.text();
        let body: { success?: unknown } | undefined;
        try {
          body = JSON.parse(text) as { success?: unknown };
        } catch {
          body = undefined;
        }
        if (!res.ok || body?.success !== true) {
          return `the faucet at ${this.p.faucetUrl} answered ${res.status}: ${text.trim().slice(0, 200)}`;
        }
      } catch (e) {
        const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message;
        return `no faucet at ${this.p.faucetUrl} (${cause})`;
      }
    }
    return undefined;
  }

  /** Polls until every account has a free balance, or the time is up; returns those still empty. */
  private async waitFunded(addresses: readonly string[], timeoutMs: number): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    let pending = [...addresses];
    for (;;) {
      const balances = await Promise.all(pending.map((a) => getNativeBalance(this.p.conn, { account: a })));
      pending = pending.filter((_, i) => balances[i]!.free === 0n);
      if (pending.length === 0 || Date.now() >= deadline) return pending;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }
}
