import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { ContractCreateInput } from '../../src/shared/api'
import { ContractForm } from '../../src/renderer/src/features/contracts/components/ContractForm'
import {
  checkPlan,
  contractTotal,
  evenAmounts,
  lastTakesDifference,
  parseDiscountBps,
  parseLine,
  parseQuantityMilli,
  planDueDates,
  proportionalAmounts,
} from '../../src/renderer/src/features/contracts/form/contractMath'
import { newContractValues } from '../../src/renderer/src/features/contracts/form/contractFormValues'
import { callsOf, renderWithProviders, stubHost } from './render'

const line = (quantity: string, unitPrice: string, discount = '') => ({
  quantity,
  unitPrice,
  discount,
})

describe('the contract form arithmetic', () => {
  it('reads quantities and discounts as typed, exactly', () => {
    expect(parseQuantityMilli('2.5')).toBe(2500)
    expect(parseQuantityMilli('０.００１')).toBe(1)
    expect(parseQuantityMilli('1,000')).toBe(1_000_000)
    expect(parseQuantityMilli('0')).toBeNull()
    expect(parseQuantityMilli('1.2345')).toBeNull()
    expect(parseQuantityMilli('-1')).toBeNull()
    expect(parseDiscountBps('')).toBe(0)
    expect(parseDiscountBps('12.5')).toBe(1250)
    expect(parseDiscountBps('12.5%')).toBe(1250)
    expect(parseDiscountBps('100')).toBe(10_000)
    expect(parseDiscountBps('100.01')).toBeNull()
    expect(parseDiscountBps('1.005')).toBeNull()
  })

  it('rounds each line half away from zero to the 分', () => {
    expect(parseLine(line('1', '0.01', '50')).totalCents).toBe(1) // 0.005 → 0.01
    expect(parseLine(line('1', '-0.01', '50')).totalCents).toBe(-1) // −0.005 → −0.01
    expect(parseLine(line('2.5', '3.33')).totalCents).toBe(833) // 8.325 → 8.33
    expect(parseLine(line('0.333', '1.00')).totalCents).toBe(33) // 0.333 → 0.33
    expect(parseLine(line('3', '19.99', '33.33')).totalCents).toBe(3998) // 59.97 × 66.67 % = 39.981
    expect(parseLine(line('1', '0.015', '0')).totalCents).toBeNull() // 3 decimals of yuan is no price
    expect(parseLine(line('1000000', '99999.99', '0')).totalCents).toBe(9_999_999_000_000)
  })

  it('sums the complete lines and says whether all were', () => {
    expect(contractTotal([line('2', '12,800.00', '5'), line('10', '1500')])).toEqual({
      totalCents: 3_932_000,
      complete: true,
    })
    expect(contractTotal([line('1', '100'), line('x', '5')])).toEqual({
      totalCents: 10_000,
      complete: false,
    })
  })

  it('splits evenly with the remainder on the last instalment', () => {
    expect(evenAmounts(1000, 3)).toEqual([333, 333, 334])
    expect(evenAmounts(2, 3)).toEqual([0, 0, 2])
    expect(planDueDates([], 3, '2026-01-31')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31'])
    expect(planDueDates(['2026-05-10'], 3, '2026-01-01')).toEqual([
      '2026-05-10',
      '2026-06-10',
      '2026-07-10',
    ])
  })

  it('rebalances a plan to a new total, exactly', () => {
    expect(proportionalAmounts([333, 333, 334], 1200)).toEqual([399, 399, 402])
    expect(proportionalAmounts([4000, 6000], 9999)).toEqual([3999, 6000])
    expect(lastTakesDifference([333, 333, 334], 1200)).toEqual([333, 333, 534])
    expect(lastTakesDifference([500, 500], 400)).toBeNull()
    const plan = [
      { dueDate: '2026-12-01', amount: '3.99' },
      { dueDate: '2027-01-01', amount: '8.01' },
    ]
    expect(checkPlan(1200, plan)).toMatchObject({
      ok: true,
      planSumCents: 1200,
      differenceCents: 0,
    })
    expect(checkPlan(1201, plan)).toMatchObject({ ok: false, differenceCents: 1 })
    expect(checkPlan(0, [])).toMatchObject({ ok: true })
    expect(checkPlan(100, [])).toMatchObject({ ok: false })
  })
})

const customer = { id: 5, name: '北京恒远贸易有限公司' }

function hostForForm() {
  return stubHost({
    'owners.list': () => ({ ok: true, value: [] }),
    'customers.list': () => ({ ok: true, value: { rows: [customer], total: 1 } }),
    'products.list': () => ({ ok: true, value: { rows: [], total: 0 } }),
    'contracts.create': (input) => ({
      ok: true,
      value: {
        id: 91,
        number: 'HT-2026-0007',
        state: (input as ContractCreateInput).draft ? 'draft' : 'active',
      },
    }),
  })
}

async function renderNewForm() {
  const onSaved = vi.fn()
  const host = hostForForm()
  await renderWithProviders(
    <ContractForm
      target={{
        kind: 'new',
        initial: newContractValues({
          number: 'HT-2026-0007',
          today: '2026-11-23',
          customerId: customer.id,
        }),
        customerName: customer.name,
      }}
      onSaved={onSaved}
      onCancel={() => undefined}
    />,
  )
  return { onSaved, host, user: userEvent.setup() }
}

const cents = (testId: string) => screen.getByTestId(testId).getAttribute('data-cents')

/** Fills a line as a paste would (change events); typing key by key is tested once, below. */
function fillLine(
  index: number,
  values: { description: string; quantity: string; price: string; discount?: string },
) {
  const set = (testId: string, value: string) =>
    fireEvent.change(screen.getByTestId(`${testId}-${index}`), { target: { value } })
  set('line-description', values.description)
  set('line-quantity', values.quantity)
  set('line-price', values.price)
  if (values.discount) set('line-discount', values.discount)
}

const setValue = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } })

describe('the contract form', () => {
  it('shows each line total and the contract total live, rounded per line', async () => {
    const { user } = await renderNewForm()
    fillLine(0, { description: '软件许可', quantity: '2.5', price: '' })
    await user.type(screen.getByTestId('line-price-0'), '3.3')
    expect(cents('line-total-0')).toBe('825')
    await user.type(screen.getByTestId('line-price-0'), '3')
    expect(cents('line-total-0')).toBe('833')
    await user.click(screen.getByTestId('line-add'))
    fillLine(1, { description: '小额服务', quantity: '1', price: '0.01', discount: '50' })
    expect(cents('line-total-1')).toBe('1')
    expect(cents('contract-total')).toBe('834')
    expect(screen.getByTestId('contract-total')).toHaveTextContent('¥8.34')
    await user.click(screen.getByTestId('line-add-discount'))
    setValue('line-price-2', '0.005')
    // Three decimals of yuan are no price: the line waits, the total is what is complete.
    expect(screen.getByTestId('line-total-2')).toHaveTextContent('—')
    setValue('line-price-2', '-0.34')
    expect(cents('line-total-2')).toBe('-34')
    expect(cents('contract-total')).toBe('800')
    expect(screen.getByTestId('footer-total')).toHaveTextContent('¥8.00')
  })

  it('splits the total evenly (remainder on the last) and the plan check turns green', async () => {
    const { user } = await renderNewForm()
    setValue('contract-title', '维保')
    fillLine(0, { description: '维保', quantity: '1', price: '10' })
    expect(screen.getByTestId('plan-check')).toHaveAttribute('data-ok', 'false')
    await user.clear(screen.getByTestId('plan-split-count'))
    await user.type(screen.getByTestId('plan-split-count'), '3')
    await user.click(screen.getByTestId('plan-split'))
    expect(screen.getAllByTestId('plan-row')).toHaveLength(3)
    expect(screen.getByTestId<HTMLInputElement>('plan-amount-0').value).toBe('3.33')
    expect(screen.getByTestId<HTMLInputElement>('plan-amount-1').value).toBe('3.33')
    expect(screen.getByTestId<HTMLInputElement>('plan-amount-2').value).toBe('3.34')
    expect(screen.getByTestId<HTMLInputElement>('plan-due-0').value).toBe('2026-11-23')
    expect(screen.getByTestId<HTMLInputElement>('plan-due-2').value).toBe('2027-01-23')
    expect(screen.getByTestId('plan-check')).toHaveAttribute('data-ok', 'true')
    expect(screen.queryByTestId('rebalance-prompt')).toBeNull()
  })

  it('asks to rebalance when the total changes, and blocks saving until the plan sums', async () => {
    const { user, host, onSaved } = await renderNewForm()
    setValue('contract-title', '维保')
    fillLine(0, { description: '维保', quantity: '1', price: '10' })
    await user.click(screen.getByTestId('plan-split'))
    setValue('line-price-0', '12')
    const prompt = screen.getByTestId('rebalance-prompt')
    expect(prompt).toHaveTextContent('合同额已从 ¥10.00 变为 ¥12.00')
    expect(prompt).toHaveTextContent('相差 ¥2.00')
    expect(screen.getByTestId('plan-check')).toHaveAttribute('data-difference', '200')

    await user.click(screen.getByTestId('contract-save'))
    expect(callsOf(host, 'contracts.create')).toHaveLength(0)
    expect(onSaved).not.toHaveBeenCalled()

    await user.click(within(prompt).getByTestId('rebalance-proportional'))
    expect(screen.getByTestId<HTMLInputElement>('plan-amount-0').value).toBe('3.99')
    expect(screen.getByTestId<HTMLInputElement>('plan-amount-1').value).toBe('3.99')
    expect(screen.getByTestId<HTMLInputElement>('plan-amount-2').value).toBe('4.02')
    expect(screen.queryByTestId('rebalance-prompt')).toBeNull()
    expect(screen.getByTestId('plan-check')).toHaveAttribute('data-ok', 'true')

    await user.click(screen.getByTestId('contract-save'))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(callsOf(host, 'contracts.create')).toEqual([
      {
        customerId: 5,
        title: '维保',
        signedDate: '2026-11-23',
        items: [{ productId: null, description: '维保', quantity: 1, unitPriceCents: 1200 }],
        plan: [
          { dueDate: '2026-11-23', amountCents: 399 },
          { dueDate: '2026-12-23', amountCents: 399 },
          { dueDate: '2027-01-23', amountCents: 402 },
        ],
        number: 'HT-2026-0007',
      },
    ])
  })

  it('puts the difference on the last instalment, or splits again, when asked', async () => {
    const { user } = await renderNewForm()
    fillLine(0, { description: '维保', quantity: '1', price: '10' })
    await user.click(screen.getByTestId('plan-split'))
    setValue('line-quantity-0', '2')
    await user.click(screen.getByTestId('rebalance-last'))
    expect(screen.getByTestId<HTMLInputElement>('plan-amount-2').value).toBe('13.34')
    expect(screen.getByTestId('plan-check')).toHaveAttribute('data-ok', 'true')
    setValue('line-quantity-0', '0.5')
    // ¥5.00 against a plan of ¥20.00: the last instalment cannot take −¥15.00.
    expect(screen.getByTestId('rebalance-last')).toBeDisabled()
    await user.click(screen.getByTestId('rebalance-even'))
    expect(screen.getByTestId<HTMLInputElement>('plan-amount-0').value).toBe('1.66')
    expect(screen.getByTestId<HTMLInputElement>('plan-amount-2').value).toBe('1.68')
  })

  it('refuses a hand-made plan that does not sum, with the difference, and saves a draft once it does', async () => {
    const { user, host, onSaved } = await renderNewForm()
    setValue('contract-title', '门店终端')
    fillLine(0, { description: '收银终端', quantity: '3', price: '3,333.33' })
    expect(cents('contract-total')).toBe('999999')
    await user.click(screen.getByTestId('plan-add'))
    setValue('plan-amount-0', '5,000')
    await user.click(screen.getByTestId('plan-add'))
    expect(screen.getByTestId<HTMLInputElement>('plan-amount-1').value).toBe('4,999.99')
    setValue('plan-amount-1', '4,999.98')
    expect(screen.getByTestId('plan-check')).toHaveTextContent('少 ¥0.01')
    await user.click(screen.getByTestId('contract-save-draft'))
    expect(await screen.findByTestId('rebalance-prompt')).toHaveTextContent(
      '回款计划与合同额不一致',
    )
    expect(callsOf(host, 'contracts.create')).toHaveLength(0)
    setValue('plan-amount-1', '4,999.99')
    await user.click(screen.getByTestId('contract-save-draft'))
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    const [input] = callsOf(host, 'contracts.create') as ContractCreateInput[]
    expect(input?.draft).toBe(true)
    expect(input?.plan.map((p) => p.amountCents)).toEqual([500_000, 499_999])
  })
})
