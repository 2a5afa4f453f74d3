// spec: tooling §1.7.1 (`listen`, `print-metadata`), §12 item 3 (NDJSON for `listen`)
import { type Command, Option } from 'commander';
import {
  type BlockEvent,
  type Connection,
  ConnectionError,
  fromPapiCid,
  getBlock,
  getBlockEvents,
  getChainMetadata,
  type HexString,
} from '../../client/index.js';
import { resolveDispatchError } from '../../client/tx/dispatchError.js';
import { formatCid } from '../../primitives/cid/cidString.js';
import { chainOptions, integerArg } from '../common/args.js';
import { jsonReplacer, print } from '../common/output.js';
import { withConnection } from '../common/session.js';
import type { CliIo } from '../io.js';

/** A papi value made readable: community identifiers as their string form, the rest as is. */
const readable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(readable);
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value;
  const keys = Object.keys(value);
  if (keys.length === 2 && 'geohash' in value && 'digest' in value) {
    try {
      return formatCid(fromPapiCid(value));
    } catch {
      // not a cid after all
    }
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readable(v)]));
};

const compact = (value: unknown): string => JSON.stringify(value, jsonReplacer) ?? 'null';

/** The reference's wording for the events it knew, else `Pallet.Name <value>`. */
const describeEvent = (e: BlockEvent, value: unknown, error: string | undefined): string => {
  const v = value as unknown[];
  if (e.pallet === 'EncointerCeremonies' && e.name === 'ParticipantRegistered') {
    const type = (v[1] as { type?: string })?.type ?? compact(v[1]);
    return `Participant registered as ${type}, for cid: ${String(v[0])}, account: ${String(v[2])},`;
  }
  if (e.pallet === 'EncointerScheduler' && e.name === 'PhaseChangedTo') {
    return `Phase changed to: ${(value as { type?: string })?.type ?? compact(value)}`;
  }
  if (e.pallet === 'EncointerCommunities' && e.name === 'CommunityRegistered') {
    return `Community registered: cid: ${String(value)}`;
  }
  if (e.pallet === 'System' && e.name === 'ExtrinsicFailed')
    return `ExtrinsicFailed: ${error ?? compact(value)}`;
  return `${e.pallet}.${e.name} ${compact(value)}`;
};

interface ListenOptions {
  awaitEvents?: number;
  awaitBlocks?: number;
  blocks?: number;
  pallet?: string[];
}

/** Prints the events of every new block until the limits are reached (or forever, until SIGINT/SIGTERM). */
const listen = async (conn: Connection, io: CliIo, json: boolean, options: ListenOptions): Promise<void> => {
  const maxBlocks = options.awaitBlocks ?? options.blocks;
  const maxEvents = options.awaitEvents;
  const pallets = options.pallet?.map((p) => p.toLowerCase());
  const start = await getBlock(conn);
  const metadata = await getChainMetadata(conn);
  let blocks = 0;
  let encointerEvents = 0;

  await new Promise<void>((resolve, reject) => {
    let done = false;
    let queue = Promise.resolve();
    const finish = (e?: unknown) => {
      if (done) return;
      done = true;
      queueMicrotask(() => subscription.unsubscribe());
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (e === undefined) resolve();
      else reject(e);
    };
    const onSignal = () => finish();
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);

    const handle = async (hash: HexString, number: number, release: () => void) => {
      try {
        if (done) return;
        const { events } = await getBlockEvents(conn, { at: hash });
        for (const [index, e] of events.entries()) {
          if (done) return;
          if (pallets !== undefined && !pallets.includes(e.pallet.toLowerCase())) continue;
          const value = readable(e.value);
          let error: string | undefined;
          if (e.pallet === 'System' && e.name === 'ExtrinsicFailed') {
            const info = resolveDispatchError(
              (e.value as { dispatch_error?: unknown }).dispatch_error,
              metadata,
            );
            error = `${info.pallet === undefined ? '' : `${info.pallet}.`}${info.error}`;
          }
          if (json) {
            io.out(
              compact({
                block: number,
                hash,
                index,
                phase: e.phase,
                extrinsicIndex: e.extrinsicIndex ?? null,
                pallet: e.pallet,
                name: e.name,
                value,
                ...(error === undefined ? {} : { error }),
              }),
            );
          } else {
            io.out(`#${number} ${describeEvent(e, value, error)}`);
          }
          if (e.pallet.startsWith('Encointer')) encointerEvents++;
          if (maxEvents !== undefined && encointerEvents >= maxEvents) return finish();
        }
        blocks++;
        if (maxBlocks !== undefined && blocks >= maxBlocks) finish();
      } finally {
        release();
      }
    };

    const subscription = (
      conn.client.blocks$ as {
        subscribe(o: {
          next: (b: { hash: string; number: number }) => void;
          error: (e: unknown) => void;
          complete: () => void;
        }): { unsubscribe(): void };
      }
    ).subscribe({
      next: (b) => {
        if (done || b.number <= start.number) return;
        const hash = b.hash as HexString;
        const release = conn.client.hodlBlock(hash);
        queue = queue.then(() => handle(hash, b.number, release)).catch((e: unknown) => finish(e));
      },
      error: (e) => finish(e),
      // papi ends the stream when it cannot guarantee continuity (e.g. the node restarted).
      complete: () => finish(new ConnectionError(conn.endpoint, 'the node stopped reporting blocks')),
    });
    if (maxBlocks === 0) finish();
  });
};

/** The pallets of the runtime with their calls, events, errors, storage items and constants. */
const metadataSummary = async (conn: Connection) => {
  const { metadata } = await getChainMetadata(conn);
  const variants = (ref: { type: number } | undefined): string[] => {
    const def = ref === undefined ? undefined : metadata.lookup[ref.type]?.def;
    return def?.tag === 'variant' ? (def.value as { name: string }[]).map((v) => v.name) : [];
  };
  return {
    version: metadata.version,
    pallets: metadata.pallets.map((p) => ({
      name: p.name,
      index: p.index,
      calls: variants(p.calls as { type: number } | undefined),
      events: variants(p.events as { type: number } | undefined),
      errors: variants(p.errors as { type: number } | undefined),
      storage: p.storage?.items.map((i) => i.name) ?? [],
      constants: p.constants.map((c) => c.name),
    })),
    apis: metadata.apis.map((a) => ({ name: a.name, methods: a.methods.map((m) => m.name) })),
  };
};

/** `encointer listen` and `encointer print-metadata`. */
export const registerListenCommands = (program: Command, io: CliIo): void => {
  program
    .command('listen')
    .description(
      'print the events of every new block as they happen (with --json: one JSON object per line); runs until the limits or Ctrl-C',
    )
    .option(
      '-e, --await-events <n>',
      'stop after this many Encointer events',
      integerArg('--await-events', 1, 1e9),
    )
    .option('-b, --await-blocks <n>', 'stop after this many new blocks', integerArg('--await-blocks', 0, 1e9))
    .addOption(
      new Option('--blocks <n>', 'same as --await-blocks')
        .argParser(integerArg('--blocks', 0, 1e9))
        .hideHelp(),
    )
    .option('--pallet <names...>', 'only events of these pallets (e.g. EncointerCeremonies System)')
    .action(async (options: ListenOptions, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, (conn) => listen(conn, io, o.json === true, options));
    });

  program
    .command('print-metadata')
    .description(
      'the runtime metadata: pallets with their index, calls, events, errors, storage and constants',
    )
    .action(async (_options: unknown, command: Command) => {
      const o = chainOptions(command);
      await withConnection(o, async (conn) => {
        const summary = await metadataSummary(conn);
        print(io, o, summary, () => ['Metadata:', JSON.stringify(summary, null, 2)]);
      });
    });
};
