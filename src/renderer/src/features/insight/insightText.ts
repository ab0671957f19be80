import type { TFunction } from 'i18next'
import type { ChurnReason, RfmSegment } from '../../../../shared/api'

/** One colour per segment, everywhere (badge, chart, print). */
export const SEGMENT_COLORS: Record<RfmSegment, string> = {
  importantValue: 'teal',
  importantDevelop: 'blue',
  importantRetain: 'orange',
  importantWinBack: 'red',
  generalValue: 'cyan',
  generalDevelop: 'indigo',
  generalRetain: 'yellow',
  generalWinBack: 'gray',
  none: 'gray',
}

export function segmentLabel(t: TFunction, segment: RfmSegment): string {
  return t(`insight.segment.${segment}`)
}

/** "已 190 天未下单，平均间隔 60 天" — a churn reason in the owner's words. */
export function reasonText(t: TFunction, reason: ChurnReason): string {
  switch (reason.kind) {
    case 'noOrder':
      return t('insight.reason.noOrder', { days: reason.days, interval: reason.intervalDays })
    case 'noRepeat':
      return t('insight.reason.noRepeat', { days: reason.days })
    default:
      return t('insight.reason.noContact', { days: reason.days })
  }
}
