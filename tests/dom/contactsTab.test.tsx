import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Contact } from '../../src/shared/api'
import { ContactForm } from '../../src/renderer/src/features/customer-detail/components/ContactForm'
import { ContactsPanel } from '../../src/renderer/src/features/customer-detail/components/ContactsPanel'
import { contactRow, customFieldDef } from './listFixtures'
import { callsOf, renderWithProviders, stubHost, type MethodHandler } from './render'

const department = customFieldDef(11, 'contact', '部门', 'single', ['采购部', '财务部'])
const budget = customFieldDef(12, 'contact', '年采购额', 'money')
const gifts = customFieldDef(13, 'contact', '节日礼品', 'multi', ['月饼', '茶叶'])
const retired = { ...customFieldDef(14, 'contact', '旧字段', 'text'), active: false }
const contactFields = [department, budget, gifts, retired]

function contact(values: Partial<Contact> = {}): Contact {
  return contactRow(31, '王芳', { title: '采购经理', isPrimary: true, ...values })
}

function host(handlers: Record<string, MethodHandler> = {}) {
  return stubHost({
    'customFields.list': (input) => {
      const entity = (input as { entity?: string } | undefined)?.entity
      return { ok: true, value: entity === 'contact' ? contactFields : [] }
    },
    'contacts.update': (input) => ({
      ok: true,
      value: contact(input as Partial<Contact>),
    }),
    ...handlers,
  })
}

describe('the contact form', () => {
  it('shows the active contact custom fields with the stored values, and sends only what was changed, money in 分', async () => {
    const fetchMock = host()
    const onSaved = vi.fn()
    const stored = contact({ custom: { cf11: '采购部', cf12: 120000000, cf14: '旧值' } })
    await renderWithProviders(
      <ContactForm customerId={7} contact={stored} onSaved={onSaved} onCancel={vi.fn()} />,
    )
    const money = await screen.findByTestId('contact-field-custom.cf12')
    expect(money).toHaveValue('1,200,000.00')
    expect(screen.getByTestId('contact-field-custom.cf11')).toHaveValue('采购部')
    expect(screen.queryByLabelText('旧字段')).not.toBeInTheDocument()
    expect(callsOf(fetchMock, 'customFields.list')).toContainEqual({ entity: 'contact' })

    await userEvent.clear(money)
    await userEvent.type(money, '1,234.56')
    await userEvent.click(screen.getByTestId('contact-save'))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    const [sent] = callsOf(fetchMock, 'contacts.update') as Record<string, unknown>[]
    expect(sent).toMatchObject({ id: 31, name: '王芳', custom: { cf12: 123456 } })
    // The untouched choice is not sent again: the core patches custom values.
    expect(sent?.custom).toEqual({ cf12: 123456 })
  })

  it('says under the input when an amount is not money, without calling the core', async () => {
    const fetchMock = host()
    await renderWithProviders(
      <ContactForm customerId={7} contact={contact()} onSaved={vi.fn()} onCancel={vi.fn()} />,
    )
    await userEvent.type(await screen.findByTestId('contact-field-custom.cf12'), '很多')
    await userEvent.click(screen.getByTestId('contact-save'))
    expect(await screen.findByText('请输入金额')).toBeInTheDocument()
    expect(screen.getByTestId('contact-field-custom.cf12')).toHaveAttribute('aria-invalid', 'true')
    expect(callsOf(fetchMock, 'contacts.update')).toHaveLength(0)
  })

  it("puts the core's VALIDATION detail for custom.<key> under that input, translated", async () => {
    host({
      'contacts.create': () => ({
        ok: false,
        error: {
          code: 'VALIDATION',
          key: 'errors.validation',
          message: 'Some fields are not valid',
          details: [{ path: 'custom.cf11', key: 'errors.customChoice', message: 'not an option' }],
        },
      }),
    })
    await renderWithProviders(
      <ContactForm customerId={7} contact={null} onSaved={vi.fn()} onCancel={vi.fn()} />,
    )
    await userEvent.type(screen.getByTestId('contact-field-name'), '李强')
    await userEvent.click(await screen.findByTestId('contact-field-custom.cf11'))
    await userEvent.click(await screen.findByRole('option', { name: '财务部' }))
    await userEvent.click(screen.getByTestId('contact-save'))
    expect(await screen.findByText('请从列出的选项中选择')).toBeInTheDocument()
    expect(screen.getByTestId('contact-field-custom.cf11')).toHaveAttribute('aria-invalid', 'true')
  })
})

describe('the contacts tab', () => {
  beforeEach(() => notifications.clean())

  it('shows the filled-in custom fields of each contact, formatted by type', async () => {
    host()
    await renderWithProviders(
      <ContactsPanel
        customerId={7}
        editable
        contacts={[
          contact({ custom: { cf11: '采购部', cf12: 123456, cf13: ['月饼', '茶叶'], cf14: 'x' } }),
          contact({ id: 32, name: '李强', isPrimary: false }),
        ]}
      />,
    )
    const [first, second] = screen.getAllByTestId('contact-row')
    await waitFor(() =>
      expect(within(first!).getByTestId('contact-custom')).toHaveTextContent(
        '部门：采购部年采购额：¥1,234.56节日礼品：月饼、茶叶',
      ),
    )
    expect(within(second!).queryByTestId('contact-custom')).not.toBeInTheDocument()
  })

  it('deletes a contact at once, without asking, and Undo in the toast restores it', async () => {
    const fetchMock = host({
      'contacts.delete': () => ({ ok: true, value: null }),
      'contacts.restore': () => ({ ok: true, value: contact({ id: 32, name: '李强' }) }),
    })
    await renderWithProviders(
      <ContactsPanel
        customerId={7}
        editable
        contacts={[contact(), contact({ id: 32, name: '李强', isPrimary: false })]}
      />,
    )
    const second = screen.getAllByTestId('contact-row')[1]!
    await userEvent.click(within(second).getByTestId('contact-delete'))
    await waitFor(() => expect(callsOf(fetchMock, 'contacts.delete')).toEqual([{ id: 32 }]))
    expect(await screen.findByText('已删除联系人「李强」')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()

    await userEvent.click(screen.getByTestId('contact-undo'))
    await waitFor(() => expect(callsOf(fetchMock, 'contacts.restore')).toEqual([{ id: 32 }]))
    expect(await screen.findByText('已恢复联系人「李强」')).toBeInTheDocument()
  })
})
