import { Button, Group, SegmentedControl, Stack, Title } from '@mantine/core'
import { IconBox, IconPlus, IconReceipt } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ExportExcelButton } from '../../../components/ExportExcelButton'
import { useCustomer } from '../../../data/customers'
import { useToday } from '../../../data/today'
import { useOwners } from '../../../data/owners'
import { ContractFilterChips } from '../components/ContractFilterChips'
import { ContractFilters } from '../components/ContractFilters'
import { ContractListBody } from '../components/ContractListBody'
import { RenewalsView } from '../components/RenewalsView'
import {
  CONTRACT_VIEWS,
  clearAllContractFilters,
  parseContractParams,
  patchContractParams,
  toContractListInput,
  writeContractParams,
} from '../contractListParams'
import { useUrlParams } from '../../../lib/useUrlParams'

export type ContractsPageProps = Record<string, never>

/**
 * #/contracts — every contract with filters, sort and paging in the URL; the 开票未回款 and
 * 回款未开票 views; and the renewals view (contracts ending within N days).
 */
export function ContractsPage(_props: ContractsPageProps) {
  const { t } = useTranslation()
  const { params, setParams, update } = useUrlParams(
    parseContractParams,
    writeContractParams,
    patchContractParams,
  )
  const today = useToday()
  const owners = useOwners().data ?? []
  const customerName = useCustomer(params.customerId).data?.name
  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))"
      data-testid="contracts-page"
    >
      <Group justify="space-between" wrap="nowrap">
        <Title order={1}>{t('ledger.contractsTitle')}</Title>
        <Group gap="xs" wrap="nowrap">
          <Button
            component={Link}
            to="/products"
            variant="default"
            leftSection={<IconBox size={16} />}
          >
            {t('ledger.products.title')}
          </Button>
          <Button
            component={Link}
            to="/receivables"
            variant="default"
            leftSection={<IconReceipt size={16} />}
          >
            {t('ledger.receivables.title')}
          </Button>
          {params.view !== 'renewals' && (
            <ExportExcelButton
              input={() => {
                const { page: _page, pageSize: _size, ...list } = toContractListInput(params)
                return { entity: 'contracts', ...list }
              }}
              data-testid="contract-export"
            />
          )}
          <Button
            component={Link}
            to="/contracts/new"
            leftSection={<IconPlus size={16} />}
            data-testid="contract-new"
          >
            {t('ledger.newContract')}
          </Button>
        </Group>
      </Group>
      <SegmentedControl
        data-testid="contract-view"
        style={{ alignSelf: 'flex-start' }}
        value={params.view}
        onChange={(value) => update({ view: CONTRACT_VIEWS.find((v) => v === value) ?? 'all' })}
        data={CONTRACT_VIEWS.map((view) => ({ value: view, label: t(`ledger.views.${view}`) }))}
      />
      {params.view === 'renewals' ? (
        <RenewalsView days={params.days} today={today} onDays={(days) => update({ days })} />
      ) : (
        <>
          <ContractFilters
            params={params}
            owners={owners}
            customerName={customerName}
            onChange={update}
          />
          <ContractFilterChips
            params={params}
            owners={owners}
            customerName={customerName}
            onChange={setParams}
          />
          <ContractListBody
            params={params}
            today={today}
            onChange={update}
            onClearFilters={() => setParams(clearAllContractFilters(params))}
          />
        </>
      )}
    </Stack>
  )
}
