#!/usr/bin/env node
// Makes sure the runtimes of the end-to-end tests (tests/runtimes/) are on this machine before
// `npm test`: Debian's Chromium (installed with apt-get when missing: `apt-get update` once, then
// `apt-get install -y chromium`; needs root), and bun, deno and workerd, which come from npm as
// dev dependencies. Prints each version; exits non-zero saying what to do when one is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';

function run(cmd, args) {
  const result = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0)
    fail(`\`${cmd} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
}

function fail(message) {
  console.error(`ensure-browser: ${message}`);
  process.exit(1);
}

function version(bin, args = ['--version']) {
  const out = spawnSync(bin, args, { encoding: 'utf8' });
  return out.status === 0 ? out.stdout.trim().split('\n')[0] : undefined;
}

if (!existsSync(CHROMIUM)) {
  if (!existsSync('/usr/bin/apt-get'))
    fail(`${CHROMIUM} is missing and there is no apt-get: install Chromium so that ${CHROMIUM} exists.`);
  if (process.getuid?.() !== 0)
    fail(`${CHROMIUM} is missing: run this script as root, or \`sudo apt-get install -y chromium\`.`);
  console.log('ensure-browser: installing Chromium (apt-get update, apt-get install -y chromium)');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
  if (!existsSync(CHROMIUM)) fail(`apt-get installed chromium but ${CHROMIUM} is still missing.`);
}
console.log(`ensure-browser: ${version(CHROMIUM) ?? 'chromium (version unknown)'}`);

for (const name of ['bun', 'deno', 'workerd']) {
  const bin = join(ROOT, 'node_modules', '.bin', name);
  const found = existsSync(bin) && version(bin);
  if (!found)
    fail(`${name} is missing from node_modules/.bin: run \`npm install\` (it is a dev dependency).`);
  console.log(`ensure-browser: ${name} ${found.replace(/^[a-z]+ /i, '')}`);
}
