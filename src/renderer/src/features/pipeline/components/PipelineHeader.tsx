import { Button, Group, SegmentedControl, Text, Title } from '@mantine/core'
import { IconLayoutKanban, IconList, IconPlus, IconSettings } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Board } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'
import type { PipelineView } from '../pipelineParams'

export interface PipelineHeaderProps {
  view: PipelineView
  onView: (view: PipelineView) => void
  /** The board's totals (of the deals the filters let through); undefined while loading. */
  board: Board | undefined
  onNew: () => void
}

/** Title and the open pipeline's totals, the board / list switch, stage settings, a new deal. */
export function PipelineHeader({ view, onView, board, onNew }: PipelineHeaderProps) {
  const { t } = useTranslation()
  return (
    <Group justify="space-between" wrap="nowrap">
      <Group gap="md" align="baseline" wrap="nowrap" miw={0}>
        <Title order={1}>{t('pipeline.title')}</Title>
        {board && (
          <Text
            c="dimmed"
            size="sm"
            style={{ fontVariantNumeric: 'tabular-nums' }}
            data-testid="board-totals"
            data-count={board.count}
            data-total={board.totalCents}
            data-weighted={board.weightedCents}
            truncate="end"
          >
            {t('pipeline.board.totals', {
              count: board.count,
              total: formatCents(board.totalCents),
              weighted: formatCents(board.weightedCents),
            })}
          </Text>
        )}
      </Group>
      <Group gap="xs" wrap="nowrap">
        <SegmentedControl
          data-testid="pipeline-view"
          value={view}
          onChange={(value) => onView(value === 'list' ? 'list' : 'board')}
          data={[
            {
              value: 'board',
              label: (
                <Group gap={4} wrap="nowrap">
                  <IconLayoutKanban size={15} />
                  {t('pipeline.views.board')}
                </Group>
              ),
            },
            {
              value: 'list',
              label: (
                <Group gap={4} wrap="nowrap">
                  <IconList size={15} />
                  {t('pipeline.views.list')}
                </Group>
              ),
            },
          ]}
        />
        <Button
          component={Link}
          to="/settings#pipeline-stages"
          variant="default"
          leftSection={<IconSettings size={16} />}
          data-testid="pipeline-stage-settings"
        >
          {t('pipeline.stageSettings')}
        </Button>
        <Button leftSection={<IconPlus size={16} />} onClick={onNew} data-testid="deal-new">
          {t('pipeline.newDeal')}
        </Button>
      </Group>
    </Group>
  )
}
