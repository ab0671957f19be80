import type { Board, BoardColumn, Deal } from '../../../../shared/api'

/**
 * Pure edits of a cached `deals.board` answer, for optimistic updates: the board
 * changes at once, the core's answer (or the rollback) replaces it afterwards.
 * Totals are recomputed the way the core computes them, exact to the 分.
 */

/** round half away from zero of cents × percent / 100 (amounts are never negative). */
export function weightedCents(totalCents: number, probability: number): number {
  const product = totalCents * probability
  const whole = Math.floor(product / 100)
  return product - whole * 100 >= 50 ? whole + 1 : whole
}

function withTotals(column: BoardColumn, deals: Deal[]): BoardColumn {
  const totalCents = deals.reduce((sum, deal) => sum + deal.amountCents, 0)
  // Columns the user cannot see all of keep the core's count of what is hidden.
  const hidden = column.count - column.deals.length
  const hiddenCents = column.totalCents - column.deals.reduce((sum, d) => sum + d.amountCents, 0)
  const total = totalCents + hiddenCents
  return {
    ...column,
    deals,
    count: deals.length + hidden,
    totalCents: total,
    weightedCents: weightedCents(total, column.stage.probability),
  }
}

function withBoardTotals(board: Board, columns: BoardColumn[]): Board {
  return {
    ...board,
    columns,
    count: columns.reduce((sum, column) => sum + column.count, 0),
    totalCents: columns.reduce((sum, column) => sum + column.totalCents, 0),
    weightedCents: columns.reduce((sum, column) => sum + column.weightedCents, 0),
  }
}

export function findDeal(board: Board, dealId: number): Deal | undefined {
  for (const column of board.columns) {
    const deal = column.deals.find((candidate) => candidate.id === dealId)
    if (deal) return deal
  }
  return undefined
}

const shifted = (deal: Deal, by: number): Deal =>
  deal.position === null ? deal : { ...deal, position: deal.position + by }

/** The column's cards without the deal; the ones behind its place move up by one. */
function withoutDeal(column: BoardColumn, leaving: Deal): Deal[] {
  const from = column.stage.id === leaving.stageId ? leaving.position : null
  return column.deals
    .filter((candidate) => candidate.id !== leaving.id)
    .map((candidate) =>
      from !== null && candidate.position !== null && candidate.position > from
        ? shifted(candidate, -1)
        : candidate,
    )
}

/**
 * The board with the deal moved to `toStageId` at `toIndex` of that column's cards
 * (clamped; omitted = the end), renumbered the way the core does it: the cards behind
 * its old place move up, the ones from its new place on move down. Positions stay the
 * stage's real ones even when filters show only some cards. Moving to another stage
 * restarts its days in stage and drops the "too long in stage" warning.
 */
export function moveDealOnBoard(
  board: Board,
  dealId: number,
  toStageId: number,
  toIndex?: number,
): Board {
  const deal = findDeal(board, dealId)
  const target = board.columns.find((column) => column.stage.id === toStageId)
  if (!deal || !target) return board
  const columns = board.columns.map((column) => {
    if (column.stage.id !== toStageId) {
      return column.stage.id === deal.stageId
        ? withTotals(column, withoutDeal(column, deal))
        : column
    }
    const rest = withoutDeal(column, deal)
    const index = Math.max(0, Math.min(rest.length, toIndex ?? rest.length))
    // The same anchor as dropPosition: the card it lands before, else after the last one.
    const position = rest[index]?.position ?? (rest[rest.length - 1]?.position ?? -1) + 1
    const moved: Deal = {
      ...deal,
      position,
      ...(deal.stageId === toStageId
        ? {}
        : {
            stageId: toStageId,
            stageName: target.stage.name,
            daysInStage: 0,
            warnings: deal.warnings.filter((warning) => warning !== 'stale'),
          }),
    }
    const after = rest
      .slice(index)
      .map((candidate) =>
        candidate.position !== null && candidate.position >= position
          ? shifted(candidate, 1)
          : candidate,
      )
    return withTotals(column, [...rest.slice(0, index), moved, ...after])
  })
  return withBoardTotals(board, columns)
}

/** The board without the deal (it was closed or deleted). */
export function removeDealFromBoard(board: Board, dealId: number): Board {
  const leaving = findDeal(board, dealId)
  if (!leaving) return board
  const columns = board.columns.map((column) =>
    column.stage.id === leaving.stageId ? withTotals(column, withoutDeal(column, leaving)) : column,
  )
  return withBoardTotals(board, columns)
}

/**
 * The `position` to send to deals.move for a drop between two shown cards. The board may
 * show only some of a stage's deals (filters, "show more"), so the drop is anchored on a
 * neighbour's real position rather than on the index on screen.
 *
 * `before` / `after` are the shown cards just above and below the drop, `from` the deal's
 * stage and position before the move; the answer is its index in the stage afterwards.
 */
export function dropPosition(
  from: { stageId: number; position: number | null },
  toStageId: number,
  before: Pick<Deal, 'position'> | undefined,
  after: Pick<Deal, 'position'> | undefined,
): number | undefined {
  const sameStage = from.stageId === toStageId && from.position !== null
  const origin = from.position ?? 0
  // Within the stage, the cards behind the deal's old place move up by one once it leaves.
  const shift = (position: number) => (sameStage && position > origin ? position - 1 : position)
  if (after && after.position !== null) return shift(after.position)
  if (before && before.position !== null) return shift(before.position) + 1
  return undefined
}
