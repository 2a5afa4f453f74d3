import { describe, expect, it } from 'vitest';
import { contentTypeFor } from './contentType.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('gateway content types (tooling §6.4, §7.2 assets)', () => {
  it.each([
    ['community_icon.svg', 'image/svg+xml'],
    ['logo.PNG', 'image/png'],
    ['image02.jpg', 'image/jpeg'],
    ['incoming_balance_sound.wav', 'audio/wav'],
    ['revamp-it.json', 'application/json'],
  ])('%s → %s', (name, type) => {
    expect(contentTypeFor(name, new Uint8Array(0))).toBe(type);
  });

  it.each([
    [Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
    [Uint8Array.of(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    [bytes('RIFF\0\0\0\0WAVEfmt '), 'audio/wav'],
    [bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml'],
    [bytes('{"name":"Kaffee","price":"3"}'), 'application/json'],
    [bytes('{not json'), 'text/plain; charset=utf-8'],
    [Uint8Array.of(0xc3, 0x28, 0x00), 'application/octet-stream'],
  ])('sniffs a bare CID (%#) → %s', (content, type) => {
    expect(contentTypeFor('', content)).toBe(type);
  });
});
