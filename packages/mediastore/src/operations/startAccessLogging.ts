import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError } from '../errors.js';
import { containerName } from '../shapes.js';

/** [StartAccessLogging](https://docs.aws.amazon.com/mediastore/latest/apireference/API_StartAccessLogging.html): 001 § start_access_logging. */
export interface StartAccessLoggingInput {
  ContainerName: string;
}
export interface StartAccessLoggingOutput {}

export const StartAccessLogging = /* @__PURE__ */ defineOperation<StartAccessLoggingInput, StartAccessLoggingOutput>({
  name: 'StartAccessLogging',
  input: () => ({ ContainerName: containerName() }),
  errors: [ContainerInUseException, ContainerNotFoundException, InternalServerError],
});
export const StartAccessLoggingCommand = /* @__PURE__ */ createCommand(StartAccessLogging);
export type StartAccessLoggingCommand = InstanceType<typeof StartAccessLoggingCommand>;
