import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnosticsOf, fixtureCopy, generateInto } from './helpers.js';

afterAll(() => rmSync(join(fixtureCopy('unused').dir, '..'), { recursive: true, force: true }));

type Want = { file?: string; line?: number; pointer?: string; message: RegExp; expected?: RegExp };

/** given: edits to a copy of the fixture; want: the one diagnostic generation fails with. */
const cases: [string, Record<string, string | ((old: string) => string)>, Want][] = [
  [
    'the spec renames a property a custom module reads',
    { 'jobs.yaml': (s) => s.replace('required: [id, project_id, label, status]', 'required: [id, project_id, title, status]').replace('        label: { type: string }\n        status:', '        title: { type: string }\n        status:') },
    { file: 'lib/helpers/label.ts', line: 5, message: /Property 'label' does not exist on type 'Job'/, expected: /type-checks against the package generated from this spec \(TS2339\)/ },
  ],
  [
    'the spec drops a method a custom resource calls',
    { 'jobs.yaml': (s) => s.replace(/    get:\n      operationId: listJobs[\s\S]*?(?=  \/projects\/\{project_id\}\/jobs\/\{job_id\}:)/, '') },
    { file: 'lib/resources/jobs.ts', line: 10, message: /Property 'list' does not exist on type 'Jobs'/ },
  ],
  [
    'a custom method without an explicit return type (isolatedDeclarations)',
    { 'lib/resources/jobs.ts': (s) => s.replace('  /** Labels of', '  count(): number {\n    return 1;\n  }\n  twice(x: number) {\n    return [x].map((y) => y * 2);\n  }\n  /** Labels of') },
    // TypeScript 7 points at the expression whose type it cannot infer and names the fix on the method's line.
    { file: 'lib/resources/jobs.ts', line: 11, message: /Expression type can't be inferred with --isolatedDeclarations\. \(line 10: Add a return type to the method\)/, expected: /\(TS9013\)/ },
  ],
  [
    'a module loaded by the package root imports another package',
    { 'lib/helpers/label.ts': (s) => `import { z } from 'zod';\n${s}export const LabelSchema: z.ZodString = z.string();\n` },
    { file: 'lib/helpers/label.ts', line: 1, message: /imports "zod", but this module is loaded by the package root/, expected: /subpath export/ },
  ],
  [
    'an export names a module that is not in the folder',
    { 'jobs.sdk.yaml': (s) => s.replace('./helpers/format: helpers/format', './helpers/format: helpers/formats') },
    { file: 'jobs.sdk.yaml', pointer: '#/custom/exports/.~1helpers~1format', message: /"helpers\/formats" is not a module under/, expected: /"helpers\/format"/ },
  ],
  [
    'a resource path the client does not have',
    { 'jobs.sdk.yaml': (s) => s.replace('projects.jobs: resources/jobs#Jobs', 'projects.job: resources/jobs#Jobs') },
    { file: 'jobs.sdk.yaml', pointer: '#/custom/resources/projects.job', message: /"projects.job" is not a resource of the client/, expected: /"projects.jobs"/ },
  ],
  [
    'a custom folder that does not exist',
    { 'jobs.sdk.yaml': (s) => s.replace('dir: lib', 'dir: library') },
    { file: 'jobs.sdk.yaml', pointer: '#/custom/dir', message: /does not exist/ },
  ],
  [
    'a resource target without the class name',
    { 'jobs.sdk.yaml': (s) => s.replace('resources/jobs#Jobs', 'resources/jobs') },
    { file: 'jobs.sdk.yaml', line: 23, pointer: '#/custom/resources/projects.jobs', message: /is not `module#ExportedClass`/ },
  ],
];

/** The same checks by the fallback checker (TypeScript 5 in process: `SDKGEN_TYPECHECKER=classic`), whose wording differs. */
const classicCases: typeof cases = [
  cases[0]!,
  [
    `${cases[2]![0]}, classic checker`,
    cases[2]![1],
    { file: 'lib/resources/jobs.ts', line: 10, message: /Method must have an explicit return type annotation with --isolatedDeclarations\. \(line 10: Add a return type to the method\)/, expected: /\(TS9008\)/ },
  ],
];

describe('custom code that does not fit fails generation clearly and writes nothing', () => {
  it.each(cases)('%s', async (label, edits, want) => expectFailure(label, edits, want), 120_000);
});

describe('the fallback checker (TypeScript 5, where TypeScript 7 cannot run) finds the same problems', () => {
  beforeAll(() => void (process.env.SDKGEN_TYPECHECKER = 'classic'));
  afterAll(() => void delete process.env.SDKGEN_TYPECHECKER);
  it.each(classicCases)('%s', async (label, edits, want) => expectFailure(`classic ${label}`, edits, want), 120_000);
});

async function expectFailure(label: string, edits: Record<string, string | ((old: string) => string)>, want: Want): Promise<void> {
  {
    const { dir, spec, config } = fixtureCopy(label.replace(/[^a-z]+/g, '-'), edits);
    const out = join(dir, 'out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'previous.txt'), 'the previous package');
    const diagnostics = await diagnosticsOf(() => generateInto(spec, config, out));
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    if (want.file) expect(d.file).toBe(join(dir, want.file));
    if (want.line) expect(d.line).toBe(want.line);
    if (want.pointer) expect(d.pointer).toBe(want.pointer);
    expect(d.message).toMatch(want.message);
    if (want.expected) expect(d.expected).toMatch(want.expected);
    expect(readdirSync(out)).toEqual(['previous.txt']);
  }
}

describe('a package generated outside any node_modules tree', () => {
  // The custom code's bare imports (`zod`) resolve from sdkgen's own dependencies there, with either checker.
  const zodModule = (type: string) => (s: string) => `import { z } from 'zod';\n${s}export const FormatSchema: ${type} = z.string();\n`;
  for (const checker of ['native', 'classic']) {
    it(`type-checks custom code against sdkgen's zod (${checker} checker)`, async () => {
      if (checker === 'classic') process.env.SDKGEN_TYPECHECKER = 'classic';
      const outside = mkdtempSync(join(tmpdir(), 'sdkgen-outside-'));
      try {
        const good = fixtureCopy(`outside-${checker}`, { 'lib/helpers/format.ts': zodModule('z.ZodString') });
        await generateInto(good.spec, good.config, join(outside, 'good'));
        expect(readFileSync(join(outside, 'good', 'src', 'lib', 'helpers', 'format.ts'), 'utf8')).toContain('FormatSchema');
        // zod's types were read: a misspelt zod type is reported as such, not as a missing module.
        const bad = fixtureCopy(`outside-${checker}-bad`, { 'lib/helpers/format.ts': zodModule('z.ZodStrin') });
        const diagnostics = await diagnosticsOf(() => generateInto(bad.spec, bad.config, join(outside, 'bad')));
        expect(diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/has no exported member (named )?'ZodStrin'/)]);
      } finally {
        delete process.env.SDKGEN_TYPECHECKER;
        rmSync(outside, { recursive: true, force: true });
      }
    }, 120_000);
  }
});
