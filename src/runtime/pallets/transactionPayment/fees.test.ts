// spec: substrate-compat §5.7 (V1 fee 124 414 146 and priority 11 679), §7.4 (query_info); reference-metadata-spec30
// TransactionPayment (NextFeeMultiplier genesis 1.0)
import { describe, expect, it } from 'vitest';
import { feeConfigOf, REFERENCE_VERSION_BASE, referenceShellConfig } from '../../executive/config.js';
import { createTestChain } from '../../executive/testSupport.js';
import { MemoryState, OverlayState } from '../../framework/state.js';
import type { DispatchInfoValue } from '../../types/substrate.js';
import { computeFeeDetails, totalFee, transactionPriority } from './fees.js';
import { NextFeeMultiplier } from './storage.js';
import { FIXED_U128_ONE } from './types.js';

const fees = feeConfigOf(referenceShellConfig(() => ({ ...REFERENCE_VERSION_BASE, apis: [] })));
const V1_INFO: DispatchInfoValue = {
  weight: { ref_time: 171_235_000n, proof_size: 3_593n },
  class: 'Normal',
  pays_fee: 'Yes',
};

const stateWithMultiplier = (m: bigint) => {
  const state = new OverlayState(new MemoryState());
  NextFeeMultiplier.set(state, m);
  return state;
};

describe('fees (pallet_transaction_payment with the reference fee functions)', () => {
  it('V1 with multiplier 0: base 124 414 000 + 146 bytes = 124 414 146', () => {
    const details = computeFeeDetails(stateWithMultiplier(0n), fees, 146, V1_INFO, 0n);
    expect(details).toEqual({
      inclusion_fee: { base_fee: 124_414_000n, len_fee: 146n, adjusted_weight_fee: 0n },
      tip: 0n,
    });
    expect(totalFee(details)).toBe(124_414_146n);
  });

  it('with multiplier 1.0 the weight costs its ref time; 0.5 halves it (floor)', () => {
    expect(
      computeFeeDetails(stateWithMultiplier(FIXED_U128_ONE), fees, 146, V1_INFO, 0n).inclusion_fee
        ?.adjusted_weight_fee,
    ).toBe(171_235_000n);
    const half = computeFeeDetails(
      stateWithMultiplier(FIXED_U128_ONE / 2n),
      fees,
      146,
      { ...V1_INFO, weight: { ref_time: 3n, proof_size: 0n } },
      0n,
    );
    expect(half.inclusion_fee?.adjusted_weight_fee).toBe(1n);
  });

  it('a call that does not pay has no inclusion fee, only the tip', () => {
    const details = computeFeeDetails(stateWithMultiplier(0n), fees, 146, { ...V1_INFO, pays_fee: 'No' }, 7n);
    expect(details).toEqual({ inclusion_fee: undefined, tip: 7n });
    expect(totalFee(details)).toBe(7n);
  });

  it('V1 priority is 11 679: 2·10^12 / 171 235 000 transactions fit a block by weight (fewer than by length)', () => {
    expect(transactionPriority(fees, V1_INFO, 146, 0n, 124_414_146n)).toBe(11_679n);
    expect(transactionPriority(fees, V1_INFO, 146, 1n, 124_414_146n)).toBe(2n * 11_679n);
  });

  it('operational extrinsics add fee × OperationalFeeMultiplier (5) as a virtual tip', () => {
    const op = { ...V1_INFO, class: 'Operational' as const };
    // By weight 11 679 fit a block; by length 5 242 880 / 146 = 35 910: weight decides.
    const perBlock = 11_679n;
    expect(transactionPriority(fees, op, 146, 0n, 100n)).toBe(perBlock + 100n * 5n * perBlock);
  });
});

describe('NextFeeMultiplier (reference-metadata-spec30 TransactionPayment)', () => {
  it('QUIRK (fees.ts): genesis 1.0, then 0 from the first finalized block on (FeeMultiplierUpdate = ())', () => {
    const chain = createTestChain();
    expect(NextFeeMultiplier.get(chain.state)).toBe(FIXED_U128_ONE);
    chain.block();
    expect(NextFeeMultiplier.get(chain.state)).toBe(0n);
  });
});
