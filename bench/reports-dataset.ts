import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE } from '../src/main/core/paths'
import { searchTexts, writeSearchRows } from '../src/main/core/search/search'
import { nameSortKey } from '../src/main/core/pinyin'
import { verifyLedgerSample } from './ledger.bench'
import { ANCHOR, LEDGER_CUSTOMERS, ensureLedgerDataset } from './ledger-dataset'
import { BENCH_DATA, ROOT, log, timeSync } from './lib'

/**
 * Issue 7's dataset: the ledger benchmark's (100,000 contracts, 300,000 instalments,
 * 1,000,000 payment rows for 10,000 customers; bench/ledger-dataset.ts) copied and grown to
 * 100,000 customers with grade, stage, region, industry and source, 50,000 deals with
 * their stage history and 300,000 follow-ups — all before the ledger's "today" (ANCHOR).
 * Written with bare INSERTs in one transaction (secondary indexes dropped and rebuilt),
 * kept in bench/data/ and rebuilt when the ledger dataset or this generator changes.
 */
export const REPORT_CUSTOMERS = 100_000
export const REPORT_DEALS = 50_000
export const REPORT_ACTIVITIES = 300_000
export const REPORTS_DIR = join(BENCH_DATA, `reports-${REPORT_CUSTOMERS}`)
const STAMP = 'reports-dataset.json'
const DAY_MS = 86_400_000
const ANCHOR_MS = Date.parse(`${ANCHOR}T10:00:00`)

const PROVINCES = [
  '浙江省',
  '江苏省',
  '广东省',
  '上海市',
  '北京市',
  '山东省',
  '四川省',
  '湖北省',
  '福建省',
  '河南省',
  '天津市',
  '重庆市',
]
const INDUSTRIES = [
  '制造业',
  '批发零售',
  '信息技术',
  '建筑建材',
  '餐饮酒店',
  '医疗健康',
  '交通物流',
  '食品饮料',
  '纺织服装',
  '电子电器',
  '教育培训',
  '农业',
]
const SOURCES = ['展会', '老客户推荐', '线上广告', '微信', '电话营销', '官网咨询', '上门拜访']
const GRADES = ['A', 'B', 'B', 'C', 'C', 'C', 'D', null]
const STAGES = ['lead', 'prospect', 'prospect', 'customer', 'customer', 'loyal', 'churned']
const KINDS = ['call', 'visit', 'wechat', 'email', 'meeting', 'note']
const REASONS = ['价格太高', '预算不足', '选择了竞品', '需求取消', '联系不上', '其他']
const WORDS = '华星永创恒达鑫源博远泰和瑞丰宏图金诚中兴明德天成'

function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const localDate = (ms: number) => {
  const d = new Date(ms)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

function grow(sqlite: Database.Database): void {
  const rand = random(20_261_123)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  const ctx = { sqlite } as Parameters<typeof writeSearchRows>[0]
  const owners = sqlite.prepare('SELECT id FROM owners ORDER BY id').pluck().all() as number[]
  const describe = sqlite.prepare(
    'UPDATE customers SET grade = ?, stage = ?, province = ?, industry = ?, source = ? WHERE id = ?',
  )
  for (let id = 1; id <= LEDGER_CUSTOMERS; id++)
    describe.run(
      pick(GRADES),
      pick(['customer', 'loyal']),
      pick(PROVINCES),
      pick(INDUSTRIES),
      pick(SOURCES),
      id,
    )
  const customer =
    sqlite.prepare(`INSERT INTO customers (id, code, type, name, name_sort, grade, stage,
    owner_id, province, industry, source, created_at, updated_at) VALUES (?, ?, 'company', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  for (let id = LEDGER_CUSTOMERS + 1; id <= REPORT_CUSTOMERS; id++) {
    const w = (n: number) => WORDS[(id * n) % WORDS.length]!
    const name = `${pick(PROVINCES).slice(0, 2)}${w(7)}${w(13)}${w(17)}有限公司`
    const code = `KH${String(id).padStart(6, '0')}`
    const created = ANCHOR_MS - Math.floor(rand() * 730 * DAY_MS)
    customer.run(
      id,
      code,
      name,
      nameSortKey(name),
      pick(GRADES),
      pick(STAGES),
      pick(owners),
      pick(PROVINCES),
      pick(INDUSTRIES),
      pick(SOURCES),
      created,
      created + Math.floor(rand() * 30 * DAY_MS),
    )
    writeSearchRows(
      ctx,
      id,
      searchTexts({
        id,
        code,
        name,
        shortName: null,
        phoneDigits: null,
        phone: null,
        email: null,
        wechat: null,
        notes: null,
      }),
    )
  }
  const stages = sqlite
    .prepare(
      "SELECT id, kind FROM pipeline_stages WHERE removed_at IS NULL ORDER BY kind != 'open', position",
    )
    .all() as { id: number; kind: string }[]
  const open = stages.filter((s) => s.kind === 'open')
  const won = stages.find((s) => s.kind === 'won')!
  const lost = stages.find((s) => s.kind === 'lost')!
  const deal =
    sqlite.prepare(`INSERT INTO deals (id, customer_id, title, amount_cents, stage_id, position, status,
    owner_id, lost_reason, closed_date, closed_at, stage_entered_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const stay = sqlite.prepare(
    'INSERT INTO deal_stage_history (deal_id, stage_id, entered_at, left_at) VALUES (?, ?, ?, ?)',
  )
  const positions = new Map<number, number>()
  for (let id = 1; id <= REPORT_DEALS; id++) {
    const created = ANCHOR_MS - Math.floor(rand() * 540 * DAY_MS)
    let at = created
    let index = rand() < 0.8 ? 0 : 1
    const stays: [number, number, number | null][] = []
    let status: 'open' | 'won' | 'lost' = 'open'
    for (;;) {
      const leave = at + Math.floor((1 + rand() * 29) * DAY_MS)
      if (leave > ANCHOR_MS) break
      stays.push([open[index]!.id, at, leave])
      at = leave
      const r = rand()
      if (index === open.length - 1 ? r < 0.6 : r < 0.12) status = 'won'
      else if (r > 0.8) status = 'lost'
      else if (index < open.length - 1) index += rand() < 0.15 && index < open.length - 2 ? 2 : 1
      if (status !== 'open') break
    }
    const stageId = status === 'won' ? won.id : status === 'lost' ? lost.id : open[index]!.id
    stays.push([stageId, at, null])
    const position = status === 'open' ? (positions.get(stageId) ?? 0) : null
    if (position !== null) positions.set(stageId, position + 1)
    const closed = status === 'open' ? null : at
    deal.run(
      id,
      1 + Math.floor(rand() * REPORT_CUSTOMERS),
      `商机 ${id}`,
      (1 + Math.floor(rand() * 500)) * 10_000,
      stageId,
      position,
      status,
      pick(owners),
      status === 'lost' ? pick(REASONS) : null,
      closed === null ? null : localDate(closed),
      closed,
      at,
      created,
      at,
    )
    for (const [stage, entered, left] of stays) stay.run(id, stage, entered, left)
  }
  const activity = sqlite.prepare(
    'INSERT INTO activities (customer_id, kind, content, occurred_at, created_at) VALUES (?, ?, ?, ?, ?)',
  )
  for (let i = 0; i < REPORT_ACTIVITIES; i++) {
    const when = ANCHOR_MS - Math.floor(rand() * 365 * DAY_MS)
    activity.run(
      1 + Math.floor(rand() * REPORT_CUSTOMERS),
      pick(KINDS),
      '电话回访，确认需求',
      when,
      when,
    )
  }
}

interface Stamp {
  ledger: string
  generator: string
  customers: number
  deals: number
  activities: number
}

function generatorHash(): string {
  return createHash('sha256')
    .update(readFileSync(join(ROOT, 'bench/reports-dataset.ts')))
    .digest('hex')
    .slice(0, 16)
}

/** The reports dataset (a grown copy of the ledger's), built when missing or stale. */
export function ensureReportsDataset(): { dir: string; buildMs: number } {
  const ledger = ensureLedgerDataset(verifyLedgerSample)
  const expected: Stamp = {
    ledger: ledger.generator,
    generator: generatorHash(),
    customers: REPORT_CUSTOMERS,
    deals: REPORT_DEALS,
    activities: REPORT_ACTIVITIES,
  }
  const stampFile = join(REPORTS_DIR, STAMP)
  if (existsSync(stampFile)) {
    const found = JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp & { buildMs: number }
    if ((Object.keys(expected) as (keyof Stamp)[]).every((k) => found[k] === expected[k])) {
      log(`reports: reusing ${REPORTS_DIR} (built in ${Math.round(found.buildMs / 1000)} s)`)
      return { dir: REPORTS_DIR, buildMs: found.buildMs }
    }
  }
  log(`reports: growing a copy of the ledger dataset into ${REPORTS_DIR}`)
  rmSync(REPORTS_DIR, { recursive: true, force: true })
  mkdirSync(REPORTS_DIR, { recursive: true })
  const file = join(REPORTS_DIR, DATABASE_FILE)
  const source = new Database(join(ledger.dir, DATABASE_FILE), { readonly: true })
  try {
    source.prepare('VACUUM INTO ?').run(file)
  } finally {
    source.close()
  }
  const sqlite = new Database(file)
  let buildMs = 0
  try {
    sqlite.pragma('journal_mode = OFF')
    sqlite.pragma('synchronous = OFF')
    sqlite.pragma('cache_size = -262144')
    const indexes = sqlite
      .prepare(
        `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
         AND tbl_name IN ('customers', 'deals', 'deal_stage_history', 'activities')`,
      )
      .all() as { name: string; sql: string }[]
    buildMs = timeSync(() =>
      sqlite.transaction(() => {
        for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`)
        grow(sqlite)
        for (const index of indexes) sqlite.exec(index.sql)
      })(),
    )
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('optimize')
    const count = (table: string) =>
      sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number
    const counts = {
      customers: count('customers'),
      deals: count('deals'),
      activities: count('activities'),
    }
    if (
      counts.customers !== REPORT_CUSTOMERS ||
      counts.deals !== REPORT_DEALS ||
      counts.activities !== REPORT_ACTIVITIES
    )
      throw new Error(`reports dataset: ${JSON.stringify(counts)}`)
    log(`reports: ${JSON.stringify(counts)} written in ${Math.round(buildMs / 1000)} s`)
  } finally {
    sqlite.close()
  }
  writeFileSync(stampFile, `${JSON.stringify({ ...expected, buildMs }, null, 2)}\n`)
  return { dir: REPORTS_DIR, buildMs }
}

/**
 * A fresh working copy of the reports dataset in `bench/data/<name>` (VACUUM INTO, so the
 * cached dataset is never written), for a group that adds its own rows to it.
 */
export function copyReportsDataset(name: string): string {
  const { dir } = ensureReportsDataset()
  const work = join(BENCH_DATA, name)
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const source = new Database(join(dir, DATABASE_FILE), { readonly: true })
  try {
    source.prepare('VACUUM INTO ?').run(join(work, DATABASE_FILE))
  } finally {
    source.close()
  }
  return work
}
