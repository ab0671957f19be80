import { describe, expect, it } from 'vitest'
import { translations } from '../../src/renderer/src/locales'
import { applyLocale, i18n } from '../../src/renderer/src/app/i18n'

type Tree = { [key: string]: string | Tree }

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key}`.replace(/_(one|other)$/, '')]
      : keysOf(value, `${prefix}${key}.`),
  )
}

/** The keys the core emits (see the contract), plus the client's own errors.network. */
const ERROR_KEYS = [
  'errors.validation',
  'errors.required',
  'errors.too_small.string',
  'errors.too_small.number',
  'errors.too_small.array',
  'errors.too_big.string',
  'errors.too_big.number',
  'errors.too_big.array',
  'errors.invalid_type',
  'errors.invalid_value',
  'errors.unrecognized_keys',
  'errors.email',
  'errors.date',
  'errors.dateInFuture',
  'errors.notFound',
  'errors.customerCodeTaken',
  'errors.customerDeleted',
  'errors.alreadyDeleted',
  'errors.notDeleted',
  'errors.unknownOwner',
  'errors.ownerNameTaken',
  'errors.internal',
  'errors.busy',
  'errors.unauthorized',
  'errors.databaseDamaged',
  'errors.databaseTooNew',
  'errors.unknownMethod',
  'errors.badJson',
  'errors.badPath',
  'errors.bodyTooLarge',
  'errors.forbiddenHost',
  'errors.network',
  // The customer screens' undo and merge refusals, and custom values.
  'errors.contactNotDeleted',
  'errors.contactNotOfCustomer',
  'errors.activityDeleted',
  'errors.activityNotDeleted',
  'errors.mergeAlreadyUndone',
  'errors.mergeChangedSince',
  'errors.customChoice',
  'errors.customMoney',
  'errors.customNumber',
  'errors.customText',
  // Data safety.
  'errors.locked',
  'errors.unlockWait',
  'errors.wrongPassword',
  'errors.recoveryMode',
  'errors.databaseCorrupt',
  'errors.diskFull',
  'errors.diskError',
  'errors.databaseReadOnly',
  'errors.backupFolderRelative',
  'errors.backupFolderNotWritable',
  'errors.backupFolderUnavailable',
  'errors.hostOnly',
  'errors.desktopOnly',
  'errors.logoTooLarge',
  'errors.logoType',
]

describe('locales', () => {
  it('zh-CN and en have the same keys', () => {
    expect(new Set(keysOf(translations.en))).toEqual(new Set(keysOf(translations['zh-CN'])))
  })

  it('translate every error key the core emits', () => {
    for (const keys of [keysOf(translations.en), keysOf(translations['zh-CN'])]) {
      expect(ERROR_KEYS.filter((key) => !keys.includes(key))).toEqual([])
    }
  })

  it('count customers in both languages', async () => {
    await applyLocale('zh-CN')
    expect(i18n.t('customers.total', { count: 500 })).toBe('共 500 位客户')
    await applyLocale('en')
    expect(i18n.t('customers.total', { count: 1 })).toBe('1 customer')
    expect(i18n.t('customers.total', { count: 500 })).toBe('500 customers')
  })
})
