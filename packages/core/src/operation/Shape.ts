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
  | DecodedShape;

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
export function map(value: Shape, opts: Omit<MapShape, 'map'> = {}): MapShape {
  return { map: value, ...opts };
}
