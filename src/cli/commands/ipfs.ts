// spec: tooling §1.7.11 (`ipfs upload` through the authenticated gateway), §7 (IPFS usage), §12 item 13
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Command, Option } from 'commander';
import { type IpfsObject, type IpfsStore, splitIpfsPath, startGateway } from '../../ipfs/index.js';
import { toHex } from '../../primitives/common/bytes.js';
import { EncointerError, InvalidInputError } from '../../primitives/common/errors.js';
import { stopOnSignals } from '../../services/stopSignal.js';
import { chainOptions, integerArg, requireCid } from '../common/args.js';
import { addIpfsOptions, type IpfsCliOptions, ipfsStoreFor, ipfsStoreLabel } from '../common/ipfsOptions.js';
import { print } from '../common/output.js';
import { signerFor, withConnection } from '../common/session.js';
import type { CliIo } from '../io.js';

/** Default address of the `encointer/ipfs-gateway` service. */
const DEFAULT_UPLOAD_GATEWAY = 'http://localhost:5050';

/** The authenticated gateway refused or failed (upstream exit codes 60 and 61). */
export class IpfsGatewayError extends EncointerError {
  /** HTTP status, if the gateway answered. */
  readonly status: number | undefined;

  constructor(name: 'NotCcHolder' | 'IpfsGatewayFailed', message: string, status?: number) {
    super(name, message);
    this.status = status;
  }
}

const postJson = async (url: string, body: unknown, step: string): Promise<Record<string, unknown>> => {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (e) {
    throw new IpfsGatewayError('IpfsGatewayFailed', `${step}: cannot reach ${url} (${(e as Error).message})`);
  }
  if (res.status === 403) {
    throw new IpfsGatewayError(
      'NotCcHolder',
      `${step}: the gateway refused the account (403): it must hold the community's currency`,
      403,
    );
  }
  if (!res.ok) {
    throw new IpfsGatewayError('IpfsGatewayFailed', `${step}: ${url} answered ${res.status}`, res.status);
  }
  try {
    return (await res.json()) as Record<string, unknown>;
  } catch {
    throw new IpfsGatewayError('IpfsGatewayFailed', `${step}: ${url} did not answer JSON`, res.status);
  }
};

/** Writes a file or a directory tree read from the store below `target`. */
const writeObject = async (store: IpfsStore, obj: IpfsObject, target: string): Promise<number> => {
  if (obj.type === 'file') {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, obj.content);
    return 1;
  }
  await mkdir(target, { recursive: true });
  let files = 0;
  for (const link of obj.links) {
    if (link.name.includes('/') || link.name === '..' || link.name === '.' || link.name === '') {
      throw new InvalidInputError(obj.cid, `refusing the unsafe directory entry name '${link.name}'`);
    }
    files += await writeObject(store, await store.get(link.cid), path.join(target, link.name));
  }
  return files;
};

/** `encointer ipfs …`: the embedded store (or a daemon), a local gateway, and the authenticated upload gateway. */
export const registerIpfsCommands = (program: Command, io: CliIo): Command => {
  const ipfs = program
    .command('ipfs')
    .description('IPFS: add, read and serve content (embedded store, local daemon or pinning service)');

  addIpfsOptions(
    ipfs
      .command('add')
      .description('add a file or a folder (recursively, as `ipfs add -r`) and print its CID')
      .argument('<path>', 'file or folder')
      .option('-w, --wrap-with-directory', 'wrap in a directory, as `ipfs add -w` (prints the wrapper CID)')
      .option('--no-pin', 'do not pin the root'),
  ).action(
    async (
      target: string,
      options: IpfsCliOptions & { wrapWithDirectory?: boolean; pin: boolean },
      command: Command,
    ) => {
      const o = chainOptions(command);
      try {
        await stat(target);
      } catch (e) {
        throw new InvalidInputError(target, `cannot read it (${(e as NodeJS.ErrnoException).code ?? e})`);
      }
      const store = await ipfsStoreFor(options);
      const r = await store.add(target, {
        wrapWithDirectory: options.wrapWithDirectory === true,
        pin: options.pin,
      });
      if (o.verbose === true && o.json !== true) {
        for (const e of r.entries) io.err(`added ${e.cid} ${e.path}`);
        io.err(`(${ipfsStoreLabel(store, options)})`);
      }
      print(io, o, r, () => r.cid);
    },
  );

  addIpfsOptions(
    ipfs
      .command('cat')
      .description('print the content of a file (text) at <cid>[/path]')
      .argument('<cid>', 'CID, optionally followed by /path inside a folder'),
  ).action(async (ref: string, options: IpfsCliOptions) => {
    const { cid, path: sub } = splitIpfsPath(ref);
    const store = await ipfsStoreFor(options);
    const bytes = await store.cat(cid, sub);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new InvalidInputError(ref, 'the content is not UTF-8 text: use `encointer ipfs get -o <file>`');
    }
    // io.out ends the line itself.
    io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
  });

  addIpfsOptions(
    ipfs
      .command('get')
      .description('write the file or folder at <cid>[/path] to disk (default ./<cid>) and print where')
      .argument('<cid>', 'CID, optionally followed by /path inside a folder')
      .option('-o, --output <path>', 'where to write it'),
  ).action(async (ref: string, options: IpfsCliOptions & { output?: string }, command: Command) => {
    const { cid, path: sub } = splitIpfsPath(ref);
    const store = await ipfsStoreFor(options);
    const obj = await store.get(cid, sub);
    const target = options.output ?? (sub === '' ? cid : path.basename(sub));
    const files = await writeObject(store, obj, target);
    print(io, chainOptions(command), { cid: obj.cid, type: obj.type, output: target, files }, () => target);
  });

  addIpfsOptions(
    ipfs
      .command('gateway')
      .description('serve the store read-only over HTTP (GET /ipfs/<cid>/<path>) until stopped')
      .addOption(
        // Not `--port`: that is the node's port (-p) on every command line.
        new Option('--http-port <port>', 'port (0 = any free port)')
          .default(8080)
          .argParser(integerArg('--http-port', 0, 65_535)),
      )
      .option('--host <host>', 'listen address (the gateway has no access control)', '127.0.0.1'),
  ).action(async (options: IpfsCliOptions & { httpPort: number; host: string }) => {
    const store = await ipfsStoreFor(options);
    let gateway: Awaited<ReturnType<typeof startGateway>>;
    try {
      gateway = await startGateway(store, { host: options.host, port: options.httpPort });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new EncointerError(
          'PortInUse',
          `port ${options.httpPort} is in use: choose another with --http-port`,
        );
      }
      throw e;
    }
    io.out(`IPFS gateway: ${gateway.url}/ipfs/<cid> (${ipfsStoreLabel(store, options)})`);
    const signal = await stopOnSignals().stopped;
    io.out(`${signal}: stopping the gateway`);
    await gateway.close();
  });

  ipfs
    .command('upload')
    .description(
      'upload a file through the Encointer IPFS gateway, authenticated as a holder of --cid’s currency; prints the CID',
    )
    .argument('<file>', 'file to upload')
    .requiredOption(
      '-s, --signer <account>',
      'account that holds the community currency (signs the challenge)',
    )
    .option('--gateway <url>', 'gateway URL', DEFAULT_UPLOAD_GATEWAY)
    .action(async (file: string, options: { signer: string; gateway: string }, command: Command) => {
      const o = chainOptions(command);
      let content: Buffer;
      try {
        content = await readFile(file);
      } catch (e) {
        throw new InvalidInputError(file, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`);
      }
      const communityId = await withConnection(o, async (conn) => {
        await requireCid(conn, o);
        return o.cid!;
      });
      const signer = await signerFor(options.signer, o);
      const base = options.gateway.replace(/\/+$/, '');
      const challenge = await postJson(
        `${base}/auth/challenge`,
        { address: signer.address, communityId },
        'challenge',
      );
      if (typeof challenge.message !== 'string') {
        throw new IpfsGatewayError('IpfsGatewayFailed', 'challenge: the gateway sent no message to sign');
      }
      const signature = toHex(signer.sign(new TextEncoder().encode(challenge.message)));
      const verified = await postJson(
        `${base}/auth/verify`,
        {
          address: signer.address,
          communityId,
          signature,
          nonce: challenge.nonce,
          timestamp: challenge.timestamp,
        },
        'verify',
      );
      if (typeof verified.token !== 'string') {
        throw new IpfsGatewayError('IpfsGatewayFailed', 'verify: the gateway sent no token');
      }
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(content)]), path.basename(file));
      let res: Response;
      try {
        res = await fetch(`${base}/ipfs/add`, {
          method: 'POST',
          headers: { authorization: `Bearer ${verified.token}` },
          body: form,
        });
      } catch (e) {
        throw new IpfsGatewayError(
          'IpfsGatewayFailed',
          `add: cannot reach ${base} (${(e as Error).message})`,
        );
      }
      if (!res.ok)
        throw new IpfsGatewayError('IpfsGatewayFailed', `add: ${base} answered ${res.status}`, res.status);
      const added = (await res.json().catch(() => ({}))) as {
        Hash?: unknown;
        Name?: unknown;
        Size?: unknown;
      };
      if (typeof added.Hash !== 'string') {
        throw new IpfsGatewayError('IpfsGatewayFailed', 'add: the gateway answered without a Hash');
      }
      print(io, o, { cid: added.Hash, name: added.Name, size: added.Size }, () => added.Hash as string);
    });

  return ipfs;
};
