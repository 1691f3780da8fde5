// A LeaseStore in a DynamoDB table with the KCL 2.x lease table's schema (hash key
// `leaseKey` S, on-demand billing; items as the KCL's DynamoDBLeaseSerializer writes them,
// https://docs.aws.amazon.com/streams/latest/dev/kcl-dynamoDB.html), so Skiff and Java KCL
// workers can share an application's table. Every write is conditional, as the KCL's are.
//
// It lives here, not in @skiff/kinesis, so a Kinesis user who keeps leases in memory (or
// elsewhere) never loads DynamoDB code: @skiff/kinesis is only a type-level peer of this file.
import { isServiceError, sleep } from '@skiff/core';
import type { Lease, LeaseStore } from '@skiff/kinesis';
import { DynamoDBClient } from './DynamoDBClient.js';
import { CreateTableCommand } from './operations/createTable.js';
import { DeleteItemCommand } from './operations/deleteItem.js';
import { DescribeTableCommand } from './operations/describeTable.js';
import { PutItemCommand } from './operations/putItem.js';
import { UpdateItemCommand, type UpdateItemInput } from './operations/updateItem.js';
import { paginateScan } from './paginators.js';
import type { AttributeValue, Item } from './shapes.js';

export interface DynamoDBLeaseStoreOptions {
  /** The lease table (the KCL names it after the application). */
  tableName: string;
  /** Seconds to wait for a new table to be ACTIVE (default 60). */
  tableWaitSeconds?: number;
}

const n = (v: number): AttributeValue => ({ N: String(v) });
const s = (v: string): AttributeValue => ({ S: v });

/** A lease as the KCL stores it; empty sets are left out (DynamoDB has no empty SS). */
export function leaseToItem(l: Lease): Item {
  const item: Item = {
    leaseKey: s(l.leaseKey),
    leaseCounter: n(l.leaseCounter),
    ownerSwitchesSinceCheckpoint: n(l.ownerSwitchesSinceCheckpoint),
    checkpoint: s(l.checkpoint),
    checkpointSubSequenceNumber: n(l.checkpointSubSequenceNumber),
  };
  if (l.leaseOwner !== undefined) item.leaseOwner = s(l.leaseOwner);
  if (l.parentShardIds.length) item.parentShardId = { SS: [...l.parentShardIds] };
  if (l.childShardIds.length) item.childShardIds = { SS: [...l.childShardIds] };
  if (l.startingHashKey !== undefined && l.endingHashKey !== undefined) {
    item.startingHashKey = s(l.startingHashKey);
    item.endingHashKey = s(l.endingHashKey);
  }
  return item;
}

const str = (v?: AttributeValue) => (v && 'S' in v ? v.S : undefined);
const num = (v?: AttributeValue) => (v && 'N' in v ? Number(v.N) : 0);
const set = (v?: AttributeValue) => (v && 'SS' in v ? [...v.SS].sort() : []);

export function itemToLease(item: Item): Lease {
  const lease: Lease = {
    leaseKey: str(item.leaseKey)!,
    leaseCounter: num(item.leaseCounter),
    checkpoint: str(item.checkpoint) ?? 'TRIM_HORIZON',
    checkpointSubSequenceNumber: num(item.checkpointSubSequenceNumber),
    ownerSwitchesSinceCheckpoint: num(item.ownerSwitchesSinceCheckpoint),
    parentShardIds: set(item.parentShardId),
    childShardIds: set(item.childShardIds),
  };
  const owner = str(item.leaseOwner);
  if (owner !== undefined) lease.leaseOwner = owner;
  const start = str(item.startingHashKey);
  const end = str(item.endingHashKey);
  if (start !== undefined && end !== undefined) [lease.startingHashKey, lease.endingHashKey] = [start, end];
  return lease;
}

export class DynamoDBLeaseStore implements LeaseStore {
  readonly tableName: string;

  constructor(
    readonly client: DynamoDBClient,
    private readonly options: DynamoDBLeaseStoreOptions,
  ) {
    this.tableName = options.tableName;
  }

  async ensureTable(): Promise<void> {
    try {
      await this.client.send(new CreateTableCommand({
        TableName: this.tableName,
        KeySchema: [{ AttributeName: 'leaseKey', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'leaseKey', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }));
    } catch (e) {
      // Another worker created it first.
      if (!isServiceError(e, 'ResourceInUseException')) throw e;
    }
    const deadline = Date.now() + (this.options.tableWaitSeconds ?? 60) * 1000;
    for (;;) {
      const out = await this.client.send(new DescribeTableCommand({ TableName: this.tableName }));
      if (out.Table?.TableStatus === 'ACTIVE') return;
      if (Date.now() > deadline) throw new Error(`Lease table ${this.tableName} is not ACTIVE after ${this.options.tableWaitSeconds ?? 60} s (${out.Table?.TableStatus})`);
      await sleep(200);
    }
  }

  async listLeases(): Promise<Lease[]> {
    const leases: Lease[] = [];
    for await (const page of paginateScan({ client: this.client }, { TableName: this.tableName, ConsistentRead: true })) {
      for (const item of page.Items ?? []) leases.push(itemToLease(item));
    }
    return leases;
  }

  async createLeaseIfNotExists(lease: Lease): Promise<boolean> {
    try {
      await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: leaseToItem(lease), ConditionExpression: 'attribute_not_exists(leaseKey)' }));
      return true;
    } catch (e) {
      if (isServiceError(e, 'ConditionalCheckFailedException')) return false;
      throw e;
    }
  }

  /** One conditional UpdateItem that also bumps leaseCounter; the new item, or undefined on a failed condition. */
  private async update(lease: Lease, set: string[], remove: string[], condition: string, values: Item): Promise<Lease | undefined> {
    const input: UpdateItemInput = {
      TableName: this.tableName,
      Key: { leaseKey: s(lease.leaseKey) },
      UpdateExpression: [`SET ${['leaseCounter = leaseCounter + :one', ...set].join(', ')}`, remove.length ? `REMOVE ${remove.join(', ')}` : ''].join(' ').trim(),
      ConditionExpression: condition,
      ExpressionAttributeValues: { ':one': n(1), ...values },
      ReturnValues: 'ALL_NEW',
    };
    try {
      const out = await this.client.send(new UpdateItemCommand(input));
      return out.Attributes ? itemToLease(out.Attributes) : undefined;
    } catch (e) {
      if (isServiceError(e, 'ConditionalCheckFailedException')) return undefined;
      throw e;
    }
  }

  /** The lease's counter and owner as last read (an absent owner must still be absent). */
  private expectation(lease: Lease, withOwner: boolean): { condition: string; values: Item } {
    const values: Item = { ':counter': n(lease.leaseCounter) };
    let condition = 'leaseCounter = :counter';
    if (withOwner) {
      if (lease.leaseOwner === undefined) condition += ' AND attribute_not_exists(leaseOwner)';
      else {
        condition += ' AND leaseOwner = :owner';
        values[':owner'] = s(lease.leaseOwner);
      }
    }
    return { condition, values };
  }

  renewLease(lease: Lease): Promise<Lease | undefined> {
    const { condition, values } = this.expectation(lease, true);
    return this.update(lease, [], [], condition, values);
  }

  takeLease(lease: Lease, owner: string): Promise<Lease | undefined> {
    const { condition, values } = this.expectation(lease, false);
    const set = ['leaseOwner = :newOwner'];
    // The KCL counts a switch only when the lease changes hands (not when it was unowned).
    if (lease.leaseOwner !== undefined && lease.leaseOwner !== owner) set.push('ownerSwitchesSinceCheckpoint = ownerSwitchesSinceCheckpoint + :one');
    return this.update(lease, set, [], condition, { ...values, ':newOwner': s(owner) });
  }

  async evictLease(lease: Lease): Promise<Lease | undefined> {
    if (lease.leaseOwner === undefined) return undefined;
    return this.update(lease, [], ['leaseOwner'], 'leaseOwner = :owner', { ':owner': s(lease.leaseOwner) });
  }

  updateCheckpoint(lease: Lease, checkpoint: string, subSequenceNumber: number, childShardIds?: string[]): Promise<Lease | undefined> {
    const { condition, values } = this.expectation(lease, true);
    const set = ['checkpoint = :checkpoint', 'checkpointSubSequenceNumber = :sub', 'ownerSwitchesSinceCheckpoint = :zero'];
    const more: Item = { ':checkpoint': s(checkpoint), ':sub': n(subSequenceNumber), ':zero': n(0) };
    if (childShardIds?.length) {
      set.push('childShardIds = :children');
      more[':children'] = { SS: [...childShardIds] };
    }
    return this.update(lease, set, [], condition, { ...values, ...more });
  }

  async deleteLease(lease: Lease): Promise<void> {
    await this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: { leaseKey: s(lease.leaseKey) } }));
  }
}
