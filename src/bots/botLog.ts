// spec: tooling §3.10 (`bot-community-log.txt`: banners, phase headers, one line per step, summaries)
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const RULE = '═'.repeat(72);

/** The readable run log, appended to (never truncated) so that cron runs accumulate. */
export class BotLog {
  private readonly started = Date.now();
  private cindex: number | undefined;

  constructor(private readonly file: string | undefined) {
    if (file !== undefined) mkdirSync(path.dirname(file), { recursive: true });
  }

  private write(text: string): void {
    if (this.file !== undefined) appendFileSync(this.file, `${text}\n`);
  }

  private stamp(): string {
    const s = Math.floor((Date.now() - this.started) / 1000);
    const mm = String(Math.floor(s / 60)).padStart(2, '0');
    const ss = String(s % 60).padStart(2, '0');
    return `[${mm}:${ss}|${this.cindex ?? '-'}]`;
  }

  /** `CEREMONY <c>` between rules. */
  banner(title: string): void {
    this.write(`\n${RULE}\n  ${title}\n${RULE}`);
  }

  /** `── <Phase> [<cindex>] ───…` */
  phase(phase: string, cindex: number): void {
    this.cindex = cindex;
    const head = `── ${phase} [${cindex}] `;
    this.write(head + '─'.repeat(Math.max(3, 72 - head.length)));
  }

  /** One step: what was done and how it went. */
  step(text: string): void {
    this.write(`${this.stamp()} ${text}`);
  }

  /** Free text (summaries), indented. */
  note(text: string): void {
    for (const line of text.split('\n')) this.write(`    ${line}`);
  }
}
