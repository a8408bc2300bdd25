// What every benchmark prints timings with: percentiles, a p50/p95 line, and the time of one call.
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

export const line = (label: string, values: readonly number[]) =>
  console.log(`${label.padEnd(44)} p50 ${ms(percentile(values, 0.5)).padStart(10)}   p95 ${ms(percentile(values, 0.95)).padStart(10)}   (${values.length} runs)`);

export function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
