import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CRASH_TEST_TIMEOUT_MS,
  delay,
  integrityOf,
  query,
  seededRandom,
  startHost,
} from './crash-helpers'
import { openTestCore, tempDir } from '../helpers'

const ITERATIONS = 3
const BASE = 300
const DEMO_BATCH = 1500
const GRADES = ['A', 'B', 'C', 'D'] as const

/**
 * A burst of writes — single creates, a bulk change of BASE rows, demo loads of
 * DEMO_BATCH customers with contacts and follow-ups — killed with SIGKILL at a random
 * moment. Afterwards: the file passes integrity_check, every write the host answered
 * is there, and each multi-row unit is all or nothing.
 */
describe('kill -9 during a burst of writes', () => {
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const seed = 9001 + iteration
    it(
      `loses nothing that was answered and leaves no half unit (seed ${seed})`,
      async () => {
        const random = seededRandom(seed)
        const dataDir = tempDir()
        const host = await startHost(dataDir)
        const seeded = await host.call('demo.load', { customers: BASE, activitiesPerCustomer: 1 })
        expect(seeded.ok).toBe(true)
        const ids = query<{ id: number }>(join(dataDir, 'kehu.db'), 'SELECT id FROM customers').map(
          (row) => row.id,
        )
        expect(ids).toHaveLength(BASE)

        const answeredCreates: string[] = []
        let answeredGrade: string | null = null
        let stop = false
        const burst = (async () => {
          for (let step = 0; !stop; step++) {
            try {
              if (step % 5 === 4) {
                const loaded = await host.call('demo.load', {
                  customers: DEMO_BATCH,
                  contactsPerCustomer: 2,
                  activitiesPerCustomer: 2,
                })
                if (!loaded.ok) throw new Error(JSON.stringify(loaded))
              } else if (step % 2 === 1) {
                const grade = GRADES[step % GRADES.length]!
                const updated = await host.call('customers.bulkUpdate', { ids, set: { grade } })
                if (!updated.ok) throw new Error(JSON.stringify(updated))
                answeredGrade = grade
              } else {
                const name = `burst-${step}`
                const created = await host.call('customers.create', {
                  name,
                  phone: `1380000${step}`,
                })
                if (!created.ok) throw new Error(JSON.stringify(created))
                answeredCreates.push(name)
              }
            } catch (error) {
              if (stop) return
              throw error
            }
          }
        })()
        await delay(150 + Math.floor(random() * 1500))
        stop = true
        await host.kill()
        await burst

        const file = join(dataDir, 'kehu.db')
        expect(integrityOf(file)).toBe('ok')
        const names = new Set(
          query<{ name: string }>(file, "SELECT name FROM customers WHERE name LIKE 'burst-%'").map(
            (row) => row.name,
          ),
        )
        // Durability: every create the host answered survived the kill.
        for (const name of answeredCreates) expect(names.has(name), name).toBe(true)
        // Atomicity of the bulk change: the BASE rows share one grade.
        const grades = query<{ grade: string | null }>(
          file,
          `SELECT DISTINCT grade FROM customers WHERE id IN (${ids.join(',')})`,
        )
        expect(grades).toHaveLength(1)
        if (answeredGrade !== null) expect(GRADES).toContain(grades[0]!.grade)
        // Atomicity of each demo load: whole batches only, each customer with its contacts.
        const total = query<{ n: number }>(file, 'SELECT count(*) AS n FROM customers')[0]!.n
        expect((total - BASE - names.size) % DEMO_BATCH).toBe(0)
        const orphans = query<{ n: number }>(
          file,
          'SELECT count(*) AS n FROM contacts WHERE customer_id NOT IN (SELECT id FROM customers)',
        )[0]!.n
        expect(orphans).toBe(0)

        // And the app opens on it, search included.
        const core = openTestCore(dataDir)
        expect(core.ok('customers.list', {}).total).toBe(total)
        if (answeredCreates[0])
          expect(core.ok('customers.list', { q: answeredCreates[0] }).total).toBeGreaterThan(0)
        core.close()
      },
      CRASH_TEST_TIMEOUT_MS,
    )
  }
})
