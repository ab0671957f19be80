import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportWizard } from '../hooks/useImportWizard'

export interface ProgressStepProps {
  wizard: ImportWizard
}

/** Step 6: the running import with its progress; cancel leaves the data exactly as before. */
export function ProgressStep({ wizard }: ProgressStepProps) {
  const { t } = useTranslation()
  const [cancelling, setCancelling] = useState(false)
  const progress = wizard.progress
  const percent =
    progress && progress.total > 0 ? Math.min(100, (progress.done / progress.total) * 100) : 0
  return (
    <Stack gap="md" maw={760}>
      <Text fw={500}>
        {t(`import.progress.${progress?.phase ?? 'reading'}`, {
          defaultValue: t('import.progress.writing'),
        })}
      </Text>
      <Progress
        value={percent}
        size="xl"
        animated
        striped
        aria-label={t('import.progress.label')}
      />
      <Text size="sm" c="dimmed">
        {t('import.progress.rows', {
          done: (progress?.done ?? 0).toLocaleString(),
          total: (progress?.total ?? 0).toLocaleString(),
        })}
      </Text>
      <Group>
        <Button
          variant="default"
          color="red"
          loading={cancelling}
          onClick={() => {
            setCancelling(true)
            void wizard.cancel().finally(() => setCancelling(false))
          }}
        >
          {t('import.progress.cancel')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('import.progress.cancelHint')}
        </Text>
      </Group>
    </Stack>
  )
}
