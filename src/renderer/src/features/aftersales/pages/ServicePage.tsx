import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconHeadset, IconPlus } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { Ticket } from '../../../../../shared/api/aftersales'
import { EmptyMessage } from '../../../components/EmptyMessage'
import { DataTable } from '../../../components/data-table/DataTable'
import { ListPanel } from '../../../components/data-table/ListPanel'
import { ticketColumns } from '../components/ticketColumns'
import { TicketDetailDrawer } from '../components/TicketDetailDrawer'
import { TicketFilters } from '../components/TicketFilters'
import { TicketFormDrawer } from '../components/TicketFormDrawer'
import { VisitsTab } from '../components/VisitsTab'
import { useTicketList } from '../../../data/aftersales'
import {
  TICKET_PAGE_SIZE,
  nextTicketSort,
  parseTicketParams,
  ticketListInput,
  ticketParamsPatch,
  type TicketParams,
} from '../ticketParams'

export type ServicePageProps = Record<string, never>

/**
 * #/service — 售后服务: the tickets (open ones first, by status tab and filters, a row opens
 * its detail at ?ticket=ID) and the return visits (回访) due and done.
 */
export function ServicePage(_props: ServicePageProps) {
  const { t } = useTranslation()
  const [search, setSearch] = useSearchParams()
  const params = parseTicketParams(search)
  const view = search.get('view') === 'visits' ? 'visits' : 'tickets'
  const openId = Number(search.get('ticket')) || null
  const [editing, setEditing] = useState<Ticket | 'new' | null>(null)
  const setRaw = (patch: Record<string, string | null>) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous)
        for (const [key, value] of Object.entries(patch)) {
          if (value === null || value === '') next.delete(key)
          else next.set(key, value)
        }
        return next
      },
      { replace: true },
    )
  const set = (patch: Partial<TicketParams>) => setRaw(ticketParamsPatch(patch))
  const list = useTicketList(ticketListInput(params), view === 'tickets')
  const columns = useMemo(() => ticketColumns(t), [t])
  const rows = list.data?.rows ?? []
  const filtered =
    params.q !== '' ||
    params.kind !== null ||
    params.priority !== null ||
    params.ownerId !== null ||
    params.overdue
  const newButton = (testId: string) => (
    <Button
      leftSection={<IconPlus size={16} />}
      onClick={() => setEditing('new')}
      data-testid={testId}
    >
      {t('service.new')}
    </Button>
  )

  const empty = filtered ? (
    <EmptyMessage
      icon={<IconHeadset size={28} />}
      title={t('service.list.emptyFilteredTitle')}
      description={t('service.list.emptyFilteredText')}
      actions={
        <Button
          variant="default"
          onClick={() => set({ q: '', kind: null, priority: null, ownerId: null, overdue: false })}
          data-testid="ticket-clear-filters"
        >
          {t('service.list.clearFilters')}
        </Button>
      }
    />
  ) : (
    <EmptyMessage
      icon={<IconHeadset size={28} />}
      title={t(`service.list.empty.${params.tab}`)}
      description={t('service.list.emptyText')}
      actions={newButton('ticket-new-empty')}
    />
  )
  return (
    <Stack
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-offset, 0px) - 2 * var(--mantine-spacing-md))"
      data-testid="service-page"
    >
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Title order={1}>{t('service.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('service.subtitle')}
          </Text>
        </div>
        {newButton('ticket-new')}
      </Group>
      <Tabs
        value={view}
        onChange={(v) => setRaw({ view: v === 'visits' ? 'visits' : null })}
        keepMounted={false}
        style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
      >
        <Tabs.List>
          <Tabs.Tab value="tickets" data-testid="service-tab-tickets">
            {t('service.tabs.tickets')}
          </Tabs.Tab>
          <Tabs.Tab value="visits" data-testid="service-tab-visits">
            {t('service.tabs.visits')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tickets" pt="sm" style={{ flex: 1, minHeight: 0 }}>
          <Stack gap="sm" h="100%">
            <TicketFilters params={params} onChange={set} />
            <ListPanel
              list={list}
              rows={rows.length}
              empty={empty}
              count={(count) => t('service.list.count', { count })}
              countTestId="ticket-count"
              pager={{
                page: params.page,
                pageSize: TICKET_PAGE_SIZE,
                onPage: (page) => set({ page }),
              }}
            >
              <DataTable<Ticket>
                rows={rows}
                columns={columns}
                sort={params.sort ?? { field: 'createdAt', dir: 'desc' }}
                onSort={(field) => set({ sort: nextTicketSort(params, field) })}
                onOpen={(ticket) => setRaw({ ticket: String(ticket.id) })}
                minWidth={1120}
                testId="ticket-table"
                rowTestId="ticket-row"
              />
            </ListPanel>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="visits" pt="sm" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          <VisitsTab />
        </Tabs.Panel>
      </Tabs>
      <TicketFormDrawer
        target={editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => setRaw({ ticket: String(saved.id) })}
      />
      <TicketDetailDrawer
        ticketId={openId}
        onClose={() => setRaw({ ticket: null })}
        onEdit={setEditing}
      />
    </Stack>
  )
}
