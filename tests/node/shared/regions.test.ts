import { describe, expect, it } from 'vitest'
import { citiesOf, normaliseProvince, PROVINCES } from '../../../src/shared/regions'

describe('regions', () => {
  it('lists the 34 provincial divisions and the cities of each', () => {
    expect(PROVINCES).toHaveLength(34)
    expect(citiesOf('浙江省').map((c) => c.name)).toEqual(
      expect.arrayContaining(['杭州市', '宁波市', '温州市']),
    )
    expect(citiesOf('北京市').map((c) => c.name)).toEqual(['北京市'])
    expect(citiesOf('火星')).toEqual([])
  })

  it('normalises short province names', () => {
    expect(normaliseProvince('浙江')).toBe('浙江省')
    expect(normaliseProvince(' 北京 ')).toBe('北京市')
    expect(normaliseProvince('广西')).toBe('广西壮族自治区')
    expect(normaliseProvince('火星')).toBe('火星')
  })
})
