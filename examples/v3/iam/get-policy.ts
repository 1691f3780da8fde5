// After javascriptv3/example_code/iam/actions/get-policy.js, and the policy's default version
// (GetPolicyVersion). v3's class is NoSuchEntityException (name 'NoSuchEntityException');
// Skiff's is NoSuchEntity, named after the service's error code.
import { GetPolicyCommand, GetPolicyVersionCommand, NoSuchEntity } from '@skiff/s4-iam';
import { iamClient } from '../libs/clients.js';

export const main = async ({ policyArn }: { policyArn: string }) => {
  const client = iamClient();
  try {
    const { Policy } = await client.send(new GetPolicyCommand({ PolicyArn: policyArn }));
    const { PolicyVersion } = await client.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: Policy!.DefaultVersionId! }));
    const doc = JSON.parse(decodeURIComponent(PolicyVersion!.Document!));
    console.log(`${Policy!.PolicyName} ${Policy!.DefaultVersionId}: ${doc.Statement.length} statement(s)`);
  } catch (caught) {
    if (caught instanceof NoSuchEntity) console.log(`No such policy: ${(caught as Error).name}`);
    else throw caught;
  } finally {
    client.destroy();
  }
};
