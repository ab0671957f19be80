import type { Locale } from '../../../shared/api'
import en from './en.json'
import zhCN from './zh-CN.json'

type Tree = { [key: string]: string | Tree }

/**
 * Translations: the base files (zh-CN.json, en.json) plus one pair per feature,
 * `<feature>.zh-CN.json` / `<feature>.en.json`, merged deeply. Features keep their
 * own files so that work on different screens never edits the same file.
 */
const featureFiles = import.meta.glob<Tree>('./*.*.json', { eager: true, import: 'default' })

function merge(target: Tree, source: Tree, path = ''): Tree {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key]
    if (typeof value === 'object' && typeof existing === 'object') merge(existing, value, `${path}${key}.`)
    else if (existing !== undefined) throw new Error(`Translation key ${path}${key} is defined twice`)
    else target[key] = typeof value === 'object' ? merge({}, value) : value
  }
  return target
}

function build(locale: Locale, base: Tree): Tree {
  const tree = merge({}, base)
  for (const [file, content] of Object.entries(featureFiles)) {
    if (file.endsWith(`.${locale}.json`)) merge(tree, content)
  }
  return tree
}

export const translations: Record<Locale, Tree> = {
  'zh-CN': build('zh-CN', zhCN),
  en: build('en', en),
}
