import { Divider, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import type { PipelineStage } from '../../../../../shared/api'
import { errorMessage } from '../../../lib/errors'
import { SettingsSection } from '../../../components/SettingsSection'
import { openStages, useRemoveStage, useReorderStages, useStages } from '../hooks/usePipeline'
import { LostReasonsEditor } from './LostReasonsEditor'
import { StageAddForm } from './StageAddForm'
import { StageRemoveModal } from './StageRemoveModal'
import { StageRow } from './StageRow'

export const STAGES_ANCHOR = 'pipeline-stages'

export type PipelineStagesPanelProps = Record<string, never>

/**
 * 销售阶段: the open stages in board order (rename, probability, the "too long in stage"
 * threshold, up / down, add, remove with where its deals go), 赢单 / 输单 (rename), and the
 * list of lost reasons.
 */
export function PipelineStagesPanel(_props: PipelineStagesPanelProps) {
  const { t } = useTranslation()
  const stages = useStages()
  const reorder = useReorderStages()
  const remove = useRemoveStage()
  const [removing, setRemoving] = useState<PipelineStage | null>(null)
  const anchor = useRef<HTMLDivElement>(null)
  const { hash } = useLocation()
  useEffect(() => {
    if (hash === `#${STAGES_ANCHOR}`) anchor.current?.scrollIntoView({ block: 'start' })
  }, [hash])

  const all = stages.data ?? []
  const open = openStages(all)
  const closed = all.filter((stage) => stage.kind !== 'open')
  const failed = (failure: unknown) =>
    notifications.show({
      color: 'red',
      title: t('common.failed'),
      message: errorMessage(t, failure),
    })

  const move = (index: number, by: -1 | 1) => {
    const ids = open.map((stage) => stage.id)
    const [id] = ids.splice(index, 1)
    if (id === undefined) return
    ids.splice(index + by, 0, id)
    reorder.mutate(ids, { onError: failed })
  }

  return (
    <div ref={anchor} id={STAGES_ANCHOR} data-testid="pipeline-stages-panel">
      <SettingsSection
        title={t('pipeline.settings.title')}
        description={t('pipeline.settings.description')}
      >
        {all.length > 0 ? (
          <Table verticalSpacing={6} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64}>{t('pipeline.settings.order')}</Table.Th>
                <Table.Th>{t('pipeline.settings.name')}</Table.Th>
                <Table.Th w={100}>{t('pipeline.settings.probability')}</Table.Th>
                <Table.Th w={130}>{t('pipeline.settings.staleDays')}</Table.Th>
                <Table.Th w={70} ta="right">
                  {t('pipeline.settings.deals')}
                </Table.Th>
                <Table.Th w={150}>{t('settings.owners.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {open.map((stage, index) => (
                <StageRow
                  key={stage.id}
                  stage={stage}
                  first={index === 0}
                  last={index === open.length - 1}
                  onMove={(by) => move(index, by)}
                  onRemove={open.length > 1 ? () => setRemoving(stage) : undefined}
                  busy={reorder.isPending}
                />
              ))}
              {closed.map((stage) => (
                <StageRow key={stage.id} stage={stage} busy={false} />
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            {stages.isError ? errorMessage(t, stages.error) : t('common.loading')}
          </Text>
        )}
        <StageAddForm />
        <Divider />
        <LostReasonsEditor />
      </SettingsSection>
      <StageRemoveModal
        stage={removing}
        others={open.filter((stage) => stage.id !== removing?.id)}
        removing={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={(moveDealsTo) => {
          if (!removing) return
          const stage = removing
          remove.mutate(
            { id: stage.id, ...(moveDealsTo === undefined ? {} : { moveDealsTo }) },
            {
              onSuccess: ({ moved }) => {
                setRemoving(null)
                const target = open.find((other) => other.id === moveDealsTo)?.name ?? ''
                notifications.show({
                  color: 'green',
                  message:
                    moved > 0
                      ? t('pipeline.settings.removedMoved', {
                          name: stage.name,
                          count: moved,
                          target,
                        })
                      : t('pipeline.settings.removed', { name: stage.name }),
                })
              },
              onError: failed,
            },
          )
        }}
      />
    </div>
  )
}
