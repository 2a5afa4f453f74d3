// spec: substrate-compat §1.2 (papi dynamic API); works around a papi value check (see offlineTransaction)
import { getOfflineApi } from 'polkadot-api';
import type { PolkadotSigner } from 'polkadot-api/signer';
import type { HexString } from '../common/types.js';
import type { UnsafeTransaction } from '../common/unsafeApi.js';
import type { Connection } from '../connection/connect.js';
import { getNextNonce } from './getNextNonce.js';

interface Observer {
  next?: (value: unknown) => void;
  error?: (e: unknown) => void;
  complete?: () => void;
}

/**
 * A transaction for `submitExtrinsic` built with papi's offline API, which encodes `args` with the chain's codecs
 * but skips papi's value-compatibility check. Needed where the two disagree: papi's check reads an enum variant
 * with several unnamed `u8` fields as a byte string while its codec wants an array (e.g. democracy's
 * `SetOnboardingExponent(u8, u8)`). Signed immortal, with the given nonce or the next one.
 */
export const offlineTransaction = (
  conn: Connection,
  pallet: string,
  call: string,
  args: unknown,
): UnsafeTransaction => ({
  signSubmitAndWatch: (signer: PolkadotSigner, options: { nonce?: number } = {}) => ({
    subscribe: (observer: Observer) => {
      let closed = false;
      let inner: { unsubscribe(): void } | undefined;
      (async () => {
        const [spec, finalized] = await Promise.all([
          conn.client.getChainSpecData(),
          conn.client.getFinalizedBlock(),
        ]);
        const metadata = await conn.client.getMetadata(finalized.hash);
        // Without descriptors: the typed parameter asks for them, the dynamic use needs only these two.
        const definition = { genesis: spec.genesisHash as HexString, getMetadata: async () => metadata };
        const api = await getOfflineApi(definition as unknown as Parameters<typeof getOfflineApi>[0]);
        const nonce = options.nonce ?? (await getNextNonce(conn, signer.publicKey));
        // biome-ignore lint/suspicious/noExplicitAny: the offline API is as dynamic as the unsafe one
        const entry = (api.tx as any)[pallet][call](args);
        const signed: Uint8Array = await entry.sign(signer, { nonce, mortality: { mortal: false } });
        if (closed) return;
        inner = conn.client.submitAndWatch(signed).subscribe(observer);
      })().catch((e: unknown) => {
        if (!closed) observer.error?.(e);
      });
      return {
        unsubscribe: () => {
          closed = true;
          inner?.unsubscribe();
        },
      };
    },
  }),
});
