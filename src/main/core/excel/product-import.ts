import type { z } from 'zod'
import { productCreateInput, type Product } from '../../../shared/api'
import { createProduct, updateProduct } from '../ledger'
import { entryWriter, field, none, parseOrThrow } from './entry-writer'
import { registerImporter } from './registry'

/** Products (产品) from a sheet: products.create / update; undo deactivates what the import created. */
registerImporter({
  entity: 'products',
  fields: () => [
    field(
      'name',
      'text',
      'import.fields.productName',
      ['产品名称', '名称', '品名', '商品名称', '产品', 'product', 'productname', 'item'],
      { required: true },
    ),
    field('sku', 'text', 'import.fields.sku', [
      '编码',
      '产品编码',
      '货号',
      '商品编码',
      '型号',
      'sku',
      'code',
    ]),
    field('unit', 'text', 'import.fields.unit', ['单位', '计量单位', 'unit', 'uom']),
    field('price', 'money', 'import.fields.price', [
      '单价',
      '价格',
      '售价',
      '销售价',
      'price',
      'unitprice',
    ]),
    field('cost', 'money', 'import.fields.cost', ['成本', '进价', '成本价', 'cost']),
    field('category', 'text', 'import.fields.category', ['分类', '类别', '产品分类', 'category']),
  ],
  writer(ctx, mapping) {
    const rows = ctx.sqlite.prepare('SELECT id, name, sku FROM products').all() as {
      id: number
      name: string
      sku: string | null
    }[]
    const bySku = new Map(rows.filter((r) => r.sku).map((r) => [r.sku!, r]))
    const byName = new Map(rows.map((r) => [r.name, r]))
    type Input = z.output<typeof productCreateInput>
    return entryWriter<Input>(
      mapping,
      {
        input: (values) =>
          parseOrThrow(productCreateInput, {
            name: values.name,
            unit: values.unit ?? '件',
            priceCents: values.price ?? 0,
            ...(values.sku ? { sku: values.sku } : {}),
            ...(values.cost !== undefined ? { costCents: values.cost } : {}),
            ...(values.category ? { category: values.category } : {}),
          }),
        duplicate(input) {
          const hit = (input.sku ? bySku.get(input.sku) : undefined) ?? byName.get(input.name)
          return hit
            ? {
                id: hit.id,
                reason: input.sku && bySku.has(input.sku) ? 'code' : 'name',
                label: hit.name,
              }
            : null
        },
        create(input) {
          const product = createProduct(ctx, input)
          const row = { id: product.id, name: product.name, sku: product.sku }
          byName.set(row.name, row)
          if (row.sku) bySku.set(row.sku, row)
          return product.id
        },
        update(id, input) {
          const before = ctx.sqlite
            .prepare(
              'SELECT name, sku, unit, price_cents AS priceCents, cost_cents AS costCents, category FROM products WHERE id = ?',
            )
            .get(id)
          updateProduct(ctx, { id, ...input })
          return { action: 'updated', recordId: id, before, after: input }
        },
      },
      (path) => ({ priceCents: 'price', costCents: 'cost' })[path] ?? path,
    )
  },
  undo(ctx, records) {
    const counts = none()
    for (const r of records) {
      if (r.action === 'created') {
        updateProduct(ctx, { id: r.recordId, active: false })
        counts.binned += 1
      } else {
        const before = r.before as Pick<
          Product,
          'name' | 'sku' | 'unit' | 'priceCents' | 'costCents' | 'category'
        >
        updateProduct(ctx, { id: r.recordId, ...before })
        counts.restored += 1
      }
    }
    return counts
  },
})
