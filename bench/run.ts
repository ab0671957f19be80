import { benchBoardRender } from './board-render.bench'
import { benchDetail } from './detail.bench'
import { ensureDataset, type DatasetInfo } from './dataset'
import { benchDue } from './due.bench'
import { benchDuplicates } from './duplicates.bench'
import { benchFirstScreen } from './first-screen.bench'
import { benchLedger } from './ledger.bench'
import { RESULTS_FILE, formatTable, log, writeResults, type BenchResult } from './lib'
import { benchList } from './list.bench'
import { benchImport } from './import.bench'
import { benchInsight } from './insight.bench'
import { benchCampaigns } from './campaigns.bench'
import { benchService } from './service.bench'
import { benchPipeline } from './pipeline.bench'
import { benchReports } from './reports.bench'
import { benchReminders } from './reminders.bench'
import type { BenchOutcome } from './measure'
import { benchSearch } from './search.bench'
import { benchSeed } from './seed.bench'

/**
 * `npm run bench [-- seed list search detail due duplicates first-screen pipeline board-render ledger reports import]`: runs the
 * chosen benchmarks (all by default), prints the table, writes bench/results.json,
 * and exits 1 when any figure is over its budget.
 */
const GROUPS = [
  'seed',
  'list',
  'search',
  'detail',
  'due',
  'duplicates',
  'first-screen',
  'pipeline',
  'board-render',
  'ledger',
  'reports',
  'import',
  'insight',
  'campaigns',
  'service',
  'reminders',
] as const
/** Groups that build their own data instead of reading the cached dataset. */
const OWN_DATA: Group[] = [
  'seed',
  'pipeline',
  'board-render',
  'ledger',
  'reports',
  'import',
  'insight',
  'campaigns',
  'service',
  'reminders',
]
type Group = (typeof GROUPS)[number]

/** The groups that read the cached 100k/300k/500k dataset, and how. */
const ON_DATASET: [
  Exclude<
    Group,
    | 'seed'
    | 'first-screen'
    | 'pipeline'
    | 'board-render'
    | 'ledger'
    | 'reports'
    | 'import'
    | 'insight'
    | 'campaigns'
    | 'service'
    | 'reminders'
  >,
  (dir: string) => BenchOutcome,
][] = [
  ['list', benchList],
  ['search', benchSearch],
  ['detail', benchDetail],
  ['due', benchDue],
  ['duplicates', benchDuplicates],
]

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
  let dataset: DatasetInfo | undefined

  if (groups.has('seed')) results.push(...benchSeed())
  if ([...groups].some((g) => !OWN_DATA.includes(g))) dataset = ensureDataset()
  if (dataset) {
    for (const [group, bench] of ON_DATASET) {
      if (!groups.has(group)) continue
      const outcome = bench(dataset.dir)
      results.push(...outcome.results)
      diagnostics.push(...outcome.diagnostics)
    }
    if (groups.has('first-screen')) results.push(...(await benchFirstScreen(dataset.dir)))
  }
  if (groups.has('pipeline')) {
    const outcome = await benchPipeline()
    results.push(...outcome.results)
    diagnostics.push(...outcome.diagnostics)
  }
  if (groups.has('board-render')) results.push(...(await benchBoardRender()))
  if (groups.has('ledger')) {
    const outcome = benchLedger()
    results.push(...outcome.results)
    diagnostics.push(...outcome.diagnostics)
  }
  if (groups.has('reports')) {
    const outcome = await benchReports()
    results.push(...outcome.results)
    diagnostics.push(...outcome.diagnostics)
  }

  if (groups.has('import')) results.push(...(await benchImport()))
  if (groups.has('insight')) {
    const outcome = benchInsight()
    results.push(...outcome.results)
    diagnostics.push(...outcome.diagnostics)
  }
  if (groups.has('campaigns')) {
    const outcome = benchCampaigns()
    results.push(...outcome.results)
    diagnostics.push(...outcome.diagnostics)
  }
  if (groups.has('service')) {
    const outcome = benchService()
    results.push(...outcome.results)
    diagnostics.push(...outcome.diagnostics)
  }
  if (groups.has('reminders')) {
    const outcome = benchReminders()
    results.push(...outcome.results)
    diagnostics.push(...outcome.diagnostics)
  }

  writeResults(results)
  console.log(formatTable(results))
  if (dataset)
    console.log(
      `\ndataset: ${dataset.customers} customers, ${dataset.contacts} contacts, ${dataset.activities} follow-ups; seeded ${new Date(dataset.seededAt).toISOString().slice(0, 10)} in ${Math.round(dataset.seedMs / 1000)} s`,
    )
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
