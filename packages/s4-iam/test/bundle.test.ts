// Tree-shaking by construction (architecture.md, "Keep bundles small"): a bundle that uses
// one command carries neither the other operations nor their schemas.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const pkg = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const alias: Record<string, string> = {
  '@skiff/s4-iam': pkg('s4-iam/src/index.ts'),
  '@skiff/core/xml': pkg('core/src/xml.ts'),
  '@skiff/core': pkg('core/src/index.ts'),
  '#platform': pkg('core/src/platform/node.ts'),
};

async function bundle(contents: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: pkg('s4-iam'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    minify: true,
    alias,
    // Third-party code is not what this test measures.
    external: ['undici', 'fast-xml-parser', '@smithy/*', '@aws-crypto/*', 'zod', 'zod/*'],
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

describe('bundle', () => {
  it('GetPolicy alone leaves the other eight operations out', async () => {
    const code = await bundle(`import { IAMClient, GetPolicyCommand } from '@skiff/s4-iam'; export const run = () => new IAMClient({ region: 'eu-central-1' }).send(new GetPolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }));`);
    expect(code).toContain('"GetPolicy"');
    for (const name of ['GetPolicyVersion', 'ListPolicies', 'ListAttachedUserPolicies', 'ListAttachedGroupPolicies', 'AttachUserPolicy', 'AttachGroupPolicy', 'DetachUserPolicy', 'DetachGroupPolicy']) {
      expect(code).not.toContain(`"${name}"`);
    }
    expect(code).not.toContain('"MalformedInput"');
    expect(code).not.toContain('"PermissionsBoundary"');
    // A bound on the whole Node bundle, which holds core's Node platform (its transport and the
    // credential chain's providers, SSO's token refresh among them); performance.md's budgets
    // are the browser bundles (test/bundles). It catches an operation that stops tree-shaking.
    expect(gzipSync(code).byteLength).toBeLessThan(26_000);
  });

  it('a paginator brings its own operation and no other', async () => {
    const code = await bundle(`import { IAMClient, paginateListPolicies } from '@skiff/s4-iam'; export const run = () => paginateListPolicies({ client: new IAMClient({}) }, {});`);
    expect(code).toContain('"ListPolicies"');
    expect(code).not.toContain('"ListAttachedUserPolicies"');
    expect(code).not.toContain('"GetPolicy"');
  });
});
