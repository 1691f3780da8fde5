// After javascriptv3/example_code/iam/actions/get-policy.js, and the policy's default version
// (GetPolicyVersion), catching v3's NoSuchEntityException (Skiff's NoSuchEntity under v3's name;
// err.name is the service's code, NoSuchEntity).
import { GetPolicyCommand, GetPolicyVersionCommand, NoSuchEntityException } from '@skiff/s4-iam';
import { iamClient } from '../libs/clients.js';

export const main = async ({ policyArn }: { policyArn: string }) => {
  const client = iamClient();
  try {
    const { Policy } = await client.send(new GetPolicyCommand({ PolicyArn: policyArn }));
    const { PolicyVersion } = await client.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: Policy!.DefaultVersionId! }));
    const doc = JSON.parse(decodeURIComponent(PolicyVersion!.Document!));
    console.log(`${Policy!.PolicyName} ${Policy!.DefaultVersionId}: ${doc.Statement.length} statement(s)`);
  } catch (caught) {
    if (caught instanceof NoSuchEntityException) console.log(`No such policy: ${(caught as Error).name}`);
    else throw caught;
  } finally {
    client.destroy();
  }
};
