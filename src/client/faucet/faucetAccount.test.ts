import { describe, expect, it } from 'vitest';
import { faucetAccount } from './faucetAccount.js';

describe('faucetAccount (economy §5.2)', () => {
  it('FaucetNumberOne with ectrfct0 → the Gesell faucet of the book', () => {
    expect(faucetAccount('FaucetNumberOne')).toBe('5Dq3XugU1atZM8QGHxg2KfZahm2CzuBUDp8XyxL9wn8Q8Yx3');
  });

  it('hashes the compact length prefix too: names of different length give different accounts', () => {
    expect(faucetAccount('a')).not.toBe(faucetAccount('aa'));
    expect(() => faucetAccount('x'.repeat(20_000))).toThrow(/at most 64 bytes/);
  });
});
