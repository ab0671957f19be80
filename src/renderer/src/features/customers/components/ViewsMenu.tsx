import { ActionIcon, Button, Group, Menu, Text } from '@mantine/core'
import { IconBookmark, IconChevronDown, IconDeviceFloppy, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { SavedView } from '../../../../../shared/api'

export interface ViewsMenuProps {
  views: SavedView[]
  /** The view the list shows exactly now, if any. */
  currentId: number | null
  onApply: (view: SavedView) => void
  onSave: () => void
  onDelete: (view: SavedView) => void
}

/** "视图": the saved views (filters + columns + sort) to apply, "save the current view", delete one. */
export function ViewsMenu({ views, currentId, onApply, onSave, onDelete }: ViewsMenuProps) {
  const { t } = useTranslation()
  const current = views.find((view) => view.id === currentId)
  return (
    <Menu position="bottom-end" shadow="md" width={260} withinPortal>
      <Menu.Target>
        <Button
          data-testid="views-menu"
          variant="default"
          leftSection={<IconBookmark size={16} />}
          rightSection={<IconChevronDown size={14} />}
          maw={150}
          title={current?.name}
        >
          <Text span size="sm" truncate="end">
            {current ? current.name : t('views.button')}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown data-testid="views-dropdown">
        <Menu.Label>{t('views.saved')}</Menu.Label>
        {views.length === 0 && (
          <Text size="xs" c="dimmed" px="sm" pb="xs">
            {t('views.none')}
          </Text>
        )}
        {views.map((view) => (
          <Menu.Item
            key={view.id}
            data-testid="view-item"
            data-view-name={view.name}
            onClick={() => onApply(view)}
            bg={view.id === currentId ? 'var(--mantine-primary-color-light)' : undefined}
            rightSection={
              <ActionIcon
                component="span"
                role="button"
                data-testid="view-delete"
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={t('views.deleteNamed', { name: view.name })}
                onClick={(event) => {
                  event.stopPropagation()
                  onDelete(view)
                }}
              >
                <IconTrash size={14} />
              </ActionIcon>
            }
          >
            <Group gap={6} wrap="nowrap">
              <Text size="sm" truncate="end" fw={view.id === currentId ? 600 : undefined}>
                {view.name}
              </Text>
            </Group>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          data-testid="view-save"
          leftSection={<IconDeviceFloppy size={16} />}
          onClick={onSave}
        >
          {t('views.saveCurrent')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
