import type { TFunction } from 'i18next'
import type { Customer } from '../../../../shared/api'
import type { MergeField } from './mergePlan'

/** A field's value as the merge screen shows it ("A 级", "成交", the owner's or campaign's name); null when empty. */
export function mergeValueText(
  t: TFunction,
  record: Pick<Customer, MergeField | 'ownerName' | 'campaignName' | 'campaignDeleted'>,
  field: MergeField,
): string | null {
  switch (field) {
    case 'type':
      return t(`customerType.${record.type}`)
    case 'grade':
      return record.grade ? t('grade.label', { grade: record.grade }) : null
    case 'stage':
      return t(`stage.${record.stage}`)
    case 'ownerId':
      return record.ownerName ?? (record.ownerId === null ? null : `#${record.ownerId}`)
    case 'campaignId':
      if (record.campaignId === null) return null
      return record.campaignDeleted
        ? t('campaigns.deletedName', { name: record.campaignName })
        : (record.campaignName ?? `#${record.campaignId}`)
    default: {
      const value = record[field]
      return value === null || value === '' ? null : value
    }
  }
}
