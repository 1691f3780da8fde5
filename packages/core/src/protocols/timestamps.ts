import type { Shape, TimestampFormat } from '../operation/Shape.js';

/**
 * A Date in one of AWS's timestamp formats. date-time has no fraction when the milliseconds
 * are zero, as the AWS SDKs write it (`2014-04-29T18:30:38Z`).
 */
export function formatTimestamp(d: Date, format: TimestampFormat): string | number {
  if (format === 'epoch-seconds') return d.getTime() / 1000;
  if (format === 'http-date') return d.toUTCString();
  const iso = d.toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/** The wire name of a member: its MemberShape's `name`, else the list, map or structure's xmlName. */
export function wireName(shape: Shape | undefined): string | undefined {
  if (shape === undefined || typeof shape !== 'object') return undefined;
  return 'of' in shape ? shape.name : shape.xmlName;
}

/** A member's shape without its MemberShape wrapper. */
export function bare(shape: Shape | undefined): Shape | undefined {
  return shape !== undefined && typeof shape === 'object' && 'of' in shape ? shape.of : shape;
}
