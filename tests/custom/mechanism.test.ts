import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../generator/emit/types.js';
import { FIXTURES, SCRATCH, generateInto, importFrom, tsc } from './helpers.js';

interface Job {
  id: string;
  label: string;
  status: string;
}
/** The surface of the fixture package these tests use (its types are checked by tsc below). */
interface JobberModule {
  Jobber: new (o: Record<string, unknown>) => {
    projects: {
      create(body?: { name?: string }): Promise<{ id: string; name: string }>;
      retrieve(id: string): Promise<{ id: string; name: string }>;
      jobs: { succeededLabels(projectID: string): Promise<string[]>; retrieve(p: string, j: string): Promise<Job> };
    };
  };
  jobLabel(job: Job): string;
}

const jobs: Job[] = [
  { id: 'job_1', label: 'train', status: 'succeeded' },
  { id: 'job_2', label: 'eval', status: 'failed' },
  { id: 'job_3', label: 'export', status: 'succeeded' },
];
const seen: { method: string; url: string; body: string }[] = [];
let server: Server;
let baseURL: string;
const out = join(SCRATCH, 'package');
let files: GeneratedFile[];
let mod: JobberModule;

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  files = await generateInto(join(FIXTURES, 'jobs.yaml'), join(FIXTURES, 'jobs.sdk.yaml'), out);
  mod = await importFrom<JobberModule>(out, 'dist/esm/index.js');
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, body });
      const send = (v: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(v));
      if (req.method === 'POST' && req.url === '/projects') return send({ id: 'proj_1', ...(JSON.parse(body) as object) });
      if (req.method === 'GET' && req.url === '/projects/proj_1') return send({ id: 'proj_1', name: 'p' });
      if (req.method === 'GET' && req.url === '/projects/proj_1/jobs') return send({ data: jobs.map((j) => ({ ...j, project_id: 'proj_1' })) });
      if (req.method === 'GET' && req.url === '/projects/proj_1/jobs/job_2') return send({ ...jobs[1], project_id: 'proj_1' });
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 180_000);
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(SCRATCH, { recursive: true, force: true });
});

describe('custom code in a generated package', () => {
  it('copies every custom module to src/lib/ with a header naming its source', () => {
    const lib = files.filter((f) => f.path.startsWith('src/lib/')).map((f) => f.path);
    expect(lib).toEqual([
      'src/lib/helpers/format.ts',
      'src/lib/helpers/label.ts',
      'src/lib/index.ts',
      'src/lib/resources/jobs.ts',
      'src/lib/resources/projects.ts',
    ]);
    const jobsFile = files.find((f) => f.path === 'src/lib/resources/jobs.ts')!.contents;
    expect(jobsFile.split('\n')[0]).toBe('// Copied by sdkgen from lib/resources/jobs.ts: edit that file, not this one.');
  });

  it('type-checks as a whole with tsc --strict', async () => {
    expect(await tsc(out, ['-p', 'tsconfig.json'])).toBe('');
  });

  it('instantiates the custom classes where the generated code did, typed as them', () => {
    const client = readFileSync(join(out, 'src/client.ts'), 'utf8');
    expect(client).toContain(`import { Projects } from './lib/resources/projects.js';`);
    expect(client).toContain('projects: Projects = new Projects(this);');
    const parent = readFileSync(join(out, 'src/resources/projects/projects.ts'), 'utf8');
    expect(parent).toContain(`import { Jobs } from '../../lib/resources/jobs.js';`);
    expect(parent).toContain('jobs: Jobs = new Jobs(this._client);');
  });

  it('an added method on a nested resource works against a local server', async () => {
    const client = new mod.Jobber({ apiKey: 'k', baseURL });
    expect(await client.projects.jobs.succeededLabels('proj_1')).toEqual(['train (succeeded)', 'export (succeeded)']);
    // Inherited generated methods still work on the subclass.
    expect((await client.projects.jobs.retrieve('proj_1', 'job_2')).status).toBe('failed');
  });

  it('an override replaces the generated method; the others are kept', async () => {
    const client = new mod.Jobber({ apiKey: 'k', baseURL });
    seen.length = 0;
    expect(await client.projects.create()).toEqual({ id: 'proj_1', name: 'untitled' });
    expect(await client.projects.create({ name: 'mine' })).toEqual({ id: 'proj_1', name: 'mine' });
    expect(await client.projects.retrieve('proj_1')).toEqual({ id: 'proj_1', name: 'p' });
    expect(seen.map((s) => `${s.method} ${s.url} ${s.body}`)).toEqual([
      'POST /projects {"name":"untitled"}',
      'POST /projects {"name":"mine"}',
      'GET /projects/proj_1 ',
    ]);
  });

  it('re-exports the index module from the package root', () => {
    expect(mod.jobLabel({ id: 'j', label: 'x', status: 'queued' })).toBe('x (queued)');
  });

  it('exports the subpath in package.json, for ESM and CommonJS', async () => {
    const manifest = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(manifest.exports['./helpers/format']).toEqual({
      import: { types: './dist/esm/lib/helpers/format.d.ts', default: './dist/esm/lib/helpers/format.js' },
      require: { types: './dist/cjs/lib/helpers/format.d.ts', default: './dist/cjs/lib/helpers/format.js' },
    });
    const esm = await importFrom<{ formatJobs(j: Job[]): string }>(out, 'dist/esm/lib/helpers/format.js');
    const cjs = createRequire(join(out, 'package.json'))('./dist/cjs/lib/helpers/format.js') as typeof esm;
    for (const m of [esm, cjs]) expect(m.formatJobs([jobs[0]!])).toBe('job_1        train (succeeded)');
    expect(readFileSync(join(out, 'dist/esm/lib/helpers/format.d.ts'), 'utf8')).toContain('export declare function formatJobs(jobs: Job[]): string;');
  });

  it('appends the custom README section to the package README', () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain('## Custom helpers');
    expect(readme).toContain("import { formatJobs } from 'jobber/helpers/format';");
  });

  it('regenerating over the package keeps the custom code, byte for byte', async () => {
    const again = await generateInto(join(FIXTURES, 'jobs.yaml'), join(FIXTURES, 'jobs.sdk.yaml'), out);
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    for (const f of again) expect(readFileSync(join(out, f.path), 'utf8'), f.path).toBe(files.find((g) => g.path === f.path)!.contents);
  }, 120_000);
});
