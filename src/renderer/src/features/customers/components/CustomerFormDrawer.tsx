import { Alert, Anchor, Drawer, Group, Text } from '@mantine/core'
import { IconArrowUpRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Customer } from '../../../../../shared/api'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { useCustomer } from '../../../data/customers'
import type { CustomerFormTarget } from '../hooks/useCustomerFormParam'
import { useUndoableDelete } from '../hooks/useUndoableDelete'
import { CustomerForm } from './CustomerForm'

export interface CustomerFormDrawerProps {
  target: CustomerFormTarget
  /** The list row of the customer being opened, shown at once while the full record loads. */
  preview?: Customer
  onClose: () => void
  /** Shows "Open" next to the title, to the customer's detail page (default true; off on that page). */
  detailLink?: boolean
}

/** The customer form in a drawer from the right; Esc closes it, focus starts in the name field. */
export function CustomerFormDrawer({
  target,
  preview,
  onClose,
  detailLink = true,
}: CustomerFormDrawerProps) {
  const { t } = useTranslation()
  const id = typeof target === 'number' ? target : null
  const customer = useCustomer(id)
  const record = customer.data ?? (preview && preview.id === id ? preview : undefined)
  const { deleteWithUndo, deleting } = useUndoableDelete()

  const title = (
    <Group gap="xs" wrap="nowrap" component="span">
      <Text fw={600} span>
        {target === 'new' ? t('customers.form.newTitle') : t('customers.form.editTitle')}
      </Text>
      {target !== 'new' && record && (
        <Text c="dimmed" size="sm" span>
          {record.code}
        </Text>
      )}
      {detailLink && typeof target === 'number' && (
        <Anchor
          component={Link}
          to={`/customers/${target}`}
          size="sm"
          ml="xs"
          data-testid="customer-open-detail"
          style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}
        >
          {t('detail.openDetail')}
          <IconArrowUpRight size={14} />
        </Anchor>
      )}
    </Group>
  )

  let body = null
  if (target === 'new') {
    body = <CustomerForm key="new" customer={null} onSaved={onClose} onCancel={onClose} />
  } else if (customer.isError) {
    body = <Alert color="red">{errorMessage(t, customer.error)}</Alert>
  } else if (record) {
    body = (
      <CustomerForm
        key={`${record.id}-${record.updatedAt}`}
        customer={record}
        onSaved={onClose}
        onCancel={onClose}
        onDelete={(record) => deleteWithUndo(record, onClose)}
        deleting={deleting}
      />
    )
  } else if (target !== null) {
    body = <PageLoader />
  }

  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size={640}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ body: { paddingBottom: 0 } }}
    >
      {body}
    </Drawer>
  )
}
