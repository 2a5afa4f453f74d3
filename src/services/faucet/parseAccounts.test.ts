// spec: tooling §4.2 (the `accounts` parameter)
import { describe, expect, it } from 'vitest';
import { FaucetError } from './errors.js';
import { parseFaucetAccounts, splitAccountList } from './parseAccounts.js';

// Well-known dev accounts (subkey): //Alice and //Bob, generic prefix 42; Alice with the Polkadot prefix 0.
const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const ALICE_POLKADOT = '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5';

const refusal = async (values: string[], max = 10): Promise<FaucetError> => {
  try {
    await parseFaucetAccounts(values, max);
  } catch (e) {
    if (e instanceof FaucetError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('faucet accounts parameter (tooling §4.2)', () => {
  it.each([
    [
      ['a,b', 'c'],
      ['a', 'b', 'c'],
    ],
    [[' a , b ,'], ['a', 'b']],
    [[''], []],
    [[], []],
  ])('splits %j into %j', (values, expected) => {
    expect(splitAccountList(values)).toEqual(expected);
  });

  it('accepts SS58 of any prefix, comma lists, repeated parameters and //Name, funding duplicates once', async () => {
    const parsed = await parseFaucetAccounts([`${ALICE},${BOB}`, ALICE_POLKADOT, '//Bob'], 10);
    expect(parsed.map((a) => a.address)).toEqual([ALICE, BOB]);
    expect(parsed[0]!.key).toBe('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
  });

  it.each([
    ['not-an-address', 0],
    [`${ALICE.slice(0, -1)}Z`, 0], // checksum broken
    ['0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d', 0], // hex is not accepted
    ['word word word', 0], // mnemonics are secrets: never in a URL
  ])('refuses %s with 400 InvalidAddress', async (entry, index) => {
    const e = await refusal([`${entry}`]);
    expect([e.status, e.code, e.body]).toEqual([400, 'InvalidAddress', { account: entry, index }]);
  });

  it('reports the position of the first bad entry even after good ones', async () => {
    const e = await refusal([`${ALICE},${BOB},bogus`]);
    expect(e.body).toEqual({ account: 'bogus', index: 2 });
  });

  it('refuses an empty list and too many entries with 400', async () => {
    expect((await refusal([])).code).toBe('NoAccounts');
    expect((await refusal([' , '])).status).toBe(400);
    const e = await refusal([[ALICE, BOB, ALICE].join(',')], 2);
    expect([e.status, e.code, e.body]).toEqual([400, 'TooManyAccounts', { count: 3, maxAccounts: 2 }]);
  });
});
