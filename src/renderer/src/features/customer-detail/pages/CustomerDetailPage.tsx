import { Alert, Anchor, Box, Button, Group, Stack } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconChevronLeft, IconUserQuestion } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { isApiClientError } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { CustomerFormDrawer } from '../../customers'
import { NewDealButton } from '../../pipeline'
import { NewContractButton } from '../../contracts'
import { CustomerInsightCard } from '../../insight'
import { CustomerReminders } from '../../reminders'
import { useCustomerFormParam } from '../../customers'
import { useCustomer } from '../../../data/customers'
import { CustomerDetailTabs } from '../components/CustomerDetailTabs'
import { CustomerFacts } from '../components/CustomerFacts'
import { CustomerHeader } from '../components/CustomerHeader'
import { CustomerQuickActions } from '../components/CustomerQuickActions'
import { CustomerStatusBanner } from '../components/CustomerStatusBanner'
import { KeyFigures } from '../components/KeyFigures'
import { LogFollowUpModal } from '../components/LogFollowUpModal'
import { useToday } from '../../../data/today'

export type CustomerDetailPageProps = Record<string, never>

const FACTS_WIDTH = 300

/** #/customers/:id — the record, its key figures and quick actions, then tabs. */
export function CustomerDetailPage(_props: CustomerDetailPageProps) {
  const { t } = useTranslation()
  const params = useParams()
  const id = /^\d+$/.test(params.id ?? '') ? Number(params.id) : null
  const customer = useCustomer(id)
  const editForm = useCustomerFormParam()
  const [logging, logForm] = useDisclosure(false)
  const today = useToday()

  const back = (
    <Anchor component={Link} to="/customers" size="sm" data-testid="detail-back">
      <Group gap={2} component="span">
        <IconChevronLeft size={14} />
        {t('detail.backToList')}
      </Group>
    </Anchor>
  )

  if (
    id === null ||
    (customer.isError && isApiClientError(customer.error) && customer.error.code === 'NOT_FOUND')
  ) {
    return (
      <Stack gap="md">
        {back}
        <EmptyMessage
          icon={<IconUserQuestion size={28} />}
          title={t('detail.notFound.title')}
          description={t('detail.notFound.text')}
          actions={
            <Button component={Link} to="/customers" variant="default">
              {t('customers.backToList')}
            </Button>
          }
        />
      </Stack>
    )
  }
  if (customer.isError) {
    return (
      <Alert color="red" title={t('common.failed')}>
        {errorMessage(t, customer.error)}
        <Button size="xs" variant="light" ml="md" onClick={() => void customer.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    )
  }
  if (!customer.data) return <PageLoader />

  const record = customer.data
  const editable = record.deletedAt === null

  return (
    <Stack gap="md" maw={1280} data-testid="customer-detail" data-customer-id={record.id}>
      {back}
      <CustomerStatusBanner customer={record} />
      <CustomerHeader
        customer={record}
        actions={
          editable && (
            <CustomerQuickActions
              onLogFollowUp={logForm.open}
              onEdit={() => editForm.open(record.id)}
              newDeal={<NewDealButton customerId={record.id} customerName={record.name} />}
              newContract={<NewContractButton customerId={record.id} />}
            />
          )
        }
      />
      <KeyFigures customer={record} today={today} />
      <CustomerInsightCard customerId={record.id} />
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Box flex={1} miw={0}>
          <CustomerDetailTabs customer={record} editable={editable} onLogFollowUp={logForm.open} />
        </Box>
        <Box w={FACTS_WIDTH} style={{ flexShrink: 0 }}>
          <Stack gap="md">
            <CustomerFacts customer={record} />
            <CustomerReminders customerId={record.id} editable={editable} />
          </Stack>
        </Box>
      </Group>
      {editable && <LogFollowUpModal opened={logging} customer={record} onClose={logForm.close} />}
      <CustomerFormDrawer
        target={editable ? editForm.target : null}
        preview={record}
        onClose={editForm.close}
        detailLink={false}
      />
    </Stack>
  )
}
