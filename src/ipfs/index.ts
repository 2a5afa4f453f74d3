// spec: tooling §7 — IPFS: embedded store with Kubo-identical CIDs, Kubo RPC / pinning-service adapter, gateway.
export { type AddTreeNode, resolveAddInput } from './addInput.js';
export { type CidV0, cidV0OfBlock, cidV0ToV1, isCidV0, normalizeCid } from './cid.js';
export { contentTypeFor } from './contentType.js';
export {
  createIpfsStore,
  type IpfsStoreOptions,
  UPSTREAM_ADD_FAILED_CID,
  UPSTREAM_PLACEHOLDER_FILE_CID,
  UPSTREAM_PLACEHOLDER_FOLDER_CID,
} from './createIpfsStore.js';
export { decodePbNode, encodePbNode, type PbLink, type PbNode } from './dagPb.js';
export { EmbeddedIpfsStore } from './embeddedStore.js';
export {
  IpfsApiError,
  IpfsConfigError,
  IpfsCorruptBlockError,
  IpfsIsDirectoryError,
  IpfsNotFoundError,
  IpfsUnsupportedError,
} from './errors.js';
export { type GatewayOptions, gatewayHandler, type RunningGateway, startGateway } from './gateway.js';
export {
  type Block,
  type BlockSink,
  CHUNK_SIZE,
  type ImportedFile,
  type ImportedNode,
  importDirectory,
  importFile,
  MAX_LINKS,
} from './importer.js';
export type {
  AddDirectory,
  AddedEntry,
  AddFile,
  AddInput,
  AddOptions,
  AddResult,
  DirectoryLink,
  IpfsObject,
  IpfsStore,
} from './ipfsStore.js';
export { splitIpfsPath } from './ipfsStore.js';
export { type KuboRpcOptions, KuboRpcStore, LOCAL_KUBO_API, remoteStoreFromEnv } from './kuboRpcStore.js';
export { decodeUnixFs, encodeUnixFs, type UnixFsData, UnixFsType } from './unixfs.js';
