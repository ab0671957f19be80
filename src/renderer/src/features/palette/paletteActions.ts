import {
  IconChartBar,
  IconChartFunnel,
  IconFileInvoice,
  IconFileSpreadsheet,
  IconFriends,
  IconHome,
  IconSettings,
  IconTrash,
  IconUserPlus,
  IconUsers,
  type Icon,
} from '@tabler/icons-react'

/** A place the palette can jump to. `keywords` let "kehu", "kh" or "customers" find 客户 in either language. */
export interface PaletteNavAction {
  id: string
  labelKey: string
  to: string
  icon: Icon
  keywords: string[]
}

export const PALETTE_NAV_ACTIONS: readonly PaletteNavAction[] = [
  { id: 'home', labelKey: 'nav.home', to: '/', icon: IconHome, keywords: ['shouye', 'sy', 'home'] },
  {
    id: 'customers',
    labelKey: 'nav.customers',
    to: '/customers',
    icon: IconUsers,
    keywords: ['kehu', 'kh', 'customers'],
  },
  {
    id: 'new-customer',
    labelKey: 'palette.newCustomer',
    to: '/customers?customer=new',
    icon: IconUserPlus,
    keywords: ['xinjian', 'xjkh', 'new', 'add', 'create'],
  },
  {
    id: 'duplicates',
    labelKey: 'merge.findDuplicates',
    to: '/customers/duplicates',
    icon: IconFriends,
    keywords: ['chachong', 'cc', 'hebing', 'duplicates', 'merge'],
  },
  {
    id: 'recycle-bin',
    labelKey: 'customers.recycleBin',
    to: '/customers/recycle-bin',
    icon: IconTrash,
    keywords: ['huishouzhan', 'hsz', 'recycle', 'bin', 'trash', 'deleted'],
  },
  {
    id: 'pipeline',
    labelKey: 'nav.pipeline',
    to: '/pipeline',
    icon: IconChartFunnel,
    keywords: ['loudou', 'xsld', 'pipeline', 'deals'],
  },
  {
    id: 'contracts',
    labelKey: 'nav.contracts',
    to: '/contracts',
    icon: IconFileInvoice,
    keywords: ['hetong', 'huikuan', 'hthk', 'contracts', 'payments'],
  },
  {
    id: 'reports',
    labelKey: 'nav.reports',
    to: '/reports',
    icon: IconChartBar,
    keywords: ['baobiao', 'bb', 'reports'],
  },
  {
    id: 'import',
    labelKey: 'nav.import',
    to: '/import',
    icon: IconFileSpreadsheet,
    keywords: ['daoru', 'daochu', 'dr', 'import', 'export', 'excel'],
  },
  {
    id: 'settings',
    labelKey: 'nav.settings',
    to: '/settings',
    icon: IconSettings,
    keywords: ['shezhi', 'sz', 'settings', 'owners', 'custom fields', 'zidingyi'],
  },
]

/** The actions whose label (as shown) or keywords contain the query; all of them for an empty query. */
export function matchNavActions(
  actions: readonly PaletteNavAction[],
  query: string,
  labelOf: (action: PaletteNavAction) => string,
): PaletteNavAction[] {
  const q = query.trim().toLowerCase()
  if (!q) return [...actions]
  return actions.filter(
    (action) =>
      labelOf(action).toLowerCase().includes(q) ||
      action.keywords.some((keyword) => keyword.includes(q)),
  )
}
