import type {
  ListResult,
  Product,
  ProductCreateInput,
  ProductUpdateInput,
} from '../../../shared/api'
import type { Ctx } from '../context'
import { AppError, notFound } from '../errors'
import { diff, recordAudit } from '../db/audit'
import { likePattern, pageOf } from '../db/sql'
import { blank } from './common'
import { normaliseQuery } from '../search'
import { nameSortKey, pinyinKeys } from '../pinyin'

/** Products and services (产品/服务): the contract lines' picker. Never deleted; deactivated. */

const SELECT = `SELECT id, name, sku, unit, price_cents AS priceCents, cost_cents AS costCents,
  category, active, created_at AS createdAt, updated_at AS updatedAt FROM products`

type ProductRow = Omit<Product, 'active'> & { active: number }

function toProduct(row: ProductRow): Product {
  return { ...row, active: row.active === 1 }
}

/** What `q` matches: name, SKU, full pinyin and initials, folded like customer search. */
function searchText(name: string, sku: string | null): string {
  const { full, initials } = pinyinKeys(name)
  return normaliseQuery([name, sku ?? '', full, initials].join(' '))
}

export function getProduct(ctx: Ctx, id: number): Product {
  const row = ctx.sqlite.prepare(`${SELECT} WHERE id = ?`).get(id) as ProductRow | undefined
  if (!row) throw notFound('product', id)
  return toProduct(row)
}

function assertSkuFree(ctx: Ctx, sku: string | null, exceptId?: number): void {
  if (sku === null) return
  const other = ctx.sqlite
    .prepare('SELECT id FROM products WHERE sku = ? AND id IS NOT ?')
    .pluck()
    .get(sku, exceptId ?? null)
  if (other !== undefined)
    throw new AppError('CONFLICT', 'errors.productSkuTaken', `SKU ${sku} is taken`, {
      sku,
      id: other as number,
    })
}

export function createProduct(ctx: Ctx, input: ProductCreateInput): Product {
  const id = ctx.sqlite.transaction(() => {
    const sku = blank(input.sku)
    assertSkuFree(ctx, sku)
    const now = ctx.clock.now()
    const rowId = Number(
      ctx.sqlite
        .prepare(
          `INSERT INTO products (name, name_sort, search_text, sku, unit, price_cents, cost_cents,
             category, active, created_at, updated_at)
           VALUES (@name, @nameSort, @searchText, @sku, @unit, @priceCents, @costCents, @category,
             @active, @now, @now)`,
        )
        .run({
          name: input.name,
          nameSort: nameSortKey(input.name),
          searchText: searchText(input.name, sku),
          sku,
          unit: input.unit,
          priceCents: input.priceCents,
          costCents: input.costCents ?? null,
          category: blank(input.category),
          active: input.active === false ? 0 : 1,
          now,
        }).lastInsertRowid,
    )
    recordAudit(ctx, { entity: 'product', entityId: rowId, action: 'create' })
    return rowId
  })()
  return getProduct(ctx, id)
}

export function updateProduct(ctx: Ctx, input: ProductUpdateInput): Product {
  ctx.sqlite.transaction(() => {
    const before = getProduct(ctx, input.id)
    const next: Product = {
      ...before,
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.sku !== undefined ? { sku: blank(input.sku) } : {}),
      ...(input.unit !== undefined ? { unit: input.unit } : {}),
      ...(input.priceCents !== undefined ? { priceCents: input.priceCents } : {}),
      ...(input.costCents !== undefined ? { costCents: input.costCents } : {}),
      ...(input.category !== undefined ? { category: blank(input.category) } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    }
    if (next.sku !== before.sku) assertSkuFree(ctx, next.sku, before.id)
    ctx.sqlite
      .prepare(
        `UPDATE products SET name = @name, name_sort = @nameSort, search_text = @searchText,
           sku = @sku, unit = @unit, price_cents = @priceCents, cost_cents = @costCents,
           category = @category, active = @active, updated_at = @now WHERE id = @id`,
      )
      .run({
        id: before.id,
        name: next.name,
        nameSort: nameSortKey(next.name),
        searchText: searchText(next.name, next.sku),
        sku: next.sku,
        unit: next.unit,
        priceCents: next.priceCents,
        costCents: next.costCents,
        category: next.category,
        active: next.active ? 1 : 0,
        now: ctx.clock.now(),
      })
    const changes = diff({ ...before }, { ...next }, ['updatedAt'])
    if (Object.keys(changes).length > 0)
      recordAudit(ctx, { entity: 'product', entityId: before.id, action: 'update', changes })
  })()
  return getProduct(ctx, input.id)
}

const SORT_SQL = {
  name: 'name_sort, name',
  sku: 'sku',
  priceCents: 'price_cents',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
}

export function listProducts(
  ctx: Ctx,
  input: {
    q?: string | undefined
    filter?: { active?: boolean | undefined; category?: string | undefined } | undefined
    sort?: { field: keyof typeof SORT_SQL; dir: 'asc' | 'desc' } | undefined
    page?: number | undefined
    pageSize?: number | undefined
  },
): ListResult<Product> {
  const conditions = ['1 = 1']
  const params: unknown[] = []
  if (input.filter?.active !== undefined) {
    conditions.push('active = ?')
    params.push(input.filter.active ? 1 : 0)
  }
  if (input.filter?.category) {
    conditions.push('category = ?')
    params.push(input.filter.category)
  }
  if (input.q) {
    conditions.push("search_text LIKE ? ESCAPE '\\'")
    params.push(likePattern(normaliseQuery(input.q)))
  }
  const where = conditions.join(' AND ')
  const sort = input.sort ?? { field: 'name', dir: 'asc' }
  const dir = sort.dir === 'asc' ? 'ASC' : 'DESC'
  const order = SORT_SQL[sort.field]
    .split(', ')
    .map((column) => `${column} ${dir}`)
    .join(', ')
  const { limit: pageSize, offset } = pageOf(input)
  const rows = ctx.sqlite
    .prepare(
      `${SELECT} WHERE ${where} ORDER BY ${order}, id ${dir} LIMIT ${pageSize} OFFSET ${offset}`,
    )
    .all(...params) as ProductRow[]
  const total = ctx.sqlite
    .prepare(`SELECT COUNT(*) FROM products WHERE ${where}`)
    .pluck()
    .get(...params) as number
  return { rows: rows.map(toProduct), total }
}
