// spec: ceremonies §7.9 (`claim_rewards`), tooling §1.7.4 (`participant claim-reward`)
import { toAddress, toPapiCid } from '../common/convert.js';
import type { Address, CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface ClaimRewardsParameters extends SubmitOptions {
  cid: CidInput;
  signer: SignerInput;
  /** 1-based meetup; default: the pallet resolves the signer's own meetup. */
  meetupIndex?: bigint | number | undefined;
}

export interface ClaimRewardsReturnType extends IncludedExtrinsic {
  /** Accounts paid (`EncointerBalances.Issued`), in event order. */
  readonly rewarded: readonly Address[];
  /** `RewardsIssued` count, or undefined when the meetup was closed without rewards (`MeetupEvaluated`). */
  readonly rewardsIssued: number | undefined;
}

/**
 * Claims the rewards of a meetup (`EncointerCeremonies.claim_rewards`): early in Attesting for perfect meetups,
 * else in the next Registering phase. A second claim fails with `RewardsAlreadyIssued`.
 */
export const claimRewards = async (
  conn: Connection,
  p: ClaimRewardsParameters,
): Promise<ClaimRewardsReturnType> => {
  const included = await submitExtrinsic(
    conn,
    conn.api.tx.EncointerCeremonies.claim_rewards({
      cid: toPapiCid(p.cid),
      maybe_meetup_index: p.meetupIndex === undefined ? undefined : BigInt(p.meetupIndex),
    }),
    p.signer,
    p,
  );
  const rewarded = included.events
    .filter((e) => e.pallet === 'EncointerBalances' && e.name === 'Issued')
    .map((e) => toAddress((e.value as unknown[])[1] as string));
  const issued = included.events.find(
    (e) => e.pallet === 'EncointerCeremonies' && e.name === 'RewardsIssued',
  );
  return {
    ...included,
    rewarded,
    rewardsIssued: issued === undefined ? undefined : Number((issued.value as unknown[])[2]),
  };
};
