import {
  Badge,
  Button,
  Group,
  NumberInput,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportWizard } from '../hooks/useImportWizard'

export interface SheetStepProps {
  wizard: ImportWizard
}

/** Step 2: which sheet, and which row holds the headers (found automatically; overridable). */
export function SheetStep({ wizard }: SheetStepProps) {
  const { t } = useTranslation()
  const preview = wizard.preview
  if (!preview) return null
  const sample = preview.rows.slice(0, 8)
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        <Select
          label={t('import.sheet.sheet')}
          data={preview.sheets}
          value={preview.sheet}
          allowDeselect={false}
          onChange={(sheet) => sheet && void wizard.load({ sheet })}
          w={240}
        />
        <NumberInput
          label={t('import.sheet.headerRow')}
          description={t('import.sheet.headerHint')}
          min={1}
          value={preview.headerRow}
          onChange={(value) =>
            typeof value === 'number' && value >= 1 && void wizard.load({ headerRow: value })
          }
          w={200}
        />
        <Text size="sm" c="dimmed" pb={6}>
          {t('import.sheet.summary', {
            format: preview.format.toUpperCase(),
            rows: preview.totalRows.toLocaleString(),
            encoding: preview.encoding ? ` · ${preview.encoding.toUpperCase()}` : '',
          })}
        </Text>
      </Group>
      <ScrollArea type="auto">
        <Table withTableBorder withColumnBorders striped fz="sm" miw={600}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('import.sheet.row', { row: preview.headerRow })}</Table.Th>
              {preview.columns.map((c) => (
                <Table.Th key={c.index} style={{ whiteSpace: 'nowrap' }}>
                  {c.header || (
                    <Text span c="dimmed">
                      {t('import.sheet.noHeader')}
                    </Text>
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sample.map((row) => (
              <Table.Tr key={row.row}>
                <Table.Td>
                  <Badge variant="light" color="gray">
                    {row.row}
                  </Badge>
                </Table.Td>
                {row.cells.map((cell, i) => (
                  <Table.Td
                    key={i}
                    style={{
                      whiteSpace: 'nowrap',
                      maxWidth: 220,
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                    }}
                  >
                    {cell}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group justify="space-between">
        <Button variant="default" onClick={wizard.reset}>
          {t('import.back')}
        </Button>
        <Button onClick={() => wizard.setStep('mapping')}>{t('import.next')}</Button>
      </Group>
    </Stack>
  )
}
