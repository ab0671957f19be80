// Builds better-sqlite3 for the installed Electron into build/native/electron/better_sqlite3.node.
// Electron and Node have different native ABIs. node_modules keeps the Node build that
// `npm test` and `kehu serve` load; the desktop app loads this second copy through
// better-sqlite3's `nativeBinding` option (src/main/electron/native.ts), so neither breaks
// the other. The build runs in a temporary copy of the package: node_modules is not touched.
// Needs the network (Electron's headers) and a C++ toolchain. Options: --verbose.
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const HEADERS_URL = 'https://electronjs.org/headers'
const verbose = process.argv.includes('--verbose')

function fail(message) {
  console.error(`build-electron-native: ${message}`)
  process.exit(1)
}

function version(pkg) {
  const file = join(root, 'node_modules', pkg, 'package.json')
  if (!existsSync(file)) fail(`${pkg} is not installed; run npm install first.`)
  return JSON.parse(readFileSync(file, 'utf8')).version
}

const electronVersion = version('electron')
const sqliteVersion = version('better-sqlite3')
const nodeGyp = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
if (!existsSync(nodeGyp)) fail('node-gyp is not installed; run npm install first.')

const outDir = join(root, 'build', 'native', 'electron')
const work = mkdtempSync(join(tmpdir(), 'kehu-native-'))
const packageCopy = join(work, 'better-sqlite3')

// npm passes its config to scripts as npm_config_*; a nodedir there (this machine's
// ~/.npmrc has one) would make node-gyp build against Node's headers: the wrong ABI,
// and a "success" that crashes the app. The command line below is the only config.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(key),
  ),
)

let failure = null
try {
  console.log(
    `Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${process.arch})…`,
  )
  cpSync(join(root, 'node_modules', 'better-sqlite3'), packageCopy, {
    recursive: true,
    filter: (source) => !source.startsWith(join(root, 'node_modules', 'better-sqlite3', 'build')),
  })
  const build = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      `--dist-url=${HEADERS_URL}`,
      '--runtime=electron',
      // Electron's headers kept apart from Node's, as @electron/rebuild does.
      `--devdir=${join(homedir(), '.electron-gyp')}`,
    ],
    {
      cwd: packageCopy,
      env,
      encoding: 'utf8',
      stdio: verbose ? 'inherit' : 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const output = `${build.stdout ?? ''}${build.stderr ?? ''}`
  const built = join(packageCopy, 'build', 'Release', 'better_sqlite3.node')
  if (build.error) {
    failure = `node-gyp could not be started: ${build.error.message}`
  } else if (build.status !== 0 || !existsSync(built)) {
    const unreachable =
      /network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|fetch failed|certificate|\b40[34]\b/i.test(
        output,
      )
    // node-gyp's own stack frames and environment dump say nothing to the user.
    const noise = /stack\s+at |gyp ERR! (System|command|cwd|node -v|node-gyp -v|not ok)|gyp info /
    const tail = output
      .split('\n')
      .filter((line) => line.trim() && !noise.test(line))
      .slice(-8)
      .join('\n')
    failure = unreachable
      ? `Electron's headers could not be downloaded from ${HEADERS_URL}/v${electronVersion}/ (no network access to it from here?).`
      : `node-gyp failed (exit ${build.status}). It needs Electron's headers from ${HEADERS_URL} and a C++ toolchain (python3, make, a C++ compiler).`
    if (!verbose && tail)
      failure += `\nLast lines of node-gyp's output (run with --verbose for all):\n${tail}`
  } else {
    mkdirSync(outDir, { recursive: true })
    copyFileSync(built, join(outDir, 'better_sqlite3.node'))
    // Which Electron this was built for: a later Electron upgrade needs a rebuild.
    writeFileSync(
      join(outDir, 'BUILT_FOR.txt'),
      `electron ${electronVersion}\nbetter-sqlite3 ${sqliteVersion}\n${process.platform}-${process.arch}\n`,
    )
    console.log(`Done: ${join(outDir, 'better_sqlite3.node')}`)
  }
} catch (error) {
  failure = error instanceof Error ? error.message : String(error)
} finally {
  rmSync(work, { recursive: true, force: true })
}
if (failure) fail(`could not build better-sqlite3 for Electron ${electronVersion}.\n${failure}`)
