import { ActionIcon, Menu } from '@mantine/core'
import {
  IconArrowRight,
  IconDots,
  IconExternalLink,
  IconThumbDown,
  IconTrash,
  IconTrophy,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Deal } from '../../../../../shared/api'
import { useBoardActions } from './boardActions'

export interface DealCardMenuProps {
  deal: Deal
}

/** The card's ⋯ menu: open, move to another stage, won, lost, delete — all without dragging. */
export function DealCardMenu({ deal }: DealCardMenuProps) {
  const { t } = useTranslation()
  const actions = useBoardActions()
  const others = actions.stages.filter((stage) => stage.id !== deal.stageId)
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={200}>
      <Menu.Target>
        <ActionIcon
          className="kehu-card-menu"
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('pipeline.card.menu', { title: deal.title })}
          data-testid="deal-card-menu"
          // Neither a click nor Space on the menu may pick up or open the card.
          onClick={(event) => event.stopPropagation()}
          onKeyDown={(event) => event.stopPropagation()}
        >
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown onClick={(event) => event.stopPropagation()}>
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
