import { Anchor, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { campaignName } from '../campaignText'

export interface CampaignLinkProps {
  campaignId: number | null
  name: string | null
  deleted: boolean
  testId?: string
}

/** A record's source campaign, linked to its page; 「（已删除）」 once deleted; "—" without one. */
export function CampaignLink({ campaignId, name, deleted, testId }: CampaignLinkProps) {
  const { t } = useTranslation()
  if (campaignId === null)
    return (
      <Text c="dimmed" span size="sm" data-testid={testId}>
        —
      </Text>
    )
  return (
    <Anchor
      component={Link}
      to={`/campaigns/${campaignId}`}
      size="sm"
      c={deleted ? 'dimmed' : undefined}
      data-testid={testId}
    >
      {campaignName(t, { name, deleted })}
    </Anchor>
  )
}
