/**
 * Runs a command body with a chain connection (and a signer when the command signs), closing the connection
 * whatever happens.
 */
import { type Account, type Connection, connect, resolveSigner } from '../../client/index.js';
import type { CommonOptions } from './options.js';

export const withConnection = async <T>(
  options: CommonOptions,
  body: (conn: Connection) => Promise<T>,
): Promise<T> => {
  const conn = await connect({
    nodeUrl: options.nodeUrl,
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  try {
    return await body(conn);
  } finally {
    conn.disconnect();
  }
};

/** Resolves `//Alice`, a mnemonic, a seed or a keystore address to a signing account. */
export const signerFor = (spec: string, options: CommonOptions): Promise<Account> =>
  resolveSigner(spec, {
    keystore: options.keystore,
    ...(options.password === undefined ? {} : { password: options.password }),
  });
