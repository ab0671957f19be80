import { ActionIcon, Badge, Group, Stack, Text, Tooltip } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BoardColumn } from '../../../../../shared/api'
import { formatCents } from '../../../../../shared/money'

export interface BoardColumnHeaderProps {
  column: BoardColumn
  onNew: () => void
}

const NUMBERS = { fontVariantNumeric: 'tabular-nums' } as const

/** Stage name and probability, how many deals, their total and weighted total (amount × probability). */
export function BoardColumnHeader({ column, onNew }: BoardColumnHeaderProps) {
  const { t } = useTranslation()
  const { stage } = column
  return (
    <Stack
      gap={2}
      px="sm"
      pt={8}
      pb={6}
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      data-testid="board-column-header"
    >
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Group gap={6} wrap="nowrap" miw={0}>
          <Text fw={600} size="sm" truncate="end" data-testid="board-column-name">
            {stage.name}
          </Text>
          <Badge size="sm" variant="light" color="gray" style={NUMBERS}>
            {stage.probability}%
          </Badge>
        </Group>
        <Group gap={2} wrap="nowrap">
          <Text size="sm" c="dimmed" style={NUMBERS} data-testid="board-column-count">
            {column.count}
          </Text>
          <Tooltip label={t('pipeline.board.newInStage', { stage: stage.name })} withArrow>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t('pipeline.board.newInStage', { stage: stage.name })}
              onClick={onNew}
              data-testid="board-column-new"
            >
              <IconPlus size={15} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {/* Total left, weighted right; in a narrow column (or in English) weighted goes below. */}
      <Group gap={0} style={{ columnGap: 6 }} wrap="wrap" justify="space-between" align="baseline">
        <Text size="sm" fw={600} style={NUMBERS} data-testid="board-column-total">
          {formatCents(column.totalCents)}
        </Text>
        <Text size="xs" c="dimmed" style={NUMBERS} data-testid="board-column-weighted">
          {t('pipeline.board.weighted', { amount: formatCents(column.weightedCents) })}
        </Text>
      </Group>
    </Stack>
  )
}
