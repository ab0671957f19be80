import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignChannel } from '../../../../../shared/api'
import { CHANNEL_COLORS, channelLabel } from '../campaignText'

export interface ChannelBadgeProps {
  channel: CampaignChannel
}

/** 展会, 线上广告, 老客户推荐 … each in its own colour. */
export function ChannelBadge({ channel }: ChannelBadgeProps) {
  const { t } = useTranslation()
  return (
    <Badge size="sm" variant="light" color={CHANNEL_COLORS[channel]} data-channel={channel}>
      {channelLabel(t, channel)}
    </Badge>
  )
}
