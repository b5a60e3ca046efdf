import { describe, expect, it } from 'vitest';
import { constraintLines } from '../../generator/emit/docs/field-doc.js';
import { docComment, schemaDoc } from '../../generator/emit/ts/doc-comment.js';

describe('constraintLines', () => {
  it.each([
    [{ kind: 'string', minLength: 1, maxLength: 64 }, ['Between 1 and 64 characters.']],
    [{ kind: 'string', maxLength: 280, default: 'none' }, ['At most 280 characters.', 'Defaults to `"none"`.']],
    [{ kind: 'string', minLength: 3, maxLength: 3 }, ['Exactly 3 characters.']],
    [{ kind: 'string', pattern: '^[a-z]+$' }, ['Pattern: `^[a-z]+$`.']],
    [{ kind: 'integer', minimum: 1, maximum: 100, default: 20 }, ['Minimum 1, maximum 100.', 'Defaults to `20`.']],
    [{ kind: 'number', exclusiveMinimum: 0, multipleOf: 0.5 }, ['Greater than 0, a multiple of 0.5.']],
    [{ kind: 'array', maxItems: 8 }, ['At most 8 items.']],
    [{ kind: 'object', minProperties: 1 }, ['At least 1 property.']],
    [{ kind: 'boolean', default: false }, ['Defaults to `false`.']],
    [{ kind: 'string' }, []],
    [{ kind: 'ref', name: 'X', default: 'x'.repeat(100) }, []],
  ])('%j → %j', (given, want) => {
    expect(constraintLines(given)).toEqual(want);
  });
});

describe('schemaDoc with limits', () => {
  it('puts description, limits and @deprecated in one comment that spec text cannot close', () => {
    const node = { kind: 'string', description: 'Ends */ early', maxLength: 5, default: '*/', deprecated: true };
    const comment = docComment(schemaDoc(node));
    expect(comment).toBe('/**\n * Ends *\\/ early\n *\n * At most 5 characters.\n * Defaults to `"*\\/"`.\n * @deprecated\n */\n');
    expect(comment.indexOf('*/')).toBe(comment.length - 3);
  });
});
