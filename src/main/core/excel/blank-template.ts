import ExcelJS from 'exceljs'
import type { FileOutput, ImportEntity } from '../../../shared/api/excel'
import type { Ctx } from '../context'
import { label, type Locale } from './labels'
import type { FieldSpec } from './registry'
import { requireImporter } from './sheet-plan'
import { MONEY_FORMAT, DATE_FORMAT, dateValue } from '../workbook'

/**
 * A blank workbook per entity (imports.blankTemplate): the headers the importer maps by
 * itself (required ones marked *), one sample row, and drop-down lists (data validation)
 * for the choice fields (grade, stage, type …) so a value cannot be mistyped.
 */
const SAMPLES: Record<string, string> = {
  name: '杭州华达贸易有限公司',
  customer: '杭州华达贸易有限公司',
  code: 'KH000001',
  shortName: '华达贸易',
  type: 'company',
  grade: 'B',
  stage: 'prospect',
  owner: '张经理',
  province: '浙江省',
  city: '杭州市',
  address: '杭州市人民路 100 号',
  phone: '138 0013 8000',
  email: 'info@huada.example.cn',
  wechat: 'huada2024',
  industry: '批发零售',
  source: '展会',
  tags: '重点客户',
  notes: '年底有采购计划',
  createdDate: '2024-03-05',
  contactName: '王伟',
  contactTitle: '采购经理',
  contactPhone: '139 0000 1234',
  title: '采购经理',
  isPrimary: 'true',
  'deals.title': '年度办公用品采购',
  'deals.amount': '120000',
  'deals.expectedCloseDate': '2026-12-31',
  'products.name': 'A4 复印纸',
  'products.sku': 'P-001',
  'products.unit': '箱',
  'products.price': '120.50',
  'products.category': '办公用品',
  'payments.contract': 'HT-2026-0001',
  'payments.receivedDate': '2026-11-20',
  'payments.amount': '5000',
  'payments.method': 'bank',
  'payments.reference': 'BK20261120',
}

/** Rows of a template that get the drop-down lists (a hand-typed sheet stays well below). */
const TEMPLATE_ROWS = 10_000

function fieldHeader(field: FieldSpec, locale: Locale, entity: ImportEntity): string {
  const own = label(locale, `${entity}.${field.key}`)
  const key =
    entity === 'contacts' && field.key === 'name'
      ? 'contactNameOnly'
      : field.key === 'customer'
        ? 'name'
        : field.key
  const text = field.label ?? (own !== `${entity}.${field.key}` ? own : label(locale, key))
  return field.required ? `${text}*` : text
}

function choiceText(field: FieldSpec, value: string, locale: Locale): string {
  if (field.key === 'stage') return label(locale, `stage.${value}`)
  if (field.key === 'type') return label(locale, `type.${value}`)
  if (field.key === 'method') return label(locale, `method.${value}`)
  if (field.key === 'isPrimary') return label(locale, value === 'true' ? 'yes' : 'no')
  return value
}

export async function blankTemplate(
  ctx: Ctx,
  entity: ImportEntity,
  locale: Locale,
): Promise<FileOutput> {
  const importer = requireImporter(entity)
  const fields = importer.fields(ctx)
  const book = new ExcelJS.Workbook()
  const title = label(locale, entity)
  const sheet = book.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = fields.map((f) => ({
    header: fieldHeader(f, locale, entity),
    key: f.key,
    width: Math.max(12, fieldHeader(f, locale, entity).length * 2 + 4),
  }))
  sheet.getRow(1).font = { bold: true }
  const sample = fields.map((f) => {
    const value = SAMPLES[`${entity}.${f.key}`] ?? SAMPLES[f.key]
    if (value === undefined) return null
    if (f.kind === 'date') return dateValue(value)
    if (f.kind === 'choice') return choiceText(f, value, locale)
    return value
  })
  sheet.addRow(sample)
  fields.forEach((f, i) => {
    const column = sheet.getColumn(i + 1)
    if (f.kind === 'date') column.numFmt = DATE_FORMAT
    if (f.kind === 'money') column.numFmt = MONEY_FORMAT
    if (f.kind === 'phone' || f.kind === 'text') column.numFmt = '@'
    if (f.kind !== 'choice' || !f.choices?.length) return
    const list = f.choices.map((c) => choiceText(f, c, locale).replace(/"/g, ''))
    const letter = column.letter
    // A list over the rows a template is typed into; blanks stay allowed.
    ;(
      sheet as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list.join(',')}"`],
      showErrorMessage: true,
    })
  })
  const buffer = Buffer.from(await book.xlsx.writeBuffer())
  const suffix = locale === 'en' ? 'template' : '导入模板'
  return { name: `${title}-${suffix}.xlsx`, base64: buffer.toString('base64') }
}
