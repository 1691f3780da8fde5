// After javascriptv3/example_code/iam/actions/list-policies.js: the ListPolicies paginator
// over local (customer managed) and AWS managed policies, pages read with for await.
import { paginateListPolicies } from '@skiff/s4-iam';
import { iamClient } from '../libs/clients.js';

export const main = async ({ scope, max }: { scope: 'AWS' | 'Local' | 'All'; max: number }) => {
  const client = iamClient();
  try {
    const names: string[] = [];
    // v3's paginator config: { client, pageSize }; `maxItems` is Skiff's.
    for await (const page of paginateListPolicies({ client, pageSize: 10, maxItems: max }, { Scope: scope, OnlyAttached: false })) {
      for (const policy of page.Policies ?? []) names.push(policy.PolicyName!);
    }
    console.log(`${names.length} policies, first: ${names[0]}`);
    return names;
  } finally {
    client.destroy();
  }
};
