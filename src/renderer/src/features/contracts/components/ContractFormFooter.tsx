import { Button, Divider, Group, Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatCents } from '../../../../../shared/money'
import { MoneyText } from '../../../components/MoneyText'

export interface ContractFormFooterProps {
  totalCents: number
  /** total − plan sum; 0 when the plan matches (shown so a mismatch is seen without scrolling). */
  planDifferenceCents: number | null
  /** A new contract can be saved as a draft; an existing one is only saved. */
  isNew: boolean
  saving: 'draft' | 'active' | null
  onDraft: () => void
  onCancel: () => void
}

/** The form's sticky bottom bar: 保存并生效 (the submit button), 存为草稿, 取消, and the live total. */
export function ContractFormFooter({
  totalCents,
  planDifferenceCents,
  isNew,
  saving,
  onDraft,
  onCancel,
}: ContractFormFooterProps) {
  const { t } = useTranslation()
  return (
    <Paper
      withBorder
      p="sm"
      pos="sticky"
      bottom={0}
      style={{ zIndex: 5, boxShadow: 'var(--mantine-shadow-sm)' }}
    >
      {/* Buttons at the left: toasts appear at the bottom right and must never cover 保存. */}
      <Group gap="sm" wrap="nowrap">
        <Button type="submit" loading={saving === 'active'} data-testid="contract-save">
          {isNew ? t('ledger.form.saveActive') : t('common.save')}
        </Button>
        {isNew && (
          <Button
            variant="default"
            loading={saving === 'draft'}
            onClick={onDraft}
            data-testid="contract-save-draft"
          >
            {t('ledger.form.saveDraft')}
          </Button>
        )}
        <Button variant="subtle" color="gray" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Divider orientation="vertical" mx="xs" />
        <Text size="sm" c="dimmed">
          {t('ledger.fields.total')}
        </Text>
        <MoneyText cents={totalCents} bold size="lg" testId="footer-total" />
        {planDifferenceCents !== null && planDifferenceCents !== 0 && (
          <Text size="sm" c="red" data-testid="footer-plan-off">
            {t('ledger.form.footerPlanOff', {
              difference: formatCents(Math.abs(planDifferenceCents)),
            })}
          </Text>
        )}
      </Group>
    </Paper>
  )
}
