import {
  Autocomplete,
  Button,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { Product } from '../../../../../shared/api'
import { MoneyInput } from '../../../components/MoneyInput'
import { focusFirstError, showSaveError } from '../../../lib/formBehaviour'

import {
  PRODUCT_FORM_FIELDS,
  emptyProductValues,
  productToValues,
  toProductInput,
  toProductUpdate,
  validateProduct,
  type ProductFormValues,
} from '../productFormValues'
import { useApiMutation } from '../../../lib/queries'

export interface ProductFormModalProps {
  /** null = closed; 'new' or the product to edit. */
  target: Product | 'new' | null
  /** Units and categories already in use, offered while typing. */
  units: string[]
  categories: string[]
  onClose: () => void
}

/** 新建/编辑产品: name, SKU, unit, price, cost, category, on sale or not. */
export function ProductFormModal({ target, units, categories, onClose }: ProductFormModalProps) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size={560}
      title={
        <Text fw={600}>
          {target === 'new' ? t('ledger.products.newTitle') : t('ledger.products.editTitle')}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target !== null && (
        <ProductForm
          product={target === 'new' ? null : target}
          units={units}
          categories={categories}
          onClose={onClose}
        />
      )}
    </Modal>
  )
}

interface ProductFormProps {
  product: Product | null
  units: string[]
  categories: string[]
  onClose: () => void
}

function ProductForm({ product, units, categories, onClose }: ProductFormProps) {
  const { t } = useTranslation()
  const create = useApiMutation('products.create')
  const update = useApiMutation('products.update')
  const form = useForm<ProductFormValues>({
    mode: 'controlled',
    initialValues: product ? productToValues(product) : emptyProductValues(),
    validate: (values) => validateProduct(values, t),
  })
  const submit = form.onSubmit(
    (values, event) => {
      const formElement = event?.currentTarget
      const handlers = {
        onSuccess: (saved: Product) => {
          notifications.show({
            color: 'green',
            message: t('ledger.products.saved', { name: saved.name }),
          })
          onClose()
        },
        onError: (error: unknown) =>
          showSaveError(t, error, {
            setErrors: form.setErrors,
            formElement,
            fieldOrder: PRODUCT_FORM_FIELDS,
            fieldOfKey: { 'errors.productSkuTaken': 'sku' },
            testIdPrefix: 'product',
            title: t('ledger.products.saveFailed'),
          }),
      }
      if (product) update.mutate(toProductUpdate(product.id, values), handlers)
      else create.mutate(toProductInput(values), handlers)
    },
    (errors, _values, event) =>
      focusFirstError(event?.currentTarget, PRODUCT_FORM_FIELDS, errors, 'product'),
  )
  const unitOptions = [...new Set([...units, ...t('ledger.products.commonUnits').split(',')])]
  return (
    <form onSubmit={submit} noValidate data-testid="product-form">
      <Stack gap="sm">
        <TextInput
          label={t('ledger.products.name')}
          withAsterisk
          maxLength={200}
          data-autofocus
          data-testid="product-name"
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('ledger.products.sku')}
            maxLength={64}
            data-testid="product-sku"
            {...form.getInputProps('sku')}
          />
          <Autocomplete
            label={t('ledger.products.unit')}
            withAsterisk
            maxLength={20}
            data={unitOptions}
            data-testid="product-unit"
            {...form.getInputProps('unit')}
          />
          <MoneyInput
            label={t('ledger.products.price')}
            withAsterisk
            data-testid="product-priceCents"
            value={form.values.price}
            onChange={(value) => form.setFieldValue('price', value)}
            error={form.errors.priceCents}
          />
          <MoneyInput
            label={t('ledger.products.cost')}
            data-testid="product-costCents"
            value={form.values.cost}
            onChange={(value) => form.setFieldValue('cost', value)}
            error={form.errors.costCents}
          />
          <Autocomplete
            label={t('ledger.products.category')}
            maxLength={50}
            data={categories}
            data-testid="product-category"
            {...form.getInputProps('category')}
          />
          <Switch
            label={t('ledger.products.active')}
            description={t('ledger.products.activeHint')}
            mt="lg"
            data-testid="product-active"
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={create.isPending || update.isPending}
            data-testid="product-save"
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
