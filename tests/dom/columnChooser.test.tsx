import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { i18n } from '../../src/renderer/src/app/i18n'
import { ColumnChooser } from '../../src/renderer/src/features/customers/components/ColumnChooser'
import { allCustomerColumns } from '../../src/renderer/src/features/customers/components/customerColumns'
import { useCustomerListParams } from '../../src/renderer/src/features/customers/hooks/useCustomerListParams'
import { setColumnShown } from '../../src/renderer/src/features/customers/columnIds'
import type { CustomField } from '../../src/shared/api'
import { LocationProbe, renderWithProviders } from './render'

const region: CustomField = {
  id: 1,
  entity: 'customer',
  key: 'cf1',
  label: '客户区域',
  type: 'single',
  options: ['华东', '华南'],
  position: 0,
  active: true,
}

/** The chooser wired to the URL exactly as the customers page wires it. */
function ChooserOnUrl() {
  const { params, setParams } = useCustomerListParams()
  const choices = allCustomerColumns(i18n.t, { query: '', customFields: [region] }).map(
    ({ id, header }) => ({ id, label: header }),
  )
  return (
    <>
      <ColumnChooser
        choices={choices}
        columns={params.columns}
        onChange={(columns) => setParams({ ...params, columns })}
      />
      <LocationProbe />
    </>
  )
}

const search = () => new URLSearchParams(screen.getByTestId('location-search').textContent ?? '')
const box = (id: string) =>
  screen.getAllByTestId('column-choice').find((input) => input.dataset.column === id)!

describe('column chooser', () => {
  it('writes the chosen columns to the URL in table order, custom fields included', async () => {
    await renderWithProviders(<ChooserOnUrl />, { route: '/customers?stage=lead&page=2' })
    await userEvent.click(screen.getByTestId('column-chooser'))
    const dropdown = await screen.findByTestId('column-chooser-dropdown')
    expect(within(dropdown).getByText('客户区域')).toBeInTheDocument()
    expect(box('name')).toBeDisabled()

    await userEvent.click(box('custom.cf1'))
    await userEvent.click(box('tags'))
    await userEvent.click(box('email'))
    expect(search().get('cols')).toBe(
      'code,name,grade,stage,owner,region,phone,email,updatedAt,custom.cf1',
    )
    // Choosing columns is not a new filter: the page and the filters stay.
    expect(search().get('stage')).toBe('lead')
    expect(search().get('page')).toBe('2')

    await userEvent.click(screen.getByRole('button', { name: '恢复默认列' }))
    expect(search().get('cols')).toBeNull()
    expect(box('custom.cf1')).not.toBeChecked()
    expect(box('tags')).toBeChecked()
  })

  it('reads the columns from the URL', async () => {
    await renderWithProviders(<ChooserOnUrl />, { route: '/customers?cols=code,name,custom.cf1' })
    await userEvent.click(screen.getByTestId('column-chooser'))
    await screen.findByTestId('column-chooser-dropdown')
    expect(box('custom.cf1')).toBeChecked()
    expect(box('code')).toBeChecked()
    expect(box('phone')).not.toBeChecked()
  })

  it('keeps a clean address when the choice comes back to the defaults', () => {
    const all = ['code', 'name', 'grade', 'phone', 'email', 'tags']
    expect(setColumnShown(['code', 'name', 'email'], 'email', false, all)).toEqual(['code', 'name'])
    const back = setColumnShown(null, 'email', true, all)
    expect(setColumnShown(back, 'email', false, all)).toBeNull()
  })
})
