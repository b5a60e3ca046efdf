import { describe, expect, it } from 'vitest';
import { camelCase, kebabCase, pascalCase, propertyKey, quote, safeIdentifier, valueKey } from '../../generator/emit/ts/identifiers.js';
import { docComment, docLines } from '../../generator/emit/ts/doc-comment.js';

describe('identifiers', () => {
  it.each([
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['a\nb', "'a\\nb'"],
    ['back\\slash', "'back\\\\slash'"],
    ['\u2028', "'\\u2028'"],
  ])('quote(%j)', (input, want) => {
    expect(quote(input)).toBe(want);
    expect(eval(want)).toBe(input);
  });

  it.each([
    ['id', 'id'],
    ['kebab-case', "'kebab-case'"],
    ['with space', "'with space'"],
    ['__proto__', "'__proto__'"],
    ['constructor', 'constructor'],
    ['9lives', "'9lives'"],
  ])('propertyKey(%j)', (input, want) => {
    expect(propertyKey(input)).toBe(want);
  });

  it('writes __proto__ as a computed key in object literals, so it stays an own property', () => {
    expect(valueKey('__proto__')).toBe("['__proto__']");
    const obj = eval(`({ ${valueKey('__proto__')}: 1 })`) as object;
    expect(Object.hasOwn(obj, '__proto__')).toBe(true);
  });

  it.each([
    ['vector_stores', 'VectorStores', 'vectorStores', 'vector-stores'],
    ['fineTuning', 'FineTuning', 'fineTuning', 'fine-tuning'],
    ['9-lives', '_9Lives', '_9Lives', '9-lives'],
    ['', 'Unnamed', 'unnamed', 'unnamed'],
  ])('case conversions of %j', (input, pascal, camel, kebab) => {
    expect(pascalCase(input)).toBe(pascal);
    expect(camelCase(input)).toBe(camel);
    expect(kebabCase(input)).toBe(kebab);
  });

  it.each([
    ['class', 'class_'],
    ['a-b', 'a_b'],
    ['1x', '_1x'],
    ['ok', 'ok'],
  ])('safeIdentifier(%j)', (input, want) => {
    expect(safeIdentifier(input)).toBe(want);
  });
});

describe('doc comments', () => {
  it('never closes early and keeps every line inside the comment', () => {
    const text = docComment(docLines('a */ b\u2028c\r\nd'));
    expect(text).toBe('/**\n * a *\\/ b\n * c\n * d\n */\n');
    expect(text.indexOf('*/')).toBe(text.length - 3);
  });

  it('is empty for missing or blank text', () => {
    expect(docComment(docLines(undefined, '  '))).toBe('');
  });
});
