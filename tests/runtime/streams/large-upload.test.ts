import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSync, createReadStream, ftruncateSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { multipartBody, uploadFetchOptions } from '../../../templates/runtime/core/multipart.js';
import { startServer, type TestServer } from './helpers.js';

const SIZE = 200 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'sdkgen-large-'));
const path = join(dir, 'big.bin');

let server: TestServer;
let received = 0;
let tail = '';
beforeAll(async () => {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, SIZE); // sparse: no disk space, reads as zeros
  closeSync(fd);
  server = await startServer(async (req, res) => {
    received = 0;
    for await (const chunk of req) {
      received += (chunk as Buffer).length;
      tail = (tail + (chunk as Buffer).toString('latin1')).slice(-200);
    }
    res.end('ok');
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('large ReadStream upload', () => {
  it('streams a 200 MB file from disk instead of holding it in memory', async () => {
    const before = process.memoryUsage();
    let peakBuffers = before.arrayBuffers;
    let peakRss = before.rss;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
      peakRss = Math.max(peakRss, m.rss);
    }, 5);
    try {
      const form = await multipartBody({ file: createReadStream(path), purpose: 'assistants' });
      const response = await fetch(server.url, { method: 'POST', body: form, ...uploadFetchOptions(form) });
      expect(await response.text()).toBe('ok');
    } finally {
      clearInterval(sampler);
    }
    const growthMB = (peakBuffers - before.arrayBuffers) / 1e6;
    console.info(`200 MB upload: peak buffer growth ${growthMB.toFixed(1)} MB, peak RSS growth ${((peakRss - before.rss) / 1e6).toFixed(1)} MB`);
    expect(received).toBeGreaterThan(SIZE);
    expect(received).toBeLessThan(SIZE + 1000);
    expect(tail).toMatch(/name="purpose"\r\n\r\nassistants\r\n--.*--\r\n$/s);
    // Holding the file would need at least its 200 MB; streaming needs a few chunks.
    expect(growthMB).toBeLessThan(100);
  });
});
