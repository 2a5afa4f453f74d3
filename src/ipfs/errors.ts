// spec: tooling §7 — errors of the IPFS stores; the CLI maps IpfsApiError to exit code 60 (tooling §1.10).
import { EncointerError } from '../primitives/common/errors.js';

/** The CID (or a path below it) is not in the store. */
export class IpfsNotFoundError extends EncointerError {
  readonly cid: string;
  readonly path: string;

  constructor(cid: string, path = '', reason?: string) {
    const where = path ? `${cid}/${path}` : cid;
    super('IpfsNotFound', `${where} not found${reason ? `: ${reason}` : ''}`);
    this.cid = cid;
    this.path = path;
  }
}

/** A file operation (cat) was asked of a directory. */
export class IpfsIsDirectoryError extends EncointerError {
  constructor(where: string) {
    super('IpfsIsDirectory', `${where} is a directory; list it with get() or ask for a file below it`);
  }
}

/** Content this store cannot produce or read the same way Kubo would (symlinks, sharded directories). */
export class IpfsUnsupportedError extends EncointerError {
  constructor(message: string) {
    super('IpfsUnsupported', message);
  }
}

/** A stored block does not hash to its CID (disk corruption or tampering). */
export class IpfsCorruptBlockError extends EncointerError {
  constructor(cid: string, file: string) {
    super(
      'IpfsCorruptBlock',
      `block ${cid} in ${file} does not match its hash; delete the file and add the content again`,
    );
  }
}

/** IPFS configuration (flags, IPFS_ADD_URL / IPFS_API_KEY) is unusable. */
export class IpfsConfigError extends EncointerError {
  constructor(message: string) {
    super('IpfsConfig', message);
  }
}

/** An external IPFS HTTP API (Kubo daemon or remote pinning service) failed or answered something unexpected. */
export class IpfsApiError extends EncointerError {
  readonly status: number | undefined;
  readonly url: string;

  constructor(url: string, message: string, status?: number) {
    super('IpfsApiError', `${redactUrl(url)}: ${status === undefined ? '' : `HTTP ${status}: `}${message}`);
    this.status = status;
    this.url = redactUrl(url);
  }
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
