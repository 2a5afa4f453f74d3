/**
 * Every RPC method of the node, one file each (named exactly like the method). To add a method: create
 * `<method_name>.ts` exporting `defineMethod({...})` with its zod parameter tuple and a JSDoc example, then add
 * it to `ALL_METHODS` below. `rpc_methods` lists what is registered here.
 */
import type { RpcMethod } from '../method.js';
import { author_pendingExtrinsics } from './author_pendingExtrinsics.js';
import { author_submitAndWatchExtrinsic } from './author_submitAndWatchExtrinsic.js';
import { author_submitExtrinsic } from './author_submitExtrinsic.js';
import { author_unwatchExtrinsic } from './author_unwatchExtrinsic.js';
import { chain_getBlock } from './chain_getBlock.js';
import { chain_getBlockHash } from './chain_getBlockHash.js';
import { chain_getFinalizedHead } from './chain_getFinalizedHead.js';
import { chain_getHeader } from './chain_getHeader.js';
import { chain_subscribeAllHeads } from './chain_subscribeAllHeads.js';
import { chain_subscribeFinalizedHeads } from './chain_subscribeFinalizedHeads.js';
import { chain_subscribeNewHeads } from './chain_subscribeNewHeads.js';
import { chain_unsubscribeAllHeads } from './chain_unsubscribeAllHeads.js';
import { chain_unsubscribeFinalizedHeads } from './chain_unsubscribeFinalizedHeads.js';
import { chain_unsubscribeNewHeads } from './chain_unsubscribeNewHeads.js';
import { chainHead_v1_body } from './chainHead_v1_body.js';
import { chainHead_v1_call } from './chainHead_v1_call.js';
import { chainHead_v1_continue } from './chainHead_v1_continue.js';
import { chainHead_v1_follow } from './chainHead_v1_follow.js';
import { chainHead_v1_header } from './chainHead_v1_header.js';
import { chainHead_v1_stopOperation } from './chainHead_v1_stopOperation.js';
import { chainHead_v1_storage } from './chainHead_v1_storage.js';
import { chainHead_v1_unfollow } from './chainHead_v1_unfollow.js';
import { chainHead_v1_unpin } from './chainHead_v1_unpin.js';
import { chainSpec_v1_chainName } from './chainSpec_v1_chainName.js';
import { chainSpec_v1_genesisHash } from './chainSpec_v1_genesisHash.js';
import { chainSpec_v1_properties } from './chainSpec_v1_properties.js';
import { dev_newBlock } from './dev_newBlock.js';
import { dev_revert } from './dev_revert.js';
import { dev_setBlockBuildMode } from './dev_setBlockBuildMode.js';
import { dev_setHead } from './dev_setHead.js';
import { dev_setStorage } from './dev_setStorage.js';
import { dev_snapshot } from './dev_snapshot.js';
import { dev_timeTravel } from './dev_timeTravel.js';
import { encointer_bazaarGetBusinesses } from './encointer_bazaarGetBusinesses.js';
import { encointer_bazaarGetOfferings } from './encointer_bazaarGetOfferings.js';
import { encointer_bazaarGetOfferingsForBusiness } from './encointer_bazaarGetOfferingsForBusiness.js';
import { encointer_getAllBalances } from './encointer_getAllBalances.js';
import { encointer_getAllCommunities } from './encointer_getAllCommunities.js';
import { encointer_getCommunityTreasuryAccountUnchecked } from './encointer_getCommunityTreasuryAccountUnchecked.js';
import { encointer_getLocations } from './encointer_getLocations.js';
import { encointer_getOnboardingStatus } from './encointer_getOnboardingStatus.js';
import { encointer_getReputations } from './encointer_getReputations.js';
import { encointer_queryAssetFeeDetails } from './encointer_queryAssetFeeDetails.js';
import { payment_queryFeeDetails } from './payment_queryFeeDetails.js';
import { payment_queryInfo } from './payment_queryInfo.js';
import { rpc_methods } from './rpc_methods.js';
import { state_call } from './state_call.js';
import { state_getKeys } from './state_getKeys.js';
import { state_getKeysPaged } from './state_getKeysPaged.js';
import { state_getMetadata } from './state_getMetadata.js';
import { state_getRuntimeVersion } from './state_getRuntimeVersion.js';
import { state_getStorage } from './state_getStorage.js';
import { state_getStorageHash } from './state_getStorageHash.js';
import { state_getStorageSize } from './state_getStorageSize.js';
import { state_queryStorage } from './state_queryStorage.js';
import { state_queryStorageAt } from './state_queryStorageAt.js';
import { state_subscribeRuntimeVersion } from './state_subscribeRuntimeVersion.js';
import { state_subscribeStorage } from './state_subscribeStorage.js';
import { state_unsubscribeRuntimeVersion } from './state_unsubscribeRuntimeVersion.js';
import { state_unsubscribeStorage } from './state_unsubscribeStorage.js';
import { system_accountNextIndex } from './system_accountNextIndex.js';
import { system_chain } from './system_chain.js';
import { system_chainType } from './system_chainType.js';
import { system_dryRun } from './system_dryRun.js';
import { system_health } from './system_health.js';
import { system_localPeerId } from './system_localPeerId.js';
import { system_name } from './system_name.js';
import { system_nodeRoles } from './system_nodeRoles.js';
import { system_peers } from './system_peers.js';
import { system_properties } from './system_properties.js';
import { system_syncState } from './system_syncState.js';
import { system_version } from './system_version.js';
import { transaction_v1_broadcast } from './transaction_v1_broadcast.js';
import { transaction_v1_stop } from './transaction_v1_stop.js';

export const ALL_METHODS: readonly RpcMethod[] = [
  author_pendingExtrinsics,
  author_submitAndWatchExtrinsic,
  author_submitExtrinsic,
  author_unwatchExtrinsic,
  chainHead_v1_body,
  chainHead_v1_call,
  chainHead_v1_continue,
  chainHead_v1_follow,
  chainHead_v1_header,
  chainHead_v1_stopOperation,
  chainHead_v1_storage,
  chainHead_v1_unfollow,
  chainHead_v1_unpin,
  chainSpec_v1_chainName,
  chainSpec_v1_genesisHash,
  chainSpec_v1_properties,
  chain_getBlock,
  chain_getBlockHash,
  chain_getFinalizedHead,
  chain_getHeader,
  chain_subscribeAllHeads,
  chain_subscribeFinalizedHeads,
  chain_subscribeNewHeads,
  chain_unsubscribeAllHeads,
  chain_unsubscribeFinalizedHeads,
  chain_unsubscribeNewHeads,
  dev_newBlock,
  dev_revert,
  dev_setBlockBuildMode,
  dev_setHead,
  dev_setStorage,
  dev_snapshot,
  dev_timeTravel,
  encointer_bazaarGetBusinesses,
  encointer_bazaarGetOfferings,
  encointer_bazaarGetOfferingsForBusiness,
  encointer_getAllBalances,
  encointer_getAllCommunities,
  encointer_getCommunityTreasuryAccountUnchecked,
  encointer_getLocations,
  encointer_getOnboardingStatus,
  encointer_getReputations,
  encointer_queryAssetFeeDetails,
  payment_queryFeeDetails,
  payment_queryInfo,
  rpc_methods,
  state_call,
  state_getKeys,
  state_getKeysPaged,
  state_getMetadata,
  state_getRuntimeVersion,
  state_getStorage,
  state_getStorageHash,
  state_getStorageSize,
  state_queryStorage,
  state_queryStorageAt,
  state_subscribeRuntimeVersion,
  state_subscribeStorage,
  state_unsubscribeRuntimeVersion,
  state_unsubscribeStorage,
  system_accountNextIndex,
  system_chain,
  system_chainType,
  system_dryRun,
  system_health,
  system_localPeerId,
  system_name,
  system_nodeRoles,
  system_peers,
  system_properties,
  system_syncState,
  system_version,
  transaction_v1_broadcast,
  transaction_v1_stop,
];
