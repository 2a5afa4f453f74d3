// spec: ceremonies §5.1
import { u32, u64 } from '../../../primitives/codec/describe.js';
import { CeremonyPhaseType } from '../../../primitives/scale/scheduler.js';
import { key, storageOf } from '../../framework/storage.js';

const storage = storageOf('EncointerScheduler');

export const CurrentCeremonyIndex = storage.value('CurrentCeremonyIndex', u32, { default: 0 });
/** QUIRK: ceremonies §10 item 26 — declared but never written. */
export const LastCeremonyBlock = storage.value('LastCeremonyBlock', u32, { default: 0 });
export const CurrentPhase = storage.value('CurrentPhase', CeremonyPhaseType, {
  default: 'Registering' as const,
});
/** When the next phase change is due (ms); 0 means "not initialised". */
export const NextPhaseTimestamp = storage.value('NextPhaseTimestamp', u64, { default: 0n });
export const PhaseDurations = storage.map('PhaseDurations', key('Blake2_128Concat', CeremonyPhaseType), u64, {
  default: 0n,
});

export const schedulerStorage = [
  CurrentCeremonyIndex,
  LastCeremonyBlock,
  CurrentPhase,
  NextPhaseTimestamp,
  PhaseDurations,
];
