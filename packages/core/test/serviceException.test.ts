// <Service>ServiceException: the base of a package's classes, and an instanceof match for core's
// common classes and undeclared codes when that service's client built the error.
import { describe, expect, it } from 'vitest';
import { toServiceError } from '../src/client/toServiceError.js';
import { InternalFailure } from '../src/errors/commonErrors.js';
import { defineServiceError, defineServiceException, SERVICE_BASE, ServiceError } from '../src/errors/ServiceError.js';
import type { ServiceSpec } from '../src/client/Service.js';

const Base = defineServiceException('DemoServiceException');
const Other = defineServiceException('OtherServiceException');
const NoSuchThing = defineServiceError('NoSuchThing', 'client', undefined, Base);
const service = { name: 'Demo', exception: Base, errors: [InternalFailure, NoSuchThing] } as unknown as ServiceSpec;
const make = (code: string, status = 400) => toServiceError(service, { name: 'Op' } as never, { code, message: 'm' } as never, status);

describe('defineServiceException', () => {
  it('is the base of the package classes, of core common classes and of undeclared codes', () => {
    const own = make('NoSuchThing');
    expect(own).toBeInstanceOf(NoSuchThing);
    expect(own).toBeInstanceOf(Base);
    expect(own).not.toBeInstanceOf(Other);
    const common = make('InternalFailure', 500);
    expect(common).toBeInstanceOf(InternalFailure);
    expect(common).toBeInstanceOf(Base);
    expect(common).not.toBeInstanceOf(NoSuchThing);
    const unknown = make('SomethingNew');
    expect(unknown).toBeInstanceOf(Base);
    expect(unknown).toBeInstanceOf(ServiceError);
    expect(unknown.name).toBe('SomethingNew');
    expect(Object.prototype.propertyIsEnumerable.call(unknown, SERVICE_BASE)).toBe(false);
    expect(JSON.stringify(unknown)).not.toContain('skiff.serviceBase');
    expect(new InternalFailure({ name: 'InternalFailure', message: 'm', $fault: 'server', $metadata: {} as never })).not.toBeInstanceOf(Base);
  });
});

describe('constructing a service error as v3 code does', () => {
  it('takes name and $fault from the class when only message and $metadata are given', () => {
    const e = new NoSuchThing({ message: 'gone', $metadata: { httpStatusCode: 404, attempts: 1 } });
    expect(e.name).toBe('NoSuchThing');
    expect(e.$fault).toBe('client');
    expect(e.$metadata).toEqual({ httpStatusCode: 404, attempts: 1 });
    expect(e).toBeInstanceOf(Base);
    const server = new InternalFailure({ message: 'oops' });
    expect(server.name).toBe('InternalFailure');
    expect(server.$fault).toBe('server');
    expect(server.$metadata).toEqual({ attempts: 0 });
    expect(new ServiceError({ message: 'x' }).name).toBe('ServiceError');
    expect(new NoSuchThing({ name: 'Renamed', $fault: 'server', message: 'm' })).toMatchObject({ name: 'Renamed', $fault: 'server' });
  });
});
