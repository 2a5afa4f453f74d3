// spec: tooling §3 (bot-community.py → `encointer bot`), §6 (bazaar), §7 (IPFS)
/**
 * The bot community: agents that grow a synthetic Encointer community ceremony by ceremony over one connection,
 * with the exact growth policy of tooling §3.6, stats, invariants and random bazaar content.
 */
export { type Agent, createAgents, isReputable, loadAgents } from './agents.js';
export { communityIconSvg, uploadCommunityAssets } from './assets.js';
export { createBusinessesAndOfferings, randomBusiness, randomProduct } from './bazaar.js';
export { accountKey, type BotContext } from './botContext.js';
export { type BotDir, botDir } from './botDir.js';
export { BotLog } from './botLog.js';
export { type BotSessionOptions, closeBot, openBot } from './botSession.js';
export { type AgentRecord, type AgentRole, type BotState, loadBotState, saveBotState } from './botState.js';
export { randomAnchor, randomCommunityName, specJson } from './communitySpec.js';
export { PROPOSED_NOMINAL_INCOME } from './democracy.js';
export { BotStateError, BotStepError, InvariantFailedError } from './errors.js';
export { executeCurrentPhase } from './executeCurrentPhase.js';
export { DEFAULT_FAUCET_URL, Funder } from './funding.js';
export {
  allocateEndorsements,
  ENDORSEMENTS_PER_CEREMONY,
  type GrowthPlan,
  newbiesFor,
  planGrowth,
} from './growthPolicy.js';
export { Heartbeat, heartbeatAccount } from './heartbeat.js';
export { DEFAULT_BOOTSTRAPPERS, DEFAULT_LOCATIONS, initBot, POPULATION_PER_LOCATION } from './init.js';
export { checkInvariants, type InvariantInput } from './invariants.js';
export { type DegreePoint, placeLocations } from './locationGrid.js';
export { chainHasSudo, currentStep, PhaseWaitAbortedError, reachPhase } from './phaseControl.js';
export { Progress, type ProgressSink } from './progress.js';
export { SeededRandom } from './seededRandom.js';
export { type CeremonySummary, simulate } from './simulate.js';
export { csvLine, roundBits, type StatsRow } from './stats.js';
export { type TxOutcome, type TxRequest, TxSubmitter } from './tx/txBatch.js';
