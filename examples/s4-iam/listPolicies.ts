// IAM policies on S4: a capped, resumable listing, one policy's document, and the policies
// attached to a user, with the typed error for a user that does not exist.
//
//   pnpm --filter @skiff/examples exec tsx s4-iam/listPolicies.ts        (starts moto)
//   IAM_ENDPOINT=https://iam.eu-central-1.s4.mega.io pnpm --filter @skiff/examples exec tsx s4-iam/listPolicies.ts
import { GetPolicyCommand, GetPolicyVersionCommand, IAMClient, NoSuchEntity, paginateListAttachedUserPolicies, paginateListPolicies } from '@skiff/s4-iam';
import { endpointFor, motoServer, runScript } from '../lib/servers.js';

runScript(async () => {
  const iam = new IAMClient(await endpointFor('IAM_ENDPOINT', motoServer));

  let resumeToken: string | undefined;
  for await (const page of paginateListPolicies({ client: iam, pageSize: 20, maxItems: 30 }, {})) {
    console.log(`page: ${page.Policies?.length} policies, ${page.Policies?.[0]?.PolicyName} … ${page.Policies?.at(-1)?.PolicyName}`);
    resumeToken = page.resumeToken;
  }
  for await (const page of paginateListPolicies({ client: iam, pageSize: 3, maxItems: 3, startingToken: resumeToken }, {})) {
    console.log(`resumed after the 30th: ${page.Policies?.map((p) => p.PolicyName).join(', ')}`);
  }

  // A policy and its document (already URL-decoded: JSON text).
  const { Policy } = await iam.send(new GetPolicyCommand({ PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }));
  const { PolicyVersion } = await iam.send(new GetPolicyVersionCommand({ PolicyArn: Policy!.Arn!, VersionId: Policy!.DefaultVersionId! }));
  const document = JSON.parse(PolicyVersion!.Document!) as { Statement: unknown[] };
  console.log(`${Policy!.PolicyName} ${Policy!.DefaultVersionId}: ${document.Statement.length} statement(s)`);

  try {
    for await (const page of paginateListAttachedUserPolicies({ client: iam }, { UserName: 'nobody' })) console.log(page.AttachedPolicies);
  } catch (e) {
    if (!(e instanceof NoSuchEntity)) throw e;
    console.log(`NoSuchEntity (HTTP ${e.$metadata.httpStatusCode}): ${e.message}`);
  }
  iam.destroy();
});
