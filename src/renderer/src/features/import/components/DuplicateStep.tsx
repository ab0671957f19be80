import { Alert, Button, Checkbox, Group, Radio, Stack, Text } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DuplicatePolicy } from '../../../../../shared/api'
import { errorMessage } from '../../../lib/errors'
import type { ImportWizard } from '../hooks/useImportWizard'

export interface DuplicateStepProps {
  wizard: ImportWizard
}

const POLICIES: DuplicatePolicy[] = ['skip', 'update', 'create']

/** Step 5: what a row that matches an existing record does, strict mode, and go. */
export function DuplicateStep({ wizard }: DuplicateStepProps) {
  const { t } = useTranslation()
  const preview = wizard.preview
  if (!preview) return null
  return (
    <Stack gap="md">
      {wizard.error !== null && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
          {errorMessage(t, wizard.error)}
        </Alert>
      )}
      <Text size="sm" c="dimmed" maw={720}>
        {t('import.duplicates.explain')}
      </Text>
      <Radio.Group value={wizard.policy} onChange={(value) => wizard.setPolicy(value)}>
        <Stack gap="sm">
          {POLICIES.map((policy) => (
            <Radio
              key={policy}
              value={policy}
              label={t(`import.duplicates.${policy}`)}
              description={t(`import.duplicates.${policy}Hint`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox
        checked={wizard.strict}
        onChange={(event) => wizard.setStrict(event.currentTarget.checked)}
        label={t('import.duplicates.strict')}
        description={t('import.duplicates.strictHint')}
      />
      <Text size="sm">{t('import.duplicates.backup')}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={() => wizard.setStep('preview')}>
          {t('import.back')}
        </Button>
        <Button onClick={() => void wizard.run()}>
          {t('import.duplicates.start', { count: preview.totalRows.toLocaleString() })}
        </Button>
      </Group>
    </Stack>
  )
}
