export {
  assertAssignmentConfig,
  assignedTotal,
  computeAssignmentAllowance,
  computeMeetupCount,
} from './allowance.js';
export { assignmentFn, assignmentFnInverse, validateEqualMapping } from './assignmentFn.js';
export {
  CheckedMathError,
  GetMeetupParticipantsError,
  InvalidMeetupIndexError,
  NoLocationsAvailableError,
} from './errors.js';
export {
  type CommunityAssignmentInput,
  type CommunityAssignmentOutcome,
  generateAllMeetupAssignments,
  generateAssignmentFunctionParams,
  generateLocationParams,
  generateMeetupAssignment,
  type MeetupAssignment,
} from './generateAssignment.js';
export { assignmentPosition, meetupIndexOf } from './meetupIndex.js';
export { meetupLocation, meetupLocationIndex } from './meetupLocation.js';
export { meetupParticipants } from './meetupParticipants.js';
export {
  attestingStart,
  isValidMeetupTimeOffset,
  MAX_MEETUP_TIME_OFFSET_MS,
  type MeetupTimeParameters,
  meetupTime,
} from './meetupTime.js';
export {
  checkedCeilDivision,
  checkedModInv,
  findPrimeBelow,
  findRandomCoprimeBelow,
  gcd,
  isPrime,
} from './numberTheory.js';
export * from './types.js';
