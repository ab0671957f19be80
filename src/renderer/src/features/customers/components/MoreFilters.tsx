import { Anchor, Badge, Button, Popover, Select, Stack, Text } from '@mantine/core'
import { IconFilterPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { CustomField } from '../../../../../shared/api'

export interface MoreFiltersProps {
  /** Active custom fields of customers; the single- and multi-choice ones can filter. */
  customFields: CustomField[]
  value: Record<string, string>
  onChange: (custom: Record<string, string>) => void
  /** Filters shown above the custom fields' (the campaign), and how many of them are set. */
  children?: ReactNode
  extraActive?: number
}

/** "更多筛选": one select per choice-type custom field (filter.custom; a multi choice matches when it contains the option). */
export function MoreFilters({
  customFields,
  value,
  onChange,
  children,
  extraActive = 0,
}: MoreFiltersProps) {
  const { t } = useTranslation()
  const choiceFields = customFields.filter(
    (field) => field.type === 'single' || field.type === 'multi',
  )
  const active = Object.keys(value).length + extraActive
  const set = (key: string, option: string | null) => {
    const next = { ...value }
    if (option === null) delete next[key]
    else next[key] = option
    onChange(next)
  }
  return (
    <Popover position="bottom-start" shadow="md" width={280}>
      <Popover.Target>
        <Button
          data-testid="more-filters"
          variant="default"
          leftSection={<IconFilterPlus size={16} />}
          rightSection={
            active > 0 ? (
              <Badge size="xs" circle>
                {active}
              </Badge>
            ) : null
          }
        >
          {t('list.moreFilters')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="more-filters-dropdown">
        {children}
        {choiceFields.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('list.noChoiceFields')}{' '}
            <Anchor component={Link} to="/settings" size="sm">
              {t('list.toCustomFields')}
            </Anchor>
          </Text>
        ) : (
          <Stack gap="xs">
            {choiceFields.map((field) => (
              <Select<string>
                key={field.key}
                data-testid={`custom-filter-${field.key}`}
                label={field.label}
                placeholder={t('list.anyValue')}
                data={field.options}
                value={value[field.key] ?? null}
                onChange={(option) => set(field.key, option)}
                clearable
                searchable
                comboboxProps={{ withinPortal: false }}
              />
            ))}
          </Stack>
        )}
      </Popover.Dropdown>
    </Popover>
  )
}
