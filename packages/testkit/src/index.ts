export * from './peers.js';
export * from './captureTransport.js';
export * from './vectors.js';
export * from './verifyAwsChunked.js';
export * from './misbehavingServer.js';
