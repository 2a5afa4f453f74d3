// spec: ARCHITECTURE §6 (long-running tools: a live status line, structured logs); tooling §3.10
/**
 * What the bot tells the person running it. On a terminal: one live status line (phase, ceremony, transactions
 * in flight, population) with step messages printed above it. Elsewhere (CI, files): one logfmt line per event,
 * e.g. `ts=… event=step phase=Registering cindex=3 step=register sent=130 ok=130 ms=812`.
 */
import type { BotLog } from './botLog.js';

export interface BotStatus {
  phase: string;
  cindex: number;
  /** Local ceremony counter of `simulate`, e.g. `3/7`. */
  ceremony: string;
  step: string;
  inFlight: number;
  population: number;
}

export interface ProgressSink {
  /** Writes raw text to a terminal (status line mode). */
  readonly tty: ((text: string) => void) | undefined;
  /** Writes one complete line (log mode). */
  readonly line: (text: string) => void;
}

const logfmtValue = (v: unknown): string => {
  const s = typeof v === 'bigint' ? v.toString() : typeof v === 'string' ? v : JSON.stringify(v);
  return /^[^\s"=]+$/.test(s) ? s : JSON.stringify(s);
};

/** Live status and event reporting (see the module comment); every event also goes to the run log. */
export class Progress {
  private readonly status: BotStatus = {
    phase: '-',
    cindex: 0,
    ceremony: '-',
    step: 'starting',
    inFlight: 0,
    population: 0,
  };
  private drawn = false;
  private lastDraw = 0;

  constructor(
    private readonly sink: ProgressSink,
    private readonly log: BotLog,
  ) {}

  /** Updates the status line (terminal only; throttled to 10 redraws per second). */
  update(change: Partial<BotStatus>): void {
    Object.assign(this.status, change);
    if (this.sink.tty === undefined) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && change.phase === undefined && change.step === undefined) return;
    this.lastDraw = now;
    this.draw();
  }

  private draw(): void {
    const s = this.status;
    const text = `⏵ ${s.phase} [cindex ${s.cindex}] ceremony ${s.ceremony} · ${s.step} · in flight ${s.inFlight} · population ${s.population}`;
    this.sink.tty?.(`\r\x1b[K${text}`);
    this.drawn = true;
  }

  /**
   * One event: a readable `message` (terminal and run log) and structured `fields` (log lines).
   */
  event(event: string, message: string, fields: Record<string, unknown> = {}): void {
    this.log.step(message);
    if (this.sink.tty !== undefined) {
      this.sink.tty(`${this.drawn ? '\r\x1b[K' : ''}${message}\n`);
      this.draw();
      return;
    }
    const all: Record<string, unknown> = {
      ts: new Date().toISOString(),
      event,
      phase: this.status.phase,
      cindex: this.status.cindex,
      ...fields,
    };
    this.sink.line(
      Object.entries(all)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${logfmtValue(v)}`)
        .join(' '),
    );
  }

  /** Runs `write` (e.g. a line on stdout) with the status line cleared, then draws it again. */
  above(write: () => void): void {
    if (this.sink.tty !== undefined && this.drawn) this.sink.tty('\r\x1b[K');
    write();
    if (this.sink.tty !== undefined && this.drawn) this.draw();
  }

  /** Clears the status line (at the end of a run). */
  close(): void {
    if (this.sink.tty !== undefined && this.drawn) this.sink.tty('\r\x1b[K');
    this.drawn = false;
  }
}
