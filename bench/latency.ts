// Median and p95 of timing samples, as every benchmark here reports them.
export interface Latency {
  median_ms: number;
  p95_ms: number;
  samples: number;
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median_ms: round(at(0.5)), p95_ms: round(at(0.95)), samples: sorted.length };
}
