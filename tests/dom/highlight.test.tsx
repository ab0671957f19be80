import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { i18n } from '../../src/renderer/src/app/i18n'
import { HighlightedText, queryTerms } from '../../src/renderer/src/components/HighlightedText'
import { customerColumns } from '../../src/renderer/src/features/customers/components/customerColumns'
import { CustomerTable } from '../../src/renderer/src/features/customers/components/CustomerTable'
import { customerRow } from './listFixtures'
import { renderWithProviders } from './render'

const marks = (element: HTMLElement) =>
  [...element.querySelectorAll('mark')].map((mark) => mark.textContent)

describe('search highlight', () => {
  it('marks every literal occurrence of each word of the query', async () => {
    await renderWithProviders(
      <div data-testid="text">
        <HighlightedText text="北京张三贸易(北京)有限公司" query=" 北京  贸易 " />
      </div>,
    )
    expect(marks(screen.getByTestId('text'))).toEqual(['北京', '贸易', '北京'])
    expect(queryTerms('  a  b ')).toEqual(['a', 'b'])
  })

  it('marks nothing for a pinyin match, which has no literal substring', async () => {
    await renderWithProviders(
      <div data-testid="text">
        <HighlightedText text="北京张三贸易有限公司" query="bjzs" />
      </div>,
    )
    expect(marks(screen.getByTestId('text'))).toEqual([])
  })

  it('marks the match in the name and short name of a list row, case-insensitively', async () => {
    const row = customerRow(1, 'Acme 北京 Trading', { shortName: 'ACME', phone: '010-6688' })
    await renderWithProviders(
      <CustomerTable
        rows={[row]}
        columns={customerColumns(i18n.t, { query: 'acme', customFields: [], columns: null })}
        sort={null}
        onSort={() => undefined}
        deleted={false}
      />,
    )
    expect(marks(screen.getByTestId('customer-row'))).toEqual(['Acme', 'ACME'])
  })
})
