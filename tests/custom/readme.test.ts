import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, SCRATCH, generateInto, tsc } from './helpers.js';

const root = join(SCRATCH, 'readme');
let readme = '';
let api = '';

/** The ```ts blocks of one README section (from its heading to the next `## `). */
function blocksOf(title: string): string[] {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) return [];
  const end = readme.indexOf('\n## ', start + 4);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  const pkg = join(root, 'node_modules', 'jobber');
  await generateInto(join(FIXTURES, 'jobs.yaml'), join(FIXTURES, 'jobs.sdk.yaml'), pkg);
  readme = readFileSync(join(pkg, 'README.md'), 'utf8');
  api = readFileSync(join(pkg, 'api.md'), 'utf8');
  writeFileSync(join(root, 'package.json'), '{ "private": true, "type": "module" }\n');
}, 180_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('README sections of custom code and polling', () => {
  it.each([['Custom helpers'], ['Polling']])('the "%s" examples type-check against the package, imported by its name', async (title) => {
    const blocks = blocksOf(title);
    expect(blocks.length).toBeGreaterThan(0);
    const dir = join(root, title.replace(/\W+/g, '-').toLowerCase());
    mkdirSync(dir, { recursive: true });
    const files = blocks.map((code, i) => {
      const file = join(dir, `example-${i}.ts`);
      writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    const options = ['--strict', '--noEmit', '--skipLibCheck', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--types', 'node', '--lib', 'ES2022,DOM'];
    expect(await tsc(root, [...options, ...files])).toBe('');
  }, 120_000);

  it('api.md lists every polling helper with its call shape', () => {
    const section = api.slice(api.indexOf('\n## Polling helpers\n'));
    expect(section.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      '- `client.projects.jobs.poll(projectID: string, jobID: string)` → `Promise<Job>`',
      '- `client.projects.jobs.createAndPoll(projectID: string, body: JobCreateParams)` → `Promise<Job>`',
      '- `client.projects.jobs.inputsAndPoll(projectID: string, jobID: string, body: JobInputsParams)` → `Promise<Job>`',
    ]);
  });

  it('a broken example would fail the check', async () => {
    const file = join(root, 'broken.ts');
    writeFileSync(file, `import Jobber from 'jobber';\nconst labels: number = await new Jobber().projects.jobs.succeededLabels('p');\nexport {};\n`);
    const options = ['--strict', '--noEmit', '--skipLibCheck', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--types', 'node', '--lib', 'ES2022,DOM'];
    expect(await tsc(root, [...options, file])).toMatch(/broken\.ts\(2,\d+\): error TS2322/);
  }, 120_000);
});
