// The browser examples: the entry bundles for browsers with nothing of Node in it, and both
// pages work in headless Chromium against the servers browser/serve.ts starts.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, requireMoto } from './run.js';

type Served = { url: string; s3: boolean; close(): Promise<void> };
let served: Served | undefined;

beforeAll(async () => {
  ensureBuilt();
});

afterAll(async () => {
  await served?.close();
});

/** Chromium from the machine (Debian's package; .ci/run installs it), or CHROMIUM_PATH. */
function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
  if (!found) throw new Error('no Chromium on this machine (apt-get install chromium, or set CHROMIUM_PATH): the browser examples cannot be checked');
  return found;
}

describe('browser examples', () => {
  it('main.ts bundles for the browser (esbuild) from the packages\' browser builds, without Node built-ins', async () => {
    const { bundle } = await import('../browser/serve.js');
    const file = await bundle();
    const code = readFileSync(file, 'utf8');
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
    expect(code.length).toBeGreaterThan(10_000);
    expect(code).not.toMatch(/from\s*["'](node:|undici)/);
    // Core's entries for bundlers (the browser platform built in), not Node's file.
    expect(map.sources.some((s) => /packages\/core\/dist\/index\.js$/.test(s))).toBe(true);
    expect(map.sources.some((s) => /undici|core\/dist\/node/.test(s))).toBe(false);
    expect(map.sources.some((s) => /\/src\//.test(s) && /packages\//.test(s)), 'the bundle reached a package\'s sources, not its dist').toBe(false);
  }, 120_000);

  it('both pages work in headless Chromium: MediaStore from the page, and an upload through a presigned URL', async () => {
    await requireMoto();
    const executablePath = chromiumPath();
    const { serveExamples } = await import('../browser/serve.js');
    served = await serveExamples();
    expect(served.s3).toBe(true);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(served.url);
      await page.waitForSelector('body[data-result]', { timeout: 60_000 });
      const log = await page.textContent('#log');
      expect(await page.getAttribute('body', 'data-result'), log ?? '').toBe('ok');
      expect(log).toMatch(/container browser_\d+ is ACTIVE/);
      expect(log).toContain('GetObject Range bytes=0-9: 206 "Hello from"');
      expect(errors).toEqual([]);

      await page.goto(`${served.url}presignedUpload.html`);
      const bytes = Buffer.alloc(300_000, 7);
      await page.setInputFiles('#file', { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: bytes });
      await page.click('#upload');
      await page.waitForSelector('body[data-result]', { timeout: 60_000 });
      const out = await page.textContent('#out');
      expect(await page.getAttribute('body', 'data-result'), out ?? '').toBe('ok');
      expect(out).toMatch(/PUT 200: 300000 bytes uploaded/);
      expect(out).toMatch(/the bucket holds uploads\/\d+-photo\.jpg: 300000 bytes, image\/jpeg/);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
