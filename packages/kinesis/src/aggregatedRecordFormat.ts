// The KPL's aggregated record, as the Kinesis Producer Library documents it
// (https://github.com/awslabs/amazon-kinesis-producer/blob/master/aggregation-format.md):
//
//   0               4                  N          N+15
//   +---+---+---+---+==================+---+...+---+
//   |  MAGIC NUMBER | PROTOBUF MESSAGE |    MD5    |
//   +---+---+---+---+==================+---+...+---+
//
// The magic number is 0xF3 0x89 0x9A 0xC2; the MD5 is that of the protobuf message's bytes; the
// message is, in the document's protobuf 2 schema:
//
//   message AggregatedRecord {
//     repeated string partition_key_table     = 1;
//     repeated string explicit_hash_key_table = 2;
//     repeated Record records                 = 3;
//   }
//   message Record {
//     required uint64 partition_key_index     = 1;
//     optional uint64 explicit_hash_key_index = 2;
//     required bytes  data                    = 3;
//     repeated Tag    tags                    = 4;
//   }
//   message Tag {
//     required string key   = 1;
//     optional string value = 2;
//   }
//
// A hand-made writer and reader for just these messages: varints and length-delimited fields.
// The reader skips fields it does not know (as protobuf readers do) and refuses a message that
// is not well formed or lacks a required field.
import { utf8 } from '@skiff/core';

export const KPL_MAGIC = /* @__PURE__ */ Uint8Array.of(0xf3, 0x89, 0x9a, 0xc2);

export interface AggregatedRecordTag {
  key: string;
  value?: string;
}

export interface AggregatedRecordEntry {
  partitionKeyIndex: number;
  explicitHashKeyIndex?: number;
  data: Uint8Array;
  tags?: AggregatedRecordTag[];
}

export interface AggregatedRecordMessage {
  partitionKeyTable: string[];
  explicitHashKeyTable: string[];
  records: AggregatedRecordEntry[];
}

/** Bytes of `n` as a varint (n a non-negative safe integer). */
export function varintSize(n: number): number {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

/** Bytes of a length-delimited field (one-byte tag, length, payload). */
export const fieldSize = (payload: number): number => 1 + varintSize(payload) + payload;

/** Bytes of one Record entry inside AggregatedRecord's field 3, tag and length included. */
export function entrySize(partitionKeyIndex: number, explicitHashKeyIndex: number | undefined, dataBytes: number): number {
  let inner = 1 + varintSize(partitionKeyIndex) + fieldSize(dataBytes);
  if (explicitHashKeyIndex !== undefined) inner += 1 + varintSize(explicitHashKeyIndex);
  return fieldSize(inner);
}

class Writer {
  private readonly chunks: Uint8Array[] = [];
  private head: number[] = [];

  varint(n: number): void {
    while (n >= 0x80) {
      this.head.push((n % 128) | 0x80);
      n = Math.floor(n / 128);
    }
    this.head.push(n);
  }

  bytes(b: Uint8Array): void {
    this.flushHead();
    this.chunks.push(b);
  }

  private flushHead(): void {
    if (this.head.length) {
      this.chunks.push(Uint8Array.from(this.head));
      this.head = [];
    }
  }

  finish(): Uint8Array {
    this.flushHead();
    let n = 0;
    for (const c of this.chunks) n += c.byteLength;
    const out = new Uint8Array(n);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }
}

function tagBytes(t: AggregatedRecordTag): Uint8Array {
  const w = new Writer();
  const key = utf8(t.key);
  w.varint(0x0a);
  w.varint(key.byteLength);
  w.bytes(key);
  if (t.value !== undefined) {
    const value = utf8(t.value);
    w.varint(0x12);
    w.varint(value.byteLength);
    w.bytes(value);
  }
  return w.finish();
}

/** The protobuf bytes of an AggregatedRecord (without the magic number and the MD5). */
export function encodeAggregatedRecord(m: AggregatedRecordMessage): Uint8Array {
  const w = new Writer();
  const string = (field: number, s: string) => {
    const b = utf8(s);
    w.varint((field << 3) | 2);
    w.varint(b.byteLength);
    w.bytes(b);
  };
  for (const k of m.partitionKeyTable) string(1, k);
  for (const k of m.explicitHashKeyTable) string(2, k);
  for (const r of m.records) {
    const tags = (r.tags ?? []).map(tagBytes);
    let inner = 1 + varintSize(r.partitionKeyIndex) + fieldSize(r.data.byteLength);
    if (r.explicitHashKeyIndex !== undefined) inner += 1 + varintSize(r.explicitHashKeyIndex);
    for (const t of tags) inner += fieldSize(t.byteLength);
    w.varint(0x1a);
    w.varint(inner);
    w.varint(0x08);
    w.varint(r.partitionKeyIndex);
    if (r.explicitHashKeyIndex !== undefined) {
      w.varint(0x10);
      w.varint(r.explicitHashKeyIndex);
    }
    w.varint(0x1a);
    w.varint(r.data.byteLength);
    w.bytes(r.data);
    for (const t of tags) {
      w.varint(0x22);
      w.varint(t.byteLength);
      w.bytes(t);
    }
  }
  return w.finish();
}

/** Not a well-formed AggregatedRecord. */
class MalformedMessage extends Error {}

class Reader {
  at: number;
  constructor(
    readonly buf: Uint8Array,
    start: number,
    readonly end: number,
  ) {
    this.at = start;
  }

  get done(): boolean {
    return this.at >= this.end;
  }

  /** A varint as a number; one beyond 2^53 (no index can be that large) is refused. */
  varint(): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (this.at >= this.end) throw new MalformedMessage('truncated varint');
      const b = this.buf[this.at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) {
        if (n > Number.MAX_SAFE_INTEGER) throw new MalformedMessage('varint out of range');
        return n;
      }
      scale *= 128;
    }
    throw new MalformedMessage('varint too long');
  }

  /** A length-delimited field's payload bounds. */
  delimited(): [number, number] {
    const len = this.varint();
    const start = this.at;
    if (len > this.end - start) throw new MalformedMessage('truncated field');
    this.at = start + len;
    return [start, start + len];
  }

  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 1) this.advance(8);
    else if (wireType === 2) this.delimited();
    else if (wireType === 5) this.advance(4);
    else throw new MalformedMessage(`unsupported wire type ${wireType}`);
  }

  private advance(n: number): void {
    if (n > this.end - this.at) throw new MalformedMessage('truncated field');
    this.at += n;
  }
}

const decoder = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });
const text = (buf: Uint8Array, [s, e]: [number, number]) => {
  try {
    return decoder.decode(buf.subarray(s, e));
  } catch {
    throw new MalformedMessage('a string field is not UTF-8');
  }
};

function readTag(buf: Uint8Array, [s, e]: [number, number]): AggregatedRecordTag {
  const r = new Reader(buf, s, e);
  let key: string | undefined;
  let value: string | undefined;
  while (!r.done) {
    const tag = r.varint();
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field === 1 && wire === 2) key = text(buf, r.delimited());
    else if (field === 2 && wire === 2) value = text(buf, r.delimited());
    else r.skip(wire);
  }
  if (key === undefined) throw new MalformedMessage('a tag without a key');
  return value === undefined ? { key } : { key, value };
}

function readEntry(buf: Uint8Array, [s, e]: [number, number]): AggregatedRecordEntry {
  const r = new Reader(buf, s, e);
  let partitionKeyIndex: number | undefined;
  let explicitHashKeyIndex: number | undefined;
  let data: Uint8Array | undefined;
  const tags: AggregatedRecordTag[] = [];
  while (!r.done) {
    const tag = r.varint();
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field === 1 && wire === 0) partitionKeyIndex = r.varint();
    else if (field === 2 && wire === 0) explicitHashKeyIndex = r.varint();
    else if (field === 3 && wire === 2) {
      const [ds, de] = r.delimited();
      data = buf.subarray(ds, de);
    } else if (field === 4 && wire === 2) tags.push(readTag(buf, r.delimited()));
    else r.skip(wire);
  }
  if (partitionKeyIndex === undefined || data === undefined) throw new MalformedMessage('a record without partition_key_index or data');
  const entry: AggregatedRecordEntry = { partitionKeyIndex, data };
  if (explicitHashKeyIndex !== undefined) entry.explicitHashKeyIndex = explicitHashKeyIndex;
  if (tags.length) entry.tags = tags;
  return entry;
}

/** Reads an AggregatedRecord's protobuf bytes; undefined when they are not a well-formed one. */
export function decodeAggregatedRecord(buf: Uint8Array): AggregatedRecordMessage | undefined {
  const m: AggregatedRecordMessage = { partitionKeyTable: [], explicitHashKeyTable: [], records: [] };
  try {
    const r = new Reader(buf, 0, buf.byteLength);
    while (!r.done) {
      const tag = r.varint();
      const field = Math.floor(tag / 8);
      const wire = tag % 8;
      if (field === 1 && wire === 2) m.partitionKeyTable.push(text(buf, r.delimited()));
      else if (field === 2 && wire === 2) m.explicitHashKeyTable.push(text(buf, r.delimited()));
      else if (field === 3 && wire === 2) m.records.push(readEntry(buf, r.delimited()));
      else r.skip(wire);
    }
  } catch (e) {
    if (e instanceof MalformedMessage) return undefined;
    throw e;
  }
  return m;
}
