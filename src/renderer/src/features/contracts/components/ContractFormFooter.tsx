import { Button, Group, Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MoneyText } from './MoneyText'

export interface ContractFormFooterProps {
  totalCents: number
  /** A new contract can be saved as a draft; an existing one is only saved. */
  isNew: boolean
  saving: 'draft' | 'active' | null
  onDraft: () => void
  onCancel: () => void
}

/** The form's sticky bottom bar: the live total, 取消, 存为草稿, 保存并生效 (the submit button). */
export function ContractFormFooter({
  totalCents,
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
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('ledger.fields.total')}
          </Text>
          <MoneyText cents={totalCents} bold size="lg" testId="footer-total" />
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
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
          <Button type="submit" loading={saving === 'active'} data-testid="contract-save">
            {isNew ? t('ledger.form.saveActive') : t('common.save')}
          </Button>
        </Group>
      </Group>
    </Paper>
  )
}
