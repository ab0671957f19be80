import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { CustomerDetail, CustomField } from '../../src/shared/api'
import { MoneyInput } from '../../src/renderer/src/components/MoneyInput'
import { CustomerForm } from '../../src/renderer/src/features/customers/components/CustomerForm'
import {
  customFormValue,
  customInputValue,
  customPatch,
} from '../../src/renderer/src/lib/customFieldForm'
import { callsOf, renderWithProviders, stubHost, type MethodHandler } from './render'
import { customerDetail } from './listFixtures'

const credit: CustomField = {
  id: 1,
  entity: 'customer',
  key: 'cf1',
  label: '授信额度',
  type: 'money',
  options: [],
  position: 0,
  active: true,
}

function money(text: string) {
  return customInputValue(credit, text)
}

describe('a money custom field', () => {
  it('turns yuan text into exact integer 分, where a float multiply would not', () => {
    expect(money('1,234.56')).toEqual({ ok: true, value: 123456 })
    expect(money('¥19.99')).toEqual({ ok: true, value: 1999 }) // 19.99 * 100 = 1998.9999999999998
    expect(money('4.35')).toEqual({ ok: true, value: 435 }) // 4.35 * 100 = 434.99999999999994
    expect(money('1.15')).toEqual({ ok: true, value: 115 })
    expect(money('0.3')).toEqual({ ok: true, value: 30 }) // while 0.1 + 0.2 = 0.30000000000000004
    expect(money('０.０７')).toEqual({ ok: true, value: 7 })
    expect(money('-3.07')).toEqual({ ok: true, value: -307 })
    expect(money('')).toEqual({ ok: true, value: null })
    expect(money('1.005')).toEqual({ ok: false, key: 'errors.customMoney' })
    expect(money('十块')).toEqual({ ok: false, key: 'errors.customMoney' })
  })

  it('shows stored 分 as yuan text, and that text goes back to the same 分', () => {
    for (const cents of [0, 7, 30, 1999, 123456, 100000000, -307]) {
      const text = customFormValue(credit, cents)
      expect(money(String(text))).toEqual({ ok: true, value: cents })
    }
    expect(customFormValue(credit, 123456)).toBe('1,234.56')
    expect(customFormValue(credit, null)).toBe('')
  })

  it('sends only the fields the user changed (the core patches custom values)', () => {
    const note: CustomField = { ...credit, id: 2, key: 'cf2', label: '开票抬头', type: 'text' }
    expect(customPatch([credit, note], { cf1: '0.3' })).toEqual({ custom: { cf1: 30 }, errors: {} })
    expect(customPatch([credit, note], { cf1: 'abc', cf2: '  ' })).toEqual({
      custom: { cf2: null },
      errors: { 'custom.cf1': 'errors.customMoney' },
    })
  })

  it('rewrites what was typed as 1,234.50 on leaving the input', async () => {
    function Harness() {
      const [value, setValue] = useState('')
      return <MoneyInput label="金额" value={value} onChange={setValue} />
    }
    await renderWithProviders(<Harness />)
    const input = screen.getByLabelText('金额')
    await userEvent.type(input, '1234.5')
    await userEvent.tab()
    expect(input).toHaveValue('1,234.50')
  })
})

function host(create: MethodHandler) {
  return stubHost({
    'owners.list': () => ({ ok: true, value: [] }),
    'tags.list': () => ({ ok: true, value: [] }),
    'customFields.list': () => ({ ok: true, value: [credit] }),
    'customers.create': create,
  })
}

describe('the customer form with a money custom field', () => {
  it('sends the amount as integer 分', async () => {
    const fetchMock = host((input) => ({
      ok: true,
      value: saved(input as Record<string, unknown>),
    }))
    const onSaved = vi.fn()
    await renderWithProviders(<CustomerForm customer={null} onSaved={onSaved} onCancel={vi.fn()} />)
    await userEvent.type(screen.getByLabelText(/客户名称/), '甲公司')
    await userEvent.type(await screen.findByLabelText('授信额度'), '1,234.56')
    await userEvent.click(screen.getByTestId('customer-save'))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(callsOf(fetchMock, 'customers.create')[0]).toMatchObject({
      name: '甲公司',
      custom: { cf1: 123456 },
    })
  })

  it('says under the field when the amount is not money, without calling the core', async () => {
    const fetchMock = host((input) => ({
      ok: true,
      value: saved(input as Record<string, unknown>),
    }))
    await renderWithProviders(<CustomerForm customer={null} onSaved={vi.fn()} onCancel={vi.fn()} />)
    await userEvent.type(screen.getByLabelText(/客户名称/), '甲公司')
    await userEvent.type(await screen.findByLabelText('授信额度'), '1.005')
    await userEvent.click(screen.getByTestId('customer-save'))
    expect(await screen.findByText('请输入金额')).toBeInTheDocument()
    expect(screen.getByLabelText('授信额度')).toHaveAttribute('aria-invalid', 'true')
    expect(callsOf(fetchMock, 'customers.create')).toHaveLength(0)
  })

  it("puts the core's VALIDATION detail for custom.<key> under that input", async () => {
    host(() => ({
      ok: false,
      error: {
        code: 'VALIDATION',
        key: 'errors.validation',
        message: 'Some fields are not valid',
        details: [{ path: 'custom.cf1', key: 'errors.customMoney', message: 'money' }],
      },
    }))
    await renderWithProviders(<CustomerForm customer={null} onSaved={vi.fn()} onCancel={vi.fn()} />)
    await userEvent.type(screen.getByLabelText(/客户名称/), '甲公司')
    await userEvent.type(await screen.findByLabelText('授信额度'), '5')
    await userEvent.click(screen.getByTestId('customer-save'))
    expect(await screen.findByText('请输入金额')).toBeInTheDocument()
    expect(screen.getByLabelText('授信额度')).toHaveAttribute('aria-invalid', 'true')
  })
})

/** What customers.create answers: customer 9 with the name that was sent. */
function saved(input: Record<string, unknown>): CustomerDetail {
  return customerDetail(9, String(input.name), {
    grade: null,
    stage: 'lead',
    createdAt: 0,
    updatedAt: 0,
  })
}
