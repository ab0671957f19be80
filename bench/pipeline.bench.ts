import Database from 'better-sqlite3'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { openCore, type Core } from '../src/main/core'
import { DATABASE_FILE } from '../src/main/core/paths'
import { startHttpHost } from '../src/main/hosts/http'
import type { Board, DealDetail, Result } from '../src/shared/api'
import { VERSION } from './dataset'
import {
  BENCH_DATA,
  MIGRATIONS,
  ROOT,
  log,
  median,
  p95,
  result,
  timeAsync,
  timeSync,
  type BenchResult,
} from './lib'
import {
  explainStatements,
  measureCall,
  ok,
  recordStatements,
  replayer,
  type BenchOutcome,
} from './measure'

/**
 * The pipeline board at full size: 2,000 open deals over the four default open
 * stages (plus 2,444 won or lost ones) for 5,000 demo customers, built by demo.load
 * into a throwaway folder in ≈ 1 s. Measures deals.board (≤ 50 ms) and a deals.move
 * round trip (≤ 30 ms), each against the replay of the core's own SQL on a raw
 * connection in the same run, and the same move over the HTTP host.
 */
const CUSTOMERS = 5_000
/** demo.load makes 45 % of its deals open: 4,444 deals → 2,000 open. */
const DEALS = 4_444
const OPEN_DEALS = 2_000
const BOARD_BUDGET_MS = 50
const MOVE_BUDGET_MS = 30
const RUNS = 60
const WARMUP = 6

function build(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  const core = openCore({ dataDir: dir, migrationsFolder: MIGRATIONS, version: VERSION })
  try {
    const ms = timeSync(() => {
      ok(
        'demo.load',
        core.api.dispatch('demo.load', {
          customers: CUSTOMERS,
          contactsPerCustomer: 1,
          activitiesPerCustomer: 1,
          deals: DEALS,
        }),
      )
    })
    log(`pipeline: demo.load of ${CUSTOMERS} customers and ${DEALS} deals in ${Math.round(ms)} ms`)
  } finally {
    core.close()
  }
}

interface MoveCase {
  name: string
  forth: { id: number; stageId: number; position: number }
  back: { id: number; stageId: number; position: number }
}

/** A drag to the top of another full column, and a drag from the bottom to the top of one. */
function moveCases(board: Board): MoveCase[] {
  const [first, second] = [...board.columns].sort((a, b) => b.count - a.count)
  const middle = first!.deals[Math.floor(first!.count / 2)]!
  const last = first!.deals[first!.count - 1]!
  return [
    {
      name: `deals.move to the top of another stage (${first!.count} → ${second!.count} cards)`,
      forth: { id: middle.id, stageId: second!.stage.id, position: 0 },
      back: { id: middle.id, stageId: first!.stage.id, position: middle.position! },
    },
    {
      name: `deals.move within a stage, bottom → top (${first!.count} cards)`,
      forth: { id: last.id, stageId: first!.stage.id, position: 0 },
      back: { id: last.id, stageId: first!.stage.id, position: last.position! },
    },
  ]
}

/**
 * One move per sample, there and back in turn; ours (dispatch) and the raw replay of
 * its recorded statements (in one transaction, as the core runs them) alternate by
 * round trip, so each side always starts from the board as built.
 */
function measureMove(core: Core, raw: Database.Database, c: MoveCase) {
  const dispatch = (input: MoveCase['forth']) =>
    ok<DealDetail>('deals.move', core.api.dispatch('deals.move', input))
  const forth = recordStatements(() => dispatch(c.forth))
  const back = recordStatements(() => dispatch(c.back))
  const cache = new Map<string, Database.Statement>()
  const replays = [forth, back].map((r) => raw.transaction(replayer(raw, r.statements, cache)))
  const ours: number[] = []
  const bare: number[] = []
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const a = [timeSync(() => dispatch(c.forth)), timeSync(() => dispatch(c.back))]
    const b = [timeSync(() => replays[0]!()), timeSync(() => replays[1]!())]
    if (i < WARMUP) continue
    ours.push(...a)
    bare.push(...b)
  }
  const value = p95(ours)
  const baseline = p95(bare)
  log(`${c.name.padEnd(44)} p95 ${value.toFixed(2)} ms (raw ${baseline.toFixed(2)} ms)`)
  const outcome = result(`pipeline ${c.name} p95`, value, 'ms', MOVE_BUDGET_MS, {
    baseline,
    p50: median(ours),
    note: `${forth.statements.length} statements; through dispatch, one transaction`,
  })
  return {
    result: outcome,
    diagnostic: outcome.pass
      ? undefined
      : [`${outcome.name}: ${outcome.value} ms`, ...explainStatements(raw, forth.statements)].join(
          '\n',
        ),
  }
}

/** The same move over the HTTP host (loopback fetch), against the host's smallest call. */
async function measureHttpMove(core: Core, c: MoveCase): Promise<BenchResult> {
  const host = await startHttpHost({
    api: core.api,
    rendererDir: join(ROOT, 'out', 'renderer'),
    token: 'bench',
  })
  const post = async (method: string, input: unknown) => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: 'Bearer bench', 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    })
    const answer = (await response.json()) as Result<unknown>
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`)
  }
  try {
    const ours: number[] = []
    const bare: number[] = []
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const a = [
        await timeAsync(() => post('deals.move', c.forth)),
        await timeAsync(() => post('deals.move', c.back)),
      ]
      const b = [
        await timeAsync(() => post('pipeline.lostReasons', {})),
        await timeAsync(() => post('pipeline.lostReasons', {})),
      ]
      if (i < WARMUP) continue
      ours.push(...a)
      bare.push(...b)
    }
    log(
      `HTTP ${c.name.padEnd(39)} p95 ${p95(ours).toFixed(2)} ms (smallest call ${p95(bare).toFixed(2)} ms)`,
    )
    return result(`pipeline HTTP ${c.name} p95`, p95(ours), 'ms', MOVE_BUDGET_MS, {
      baseline: p95(bare),
      p50: median(ours),
      note: 'POST /api/deals.move over loopback; baseline: POST of the smallest call (pipeline.lostReasons)',
    })
  } finally {
    await host.close()
  }
}

export async function benchPipeline(): Promise<BenchOutcome> {
  const dir = join(BENCH_DATA, 'pipeline-run')
  build(dir)
  const core = openCore({ dataDir: dir, migrationsFolder: MIGRATIONS, version: VERSION })
  const reader = new Database(join(dir, DATABASE_FILE), { readonly: true, fileMustExist: true })
  const writer = new Database(join(dir, DATABASE_FILE), { fileMustExist: true })
  try {
    const board = ok<Board>('deals.board', core.api.dispatch('deals.board', {}))
    if (board.count !== OPEN_DEALS)
      throw new Error(`the board has ${board.count} open deals, expected ${OPEN_DEALS}`)
    const counts = board.columns.map((col) => col.count).join(' / ')
    const owner = board.columns[0]!.deals[0]!.ownerId
    const boards = [
      { name: 'deals.board', input: {} },
      { name: 'deals.board owner filter', input: { ownerId: owner } },
      { name: 'deals.board search "采购"', input: { q: '采购' } },
    ].map((c) =>
      measureCall(reader, {
        name: `pipeline ${c.name}`,
        budget: BOARD_BUDGET_MS,
        inputs: [c.input],
        call: (input) => ok<Board>('deals.board', core.api.dispatch('deals.board', input)),
        note: (b) => `${b.count} cards (${b.columns.map((col) => col.count).join(' / ')})`,
        runs: RUNS,
        warmup: WARMUP,
      }),
    )
    log(`pipeline: ${OPEN_DEALS} open deals per stage ${counts}`)
    const moves = moveCases(board).map((c) => measureMove(core, writer, c))
    const http = await measureHttpMove(core, moveCases(board)[0]!)
    const outcomes = [...boards, ...moves]
    return {
      results: [...outcomes.map((o) => o.result), http],
      diagnostics: outcomes.flatMap((o) => (o.diagnostic ? [o.diagnostic] : [])),
    }
  } finally {
    writer.close()
    reader.close()
    core.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
