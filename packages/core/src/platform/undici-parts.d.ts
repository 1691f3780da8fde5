// The two undici modules the Node transport loads on its own (platform/node.ts): their shapes
// are the ones undici's published types give its index.
declare module 'undici/lib/dispatcher/agent.js' {
  const Agent: typeof import('undici').Agent;
  export default Agent;
}
declare module 'undici/lib/api/api-request.js' {
  const request: (this: import('undici').Dispatcher, opts: import('undici').Dispatcher.RequestOptions) => Promise<import('undici').Dispatcher.ResponseData>;
  export default request;
}
