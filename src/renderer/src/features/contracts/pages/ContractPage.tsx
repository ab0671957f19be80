import { Alert, Button, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileUnknown } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { PageLoader } from '../../../components/PageLoader'
import { isApiClientError } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useToday } from '../../../data/today'
import { AttachmentList, useStoredAttachments } from '../components/AttachmentList'
import { BackToContracts } from '../../../components/BackToContracts'
import { ContractDialogs } from '../components/ContractDialogs'
import { ContractItemsTable } from '../components/ContractItemsTable'
import { ContractPageHeader } from '../components/ContractPageHeader'
import { ContractTotals } from '../components/ContractTotals'
import { InstalmentTable } from '../components/InstalmentTable'
import { InvoicesTable } from '../components/InvoicesTable'
import { LedgerSection } from '../components/LedgerSection'
import { LoadFailed } from '../../../components/LoadFailed'
import { PaymentsTable } from '../components/PaymentsTable'
import { useContractDialogs } from '../hooks/useContractDialogs'
import { useDeleteDraft } from '../hooks/useDeleteDraft'
import { useContract } from '../../../data/ledger'
import { useApiMutation } from '../../../lib/queries'

export type ContractPageProps = Record<string, never>

/**
 * #/contracts/:id — the contract: totals, lines, plan vs received per instalment with status
 * colours, payments and invoices with their reversals, attachments and notes.
 */
export function ContractPage(_props: ContractPageProps) {
  const { t } = useTranslation()
  const params = useParams()
  const id = /^\d+$/.test(params.id ?? '') ? Number(params.id) : null
  const contract = useContract(id)
  const today = useToday()
  const dialogs = useContractDialogs()
  const activate = useApiMutation('contracts.activate')
  const deleteDraft = useDeleteDraft()
  const attachments = useStoredAttachments(id ?? 0)

  if (id === null || (isApiClientError(contract.error) && contract.error.code === 'NOT_FOUND'))
    return (
      <Stack>
        <BackToContracts />
        <EmptyMessage
          icon={<IconFileUnknown size={28} />}
          title={t('ledger.notFound.title')}
          description={t('ledger.notFound.text')}
          actions={
            <Button component={Link} to="/contracts" variant="default">
              {t('ledger.backToList')}
            </Button>
          }
        />
      </Stack>
    )
  if (contract.error)
    return <LoadFailed error={contract.error} onRetry={() => void contract.refetch()} />
  if (!contract.data) return <PageLoader />
  const record = contract.data
  const active = record.state === 'active'

  return (
    <Stack
      gap="md"
      maw={1280}
      data-testid="contract-page"
      data-contract-id={record.id}
      data-status={record.status}
    >
      <BackToContracts />
      <ContractPageHeader
        contract={record}
        actions={{
          onPay: () => dialogs.open({ kind: 'pay', instalmentId: null }),
          onInvoice: () => dialogs.open({ kind: 'invoice' }),
          onTerminate: () => dialogs.open({ kind: 'terminate' }),
          onDelete: () => deleteDraft.run(record),
          deleting: deleteDraft.pending,
          onActivate: () =>
            activate.mutate(
              { id: record.id },
              {
                onSuccess: (saved) =>
                  notifications.show({
                    color: 'green',
                    message: t('ledger.activated', { number: saved.number }),
                  }),
                onError: (error) =>
                  notifications.show({
                    color: 'red',
                    title: t('common.failed'),
                    message: errorMessage(t, error),
                  }),
              },
            ),
          activating: activate.isPending,
        }}
      />
      {record.state === 'terminated' && (
        <Alert
          color="gray"
          title={t('ledger.terminated.title', { date: record.terminatedDate ?? '' })}
          data-testid="terminated-banner"
        >
          {record.terminationReason}
        </Alert>
      )}
      {record.state === 'draft' && (
        <Alert color="blue" variant="light" data-testid="draft-banner">
          {t('ledger.draftBanner')}
        </Alert>
      )}
      <ContractTotals contract={record} />
      <LedgerSection
        title={t('ledger.sections.plan')}
        testId="section-plan"
        aside={
          <Text size="xs" c="dimmed">
            {t('ledger.plan.asOf', { date: record.asOf })}
          </Text>
        }
      >
        <InstalmentTable
          plan={record.plan}
          onPay={
            active
              ? (instalment) => dialogs.open({ kind: 'pay', instalmentId: instalment.id })
              : undefined
          }
        />
      </LedgerSection>
      <LedgerSection title={t('ledger.sections.payments')} testId="section-payments">
        {record.payments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {active ? t('ledger.payments.none') : t('ledger.payments.noneInactive')}
          </Text>
        ) : (
          <PaymentsTable
            payments={record.payments}
            onReverse={
              active ? (payment) => dialogs.open({ kind: 'reversePayment', payment }) : undefined
            }
          />
        )}
      </LedgerSection>
      <LedgerSection title={t('ledger.sections.invoices')} testId="section-invoices">
        {record.invoices.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ledger.invoices.none')}
          </Text>
        ) : (
          <InvoicesTable
            invoices={record.invoices}
            onReverse={
              active ? (invoice) => dialogs.open({ kind: 'reverseInvoice', invoice }) : undefined
            }
          />
        )}
      </LedgerSection>
      <LedgerSection title={t('ledger.sections.items')} testId="section-items">
        <ContractItemsTable items={record.items} totalCents={record.totalCents} />
      </LedgerSection>
      <LedgerSection title={t('ledger.sections.attachments')} testId="section-attachments">
        <AttachmentList
          items={record.attachments.map((a) => ({ key: `a${a.id}`, ...a }))}
          onAdd={attachments.add}
          onRemove={(item) => void attachments.remove(item)}
          readOnly={record.state === 'terminated'}
        />
      </LedgerSection>
      {record.notes && (
        <LedgerSection title={t('ledger.fields.notes')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {record.notes}
          </Text>
        </LedgerSection>
      )}
      <ContractDialogs
        contract={record}
        dialog={dialogs.dialog}
        today={today}
        onClose={dialogs.close}
      />
    </Stack>
  )
}
