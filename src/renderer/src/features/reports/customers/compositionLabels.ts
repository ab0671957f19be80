import type { TFunction } from 'i18next'
import { NONE_KEY, type CompositionDimension } from '../../../../../shared/api'

/** A composition value as the reader knows it: 成交, A 级, 未填写, 其他. */
export function compositionLabel(
  t: TFunction,
  dimension: CompositionDimension,
  key: string,
): string {
  if (key === NONE_KEY) return t('reports.customers.none')
  if (key === 'others') return t('reports.customers.others')
  if (dimension === 'stage') return t(`stage.${key}`)
  if (dimension === 'grade') return t('reports.sales.gradeLabel', { grade: key })
  return key
}
