import { rmSync } from 'node:fs'
import { adoptDataset, datasetIsCurrent, ensureDataset } from './dataset'
import { benchFirstScreen } from './first-screen.bench'
import { RESULTS_FILE, formatTable, log, writeResults, type BenchResult } from './lib'
import { benchList } from './list.bench'
import { benchSeed } from './seed.bench'

/**
 * `npm run bench [-- seed list first-screen]`: runs the chosen benchmarks (all by
 * default), prints the table, writes bench/results.json, and exits 1 when any
 * figure is over its budget.
 */
const GROUPS = ['seed', 'list', 'first-screen'] as const
type Group = (typeof GROUPS)[number]

function chosenGroups(argv: string[]): Set<Group> {
  const unknown = argv.filter((a) => !(GROUPS as readonly string[]).includes(a))
  if (unknown.length > 0)
    throw new Error(`Unknown benchmark ${unknown.join(', ')}; choose from ${GROUPS.join(', ')}`)
  return new Set((argv.length > 0 ? argv : GROUPS) as Group[])
}

async function main(): Promise<void> {
  const groups = chosenGroups(process.argv.slice(2))
  const started = performance.now()
  const results: BenchResult[] = []
  const diagnostics: string[] = []

  if (groups.has('seed')) {
    const seed = benchSeed()
    results.push(...seed.results)
    // The measured seed is a perfectly good dataset: adopt it rather than seed twice.
    if (!datasetIsCurrent()) adoptDataset(seed.seededDir)
    else rmSync(seed.seededDir, { recursive: true, force: true })
  }
  if (groups.has('list') || groups.has('first-screen')) {
    const dataDir = ensureDataset()
    if (groups.has('list')) {
      const list = benchList(dataDir)
      results.push(...list.results)
      diagnostics.push(...list.diagnostics)
    }
    if (groups.has('first-screen')) results.push(...(await benchFirstScreen(dataDir)))
  }

  writeResults(results)
  console.log(formatTable(results))
  const over = results.filter((r) => !r.pass)
  console.log(
    `\n${results.length - over.length}/${results.length} within budget; ${RESULTS_FILE} written; ${Math.round((performance.now() - started) / 1000)} s`,
  )
  if (diagnostics.length > 0)
    console.log(`\nQuery plans of the cases over budget:\n\n${diagnostics.join('\n\n')}`)
  if (over.length > 0) process.exitCode = 1
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exitCode = 2
})
