// spec: ceremonies §7.14 (error names of the assignment path)
import { EncointerError } from '../common/errors.js';

/** The community has no meetup locations, so no assignment can be made for it. */
export class NoLocationsAvailableError extends EncointerError {
  constructor() {
    super(
      'NoLocationsAvailable',
      'the community has no meetup locations: add a location before the Assigning phase',
    );
  }
}

/** Overflow or division by zero in assignment maths. */
export class CheckedMathError extends EncointerError {
  constructor(operation: string) {
    super('CheckedMath', `assignment maths overflowed or divided by zero in ${operation}`);
  }
}

/** A meetup index outside `1..=MeetupCount`. */
export class InvalidMeetupIndexError extends EncointerError {
  constructor(meetupIndex: bigint, meetupCount: bigint) {
    super(
      'InvalidMeetupIndex',
      `meetup index ${meetupIndex} is outside 1..=${meetupCount} (meetup indices are 1-based)`,
    );
  }
}

/** The inverse assignment function failed (modular inverse overflowed). */
export class GetMeetupParticipantsError extends EncointerError {
  constructor(detail: string) {
    super('GetMeetupParticipantsError', `cannot list meetup participants: ${detail}`);
  }
}
