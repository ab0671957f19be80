import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconPencil, IconRestore, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Campaign } from '../../../../../shared/api'
import { BackToContracts } from '../../../components/BackToContracts'
import { datesText } from '../campaignText'
import { ChannelBadge } from './ChannelBadge'

export interface CampaignHeaderProps {
  campaign: Campaign
  today: string
  onEdit: () => void
  onDelete: () => void
  onRestore: () => void
  busy: boolean
}

/** Name, channel, dates and whether it still runs; 编辑 and 删除 (恢复 once deleted). */
export function CampaignHeader({
  campaign: c,
  today,
  onEdit,
  onDelete,
  onRestore,
  busy,
}: CampaignHeaderProps) {
  const { t } = useTranslation()
  const state =
    c.startDate > today ? 'upcoming' : c.endDate !== null && c.endDate < today ? 'ended' : 'running'
  return (
    <Stack gap={4}>
      <BackToContracts to="/campaigns" label={t('campaigns.backToList')} />
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={1} data-testid="campaign-title">
              {c.name}
            </Title>
            <ChannelBadge channel={c.channel} />
            {c.deletedAt !== null ? (
              <Badge color="red" variant="light" data-testid="campaign-deleted">
                {t('campaigns.detail.deletedBadge')}
              </Badge>
            ) : (
              <Badge color={state === 'running' ? 'blue' : 'gray'} variant="outline">
                {t(`campaigns.state.${state}`)}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {datesText(t, c.startDate, c.endDate)}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {c.deletedAt === null ? (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={onEdit}
                data-testid="campaign-edit"
              >
                {t('campaigns.detail.edit')}
              </Button>
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={onDelete}
                loading={busy}
                data-testid="campaign-delete"
              >
                {t('common.delete')}
              </Button>
            </>
          ) : (
            <Button
              leftSection={<IconRestore size={16} />}
              onClick={onRestore}
              loading={busy}
              data-testid="campaign-restore"
            >
              {t('campaigns.detail.restore')}
            </Button>
          )}
        </Group>
      </Group>
    </Stack>
  )
}
