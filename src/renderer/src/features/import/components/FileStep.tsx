import {
  Button,
  FileButton,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react'
import { useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportEntity } from '../../../../../shared/api'
import { api } from '../../../lib/api'
import { downloadFile, readFileAsBase64 } from '../../../lib/download'
import { errorMessage } from '../../../lib/errors'
import type { ImportWizard } from '../hooks/useImportWizard'

export interface FileStepProps {
  wizard: ImportWizard
}

const ENTITIES: ImportEntity[] = ['customers', 'contacts', 'deals', 'products', 'payments']
const ACCEPT = '.xlsx,.xls,.csv,.txt'

/** Step 1: what to import and from which file (button or drop), plus the blank template. */
export function FileStep({ wizard }: FileStepProps) {
  const { t, i18n } = useTranslation()
  const [over, setOver] = useState(false)

  const choose = async (file: File | null) => {
    if (!file) return
    const chosen = await readFileAsBase64(file)
    await wizard.load({ file: { ...chosen, size: file.size } }, 'sheet')
  }

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setOver(false)
    void choose(event.dataTransfer.files[0] ?? null)
  }

  const template = async () => {
    try {
      const locale = i18n.language === 'en' ? 'en' : 'zh-CN'
      downloadFile(await api.call('imports.blankTemplate', { entity: wizard.entity, locale }))
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('common.failed'),
        message: errorMessage(t, error),
      })
    }
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          value={wizard.entity}
          onChange={(value) => wizard.setEntity(value)}
          data={ENTITIES.map((value) => ({ value, label: t(`import.entities.${value}`) }))}
        />
        <Button
          variant="subtle"
          leftSection={<IconDownload size={16} />}
          onClick={() => void template()}
        >
          {t('import.file.template')}
        </Button>
      </Group>
      <Paper
        withBorder
        radius="md"
        p="xl"
        data-testid="import-drop"
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: over ? 'var(--mantine-color-blue-5)' : undefined,
          background: over ? 'var(--mantine-color-blue-light)' : undefined,
        }}
        onDragOver={(event) => {
          event.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Stack align="center" gap="sm">
          <ThemeIcon size={48} radius="xl" variant="light">
            <IconFileSpreadsheet size={26} />
          </ThemeIcon>
          <Text fw={600}>{t('import.file.drop')}</Text>
          <Text size="sm" c="dimmed" ta="center" maw={460}>
            {t('import.file.formats')}
          </Text>
          <FileButton onChange={(file) => void choose(file)} accept={ACCEPT}>
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} />} loading={wizard.loading}>
                {t('import.file.choose')}
              </Button>
            )}
          </FileButton>
        </Stack>
      </Paper>
    </Stack>
  )
}
