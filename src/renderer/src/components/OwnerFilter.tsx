import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useOwners } from '../data/owners'

export interface OwnerFilterProps {
  ownerId: number | null
  onChange: (ownerId: number | null) => void
}

/** 负责人: all, or one owner (inactive ones too: their past sales are in the reports). */
export function OwnerFilter({ ownerId, onChange }: OwnerFilterProps) {
  const { t } = useTranslation()
  const owners = useOwners().data ?? []
  return (
    <Select
      size="xs"
      w={150}
      aria-label={t('reports.owner')}
      placeholder={t('reports.allOwners')}
      clearable
      data={owners.map((o) => ({ value: String(o.id), label: o.name }))}
      value={ownerId === null ? null : String(ownerId)}
      onChange={(value) => onChange(value === null ? null : Number(value))}
      data-testid="report-owner"
    />
  )
}
