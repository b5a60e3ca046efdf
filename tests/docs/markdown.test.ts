import { describe, expect, it } from 'vitest';
import { codeBlock, codeSpan, firstSentence, inlineText, lineText, paragraphs } from '../../generator/emit/docs/markdown.js';

describe('inlineText', () => {
  it.each([
    ['plain words', 'plain words'],
    ['two\nlines\r\nthree\u2028four', 'two lines three four'],
    ['a `code` span', 'a \\`code\\` span'],
    ['<script>x</script>', '\\<script\\>x\\</script\\>'],
    ['a | b | c', 'a \\| b \\| c'],
    ['*em* _em_ [link](u) ~~s~~ &amp;', '\\*em\\* \\_em\\_ \\[link\\](u) \\~\\~s\\~\\~ \\&amp;'],
    ['back\\slash', 'back\\\\slash'],
    ['# not a heading here', '# not a heading here'],
  ])('%j → %j', (given, want) => {
    expect(inlineText(given)).toBe(want);
  });
});

describe('lineText', () => {
  it.each([
    ['# Heading', '\\# Heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['> quote', '\\> quote'],
    ['=== underline', '\\=== underline'],
    ['1. ordered', '1\\. ordered'],
    ['12) ordered', '12\\) ordered'],
    ['1.5 is a number', '1\\.5 is a number'],
    ['plain', 'plain'],
  ])('%j → %j', (given, want) => {
    expect(lineText(given)).toBe(want);
  });
});

describe('codeSpan', () => {
  it.each([
    ['a', '`a`'],
    ['a`b', '``a`b``'],
    ['``x``', '``` ``x`` ```'],
    ['`', '`` ` ``'],
    ['two\nlines', '`two lines`'],
  ])('%j → %j', (given, want) => {
    expect(codeSpan(given)).toBe(want);
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeBlock('ts', 'const a = 1;\n')).toBe('```ts\nconst a = 1;\n```');
    expect(codeBlock('md', 'x\n````\ny')).toBe('`````md\nx\n````\ny\n`````');
  });
});

describe('paragraphs and firstSentence', () => {
  it('keeps paragraph breaks, flattens and escapes each paragraph', () => {
    expect(paragraphs('# Title\n\n| a | b |\n|---|---|\n\nend')).toBe('\\# Title\n\n\\| a \\| b \\| \\|---\\|---\\|\n\nend');
    expect(paragraphs(undefined)).toBe('');
  });

  it.each([
    ['Creates a thing. Then more.', 'Creates a thing.'],
    ['No full stop', 'No full stop'],
    ['First paragraph\nstill first.\n\nSecond.', 'First paragraph still first.'],
    ['## Heading-like summary', '\\## Heading-like summary'],
    [undefined, ''],
  ])('firstSentence(%j) → %j', (given, want) => {
    expect(firstSentence(given)).toBe(want);
  });

  it('cuts long sentences with an ellipsis', () => {
    const out = firstSentence('word '.repeat(100), 40);
    expect(out.length).toBeLessThanOrEqual(40);
    expect(out.endsWith('…')).toBe(true);
  });
});
