import { ActionIcon, Button, Group, Table, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconDiscount, IconPlus, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { MoneyInput } from '../../../components/MoneyInput'
import { centsToYuanText } from '../../../lib/moneyText'
import { ProductPicker } from './ProductPicker'
import { contractTotal, parseLine } from '../form/contractMath'
import { emptyLine, type ContractFormValues } from '../form/contractFormValues'
import { MoneyText } from '../../../components/MoneyText'

export interface ContractLinesEditorProps {
  form: UseFormReturnType<ContractFormValues>
}

const RIGHT = { input: { textAlign: 'right' } } as const

/**
 * 合同明细: product (optional; fills the description and unit price), description,
 * quantity, unit price, discount %, and each line's total computed live with the shared
 * rounding rule, then the contract total. A whole-contract discount is its own line.
 */
export function ContractLinesEditor({ form }: ContractLinesEditorProps) {
  const { t } = useTranslation()
  const lines = form.values.items
  const { totalCents, complete } = contractTotal(lines)
  const addDiscountLine = () =>
    form.insertListItem('items', {
      ...emptyLine(),
      description: t('ledger.form.discountLineText'),
      unitPrice: '-',
    })
  return (
    <>
      <Table verticalSpacing={4} horizontalSpacing={6} data-testid="contract-lines" miw={860}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={28}>#</Table.Th>
            <Table.Th w={200}>{t('ledger.fields.product')}</Table.Th>
            <Table.Th>
              {t('ledger.fields.description')}
              <Text span c="red">
                {' *'}
              </Text>
            </Table.Th>
            <Table.Th w={90} ta="right">
              {t('ledger.fields.quantity')}
            </Table.Th>
            <Table.Th w={140} ta="right">
              {t('ledger.fields.unitPrice')}
            </Table.Th>
            <Table.Th w={84} ta="right">
              {t('ledger.fields.discount')}
            </Table.Th>
            <Table.Th w={140} ta="right">
              {t('ledger.fields.lineTotal')}
            </Table.Th>
            <Table.Th w={36} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, index) => {
            const parsed = parseLine(line)
            const path = `items.${index}`
            return (
              <Table.Tr key={line.key} data-testid="contract-line" style={{ verticalAlign: 'top' }}>
                <Table.Td pt={10}>
                  <Text size="sm" c="dimmed">
                    {index + 1}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ProductPicker
                    aria-label={t('ledger.fields.product')}
                    data-testid={`line-product-${index}`}
                    value={line.productId}
                    valueName={line.productName}
                    onChange={(product) => {
                      form.setFieldValue(`${path}.productId`, product?.id ?? null)
                      form.setFieldValue(`${path}.productName`, product?.name ?? null)
                      if (!product) return
                      if (line.description.trim() === '' || line.description === line.productName)
                        form.setFieldValue(`${path}.description`, product.name)
                      form.setFieldValue(`${path}.unitPrice`, centsToYuanText(product.priceCents))
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('ledger.fields.description')}
                    maxLength={500}
                    data-testid={`line-description-${index}`}
                    {...form.getInputProps(`${path}.description`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('ledger.fields.quantity')}
                    inputMode="decimal"
                    autoComplete="off"
                    styles={RIGHT}
                    data-testid={`line-quantity-${index}`}
                    value={line.quantity}
                    onChange={(event) =>
                      form.setFieldValue(`${path}.quantity`, event.currentTarget.value)
                    }
                    error={form.errors[`${path}.quantity`]}
                  />
                </Table.Td>
                <Table.Td>
                  <MoneyInput
                    aria-label={t('ledger.fields.unitPrice')}
                    data-testid={`line-price-${index}`}
                    value={line.unitPrice}
                    onChange={(value) => form.setFieldValue(`${path}.unitPrice`, value)}
                    error={form.errors[`${path}.unitPriceCents`]}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('ledger.fields.discount')}
                    inputMode="decimal"
                    autoComplete="off"
                    placeholder="0"
                    rightSection={<Text size="xs">%</Text>}
                    styles={RIGHT}
                    data-testid={`line-discount-${index}`}
                    value={line.discount}
                    onChange={(event) =>
                      form.setFieldValue(`${path}.discount`, event.currentTarget.value)
                    }
                    error={form.errors[`${path}.discountPercent`]}
                  />
                </Table.Td>
                <Table.Td ta="right" pt={10}>
                  <MoneyText cents={parsed.totalCents} testId={`line-total-${index}`} />
                </Table.Td>
                <Table.Td pt={6}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('ledger.form.removeLine', { n: index + 1 })}
                    disabled={lines.length === 1}
                    onClick={() => form.removeListItem('items', index)}
                    data-testid={`line-remove-${index}`}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td colSpan={6} ta="right">
              <Text size="sm" fw={600}>
                {t('ledger.fields.total')}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <MoneyText
                cents={totalCents}
                bold
                size="md"
                testId="contract-total"
                color={complete ? undefined : 'dimmed'}
              />
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {form.errors.items && (
        <Text size="sm" c="red" mt={4} data-testid="lines-error">
          {form.errors.items}
        </Text>
      )}
      <Group gap="xs" mt="xs">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('items', emptyLine())}
          disabled={lines.length >= 200}
          data-testid="line-add"
        >
          {t('ledger.form.addLine')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconDiscount size={14} />}
          onClick={addDiscountLine}
          disabled={lines.length >= 200}
          data-testid="line-add-discount"
        >
          {t('ledger.form.addDiscountLine')}
        </Button>
      </Group>
    </>
  )
}
