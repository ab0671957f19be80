import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SavedView } from '../../../../../shared/api'
import { errorMessage } from '../../../lib/errors'
import type { SaveViewModalProps } from '../components/SaveViewModal'
import type { CustomerListParams } from '../listParams'
import { fromViewState, isCurrentView, toViewState } from '../viewState'
import { useDeleteView, useSaveView, useSavedViews } from './useSavedViews'

/**
 * Saved views of the customer list: applying one replaces filters, columns and
 * sort; saving asks for a name (an existing name is replaced); deleting acts at
 * once and the toast offers Undo (the view is saved again under its name).
 */
export function useViewActions(
  params: CustomerListParams,
  setParams: (next: CustomerListParams) => void,
) {
  const { t } = useTranslation()
  const views = useSavedViews().data ?? []
  const save = useSaveView()
  const remove = useDeleteView()
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const current = views.find((view) => isCurrentView(view.state, params)) ?? null

  const failed = (failure: unknown) =>
    notifications.show({
      color: 'red',
      title: t('common.failed'),
      message: errorMessage(t, failure),
    })

  const onDelete = (view: SavedView) =>
    remove.mutate(view.id, {
      onSuccess: () => {
        const toastId = `view-deleted-${view.id}`
        notifications.show({
          id: toastId,
          autoClose: 8000,
          message: (
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text size="sm">{t('views.deleted', { name: view.name })}</Text>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => {
                  notifications.hide(toastId)
                  save.mutate({ name: view.name, state: view.state }, { onError: failed })
                }}
              >
                {t('common.undo')}
              </Button>
            </Group>
          ),
        })
      },
      onError: failed,
    })

  const modal: SaveViewModalProps = {
    opened: saving,
    existingNames: views.map((view) => view.name),
    initialName: current?.name ?? '',
    saving: save.isPending,
    error,
    onClose: () => {
      setSaving(false)
      setError(null)
    },
    onSave: (name) =>
      save.mutate(
        { name, state: toViewState(params) },
        {
          onSuccess: (view) => {
            setSaving(false)
            setError(null)
            notifications.show({
              color: 'green',
              message: t('views.savedNamed', { name: view.name }),
            })
          },
          onError: (failure) => setError(errorMessage(t, failure)),
        },
      ),
  }

  return {
    views,
    currentId: current?.id ?? null,
    apply: (view: SavedView) => setParams(fromViewState(view.state)),
    openSave: () => setSaving(true),
    onDelete,
    modal,
  }
}
