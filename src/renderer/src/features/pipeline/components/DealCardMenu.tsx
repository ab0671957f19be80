import { Menu } from '@mantine/core'
import {
  IconArrowRight,
  IconDots,
  IconExternalLink,
  IconThumbDown,
  IconTrash,
  IconTrophy,
} from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Deal } from '../../../../../shared/api'
import { useBoardActions } from './boardActions'

export interface DealCardMenuProps {
  deal: Deal
}

/** Neither a click nor Space / Enter on the menu may pick up or open the card. */
const keepFromCard = (event: SyntheticEvent) => event.stopPropagation()

/**
 * The card's ⋯ menu: open, move to another stage, won, lost, delete — all without
 * dragging. Until first used it is a plain button; the Mantine menu mounts on that
 * first click, so a board of hundreds of cards does not build hundreds of menus.
 */
export function DealCardMenu({ deal }: DealCardMenuProps) {
  const { t } = useTranslation()
  const [armed, setArmed] = useState(false)
  const label = t('pipeline.card.menu', { title: deal.title })
  if (!armed) {
    return (
      <button
        type="button"
        className="kehu-card-menu"
        aria-label={label}
        aria-haspopup="menu"
        data-testid="deal-card-menu"
        onClick={(event) => {
          keepFromCard(event)
          setArmed(true)
        }}
        onKeyDown={keepFromCard}
      >
        <IconDots size={16} />
      </button>
    )
  }
  return <ArmedMenu deal={deal} label={label} />
}

function ArmedMenu({ deal, label }: { deal: Deal; label: string }) {
  const { t } = useTranslation()
  const actions = useBoardActions()
  const others = actions.stages.filter((stage) => stage.id !== deal.stageId)
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={200} defaultOpened>
      <Menu.Target>
        <button
          type="button"
          className="kehu-card-menu"
          aria-label={label}
          data-testid="deal-card-menu"
          onClick={keepFromCard}
          onKeyDown={keepFromCard}
        >
          <IconDots size={16} />
        </button>
      </Menu.Target>
      <Menu.Dropdown onClick={keepFromCard} onKeyDown={keepFromCard}>
        <Menu.Item leftSection={<IconExternalLink size={15} />} onClick={() => actions.open(deal)}>
          {t('pipeline.card.open')}
        </Menu.Item>
        {others.length > 0 && <Menu.Label>{t('pipeline.card.moveTo')}</Menu.Label>}
        {others.map((stage) => (
          <Menu.Item
            key={stage.id}
            leftSection={<IconArrowRight size={15} />}
            onClick={() => actions.moveTo(deal, stage.id)}
            data-testid="deal-move-to"
          >
            {stage.name}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          color="green"
          leftSection={<IconTrophy size={15} />}
          onClick={() => actions.requestClose(deal, 'won')}
          data-testid="deal-menu-won"
        >
          {t('pipeline.close.markWon')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconThumbDown size={15} />}
          onClick={() => actions.requestClose(deal, 'lost')}
          data-testid="deal-menu-lost"
        >
          {t('pipeline.close.markLost')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconTrash size={15} />}
          onClick={() => actions.remove(deal)}
          data-testid="deal-menu-delete"
        >
          {t('common.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
