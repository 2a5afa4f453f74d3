// spec: ceremonies §7.2 (registry removal with continuous indices), §7.3 (1-based registries)
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toHex } from '../../../primitives/common/bytes.js';
import { registryOf } from './registry.js';
import { NewbieCount, NewbieIndex, NewbieRegistry } from './storage.js';
import { accounts, setup } from './testRuntime.js';

const PEOPLE = accounts('person', 6);

describe('newbie registry under registrations and removals (ceremonies §7.2)', () => {
  test.prop([fc.array(fc.tuple(fc.boolean(), fc.nat(PEOPLE.length - 1)), { maxLength: 25 })], {
    numRuns: 40,
  })(
    'stays a gap-free 1-based list whose reverse index matches, holding exactly the registered accounts',
    (ops) => {
      const s = setup();
      const cid = s.newCommunity();
      s.seedIssuance(cid);
      const registered = new Set<string>();
      for (const [join, i] of ops) {
        const who = PEOPLE[i]!;
        const key = toHex(who.id);
        if (join) {
          const r = s.register(who, cid);
          expect(r).toBe(registered.has(key) ? 'EncointerCeremonies.ParticipantAlreadyRegistered' : 'ok');
          registered.add(key);
        } else {
          const r = s.call(s.as(who), 'unregister_participant', {
            cid,
            maybe_reputation_community_ceremony: undefined,
          });
          expect(r).toBe(registered.has(key) ? 'ok' : 'EncointerCeremonies.ParticipantIsNotRegistered');
          registered.delete(key);
        }
        const list = registryOf(s.env.state, [cid, 1], 'Newbie');
        const count = NewbieCount.get(s.env.state, [cid, 1]);
        expect(count).toBe(BigInt(registered.size));
        expect(list).toHaveLength(registered.size);
        expect(new Set(list.map(toHex))).toEqual(registered);
        list.forEach((acc, k) => {
          expect(NewbieIndex.get(s.env.state, [cid, 1], acc)).toBe(BigInt(k + 1));
        });
        expect(NewbieRegistry.get(s.env.state, [cid, 1], count + 1n)).toBeUndefined();
      }
    },
  );
});
