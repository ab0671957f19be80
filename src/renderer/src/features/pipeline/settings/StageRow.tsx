import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PipelineStage } from '../../../../../shared/api'
import { SaveCancelButtons } from '../../../components/SaveCancelButtons'
import { placeApiError } from '../../../lib/errors'
import { DEAL_STATUS_COLORS } from '../../../lib/dealColors'
import { useUpdateStage } from '../hooks/usePipeline'

export interface StageRowProps {
  stage: PipelineStage
  /** Open stages move up and down; 赢单 / 输单 stay last. */
  first?: boolean
  last?: boolean
  onMove?: (by: -1 | 1) => void
  onRemove?: () => void
  busy: boolean
}

interface Draft {
  name: string
  probability: number | string
  staleDays: number | string
}

const NUMBERS = { fontVariantNumeric: 'tabular-nums' } as const

/** One stage: order, name, probability, "too long" threshold and deal count; edited in place. */
export function StageRow({ stage, first, last, onMove, onRemove, busy }: StageRowProps) {
  const { t } = useTranslation()
  const update = useUpdateStage()
  const [draft, setDraft] = useState<Draft | null>(null)
  const [error, setError] = useState<string | null>(null)
  const open = stage.kind === 'open'

  const save = () => {
    if (!draft) return
    const stale = draft.staleDays === '' ? null : Number(draft.staleDays)
    update.mutate(
      {
        id: stage.id,
        name: draft.name.trim(),
        ...(open ? { probability: Number(draft.probability), staleDays: stale } : {}),
      },
      {
        onSuccess: () => {
          setDraft(null)
          setError(null)
        },
        onError: (failure) => {
          const placed = placeApiError(t, failure, ['name', 'probability', 'staleDays'])
          setError(Object.values(placed.fields).join(' · ') || placed.general || t('common.failed'))
        },
      },
    )
  }
  const keys = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter') save()
    if (event.key === 'Escape') setDraft(null)
  }

  return (
    <Table.Tr data-testid="stage-row" data-stage-id={stage.id} data-stage-name={stage.name}>
      <Table.Td>
        {open && onMove && (
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              disabled={first || busy}
              aria-label={t('pipeline.settings.moveUp', { name: stage.name })}
              onClick={() => onMove(-1)}
              data-testid="stage-move-up"
            >
              <IconArrowUp size={14} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              disabled={last || busy}
              aria-label={t('pipeline.settings.moveDown', { name: stage.name })}
              onClick={() => onMove(1)}
              data-testid="stage-move-down"
            >
              <IconArrowDown size={14} />
            </ActionIcon>
          </Group>
        )}
      </Table.Td>
      <Table.Td>
        {draft ? (
          <TextInput
            size="xs"
            aria-label={t('pipeline.settings.name')}
            value={draft.name}
            maxLength={30}
            autoFocus
            error={error}
            onChange={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
            onKeyDown={keys}
            data-testid="stage-name-input"
          />
        ) : (
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={500}>
              {stage.name}
            </Text>
            {!open && (
              <Badge size="xs" variant="light" color={DEAL_STATUS_COLORS[stage.kind]}>
                {t(`pipeline.settings.holds.${stage.kind}`)}
              </Badge>
            )}
          </Group>
        )}
      </Table.Td>
      <Table.Td style={NUMBERS}>
        {draft && open ? (
          <NumberInput
            size="xs"
            aria-label={t('pipeline.settings.probability')}
            value={draft.probability}
            min={0}
            max={100}
            allowDecimal={false}
            suffix="%"
            onChange={(value) => setDraft({ ...draft, probability: value })}
            onKeyDown={keys}
            data-testid="stage-probability-input"
          />
        ) : (
          `${stage.probability}%`
        )}
      </Table.Td>
      <Table.Td style={NUMBERS}>
        {!open ? (
          '—'
        ) : draft ? (
          <NumberInput
            size="xs"
            aria-label={t('pipeline.settings.staleDays')}
            placeholder={t('pipeline.settings.never')}
            value={draft.staleDays}
            min={1}
            max={3650}
            allowDecimal={false}
            onChange={(value) => setDraft({ ...draft, staleDays: value })}
            onKeyDown={keys}
            data-testid="stage-stale-input"
          />
        ) : stage.staleDays === null ? (
          <Text size="sm" c="dimmed">
            {t('pipeline.settings.never')}
          </Text>
        ) : (
          t('pipeline.settings.days', { count: stage.staleDays })
        )}
      </Table.Td>
      <Table.Td ta="right" style={NUMBERS} data-testid="stage-deal-count">
        {open ? stage.dealCount : '—'}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {draft ? (
            <SaveCancelButtons
              onSave={save}
              onCancel={() => setDraft(null)}
              saving={update.isPending}
            />
          ) : (
            <Button
              size="compact-sm"
              variant="subtle"
              data-testid="stage-edit"
              onClick={() =>
                setDraft({
                  name: stage.name,
                  probability: stage.probability,
                  staleDays: stage.staleDays ?? '',
                })
              }
            >
              {t('pipeline.settings.edit')}
            </Button>
          )}
          {open && onRemove && !draft && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={onRemove}
              disabled={busy}
              data-testid="stage-remove"
            >
              {t('pipeline.settings.remove')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}
