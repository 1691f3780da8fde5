// Tree-shaking by construction (architecture.md, "Keep bundles small"): a bundle that uses
// one command carries neither the other operations nor their schemas, and a JSON service
// never reaches the XML parser.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const pkg = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const alias: Record<string, string> = {
  '@skiff/mediastore': pkg('mediastore/src/index.ts'),
  '@skiff/core/xml': pkg('core/src/xml.ts'),
  '@skiff/core': pkg('core/src/index.ts'),
  '#platform': pkg('core/src/platform/node.ts'),
};
const OPERATIONS = ['CreateContainer', 'DeleteContainer', 'DeleteContainerPolicy', 'DeleteCorsPolicy', 'DeleteLifecyclePolicy', 'DeleteMetricPolicy', 'DescribeContainer', 'GetContainerPolicy', 'GetCorsPolicy', 'GetLifecyclePolicy', 'GetMetricPolicy', 'ListContainers', 'ListTagsForResource', 'PutContainerPolicy', 'PutCorsPolicy', 'PutLifecyclePolicy', 'PutMetricPolicy', 'StartAccessLogging', 'StopAccessLogging', 'TagResource', 'UntagResource'];

async function bundle(contents: string): Promise<{ code: string; imports: string[] }> {
  const out = await build({
    stdin: { contents, resolveDir: pkg('mediastore'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    minify: true,
    metafile: true,
    alias,
    // Third-party code is not what this test measures; its imports are listed instead.
    external: ['undici', 'fast-xml-parser', '@smithy/*', '@aws-crypto/*', 'zod', 'zod/*'],
    logLevel: 'silent',
  });
  const imports = Object.values(out.metafile!.outputs).flatMap((o) => o.imports.map((i) => i.path));
  return { code: out.outputFiles[0]!.text, imports };
}

describe('bundle', () => {
  it('DescribeContainer alone leaves the other twenty operations and the CORS/metric/tag schemas out', async () => {
    const { code, imports } = await bundle(`import { MediaStoreClient, DescribeContainerCommand } from '@skiff/mediastore'; export const run = () => new MediaStoreClient({ region: 'us-east-1' }).send(new DescribeContainerCommand({ ContainerName: 'movies' }));`);
    expect(code).toContain('"DescribeContainer"');
    expect(code).toContain('MediaStore_20170901');
    for (const name of OPERATIONS.filter((n) => n !== 'DescribeContainer')) expect(code, name).not.toContain(`"${name}"`);
    expect(code).not.toContain('398000');
    expect(code).not.toContain('ObjectGroupName');
    expect(code).not.toContain('AllowedOrigins');
    expect(imports).not.toContain('fast-xml-parser');
    // A bound on the whole Node bundle, which holds core's Node platform (its transport and the
    // credential chain's providers, SSO's token refresh among them); performance.md's budgets
    // are the browser bundles (test/bundles). It catches a schema or operation that stops tree-shaking.
    expect(gzipSync(code).byteLength).toBeLessThan(26_000);
  });

  it('the paginator brings ListContainers and no other operation', async () => {
    const { code } = await bundle(`import { MediaStoreClient, paginateListContainers } from '@skiff/mediastore'; export const run = () => paginateListContainers({ client: new MediaStoreClient({}) }, {});`);
    expect(code).toContain('"ListContainers"');
    for (const name of OPERATIONS.filter((n) => n !== 'ListContainers')) expect(code, name).not.toContain(`"${name}"`);
  });
});
