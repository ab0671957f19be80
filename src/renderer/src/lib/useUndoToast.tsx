import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { UndoToastMessage } from '../components/UndoToastMessage'
import { errorMessage } from './errors'

export interface UndoToast {
  /** What was just done: 已删除联系人「王芳」. */
  message: string
  /** Takes it back; resolves to the sentence of the toast that confirms it. */
  undo: () => Promise<string>
  /** After the undo, whether it worked or not: refresh what it changed. */
  onSettled?: () => void
  /** data-testid of the Undo button; 'toast-undo' unless told. */
  testId?: string
  color?: string
  /** ms; 8 s unless told. */
  autoClose?: number
}

let toastCount = 0

/**
 * Destructive actions act at once and offer Undo in the toast (ARCHITECTURE.md "The
 * look"). The undo runs outside any component's life: the row, form or page that
 * started it has often gone by the time the user clicks.
 */
export function useUndoToast(): (toast: UndoToast) => void {
  const { t } = useTranslation()
  return useCallback(
    (toast: UndoToast) => {
      toastCount += 1
      const id = `undo-${toastCount}`
      const undo = async () => {
        notifications.hide(id)
        try {
          notifications.show({ color: 'green', message: await toast.undo() })
        } catch (error) {
          notifications.show({
            color: 'red',
            title: t('common.failed'),
            message: errorMessage(t, error),
          })
        }
        toast.onSettled?.()
      }
      notifications.show({
        id,
        color: toast.color,
        autoClose: toast.autoClose ?? 8000,
        message: (
          <UndoToastMessage
            message={toast.message}
            onUndo={() => void undo()}
            testId={toast.testId ?? 'toast-undo'}
          />
        ),
      })
    },
    [t],
  )
}

export interface DeleteWithUndo<T> {
  remove: (item: T) => Promise<unknown>
  restore: (item: T) => Promise<unknown>
  /** The toast after the delete, and after the undo. */
  deletedText: (item: T) => string
  restoredText: (item: T) => string
  /** After the delete and after the undo. */
  refresh: () => void
  testId: string
}

/** A delete that acts at once; its toast's Undo restores. Callers add onError to mutate(). */
export function useDeleteWithUndo<T>(options: DeleteWithUndo<T>) {
  const showUndo = useUndoToast()
  return useMutation({
    mutationFn: options.remove,
    onSuccess: (_result, item) => {
      options.refresh()
      showUndo({
        message: options.deletedText(item),
        undo: async () => {
          await options.restore(item)
          return options.restoredText(item)
        },
        onSettled: options.refresh,
        testId: options.testId,
      })
    },
  })
}
