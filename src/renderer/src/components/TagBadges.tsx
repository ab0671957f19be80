import { Badge, Group } from '@mantine/core'
import type { Tag } from '../../../shared/api'
import { tagColor } from '../lib/colors'

export interface TagBadgesProps {
  tags: Tag[]
  /** Tags beyond this many collapse into "+N". */
  max?: number
}

export function TagBadges({ tags, max = 3 }: TagBadgesProps) {
  if (tags.length === 0) return null
  const shown = tags.slice(0, max)
  const hidden = tags.slice(max)
  return (
    <Group gap={4} wrap="nowrap">
      {shown.map((tag) => (
        <Badge
          key={tag.id}
          color={tagColor(tag.color)}
          variant="outline"
          size="sm"
          style={{ textTransform: 'none' }}
        >
          {tag.name}
        </Badge>
      ))}
      {hidden.length > 0 && (
        <Badge
          color="gray"
          variant="transparent"
          size="sm"
          title={hidden.map((tag) => tag.name).join('、')}
        >
          +{hidden.length}
        </Badge>
      )}
    </Group>
  )
}
