/**
 * Output shapes: just enough description of a response to parse it leniently. Members not
 * described pass through untouched (an extra member from a newer service never breaks a
 * caller); described members are coerced: timestamps to Date, blobs to Uint8Array, XML text
 * to numbers and booleans, single XML elements to one-item lists.
 */
export type Shape =
  | 'string'
  | 'integer'
  | 'double'
  | 'boolean'
  | 'timestamp'
  | 'blob'
  | 'any'
  | ListShape
  | MapShape
  | StructShape
  | DecodedShape
  | MemberShape;

/** How a timestamp is written. AWS's defaults differ by protocol and by where the member goes
 * (epoch seconds in JSON bodies, date-time in XML and query bodies, labels and query strings,
 * http-date in headers); a member's `timestampFormat` trait overrides them. */
export type TimestampFormat = 'date-time' | 'http-date' | 'epoch-seconds';

/**
 * A member with wire facts of its own, around its shape: a wire name (the model's jsonName,
 * xmlName or locationName), a timestamp format, an XML attribute or namespace. Only members
 * that need one carry it, so the operations of today's services are declared as before.
 */
export interface MemberShape {
  of: Shape;
  /** The member's name on the wire, when it differs from the member name. */
  name?: string;
  timestampFormat?: TimestampFormat;
  /** XML: the member is an attribute of its parent element. */
  xmlAttribute?: boolean;
  /** XML: the member's element declares this namespace. */
  xmlNamespace?: { uri: string; prefix?: string };
}

export interface ListShape {
  list: Shape;
  /** XML: the element name of each item (default `member`). */
  member?: string;
  /** XML: items repeat directly in the parent, with no wrapper element. */
  flattened?: boolean;
  /** XML: the element name when it differs from the member name. */
  xmlName?: string;
}

export interface MapShape {
  map: Shape;
  key?: string;
  value?: string;
  flattened?: boolean;
  xmlName?: string;
}

export interface StructShape {
  struct: Record<string, Shape>;
  xmlName?: string;
}

/**
 * A member whose wire text needs a service's own decoding (IAM sends policy documents
 * URL-encoded). `decode` must be lenient too: return what it cannot decode unchanged.
 */
export interface DecodedShape {
  decode: (value: unknown) => unknown;
  xmlName?: string;
}

// The helpers below are marked free of side effects so that an operation declaration
// calling them (in its `output`) is still dropped by a bundler when the operation is unused.

/** A member whose XML element name differs from its member name. */
/* @__NO_SIDE_EFFECTS__ */
export function xmlNamed<S extends ListShape | MapShape | StructShape>(shape: S, xmlName: string): S {
  return { ...shape, xmlName };
}

/* @__NO_SIDE_EFFECTS__ */
export function list(item: Shape, opts: Omit<ListShape, 'list'> = {}): ListShape {
  return { list: item, ...opts };
}
/* @__NO_SIDE_EFFECTS__ */
export function struct(members: Record<string, Shape>): StructShape {
  return { struct: members };
}
/* @__NO_SIDE_EFFECTS__ */
export function member(of: Shape, opts: Omit<MemberShape, 'of'>): MemberShape {
  return { of, ...opts };
}
/* @__NO_SIDE_EFFECTS__ */
export function map(value: Shape, opts: Omit<MapShape, 'map'> = {}): MapShape {
  return { map: value, ...opts };
}
