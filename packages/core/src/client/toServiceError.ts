import type { ServiceSpec } from './Service.js';
import { SERVICE_BASE, ServiceError, type ServiceErrorClass } from '../errors/ServiceError.js';
import type { Operation } from '../operation/Operation.js';
import type { ParsedError } from '../protocols/Protocol.js';

/** Turns a parsed error into the class the service package declared for its code. */
export function toServiceError(service: ServiceSpec, op: Operation<unknown, unknown>, parsed: ParsedError, status: number): ServiceError {
  const cls = findClass(op.errors, parsed.code) ?? findClass(service.errors, parsed.code);
  const fault = (cls as { fault?: 'client' | 'server' } | undefined)?.fault ?? (status >= 500 ? 'server' : 'client');
  // A code no class declares arrives as the package's base class, as v3's do.
  const Ctor: ServiceErrorClass = cls ?? service.exception ?? ServiceError;
  const error = new Ctor({
    name: parsed.code,
    message: parsed.message,
    $fault: fault,
    $metadata: { httpStatusCode: status, requestId: parsed.requestId, attempts: 0 },
    details: parsed.details,
  });
  // Not enumerable: the error's shape (keys, JSON) stays as it was.
  if (service.exception) Object.defineProperty(error, SERVICE_BASE, { value: service.exception });
  return error;
}

function findClass(list: readonly ServiceErrorClass[] | undefined, code: string): ServiceErrorClass | undefined {
  if (!list) return undefined;
  for (const c of list) if ((c as unknown as { code: string }).code === code) return c;
  return undefined;
}
