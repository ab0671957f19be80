import type Database from 'better-sqlite3'
import type { IntegrityReport } from '../../../shared/api'
import type { Clock } from '../clock'

const MAX_PROBLEMS = 100

/**
 * The full check from settings: PRAGMA integrity_check (every page, index and
 * constraint, slower than the quick_check at start) and the foreign keys.
 * A damaged file may make the check itself fail: that is a finding too.
 */
export function integrityCheck(sqlite: Database.Database, clock: Clock): IntegrityReport {
  const started = performance.now()
  let problems: string[]
  let foreignKeyProblems = 0
  try {
    const rows = sqlite.pragma(`integrity_check(${MAX_PROBLEMS})`) as { integrity_check: string }[]
    problems = rows.map((row) => row.integrity_check).filter((line) => line !== 'ok')
    foreignKeyProblems = (sqlite.pragma('foreign_key_check') as unknown[]).length
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)]
  }
  return {
    ok: problems.length === 0 && foreignKeyProblems === 0,
    problems,
    foreignKeyProblems,
    checkedAt: clock.now(),
    durationMs: Math.round(performance.now() - started),
  }
}
