// `npm test`: typecheck, lint, the import rules, the vitest suites (node, dom), the node suite again in UTC+8, and the Playwright e2e suite.
// Every step runs even if an earlier one failed; the last line is `N passed, N failed`
// summed over all suites (typecheck and lint count as one check each).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

const results = { passed: 0, failed: 0 }
const failures = []

function run(label, command, args, env = {}) {
  const prefix = Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')
  console.log(`\n▶ ${label}: ${prefix}${command} ${args.join(' ')}`)
  const child = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ...env },
  })
  return child.status === 0
}

function check(label, command, args) {
  if (run(label, command, args)) results.passed += 1
  else {
    results.failed += 1
    failures.push(label)
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

rmSync('test-results', { recursive: true, force: true })
mkdirSync('test-results', { recursive: true })

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit'])
check('typecheck (renderer)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit'])
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])
// No import cycle (type-only imports included) and no reach into another domain's inside.
check('imports', 'npx', ['depcruise', 'src', 'tests', 'bench', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'])

const vitestOk = run('vitest (node, dom)', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json',
])
const vitest = readJson('test-results/vitest.json')
if (vitest) {
  results.passed += vitest.numPassedTests
  results.failed += vitest.numFailedTests + (vitest.numRuntimeErrorTestSuites ?? 0)
  if (vitest.numFailedTests > 0 || !vitestOk) failures.push('vitest')
} else {
  results.failed += 1
  failures.push('vitest (no report)')
}

// The node tests that touch days and times once more in the users' time zone (China, UTC+8;
// CI machines run in UTC): local dates, day boundaries, reminders and Excel dates must not
// depend on the zone. A test file is one of them when it moves the clock, turns instants into
// local dates or writes date cells (or says `zone-sensitive` in a comment).
const ZONE_SENSITIVE =
  /zone-sensitive|clock\.(set|advance)|offsetClock|localDate|localStartMs|formatInstant|getTimezoneOffset|timezone|time zone|midnight|Date\.UTC|new Date\(|dateColumns|numFmt/
function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? testFiles(path) : name.endsWith('.test.ts') ? [path] : []
  })
}
const zoneFiles = testFiles('tests/node').filter((file) => ZONE_SENSITIVE.test(readFileSync(file, 'utf8')))
const zoneOk = run(
  `vitest node, ${zoneFiles.length} files that touch days and times (TZ=Asia/Shanghai)`,
  'npx',
  ['vitest', 'run', '--project', 'node', '--reporter=dot', '--reporter=json', '--outputFile.json=test-results/vitest-utc8.json', ...zoneFiles],
  { TZ: 'Asia/Shanghai' },
)
const zone = readJson('test-results/vitest-utc8.json')
if (zone) {
  results.passed += zone.numPassedTests
  results.failed += zone.numFailedTests + (zone.numRuntimeErrorTestSuites ?? 0)
  if (zone.numFailedTests > 0 || !zoneOk) failures.push('vitest node (Asia/Shanghai)')
} else {
  results.failed += 1
  failures.push('vitest node (Asia/Shanghai, no report)')
}

const chromium = process.env.KEHU_CHROMIUM ?? '/usr/bin/chromium'
if (!existsSync(chromium)) {
  console.error(`\nChromium not found at ${chromium}: install Debian's chromium (apt-get install chromium) or set KEHU_CHROMIUM.`)
  results.failed += 1
  failures.push('e2e (no chromium)')
} else if (!run('build renderer', 'npx', ['electron-vite', 'build'])) {
  results.failed += 1
  failures.push('build')
} else {
  const e2eOk = run('e2e (Playwright in Chromium)', 'npx', ['playwright', 'test'])
  const e2e = readJson('test-results/e2e.json')
  if (e2e?.stats) {
    results.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0)
    results.failed += e2e.stats.unexpected
    if (e2e.stats.unexpected > 0 || !e2eOk) failures.push('e2e')
  } else {
    results.failed += 1
    failures.push('e2e (no report)')
  }
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`)
console.log(`${results.passed} passed, ${results.failed} failed`)
process.exit(results.failed > 0 || failures.length > 0 ? 1 : 0)
