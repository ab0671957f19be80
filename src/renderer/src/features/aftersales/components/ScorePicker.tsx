import { Input, SegmentedControl } from '@mantine/core'

export interface ScorePickerProps {
  label: string
  value: number | null
  onChange: (score: number) => void
  error?: string | null | undefined
  testId: string
}

const SCORES = Array.from({ length: 10 }, (_, i) => String(i + 1))

/** The customer's satisfaction 1–10 as ten buttons in a row. */
export function ScorePicker({ label, value, onChange, error, testId }: ScorePickerProps) {
  return (
    <Input.Wrapper label={label} error={error}>
      <SegmentedControl
        fullWidth
        data={SCORES}
        value={value === null ? '' : String(value)}
        onChange={(v) => onChange(Number(v))}
        data-testid={testId}
        mt={4}
      />
    </Input.Wrapper>
  )
}
