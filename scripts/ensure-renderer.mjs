// Builds the renderer (electron-vite build) when out/renderer is missing or --force is given,
// so `npm run serve` and the e2e tests always have a page to serve.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

if (process.argv.includes('--force') || !existsSync('out/renderer/index.html')) {
  execSync('npx electron-vite build', { stdio: 'inherit' })
}
