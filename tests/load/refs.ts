import { getAt } from '../../generator/util/pointer.js';

/** Every `$ref` string in `document` (outside literal data is not distinguished: fixtures keep data refs apart). */
export function collectRefs(document: unknown): { at: string; ref: string }[] {
  const found: { at: string; ref: string }[] = [];
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${at}/${i}`));
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') found.push({ at, ref: value });
        else walk(value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }
    }
  };
  walk(document, '#');
  return found;
}

/** Refs that are not local, and local refs that do not resolve in `document`. */
export function badRefs(document: unknown, ignore: (at: string) => boolean = () => false) {
  const refs = collectRefs(document).filter((r) => !ignore(r.at));
  return {
    total: refs.length,
    nonLocal: refs.filter((r) => !r.ref.startsWith('#')),
    dangling: refs.filter((r) => r.ref.startsWith('#') && getAt(document, r.ref) === undefined),
  };
}
