import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { LOCALES, type Locale } from '../../../shared/api'
import { translations } from '../locales'

/**
 * 简体中文 first, English available. The language the owner picked lives in
 * the core's settings (settings.update({ locale })) and is applied at start.
 */
export const DEFAULT_LOCALE: Locale = 'zh-CN'

export const i18n: I18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: translations['zh-CN'] },
    en: { translation: translations.en },
  },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
})

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value)
}

/** The active language, as the contract spells it. */
export function currentLocale(): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language
  return isLocale(language) ? language : DEFAULT_LOCALE
}

export async function applyLocale(locale: Locale): Promise<void> {
  if (i18n.language !== locale) await i18n.changeLanguage(locale)
  document.documentElement.lang = locale
}
