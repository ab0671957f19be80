import { Select } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { citiesOf, normaliseProvince, PROVINCES } from '../../../../../shared/regions'
import type { CustomerFormValues } from '../customerFormValues'

const PROVINCE_NAMES = PROVINCES.map((province) => province.name)

/** The list to pick from, plus the record's own value when it is not in it (an imported "华东区"). */
function withCurrent(names: string[], current: string): string[] {
  return current === '' || names.includes(current) ? names : [current, ...names]
}

export interface CustomerFormRegionProps {
  form: UseFormReturnType<CustomerFormValues>
}

/**
 * Province then city, each a searchable list of China's official names (GB/T 2260).
 * Choosing another province clears a city that is not in it.
 */
export function CustomerFormRegion({ form }: CustomerFormRegionProps) {
  const { t } = useTranslation()
  const { province, city } = form.values
  const cities = citiesOf(province).map((region) => region.name)
  const onProvince = (value: string | null) => {
    const next = value ? normaliseProvince(value) : ''
    form.setFieldValue('province', next)
    if (city !== '' && !citiesOf(next).some((region) => region.name === city))
      form.setFieldValue('city', '')
  }
  return (
    <>
      <Select<string>
        label={t('customers.form.fields.province')}
        data-testid="field-province"
        placeholder={t('customers.form.selectPlaceholder')}
        data={withCurrent(PROVINCE_NAMES, province)}
        value={province === '' ? null : province}
        onChange={onProvince}
        error={form.errors.province}
        searchable
        clearable
        nothingFoundMessage={t('detail.form.noMatch')}
      />
      <Select<string>
        label={t('customers.form.fields.city')}
        data-testid="field-city"
        placeholder={
          province === '' ? t('detail.form.provinceFirst') : t('customers.form.selectPlaceholder')
        }
        data={withCurrent(cities, city)}
        value={city === '' ? null : city}
        onChange={(value) => form.setFieldValue('city', value ?? '')}
        error={form.errors.city}
        disabled={province === '' && city === ''}
        searchable
        clearable
        nothingFoundMessage={t('detail.form.noMatch')}
      />
    </>
  )
}
