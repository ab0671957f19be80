import { Anchor, Button, Group, Menu, Stack, Text, Title } from '@mantine/core'
import {
  IconCash,
  IconChevronDown,
  IconCircleCheck,
  IconEdit,
  IconFileInvoice,
  IconTrash,
  IconBan,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ContractDetail } from '../../../../../shared/api'
import { ContractStatusBadge } from './ContractStatusBadge'
import { AddReminderButton } from '../../reminders'

export interface ContractPageActions {
  onPay: () => void
  onInvoice: () => void
  onActivate: () => void
  onTerminate: () => void
  /** Deletes a draft at once (undo in the toast). */
  onDelete: () => void
  activating: boolean
  deleting?: boolean
}

export interface ContractPageHeaderProps {
  contract: ContractDetail
  actions: ContractPageActions
}

/** Number, status, title, customer and dates; the actions the contract's state allows. */
export function ContractPageHeader({ contract, actions }: ContractPageHeaderProps) {
  const { t } = useTranslation()
  const facts = [
    contract.signedBy ? t('ledger.header.signedBy', { name: contract.signedBy }) : null,
    t('ledger.header.signedOn', { date: contract.signedDate }),
    contract.startDate || contract.endDate
      ? t('ledger.header.term', { start: contract.startDate ?? '…', end: contract.endDate ?? '…' })
      : null,
    contract.ownerName ? t('ledger.header.owner', { name: contract.ownerName }) : null,
  ].filter(Boolean)
  const draft = contract.state === 'draft'
  const active = contract.state === 'active'
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <Stack gap={4} miw={0}>
        <Group gap="sm" wrap="nowrap">
          <Title
            order={1}
            data-testid="contract-number-title"
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            {contract.number}
          </Title>
          <ContractStatusBadge status={contract.status} size="md" />
        </Group>
        <Text fw={500} data-testid="contract-title-text">
          {contract.title}
        </Text>
        <Text size="sm" c="dimmed">
          <Anchor
            component={Link}
            to={`/customers/${contract.customerId}?tab=contracts`}
            size="sm"
            data-testid="contract-customer"
            style={{ whiteSpace: 'nowrap' }}
          >
            {contract.customerName}
          </Anchor>
          {facts.map((fact) => (
            <span key={fact} style={{ whiteSpace: 'nowrap' }}>
              {' · '}
              {fact}
            </span>
          ))}
          {contract.dealId !== null && (
            <>
              {' · '}
              <Anchor component={Link} to={`/pipeline?view=list&deal=${contract.dealId}`} size="sm">
                {t('ledger.header.fromDeal')}
              </Anchor>
            </>
          )}
        </Text>
      </Stack>
      <Group gap="xs" wrap="nowrap">
        {draft && (
          <Button
            leftSection={<IconCircleCheck size={16} />}
            onClick={actions.onActivate}
            loading={actions.activating}
            data-testid="contract-activate"
          >
            {t('ledger.actions.activate')}
          </Button>
        )}
        {active && (
          <>
            <Button
              leftSection={<IconCash size={16} />}
              onClick={actions.onPay}
              data-testid="contract-pay"
            >
              {t('ledger.actions.recordPayment')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconFileInvoice size={16} />}
              onClick={actions.onInvoice}
              data-testid="contract-invoice"
            >
              {t('ledger.actions.invoice')}
            </Button>
          </>
        )}
        <AddReminderButton
          link={{ contractId: contract.id, name: contract.number }}
          testId="contract-reminder"
        />
        {contract.state !== 'terminated' && (
          <Button
            variant="default"
            component={Link}
            to={`/contracts/${contract.id}/edit`}
            leftSection={<IconEdit size={16} />}
            data-testid="contract-edit"
          >
            {t('ledger.actions.edit')}
          </Button>
        )}
        {contract.state !== 'terminated' && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                variant="default"
                px="xs"
                aria-label={t('ledger.actions.more')}
                data-testid="contract-more"
              >
                <IconChevronDown size={16} />
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {active && (
                <Menu.Item
                  color="red"
                  leftSection={<IconBan size={16} />}
                  onClick={actions.onTerminate}
                  data-testid="contract-terminate"
                >
                  {t('ledger.actions.terminate')}
                </Menu.Item>
              )}
              {draft && (
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  onClick={actions.onDelete}
                  disabled={actions.deleting}
                  data-testid="contract-delete"
                >
                  {t('ledger.actions.deleteDraft')}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Group>
  )
}
