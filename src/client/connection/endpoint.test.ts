import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { resolveEndpoint } from './endpoint.js';

describe('resolveEndpoint (tooling §1.1: -u/--node-url, -p/--port)', () => {
  it.each([
    [{}, 'ws://127.0.0.1:9944'],
    [{ port: 9945 }, 'ws://127.0.0.1:9945'],
    [{ port: '9946' }, 'ws://127.0.0.1:9946'],
    [{ nodeUrl: 'ws://127.0.0.1' }, 'ws://127.0.0.1:9944'],
    // A wss:// URL without a port means 443.
    [{ nodeUrl: 'wss://kusama.api.encointer.org' }, 'wss://kusama.api.encointer.org:443'],
    [{ nodeUrl: 'wss://gesell.encointer.org', port: 443 }, 'wss://gesell.encointer.org:443'],
    [{ nodeUrl: 'wss://host.example', port: 9944 }, 'wss://host.example:9944'],
    [{ nodeUrl: 'ws://localhost:9955' }, 'ws://localhost:9955'],
    [{ nodeUrl: 'ws://localhost:9955', port: 9955 }, 'ws://localhost:9955'],
    [{ nodeUrl: 'wss://host.example:443' }, 'wss://host.example:443'],
    [{ nodeUrl: 'localhost' }, 'ws://localhost:9944'],
    [{ nodeUrl: 'http://node.example' }, 'ws://node.example:9944'],
    [{ nodeUrl: 'https://node.example' }, 'wss://node.example:443'],
    [{ nodeUrl: 'wss://host.example/ws' }, 'wss://host.example:443/ws'],
    [{ nodeUrl: 'ws://[::1]' }, 'ws://[::1]:9944'],
    [{ nodeUrl: 'WS://LOCALHOST' }, 'ws://localhost:9944'],
  ])('%j → %s', (params, expected) => {
    expect(resolveEndpoint(params)).toBe(expected);
  });

  it.each([
    [{ nodeUrl: 'ws://localhost:9955', port: 9944 }, '--port'],
    [{ nodeUrl: 'ftp://host' }, '--node-url'],
    [{ nodeUrl: '' }, '--node-url'],
    [{ nodeUrl: 'ws://' }, '--node-url'],
    [{ port: 0 }, '--port'],
    [{ port: 70_000 }, '--port'],
    [{ port: 'abc' }, '--port'],
    [{ port: '99.5' }, '--port'],
  ])('rejects %j naming %s', (params, field) => {
    try {
      resolveEndpoint(params);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).field).toBe(field);
    }
  });

  test.prop([fc.integer({ min: 1, max: 65_535 }), fc.constantFrom('ws', 'wss')])(
    'an explicit port is always the port of the endpoint',
    (port, scheme) => {
      const url = new URL(resolveEndpoint({ nodeUrl: `${scheme}://node.example`, port }));
      const effective = url.port === '' ? (scheme === 'wss' ? 443 : 80) : Number(url.port);
      expect(effective).toBe(port);
    },
  );
});
