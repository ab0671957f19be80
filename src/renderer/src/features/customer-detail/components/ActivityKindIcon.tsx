import {
  IconBrandWechat,
  IconMail,
  IconMapPin,
  IconNote,
  IconPhone,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react'
import type { ActivityKind } from '../../../../../shared/api'

const ICONS: Record<ActivityKind, Icon> = {
  call: IconPhone,
  visit: IconMapPin,
  wechat: IconBrandWechat,
  email: IconMail,
  meeting: IconUsersGroup,
  note: IconNote,
}

export interface ActivityKindIconProps {
  kind: ActivityKind
  size?: number
}

/** The one icon of each kind of follow-up: 电话, 拜访, 微信, 邮件, 会议, 备注. */
export function ActivityKindIcon({ kind, size = 16 }: ActivityKindIconProps) {
  const KindIcon = ICONS[kind]
  return <KindIcon size={size} stroke={1.7} aria-hidden />
}
