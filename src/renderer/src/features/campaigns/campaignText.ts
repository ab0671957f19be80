import type { MantineColor } from '@mantine/core'
import type { TFunction } from 'i18next'
import type { CampaignChannel } from '../../../../shared/api'

/** One colour per channel, on the badge, in the report's chart and on paper. */
export const CHANNEL_COLORS: Record<CampaignChannel, MantineColor> = {
  exhibition: 'indigo',
  onlineAds: 'cyan',
  referral: 'teal',
  telemarketing: 'orange',
  wechat: 'green',
  other: 'gray',
}

export function channelLabel(t: TFunction, channel: CampaignChannel): string {
  return t(`campaigns.channels.${channel}`)
}

/** A campaign's name as lists show it: 「春季展会（已删除）」 once it has been deleted. */
export function campaignName(
  t: TFunction,
  campaign: { name: string | null; deleted: boolean },
): string {
  const name = campaign.name ?? ''
  return campaign.deleted ? t('campaigns.deletedName', { name }) : name
}

/** 0.256 → '25.6%', −1 → '-100.0%'; null (no cost) → '—'. */
export function roiText(roi: number | null): string {
  return roi === null ? '—' : `${(Math.round(roi * 1000) / 10).toFixed(1)}%`
}

/** Green when the campaign paid off, red when it lost money, dimmed without a cost. */
export function roiColor(roi: number | null): MantineColor | undefined {
  if (roi === null) return 'dimmed'
  if (roi > 0) return 'green'
  if (roi < 0) return 'red'
  return undefined
}

/** The dates as one phrase: 2026-10-01 – 2026-10-31, or 2026-10-01 起 while it runs on. */
export function datesText(t: TFunction, startDate: string, endDate: string | null): string {
  return endDate === null
    ? t('campaigns.dates.open', { start: startDate })
    : t('campaigns.dates.range', { start: startDate, end: endDate })
}
