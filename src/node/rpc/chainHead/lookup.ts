/** Finding the follow subscription a chainHead operation names. */
import type { RpcContext } from '../method.js';
import { FOLLOW_KIND, type FollowSubscription } from './follow.js';

/** The live follow subscription `id` of this connection, or undefined (dead or unknown: answer limitReached/null). */
export const followOf = (ctx: RpcContext, id: string): FollowSubscription | undefined =>
  ctx.connection.dataOf<FollowSubscription>(id, FOLLOW_KIND);
