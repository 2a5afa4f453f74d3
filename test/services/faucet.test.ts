// spec: tooling §4 (faucet.py: HTTP API and funding), ARCHITECTURE §6 (services)
/**
 * The funding service against the real node process (instant seal) on 127.0.0.1: batch and parallel funding
 * with queued nonces, all-or-nothing validation, the per-account cap, a dry funder, and the CLI's clean shutdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import {
  type Account,
  accountFromSecretUri,
  type Connection,
  connect,
  getNativeBalance,
  resolveSigner,
  transferNative,
} from '../../src/client/index.js';
import {
  createNativeFaucet,
  type FaucetServer,
  type NativeFaucet,
  startFaucetServer,
} from '../../src/services/faucet/index.js';
import { type NodeProcess, startNodeProcess } from '../node/support/nodeProcess.js';
import { startCli } from './support/cliProcess.js';

const ERT = 10n ** 12n;
let fresh = 0;
/** A never-funded account (derived from the dev phrase with a unique path). */
const newAccount = async (): Promise<string> =>
  (await accountFromSecretUri(`//FaucetTest${++fresh}`)).address;

interface Answer {
  status: number;
  body: Record<string, unknown> & {
    success?: boolean;
    error?: string;
    message?: string;
    funded?: { account: string; amount: string; nonce: number; txHash: string; block: { number: number } }[];
  };
}

const get = async (base: string, query: string): Promise<Answer> => {
  const res = await fetch(`${base}/api${query}`);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: res.status, body: (await res.json()) as Answer['body'] };
};

describe('faucet service against the real node (tooling §4)', () => {
  let node: NodeProcess;
  let conn: Connection;
  let alice: Account;
  let faucet: NativeFaucet;
  let server: FaucetServer;
  const AMOUNT = 7n * ERT;

  const free = async (address: string) => (await getNativeBalance(conn, { account: address })).free;

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--instant-seal']);
    conn = await connect(node.url);
    alice = await resolveSigner('//Alice');
    faucet = await createNativeFaucet(conn, {
      funder: alice,
      amount: AMOUNT,
      perAccountCap: 2n * AMOUNT,
      maxAccounts: 60,
    });
    server = await startFaucetServer({ faucet, port: 0 });
  });

  afterAll(async () => {
    await server?.close();
    conn?.disconnect();
    expect(await node?.stop()).toBe(0);
  });

  it('listens on 127.0.0.1 by default and describes itself on /health', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = (await (await fetch(`${server.url}/health`)).json()) as Record<string, unknown>;
    expect(health).toEqual({
      ok: true,
      funder: alice.address,
      amount: AMOUNT.toString(),
      perAccountCap: (2n * AMOUNT).toString(),
      maxAccounts: 60,
    });
  });

  it('funds two addresses in one request and lists what it sent', async () => {
    const [a, b] = [await newAccount(), await newAccount()];
    const { status, body } = await get(server.url, `?accounts=${a},${b}`);
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.funder).toBe(alice.address);
    expect(body.funded!.map((f) => [f.account, f.amount])).toEqual([
      [a, AMOUNT.toString()],
      [b, AMOUNT.toString()],
    ]);
    for (const f of body.funded!) {
      expect(f.txHash).toMatch(/^0x[0-9a-f]{64}$/);
      expect(f.block.number).toBeGreaterThan(0);
    }
    expect(new Set(body.funded!.map((f) => f.nonce)).size).toBe(2);
    expect([await free(a), await free(b)]).toEqual([AMOUNT, AMOUNT]);
  });

  it("also takes upstream faucet.py's repeated accounts= parameters", async () => {
    const [a, b] = [await newAccount(), await newAccount()];
    const { status, body } = await get(server.url, `?accounts=${a}&accounts=${b}`);
    expect([status, body.funded!.length]).toEqual([200, 2]);
    expect([await free(a), await free(b)]).toEqual([AMOUNT, AMOUNT]);
  });

  it('serves 50 parallel requests for 50 fresh accounts with distinct nonces, funding every account', async () => {
    const accounts = await Promise.all(Array.from({ length: 50 }, () => newAccount()));
    const before = (await getNativeBalance(conn, { account: alice.address })).nonce;
    const answers = await Promise.all(accounts.map((a) => get(server.url, `?accounts=${a}`)));
    expect(answers.map((x) => x.status)).toEqual(accounts.map(() => 200));
    const nonces = answers.map((x) => x.body.funded![0]!.nonce).sort((p, q) => p - q);
    expect(nonces).toEqual(Array.from({ length: 50 }, (_, i) => before + i));
    expect(answers.map((x) => x.body.funded![0]!.account)).toEqual(accounts);
    const balances = await Promise.all(accounts.map(free));
    expect(balances).toEqual(accounts.map(() => AMOUNT));
  }, 180_000);

  it('recovers when someone else signs with the funder key at the same time (nonce clash → retry)', async () => {
    const accounts = await Promise.all(Array.from({ length: 12 }, () => newAccount()));
    const bystander = await newAccount();
    const [answers, others] = await Promise.all([
      Promise.all(accounts.map((a) => get(server.url, `?accounts=${a}`))),
      // Alice's own transfers, with the nonce papi reads from the best block (blind to the faucet's pool entries).
      Promise.allSettled(
        [0, 1, 2, 3].map(() => transferNative(conn, { to: bystander, amount: ERT, signer: alice })),
      ),
    ]);
    expect(answers.map((x) => x.status)).toEqual(accounts.map(() => 200));
    expect(await Promise.all(accounts.map(free))).toEqual(accounts.map(() => AMOUNT));
    const sent = others.filter((o) => o.status === 'fulfilled').length;
    expect(await free(bystander)).toBe(BigInt(sent) * ERT);
  });

  it('refuses bad input with 400 JSON and funds none of the accounts of that request', async () => {
    const ok = await newAccount();
    const broken = `${ok.slice(0, -2)}${ok.endsWith('aa') ? 'bb' : 'aa'}`;
    const cases: [string, string][] = [
      [`?accounts=${ok},not-an-address`, 'InvalidAddress'],
      [`?accounts=${ok},${broken}`, 'InvalidAddress'],
      [`?accounts=${ok}&accounts=0x1234`, 'InvalidAddress'],
      ['', 'NoAccounts'],
      ['?accounts=', 'NoAccounts'],
      ['?accounts=,,', 'NoAccounts'],
      [`?accounts=${Array.from({ length: 61 }, () => ok).join(',')}`, 'TooManyAccounts'],
    ];
    for (const [query, error] of cases) {
      const { status, body } = await get(server.url, query);
      expect([query.slice(0, 80), status, body.success, body.error]).toEqual([
        query.slice(0, 80),
        400,
        false,
        error,
      ]);
      expect(body.message).toMatch(/\w/);
    }
    expect(await free(ok)).toBe(0n);
  });

  it('answers other routes and methods with JSON errors', async () => {
    const post = await fetch(`${server.url}/api?accounts=x`, { method: 'POST' });
    expect([post.status, post.headers.get('allow'), ((await post.json()) as Answer['body']).error]).toEqual([
      405,
      'GET',
      'MethodNotAllowed',
    ]);
    const missing = await fetch(`${server.url}/drip`);
    expect([missing.status, ((await missing.json()) as Answer['body']).error]).toEqual([404, 'NotFound']);
  });

  it('refuses a request over the per-account cap with 403 and funds nobody in it', async () => {
    const [x, other] = [await newAccount(), await newAccount()];
    for (let i = 0; i < 2; i++) expect((await get(server.url, `?accounts=${x}`)).status).toBe(200);
    const { status, body } = await get(server.url, `?accounts=${other},${x}`);
    expect([status, body.error]).toEqual([403, 'OverCap']);
    expect(body.message).toContain(x);
    expect([await free(x), await free(other)]).toEqual([2n * AMOUNT, 0n]);
  });

  it('holds the cap under concurrency: of three parallel requests for one account, exactly two succeed', async () => {
    const y = await newAccount();
    const answers = await Promise.all([0, 1, 2].map(() => get(server.url, `?accounts=${y}`)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 403]);
    expect(await free(y)).toBe(2n * AMOUNT);
  });

  it('answers 503 with a clear message when the funder runs dry, funding nothing', async () => {
    const dry = await resolveSigner('//FaucetDryFunder');
    // Enough for one 10 ERT drip and its fee, not for two.
    await transferNative(conn, { to: dry.address, amount: 15n * ERT, signer: alice });
    const dryFaucet = await createNativeFaucet(conn, { funder: dry, amount: 10n * ERT });
    const dryServer = await startFaucetServer({ faucet: dryFaucet, port: 0 });
    try {
      const [a, b, c] = [await newAccount(), await newAccount(), await newAccount()];
      const both = await get(dryServer.url, `?accounts=${a},${b}`);
      expect([both.status, both.body.success, both.body.error, both.body.funder]).toEqual([
        503,
        false,
        'FunderDry',
        dry.address,
      ]);
      expect(both.body.message).toMatch(/running dry.*top it up/);
      expect([await free(a), await free(b)]).toEqual([0n, 0n]);
      expect((await get(dryServer.url, `?accounts=${a}`)).status).toBe(200);
      expect((await get(dryServer.url, `?accounts=${c}`)).status).toBe(503);
      expect([await free(a), await free(c)]).toEqual([10n * ERT, 0n]);
    } finally {
      await dryServer.close();
    }
  });

  it('`encointer faucet serve` funds over HTTP, logs JSON lines and stops cleanly on SIGINT', async () => {
    const port = new URL(node.url).port;
    const cli = startCli([
      'faucet',
      'serve',
      '--http-port',
      '0',
      '--amount',
      '3ERT',
      '--json',
      '-u',
      'ws://127.0.0.1',
      '-p',
      port,
    ]);
    try {
      const listening = JSON.parse(await cli.waitForLine((l) => l.includes('"listening"'))) as {
        url: string;
        amount: string;
        perAccountCap: string;
        funder: string;
      };
      expect(listening.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect([listening.amount, listening.perAccountCap, listening.funder]).toEqual([
        (3n * ERT).toString(),
        (30n * ERT).toString(),
        alice.address,
      ]);
      const a = await newAccount();
      expect((await get(listening.url, `?accounts=${a}`)).status).toBe(200);
      expect(await free(a)).toBe(3n * ERT);
      const funded = JSON.parse(await cli.waitForLine((l) => l.includes('"funded"'))) as { account: string };
      expect(funded.account).toBe(a);
    } finally {
      expect(await cli.stop('SIGINT')).toBe(0);
    }
    const events = cli.lines().map((l) => (JSON.parse(l) as { event: string }).event);
    expect(events.slice(-2)).toEqual(['stopping', 'stopped']);
  });

  it('`faucet serve` refuses a cap below the amount and a zero amount with exit 2', async () => {
    const port = new URL(node.url).port;
    const err: string[] = [];
    const io = { out: () => {}, err: (s: string) => err.push(s) };
    const base = ['faucet', 'serve', '--http-port', '0', '-u', 'ws://127.0.0.1', '-p', port];
    expect(await runCli([...base, '--amount', '0'], io)).toBe(2);
    expect(await runCli([...base, '--amount', '5ERT', '--per-account-cap', '1ERT'], io)).toBe(2);
    expect(await runCli([...base, '--max-accounts', '0'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/--amount.*positive[\s\S]*perAccountCap[\s\S]*--max-accounts/);
  });
});
