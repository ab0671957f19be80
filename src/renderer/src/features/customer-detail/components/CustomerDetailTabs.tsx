import { Badge, Tabs } from '@mantine/core'
import {
  IconAddressBook,
  IconFileInvoice,
  IconHeadset,
  IconHistory,
  IconMessages,
  IconTargetArrow,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../shared/api'
import { CustomerContractsPanel } from '../../contracts'
import { CustomerDealsPanel } from '../../pipeline'
import { CustomerServicePanel } from '../../aftersales'
import { useDetailTab, type DetailTab } from '../hooks/useDetailTab'
import { ContactsPanel } from './ContactsPanel'
import { FollowUpTimeline } from './FollowUpTimeline'
import { HistoryPanel } from './HistoryPanel'
import { MergedFollowUps } from './MergedFollowUps'

export interface CustomerDetailTabsProps {
  customer: CustomerDetail
  /** False for a record in the recycle bin. */
  editable: boolean
  onLogFollowUp: () => void
}

/** 跟进记录, 联系人, 商机, 合同与回款, 售后, 变更历史: the open tab is in the URL. */
export function CustomerDetailTabs({ customer, editable, onLogFollowUp }: CustomerDetailTabsProps) {
  const { t } = useTranslation()
  const { tab, setTab } = useDetailTab()
  const tabLabel = (key: DetailTab, icon: ReactNode, count?: number) => (
    <Tabs.Tab
      value={key}
      leftSection={icon}
      data-testid={`detail-tab-${key}`}
      rightSection={
        count ? (
          <Badge size="xs" variant="light" color="gray" circle={count < 10}>
            {count}
          </Badge>
        ) : undefined
      }
    >
      {t(`detail.tabs.${key}`)}
    </Tabs.Tab>
  )
  return (
    <Tabs
      value={tab}
      onChange={(next) => next && setTab(next as DetailTab)}
      keepMounted={false}
      variant="outline"
    >
      <Tabs.List>
        {tabLabel('followUps', <IconMessages size={16} />)}
        {tabLabel('contacts', <IconAddressBook size={16} />, customer.contacts.length)}
        {tabLabel('deals', <IconTargetArrow size={16} />)}
        {tabLabel('contracts', <IconFileInvoice size={16} />)}
        {tabLabel('service', <IconHeadset size={16} />)}
        {tabLabel('history', <IconHistory size={16} />)}
      </Tabs.List>
      <Tabs.Panel value="followUps" pt="md">
        {customer.mergedInto !== null ? (
          <MergedFollowUps />
        ) : (
          // In the recycle bin the timeline is read only: no log, edit or delete.
          <FollowUpTimeline customer={customer} onLog={editable ? onLogFollowUp : undefined} />
        )}
      </Tabs.Panel>
      <Tabs.Panel value="contacts" pt="md">
        <ContactsPanel customerId={customer.id} contacts={customer.contacts} editable={editable} />
      </Tabs.Panel>
      <Tabs.Panel value="deals" pt="md">
        <CustomerDealsPanel
          customerId={customer.id}
          customerName={customer.name}
          editable={editable}
        />
      </Tabs.Panel>
      <Tabs.Panel value="contracts" pt="md">
        <CustomerContractsPanel customerId={customer.id} editable={editable} />
      </Tabs.Panel>
      <Tabs.Panel value="service" pt="md">
        <CustomerServicePanel
          customerId={customer.id}
          customerName={customer.name}
          editable={editable}
        />
      </Tabs.Panel>
      <Tabs.Panel value="history" pt="md">
        <HistoryPanel customerId={customer.id} contacts={customer.contacts} />
      </Tabs.Panel>
    </Tabs>
  )
}
