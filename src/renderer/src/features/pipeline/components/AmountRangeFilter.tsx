import { Button, Group, Popover, Stack, Text } from '@mantine/core'
import { IconChevronDown, IconCoin } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatCents, parseYuan } from '../../../../../shared/money'
import { MoneyInput } from '../../../components/MoneyInput'
import { centsToYuanText } from '../../../lib/moneyText'

export interface AmountRangeFilterProps {
  min: number | null
  max: number | null
  onChange: (range: { minAmountCents: number | null; maxAmountCents: number | null }) => void
}

/** 金额范围: from / to in yuan, either may stay empty. */
export function AmountRangeFilter({ min, max, onChange }: AmountRangeFilterProps) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [error, setError] = useState<string | null>(null)
  const active = min !== null || max !== null

  const open = () => {
    setFrom(centsToYuanText(min))
    setTo(centsToYuanText(max))
    setError(null)
    setOpened(true)
  }
  const apply = () => {
    const low = from.trim() ? parseYuan(from) : null
    const high = to.trim() ? parseYuan(to) : null
    if ((from.trim() && (low === null || low < 0)) || (to.trim() && (high === null || high < 0))) {
      setError(t('pipeline.form.amountInvalid'))
      return
    }
    if (low !== null && high !== null && low > high) {
      setError(t('pipeline.filters.amountOrder'))
      return
    }
    onChange({ minAmountCents: low, maxAmountCents: high })
    setOpened(false)
  }

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" trapFocus>
      <Popover.Target>
        <Button
          variant={active ? 'light' : 'default'}
          leftSection={<IconCoin size={16} />}
          rightSection={<IconChevronDown size={14} />}
          onClick={() => (opened ? setOpened(false) : open())}
          data-testid="filter-amount"
        >
          {active ? amountRangeText(t, min, max) : t('pipeline.filters.amount')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            apply()
          }}
          noValidate
        >
          <Stack gap="xs" w={260}>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <MoneyInput
                label={t('pipeline.filters.amountFrom')}
                value={from}
                onChange={setFrom}
                data-testid="filter-amount-min"
                data-autofocus
              />
              <Text pb={8}>–</Text>
              <MoneyInput
                label={t('pipeline.filters.amountTo')}
                value={to}
                onChange={setTo}
                data-testid="filter-amount-max"
              />
            </Group>
            {error && (
              <Text size="xs" c="red">
                {error}
              </Text>
            )}
            <Group justify="space-between" gap="xs">
              <Button
                variant="subtle"
                size="compact-sm"
                color="gray"
                onClick={() => {
                  onChange({ minAmountCents: null, maxAmountCents: null })
                  setOpened(false)
                }}
              >
                {t('pipeline.filters.clear')}
              </Button>
              <Button size="compact-sm" type="submit" data-testid="filter-amount-apply">
                {t('pipeline.filters.apply')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  )
}

export function amountRangeText(
  t: (key: string, options?: Record<string, unknown>) => string,
  min: number | null,
  max: number | null,
): string {
  if (min !== null && max !== null)
    return t('pipeline.filters.amountBetween', { min: formatCents(min), max: formatCents(max) })
  if (min !== null) return t('pipeline.filters.amountAtLeast', { min: formatCents(min) })
  return t('pipeline.filters.amountAtMost', { max: formatCents(max ?? 0) })
}
