import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Customer, CustomerDetail } from '../../src/shared/api'
import { CustomerForm } from '../../src/renderer/src/features/customers/components/CustomerForm'
import { customerDetail } from './listFixtures'
import { callsOf, renderWithProviders, stubHost, type MethodHandler } from './render'

/** What customers.create answers: the input saved as customer 41. */
function savedCustomer(input: Partial<Customer>): CustomerDetail {
  return customerDetail(41, '', {
    grade: null,
    stage: 'lead',
    createdAt: 0,
    updatedAt: 0,
    ...input,
  })
}

function host(create: MethodHandler) {
  return stubHost({
    'owners.list': () => ({ ok: true, value: [{ id: 2, name: '李娜', active: true }] }),
    'tags.list': () => ({ ok: true, value: [] }),
    'customers.create': create,
  })
}

const created: MethodHandler = (input) => ({
  ok: true,
  value: savedCustomer(input as Partial<Customer>),
})

describe('customer form', () => {
  it('says in Chinese that the name is required, without calling the core', async () => {
    const fetchMock = host(created)
    const onSaved = vi.fn()
    await renderWithProviders(<CustomerForm customer={null} onSaved={onSaved} onCancel={vi.fn()} />)

    await userEvent.click(screen.getByTestId('customer-save'))

    expect(await screen.findByText('必填')).toBeInTheDocument()
    expect(screen.getByLabelText(/客户名称/)).toHaveAttribute('aria-invalid', 'true')
    expect(callsOf(fetchMock, 'customers.create')).toHaveLength(0)
    expect(onSaved).not.toHaveBeenCalled()
  })

  it('submits with Enter and sends blanks as null and no code (the core numbers it)', async () => {
    const fetchMock = host(created)
    const onSaved = vi.fn()
    await renderWithProviders(<CustomerForm customer={null} onSaved={onSaved} onCancel={vi.fn()} />)

    await userEvent.type(screen.getByLabelText(/客户名称/), '北京张三贸易有限公司')
    await userEvent.type(screen.getByTestId('field-birthday'), '1985/3/7{Enter}')

    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    const [input] = callsOf(fetchMock, 'customers.create') as Record<string, unknown>[]
    expect(input).toMatchObject({
      name: '北京张三贸易有限公司',
      type: 'company',
      stage: 'lead',
      phone: null,
      birthday: '1985-03-07',
    })
    expect(input).not.toHaveProperty('code')
  })

  it("shows the core's VALIDATION details under their fields, translated", async () => {
    host(() => ({
      ok: false,
      error: {
        code: 'VALIDATION',
        key: 'errors.validation',
        message: 'Some fields are not valid',
        details: [{ path: 'email', key: 'errors.email', message: 'Not a valid email address' }],
      },
    }))
    await renderWithProviders(<CustomerForm customer={null} onSaved={vi.fn()} onCancel={vi.fn()} />)

    await userEvent.type(screen.getByLabelText(/客户名称/), '甲')
    await userEvent.type(screen.getByLabelText('邮箱'), 'not-an-email')
    await userEvent.click(screen.getByTestId('customer-save'))

    expect(await screen.findByText('邮箱地址格式不正确')).toBeInTheDocument()
    expect(screen.getByLabelText('邮箱')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('邮箱')).toHaveFocus()
  })

  it('puts a taken code under the code field', async () => {
    host(() => ({
      ok: false,
      error: {
        code: 'CONFLICT',
        key: 'errors.customerCodeTaken',
        message: 'taken',
        params: { code: 'KH000001', name: '天津博源', id: 1 },
      },
    }))
    await renderWithProviders(<CustomerForm customer={null} onSaved={vi.fn()} onCancel={vi.fn()} />)

    await userEvent.type(screen.getByLabelText(/客户名称/), '乙')
    await userEvent.type(screen.getByLabelText('客户编号'), 'KH000001{Enter}')

    expect(await screen.findByText('编号 KH000001 已被「天津博源」使用')).toBeInTheDocument()
    expect(screen.getByTestId('field-code')).toHaveAttribute('aria-invalid', 'true')
  })

  it('is labelled in English when that is the language', async () => {
    host(created)
    await renderWithProviders(
      <CustomerForm customer={null} onSaved={vi.fn()} onCancel={vi.fn()} />,
      { locale: 'en' },
    )
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Required')).toBeInTheDocument()
    expect(screen.getByLabelText('Customer code')).toHaveAttribute('placeholder', 'auto')
  })
})
