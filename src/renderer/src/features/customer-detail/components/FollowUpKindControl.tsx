import { Center, Input, SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ACTIVITY_KINDS, type ActivityKind } from '../../../../../shared/api'
import { ACTIVITY_KIND_COLORS } from '../../../lib/colors'
import { ActivityKindIcon } from './ActivityKindIcon'

export interface FollowUpKindControlProps {
  value: ActivityKind
  onChange: (kind: ActivityKind) => void
}

/** 电话 / 拜访 / 微信 / 邮件 / 会议 / 备注, each with its icon; the chosen one in its kind's colour. */
export function FollowUpKindControl({ value, onChange }: FollowUpKindControlProps) {
  const { t } = useTranslation()
  return (
    <Input.Wrapper label={t('followUps.form.kind')} labelElement="div">
      <SegmentedControl<ActivityKind>
        data-testid="followup-kind"
        aria-label={t('followUps.form.kind')}
        fullWidth
        color={ACTIVITY_KIND_COLORS[value]}
        value={value}
        onChange={onChange}
        data={ACTIVITY_KINDS.map((kind) => ({
          value: kind,
          label: (
            <Center style={{ gap: 6 }} data-testid={`followup-kind-${kind}`}>
              <ActivityKindIcon kind={kind} size={15} />
              <span>{t(`followUps.kinds.${kind}`)}</span>
            </Center>
          ),
        }))}
      />
    </Input.Wrapper>
  )
}
