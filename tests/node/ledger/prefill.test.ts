import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers'
import { ledgerSetup } from './helpers'

/** A won deal as a contract: the adjustment line speaks the app's language. */
describe('contracts.prefillFromDeal adjustment line', () => {
  it('is described in the app language: 价格调整 in Chinese, Price adjustment in English', () => {
    const core = openTestCore()
    const { customer, software } = ledgerSetup(core)
    const deal = core.ok('deals.create', {
      customerId: customer.id,
      title: 'ERP 项目',
      amountCents: 3_000_000,
      productIds: [software.id],
    })
    const lines = () =>
      core
        .ok('contracts.prefillFromDeal', { dealId: deal.id })
        .items.map((i) => [i.description, i.unitPriceCents])
    expect(lines()).toEqual([
      ['ERP 软件许可', 2_980_000],
      ['价格调整', 20_000],
    ])
    core.ok('settings.update', { locale: 'en' })
    expect(lines()).toEqual([
      ['ERP 软件许可', 2_980_000],
      ['Price adjustment', 20_000],
    ])
    // No adjustment when the products add up to the amount; the deal's title with none.
    const exact = core.ok('deals.create', {
      customerId: customer.id,
      title: '许可',
      amountCents: 2_980_000,
      productIds: [software.id],
    })
    expect(
      core.ok('contracts.prefillFromDeal', { dealId: exact.id }).items.map((i) => i.description),
    ).toEqual(['ERP 软件许可'])
    const bare = core.ok('deals.create', {
      customerId: customer.id,
      title: '运维年费',
      amountCents: 500_000,
    })
    expect(core.ok('contracts.prefillFromDeal', { dealId: bare.id }).items).toEqual([
      { productId: null, description: '运维年费', quantity: 1, unitPriceCents: 500_000 },
    ])
    core.close()
  })
})
