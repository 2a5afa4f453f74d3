import { fc, test } from '@fast-check/vitest';
import { verify as sr25519Verify } from '@scure/sr25519';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { ss58Encode } from '../../primitives/common/ss58.js';
import { resolveAccountId } from './resolveAccountId.js';
import { resolveSigner } from './resolveSigner.js';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
// `subkey inspect //Alice`: the secret seed of //Alice.
const ALICE_SEED = '0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a';

describe('resolveSigner (tooling §1.2: secret URIs, 0x seeds, mnemonics, keystore addresses)', () => {
  it.each([
    ['//Alice', ALICE],
    ['//Bob', BOB],
    [`${DEV_PHRASE}//Alice`, ALICE],
    [ALICE_SEED, ALICE],
    ['  //Alice  ', ALICE],
  ])('%s → %s', async (spec, address) => {
    expect((await resolveSigner(spec)).address).toBe(address);
  });

  it('gives a papi signer over the account id and a raw signer the runtime verifies', async () => {
    const alice = await resolveSigner('//Alice');
    expect(alice.signer.publicKey).toEqual(alice.accountId);
    const message = new Uint8Array(36).fill(7);
    expect(sr25519Verify(message, alice.sign(message), alice.accountId)).toBe(true);
  });

  it('derives soft and hard paths differently', async () => {
    const soft = await resolveSigner(`${DEV_PHRASE}/Alice`);
    const hard = await resolveSigner(`${DEV_PHRASE}//Alice`);
    expect(soft.address).not.toBe(hard.address);
  });

  it('rejects too-short input, mistyped addresses and non-mnemonics without echoing secrets', async () => {
    await expect(resolveSigner('x')).rejects.toBeInstanceOf(InvalidInputError);
    const typo = `${ALICE.slice(0, -1)}Z`;
    await expect(resolveSigner(typo)).rejects.toThrow(/not a valid SS58 address/);
    const secret = 'these words are not a valid bip39 mnemonic at all';
    const err = await resolveSigner(secret).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidInputError);
    expect((err as Error).message).not.toContain('bip39 mnemonic at all');
  });
});

describe('resolveAccountId (tooling §1.2: account ids need no private key)', () => {
  it('accepts SS58 of any prefix and //Name', async () => {
    const kusamaAlice = ss58Encode((await resolveAccountId(ALICE)).accountId, 2);
    expect(kusamaAlice).not.toBe(ALICE);
    expect((await resolveAccountId(kusamaAlice)).address).toBe(ALICE);
    expect((await resolveAccountId('//Bob')).address).toBe(BOB);
  });

  test.prop([fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.integer({ min: 0, max: 16_383 })])(
    'an SS58 address of any prefix resolves to its account id',
    async (id, prefix) => {
      if (prefix === 46 || prefix === 47) return; // reserved prefixes
      const { accountId } = await resolveAccountId(ss58Encode(id, prefix));
      expect(accountId).toEqual(id);
    },
  );
});
