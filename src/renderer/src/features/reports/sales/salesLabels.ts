import type { TFunction } from 'i18next'
import { NONE_KEY, type SalesGroup, type SalesPoint } from '../../../../../shared/api'

/** A row's name: the owner, product or province; 未分配/未填写 for none; 'A 级' for a grade. */
export function salesPointLabel(
  t: TFunction,
  group: SalesGroup,
  point: Pick<SalesPoint, 'key' | 'label'>,
): string {
  if (point.key === NONE_KEY) return t(`reports.sales.none.${group}`)
  if (group === 'grade') return t('reports.sales.gradeLabel', { grade: point.key })
  return point.label
}
