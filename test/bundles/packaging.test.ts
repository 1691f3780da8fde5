// Every publishable package as it would be published (packed): publint finds no error or
// warning, @arethetypeswrong finds types for every entry point and no problem in any
// resolution (node10, node16 from CJS and from ESM, bundler), and Node itself loads the
// ESM and the CJS build through the exports map from a user's project. The service builds
// take zod from core's bundled copy (@skiff/core/zod), which must export all they call; the
// Node builds of core, whose SigV4 signer is bundled, sign the SigV4 suite correctly.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classicCases, toHttpRequest } from '../../packages/core/test/signingVectors.js';
import { BROWSER_PACKAGES, bundle, ensureBuilt, PACKAGES_DIR, PUBLISHED, ROOT, userProject } from './bundle.js';

const run = promisify(execFile);
const ATTW = join(ROOT, 'node_modules', '.bin', 'attw');

interface AttwResult {
  analysis: {
    types: false | { kind: string };
    entrypoints?: Record<string, { resolutions: Record<string, { resolution?: { fileName: string; isTypeScript: boolean } }> }>;
    problems?: Array<{ kind: string; entrypoint?: string; resolutionKind?: string }>;
  };
}

// What each package's root entry must export when loaded in Node, whichever format.
const ENTRY_EXPORT: Record<string, string> = {
  core: 'Client',
  mediastore: 'MediaStoreClient',
  'mediastore-data': 'MediaStoreDataClient',
  kinesis: 'KinesisClient',
  's4-s3': 'S3Client',
  's4-iam': 'IAMClient',
  'mediastore-local': 'startMediaStoreLocal',
};

describe('published packages', () => {
  let project: ReturnType<typeof userProject>;
  beforeAll(() => {
    ensureBuilt();
    project = userProject();
  }, 600_000);
  afterAll(() => project?.cleanup());

  for (const name of PUBLISHED) {
    describe(`@skiff/${name}`, () => {
      const dir = join(PACKAGES_DIR, name);

      it('passes publint (no error, no warning)', async () => {
        const { messages, pkg } = await publint({ pkgDir: dir, level: 'suggestion', strict: false });
        const text = messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
        if (text.length) console.log(`publint @skiff/${name}:\n  ${text.join('\n  ')}`);
        expect(messages.filter((m) => m.type !== 'suggestion').map((m) => formatMessage(m, pkg) ?? m.code)).toEqual([]);
      });

      it('passes @arethetypeswrong: types for every entry point, no problem in any resolution', async () => {
        let stdout: string;
        try {
          ({ stdout } = await run(ATTW, ['--pack', dir, '--format', 'json'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }));
        } catch (e) {
          // attw exits 1 when it finds problems; its JSON is still on stdout.
          stdout = (e as { stdout?: string }).stdout ?? '';
          if (!stdout) throw e;
        }
        const result = JSON.parse(stdout) as AttwResult;
        expect(result.analysis.types, 'attw found no types at all').not.toBe(false);
        expect(result.analysis.problems ?? []).toEqual([]);
        const entrypoints = Object.entries(result.analysis.entrypoints ?? {}).filter(([e]) => e !== './package.json');
        expect(entrypoints.length).toBeGreaterThan(0);
        const summary: string[] = [];
        for (const [entry, { resolutions }] of entrypoints) {
          for (const kind of ['node10', 'node16-cjs', 'node16-esm', 'bundler']) {
            const file = resolutions[kind]?.resolution?.fileName;
            expect(file, `${entry} under ${kind}`).toMatch(/\.d\.c?ts$/);
            summary.push(`${entry} ${kind}`);
          }
        }
        console.log(`attw @skiff/${name}: no problems; types resolve for ${summary.join(', ')}`);
      });

      it('loads in Node as ESM (import) and as CJS (require) through its exports', async () => {
        const spec = `@skiff/${name}`;
        const member = ENTRY_EXPORT[name]!;
        // Core's `node` condition names Node's one file (src/node.ts).
        const file = name === 'core' ? 'node' : 'index';
        const esm = await run(process.execPath, ['--input-type=module', '-e', `const m = await import('${spec}'); console.log(typeof m.${member}, import.meta.resolve('${spec}'));`], { cwd: project.dir });
        expect(esm.stdout).toMatch(new RegExp(`^function .*packages/${name}/dist/${file}\\.js\\s*$`));
        const cjs = await run(process.execPath, ['-e', `const m = require('${spec}'); console.log(typeof m.${member}, require.resolve('${spec}'));`], { cwd: project.dir });
        expect(cjs.stdout).toMatch(new RegExp(`^function .*packages/${name}/dist/${file}\\.cjs\\s*$`));
      });
    });
  }

  // Cold start (BENCHMARKS.md): Node's built-ins a package needs only to hash, read the shared
  // credential files or send are loaded on first use, and so is undici.
  it('loading a service package loads no node:crypto, fs, os, zlib or undici, in either format (they load on first use)', async () => {
    const heavy = String.raw`/^NativeModule (crypto|fs\/promises|os|zlib)$|undici/`;
    const script = (load: string) => `const before = new Set(process.moduleLoadList); ${load}; console.log(JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m) && ${heavy}.test(m))));`;
    for (const name of BROWSER_PACKAGES) {
      const spec = `@skiff/${name}`;
      // Scripts from a file, not -e: `node -e` loads node:crypto itself.
      const files = { cjs: join(project.dir, `load-${name}.cjs`), esm: join(project.dir, `load-${name}.mjs`) };
      writeFileSync(files.cjs, script(`require('${spec}')`));
      writeFileSync(files.esm, script(`await import('${spec}')`));
      for (const file of Object.values(files)) {
        const { stdout } = await run(process.execPath, [file], { cwd: project.dir });
        expect(JSON.parse(stdout), `${file}`).toEqual([]);
      }
    }
    // The check itself sees a built-in when one is loaded.
    const probe = join(project.dir, 'load-probe.cjs');
    writeFileSync(probe, script(`require('node:crypto')`));
    expect(JSON.parse((await run(process.execPath, [probe], { cwd: project.dir })).stdout)).toContain('NativeModule crypto');
  }, 120_000);

  // Cold start: Node resolves @skiff/core/zod to zodOnFirstUse, which loads zod (dist/zod.cjs,
  // one copy for both formats) when the first schema is built, not while a package loads.
  it('loading a service package loads no zod; the first input check loads it, in either format', async () => {
    const probe = (cache: string, load: string) =>
      `${cache}; const zod = () => Object.keys(cache).filter((f) => /core[\\\\/]dist[\\\\/]zod\\./.test(f)).map((f) => f.replace(/^.*[\\\\/]/, ''));` +
      ` ${load}; const atLoad = zod(); const client = new k.KinesisClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });` +
      ` const error = await client.send(new k.PutRecordCommand({ StreamName: 'not valid!', PartitionKey: 'p', Data: 'x' })).catch((e) => e);` +
      ` console.log(JSON.stringify({ atLoad, afterCheck: zod(), error: error.name, path: error.issues?.[0]?.path }));`;
    const files = {
      cjs: [join(project.dir, 'zod-first-use.cjs'), `(async () => { ${probe('const cache = require.cache', "const k = require('@skiff/kinesis')")} })();`],
      // ESM modules are not in require.cache: what ESM resolves `./zod` to is checked instead.
      esm: [join(project.dir, 'zod-first-use.mjs'), `import { createRequire } from 'node:module'; ${probe('const cache = createRequire(import.meta.url).cache', "const k = await import('@skiff/kinesis'); if (!import.meta.resolve('@skiff/core/zod').endsWith('/dist/zodOnFirstUse.js')) throw new Error('not zodOnFirstUse')")}`],
    } as const;
    for (const [file, code] of Object.values(files)) {
      writeFileSync(file, code);
      const { stdout } = await run(process.execPath, [file], { cwd: project.dir });
      expect(JSON.parse(stdout), file).toEqual({ atLoad: [], afterCheck: ['zod.cjs'], error: 'ParamValidationError', path: 'StreamName' });
    }
    // No other service package loads zod either.
    for (const name of BROWSER_PACKAGES) {
      const code = `require('@skiff/${name}'); console.log(JSON.stringify(Object.keys(require.cache).filter((f) => /core[\\\\/]dist[\\\\/]zod\\./.test(f))));`;
      expect(JSON.parse((await run(process.execPath, ['-e', code], { cwd: project.dir })).stdout), name).toEqual([]);
    }
  }, 120_000);

  it("Node's @skiff/core/zod (zod on first use) has the names of the one bundlers take", () => {
    const req = createRequire(join(project.dir, 'package.json'));
    expect(req.resolve('@skiff/core/zod')).toMatch(/core[\\/]dist[\\/]zodOnFirstUse\.cjs$/);
    const onFirstUse = Object.keys(req('@skiff/core/zod') as object).sort();
    expect(onFirstUse.length).toBeGreaterThan(20);
    expect(onFirstUse).toEqual(Object.keys(req(join(PACKAGES_DIR, 'core', 'dist', 'zod.cjs')) as object).sort());
  });

  // Bundlers take the `module` condition, before `node`: a bundle for Node holds zod itself,
  // not a loader of a file that would not be next to the bundle, and undici too.
  it('a bundle for Node (esbuild --platform=node) holds zod and undici itself and checks inputs', async () => {
    const source = `import { KinesisClient, ListStreamsCommand, PutRecordCommand } from '@skiff/kinesis';
const client = new KinesisClient({ region: 'us-east-1', endpoint: process.env.ENDPOINT, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
const error = await client.send(new PutRecordCommand({ StreamName: 'not valid!', PartitionKey: 'p', Data: 'x' })).catch((e) => e);
const out = await client.send(new ListStreamsCommand({ Limit: 1 }));
client.destroy();
const fromDisk = Object.keys(require.cache).filter((k) => k.includes('undici'));
console.log(JSON.stringify({ error: error.name, path: error.issues?.[0]?.path, names: out.StreamNames, fromDisk }));`;
    const r = await bundle(project.dir, 'node-bundle', source, { platform: 'node' });
    expect(r.inputs.filter((p) => /core\/dist\/zod/.test(p))).toEqual(['packages/core/dist/zod.js']);
    // Core's file for bundlers, which imports undici's Agent and request(): the bundle holds them.
    expect(r.inputs.filter((p) => /core\/dist\/node/.test(p))).toEqual(['packages/core/dist/nodeForBundlers.js']);
    expect(r.inputs).toContain('undici/lib/dispatcher/agent.js');
    expect(r.inputs).toContain('undici/lib/api/api-request.js');
    // It sends, and loads no undici file from disk: what it uses is in the bundle. (undici is
    // CommonJS; an ESM bundle of it needs the usual `require` banner for Node's built-ins.)
    const file = join(project.dir, 'node-bundle.out.mjs');
    writeFileSync(file, `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n${r.code}`);
    const server = createServer((req, res) => {
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      res.end(JSON.stringify({ StreamNames: ['from-the-bundle'], HasMoreStreams: false }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      // Without the NODE_PATH pnpm sets, through which undici could be found outside the bundle.
      const { NODE_PATH: _, ...rest } = process.env;
      const env = { ...rest, ENDPOINT: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
      expect(JSON.parse((await run(process.execPath, [file], { cwd: project.dir, env })).stdout)).toEqual({ error: 'ParamValidationError', path: 'StreamName', names: ['from-the-bundle'], fromDisk: [] });
    } finally {
      server.close();
    }
  }, 120_000);

  // The first request loads undici's Agent and request() only, not its index (fetch,
  // WebSocket, cookies, caches, mocks): about 45 ms of every process's first request.
  it("the first request loads undici's Agent and request API, not undici's index, in either format", async () => {
    const server = createServer((req, res) => {
      res.setHeader('content-type', 'application/x-amz-json-1.1');
      res.end(JSON.stringify({ StreamNames: ['s'], HasMoreStreams: false }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const script = (load: string) =>
      `${load}; const client = new KinesisClient({ region: 'us-east-1', endpoint: ${JSON.stringify(endpoint)}, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });` +
      ` const out = await client.send(new ListStreamsCommand({ Limit: 1 })); client.destroy();` +
      ` const loaded = Object.keys(cache).map((k) => k.replaceAll('\\\\', '/')).filter((k) => k.includes('/undici/'));` +
      ` console.log(JSON.stringify({ names: out.StreamNames, index: loaded.some((k) => k.endsWith('/undici/index.js')), agent: loaded.some((k) => k.endsWith('/undici/lib/dispatcher/agent.js')), fetch: loaded.some((k) => k.includes('/undici/lib/web/fetch/')) }));`;
    const files = {
      cjs: [join(project.dir, 'first-request.cjs'), `(async () => { const { KinesisClient, ListStreamsCommand } = require('@skiff/kinesis'); const cache = require.cache; ${script('')} })();`],
      esm: [join(project.dir, 'first-request.mjs'), `import { createRequire } from 'node:module'; const cache = createRequire(import.meta.url).cache; ${script("const { KinesisClient, ListStreamsCommand } = await import('@skiff/kinesis')")}`],
    } as const;
    try {
      for (const [file, code] of Object.values(files)) {
        writeFileSync(file, code);
        const { stdout } = await run(process.execPath, [file], { cwd: project.dir });
        expect(JSON.parse(stdout), file).toEqual({ names: ['s'], index: false, agent: true, fetch: false });
      }
    } finally {
      server.close();
    }
  }, 120_000);

  it("the Node builds (ESM and CJS) sign the SigV4 suite as the sources do, with the signer bundled into core's dist", async () => {
    const cases = classicCases().filter((c) => !c.name.endsWith('post-sts-header-after'));
    expect(cases.length).toBeGreaterThan(20);
    const input = cases.map((c) => {
      const r = toHttpRequest(c.req);
      return { ...r, body: r.body ? Buffer.from(r.body as Uint8Array).toString('base64') : undefined, token: c.token };
    });
    const script = (load: string) => `${load}
      const input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
      Promise.all(input.map(({ token, body, ...r }) => core.signRequest({ ...r, body: body === undefined ? undefined : new Uint8Array(Buffer.from(body, 'base64')) }, {
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: token },
        region: 'us-east-1', service: 'service', date: new Date('2015-08-30T12:36:00Z'),
      }))).then((out) => process.stdout.write(JSON.stringify(out.map((o) => o.headers.authorization))));`;
    const cjs = script("const core = require('@skiff/core');");
    const esm = `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const core = await import('@skiff/core');\n${script('')}`;
    for (const args of [['-e', cjs], ['--input-type=module', '-e', esm]]) {
      const child = execFile(process.execPath, args, { cwd: project.dir, maxBuffer: 16 * 1024 * 1024 });
      child.stdin!.end(JSON.stringify(input));
      const out = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout!.on('data', (d) => (text += d));
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`node exited ${code}`))));
      });
      expect(JSON.parse(out)).toEqual(cases.map((c) => c.authz));
    }
  });

  it('core and the service packages take zod from @skiff/core/zod, which exports every z.<name> they call', async () => {
    const req = createRequire(join(project.dir, 'package.json'));
    const exported = new Set(Object.keys(req('@skiff/core/zod') as object));
    const used = new Map<string, string>();
    for (const name of BROWSER_PACKAGES) {
      for (const file of ['index.js', 'index.cjs']) {
        const code = readFileSync(join(PACKAGES_DIR, name, 'dist', file), 'utf8');
        // No build imports the zod package itself at run time.
        expect(code, `${name}/dist/${file}`).not.toMatch(/(from\s*|require\()\s*['"]zod(\/[^'"]*)?['"]/);
        const spaces = [...code.matchAll(/import \* as (\w+) from ['"]@skiff\/core\/zod['"]|var (\w+) = require\(['"]@skiff\/core\/zod['"]\)/g)].map((m) => m[1] ?? m[2]!);
        for (const ns of spaces) for (const m of code.matchAll(new RegExp(`\\b${ns}\\.(\\w+)`, 'g'))) used.set(m[1]!, `${name}/dist/${file}`);
      }
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter(([n]) => !exported.has(n)).map(([n, where]) => `${n} (${where})`)).toEqual([]);
  });

  // Node takes one file for `@skiff/core` and `@skiff/core/xml` (src/node.ts says why), with
  // the Node platform built in; bundlers take the separate entries (sizes.test.ts).
  it("core's `node` condition gives Node one file for the root and the XML entry, with the Node platform, in both formats", async () => {
    const req = createRequire(join(project.dir, 'package.json'));
    expect(req.resolve('@skiff/core')).toMatch(/packages\/core\/dist\/node\.cjs$/);
    expect(req.resolve('@skiff/core/xml')).toBe(req.resolve('@skiff/core'));
    const probe = `const c = require('@skiff/core'); const x = require('@skiff/core/xml'); console.log(c.runtime, typeof x.restXml, c === x);`;
    expect((await run(process.execPath, ['-e', probe], { cwd: project.dir })).stdout.trim()).toBe('node function true');
    const esmProbe = `const c = await import('@skiff/core'); const x = await import('@skiff/core/xml'); console.log(c.runtime, typeof x.restXml, c === x, import.meta.resolve('@skiff/core').endsWith('/core/dist/node.js'));`;
    expect((await run(process.execPath, ['--input-type=module', '-e', esmProbe], { cwd: project.dir })).stdout.trim()).toBe('node function true true');
  });

  // Node's file must export what the two entries export between them, and the same things: a
  // name missing there would be a link error in ESM and an undefined in CommonJS.
  it("Node's files of core export exactly the names of the root and XML entries, in either format", async () => {
    const dist = join(PACKAGES_DIR, 'core', 'dist');
    for (const ext of ['js', 'cjs']) {
      // Listed by Node itself (the test runner resolves modules its own way).
      const keys = async (file: string) => {
        const path = join(dist, file);
        const list = ext === 'cjs' ? ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(path)}))))`] : ['--input-type=module', '-e', `console.log(JSON.stringify(Object.keys(await import(${JSON.stringify(pathToFileURL(path).href)}))))`];
        return (JSON.parse((await run(process.execPath, list, { cwd: project.dir })).stdout) as string[]).filter((k) => k !== '__esModule').sort();
      };
      const entries = [...new Set([...(await keys(`index.${ext}`)), ...(await keys(`xml.${ext}`))])].sort();
      expect(entries.length, ext).toBeGreaterThan(100);
      expect(await keys(`node.${ext}`), ext).toEqual(entries);
      if (ext === 'js') expect(await keys('nodeForBundlers.js')).toEqual(entries);
    }
  });

  // tsx (a common way to run scripts) rewrites, as it loads it, any file that holds an
  // `import()`; core's Node file so rewritten made a streamed upload under tsx cost about 20%
  // more CPU. Node's files load undici with require (platform/node.ts); the file bundlers take
  // for Node imports it, so that they bundle it (the Node bundle test below).
  it("core's Node files hold no import(); the one for bundlers imports undici's two parts", () => {
    const dist = join(PACKAGES_DIR, 'core', 'dist');
    for (const file of ['node.js', 'node.cjs']) {
      const code = readFileSync(join(dist, file), 'utf8');
      expect(code.length, file).toBeGreaterThan(50_000);
      expect(code.match(/\bimport\s*\(/g), file).toBeNull();
      expect(code, file).toMatch(/["']undici\/lib\/dispatcher\/agent\.js["']/);
    }
    const forBundlers = readFileSync(join(dist, 'nodeForBundlers.js'), 'utf8');
    expect(forBundlers).toMatch(/\bimport\(["']undici\/lib\/dispatcher\/agent\.js["']\)/);
    expect(forBundlers).toMatch(/\bimport\(["']undici\/lib\/api\/api-request\.js["']\)/);
    expect(forBundlers).not.toContain('createRequire');
  });

  // Cold start: each file Node loads is resolved, read, compiled and linked on its own. Node
  // loads a package's own entry, core's one file and the zod functions, nothing more.
  it('loading a package loads no chunk: three files for S3, three for Kinesis', async () => {
    const loaded = async (spec: string) => {
      const probe = `const before = new Set(Object.keys(require.cache)); require('${spec}'); console.log(JSON.stringify(Object.keys(require.cache).filter((f) => !before.has(f))));`;
      return (JSON.parse((await run(process.execPath, ['-e', probe], { cwd: project.dir })).stdout) as string[]).map((f) => f.replace(/^.*[\\/]packages[\\/]/, '').replaceAll('\\', '/')).sort();
    };
    expect(await loaded('@skiff/s4-s3')).toEqual(['core/dist/node.cjs', 'core/dist/zodOnFirstUse.cjs', 's4-s3/dist/index.cjs']);
    expect(await loaded('@skiff/kinesis')).toEqual(['core/dist/node.cjs', 'core/dist/zodOnFirstUse.cjs', 'kinesis/dist/index.cjs']);
    for (const name of BROWSER_PACKAGES) expect(readdirSync(join(PACKAGES_DIR, name, 'dist'), { recursive: true }).map(String).filter((f) => /chunk/.test(f)), name).toEqual([]);
  });

  // The XML entry takes from the root entry names the root must export: a missing one would be
  // a link error in ESM and, worse, an undefined in CommonJS.
  it("every name core's XML entry takes from the root entry is exported there, in either format", async () => {
    const dist = join(PACKAGES_DIR, 'core', 'dist');
    for (const [ext, taken] of [
      ['js', (code: string) => [...code.matchAll(/import \{([^}]*)\} from '\.\/index\.js'/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!))],
      ['cjs', (code: string) => [...code.matchAll(/\bindex_cjs\.(\w+)/g)].map((m) => m[1]!)],
    ] as const) {
      const names = new Set(taken(readFileSync(join(dist, `xml.${ext}`), 'utf8')));
      expect(names.size, `xml.${ext}`).toBeGreaterThan(10);
      const root = join(dist, `index.${ext}`);
      // Listed by Node itself (the test runner resolves modules its own way).
      const list = ext === 'cjs' ? ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(root)}))))`] : ['--input-type=module', '-e', `console.log(JSON.stringify(Object.keys(await import(${JSON.stringify(pathToFileURL(root).href)}))))`];
      const exported = JSON.parse((await run(process.execPath, list, { cwd: project.dir })).stdout) as string[];
      expect([...names].filter((n) => !exported.includes(n)), `xml.${ext}`).toEqual([]);
    }
  });
});
