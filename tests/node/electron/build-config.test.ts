import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')

/**
 * electron-builder cannot run here (it downloads Electron), so its configuration is
 * checked the way electron-builder itself checks it: its own loader and its own JSON
 * schema (app-builder-lib/scheme.json). A typo or a removed option fails here, not on
 * the release machine.
 */
describe('electron-builder.yml', () => {
  it('is valid for electron-builder’s own schema', async () => {
    const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null)
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('sets every fuse of the security checklist, and signature checks for updates', async () => {
    const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null)
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    })
    expect(config.asar).toBe(true)
    expect(config.win?.verifyUpdateCodeSignature).toBe(true)
    const publishers = [config.win?.signtoolOptions?.publisherName ?? []].flat()
    expect(publishers.length).toBeGreaterThan(0)
    const publish = config.publish as { provider: string; url: string }
    expect(publish.provider).toBe('generic')
    expect(publish.url).toMatch(/^https:\/\//)
  })

  it('builds NSIS, dmg and AppImage with icons that exist and are what they claim', async () => {
    const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null)
    expect(config.win?.target).toBe('nsis')
    expect(config.mac?.target).toBe('dmg')
    expect(config.linux?.target).toEqual(expect.arrayContaining(['AppImage']))
    const ico = readFileSync(join(ROOT, 'build', 'icon.ico'))
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0])
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5)
    const icns = readFileSync(join(ROOT, 'build', 'icon.icns'))
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const png = readFileSync(join(ROOT, 'build', 'icons', `${size}x${size}.png`))
      expect(png.readUInt32BE(16), `${size} width`).toBe(size)
      expect(png.readUInt32BE(20), `${size} height`).toBe(size)
    }
  })
})
