import { Alert, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { PageLoader } from '../../../components/PageLoader'
import { useToday } from '../../../data/today'
import { BackToContracts } from '../../../components/BackToContracts'
import { ContractForm } from '../components/ContractForm'
import { LoadFailed } from '../../../components/LoadFailed'
import { useContract } from '../../../data/ledger'
import { useNewContractStart } from '../hooks/useNewContractStart'

export type ContractFormPageProps = Record<string, never>

function positiveId(raw: string | null | undefined): number | null {
  return raw && /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : null
}

/**
 * #/contracts/new (?customerId=… from a customer page, ?dealId=… from a won deal) and
 * #/contracts/:id/edit.
 */
export function ContractFormPage(_props: ContractFormPageProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const params = useParams()
  const [search] = useSearchParams()
  const today = useToday()
  const editId = positiveId(params.id)
  const customerId = positiveId(search.get('customerId'))
  const dealId = positiveId(search.get('dealId'))
  const existing = useContract(editId)
  const start = useNewContractStart(customerId, dealId, today, editId === null)
  const from = customerId !== null ? `/customers/${customerId}?tab=contracts` : '/contracts'

  if (editId !== null) {
    const back = <BackToContracts to={`/contracts/${editId}`} label={t('ledger.backToContract')} />
    if (existing.error)
      return (
        <Stack>
          {back}
          <LoadFailed error={existing.error} onRetry={() => void existing.refetch()} />
        </Stack>
      )
    if (!existing.data) return <PageLoader />
    const contract = existing.data
    return (
      <Stack gap="md" maw={1280} data-testid="contract-edit-page">
        {back}
        <Title order={1}>{t('ledger.form.editTitle', { number: contract.number })}</Title>
        {contract.state === 'terminated' ? (
          <Alert color="gray">{t('errors.contractTerminated', { number: contract.number })}</Alert>
        ) : (
          <ContractForm
            key={contract.updatedAt}
            target={{ kind: 'edit', contract }}
            onCancel={() => void navigate(`/contracts/${contract.id}`)}
            onSaved={(saved) => void navigate(`/contracts/${saved.id}`)}
          />
        )}
      </Stack>
    )
  }

  return (
    <Stack gap="md" maw={1280} data-testid="contract-new-page">
      <BackToContracts
        to={from}
        label={customerId !== null ? t('ledger.backToCustomer') : undefined}
      />
      <Title order={1}>
        {dealId !== null ? t('ledger.form.fromDealTitle') : t('ledger.form.newTitle')}
      </Title>
      {start.error && <LoadFailed error={start.error} onRetry={() => void start.refetch()} />}
      {!start.data && !start.error && <PageLoader />}
      {start.data && (
        <ContractForm
          target={{
            kind: 'new',
            initial: start.data.initial,
            customerName: start.data.customerName,
          }}
          onCancel={() => void navigate(from)}
          onSaved={(saved) => void navigate(`/contracts/${saved.id}`, { replace: true })}
        />
      )}
    </Stack>
  )
}
