export * from './peers.js';
export * from './captureTransport.js';
export * from './vectors.js';
