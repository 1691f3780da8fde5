// The IAM part of the tour (MEGA S4's IAM policy actions, here on moto with the AWS managed
// policies loaded): list policies with a capped, resumable paginator, attach one to a user,
// and list what the user has.
import { signRequest } from '@skiff/core';
import {
  AttachUserPolicyCommand, DetachUserPolicyCommand, GetPolicyCommand, IAMClient, paginateListAttachedUserPolicies, paginateListPolicies,
} from '@skiff/s4-iam';
import { LOCAL_CREDENTIALS, type LocalServer } from '../lib/servers.js';
import { note, step } from '../lib/report.js';

const USER = 'skiff-tour-user';
const POLICY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

// The one raw request. S4's IAM API has policy actions only (users are made in the S4
// console), so @skiff/s4-iam has no CreateUser. moto needs a user to attach a policy to, so
// the tour sends IAM's CreateUser itself: a Query-protocol form POST, signed with SigV4 by
// @skiff/core's signRequest, sent with plain fetch.
async function createUserOnMoto(server: LocalServer, UserName: string): Promise<string> {
  const body = new URLSearchParams({ Action: 'CreateUser', UserName, Version: '2010-05-08' }).toString();
  const request = { method: 'POST', url: `${server.endpoint}/`, headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: new TextEncoder().encode(body) };
  const signed = await signRequest(request, { credentials: LOCAL_CREDENTIALS, region: server.region, service: 'iam', date: new Date() });
  const res = await fetch(signed.url, { method: 'POST', headers: signed.headers, body });
  const xml = await res.text();
  if (!res.ok) throw new Error(`CreateUser answered ${res.status}: ${xml.slice(0, 300)}`);
  return /<Arn>([^<]+)<\/Arn>/.exec(xml)?.[1] ?? UserName;
}

export async function iamTour(server: LocalServer): Promise<void> {
  const iam = new IAMClient({ region: server.region, endpoint: server.endpoint, credentials: LOCAL_CREDENTIALS });
  try {
    await step('paginateListPolicies (pageSize 100, maxItems 250), then resume from its token', async () => {
      let resumeToken: string | undefined;
      let listed = 0;
      let pages = 0;
      for await (const page of paginateListPolicies({ client: iam, pageSize: 100, maxItems: 250 }, {})) {
        pages++;
        listed += page.Policies?.length ?? 0;
        resumeToken = page.resumeToken;
      }
      note(`${listed} policies on ${pages} pages; the last page's resumeToken: ${resumeToken}`);
      if (listed !== 250 || !resumeToken) throw new Error(`expected 250 policies and a resume token, got ${listed}`);
      // Resume right after the 250th: one more page of 5.
      const next = [];
      for await (const page of paginateListPolicies({ client: iam, pageSize: 5, maxItems: 5, startingToken: resumeToken }, {})) next.push(...(page.Policies ?? []));
      note(`resumed: policies 251..255 are ${next.map((p) => p.PolicyName).join(', ')}`);
      if (next.length !== 5) throw new Error(`resuming gave ${next.length} policies, not 5`);
    });

    await step(`CreateUser "${USER}" with one raw signed request (moto only: S4 makes users in its console)`, async () => {
      note(`user ${await createUserOnMoto(server, USER)}`);
    });

    await step('GetPolicy, AttachUserPolicy, paginateListAttachedUserPolicies, DetachUserPolicy', async () => {
      const { Policy } = await iam.send(new GetPolicyCommand({ PolicyArn: POLICY }));
      note(`GetPolicy → ${Policy?.PolicyName}, default version ${Policy?.DefaultVersionId}, created ${Policy?.CreateDate?.toISOString()}`);
      await iam.send(new AttachUserPolicyCommand({ UserName: USER, PolicyArn: POLICY }));
      const attached = [];
      for await (const page of paginateListAttachedUserPolicies({ client: iam }, { UserName: USER })) attached.push(...(page.AttachedPolicies ?? []));
      note(`${USER} has: ${attached.map((p) => p.PolicyName).join(', ')}`);
      if (!attached.some((p) => p.PolicyArn === POLICY)) throw new Error(`${POLICY} is not attached after AttachUserPolicy`);
      await iam.send(new DetachUserPolicyCommand({ UserName: USER, PolicyArn: POLICY }));
      note('detached again');
    });
  } finally {
    iam.destroy();
  }
}
