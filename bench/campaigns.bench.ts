import Database from 'better-sqlite3'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { openCore } from '../src/main/core'
import { DATABASE_FILE } from '../src/main/core/paths'
import { VERSION } from './dataset'
import { ledgerClock } from './ledger-dataset'
import { MIGRATIONS, log } from './lib'
import { measureDispatchCases, type BenchOutcome } from './measure'
import { copyReportsDataset } from './reports-dataset'

/**
 * Issue 8's campaigns at 100,000 customers and 50,000 deals (bench/reports-dataset.ts, copied
 * and given 60 campaigns over two years, a third of the customers and two fifths of the deals
 * attributed to them — about 550 customers and 330 deals a campaign). Each figure is timed
 * against the replay of the same statements on a raw connection:
 * - campaigns.list page 1 with the foot's totals (every campaign's figures, twice) ≤ 100 ms;
 * - reports.campaigns over a year (the campaigns overlapping it, and the totals) ≤ 100 ms;
 * - campaigns.get of one campaign ≤ 20 ms; its customers (customers.list by campaign, newest
 *   first) and its deals (deals.list by campaign) ≤ 50 ms.
 */
const CAMPAIGNS = 60
const LIST_BUDGET_MS = 100
const GET_BUDGET_MS = 20
const RECORDS_BUDGET_MS = 50
const WORK_NAME = 'campaigns-work'
const CHANNELS = ['exhibition', 'onlineAds', 'referral', 'telemarketing', 'wechat', 'other']

/** 60 campaigns, one every 12 days from 2024-07-01, a fortnight each (every tenth still running). */
function attribute(sqlite: Database.Database): { customers: number; deals: number } {
  const insert = sqlite.prepare(
    `INSERT INTO campaigns (name, channel, start_date, end_date, budget_cents, cost_cents,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0)`,
  )
  const day = (offset: number) =>
    new Date(Date.UTC(2024, 6, 1) + offset * 86_400_000).toISOString().slice(0, 10)
  return sqlite.transaction(() => {
    for (let i = 0; i < CAMPAIGNS; i++)
      insert.run(
        `活动 ${i + 1}`,
        CHANNELS[i % CHANNELS.length],
        day(i * 12),
        i % 10 === 9 ? null : day(i * 12 + 14),
        (i + 1) * 500_000,
        (i + 1) * 400_000,
      )
    const customers = sqlite
      .prepare(`UPDATE customers SET campaign_id = (id % ${CAMPAIGNS}) + 1 WHERE id % 3 = 0`)
      .run().changes
    const deals = sqlite
      .prepare(`UPDATE deals SET campaign_id = (id % ${CAMPAIGNS}) + 1 WHERE id % 5 < 2`)
      .run().changes
    sqlite.exec('ANALYZE')
    return { customers, deals }
  })()
}

export function benchCampaigns(): BenchOutcome {
  const dir = copyReportsDataset(WORK_NAME)
  const raw = new Database(join(dir, DATABASE_FILE))
  const attributed = attribute(raw)
  log(
    `campaigns: ${CAMPAIGNS} campaigns, ${attributed.customers} customers and ${attributed.deals} deals attributed`,
  )
  const core = openCore({
    dataDir: dir,
    migrationsFolder: MIGRATIONS,
    version: VERSION,
    clock: ledgerClock(),
    autoBackupCheckMs: 0,
  })
  try {
    const busiest = raw
      .prepare(
        'SELECT campaign_id FROM customers WHERE campaign_id IS NOT NULL GROUP BY campaign_id ORDER BY COUNT(*) DESC LIMIT 1',
      )
      .pluck()
      .get() as number
    const busiestDeals = raw
      .prepare(
        'SELECT campaign_id FROM deals WHERE campaign_id IS NOT NULL GROUP BY campaign_id ORDER BY COUNT(*) DESC LIMIT 1',
      )
      .pluck()
      .get() as number
    const cases = [
      {
        name: `campaigns.list page 1 with totals (${CAMPAIGNS} campaigns)`,
        budget: LIST_BUDGET_MS,
        method: 'campaigns.list',
        input: { totals: true },
      },
      {
        name: 'reports.campaigns, one year',
        budget: LIST_BUDGET_MS,
        method: 'reports.campaigns',
        input: { from: '2025-01-01', to: '2025-12-31' },
      },
      {
        name: 'campaigns.get',
        budget: GET_BUDGET_MS,
        method: 'campaigns.get',
        input: { id: busiest },
      },
      {
        name: "a campaign's customers, newest first",
        budget: RECORDS_BUDGET_MS,
        method: 'customers.list',
        input: {
          filter: { campaignId: busiest },
          sort: { field: 'createdAt', dir: 'desc' },
          pageSize: 20,
        },
      },
      {
        name: "a campaign's deals",
        budget: RECORDS_BUDGET_MS,
        method: 'deals.list',
        input: { filter: { campaignId: busiestDeals }, pageSize: 20 },
      },
    ] as const
    return measureDispatchCases(raw, core, cases, {
      note: (value) => {
        const v = value as { total?: number; rows?: unknown[]; newCustomers?: number }
        if (v.newCustomers !== undefined) return `${v.newCustomers} new customers`
        return v.total !== undefined ? `${v.total} matches` : `${v.rows?.length ?? 0} campaigns`
      },
      runs: 20,
      warmup: 2,
    })
  } finally {
    raw.close()
    core.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
