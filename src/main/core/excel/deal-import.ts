import type { z } from 'zod'
import { dealCreateInput } from '../../../shared/api'
import { createDeal, deleteDeal, updateDeal } from '../pipeline'
import { listOwners } from '../app'
import { openStages } from '../pipeline'
import { CAMPAIGN_FIELD, campaignResolver } from './campaign-column'
import { customerResolver } from './customer-resolver'
import { normaliseHeader } from './mapping'
import { entryWriter, field, none, parseOrThrow, refused } from './entry-writer'
import { registerImporter } from './registry'

/** Deals (商机) from a sheet: deals.create for each row, undo = deals.delete. */
registerImporter({
  entity: 'deals',
  fields: () => [
    field(
      'customer',
      'text',
      'import.fields.customer',
      [
        '客户名称',
        '客户',
        '公司名称',
        '单位名称',
        '客户编号',
        'customer',
        'customername',
        'customercode',
        'company',
      ],
      { required: true },
    ),
    field(
      'title',
      'text',
      'import.fields.dealTitle',
      ['商机名称', '商机', '项目名称', '机会名称', '销售机会', 'deal', 'opportunity'],
      { required: true },
    ),
    field('amount', 'money', 'import.fields.amount', [
      '金额',
      '预计金额',
      '商机金额',
      '预计成交金额',
      'amount',
      'value',
    ]),
    field('stage', 'text', 'import.fields.dealStage', ['阶段', '销售阶段', '商机阶段', 'stage']),
    field('expectedCloseDate', 'date', 'import.fields.expectedCloseDate', [
      '预计成交日期',
      '预计签单日期',
      '预计成交',
      'expectedclose',
      'closedate',
    ]),
    field('owner', 'text', 'import.fields.owner', ['负责人', '业务员', '销售', 'owner']),
    CAMPAIGN_FIELD,
    field('notes', 'text', 'import.fields.notes', ['备注', '说明', 'notes']),
  ],
  writer(ctx, mapping) {
    const customerOf = customerResolver(ctx)
    const campaignOf = campaignResolver(ctx)
    const stages = new Map(openStages(ctx).map((s) => [normaliseHeader(s.name), s.id]))
    const owners = new Map(listOwners(ctx).map((o) => [o.name, o.id]))
    const known = new Map<string, number>(
      (
        ctx.sqlite
          .prepare('SELECT id, customer_id AS c, title FROM deals WHERE deleted_at IS NULL')
          .all() as { id: number; c: number; title: string }[]
      ).map((d) => [`${d.c}|${d.title}`, d.id]),
    )
    type Input = z.output<typeof dealCreateInput>
    return entryWriter<Input>(
      mapping,
      {
        input(values) {
          const stageName = typeof values.stage === 'string' ? values.stage : ''
          const stageId = stageName ? stages.get(normaliseHeader(stageName)) : undefined
          if (stageName && stageId === undefined)
            throw refused('stage', 'errors.importStageUnknown', stageName)
          const ownerName = typeof values.owner === 'string' ? values.owner : ''
          const ownerId = ownerName ? owners.get(ownerName) : undefined
          if (ownerName && ownerId === undefined)
            throw refused('owner', 'errors.importOwnerUnknown', ownerName)
          const campaignId = campaignOf(values.campaign)
          return parseOrThrow(dealCreateInput, {
            customerId: customerOf(values.customer),
            title: values.title,
            amountCents: values.amount ?? 0,
            ...(stageId ? { stageId } : {}),
            ...(ownerId ? { ownerId } : {}),
            ...(campaignId ? { campaignId } : {}),
            ...(values.expectedCloseDate ? { expectedCloseDate: values.expectedCloseDate } : {}),
            ...(values.notes ? { notes: values.notes } : {}),
          })
        },
        duplicate(input) {
          const id = known.get(`${input.customerId}|${input.title}`)
          return id ? { id, reason: 'name', label: input.title } : null
        },
        create(input) {
          const deal = createDeal(ctx, input)
          known.set(`${input.customerId}|${input.title}`, deal.id)
          return deal.id
        },
        update(id, input) {
          const { customerId: _c, stageId: _s, ...fields } = input
          updateDeal(ctx, { id, ...fields })
          return { action: 'updated' }
        },
      },
      (path) =>
        (
          ({
            customerId: 'customer',
            amountCents: 'amount',
            stageId: 'stage',
            ownerId: 'owner',
            campaignId: 'campaign',
          }) as Record<string, string | undefined>
        )[path] ?? path,
    )
  },
  undo(ctx, records) {
    const counts = none()
    for (const r of records.filter((r) => r.action === 'created')) {
      try {
        deleteDeal(ctx, r.recordId)
        counts.removed += 1
      } catch {
        // Deleted by hand since.
      }
    }
    return counts
  },
})
