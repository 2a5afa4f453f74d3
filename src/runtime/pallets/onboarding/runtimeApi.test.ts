// spec: economy §9.11 (read API: onboarding_status, onboarding_whitelist)
import { describe, expect, it } from 'vitest';
import { option, tuple, u128, vec } from '../../../primitives/codec/describe.js';
import { ONE } from '../../../primitives/fixed/fixed.js';
import { CommunityIdentifier, WhitelistEntry } from '../../../primitives/scale/index.js';
import { loc } from '../ceremonies/testRuntime.js';
import { action } from '../democracy/fixtures.js';
import { ALICE } from '../democracy/testSupport.js';
import { createOnboardingApi, OnboardingStatus } from './runtimeApi.js';
import { applicationFor, bootstrappersOf, person, setupOnboarding, specOf } from './testSupport.js';

const api = createOnboardingApi(20n);
const method = (name: string) => api.methods.find((m) => m.name === name)!;
/** Runs a method as `state_call` would: decoded input, SCALE output decoded again. */
const call = (state: Parameters<(typeof api.methods)[0]['run']>[0], name: string, ...args: unknown[]) => {
  const m = method(name);
  return m.output.dec(m.output.enc(m.run(state, ...args)));
};

describe('OnboardingApi (economy §9.11)', () => {
  it('onboarding_status explains an application: per community census, weight, tally, decision; totals and result', () => {
    const s = setupOnboarding();
    const c1 = s.populate(s.cid, 10, { 4: 9 });
    s.populate(s.cid2, 11, { 4: 4, 5: 4 });
    const app = applicationFor(specOf(loc(50, 50), bootstrappersOf(201)));
    expect(s.apply(person(200, 0), app)).toBe('ok');
    s.cast(1n, 'Aye', c1, 5);
    s.cast(1n, 'Nay', c1, 1);
    const status = call(s.env.state, 'onboarding_status', 1n) as ReturnType<typeof OnboardingStatus.dec>;
    expect(status).toMatchObject({
      proposal_id: 1n,
      application: app,
      state: { tag: 'Ongoing', value: undefined },
      applicant: person(200, 0),
      exponent: [1, 2],
      min_turnout: 20n,
      aye_weight: 3n * ONE,
      nay_weight: 0n,
      abstain_weight: 2n * ONE,
      decided_weight: 3n * ONE,
      total_weight: 5n * ONE,
      aye_count: 1,
      nay_count: 0,
      abstain_count: 1,
      required_aye_count: 2,
      quorum_met: true,
      approval_met: true,
      aye_count_met: false,
      passing: false,
    });
    expect(
      status.communities.map((c) => [c.electorate, c.reputables, c.weight, c.turnout, c.ayes, c.decision]),
    ).toEqual([
      [9n, 9n, 3n * ONE, 6n, 5n, 'Aye'],
      [8n, 4n, 2n * ONE, 0n, 0n, 'Abstain'],
    ]);
    expect(status.communities[0]!.turnout_permille).toBe(666n);
    expect(status.communities[1]!.threshold).toBeUndefined();
    // The declared types: input the proposal id (u128), output Option<OnboardingStatus>.
    const [input] = method('onboarding_status').inputs;
    expect([input!.name, input!.type.enc(258n)]).toEqual(['proposal_id', u128.enc(258n)]);
    expect(method('onboarding_status').output).toBe(option(OnboardingStatus));
  });

  it('onboarding_status is None for unknown ids and for proposals that are not applications', () => {
    const s = setupOnboarding();
    expect(s.submit(ALICE, action('SetInactivityTimeout', 3))).toBe('ok');
    expect(call(s.env.state, 'onboarding_status', 1n)).toBeUndefined();
    expect(call(s.env.state, 'onboarding_status', 2n)).toBeUndefined();
  });

  it('onboarding_whitelist lists the entries with their spec hash and expiry', () => {
    const s = setupOnboarding();
    expect(call(s.env.state, 'onboarding_whitelist')).toEqual([]);
    const c1 = s.populate(s.cid, 10, { 4: 3 });
    const app = applicationFor(specOf(loc(50, 50), bootstrappersOf(201)));
    s.apply(person(200, 0), app);
    s.cast(1n, 'Aye', c1, 3);
    s.setTime(60_001n);
    s.update(1n);
    s.goTo('Assigning');
    expect(call(s.env.state, 'onboarding_whitelist')).toEqual([
      [app.cid, { spec_hash: app.spec_hash, proposal_id: 1n, applicant: person(200, 0), expires_after: 10 }],
    ]);
    expect(method('onboarding_whitelist').output).toBe(vec(tuple(CommunityIdentifier, WhitelistEntry)));
  });
});
