import type { IRDocument } from '../../ir/types.js';
import { render } from '../render.js';
import type { ApiMethod, ApiModel, ApiResource } from './api-model.js';
import { anchor, codeSpan, firstSentence, lineText } from './markdown.js';
import { pollingApiSection } from './readme/polling.js';
import { splitSignature } from './signature.js';

/** One method line of api.md. */
interface MethodLine {
  http: string;
  call: string;
  returns: string;
  summary: string;
  deprecated: boolean;
  overloads: string[];
}

/** Identifiers used in a type expression, in order of first use. */
function identifiers(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.replace(/'(?:[^'\\]|\\.)*'/g, '').matchAll(/[A-Za-z_$][\w$]*/g)) seen.add(m[0]);
  return [...seen];
}

/** A parameter list without the trailing `options?: RequestOptions` every method takes. */
function callParams(params: string[]): string {
  const shown = params.filter((p) => !/^options\?:/.test(p));
  return shown.map((p) => p.replace(/ = .*$/s, '').replace(/^(\w+): /, (m, n: string) => (/ = /.test(p) ? `${n}?: ` : m))).join(', ');
}

function methodLine(m: ApiMethod): MethodLine {
  const implementation = `${m.name}(${m.params.join(', ')}): ${m.returnType}`;
  const overloads = m.overloads.filter((o) => o !== implementation).map((o) => {
    const split = splitSignature(o);
    return `${codeSpan(`${m.callee}(${callParams(split.params)})`)} → ${codeSpan(split.returnType)}`;
  });
  return {
    http: codeSpan(m.http),
    call: codeSpan(`${m.callee}(${callParams(m.params)})`),
    returns: codeSpan(m.returnType),
    summary: firstSentence(m.op.summary ?? m.op.description),
    deprecated: m.op.deprecated === true,
    overloads,
  };
}

/** The model's component type names as a set: built once per model, not once per resource. */
const componentSets = new WeakMap<ApiModel, Set<string>>();
function componentNames(model: ApiModel): Set<string> {
  let names = componentSets.get(model);
  if (!names) componentSets.set(model, (names = new Set(model.ctx.typeNames.values())));
  return names;
}

function resourceSection(model: ApiModel, r: ApiResource) {
  const components = componentNames(model);
  const own = new Set(r.types);
  const used: string[] = [];
  for (const m of r.methods) {
    for (const id of identifiers([...m.params, m.returnType].join(' '))) {
      if (components.has(id) && !own.has(id) && !used.includes(id)) used.push(id);
    }
  }
  return {
    heading: codeSpan(r.accessor),
    link: `[${codeSpan(r.accessor)}](#${anchor(codeSpan(r.accessor))}) (${r.methods.length})`,
    types: r.types.map(codeSpan).join(', '),
    uses: used.map(codeSpan).join(', '),
    methods: r.methods.map(methodLine),
  };
}

/**
 * `api.md`: every resource with the types its module exports and the component types its
 * methods use, then every method with its HTTP method and path, call shape and return type.
 */
export function renderApiMd(ir: IRDocument, model: ApiModel, clientName: string, extraSections: string[]): string {
  const resources = model.resources.filter((r) => r.methods.length > 0 || r.types.length > 0);
  const polling = pollingApiSection(model);
  return render('docs/api.md', {
    title: lineText(`${ir.info.title} ${ir.info.version}`),
    client: codeSpan(clientName),
    operations: model.methods.length === 1 ? '1 operation' : `${model.methods.length} operations`,
    resources: resources.map((r) => resourceSection(model, r)),
    extraSections: [...(polling ? [polling] : []), ...extraSections],
  });
}
