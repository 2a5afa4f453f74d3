/**
 * Timestamp pallet (index 3): the block author sets the time with the `set` inherent, which drives the
 * Encointer scheduler (ceremonies §5.2). Moments are milliseconds since the Unix epoch.
 */
import { bool, compactU64, u64 } from '../../../primitives/codec/describe.js';
import { BadOriginError, DispatchOtherError } from '../../framework/errors.js';
import { call, constant, definePallet, type Env, type Pallet } from '../../framework/pallet.js';
import { storageOf } from '../../framework/storage.js';

const storage = storageOf('Timestamp');
export const Now = storage.value('Now', u64, { default: 0n, docs: ['Current time for the current block.'] });
export const DidUpdate = storage.value('DidUpdate', bool, {
  default: false,
  docs: ['Whether the timestamp has been updated in this block.'],
});

export interface TimestampConfig {
  /** Half the block time: the least a timestamp may advance per block. */
  readonly minimumPeriod: bigint;
  /** Called after the time is set, in order (the Encointer scheduler's progression). */
  readonly onTimestampSet: readonly ((env: Env, now: bigint) => void)[];
}

/** Sets the block's time and runs the timestamp hooks; the executive calls it for the `set` inherent. */
export const setTimestamp = (env: Env, now: bigint, config: TimestampConfig): void => {
  if (DidUpdate.get(env.state))
    throw new DispatchOtherError('Timestamp must be updated only once in the block');
  const previous = Now.get(env.state);
  if (previous !== 0n && now < previous + config.minimumPeriod) {
    throw new DispatchOtherError(
      `Timestamp must increment by at least ${config.minimumPeriod} ms between blocks (was ${previous}, got ${now})`,
    );
  }
  Now.set(env.state, now);
  DidUpdate.set(env.state, true);
  for (const hook of config.onTimestampSet) hook(env, now);
};

export const createTimestampPallet = (config: TimestampConfig): Pallet =>
  definePallet({
    name: 'Timestamp',
    index: 3,
    callPath: ['pallet_timestamp', 'pallet', 'Call'],
    storage: [Now, DidUpdate],
    constants: {
      MinimumPeriod: constant(u64, config.minimumPeriod, [
        'The minimum period between blocks (half the expected block time).',
      ]),
    },
    calls: {
      set: call({
        index: 0,
        info: { weight: { ref_time: 160_492_000n, proof_size: 1_493n }, class: 'Mandatory' },
        args: { now: { type: compactU64, typeName: 'T::Moment' } },
        docs: ['Set the current time. An inherent: only the block author includes it, unsigned.'],
        dispatch: (env, origin, { now }) => {
          if (origin.kind !== 'None')
            throw new BadOriginError('Timestamp.set is an inherent and must be unsigned');
          setTimestamp(env, now, config);
        },
      }),
    },
    hooks: {
      // FRAME's `on_finalize` asserts the timestamp was set and clears the flag for the next block.
      onFinalize: (env) => DidUpdate.remove(env.state),
    },
  });
