// Every documented input constraint: a ParamValidationError naming the member and the
// constraint, thrown before anything is signed or sent (the capturing transport sees nothing).
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as ms from '../src/index.js';
import { inputObject } from '@skiff/core';
import { captured } from './helpers.js';

const ARN = 'arn:aws:mediastore:us-west-2:111122223333:container/movies';
const rule = (over: Partial<ms.CorsRule> = {}): ms.CorsRule => ({ AllowedOrigins: ['https://example.com'], AllowedMethods: ['GET'], AllowedHeaders: ['*'], ...over });
const cors = (over: Partial<ms.CorsRule>) => new ms.PutCorsPolicyCommand({ ContainerName: 'c', CorsPolicy: [rule(over)] });
const tags = (Tags: ms.Tag[]) => new ms.TagResourceCommand({ Resource: ARN, Tags });
const metric = (MetricPolicy: unknown) => new ms.PutMetricPolicyCommand({ ContainerName: 'c', MetricPolicy: MetricPolicy as ms.MetricPolicy });
const rules = (n: number, r = { ObjectGroup: 'media/*', ObjectGroupName: 'media' }) => Array.from({ length: n }, () => r);
const s = (n: number, ch = 'a') => ch.repeat(n);

type AnyCommand = ms.CreateContainerCommand;
async function issuesOf(cmd: unknown) {
  const { cap, client } = captured();
  const err = await client.send(cmd as AnyCommand).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ms.ParamValidationError);
  expect((err as ms.ParamValidationError).$fault).toBe('client');
  expect(cap.requests).toHaveLength(0);
  return (err as ms.ParamValidationError).issues;
}

// [what, command, member path, message]
const rejected: Array<[string, unknown, string, string | RegExp]> = [
  // ContainerName (000: 1..255, \w+)
  ['ContainerName missing', new ms.CreateContainerCommand({} as never), 'ContainerName', 'is required'],
  ['ContainerName empty', new ms.CreateContainerCommand({ ContainerName: '' }), 'ContainerName', 'length must be at least 1'],
  ['ContainerName of 256', new ms.CreateContainerCommand({ ContainerName: s(256) }), 'ContainerName', 'length must be at most 255'],
  ['ContainerName with a hyphen', new ms.CreateContainerCommand({ ContainerName: 'my-movies' }), 'ContainerName', /must match the pattern/],
  ['ContainerName with a dot', new ms.DescribeContainerCommand({ ContainerName: 'a.b' }), 'ContainerName', /must match the pattern/],
  // Policy (000: 1..8192, [\u0009\u000A\u000D\u0020-\u00FF]+)
  ['Policy missing', new ms.PutContainerPolicyCommand({ ContainerName: 'c' } as never), 'Policy', 'is required'],
  ['Policy empty', new ms.PutContainerPolicyCommand({ ContainerName: 'c', Policy: '' }), 'Policy', 'length must be at least 1'],
  ['Policy of 8193', new ms.PutContainerPolicyCommand({ ContainerName: 'c', Policy: s(8193) }), 'Policy', 'length must be at most 8192'],
  ['Policy beyond Latin-1', new ms.PutContainerPolicyCommand({ ContainerName: 'c', Policy: '{"Sid":"Ā"}' }), 'Policy', /must match the pattern/],
  ['Policy with a control character', new ms.PutContainerPolicyCommand({ ContainerName: 'c', Policy: '{\u0001}' }), 'Policy', /must match the pattern/],
  // LifecyclePolicy (model: ..8192, same pattern)
  ['LifecyclePolicy missing', new ms.PutLifecyclePolicyCommand({ ContainerName: 'c' } as never), 'LifecyclePolicy', 'is required'],
  ['LifecyclePolicy empty', new ms.PutLifecyclePolicyCommand({ ContainerName: 'c', LifecyclePolicy: '' }), 'LifecyclePolicy', 'length must be at least 1'],
  ['LifecyclePolicy of 8193', new ms.PutLifecyclePolicyCommand({ ContainerName: 'c', LifecyclePolicy: s(8193) }), 'LifecyclePolicy', 'length must be at most 8192'],
  ['LifecyclePolicy beyond Latin-1', new ms.PutLifecyclePolicyCommand({ ContainerName: 'c', LifecyclePolicy: '{"rules":"€"}' }), 'LifecyclePolicy', /must match the pattern/],
  // CorsPolicy (000: 1..100 rules, at most 398,000 characters)
  ['CorsPolicy missing', new ms.PutCorsPolicyCommand({ ContainerName: 'c' } as never), 'CorsPolicy', 'is required'],
  ['CorsPolicy without rules', new ms.PutCorsPolicyCommand({ ContainerName: 'c', CorsPolicy: [] }), 'CorsPolicy', 'number of items must be at least 1'],
  ['CorsPolicy of 101 rules', new ms.PutCorsPolicyCommand({ ContainerName: 'c', CorsPolicy: Array.from({ length: 101 }, () => rule()) }), 'CorsPolicy', 'number of items must be at most 100'],
  ['CorsPolicy over 398,000 characters', new ms.PutCorsPolicyCommand({ ContainerName: 'c', CorsPolicy: Array.from({ length: 100 }, () => rule({ AllowedOrigins: [s(2048), s(2048)] })) }), 'CorsPolicy', 'must be at most 398000 characters as JSON'],
  // AllowedOrigins (000: required, 1..100 items of 1..2048, pattern, one wildcard)
  ['AllowedOrigins missing', cors({ AllowedOrigins: undefined }), 'CorsPolicy[0].AllowedOrigins', 'is required'],
  ['AllowedOrigins empty', cors({ AllowedOrigins: [] }), 'CorsPolicy[0].AllowedOrigins', 'number of items must be at least 1'],
  ['AllowedOrigins of 101', cors({ AllowedOrigins: Array.from({ length: 101 }, (_, i) => `https://h${i}.example`) }), 'CorsPolicy[0].AllowedOrigins', 'number of items must be at most 100'],
  ['an empty origin', cors({ AllowedOrigins: [''] }), 'CorsPolicy[0].AllowedOrigins[0]', 'length must be at least 1'],
  ['an origin of 2049', cors({ AllowedOrigins: [s(2049)] }), 'CorsPolicy[0].AllowedOrigins[0]', 'length must be at most 2048'],
  ['an origin beyond Latin-1', cors({ AllowedOrigins: ['https://ē.example'] }), 'CorsPolicy[0].AllowedOrigins[0]', /must match the pattern/],
  ['an origin with two wildcards', cors({ AllowedOrigins: ['https://*.*.example.com'] }), 'CorsPolicy[0].AllowedOrigins[0]', 'must contain at most one wildcard character (*)'],
  // AllowedMethods (seed-decisions: required, 1..4 of PUT GET DELETE HEAD)
  ['AllowedMethods missing', cors({ AllowedMethods: undefined }), 'CorsPolicy[0].AllowedMethods', 'is required'],
  ['AllowedMethods empty', cors({ AllowedMethods: [] }), 'CorsPolicy[0].AllowedMethods', 'number of items must be at least 1'],
  ['AllowedMethods of 5', cors({ AllowedMethods: ['GET', 'PUT', 'HEAD', 'DELETE', 'GET'] }), 'CorsPolicy[0].AllowedMethods', 'number of items must be at most 4'],
  ['AllowedMethods POST', cors({ AllowedMethods: ['POST' as never] }), 'CorsPolicy[0].AllowedMethods[0]', 'must be one of PUT, GET, DELETE, HEAD'],
  // AllowedHeaders (000: required, 0..100 items of 1..8192, pattern, one wildcard)
  ['AllowedHeaders missing', cors({ AllowedHeaders: undefined }), 'CorsPolicy[0].AllowedHeaders', 'is required'],
  ['AllowedHeaders of 101', cors({ AllowedHeaders: Array.from({ length: 101 }, (_, i) => `x-h${i}`) }), 'CorsPolicy[0].AllowedHeaders', 'number of items must be at most 100'],
  ['an empty allowed header', cors({ AllowedHeaders: [''] }), 'CorsPolicy[0].AllowedHeaders[0]', 'length must be at least 1'],
  ['an allowed header of 8193', cors({ AllowedHeaders: [s(8193)] }), 'CorsPolicy[0].AllowedHeaders[0]', 'length must be at most 8192'],
  ['an allowed header beyond Latin-1', cors({ AllowedHeaders: ['x-ŧ'] }), 'CorsPolicy[0].AllowedHeaders[0]', /must match the pattern/],
  ['an allowed header with two wildcards', cors({ AllowedHeaders: ['x-*-*'] }), 'CorsPolicy[0].AllowedHeaders[0]', 'must contain at most one wildcard character (*)'],
  // ExposeHeaders (000: optional, 0..100 items of 1..8192, pattern)
  ['ExposeHeaders of 101', cors({ ExposeHeaders: Array.from({ length: 101 }, (_, i) => `x-e${i}`) }), 'CorsPolicy[0].ExposeHeaders', 'number of items must be at most 100'],
  ['an empty exposed header', cors({ ExposeHeaders: [''] }), 'CorsPolicy[0].ExposeHeaders[0]', 'length must be at least 1'],
  ['an exposed header of 8193', cors({ ExposeHeaders: [s(8193)] }), 'CorsPolicy[0].ExposeHeaders[0]', 'length must be at most 8192'],
  ['an exposed header beyond Latin-1', cors({ ExposeHeaders: ['x-\u0100'] }), 'CorsPolicy[0].ExposeHeaders[0]', /must match the pattern/],
  // MaxAgeSeconds (000: 0..2147483647)
  ['MaxAgeSeconds -1', cors({ MaxAgeSeconds: -1 }), 'CorsPolicy[0].MaxAgeSeconds', 'must be at least 0'],
  ['MaxAgeSeconds 2^31', cors({ MaxAgeSeconds: 2147483648 }), 'CorsPolicy[0].MaxAgeSeconds', 'must be at most 2147483647'],
  ['MaxAgeSeconds 1.5', cors({ MaxAgeSeconds: 1.5 }), 'CorsPolicy[0].MaxAgeSeconds', 'must be an integer'],
  // ListContainers (seed-decisions: MaxResults 1..100; 000: NextToken 1..255, [0-9A-Za-z=/+]+)
  ['MaxResults 0', new ms.ListContainersCommand({ MaxResults: 0 }), 'MaxResults', 'must be at least 1'],
  ['MaxResults 101', new ms.ListContainersCommand({ MaxResults: 101 }), 'MaxResults', 'must be at most 100'],
  ['MaxResults 2.5', new ms.ListContainersCommand({ MaxResults: 2.5 }), 'MaxResults', 'must be an integer'],
  ['NextToken empty', new ms.ListContainersCommand({ NextToken: '' }), 'NextToken', 'length must be at least 1'],
  ['NextToken of 256', new ms.ListContainersCommand({ NextToken: s(256, 'A') }), 'NextToken', 'length must be at most 255'],
  ['NextToken with a hyphen', new ms.ListContainersCommand({ NextToken: 'abc-def' }), 'NextToken', /must match the pattern/],
  // Tags (001: at most 50; model: key 1..128, value 0..256, [\p{L}\p{Z}\p{N}_.:/=+\-@]*)
  ['Tags missing on TagResource', new ms.TagResourceCommand({ Resource: ARN } as never), 'Tags', 'is required'],
  ['Tags empty', tags([]), 'Tags', 'number of items must be at least 1'],
  ['51 tags', tags(Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }))), 'Tags', 'number of items must be at most 50'],
  ['51 tags on CreateContainer', new ms.CreateContainerCommand({ ContainerName: 'c', Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}` })) }), 'Tags', 'number of items must be at most 50'],
  ['a tag without Key', tags([{ Value: 'v' } as never]), 'Tags[0].Key', 'is required'],
  ['an empty tag key', tags([{ Key: '' }]), 'Tags[0].Key', 'length must be at least 1'],
  ['a tag key of 129', tags([{ Key: s(129) }]), 'Tags[0].Key', 'length must be at most 128'],
  ['a tag key with #', tags([{ Key: 'cost#center' }]), 'Tags[0].Key', /must match the pattern/],
  ['a tag value of 257', tags([{ Key: 'k', Value: s(257) }]), 'Tags[0].Value', 'length must be at most 256'],
  ['a tag value with <', tags([{ Key: 'k', Value: '<script>' }]), 'Tags[0].Value', /must match the pattern/],
  // TagKeys (each a tag key)
  ['TagKeys missing', new ms.UntagResourceCommand({ Resource: ARN } as never), 'TagKeys', 'is required'],
  ['an empty key in TagKeys', new ms.UntagResourceCommand({ Resource: ARN, TagKeys: [''] }), 'TagKeys[0]', 'length must be at least 1'],
  ['a key of 129 in TagKeys', new ms.UntagResourceCommand({ Resource: ARN, TagKeys: ['k', s(129)] }), 'TagKeys[1]', 'length must be at most 128'],
  ['a key with ! in TagKeys', new ms.UntagResourceCommand({ Resource: ARN, TagKeys: ['a!'] }), 'TagKeys[0]', /must match the pattern/],
  // Resource (000 § Container ARN: 1..1024, the example's form)
  ['Resource missing', new ms.ListTagsForResourceCommand({} as never), 'Resource', 'is required'],
  ['Resource empty', new ms.ListTagsForResourceCommand({ Resource: '' }), 'Resource', 'length must be at least 1'],
  ['Resource of 1025', new ms.ListTagsForResourceCommand({ Resource: `${ARN}${s(1025 - ARN.length)}` }), 'Resource', 'length must be at most 1024'],
  ['Resource of another service', new ms.ListTagsForResourceCommand({ Resource: 'arn:aws:s3:::movies' }), 'Resource', /must match the pattern/],
  ['Resource with a short account', new ms.TagResourceCommand({ Resource: 'arn:aws:mediastore:us-west-2:1111:container/movies', Tags: [{ Key: 'k' }] }), 'Resource', /must match the pattern/],
  ['Resource naming no container', new ms.UntagResourceCommand({ Resource: 'arn:aws:mediastore:us-west-2:111122223333:container/', TagKeys: ['k'] }), 'Resource', /must match the pattern/],
  // MetricPolicy (001: ContainerLevelMetrics ENABLED|DISABLED; rules 1..300; ObjectGroup ..900; ObjectGroupName ..30)
  ['MetricPolicy missing', new ms.PutMetricPolicyCommand({ ContainerName: 'c' } as never), 'MetricPolicy', 'is required'],
  ['ContainerLevelMetrics missing', metric({}), 'MetricPolicy.ContainerLevelMetrics', 'is required'],
  ['ContainerLevelMetrics ON', metric({ ContainerLevelMetrics: 'ON' }), 'MetricPolicy.ContainerLevelMetrics', 'must be one of ENABLED, DISABLED'],
  ['MetricPolicyRules empty', metric({ ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [] }), 'MetricPolicy.MetricPolicyRules', 'number of items must be at least 1'],
  ['301 metric rules', metric({ ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: rules(301) }), 'MetricPolicy.MetricPolicyRules', 'number of items must be at most 300'],
  ['ObjectGroup missing', metric({ ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [{ ObjectGroupName: 'g' }] }), 'MetricPolicy.MetricPolicyRules[0].ObjectGroup', 'is required'],
  ['ObjectGroup empty', metric({ ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [{ ObjectGroup: '', ObjectGroupName: 'g' }] }), 'MetricPolicy.MetricPolicyRules[0].ObjectGroup', 'length must be at least 1'],
  ['ObjectGroup of 901', metric({ ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [{ ObjectGroup: s(901), ObjectGroupName: 'g' }] }), 'MetricPolicy.MetricPolicyRules[0].ObjectGroup', 'length must be at most 900'],
  ['ObjectGroup with a space', metric({ ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [{ ObjectGroup: 'my media/*', ObjectGroupName: 'g' }] }), 'MetricPolicy.MetricPolicyRules[0].ObjectGroup', /must match the pattern/],
  ['ObjectGroupName missing', metric({ ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [{ ObjectGroup: 'a/*' }] }), 'MetricPolicy.MetricPolicyRules[0].ObjectGroupName', 'is required'],
  ['ObjectGroupName empty', metric({ ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [{ ObjectGroup: 'a/*', ObjectGroupName: '' }] }), 'MetricPolicy.MetricPolicyRules[0].ObjectGroupName', 'length must be at least 1'],
  ['ObjectGroupName of 31', metric({ ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [{ ObjectGroup: 'a/*', ObjectGroupName: s(31) }] }), 'MetricPolicy.MetricPolicyRules[0].ObjectGroupName', 'length must be at most 30'],
  ['ObjectGroupName with a hyphen', metric({ ContainerLevelMetrics: 'ENABLED', MetricPolicyRules: [{ ObjectGroup: 'a/*', ObjectGroupName: 'my-group' }] }), 'MetricPolicy.MetricPolicyRules[0].ObjectGroupName', /must match the pattern/],
];

describe('ParamValidationError before anything is sent', () => {
  it.each(rejected)('%s', async (_what, cmd, path, message) => {
    const issues = await issuesOf(cmd);
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    if (typeof message === 'string') expect(issue!.message).toBe(message);
    else expect(issue!.message).toMatch(message);
  });

  // Every operation that names a container checks the name the same way.
  const byName = Object.entries(ms)
    .filter(([k]) => k.endsWith('Command'))
    .map(([k, Cmd]) => [k, Cmd as new (i: unknown) => AnyCommand] as const)
    .filter(([, Cmd]) => 'ContainerName' in (inputObject((Cmd as unknown as AnyCommand).operation.schema()) as unknown as { _zod: { def: { shape: object } } })._zod.def.shape);
  it('covers the 17 operations that take a ContainerName', () => expect(byName).toHaveLength(17));
  it.each(byName)('%s rejects a bad ContainerName', async (_k, Cmd) => {
    const issues = await issuesOf(new Cmd({ ContainerName: 'not valid!' }));
    expect(issues.find((i) => i.path === 'ContainerName')?.message).toMatch(/must match the pattern/);
  });

  it('names every broken member at once', async () => {
    const issues = await issuesOf(cors({ AllowedOrigins: [], AllowedMethods: ['POST' as never], MaxAgeSeconds: -5 }));
    expect(issues.map((i) => i.path).sort()).toEqual(['CorsPolicy[0].AllowedMethods[0]', 'CorsPolicy[0].AllowedOrigins', 'CorsPolicy[0].MaxAgeSeconds']);
  });
});

describe('inputs at the documented limits are sent', () => {
  const accepted: Array<[string, unknown]> = [
    ['ContainerName of 255 word characters', new ms.CreateContainerCommand({ ContainerName: `${s(127, 'A')}_${s(127, '9')}` })],
    ['DescribeContainer without a name (optional in 000 and 001)', new ms.DescribeContainerCommand({})],
    ['Policy of 8192 with tab, LF, CR and Latin-1', new ms.PutContainerPolicyCommand({ ContainerName: 'c', Policy: `{\t\n\r"é"}${s(8192 - 8)}` })],
    ['LifecyclePolicy of 8192', new ms.PutLifecyclePolicyCommand({ ContainerName: 'c', LifecyclePolicy: s(8192) })],
    ['100 CORS rules with all four methods and 0 headers', new ms.PutCorsPolicyCommand({ ContainerName: 'c', CorsPolicy: Array.from({ length: 100 }, () => rule({ AllowedMethods: ['PUT', 'GET', 'DELETE', 'HEAD'], AllowedHeaders: [] })) })],
    ['an origin of 2048 with one wildcard, 100 origins', cors({ AllowedOrigins: [`*${s(2047)}`, ...Array.from({ length: 99 }, (_, i) => `https://${i}.example`)] })],
    ['MaxAgeSeconds 0 and 2147483647', new ms.PutCorsPolicyCommand({ ContainerName: 'c', CorsPolicy: [rule({ MaxAgeSeconds: 0 }), rule({ MaxAgeSeconds: 2147483647, ExposeHeaders: [s(8192)] })] })],
    ['MaxResults 1 and a token', new ms.ListContainersCommand({ MaxResults: 1, NextToken: 'Y29udGFpbmVyczox+/=' })],
    ['MaxResults 100', new ms.ListContainersCommand({ MaxResults: 100 })],
    ['50 tags, key 128, value 256 and empty, Unicode letters', tags([{ Key: s(128), Value: s(256) }, { Key: 'Größe', Value: '' }, ...Array.from({ length: 48 }, (_, i) => ({ Key: `k ${i}:/=+-@._` }))])],
    ['300 metric rules with an ObjectGroup of 900 and a name of 30', metric({ ContainerLevelMetrics: 'DISABLED', MetricPolicyRules: [{ ObjectGroup: `a/*.~=:-${s(892)}`, ObjectGroupName: `G_${s(28)}` }, ...rules(299)] })],
  ];
  it.each(accepted)('%s', async (_what, cmd) => {
    const { cap, client } = captured();
    await client.send(cmd as AnyCommand);
    expect(cap.requests).toHaveLength(1);
  });

  it('validation: false sends an input that breaks the schemas, unchanged', async () => {
    const { cap, client } = captured(undefined, { validation: false });
    await client.send(new ms.CreateContainerCommand({ ContainerName: 'not valid!', Tags: [] }));
    expect(JSON.parse(new TextDecoder().decode(cap.last!.body))).toEqual({ ContainerName: 'not valid!', Tags: [] });
  });
});

describe('ContainerName (property)', () => {
  it('is accepted exactly when it is 1..255 word characters', async () => {
    const { cap, client } = captured();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), fc.stringMatching(/^\w{0,300}$/)), async (name) => {
        const before = cap.requests.length;
        const err = await client.send(new ms.DeleteContainerCommand({ ContainerName: name })).catch((e: unknown) => e);
        const valid = /^\w{1,255}$/.test(name);
        expect(err instanceof ms.ParamValidationError).toBe(!valid);
        expect(cap.requests.length - before).toBe(valid ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });
});
