import { Alert, Button, Group, List, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { IconArrowMerge, IconInfoCircle } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { PageLoader } from '../../../components/PageLoader'
import { errorMessage } from '../../../lib/errors'
import { MergeTable } from '../components/MergeTable'
import { useMergeCustomers } from '../hooks/useMergeCustomers'
import { useMergeRecords } from '../hooks/useMergeRecords'
import { chosenSources, mergeRequest, parseMergeIds, type MergePicks } from '../mergePlan'

export type MergePageProps = Record<string, never>

/** 合并客户: pick the surviving record and, per differing field, the value to keep; then merge (undoable). */
export function MergePage(_props: MergePageProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const ids = useMemo(() => parseMergeIds(search.get('ids')), [search])
  const { records, loading, error } = useMergeRecords(ids)
  const merge = useMergeCustomers()
  const [chosenKeep, setChosenKeep] = useState<number | null>(null)
  const [picks, setPicks] = useState<MergePicks>({})

  // By default the oldest record survives: it usually carries the history.
  const oldest = [...records].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id)[0]
  const keepId = records.some((record) => record.id === chosenKeep)
    ? chosenKeep
    : (oldest?.id ?? null)
  const sources = useMemo(
    () => (keepId === null ? {} : chosenSources(records, keepId, picks)),
    [records, keepId, picks],
  )
  const deleted = records.filter((record) => record.deletedAt !== null)
  const kept = records.find((record) => record.id === keepId)

  let body
  if (ids.length < 2) {
    body = <Alert color="yellow">{t('merge.needTwo')}</Alert>
  } else if (loading) {
    body = <PageLoader />
  } else if (error) {
    body = (
      <Alert color="red" title={t('common.failed')}>
        {errorMessage(t, error)}
      </Alert>
    )
  } else if (keepId !== null && kept) {
    const others = records.length - 1
    const contacts = records.reduce(
      (sum, record) => sum + (record.id === keepId ? 0 : record.contacts.length),
      0,
    )
    body = (
      <>
        {deleted.map((record) => (
          <Alert key={record.id} color="red" data-testid="merge-deleted">
            {t('errors.customerDeleted', { name: record.name })}
          </Alert>
        ))}
        <ScrollArea type="auto" offsetScrollbars>
          <MergeTable
            records={records}
            keepId={keepId}
            sources={sources}
            onKeep={setChosenKeep}
            onPick={(field, id) => setPicks((previous) => ({ ...previous, [field]: id }))}
          />
        </ScrollArea>
        {merge.error && (
          <Alert color="red" title={t('merge.failed')} data-testid="merge-error">
            {errorMessage(t, merge.error)}
          </Alert>
        )}
        <Paper
          withBorder
          shadow="sm"
          p="sm"
          style={{ position: 'sticky', bottom: 'var(--mantine-spacing-md)', zIndex: 3 }}
        >
          <Group justify="space-between" align="flex-end" wrap="nowrap" gap="md">
            <Group gap="sm" align="flex-start" wrap="nowrap">
              <IconInfoCircle size={18} style={{ flexShrink: 0, marginTop: 2 }} />
              <List size="sm" spacing={2}>
                <List.Item>
                  {t('merge.summaryKeep', { name: kept.name, code: kept.code })}
                </List.Item>
                <List.Item>{t('merge.summaryMove', { count: contacts })}</List.Item>
                <List.Item>{t('merge.summaryBin', { count: others })}</List.Item>
              </List>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Button variant="default" component={Link} to="/customers/duplicates">
                {t('common.cancel')}
              </Button>
              <Button
                data-testid="merge-confirm"
                leftSection={<IconArrowMerge size={16} />}
                loading={merge.isPending}
                disabled={deleted.length > 0}
                onClick={() =>
                  merge.mutate(mergeRequest(records, keepId, picks), {
                    onSuccess: () => void navigate('/customers/duplicates'),
                  })
                }
              >
                {t('merge.confirm', { count: records.length })}
              </Button>
            </Group>
          </Group>
        </Paper>
      </>
    )
  }

  return (
    <Stack gap="sm" pb="md">
      <Stack gap={2}>
        <Title order={1}>{t('merge.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('merge.intro')}
        </Text>
      </Stack>
      {body}
    </Stack>
  )
}
