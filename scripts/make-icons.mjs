// Renders build/icon.svg into the icons electron-builder packs (needs Chromium and a CJK font,
// like the e2e tests): build/icon.png (1024), build/icon.ico (Windows: PNG entries 16–256),
// build/icon.icns (macOS: PNG entries 16–1024) and build/icons/NxN.png (Linux).
// Run: node scripts/make-icons.mjs   (KEHU_CHROMIUM=path to use another Chromium)
import { chromium } from '@playwright/test'
import { Buffer } from 'node:buffer'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const BUILD = 'build'
const svg = readFileSync(join(BUILD, 'icon.svg'), 'utf8')
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

const browser = await chromium.launch({
  executablePath: process.env.KEHU_CHROMIUM ?? '/usr/bin/chromium',
})
const page = await browser.newPage()
const png = {}
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size })
  const scaled = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${scaled}</body></html>`,
  )
  png[size] = await page.screenshot({ omitBackground: true, type: 'png' })
}
await browser.close()

/** ICO: a directory of entries, each a whole PNG file (Windows Vista and later). */
function ico(sizes) {
  const header = Buffer.alloc(6)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(sizes.length, 4)
  const entries = []
  let offset = 6 + 16 * sizes.length
  for (const size of sizes) {
    const entry = Buffer.alloc(16)
    entry.writeUInt8(size >= 256 ? 0 : size, 0)
    entry.writeUInt8(size >= 256 ? 0 : size, 1)
    entry.writeUInt16LE(1, 4)
    entry.writeUInt16LE(32, 6)
    entry.writeUInt32LE(png[size].length, 8)
    entry.writeUInt32LE(offset, 12)
    offset += png[size].length
    entries.push(entry)
  }
  return Buffer.concat([header, ...entries, ...sizes.map((size) => png[size])])
}

/** ICNS: 'icns' + length, then typed chunks; these types hold PNG data. */
function icns(types) {
  const chunks = Object.entries(types).map(([type, size]) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(8 + png[size].length, 4)
    return Buffer.concat([head, png[size]])
  })
  const body = Buffer.concat(chunks)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(8 + body.length, 4)
  return Buffer.concat([head, body])
}

writeFileSync(join(BUILD, 'icon.png'), png[1024])
writeFileSync(join(BUILD, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]))
writeFileSync(
  join(BUILD, 'icon.icns'),
  icns({ icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024 }),
)
mkdirSync(join(BUILD, 'icons'), { recursive: true })
for (const size of [16, 32, 48, 64, 128, 256, 512])
  writeFileSync(join(BUILD, 'icons', `${size}x${size}.png`), png[size])
console.log('Icons written to build/: icon.png, icon.ico, icon.icns, icons/*.png')
