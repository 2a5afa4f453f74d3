// spec: tooling §4 (faucet.py: a native funding service over HTTP)
export { FaucetError, type FaucetErrorCode } from './errors.js';
export { FEE_MULTIPLIER, type FundingCosts, getFundingCosts } from './fundingAmount.js';
export { FundingLedger, type OverCapAccount } from './fundingLedger.js';
export {
  createNativeFaucet,
  DEFAULT_CAP_MULTIPLE,
  DEFAULT_MAX_ACCOUNTS,
  type FundedAccount,
  type FundingReceipt,
  type NativeFaucet,
  type NativeFaucetParameters,
  type UnfundedAccount,
} from './nativeFaucet.js';
export { NonceQueue } from './nonceQueue.js';
export { type FaucetAccount, parseFaucetAccounts, splitAccountList } from './parseAccounts.js';
export {
  DEFAULT_FAUCET_HOST,
  DEFAULT_FAUCET_PORT,
  type FaucetServer,
  type FaucetServerParameters,
  startFaucetServer,
} from './server.js';
