import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { PageLoader } from '../../../components/PageLoader'
import { api } from '../../../lib/api'
import { errorMessage } from '../../../lib/errors'
import { useToday } from '../../../data/today'
import { CampaignCustomers } from '../components/CampaignCustomers'
import { CampaignDeals } from '../components/CampaignDeals'
import { CampaignFigures } from '../components/CampaignFigures'
import { CampaignFormDrawer } from '../components/CampaignFormDrawer'
import { CampaignHeader } from '../components/CampaignHeader'
import { useCampaign, useRefreshCampaigns } from '../../../data/campaigns'
import { useDeleteCampaign } from '../hooks/useDeleteCampaign'

export type CampaignDetailPageProps = Record<string, never>

/** #/campaigns/:id — one campaign: its figures with the sums behind them, its customers and deals. */
export function CampaignDetailPage(_props: CampaignDetailPageProps) {
  const { t } = useTranslation()
  const today = useToday()
  const navigate = useNavigate()
  const id = Number(useParams().id)
  const campaign = useCampaign(Number.isSafeInteger(id) && id > 0 ? id : null)
  const [editing, setEditing] = useState(false)
  const refresh = useRefreshCampaigns()
  const { deleteCampaign, deleting } = useDeleteCampaign(() => void navigate('/campaigns'))
  const restore = useMutation({
    mutationFn: (campaignId: number) => api.call('campaigns.restore', { id: campaignId }),
    onSuccess: (restored) => {
      refresh()
      notifications.show({
        color: 'green',
        message: t('campaigns.restored', { name: restored.name }),
      })
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
  })
  if (campaign.isError)
    return (
      <Alert color="red" title={t('campaigns.detail.notFound')} data-testid="campaign-error">
        {errorMessage(t, campaign.error)}
      </Alert>
    )
  const c = campaign.data
  if (!c) return <PageLoader />
  const deleted = c.deletedAt !== null
  return (
    <Stack gap="md" data-testid="campaign-detail" data-campaign-id={c.id}>
      <CampaignHeader
        campaign={c}
        today={today}
        onEdit={() => setEditing(true)}
        onDelete={() => deleteCampaign(c)}
        onRestore={() => restore.mutate(c.id)}
        busy={deleting || restore.isPending}
      />
      {deleted && (
        <Alert color="orange" variant="light">
          {t('campaigns.detail.deletedText')}
        </Alert>
      )}
      <CampaignFigures campaign={c} />
      {c.notes && (
        <Paper withBorder p="md">
          <Title order={3} mb={4}>
            {t('campaigns.fields.notes')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {c.notes}
          </Text>
        </Paper>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <CampaignCustomers campaignId={c.id} deleted={deleted} />
        <CampaignDeals campaignId={c.id} deleted={deleted} />
      </SimpleGrid>
      <CampaignFormDrawer
        target={editing ? c : null}
        today={today}
        onClose={() => setEditing(false)}
      />
    </Stack>
  )
}
