import {
  customerFilter,
  CUSTOMER_SORT_FIELDS,
  type Customer,
  type CustomField,
  type CustomerSortField,
} from '../../../shared/api'
import type { ExportEntity, ExportListInput, FileOutput } from '../../../shared/api/excel'
import { localDate } from '../../../shared/dates'
import type { Ctx } from '../context'
import { AppError, invalidField } from '../errors'
import type { Job } from '../jobs'
import { yieldToEventLoop } from '../jobs'
import { listCustomFields } from '../customers'
import { customerListQueries, listCustomers } from '../customers'
import { customersByIds } from '../customers'
import { getSettings } from '../app'
import { campaignCell } from './campaign-column'
import { label, type Locale } from './labels'
import { createBookWriter, type ColumnKind } from '../workbook'

/**
 * Exports of the lists (exports.list): the list's own query with the user's filter, sort
 * and visible columns, every page of it, into a streamed workbook. An entry per list;
 * deals, contracts, payments and receivables join the table the same way.
 */
export interface ExportColumn<Row> {
  id: string
  header: string
  kind: ColumnKind
  value(row: Row): unknown
}

export interface ListExporter<Row = never> {
  entity: ExportEntity
  title(locale: Locale): string
  columns(ctx: Ctx, locale: Locale): ExportColumn<Row>[]
  /** The ids of the default set when the caller names no columns (null = every column). */
  defaultColumns?: string[]
  /** Every row of the list in the list's order, a batch at a time. */
  batches(ctx: Ctx, input: ExportListInput): Generator<Row[]>
  /** The title row above the header (default: the title and today's date). */
  heading?(ctx: Ctx, input: ExportListInput, locale: Locale): string
  /** The file name (default: `<title>-<today>.xlsx`). */
  fileName?(ctx: Ctx, input: ExportListInput, locale: Locale): string
}

const BATCH = 1000
const exporters = new Map<ExportEntity, ListExporter<unknown>>()

export function registerExporter<Row>(exporter: ListExporter<Row>): void {
  exporters.set(exporter.entity, exporter)
}

export function customColumns<Row extends { custom: Record<string, unknown> }>(
  fields: CustomField[],
): ExportColumn<Row>[] {
  const kinds: Record<CustomField['type'], ColumnKind> = {
    text: 'text',
    number: 'number',
    money: 'money',
    date: 'date',
    single: 'text',
    multi: 'text',
  }
  return fields
    .filter((f) => f.active)
    .map((f) => ({
      id: `custom.${f.key}`,
      header: f.label,
      kind: kinds[f.type],
      value: (row: Row) => row.custom[f.key] ?? null,
    }))
}

/** Writes any registered list to a workbook; the job reports progress per batch. */
export async function exportList(ctx: Ctx, input: ExportListInput, job: Job): Promise<FileOutput> {
  const exporter = exporters.get(input.entity)
  if (!exporter)
    throw new AppError(
      'NOT_FOUND',
      'errors.exportUnavailable',
      `Exporting ${input.entity} is not available yet`,
      {
        entity: input.entity,
      },
    )
  const locale = input.locale ?? getSettings(ctx).locale
  const all = exporter.columns(ctx, locale)
  const wanted = input.columns ?? exporter.defaultColumns ?? all.map((c) => c.id)
  const columns = wanted.flatMap((id) => all.filter((c) => c.id === id))
  if (columns.length === 0)
    throw invalidField('columns', 'errors.exportNoColumns', 'Choose at least one column')
  const book = createBookWriter()
  const title = exporter.title(locale)
  const heading =
    exporter.heading?.(ctx, input, locale) ?? `${title}  ${localDate(ctx.clock.now())}`
  const sheet = book.addSheet(title, columns, { title: heading })
  let done = 0
  for (const rows of exporter.batches(ctx, input)) {
    for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)))
    done += rows.length
    job.progress(done, done + BATCH, 'exporting')
    await yieldToEventLoop()
    job.throwIfCancelled()
  }
  return book.finish(
    exporter.fileName?.(ctx, input, locale) ?? `${title}-${localDate(ctx.clock.now())}.xlsx`,
  )
}

function customerSort(
  input: ExportListInput,
): { field: CustomerSortField; dir: 'asc' | 'desc' } | undefined {
  if (!input.sort) return undefined
  if (!(CUSTOMER_SORT_FIELDS as readonly string[]).includes(input.sort.field))
    throw invalidField(
      'sort.field',
      'errors.invalid_value',
      `Cannot sort customers by ${input.sort.field}`,
    )
  return input.sort as { field: CustomerSortField; dir: 'asc' | 'desc' }
}

registerExporter<Customer>({
  entity: 'customers',
  title: (locale) => label(locale, 'customers'),
  columns(ctx, locale) {
    const l = (key: string) => label(locale, key)
    const text = (
      id: string,
      value: (c: Customer) => unknown,
      header = l(id),
    ): ExportColumn<Customer> => ({ id, header, kind: 'text', value })
    return [
      text('code', (c) => c.code),
      text('name', (c) => c.name),
      text('shortName', (c) => c.shortName),
      text('type', (c) => l(`type.${c.type}`)),
      text('grade', (c) => c.grade),
      text('stage', (c) => l(`stage.${c.stage}`)),
      text('owner', (c) => c.ownerName),
      text('province', (c) => c.province),
      text('city', (c) => c.city),
      text('address', (c) => c.address),
      text('phone', (c) => c.phone),
      text('email', (c) => c.email),
      text('wechat', (c) => c.wechat),
      text('website', (c) => c.website),
      text('industry', (c) => c.industry),
      text('source', (c) => c.source),
      text('campaign', (c) => campaignCell(c, locale)),
      { id: 'birthday', header: l('birthday'), kind: 'date', value: (c) => c.birthday },
      text('tags', (c) => c.tags.map((t) => t.name)),
      text('notes', (c) => c.notes),
      {
        id: 'nextFollowUpDate',
        header: l('nextFollowUpDate'),
        kind: 'date',
        value: (c) => c.nextFollowUpDate,
      },
      {
        id: 'lastActivityAt',
        header: l('lastActivityAt'),
        kind: 'datetime',
        value: (c) => c.lastActivityAt,
      },
      { id: 'createdAt', header: l('createdAt'), kind: 'datetime', value: (c) => c.createdAt },
      { id: 'updatedAt', header: l('updatedAt'), kind: 'datetime', value: (c) => c.updatedAt },
      ...customColumns<Customer>(listCustomFields(ctx, 'customer')),
    ]
  },
  *batches(ctx, input) {
    const parsed = customerFilter.safeParse(input.filter ?? {})
    if (!parsed.success)
      throw invalidField('filter', 'errors.invalid_value', 'The filter is not valid')
    const query = { q: input.q, filter: parsed.data, sort: customerSort(input) }
    // The list's own checks (an unknown owner or tag is an error, not an empty file).
    listCustomers(ctx, { ...query, pageSize: 1 })
    const ids = customerListQueries(ctx, { ...query, page: 1, pageSize: Number.MAX_SAFE_INTEGER })
      .page.all()
      .map((r) => r.id)
    for (let i = 0; i < ids.length; i += BATCH) yield customersByIds(ctx, ids.slice(i, i + BATCH))
  },
})
