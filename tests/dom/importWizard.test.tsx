import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { ImportPreview } from '../../src/shared/api'
import { MappingStep } from '../../src/renderer/src/features/import/components/MappingStep'
import { PreviewStep } from '../../src/renderer/src/features/import/components/PreviewStep'
import type { ImportWizard } from '../../src/renderer/src/features/import/hooks/useImportWizard'
import { customerExportInput } from '../../src/renderer/src/features/customers/exportInput'
import { renderWithProviders } from './render'

const PREVIEW: ImportPreview = {
  sheets: ['客户'],
  sheet: '客户',
  headerRow: 2,
  columns: [
    { index: 0, header: '单位名称' },
    { index: 1, header: '公司网站' },
    { index: 2, header: '邮箱' },
  ],
  mapping: ['name', null, 'email'],
  template: null,
  fields: [
    { key: 'name', labelKey: 'import.fields.name', required: true, kind: 'text' },
    { key: 'website', labelKey: 'import.fields.website', required: false, kind: 'text' },
    { key: 'email', labelKey: 'import.fields.email', required: false, kind: 'email' },
  ],
  rows: [
    {
      row: 3,
      cells: ['杭州华达贸易有限公司', 'www.huada.cn', 'info@huada.cn'],
      problems: [],
      duplicateOf: null,
    },
    {
      row: 4,
      cells: ['宁波恒通', '', 'nope'],
      problems: [
        { column: 2, field: 'email', key: 'errors.email', message: 'Not a valid email address' },
      ],
      duplicateOf: null,
    },
  ],
  totalRows: 2,
  format: 'xlsx',
}

function wizard(overrides: Partial<ImportWizard> = {}): ImportWizard {
  return {
    preview: PREVIEW,
    mapping: PREVIEW.mapping,
    entity: 'customers',
    load: vi.fn(() => Promise.resolve()),
    setStep: vi.fn(),
    ...overrides,
  } as unknown as ImportWizard
}

describe('the mapping step', () => {
  it('maps a column by hand; a field taken by another column is released', async () => {
    const w = wizard()
    await renderWithProviders(<MappingStep wizard={w} />)
    const website = screen.getByRole('combobox', { name: '「公司网站」导入为' })
    expect(website).toHaveValue('不导入')
    await userEvent.click(website)
    await userEvent.click(await screen.findByRole('option', { name: '邮箱' }))
    await waitFor(() => expect(w.load).toHaveBeenCalledWith({ mapping: ['name', 'email', null] }))
  })

  it('names the required field that no column fills, and holds the next step', async () => {
    await renderWithProviders(<MappingStep wizard={wizard({ mapping: [null, null, 'email'] })} />)
    expect(screen.getByText(/还没有对应必填字段：客户名称/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '下一步' })).toBeDisabled()
  })
})

describe('the preview step', () => {
  it('marks the cell with a problem and says why', async () => {
    await renderWithProviders(<PreviewStep wizard={wizard()} />)
    const rows = screen.getAllByTestId('preview-row')
    expect(rows[1]).toHaveAttribute('data-problems', '1')
    const bad = within(rows[1]!).getByText('nope')
    expect(bad.closest('td')).toHaveAttribute('data-problem', 'true')
    expect(within(rows[1]!).getByText('邮箱地址格式不正确')).toBeInTheDocument()
  })
})

describe('the customer list export', () => {
  it('sends the search, filters, sort and visible columns, the region as two columns', () => {
    const input = customerExportInput({
      q: '华达',
      stage: 'lead',
      grade: null,
      ownerId: null,
      campaignId: null,
      custom: {},
      columns: ['code', 'name', 'region', 'phone'],
      sort: { field: 'name', dir: 'asc' },
      page: 3,
    })
    expect(input).toEqual({
      entity: 'customers',
      q: '华达',
      filter: { stage: 'lead' },
      sort: { field: 'name', dir: 'asc' },
      columns: ['code', 'name', 'province', 'city', 'phone'],
    })
  })
})
