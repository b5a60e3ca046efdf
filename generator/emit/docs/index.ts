import type { Emitter, GeneratedFile } from '../types.js';
import { renderApiMd } from './api-md.js';
import { apiModel } from './api-model.js';
import { formatCodeBlocks } from './format-blocks.js';
import { renderReadme } from './readme/index.js';
import { optionalSections } from './readme/optional.js';

/**
 * The docs emitter: `README.md` and `api.md` of the generated package, built on the SDK
 * emitter's view models. (Doc comments are written by the SDK emitter through
 * `methodDocLines` and `schemaDoc`.)
 */
export const docsEmitter: Emitter = {
  name: 'docs',
  async emit(input) {
    const { ir, settings } = input;
    const model = apiModel(ir, settings);
    const extra = { readme: input.additions?.readme ?? [], api: input.additions?.api ?? [] };
    const optional = optionalSections(input, model);
    const readmeExtras = [...optional, ...extra.readme.map((body) => ({ title: '', body }))];
    const files: GeneratedFile[] = [
      { path: 'README.md', contents: await formatCodeBlocks(renderReadme(ir, settings, model, readmeExtras)) },
      { path: 'api.md', contents: await formatCodeBlocks(renderApiMd(ir, model, settings.clientName, extra.api)) },
    ];
    return files;
  },
};
