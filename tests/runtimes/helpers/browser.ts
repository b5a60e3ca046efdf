import { chromium, type Browser } from 'playwright-core';
import { chromiumBinary } from './runtimes.js';

/**
 * Flags for Chromium run as root on a machine without network: no sandbox (root), no GPU, and
 * none of the background fetches that would hang on refused connections. Playwright gives each
 * launch a fresh temporary profile (`--user-data-dir`) and removes it on close.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Debian's headless Chromium driven by playwright-core; missing: an error saying what to install. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumBinary(),
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
}
