// spec: tooling §3.6 (parallel steps keep the success count; expected failures are normal), §3.10 (one line per step)
/**
 * Runs one phase step's transactions through the submitter and reports the result as one line: how many were
 * sent, included, failed (by error name) and refused. QUIRK: tooling §3.6 — upstream swallowed failures of
 * parallel steps; here they are counted and named, and `expected` errors are marked as such.
 */
import type { BotContext } from './botContext.js';
import type { TxOutcome, TxRequest } from './tx/txBatch.js';

export interface StepReport<T> {
  readonly outcomes: TxOutcome<T>[];
  readonly ok: number;
  /** Error name → count, failures and refusals together. */
  readonly errors: ReadonlyMap<string, number>;
}

const errorName = (o: TxOutcome<unknown>): string => {
  if (o.status === 'failed') return o.pallet === undefined ? o.error! : `${o.pallet}.${o.error}`;
  if (o.status === 'rejected') return `refused (${o.error})`;
  return o.status;
};

/** Submits `requests` as one batch and logs `label: sent N, ok N, …`. */
export const runStep = async <T>(
  ctx: BotContext,
  label: string,
  requests: readonly TxRequest<T>[],
  { expected = [] }: { expected?: readonly string[] } = {},
): Promise<StepReport<T>> => {
  ctx.progress.update({ step: label });
  if (requests.length === 0) return { outcomes: [], ok: 0, errors: new Map() };
  const started = Date.now();
  const outcomes = await ctx.txs.run(requests);
  const errors = new Map<string, number>();
  let ok = 0;
  for (const o of outcomes) {
    if (o.status === 'ok') ok++;
    else errors.set(errorName(o), (errors.get(errorName(o)) ?? 0) + 1);
  }
  const ms = Date.now() - started;
  const parts = [...errors].map(([e, n]) => {
    const tag = expected.some((x) => e.endsWith(x)) ? ' (expected)' : '';
    return `${e}×${n}${tag}`;
  });
  ctx.progress.event(
    'step',
    `${label}: sent ${requests.length}, ok ${ok}${parts.length > 0 ? `, ${parts.join(', ')}` : ''} (${ms} ms)`,
    {
      step: label,
      sent: requests.length,
      ok,
      failed: requests.length - ok,
      errors: parts.length > 0 ? parts.join(',') : undefined,
      ms,
      tps: ms > 0 ? Math.round((requests.length * 1000) / ms) : undefined,
    },
  );
  return { outcomes, ok, errors };
};
