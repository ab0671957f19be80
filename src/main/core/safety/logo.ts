import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { LOGO_MAX_BYTES, type CompanyLogo } from '../../../shared/api'
import type { Ctx } from '../context'
import { invalidField } from '../errors'
import { readSetting, writeSetting } from '../app'
import { writeFileAtomic } from './config'

/** The logo is a file in the data folder (`company-logo.png` …); its original name is a setting. */
const BASE = 'company-logo'
const NAME_KEY = 'companyLogoName'

const TYPES: { ext: string; mimeType: string; matches(bytes: Buffer): boolean }[] = [
  {
    ext: 'png',
    mimeType: 'image/png',
    matches: (b) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    ext: 'jpg',
    mimeType: 'image/jpeg',
    matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    ext: 'gif',
    mimeType: 'image/gif',
    matches: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8',
  },
  {
    ext: 'webp',
    mimeType: 'image/webp',
    matches: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
]

function logoFiles(dataDir: string): string[] {
  try {
    return readdirSync(dataDir).filter(
      (name) => name.startsWith(`${BASE}.`) && !name.endsWith('.tmp'),
    )
  } catch {
    return []
  }
}

export function readLogo(ctx: Ctx, dataDir: string): CompanyLogo | null {
  const [file] = logoFiles(dataDir)
  if (!file) return null
  const type = TYPES.find((candidate) => file === `${BASE}.${candidate.ext}`)
  if (!type) return null
  try {
    const bytes = readFileSync(join(dataDir, file))
    return {
      name: readSetting(ctx, NAME_KEY, file),
      base64: bytes.toString('base64'),
      mimeType: type.mimeType,
    }
  } catch {
    return null
  }
}

/** Stores (or, with null, removes) the logo. Only real PNG, JPEG, GIF or WebP images up to 1 MB. */
export function writeLogo(
  ctx: Ctx,
  dataDir: string,
  logo: { name: string; base64: string } | null,
): CompanyLogo | null {
  if (logo === null) {
    for (const file of logoFiles(dataDir)) rmSync(join(dataDir, file), { force: true })
    writeSetting(ctx, NAME_KEY, null)
    return null
  }
  const bytes = Buffer.from(logo.base64, 'base64')
  if (bytes.length === 0 || bytes.length > LOGO_MAX_BYTES)
    throw invalidField('logo', 'errors.logoTooLarge', 'The logo must be at most 1 MB', {
      limit: LOGO_MAX_BYTES,
    })
  const type = TYPES.find((candidate) => candidate.matches(bytes))
  if (!type)
    throw invalidField('logo', 'errors.logoType', 'The logo must be a PNG, JPEG, GIF or WebP image')
  const target = `${BASE}.${type.ext}`
  writeFileAtomic(join(dataDir, target), bytes)
  for (const file of logoFiles(dataDir))
    if (file !== target) rmSync(join(dataDir, file), { force: true })
  writeSetting(ctx, NAME_KEY, logo.name)
  return { name: logo.name, base64: bytes.toString('base64'), mimeType: type.mimeType }
}
