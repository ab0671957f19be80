import { ActionIcon, Table, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DateField } from '../../../components/DateField'
import { MoneyInput } from '../../../components/MoneyInput'
import type { ContractFormValues } from '../form/contractFormValues'
import { MoneyText } from '../../../components/MoneyText'

export interface PlanRowsTableProps {
  form: UseFormReturnType<ContractFormValues>
}

/** The plan's instalments as editable rows: due date, amount, (already received), note. */
export function PlanRowsTable({ form }: PlanRowsTableProps) {
  const { t } = useTranslation()
  const plan = form.values.plan
  const anyReceived = plan.some((instalment) => instalment.receivedCents > 0)
  return (
    <Table verticalSpacing={4} horizontalSpacing={6} data-testid="plan-rows">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={60}>{t('ledger.fields.seq')}</Table.Th>
          <Table.Th w={170}>{t('ledger.fields.dueDate')}</Table.Th>
          <Table.Th w={170} ta="right">
            {t('ledger.fields.amount')}
          </Table.Th>
          {anyReceived && (
            <Table.Th w={130} ta="right">
              {t('ledger.fields.received')}
            </Table.Th>
          )}
          <Table.Th>{t('ledger.fields.note')}</Table.Th>
          <Table.Th w={36} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {plan.map((instalment, index) => (
          <Table.Tr key={instalment.key} data-testid="plan-row" style={{ verticalAlign: 'top' }}>
            <Table.Td pt={10}>
              <Text size="sm">{t('ledger.plan.seq', { seq: index + 1 })}</Text>
            </Table.Td>
            <Table.Td>
              <DateField
                aria-label={t('ledger.fields.dueDate')}
                data-testid={`plan-due-${index}`}
                value={instalment.dueDate}
                onChange={(value) => form.setFieldValue(`plan.${index}.dueDate`, value)}
                error={form.errors[`plan.${index}.dueDate`]}
              />
            </Table.Td>
            <Table.Td>
              <MoneyInput
                aria-label={t('ledger.fields.amount')}
                data-testid={`plan-amount-${index}`}
                value={instalment.amount}
                onChange={(value) => form.setFieldValue(`plan.${index}.amount`, value)}
                error={form.errors[`plan.${index}.amountCents`]}
              />
            </Table.Td>
            {anyReceived && (
              <Table.Td ta="right" pt={10}>
                <MoneyText cents={instalment.receivedCents} zeroAsDash />
              </Table.Td>
            )}
            <Table.Td>
              <TextInput
                aria-label={t('ledger.fields.note')}
                maxLength={200}
                value={instalment.note}
                onChange={(event) =>
                  form.setFieldValue(`plan.${index}.note`, event.currentTarget.value)
                }
              />
            </Table.Td>
            <Table.Td pt={6}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('ledger.plan.remove', { seq: index + 1 })}
                disabled={instalment.receivedCents > 0}
                onClick={() => form.removeListItem('plan', index)}
                data-testid={`plan-remove-${index}`}
              >
                <IconX size={16} />
              </ActionIcon>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
