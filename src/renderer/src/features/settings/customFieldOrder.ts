import type { CustomField } from '../../../../shared/api'

/**
 * Moves one field up or down within its entity's list and returns the position
 * updates that make it so: every field gets its index as position, and only the
 * fields whose position changes are sent (normally two).
 */
export function moveField(
  fields: readonly Pick<CustomField, 'id' | 'position'>[],
  id: number,
  by: -1 | 1,
): { id: number; position: number }[] {
  const from = fields.findIndex((field) => field.id === id)
  const to = from + by
  if (from < 0 || to < 0 || to >= fields.length) return []
  const order = [...fields]
  const [moved] = order.splice(from, 1)
  if (!moved) return []
  order.splice(to, 0, moved)
  return order.flatMap((field, index) =>
    field.position === index ? [] : [{ id: field.id, position: index }],
  )
}
