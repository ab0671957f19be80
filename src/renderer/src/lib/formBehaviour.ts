import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'
import type { KeyboardEvent } from 'react'
import { placeApiError } from './errors'

/** Enter in a one-line field submits natively; Ctrl/⌘+Enter also submits from a textarea. */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault()
    event.currentTarget.requestSubmit()
  }
}

/**
 * Moves the cursor to the first field (in form order) that has an error; each input
 * carries `data-testid="<testIdPrefix>-<field>"`.
 */
export function focusFirstError(
  formElement: HTMLFormElement | null | undefined,
  fieldOrder: readonly string[],
  errors: Partial<Record<string, unknown>>,
  testIdPrefix: string,
): void {
  const first = fieldOrder.find((field) => errors[field])
  if (first)
    formElement?.querySelector<HTMLElement>(`[data-testid="${testIdPrefix}-${first}"]`)?.focus()
}

export interface SaveErrorTarget {
  setErrors(errors: Record<string, string>): void
  formElement: HTMLFormElement | null | undefined
  fieldOrder: readonly string[]
  /** Error keys that belong to one field although they are not VALIDATION details. */
  fieldOfKey?: Readonly<Record<string, string>>
  testIdPrefix: string
  /** Title of the notification for an error no field owns. */
  title: string
}

/** A failed save: each error under its field (cursor on the first), the rest in a notification. */
export function showSaveError(t: TFunction, error: unknown, target: SaveErrorTarget): void {
  const placed = placeApiError(t, error, target.fieldOrder, target.fieldOfKey)
  target.setErrors(placed.fields)
  focusFirstError(target.formElement, target.fieldOrder, placed.fields, target.testIdPrefix)
  if (placed.general)
    notifications.show({ color: 'red', title: target.title, message: placed.general })
}
