// spec: ARCHITECTURE §5 (block production modes: instant, interval, manual)
import { toHex } from '../../primitives/common/bytes.js';
import type { BlockRecord, Chain, NewBlockOptions } from './chain.js';

/** How blocks are produced: on every ready transaction, on a timer, or only when asked (`dev_newBlock`). */
export type BuildMode =
  | { readonly kind: 'instant' }
  | { readonly kind: 'interval'; readonly intervalMs: number }
  | { readonly kind: 'manual' };

export interface ProducerLogger {
  info(message: string): void;
  error(message: string): void;
}

/**
 * Drives `chain.newBlock()` according to the build mode. Instant mode batches the transactions that arrive in
 * the same event-loop turn into one block; interval mode builds a block (empty or not) every interval.
 */
export class BlockProducer {
  private mode: BuildMode;
  private timer: NodeJS.Timeout | undefined;
  private scheduled: NodeJS.Immediate | undefined;
  private stopReady: (() => void) | undefined;
  private running = false;

  constructor(
    private readonly chain: Chain,
    mode: BuildMode,
    private readonly log: ProducerLogger = { info: () => {}, error: () => {} },
  ) {
    this.mode = mode;
  }

  get buildMode(): BuildMode {
    return this.mode;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.arm();
  }

  stop(): void {
    this.running = false;
    this.disarm();
  }

  /** Switches the mode (`dev_setBlockBuildMode`). */
  setMode(mode: BuildMode): void {
    this.disarm();
    this.mode = mode;
    if (this.running) this.arm();
  }

  /** Builds one block now, whatever the mode (`dev_newBlock`); errors are logged and rethrown. */
  produce(options: NewBlockOptions = {}): BlockRecord {
    try {
      const block = this.chain.newBlock(options);
      this.log.info(`#${block.number} ${toHex(block.hash)} (${this.chain.body(block).length} extrinsics)`);
      return block;
    } catch (e) {
      this.log.error(`block production failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      throw e;
    }
  }

  private arm(): void {
    if (this.mode.kind === 'interval') {
      this.timer = setInterval(() => this.tryProduce(), this.mode.intervalMs);
    } else if (this.mode.kind === 'instant') {
      this.stopReady = this.chain.pool.onReady(() => this.schedule());
      if (this.chain.pool.hasReady) this.schedule();
    }
  }

  private disarm(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    if (this.scheduled !== undefined) clearImmediate(this.scheduled);
    this.stopReady?.();
    this.timer = undefined;
    this.scheduled = undefined;
    this.stopReady = undefined;
  }

  private schedule(): void {
    if (this.scheduled !== undefined) return;
    this.scheduled = setImmediate(() => {
      this.scheduled = undefined;
      if (this.running && this.mode.kind === 'instant' && this.chain.pool.hasReady) {
        this.tryProduce();
      }
    });
  }

  private tryProduce(): void {
    try {
      this.produce();
    } catch {
      // Logged in produce(); the node keeps running and tries again on the next trigger.
    }
  }
}
