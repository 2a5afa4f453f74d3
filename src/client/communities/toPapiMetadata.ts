// spec: economy Appendix B (CommunityMetadata), tooling §8 (`community.meta` of a spec file)
import { toHex } from '../../primitives/common/bytes.js';
import { textToBytes } from '../common/convert.js';
import type { CommunitySpecMeta } from '../specFile.js';

/** papi's value of a `CommunityMetadata` built from a spec file's `community.meta`. */
export const toPapiMetadata = (meta: CommunitySpecMeta) => ({
  name: textToBytes(meta.name),
  symbol: textToBytes(meta.symbol),
  assets: textToBytes(meta.assets),
  theme: meta.theme === undefined ? undefined : textToBytes(meta.theme),
  url: meta.url === undefined ? undefined : textToBytes(meta.url),
  announcement_signer:
    meta.announcementSigner === undefined
      ? undefined
      : { type: 'Bip340', value: toHex(meta.announcementSigner) },
  rules: { type: meta.rules, value: undefined },
});
