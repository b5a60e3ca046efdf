import { describe, expect, it } from 'vitest';
import { readEnv } from '../../../templates/runtime/core/env.js';
import { uuid4 } from '../../../templates/runtime/core/platform.js';

describe('readEnv', () => {
  it('reads, trims, and treats blank or missing as unset', () => {
    process.env['CORE_ENV_TEST'] = '  value ';
    try {
      expect(readEnv('CORE_ENV_TEST')).toBe('value');
      process.env['CORE_ENV_TEST'] = '   ';
      expect(readEnv('CORE_ENV_TEST')).toBeUndefined();
    } finally {
      delete process.env['CORE_ENV_TEST'];
    }
    expect(readEnv('CORE_ENV_TEST')).toBeUndefined();
    expect(readEnv(undefined)).toBeUndefined();
  });

  it('works where there is no process (browsers), and where env access throws', () => {
    const g = globalThis as { process?: unknown };
    const saved = g.process;
    try {
      g.process = undefined;
      expect(readEnv('PATH')).toBeUndefined();
      g.process = {
        get env(): never {
          throw new Error('no env access');
        },
      };
      expect(readEnv('PATH')).toBeUndefined();
    } finally {
      g.process = saved;
    }
    expect(readEnv('PATH')).toBe(process.env['PATH']?.trim());
  });
});

describe('uuid4', () => {
  it('gives distinct v4 UUIDs, also without crypto.randomUUID', () => {
    const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(uuid4()).toMatch(pattern);
    const c = globalThis.crypto as { randomUUID?: unknown };
    const saved = c.randomUUID;
    Object.defineProperty(c, 'randomUUID', { value: undefined, configurable: true, writable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, () => uuid4()));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(pattern);
    } finally {
      Object.defineProperty(c, 'randomUUID', { value: saved, configurable: true, writable: true });
    }
  });
});
