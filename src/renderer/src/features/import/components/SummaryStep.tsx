import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck, IconDownload, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { downloadFile } from '../../../lib/download'
import type { ImportWizard } from '../hooks/useImportWizard'

export interface SummaryStepProps {
  wizard: ImportWizard
}

const COUNTS = ['created', 'updated', 'skipped', 'rejected'] as const
const COLORS = { created: 'green', updated: 'blue', skipped: 'gray', rejected: 'red' } as const

/** Step 7: what the import did, and the rejected rows to fix and import again. */
export function SummaryStep({ wizard }: SummaryStepProps) {
  const { t } = useTranslation()
  const summary = wizard.summary
  if (!summary) return null
  return (
    <Stack gap="md" maw={760}>
      {summary.committed ? (
        <Alert
          color="green"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          title={t('import.summary.done')}
        >
          {t('import.summary.undoHint')}
        </Alert>
      ) : (
        <Alert
          color="orange"
          variant="light"
          icon={<IconInfoCircle size={18} />}
          title={t('import.summary.strictTitle')}
        >
          {t('import.summary.strict')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        {COUNTS.map((key) => (
          <Stack
            key={key}
            gap={2}
            p="md"
            style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
          >
            <Text size="sm" c="dimmed">
              {t(`import.summary.${key}`)}
            </Text>
            <Title
              order={2}
              c={summary[key] > 0 ? COLORS[key] : undefined}
              data-testid={`summary-${key}`}
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              {summary[key].toLocaleString()}
            </Title>
          </Stack>
        ))}
      </SimpleGrid>
      <Group gap="sm">
        {summary.rejectedFile && (
          <Button
            leftSection={<IconDownload size={16} />}
            color="red"
            variant="light"
            onClick={() => downloadFile(summary.rejectedFile!)}
          >
            {t('import.summary.download', { count: summary.rejected })}
          </Button>
        )}
        <Button variant="default" onClick={wizard.reset}>
          {t('import.summary.again')}
        </Button>
        {summary.committed && (
          <Button
            component={Link}
            to={wizard.entity === 'customers' ? '/customers' : '/customers'}
            variant="default"
          >
            {t('import.summary.view')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
