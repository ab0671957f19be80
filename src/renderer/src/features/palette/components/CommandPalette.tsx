import '@mantine/spotlight/styles.css'
import './palette.css'
import { Group, Kbd, Loader, Text } from '@mantine/core'
import { Spotlight, useSpotlight } from '@mantine/spotlight'
import { IconSearch } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Customer } from '../../../../../shared/api'
import { usePaletteSearch } from '../hooks/usePaletteSearch'
import { matchNavActions, PALETTE_NAV_ACTIONS } from '../paletteActions'
import { PALETTE_LIST_ID, paletteStore, selectFirstAction } from '../paletteStore'
import { shortcutKeys } from '../shortcut'
import { PaletteCustomerAction } from './PaletteCustomerAction'

export type CommandPaletteProps = Record<string, never>

/**
 * The command palette: search customers by name, code, phone or pinyin and open one
 * with Enter, or jump to a page. Loaded on first use; PaletteLauncher owns the
 * Ctrl/⌘+K shortcut, so the spotlight's own shortcut is off.
 */
export function CommandPalette(_props: CommandPaletteProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const { opened } = useSpotlight(paletteStore)
  const search = usePaletteSearch(query)
  const navActions = matchNavActions(PALETTE_NAV_ACTIONS, query, (action) => t(action.labelKey))
  const resultKey = `${search.answered}|${search.rows.map((customer) => customer.id).join(',')}`

  useEffect(() => {
    if (opened) selectFirstAction()
  }, [opened, resultKey])

  const open = (customer: Customer) => void navigate(`/customers/${customer.id}`)
  const nothing =
    query.trim() !== '' && !search.searching && search.rows.length === 0 && navActions.length === 0

  return (
    <Spotlight.Root
      store={paletteStore}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      scrollable
      maxHeight={440}
      size={620}
      classNames={{ action: 'kehu-palette-action', actionsGroup: 'kehu-palette-group' }}
    >
      <Spotlight.Search
        data-testid="palette-input"
        aria-label={t('palette.placeholder')}
        placeholder={t('palette.placeholder')}
        leftSection={<IconSearch size={18} stroke={1.5} />}
        rightSection={search.searching && query.trim() !== '' ? <Loader size="xs" /> : null}
      />
      <Spotlight.ActionsList id={PALETTE_LIST_ID} data-testid="palette-list">
        {search.rows.length > 0 && (
          <Spotlight.ActionsGroup
            label={
              search.total > search.rows.length
                ? t('palette.customersMore', { count: search.total, shown: search.rows.length })
                : t('palette.customers')
            }
          >
            {search.rows.map((customer) => (
              <PaletteCustomerAction
                key={customer.id}
                customer={customer}
                query={search.answered}
                onOpen={open}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {navActions.length > 0 && (
          <Spotlight.ActionsGroup label={t('palette.goTo')}>
            {navActions.map((action) => (
              <Spotlight.Action
                key={action.id}
                data-testid="palette-nav"
                data-nav={action.id}
                label={t(action.labelKey)}
                leftSection={<action.icon size={18} stroke={1.5} />}
                onClick={() => void navigate(action.to)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {nothing && (
          <Spotlight.Empty>{t('palette.nothing', { query: query.trim() })}</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
      <Spotlight.Footer>
        <Group gap="md" justify="space-between">
          <Text size="xs" c="dimmed">
            {t('palette.footer')}
          </Text>
          <Group gap={4}>
            {shortcutKeys().map((key) => (
              <Kbd key={key} size="xs">
                {key}
              </Kbd>
            ))}
          </Group>
        </Group>
      </Spotlight.Footer>
    </Spotlight.Root>
  )
}
