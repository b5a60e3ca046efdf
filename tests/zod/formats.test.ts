import { describe, expect, it } from 'vitest';
import { FORMAT_DISAGREEMENTS, formatVerdicts, PROBES } from './crosscheck/formats.js';

describe('string formats: ajv-formats and the emitted zod checks', () => {
  it('disagree exactly on the listed, explained probes', () => {
    expect(formatVerdicts()).toEqual(FORMAT_DISAGREEMENTS);
  });

  it('probe every format the emitter checks, with valid and invalid values', () => {
    expect(Object.keys(PROBES).sort()).toEqual(['byte', 'date', 'date-time', 'email', 'hostname', 'ipv4', 'ipv6', 'uri', 'uuid']);
    expect(Object.values(PROBES).flat().length).toBeGreaterThan(40);
  });
});
