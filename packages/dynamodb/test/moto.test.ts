// Against moto's DynamoDB (python3 -m moto.server, started here on a free port): the
// operations, conditional writes and their typed errors, Scan paging, and the lease store
// writing KCL 2.x lease items attribute by attribute.
import { startMoto, type Peer } from '@skiff/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConditionalCheckFailedException, CreateTableCommand, DeleteItemCommand, DescribeTableCommand, DynamoDBClient, DynamoDBLeaseStore,
  GetItemCommand, paginateScan, ParamValidationError, PutItemCommand, ResourceInUseException, ResourceNotFoundException, ScanCommand,
  UpdateItemCommand,
} from '../src/index.js';

let peer: Peer;
let client: DynamoDBClient;

beforeAll(async () => {
  peer = await startMoto();
  client = new DynamoDBClient({ region: 'us-east-1', endpoint: peer.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
});
afterAll(async () => {
  await peer?.stop();
});

describe('DynamoDB operations', () => {
  it('creates, describes, writes conditionally, reads, updates, scans and deletes', async () => {
    const TableName = 'items';
    const created = await client.send(new CreateTableCommand({
      TableName, KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }));
    expect(created.TableDescription?.TableName).toBe(TableName);
    expect(created.TableDescription?.CreationDateTime).toBeInstanceOf(Date);
    await expect(client.send(new CreateTableCommand({
      TableName, KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST',
    }))).rejects.toBeInstanceOf(ResourceInUseException);
    const d = await client.send(new DescribeTableCommand({ TableName }));
    expect(d.Table).toMatchObject({ TableStatus: 'ACTIVE', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] });
    await expect(client.send(new DescribeTableCommand({ TableName: 'nope' }))).rejects.toBeInstanceOf(ResourceNotFoundException);

    const put = (id: string, n: number) => client.send(new PutItemCommand({ TableName, Item: { id: { S: id }, n: { N: String(n) }, tags: { SS: ['a', 'b'] } }, ConditionExpression: 'attribute_not_exists(id)' }));
    for (let i = 0; i < 25; i++) await put(`item-${i}`, i);
    await expect(put('item-0', 0)).rejects.toBeInstanceOf(ConditionalCheckFailedException);

    const got = await client.send(new GetItemCommand({ TableName, Key: { id: { S: 'item-3' } }, ConsistentRead: true }));
    expect(got.Item).toEqual({ id: { S: 'item-3' }, n: { N: '3' }, tags: { SS: ['a', 'b'] } });
    expect((await client.send(new GetItemCommand({ TableName, Key: { id: { S: 'missing' } } }))).Item).toBeUndefined();

    const up = await client.send(new UpdateItemCommand({
      TableName, Key: { id: { S: 'item-3' } }, UpdateExpression: 'SET #n = #n + :one REMOVE tags', ConditionExpression: '#n = :three',
      ExpressionAttributeNames: { '#n': 'n' }, ExpressionAttributeValues: { ':one': { N: '1' }, ':three': { N: '3' } }, ReturnValues: 'ALL_NEW',
    }));
    expect(up.Attributes).toEqual({ id: { S: 'item-3' }, n: { N: '4' } });
    await expect(client.send(new UpdateItemCommand({
      TableName, Key: { id: { S: 'item-3' } }, UpdateExpression: 'SET n = :v', ConditionExpression: 'n = :v', ExpressionAttributeValues: { ':v': { N: '3' } },
    }))).rejects.toBeInstanceOf(ConditionalCheckFailedException);

    const pages = [];
    for await (const p of paginateScan({ client, pageSize: 7 }, { TableName })) pages.push(p.Items?.length);
    expect(pages.reduce((a, b) => a! + b!, 0)).toBe(25);
    expect(pages.length).toBeGreaterThanOrEqual(4);

    const del = await client.send(new DeleteItemCommand({ TableName, Key: { id: { S: 'item-3' } }, ReturnValues: 'ALL_OLD' }));
    expect(del.Attributes?.n).toEqual({ N: '4' });
    expect((await client.send(new ScanCommand({ TableName, Select: 'COUNT' }))).Count).toBe(24);
  });

  it('rejects bad input before sending', async () => {
    await expect(client.send(new GetItemCommand({ TableName: '', Key: { id: { S: 'x' } } }))).rejects.toBeInstanceOf(ParamValidationError);
    await expect(client.send(new GetItemCommand({ TableName: 't', Key: { id: { S: 'x', N: '1' } as never } }))).rejects.toThrow(/exactly one of/);
    await expect(client.send(new ScanCommand({ TableName: 't', Limit: 0 }))).rejects.toThrow(/at least 1/);
    await expect(client.send(new CreateTableCommand({ TableName: 'ab', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }], BillingMode: 'PAY_PER_REQUEST' }))).rejects.toThrow(/at least 3/);
    await expect(client.send(new CreateTableCommand({ TableName: 'abc', KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }] }))).rejects.toThrow(/ProvisionedThroughput is required/);
    await expect(client.send(new UpdateItemCommand({ TableName: 't', Key: { id: { S: 'x' } }, ReturnValues: 'SOME' as never }))).rejects.toBeInstanceOf(ParamValidationError);
  });
});

describe('DynamoDBLeaseStore', () => {
  it('creates the KCL 2.x lease table and writes lease items attribute by attribute as the KCL does', async () => {
    const store = new DynamoDBLeaseStore(client, { tableName: 'kcl-app' });
    await store.ensureTable();
    await store.ensureTable(); // a second worker: the table is there already
    const t = await client.send(new DescribeTableCommand({ TableName: 'kcl-app' }));
    expect(t.Table?.KeySchema).toEqual([{ AttributeName: 'leaseKey', KeyType: 'HASH' }]);
    expect(t.Table?.AttributeDefinitions).toEqual([{ AttributeName: 'leaseKey', AttributeType: 'S' }]);
    expect(t.Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');

    const base = {
      leaseKey: 'shardId-000000000002', leaseCounter: 0, checkpoint: 'TRIM_HORIZON', checkpointSubSequenceNumber: 0, ownerSwitchesSinceCheckpoint: 0,
      parentShardIds: ['shardId-000000000000'], childShardIds: [], startingHashKey: '0', endingHashKey: '170141183460469231731687303715884105727',
    };
    expect(await store.createLeaseIfNotExists(base)).toBe(true);
    expect(await store.createLeaseIfNotExists(base)).toBe(false);
    const raw = async () => (await client.send(new GetItemCommand({ TableName: 'kcl-app', Key: { leaseKey: { S: base.leaseKey } }, ConsistentRead: true }))).Item;
    // A new lease: no owner, no child shards (DynamoDB has no empty string set).
    expect(await raw()).toEqual({
      leaseKey: { S: 'shardId-000000000002' }, leaseCounter: { N: '0' }, checkpoint: { S: 'TRIM_HORIZON' }, checkpointSubSequenceNumber: { N: '0' },
      ownerSwitchesSinceCheckpoint: { N: '0' }, parentShardId: { SS: ['shardId-000000000000'] },
      startingHashKey: { S: '0' }, endingHashKey: { S: '170141183460469231731687303715884105727' },
    });
    const [l] = await store.listLeases();
    const a = (await store.takeLease(l!, 'worker-a'))!;
    expect(await store.takeLease(l!, 'worker-b')).toBeUndefined();
    const b = (await store.takeLease(a, 'worker-b'))!;
    expect(await store.renewLease(a)).toBeUndefined();
    const r = (await store.renewLease(b))!;
    const c = (await store.updateCheckpoint(r, '49590338271490256608559692538361571095921575989136588898', 0))!;
    expect(await store.updateCheckpoint(b, '1', 0)).toBeUndefined();
    expect(await raw()).toEqual({
      leaseKey: { S: 'shardId-000000000002' }, leaseOwner: { S: 'worker-b' }, leaseCounter: { N: '4' },
      checkpoint: { S: '49590338271490256608559692538361571095921575989136588898' }, checkpointSubSequenceNumber: { N: '0' },
      ownerSwitchesSinceCheckpoint: { N: '0' }, parentShardId: { SS: ['shardId-000000000000'] },
      startingHashKey: { S: '0' }, endingHashKey: { S: '170141183460469231731687303715884105727' },
    });
    const end = (await store.updateCheckpoint(c, 'SHARD_END', 0, ['shardId-000000000004', 'shardId-000000000005']))!;
    expect(await store.evictLease(end)).toMatchObject({ leaseCounter: 6 });
    const item = (await raw())!;
    expect(item.leaseOwner).toBeUndefined();
    expect(item).toMatchObject({ checkpoint: { S: 'SHARD_END' }, leaseCounter: { N: '6' } });
    expect(item.childShardIds).toEqual({ SS: expect.arrayContaining(['shardId-000000000004', 'shardId-000000000005']) });
    // Switches since checkpoint: counted on a take from another owner.
    const again = (await store.takeLease((await store.listLeases())[0]!, 'worker-c'))!;
    expect(again.ownerSwitchesSinceCheckpoint).toBe(0); // unowned before: not a switch
    const stolen = (await store.takeLease(again, 'worker-d'))!;
    expect(stolen.ownerSwitchesSinceCheckpoint).toBe(1);
    await store.deleteLease(stolen);
    expect(await store.listLeases()).toEqual([]);
  });
});
