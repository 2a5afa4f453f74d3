import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { verify as sr25519Verify } from '@scure/sr25519';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from './createAccount.js';
import {
  AccountNotInKeystoreError,
  KeystorePasswordRequiredError,
  WrongKeystorePasswordError,
} from './errors.js';
import { exportAccount } from './exportAccount.js';
import { importAccount } from './importAccount.js';
import { listAccounts } from './listAccounts.js';
import { loadAccount } from './loadAccount.js';
import { resolveSigner } from './resolveSigner.js';

// Well-known Substrate dev accounts (tooling §1.2, ceremonies §9.8).
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const ALICE_PUBLIC = 'd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
// `subkey inspect --scheme ed25519 //Alice`, `--scheme ecdsa //Alice` (public key; the account is its blake2_256).
const ALICE_ED25519 = '5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu';
const ALICE_ECDSA_PUBLIC = '020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1';

describe('keystore (ARCHITECTURE §6: polkadot-js keyring JSON files)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'encointer-keystore-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an unencrypted entry round-trips: create, list, load, sign', async () => {
    const { entry, created, mnemonic } = await createAccount(dir, { suri: '//Alice', name: 'alice' });
    expect(created).toBe(true);
    expect(mnemonic).toBeUndefined();
    expect(entry).toMatchObject({
      address: ALICE,
      keyType: 'sr25519',
      encrypted: false,
      format: 'json',
      name: 'alice',
    });
    expect(path.basename(entry.file)).toBe(`${ALICE}.json`);
    const file = JSON.parse(readFileSync(entry.file, 'utf8'));
    expect(file.encoding).toEqual({ content: ['pkcs8', 'sr25519'], type: ['none'], version: '3' });
    expect((await listAccounts(dir)).map((e) => e.address)).toEqual([ALICE]);
    const alice = await loadAccount(dir, ALICE);
    expect(Buffer.from(alice.accountId).toString('hex')).toBe(ALICE_PUBLIC);
    const msg = new TextEncoder().encode('encointer');
    expect(sr25519Verify(msg, alice.sign(msg), alice.publicKey)).toBe(true);
  });

  it('is idempotent: the same key is not written twice', async () => {
    const again = await createAccount(dir, { suri: '//Alice', password: 'ignored' });
    expect(again.created).toBe(false);
    expect(again.entry.encrypted).toBe(false);
    expect(readdirSync(dir)).toEqual([`${ALICE}.json`]);
  });

  it('an encrypted entry uses scrypt + xsalsa20-poly1305 and needs the right password', async () => {
    const { entry } = await createAccount(dir, { suri: '//Bob', password: 'correct horse' });
    expect(entry).toMatchObject({ address: BOB, encrypted: true });
    const file = JSON.parse(readFileSync(entry.file, 'utf8'));
    expect(file.encoding).toEqual({
      content: ['pkcs8', 'sr25519'],
      type: ['scrypt', 'xsalsa20-poly1305'],
      version: '3',
    });
    await expect(loadAccount(dir, BOB)).rejects.toBeInstanceOf(KeystorePasswordRequiredError);
    await expect(loadAccount(dir, BOB, { password: 'wrong' })).rejects.toBeInstanceOf(
      WrongKeystorePasswordError,
    );
    expect((await loadAccount(dir, BOB, { password: 'correct horse' })).address).toBe(BOB);
    // polkadot-js itself decrypts our file (what apps and extensions do on import).
    await cryptoWaitReady();
    const pair = new Keyring({ type: 'sr25519' }).createFromJson(file);
    pair.unlock('correct horse');
    expect(pair.address).toBe(BOB);
  }, 60_000);

  it('resolveSigner looks SS58 addresses up in the keystore, with the password', async () => {
    const bob = await resolveSigner(BOB, { keystore: dir, password: 'correct horse' });
    expect(bob.address).toBe(BOB);
    await expect(resolveSigner(BOB, { keystore: dir })).rejects.toBeInstanceOf(KeystorePasswordRequiredError);
    await expect(resolveSigner(ALICE_ED25519, { keystore: dir })).rejects.toBeInstanceOf(
      AccountNotInKeystoreError,
    );
  }, 60_000);

  it('generates a mnemonic when no secret is given; the mnemonic resolves to the stored account', async () => {
    const { entry, mnemonic } = await createAccount(dir);
    expect(mnemonic?.split(' ')).toHaveLength(12);
    expect((await resolveSigner(mnemonic!)).address).toBe(entry.address);
    expect((await loadAccount(dir, entry.address)).address).toBe(entry.address);
  });

  it('stores ed25519 and ecdsa keys', async () => {
    const ed = await createAccount(dir, { suri: '//Alice', keyType: 'ed25519' });
    expect(ed.entry).toMatchObject({ address: ALICE_ED25519, keyType: 'ed25519' });
    const ec = await createAccount(dir, { suri: '//Alice', keyType: 'ecdsa' });
    expect(Buffer.from(ec.account.publicKey).toString('hex')).toBe(ALICE_ECDSA_PUBLIC);
    expect(ec.entry.keyType).toBe('ecdsa');
    const loaded = await loadAccount(dir, ec.entry.address);
    expect(loaded.keyType).toBe('ecdsa');
    expect(loaded.sign(new Uint8Array([1, 2, 3]))).toHaveLength(65);
    const types = (await listAccounts(dir)).map((e) => e.keyType);
    expect(types.indexOf('ed25519')).toBeGreaterThan(types.lastIndexOf('sr25519'));
    expect(types.indexOf('ecdsa')).toBeGreaterThan(types.lastIndexOf('ed25519'));
  });

  it('imports a polkadot-js export and exports JSON that polkadot-js reads', async () => {
    await cryptoWaitReady();
    const fromApps = new Keyring({ type: 'sr25519' }).createFromUri('//Charlie').toJson('pw');
    const other = mkdtempSync(path.join(tmpdir(), 'encointer-keystore-import-'));
    try {
      await expect(importAccount(other, fromApps, { password: 'nope' })).rejects.toBeInstanceOf(
        WrongKeystorePasswordError,
      );
      const entry = await importAccount(other, fromApps, { password: 'pw' });
      expect(entry.address).toBe('5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y');
      const exported = await exportAccount(other, entry.address);
      expect(exported).toEqual(fromApps);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 60_000);

  it("reads the Rust CLI's legacy layout (73723235<public key> holding a JSON-quoted SURI)", async () => {
    const legacy = mkdtempSync(path.join(tmpdir(), 'encointer-keystore-legacy-'));
    try {
      writeFileSync(path.join(legacy, `73723235${ALICE_PUBLIC}`), '"//Alice"');
      const [entry] = await listAccounts(legacy);
      expect(entry).toMatchObject({ address: ALICE, keyType: 'sr25519', format: 'legacy', encrypted: false });
      expect((await loadAccount(legacy, ALICE)).address).toBe(ALICE);
      const json = await exportAccount(legacy, ALICE);
      expect(json.address).toBe(ALICE);
      expect(json.encoding.content).toEqual(['pkcs8', 'sr25519']);
    } finally {
      rmSync(legacy, { recursive: true, force: true });
    }
  });

  it('a missing keystore directory is empty, and a miss is AccountNotInKeystoreError', async () => {
    const missing = path.join(dir, 'does-not-exist');
    expect(await listAccounts(missing)).toEqual([]);
    const err = await loadAccount(missing, ALICE).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AccountNotInKeystoreError);
    expect((err as Error).message).toContain(ALICE);
  });
});
