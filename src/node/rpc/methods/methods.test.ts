// spec: STYLE.md (one file per RPC method, named like the method, with a parameter schema and an example)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_METHODS } from './index.js';

const dir = path.dirname(fileURLToPath(import.meta.url));
const files = readdirSync(dir).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts',
);

describe('the RPC method registry', () => {
  it('registers every method file, each named exactly like its method', () => {
    expect(ALL_METHODS.map((m) => `${m.name}.ts`).sort()).toEqual([...files].sort());
  });

  it.each(ALL_METHODS.map((m) => [m.name, m] as const))(
    '%s: example params satisfy its schema; JSDoc example present',
    (name, m) => {
      expect(m.params.safeParse([...m.exampleParams]).success).toBe(true);
      const source = readFileSync(path.join(dir, `${name}.ts`), 'utf8');
      expect(source).toMatch(/@example\n \* \/\/ → \{"jsonrpc":"2.0"/);
      expect(source).toContain(`"method":"${name}"`);
    },
  );

  it('has no name or alias twice', () => {
    const names = ALL_METHODS.flatMap((m) => [m.name, ...m.aliases]);
    expect(new Set(names).size).toBe(names.length);
  });
});
