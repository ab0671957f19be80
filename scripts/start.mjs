// `npm start`: builds Kehu, then runs the desktop app when an Electron runtime can be had
// on this machine, and browser mode (`kehu serve` + the system browser) when it cannot.
// Electron needs two things the npm registry alone does not give: its binary (downloaded
// by electron's postinstall) and better-sqlite3 built for Electron's ABI
// (scripts/build-electron-native.mjs). Options: --data-dir DIR, --port N (browser mode).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const windows = process.platform === 'win32'

function options() {
  try {
    return parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } } })
      .values
  } catch (error) {
    console.error(
      `${error instanceof Error ? error.message : String(error)}\nUsage: npm start -- [--data-dir DIR] [--port N]`,
    )
    process.exit(2)
  }
}

/**
 * Mirrors what require('electron') does, without calling it: electron's index.js tries to
 * download the binary when it is missing, and that download is what cannot happen here.
 */
function electronBinary() {
  const pkg = join(root, 'node_modules', 'electron')
  if (!existsSync(join(pkg, 'package.json')))
    return { reason: 'the electron package is not installed' }
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return { reason: 'the Electron binary is not installed' }
  const executable = readFileSync(pathFile, 'utf8').trim()
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist')
  const binary = join(dist, executable)
  return existsSync(binary) ? { binary } : { reason: 'the Electron binary is not installed' }
}

function electronRuntime() {
  const electron = electronBinary()
  if (!electron.binary) return electron
  if (!existsSync(join(root, 'build', 'native', 'electron', 'better_sqlite3.node'))) {
    return {
      reason:
        'better-sqlite3 is not built for Electron; run node scripts/build-electron-native.mjs',
    }
  }
  return electron
}

function forwardSignals(child) {
  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    })
  }
  // Stopped on request is a normal end; a child dying on its own signal is not.
  child.on('exit', (code) => process.exit(code ?? (stopping ? 0 : 1)))
}

function hasDisplay() {
  if (process.platform === 'darwin' || windows) return true
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
}

function openInBrowser(url) {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : windows
        ? ['cmd', ['/c', 'start', '""', `"${url}"`]] // "" is start's window title
        : ['xdg-open', [url]]
  const opener = spawn(command, args, {
    stdio: 'ignore',
    detached: true,
    windowsHide: true,
    windowsVerbatimArguments: windows,
  })
  opener.on('error', () =>
    console.log('Could not open a browser; open the address above yourself.'),
  )
  opener.unref()
}

function startDesktop(binary, values) {
  const env = { ...process.env }
  // Set by some tools; it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE
  if (values['data-dir']) env.KEHU_DATA_DIR = resolve(values['data-dir'])
  forwardSignals(spawn(binary, ['.'], { cwd: root, stdio: 'inherit', env }))
}

function startBrowserMode(values) {
  // `node --import tsx` rather than `npx tsx`: npx runs tsx through `sh -c`, which does not
  // pass SIGTERM on, so stopping `npm start` left the server running. One process, one signal.
  const args = ['--import', 'tsx', 'src/main/cli.ts', 'serve']
  if (values['data-dir']) args.push('--data-dir', resolve(values['data-dir']))
  if (values.port) args.push('--port', values.port)
  const server = spawn(process.execPath, args, { cwd: root, stdio: ['inherit', 'pipe', 'inherit'] })
  forwardSignals(server)
  let opened = false
  createInterface({ input: server.stdout }).on('line', (line) => {
    console.log(line)
    const url = /Kehu listening on (\S+)/.exec(line)?.[1]
    if (url && !opened) {
      opened = true
      if (hasDisplay()) openInBrowser(url)
    }
  })
}

const values = options()
const build = spawnSync('npx', ['electron-vite', 'build'], {
  cwd: root,
  stdio: 'inherit',
  shell: windows,
})
if (build.status !== 0) {
  console.error('Kehu: the build failed (see above); not starting.')
  process.exit(build.status ?? 1)
}
const runtime = electronRuntime()
if (runtime.binary) {
  startDesktop(runtime.binary, values)
} else {
  console.log(
    `Electron runtime not available here (${runtime.reason}); starting Kehu in browser mode instead.`,
  )
  startBrowserMode(values)
}
