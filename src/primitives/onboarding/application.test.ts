import { describe, expect, it } from 'vitest';
import { validateOnboardingApplication } from './application.js';

const ascii = (s: string) => new TextEncoder().encode(s);
const DOSSIER = 'QmW6WLLhUPsosBcKebejveknjrSQjZjq5eYFVBRaAZAs9N';
const app = (geohash: string, dossier: string) => ({
  cid: { geohash: ascii(geohash), digest: Uint8Array.of(1, 2, 3, 4) },
  dossier: ascii(dossier),
});

describe('submission payload checks 1–2 (economy §9.6)', () => {
  it('accepts a 46-character Base58 dossier and a geohash-alphabet cid', () => {
    expect(() => validateOnboardingApplication(app('u0qj1', DOSSIER))).not.toThrow();
    expect(() => validateOnboardingApplication(app('zzzzz', DOSSIER))).not.toThrow();
  });
  const rows: [string, string, string, string][] = [
    ['45-character dossier', 'u0qj1', DOSSIER.slice(1), 'InvalidDossierCid'],
    ['47-character dossier', 'u0qj1', `${DOSSIER}z`, 'InvalidDossierCid'],
    ["'0' is not Base58", 'u0qj1', `0${DOSSIER.slice(1)}`, 'InvalidDossierCid'],
    ["'l' is not Base58", 'u0qj1', `${DOSSIER.slice(0, 45)}l`, 'InvalidDossierCid'],
    ["'a' is not a geohash character", 'u0qja', DOSSIER, 'InvalidCommunityIdentifier'],
    ["'i' is not a geohash character", 'iu0qj', DOSSIER, 'InvalidCommunityIdentifier'],
    ['upper case is not a geohash character', 'U0QJ1', DOSSIER, 'InvalidCommunityIdentifier'],
    ['both wrong: the dossier is checked first', 'aaaaa', 'x', 'InvalidDossierCid'],
  ];
  it.each(rows)('%s → %s', (_what, geohash, dossier, name) => {
    expect(() => validateOnboardingApplication(app(geohash, dossier))).toThrow(
      expect.objectContaining({ name }),
    );
  });
});
