import { Button, Group, Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField } from '../../../components/DateField'
import { QUICK_PICKS, quickPickDate } from '../../../lib/followUpDates'

export interface NextFollowUpFieldProps {
  value: string
  onChange: (value: string) => void
  error?: ReactNode
  /** Today's local date, 'YYYY-MM-DD': the picks count from it. */
  today: string
}

/** The next follow-up date, typed or picked: 明天, 3天后, 下周, 下月 (each shows its date on hover). */
export function NextFollowUpField({ value, onChange, error, today }: NextFollowUpFieldProps) {
  const { t } = useTranslation()
  return (
    <Stack gap={6}>
      <DateField
        label={t('followUps.form.nextFollowUpDate')}
        data-testid="followup-next-date"
        value={value}
        onChange={onChange}
        error={error}
      />
      <Group gap={6}>
        {QUICK_PICKS.map((pick) => {
          const date = quickPickDate(pick, today)
          const chosen = value === date
          return (
            <Button
              key={pick}
              size="compact-xs"
              variant={chosen ? 'filled' : 'light'}
              aria-pressed={chosen}
              title={date}
              data-testid={`followup-pick-${pick}`}
              onClick={() => onChange(chosen ? '' : date)}
            >
              {t(`followUps.picks.${pick}`)}
            </Button>
          )
        })}
      </Group>
    </Stack>
  )
}
