import { Badge, Button, Group, ScrollArea, Stack, Table, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { fieldLabel } from '../fieldLabel'
import type { ImportWizard } from '../hooks/useImportWizard'
import { problemText } from '../problemText'

export interface PreviewStepProps {
  wizard: ImportWizard
}

/** Step 4: the first rows as Kehu reads them, every cell with a problem marked and explained. */
export function PreviewStep({ wizard }: PreviewStepProps) {
  const { t } = useTranslation()
  const preview = wizard.preview
  if (!preview) return null
  const mapped = preview.columns.filter((c) => wizard.mapping[c.index])
  const bad = preview.rows.filter((r) => r.problems.length > 0).length
  const duplicates = preview.rows.filter((r) => r.duplicateOf).length
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Badge color="green" variant="light" size="lg">
          {t('import.preview.good', { count: preview.rows.length - bad })}
        </Badge>
        <Badge color={bad ? 'red' : 'gray'} variant="light" size="lg">
          {t('import.preview.bad', { count: bad })}
        </Badge>
        <Badge color={duplicates ? 'orange' : 'gray'} variant="light" size="lg">
          {t('import.preview.duplicates', { count: duplicates })}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('import.preview.firstRows', {
            shown: preview.rows.length,
            total: preview.totalRows.toLocaleString(),
          })}
        </Text>
      </Group>
      <ScrollArea type="auto" mah={520}>
        <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={4} miw={640}>
          <Table.Thead
            style={{
              position: 'sticky',
              top: 0,
              zIndex: 1,
              background: 'var(--mantine-color-body)',
            }}
          >
            <Table.Tr>
              <Table.Th w={60}>{t('import.preview.row')}</Table.Th>
              {mapped.map((c) => (
                <Table.Th key={c.index} style={{ whiteSpace: 'nowrap' }}>
                  {fieldLabel(
                    t,
                    preview.fields.find((f) => f.key === wizard.mapping[c.index]),
                    wizard.mapping[c.index] ?? null,
                  )}
                </Table.Th>
              ))}
              <Table.Th miw={180}>{t('import.preview.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.rows.map((row) => {
              const rowProblems = row.problems.filter(
                (p) => p.column === null || !wizard.mapping[p.column],
              )
              return (
                <Table.Tr
                  key={row.row}
                  data-testid="preview-row"
                  data-problems={row.problems.length}
                >
                  <Table.Td c="dimmed">{row.row}</Table.Td>
                  {mapped.map((c) => {
                    const problems = row.problems.filter((p) => p.column === c.index)
                    const cell = (
                      <Table.Td
                        key={c.index}
                        data-problem={problems.length > 0 || undefined}
                        style={{
                          whiteSpace: 'nowrap',
                          maxWidth: 220,
                          overflow: 'hidden',
                          textOverflow: 'ellipsis',
                          background: problems.length
                            ? 'var(--mantine-color-red-light)'
                            : undefined,
                          color: problems.length
                            ? 'var(--mantine-color-red-light-color)'
                            : undefined,
                        }}
                      >
                        {row.cells[c.index] || (problems.length ? '∅' : '')}
                      </Table.Td>
                    )
                    return problems.length ? (
                      <Tooltip
                        key={c.index}
                        label={problems.map((p) => problemText(t, preview, p)).join('；')}
                        withArrow
                        multiline
                        maw={320}
                      >
                        {cell}
                      </Tooltip>
                    ) : (
                      cell
                    )
                  })}
                  <Table.Td>
                    {row.problems.length > 0 ? (
                      <Text size="xs" c="red">
                        {(rowProblems.length ? rowProblems : row.problems)
                          .map((p) => problemText(t, preview, p))
                          .join('；')}
                      </Text>
                    ) : row.duplicateOf ? (
                      <Text size="xs" c="orange">
                        {t('import.preview.duplicateOf', { name: row.duplicateOf })}
                      </Text>
                    ) : (
                      <Text size="xs" c="green">
                        {t('import.preview.ok')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={() => wizard.setStep('mapping')}>
          {t('import.back')}
        </Button>
        <Button onClick={() => wizard.setStep('duplicates')}>{t('import.next')}</Button>
      </Group>
    </Stack>
  )
}
