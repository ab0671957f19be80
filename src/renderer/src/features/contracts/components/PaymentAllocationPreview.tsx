import { Checkbox, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatCents } from '../../../../../shared/money'

export interface PaymentAllocationPreviewProps {
  preview: { slices: { seq: number; amountCents: number }[]; excessCents: number } | null
  asAdvance: boolean
  onAsAdvance: (value: boolean) => void
}

/**
 * Where the money will go before it is recorded: 第 1 期 ¥…, 第 2 期 ¥…; and the part beyond
 * what is owed, which the core refuses unless it is recorded as 预收款.
 */
export function PaymentAllocationPreview({
  preview,
  asAdvance,
  onAsAdvance,
}: PaymentAllocationPreviewProps) {
  const { t } = useTranslation()
  const excess = preview?.excessCents ?? 0
  return (
    <Stack gap={6} data-testid="payment-preview">
      {preview && preview.slices.length > 0 && (
        <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('ledger.payments.goesTo', {
            slices: preview.slices
              .map((slice) =>
                t('ledger.payments.allocation', {
                  seq: slice.seq,
                  amount: formatCents(slice.amountCents),
                }),
              )
              .join('；'),
          })}
        </Text>
      )}
      {excess > 0 && (
        <Text size="sm" c="orange" data-testid="payment-excess" data-cents={excess}>
          {t(asAdvance ? 'ledger.payments.excessAsAdvance' : 'ledger.payments.excessRefused', {
            excess: formatCents(excess),
          })}
        </Text>
      )}
      <Checkbox
        label={t('ledger.payments.asAdvance')}
        description={t('ledger.payments.asAdvanceHint')}
        checked={asAdvance}
        onChange={(event) => onAsAdvance(event.currentTarget.checked)}
        data-testid="payment-asAdvance"
      />
    </Stack>
  )
}
