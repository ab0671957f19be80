import { areaList } from '@vant/area-data'

/**
 * China's provinces and prefecture-level cities (data: @vant/area-data, GB/T 2260 codes).
 * Province codes end in 0000; a city belongs to the province sharing its first two digits.
 */
export interface Region {
  code: string
  name: string
}

export const PROVINCES: Region[] = Object.entries(areaList.province_list).map(([code, name]) => ({
  code,
  name,
}))

const CITIES: Region[] = Object.entries(areaList.city_list).map(([code, name]) => ({ code, name }))

export function citiesOf(provinceName: string | null | undefined): Region[] {
  const province = PROVINCES.find((p) => p.name === provinceName)
  if (!province) return []
  return CITIES.filter((c) => c.code.startsWith(province.code.slice(0, 2)))
}

/**
 * The official name for what people type: "浙江" → "浙江省", "北京" → "北京市",
 * "广西" → "广西壮族自治区". Unknown text is returned unchanged.
 */
export function normaliseProvince(text: string): string {
  const trimmed = text.trim()
  return PROVINCES.find((p) => p.name === trimmed || p.name.startsWith(trimmed))?.name ?? trimmed
}
