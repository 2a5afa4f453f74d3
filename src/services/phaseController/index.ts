// spec: tooling §5 (phase.py: advance the ceremony phase when the chain is idle)
export { countUserTransactions, extrinsicVersionByte, isUserTransaction } from './blockActivity.js';
export {
  createPhasePolicy,
  type ObservedBlock,
  type PhaseControllerMode,
  type PhasePolicy,
} from './phasePolicy.js';
export {
  type PhaseControllerEvent,
  type PhaseControllerParameters,
  type PhaseControllerResult,
  runPhaseController,
} from './runPhaseController.js';
