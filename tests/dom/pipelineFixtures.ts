import type { Board, Deal, PipelineStage } from '../../src/shared/api'
import { weightedCents } from '../../src/renderer/src/features/pipeline/boardCache'

/** The default pipeline as pipeline.stages returns it; override what a test is about. */
export function stage(id: number, name: string, extra: Partial<PipelineStage> = {}): PipelineStage {
  return {
    id,
    name,
    probability: 10 * id,
    kind: 'open',
    position: id,
    staleDays: 30,
    dealCount: 0,
    ...extra,
  }
}

export const STAGES: PipelineStage[] = [
  stage(1, '初步接洽', { probability: 10 }),
  stage(2, '需求确认', { probability: 30 }),
  stage(3, '方案报价', { probability: 50 }),
  stage(4, '谈判', { probability: 70 }),
  stage(5, '赢单', { kind: 'won', probability: 100, staleDays: null }),
  stage(6, '输单', { kind: 'lost', probability: 0, staleDays: null }),
]

/** An open deal as the board and deals.get return it. */
export function deal(id: number, title: string, stageId: number, extra: Partial<Deal> = {}): Deal {
  return {
    id,
    customerId: 7,
    customerName: '杭州鑫源贸易有限公司',
    title,
    amountCents: 100_000,
    stageId,
    stageName: STAGES.find((candidate) => candidate.id === stageId)?.name ?? '',
    position: 0,
    status: 'open',
    expectedCloseDate: null,
    ownerId: null,
    ownerName: null,
    productIds: [],
    campaignId: null,
    campaignName: null,
    campaignDeleted: false,
    activityId: null,
    notes: null,
    lostReason: null,
    closedDate: null,
    stageEnteredAt: Date.UTC(2026, 10, 20),
    daysInStage: 3,
    warnings: [],
    createdAt: Date.UTC(2026, 10, 1),
    updatedAt: Date.UTC(2026, 10, 20),
    deletedAt: null,
    ...extra,
  }
}

/** A board of the open stages with these deals, totals as the core computes them. */
export function board(deals: Deal[]): Board {
  const columns = STAGES.filter((candidate) => candidate.kind === 'open').map((column) => {
    const inStage = deals
      .filter((candidate) => candidate.stageId === column.id)
      .map((candidate, position) => ({ ...candidate, position }))
    const totalCents = inStage.reduce((sum, candidate) => sum + candidate.amountCents, 0)
    return {
      stage: { ...column, dealCount: inStage.length },
      deals: inStage,
      count: inStage.length,
      totalCents,
      weightedCents: weightedCents(totalCents, column.probability),
    }
  })
  return {
    columns,
    count: deals.length,
    totalCents: columns.reduce((sum, column) => sum + column.totalCents, 0),
    weightedCents: columns.reduce((sum, column) => sum + column.weightedCents, 0),
    asOf: '2026-11-23',
  }
}
