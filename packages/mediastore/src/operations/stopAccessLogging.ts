import { createCommand, defineOperation } from '@skiff/core';
import { ContainerInUseException, ContainerNotFoundException, InternalServerError } from '../errors.js';
import { containerName } from '../shapes.js';

/** [StopAccessLogging](https://docs.aws.amazon.com/mediastore/latest/apireference/API_StopAccessLogging.html): 001 § stop_access_logging. */
export interface StopAccessLoggingInput {
  ContainerName: string;
}
export interface StopAccessLoggingOutput {}

export const StopAccessLogging = /* @__PURE__ */ defineOperation<StopAccessLoggingInput, StopAccessLoggingOutput>({
  name: 'StopAccessLogging',
  input: () => ({ ContainerName: containerName() }),
  errors: [ContainerInUseException, ContainerNotFoundException, InternalServerError],
});
export const StopAccessLoggingCommand = /* @__PURE__ */ createCommand(StopAccessLogging);
export type StopAccessLoggingCommand = InstanceType<typeof StopAccessLoggingCommand>;
