import { and, asc, eq, max } from 'drizzle-orm'
import { isCalendarDate } from '../../../shared/dates'
import type { CustomField, CustomFieldType } from '../../../shared/api'
import type { Ctx } from '../context'
import { customFields } from '../db/schema'
import { AppError, invalidField, notFound } from '../errors'
import { diff, recordAudit } from '../db/audit'

type Entity = CustomField['entity']
type Row = typeof customFields.$inferSelect

function toField(row: Row): CustomField {
  return { ...row, options: JSON.parse(row.options) as string[] }
}

function assertLabelFree(ctx: Ctx, entity: Entity, label: string): void {
  const same = ctx.db
    .select({ id: customFields.id })
    .from(customFields)
    .where(and(eq(customFields.entity, entity), eq(customFields.label, label)))
    .get()
  if (same) {
    throw new AppError(
      'CONFLICT',
      'errors.customFieldLabelTaken',
      `A field named ${label} exists`,
      { label },
    )
  }
}

export function listCustomFields(ctx: Ctx, entity?: Entity): CustomField[] {
  return ctx.db
    .select()
    .from(customFields)
    .where(entity ? eq(customFields.entity, entity) : undefined)
    .orderBy(asc(customFields.entity), asc(customFields.position), asc(customFields.id))
    .all()
    .map(toField)
}

export function createCustomField(
  ctx: Ctx,
  input: { entity: Entity; label: string; type: CustomFieldType; options?: string[] },
): CustomField {
  return ctx.db.transaction(() => {
    assertLabelFree(ctx, input.entity, input.label)
    const last = ctx.db
      .select({ id: max(customFields.id), position: max(customFields.position) })
      .from(customFields)
      .get()
    // Keys are generated, never derived from the label, so renaming a field keeps its values.
    const row = ctx.db
      .insert(customFields)
      .values({
        entity: input.entity,
        key: `cf${(last?.id ?? 0) + 1}`,
        label: input.label,
        type: input.type,
        options: JSON.stringify([...new Set(input.options ?? [])]),
        position: (last?.position ?? -1) + 1,
      })
      .returning()
      .get()
    recordAudit(ctx, {
      entity: 'customField',
      entityId: row.id,
      action: 'create',
      changes: { label: { after: row.label }, type: { after: row.type } },
    })
    return toField(row)
  })
}

export function updateCustomField(
  ctx: Ctx,
  input: { id: number; label?: string; options?: string[]; position?: number; active?: boolean },
): CustomField {
  return ctx.db.transaction(() => {
    const before = ctx.db.select().from(customFields).where(eq(customFields.id, input.id)).get()
    if (!before) throw notFound('customField', input.id)
    if (input.label !== undefined && input.label !== before.label)
      assertLabelFree(ctx, before.entity, input.label)
    const { id, options, ...rest } = input
    const values: Partial<Row> = { ...rest }
    if (options !== undefined) values.options = JSON.stringify([...new Set(options)])
    const after = ctx.db
      .update(customFields)
      .set(values)
      .where(eq(customFields.id, id))
      .returning()
      .get()
    recordAudit(ctx, {
      entity: 'customField',
      entityId: id,
      action: 'update',
      changes: diff(before, after),
    })
    return toField(after)
  })
}

function valueIssue(field: CustomField, value: unknown): string | null {
  if (value === null) return null
  switch (field.type) {
    case 'text':
      return typeof value === 'string' ? null : 'errors.customText'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'errors.customNumber'
    case 'money':
      return typeof value === 'number' && Number.isSafeInteger(value) ? null : 'errors.customMoney'
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : 'errors.date'
    case 'single':
      return typeof value === 'string' && field.options.includes(value)
        ? null
        : 'errors.customChoice'
    case 'multi':
      return Array.isArray(value) &&
        value.every((v) => typeof v === 'string' && field.options.includes(v))
        ? null
        : 'errors.customChoice'
  }
}

/** Refuses values for unknown or inactive fields and values of the wrong type or outside the choices. */
export function assertCustomValues(
  ctx: Ctx,
  entity: Entity,
  values: Record<string, unknown> | undefined,
): void {
  if (!values) return
  const fields = new Map(
    listCustomFields(ctx, entity)
      .filter((f) => f.active)
      .map((f) => [f.key, f]),
  )
  for (const [key, value] of Object.entries(values)) {
    const field = fields.get(key)
    if (!field)
      throw invalidField(
        `custom.${key}`,
        'errors.unknownCustomField',
        `There is no custom field ${key}`,
        { key },
      )
    const issue = valueIssue(field, value)
    if (issue)
      throw invalidField(
        `custom.${key}`,
        issue,
        `${field.label}: the value does not fit a ${field.type} field`,
        { label: field.label, options: field.options.join(', ') },
      )
  }
}
