import { Group, SegmentedControl } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isCalendarDate } from '../../../../../shared/dates'
import { DateField } from '../../../components/DateField'
import { presetRange, RANGE_PRESETS, type DateRange, type RangePreset } from '../reportRange'

export interface RangePickerProps {
  preset: RangePreset
  from: string
  to: string
  today: string
  onChange: (range: DateRange & { preset: RangePreset }) => void
}

/**
 * 本月 · 上月 · 本季度 · 本年 · 自定义. A preset applies at once; 自定义 shows the two dates,
 * applied as soon as both are dates in order (a typo never empties the report).
 */
export function RangePicker({ preset, from, to, today, onChange }: RangePickerProps) {
  const { t } = useTranslation()
  const [custom, setCustom] = useState(preset === 'custom')
  const [draft, setDraft] = useState({ from, to })
  // A new range from outside (a preset, Back, a link) replaces what was being typed.
  const [shown, setShown] = useState({ preset, from, to })
  if (shown.preset !== preset || shown.from !== from || shown.to !== to) {
    setShown({ preset, from, to })
    setDraft({ from, to })
    setCustom(preset === 'custom')
  }
  const choose = (value: string) => {
    const next = value as RangePreset
    if (next === 'custom') {
      setCustom(true)
      return
    }
    setCustom(false)
    onChange({ preset: next, ...presetRange(next, today)! })
  }
  const edit = (patch: Partial<DateRange>) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    if (isCalendarDate(next.from) && isCalendarDate(next.to) && next.from <= next.to)
      onChange({ preset: 'custom', ...next })
  }
  const invalid = isCalendarDate(draft.from) && isCalendarDate(draft.to) && draft.from > draft.to
  return (
    <Group gap="xs" wrap="wrap" data-testid="range-picker">
      <SegmentedControl
        size="xs"
        value={custom ? 'custom' : preset}
        onChange={choose}
        data={RANGE_PRESETS.map((p) => ({ value: p, label: t(`reports.range.${p}`) }))}
        data-testid="range-presets"
      />
      {custom && (
        <Group gap={6} wrap="nowrap">
          <DateField
            size="xs"
            w={140}
            aria-label={t('reports.range.from')}
            value={draft.from}
            onChange={(value) => edit({ from: value })}
            data-testid="range-from"
          />
          <span>–</span>
          <DateField
            size="xs"
            w={140}
            aria-label={t('reports.range.to')}
            value={draft.to}
            onChange={(value) => edit({ to: value })}
            error={invalid ? t('errors.rangeOrder') : undefined}
            data-testid="range-to"
          />
        </Group>
      )}
    </Group>
  )
}
