// spec: tooling §5.2 (idle-driven phase changes; `armed` gate), §5.3 (history)
/**
 * When to change the phase, as a pure state machine fed one block at a time.
 * - `idle`: after `idleBlocks` consecutive blocks without user transactions. QUIRK: upstream `phase.py` waits
 *   for `idle-blocks + 1` quiet blocks ("counter exceeds") and only after some activity was seen (`armed`, never
 *   reset); here exactly `idleBlocks`, and the activity gate is opt-in (`waitForActivity`).
 * - `every`: every `everyBlocks` blocks, whatever they hold (the original documentation's mode).
 * After a change, idle counting restarts above the block that carried it, so the controller's own transaction
 * never counts as activity; block counting restarts at the block that triggered it, so changes land exactly
 * `everyBlocks` blocks apart.
 */

export type PhaseControllerMode =
  | { readonly kind: 'idle'; readonly idleBlocks: number; readonly waitForActivity?: boolean | undefined }
  | { readonly kind: 'every'; readonly everyBlocks: number };

/** What the policy saw of a block. */
export interface ObservedBlock {
  readonly number: number;
  readonly userTransactions: number;
}

export interface PhasePolicy {
  /** Feeds a block (in increasing order); true when the phase should change now. */
  observe(block: ObservedBlock): boolean;
  /** Records a change triggered by block `decidedAt` and included in block `includedIn`. */
  changed(decidedAt: number, includedIn: number): void;
  /** Consecutive idle blocks counted so far (idle mode), or blocks since the last change (every mode). */
  readonly count: number;
}

/** A fresh policy; `startBlock` is the head when the controller started (blocks up to it are ignored). */
export const createPhasePolicy = (mode: PhaseControllerMode, startBlock: number): PhasePolicy => {
  let floor = startBlock;
  let count = 0;
  let armed = mode.kind === 'idle' && mode.waitForActivity !== true;
  return {
    get count() {
      return count;
    },
    observe: (block) => {
      if (block.number <= floor) return false;
      if (mode.kind === 'every') {
        count = block.number - floor;
        return count >= mode.everyBlocks;
      }
      if (block.userTransactions > 0) {
        armed = true;
        count = 0;
        return false;
      }
      if (!armed) return false;
      count += 1;
      return count >= mode.idleBlocks;
    },
    changed: (decidedAt, includedIn) => {
      const restart = mode.kind === 'every' ? Math.max(decidedAt, includedIn - 1) : includedIn;
      floor = Math.max(floor, restart);
      count = 0;
    },
  };
};
