import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { MAX_ATTACHMENT_BYTES, type ContractAttachment } from '../../../shared/api'
import type { Ctx } from '../context'
import { notFound } from '../errors'
import { recordAudit } from '../db/audit'
import { requireContractRow } from './contract-rows'
import { ledgerError } from './common'

/**
 * Contract attachments (a scanned contract PDF, …): the file is copied into
 * <data folder>/attachments under a generated name; the row keeps the original name.
 * Files cross the API as { name, base64 }; empty files and files over 20 MB are refused.
 */

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

export function attachmentsDir(dataDir: string): string {
  return join(dataDir, 'attachments')
}

function decode(base64: string): Buffer {
  const text = base64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '')
  if (text.length % 4 !== 0 || !BASE64.test(text))
    throw ledgerError('VALIDATION', 'errors.attachmentBadFile', 'Not base64', undefined, 'file')
  const bytes = Buffer.from(text, 'base64')
  if (bytes.length === 0)
    throw ledgerError(
      'VALIDATION',
      'errors.attachmentEmpty',
      'The file is empty',
      undefined,
      'file',
    )
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw ledgerError(
      'VALIDATION',
      'errors.attachmentTooLarge',
      'The file is too large',
      { maxMb: MAX_ATTACHMENT_BYTES / 1024 / 1024 },
      'file',
    )
  return bytes
}

/** The last path segment of a name a caller sent (never used as a path). */
function displayName(name: string): string {
  return name.split(/[\\/]/).pop()?.trim() || 'file'
}

export function attachFile(
  ctx: Ctx,
  dataDir: string,
  input: { contractId: number; file: { name: string; base64: string } },
): ContractAttachment {
  const contract = requireContractRow(ctx, input.contractId)
  const bytes = decode(input.file.base64)
  const name = displayName(input.file.name)
  const ext = extname(name)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 10)
  const storedName = `${contract.id}-${randomUUID()}${ext}`
  const dir = attachmentsDir(dataDir)
  mkdirSync(dir, { recursive: true })
  const path = join(dir, storedName)
  writeFileSync(path, bytes)
  try {
    const id = ctx.sqlite.transaction(() => {
      const rowId = Number(
        ctx.sqlite
          .prepare(
            `INSERT INTO contract_attachments (contract_id, name, stored_name, size_bytes, created_at)
             VALUES (?, ?, ?, ?, ?)`,
          )
          .run(contract.id, name, storedName, bytes.length, ctx.clock.now()).lastInsertRowid,
      )
      recordAudit(ctx, {
        entity: 'contract',
        entityId: contract.id,
        action: 'attach',
        changes: { attachment: { after: name } },
      })
      return rowId
    })()
    return {
      id,
      contractId: contract.id,
      name,
      sizeBytes: bytes.length,
      createdAt: ctx.clock.now(),
    }
  } catch (error) {
    rmSync(path, { force: true })
    throw error
  }
}

interface AttachmentRow {
  id: number
  contractId: number
  name: string
  storedName: string
}

function requireAttachment(ctx: Ctx, id: number): AttachmentRow {
  const row = ctx.sqlite
    .prepare(
      'SELECT id, contract_id AS contractId, name, stored_name AS storedName FROM contract_attachments WHERE id = ?',
    )
    .get(id) as AttachmentRow | undefined
  if (!row) throw notFound('attachment', id)
  return row
}

export function readAttachment(
  ctx: Ctx,
  dataDir: string,
  id: number,
): { name: string; base64: string } {
  const row = requireAttachment(ctx, id)
  let bytes: Buffer
  try {
    bytes = readFileSync(join(attachmentsDir(dataDir), row.storedName))
  } catch {
    throw notFound('attachment', id)
  }
  return { name: row.name, base64: bytes.toString('base64') }
}

export function detachFile(ctx: Ctx, dataDir: string, id: number): null {
  const row = requireAttachment(ctx, id)
  ctx.sqlite.transaction(() => {
    ctx.sqlite.prepare('DELETE FROM contract_attachments WHERE id = ?').run(id)
    recordAudit(ctx, {
      entity: 'contract',
      entityId: row.contractId,
      action: 'detach',
      changes: { attachment: { before: row.name } },
    })
  })()
  rmSync(join(attachmentsDir(dataDir), row.storedName), { force: true })
  return null
}
