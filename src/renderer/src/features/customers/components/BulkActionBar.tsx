import { Button, Divider, Group, Paper, Text } from '@mantine/core'
import {
  IconChartBar,
  IconProgress,
  IconTagMinus,
  IconTrash,
  IconUser,
  IconX,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import {
  GRADES,
  STAGES,
  type Grade,
  type Owner,
  type Stage,
  type Tag,
} from '../../../../../shared/api'
import { GradeBadge } from '../../../components/GradeBadge'
import { StageBadge } from '../../../components/StageBadge'
import type { BulkChange } from '../hooks/useBulkActions'
import { AddTagPopover } from './AddTagPopover'
import { BulkMenu, type BulkMenuItem } from './BulkMenu'

export interface BulkActionBarProps {
  count: number
  owners: Owner[]
  /** The tags the selected customers carry: the choices of "remove tag". */
  selectedTags: Tag[]
  /** Every tag name, suggested by "add tag". */
  tagNames: string[]
  onChange: (change: BulkChange) => void
  onDelete: () => void
  onClear: () => void
  busy: boolean
}

/** Shown while rows are selected: change owner / grade / stage, add or remove a tag, delete. */
export function BulkActionBar({
  count,
  owners,
  selectedTags,
  tagNames,
  onChange,
  onDelete,
  onClear,
  busy,
}: BulkActionBarProps) {
  const { t } = useTranslation()
  const ownerItems: BulkMenuItem<number | null>[] = [
    ...owners
      .filter((owner) => owner.active)
      .map((owner) => ({ value: owner.id, label: owner.name })),
    {
      value: null,
      label: (
        <Text c="dimmed" size="sm">
          {t('bulk.noOwner')}
        </Text>
      ),
    },
  ]
  const gradeItems: BulkMenuItem<Grade | null>[] = [
    ...GRADES.map((grade) => ({
      value: grade,
      label: (
        <Group gap="xs">
          <GradeBadge grade={grade} />
          {t('grade.label', { grade })}
        </Group>
      ),
    })),
    {
      value: null,
      label: (
        <Text c="dimmed" size="sm">
          {t('grade.none')}
        </Text>
      ),
    },
  ]
  const stageItems: BulkMenuItem<Stage>[] = STAGES.map((stage) => ({
    value: stage,
    label: <StageBadge stage={stage} />,
  }))
  return (
    <Paper
      data-testid="bulk-bar"
      withBorder
      px="sm"
      py={6}
      bg="var(--mantine-primary-color-light)"
      style={{ borderColor: 'var(--mantine-primary-color-light-hover)' }}
    >
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap="xs" wrap="nowrap">
          <Text
            data-testid="bulk-count"
            size="sm"
            fw={600}
            mr="xs"
            style={{ whiteSpace: 'nowrap' }}
          >
            {t('bulk.selected', { count })}
          </Text>
          <BulkMenu
            testId="bulk-owner"
            label={t('bulk.owner')}
            icon={<IconUser size={14} />}
            items={ownerItems}
            onPick={(ownerId) => onChange({ set: { ownerId } })}
            disabled={busy}
          />
          <BulkMenu
            testId="bulk-grade"
            label={t('bulk.grade')}
            icon={<IconChartBar size={14} />}
            items={gradeItems}
            onPick={(grade) => onChange({ set: { grade } })}
            disabled={busy}
          />
          <BulkMenu
            testId="bulk-stage"
            label={t('bulk.stage')}
            icon={<IconProgress size={14} />}
            items={stageItems}
            onPick={(stage) => onChange({ set: { stage } })}
            disabled={busy}
          />
          <AddTagPopover
            suggestions={tagNames}
            onAdd={(tag) => onChange({ addTags: [tag] })}
            disabled={busy}
          />
          <BulkMenu
            testId="bulk-remove-tag"
            label={t('bulk.removeTag')}
            icon={<IconTagMinus size={14} />}
            items={selectedTags.map((tag) => ({ value: tag.name, label: tag.name }))}
            onPick={(tag) => onChange({ removeTags: [tag] })}
            emptyLabel={t('bulk.noTags')}
            disabled={busy}
          />
          <Divider orientation="vertical" />
          <Button
            data-testid="bulk-delete"
            size="compact-sm"
            variant="light"
            color="red"
            leftSection={<IconTrash size={14} />}
            onClick={onDelete}
            disabled={busy}
          >
            {t('common.delete')}
          </Button>
        </Group>
        <Button
          data-testid="bulk-clear"
          size="compact-sm"
          variant="subtle"
          color="gray"
          leftSection={<IconX size={14} />}
          onClick={onClear}
        >
          {t('bulk.clear')}
        </Button>
      </Group>
    </Paper>
  )
}
