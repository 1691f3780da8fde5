// Nothing: bench/coldStart.bench.ts imports this to measure what any import() costs Node itself.
export {};
