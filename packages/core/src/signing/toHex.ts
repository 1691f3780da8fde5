let table: string[] | undefined;

/** Lower-case hex; a table lookup per byte, as signatures are hexed once per chunk. */
export function toHex(bytes: Uint8Array): string {
  const t = (table ??= Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0')));
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += t[bytes[i]!];
  return s;
}

/** SHA-256 of the empty string: the payload hash of a request without a body. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
