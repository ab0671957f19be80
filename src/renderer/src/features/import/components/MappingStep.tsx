import {
  Alert,
  Badge,
  Button,
  Group,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconTemplate } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../../lib/errors'
import { fieldLabel } from '../fieldLabel'
import { useSaveTemplate } from '../hooks/useImports'
import type { ImportWizard } from '../hooks/useImportWizard'

export interface MappingStepProps {
  wizard: ImportWizard
}

/** Step 3: which field each column fills — suggested from the headers, editable, savable as a template. */
export function MappingStep({ wizard }: MappingStepProps) {
  const { t } = useTranslation()
  const save = useSaveTemplate()
  const [name, setName] = useState('')
  const preview = wizard.preview
  if (!preview) return null
  const fields = new Map(preview.fields.map((f) => [f.key, f]))
  const missing = preview.fields.filter((f) => f.required && !wizard.mapping.includes(f.key))

  const change = (column: number, key: string | null) => {
    const next = wizard.mapping.map((k, i) => (i === column ? key : k === key ? null : k))
    void wizard.load({ mapping: next })
  }

  const saveTemplate = () =>
    save.mutate(
      {
        entity: wizard.entity,
        name: name.trim(),
        headers: preview.columns.map((c) => c.header),
        mapping: wizard.mapping,
      },
      {
        onSuccess: (template) => {
          setName('')
          notifications.show({
            color: 'green',
            message: t('import.mapping.saved', { name: template.name }),
          })
        },
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: t('common.failed'),
            message: errorMessage(t, error),
          }),
      },
    )

  const options = [
    { value: '', label: t('import.mapping.skip') },
    ...preview.fields.map((f) => ({
      value: f.key,
      label: fieldLabel(t, f, f.key) + (f.required ? ' *' : ''),
    })),
  ]

  return (
    <Stack gap="md">
      {preview.template && (
        <Alert color="blue" variant="light" icon={<IconTemplate size={18} />}>
          {t('import.mapping.templateApplied', { name: preview.template.name })}
        </Alert>
      )}
      {missing.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
          {t('import.mapping.missing', {
            fields: missing.map((f) => fieldLabel(t, f, f.key)).join('、'),
          })}
        </Alert>
      )}
      <ScrollArea type="auto" mah={480}>
        <Table withTableBorder fz="sm" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.mapping.column')}</Table.Th>
              <Table.Th>{t('import.mapping.sample')}</Table.Th>
              <Table.Th w={240}>{t('import.mapping.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.columns.map((column) => {
              const key = wizard.mapping[column.index] ?? null
              const samples = preview.rows
                .map((r) => r.cells[column.index])
                .filter(Boolean)
                .slice(0, 2)
              return (
                <Table.Tr key={column.index}>
                  <Table.Td>
                    <Text fw={500} size="sm">
                      {column.header || t('import.sheet.noHeader')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={1} maw={320}>
                      {samples.join(' · ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('import.mapping.fieldOf', {
                        column: column.header || column.index + 1,
                      })}
                      data={options}
                      value={key ?? ''}
                      allowDeselect={false}
                      searchable
                      onChange={(value) => change(column.index, value || null)}
                      rightSection={
                        key ? undefined : (
                          <Badge size="xs" variant="light" color="gray">
                            {t('import.mapping.skipShort')}
                          </Badge>
                        )
                      }
                      rightSectionWidth={key ? undefined : 56}
                    />
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="xs" wrap="nowrap">
          <TextInput
            size="sm"
            placeholder={t('import.mapping.templateName')}
            aria-label={t('import.mapping.templateName')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            w={260}
          />
          <Button
            variant="default"
            size="sm"
            disabled={!name.trim()}
            loading={save.isPending}
            onClick={saveTemplate}
          >
            {t('import.mapping.saveTemplate')}
          </Button>
        </Group>
        <Group gap="sm">
          <Button variant="default" onClick={() => wizard.setStep('sheet')}>
            {t('import.back')}
          </Button>
          <Button disabled={missing.length > 0} onClick={() => wizard.setStep('preview')}>
            {t('import.next')}
          </Button>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t('import.mapping.fieldCount', {
          count: wizard.mapping.filter(Boolean).length,
          fields: fields.size,
        })}
      </Text>
    </Stack>
  )
}
