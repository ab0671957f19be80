import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Timing, statistics, the results file and the printed table, shared by every benchmark. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const BENCH_DATA = join(ROOT, 'bench', 'data')
export const MIGRATIONS = join(ROOT, 'migrations')
export const RESULTS_FILE = join(ROOT, 'bench', 'results.json')

export interface BenchResult {
  name: string
  /** The figure measured (p95, median or total, as `name` says). */
  value: number
  unit: 'ms' | 'x'
  /** Largest acceptable value. */
  budget: number
  pass: boolean
  /** The raw baseline measured in the same run, same unit as `value`. */
  baseline?: number
  /** value / baseline. */
  ratio?: number
  /** The median beside a p95, to tell a slow query from a noisy machine. */
  p50?: number
  /** Why it failed, or what to read into the figure. */
  note?: string
}

export function result(
  name: string,
  value: number,
  unit: BenchResult['unit'],
  budget: number,
  extra: Pick<BenchResult, 'baseline' | 'p50' | 'note'> = {},
): BenchResult {
  const ratio = extra.baseline && extra.baseline > 0 ? round(value / extra.baseline) : undefined
  return {
    name,
    value: round(value),
    unit,
    budget,
    pass: value <= budget,
    ...extra,
    ...(extra.baseline !== undefined ? { baseline: round(extra.baseline) } : {}),
    ...(extra.p50 !== undefined ? { p50: round(extra.p50) } : {}),
    ...(ratio !== undefined ? { ratio } : {}),
  }
}

/** A failed measurement (the thing never happened): reported, never hidden. */
export function failed(
  name: string,
  unit: BenchResult['unit'],
  budget: number,
  note: string,
): BenchResult {
  return { name, value: Number.NaN, unit, budget, pass: false, note }
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

export function timeSync(fn: () => void): number {
  const started = performance.now()
  fn()
  return performance.now() - started
}

/** Wall time and this process's CPU time (user + system, every thread), both in ms. */
export function timeAndCpuSync(fn: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage()
  const wall = timeSync(fn)
  const used = process.cpuUsage(cpu)
  return { wall, cpu: (used.user + used.system) / 1000 }
}

export async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await fn()
  return performance.now() - started
}

/** Nearest-rank percentile (p in 0..100) of the samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)))
  return sorted[rank - 1] as number
}

export const p95 = (samples: number[]) => percentile(samples, 95)
export const median = (samples: number[]) => percentile(samples, 50)

/**
 * Interleaves two measured functions run by run (a, b, a, b, …) after a warm-up,
 * so that a noisy neighbour on the machine slows both sides alike.
 */
export function samplePairs(
  runs: number,
  warmup: number,
  a: () => void,
  b: () => void,
): { a: number[]; b: number[] } {
  for (let i = 0; i < warmup; i++) {
    a()
    b()
  }
  const out = { a: [] as number[], b: [] as number[] }
  for (let i = 0; i < runs; i++) {
    out.a.push(timeSync(a))
    out.b.push(timeSync(b))
  }
  return out
}

function cell(value: number | undefined, digits = 1): string {
  if (value === undefined) return ''
  if (Number.isNaN(value)) return '—'
  return value.toFixed(digits)
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch,
      )
        ? 2
        : 1
  return width
}

function pad(text: string, width: number, left: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return left ? text + fill : fill + text
}

export function formatTable(results: BenchResult[]): string {
  const header = [
    'benchmark',
    'value',
    'p50',
    'budget',
    'baseline',
    'ratio',
    'unit',
    'status',
    'note',
  ]
  const rows = results.map((r) => [
    r.name,
    cell(r.value, r.unit === 'x' ? 2 : 1),
    cell(r.p50, 1),
    String(r.budget),
    cell(r.baseline, r.unit === 'x' ? 2 : 1),
    cell(r.ratio, 2),
    r.unit,
    r.pass ? 'ok' : 'OVER',
    r.note ?? '',
  ])
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => displayWidth(row[i] ?? ''))),
  )
  const line = (row: string[]) =>
    row
      .map((c, i) => pad(c, widths[i] ?? 0, i === 0 || i >= row.length - 2))
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export function writeResults(results: BenchResult[]): void {
  mkdirSync(dirname(RESULTS_FILE), { recursive: true })
  // JSON has no NaN: a failed measurement is written as null.
  writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify(results, (_k, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? null : v), 2)}\n`,
  )
}

/** One progress line per step on stderr, so the table on stdout stays clean. */
export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`)
}
