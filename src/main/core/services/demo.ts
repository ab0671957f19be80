import type { DemoLoadResult } from '../../../shared/api'
import { phoneDigits } from '../../../shared/text'
import type { Ctx } from '../context'
import { recordAudit } from './audit'
import { searchText } from './search'
import { ensureTags } from './tags'

/**
 * Realistic Chinese demo customers, used by the first-run choice, `npm run seed` and
 * the benchmarks. Deterministic for a given seed so benchmarks compare like with like.
 */
const REGIONS: [string, string[]][] = [
  ['北京市', ['北京市']],
  ['上海市', ['上海市']],
  ['广东省', ['广州市', '深圳市', '佛山市', '东莞市']],
  ['浙江省', ['杭州市', '宁波市', '温州市', '义乌市']],
  ['江苏省', ['南京市', '苏州市', '无锡市', '常州市']],
  ['山东省', ['济南市', '青岛市', '烟台市']],
  ['四川省', ['成都市', '绵阳市']],
  ['湖北省', ['武汉市', '宜昌市']],
  ['河南省', ['郑州市', '洛阳市']],
  ['福建省', ['福州市', '厦门市', '泉州市']],
  ['天津市', ['天津市']],
  ['重庆市', ['重庆市']],
]
const PREFIX = [
  '华',
  '鑫',
  '盛',
  '恒',
  '宏',
  '金',
  '德',
  '博',
  '新',
  '信',
  '瑞',
  '安',
  '永',
  '泰',
  '丰',
  '达',
  '明',
  '佳',
  '联',
  '远',
]
const SUFFIX = [
  '达',
  '源',
  '通',
  '成',
  '昌',
  '兴',
  '发',
  '利',
  '科',
  '创',
  '辉',
  '川',
  '海',
  '荣',
  '顺',
  '晟',
  '腾',
  '诚',
  '茂',
  '翔',
]
const TRADES: [string, string][] = [
  ['贸易', '批发零售'],
  ['科技', '信息技术'],
  ['机械', '制造业'],
  ['建材', '建筑建材'],
  ['食品', '食品饮料'],
  ['物流', '交通物流'],
  ['服饰', '纺织服装'],
  ['电子', '电子电器'],
  ['餐饮管理', '餐饮酒店'],
  ['医疗器械', '医疗健康'],
]
const FORMS = ['有限公司', '有限责任公司', '股份有限公司', '商贸行', '工作室']
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '军',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '晓东',
]
const SOURCES = ['老客户推荐', '展会', '官网咨询', '电话营销', '微信', '线上广告', '上门拜访']
const OWNERS = ['张经理', '李娜', '王强', '陈静', '刘洋']
const TAGS = ['重点客户', '需回访', '价格敏感', '老客户', '有意向']
const STAGES = ['lead', 'prospect', 'customer', 'loyal', 'churned'] as const
const STAGE_WEIGHTS = [25, 30, 30, 10, 5]
const GRADES = ['A', 'B', 'C', 'D'] as const
const GRADE_WEIGHTS = [10, 30, 40, 20]

/** mulberry32: a small seeded generator, good enough for demo data. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface DemoCustomer {
  code: string
  type: 'company' | 'individual'
  name: string
  shortName: string | null
  industry: string
  source: string
  grade: (typeof GRADES)[number]
  stage: (typeof STAGES)[number]
  ownerIndex: number
  province: string
  city: string
  address: string
  phone: string
  email: string | null
  notes: string | null
  createdAt: number
  tagIndexes: number[]
}

export function demoCustomers(
  count: number,
  now: number,
  seed = 20261123,
  startCode = 1,
): DemoCustomer[] {
  const rnd = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  const weighted = <T>(list: readonly T[], weights: number[]): T => {
    let r = rnd() * weights.reduce((a, b) => a + b, 0)
    for (let i = 0; i < list.length; i++) {
      r -= weights[i] as number
      if (r < 0) return list[i] as T
    }
    return list[list.length - 1] as T
  }
  const result: DemoCustomer[] = []
  for (let i = 0; i < count; i++) {
    const [province, cities] = pick(REGIONS)
    const city = pick(cities)
    const cityShort = city.replace(/市$/, '')
    const person = pick([...SURNAMES]) + pick(GIVEN)
    const individual = rnd() < 0.15
    const [trade, industry] = pick(TRADES)
    const brand = pick(PREFIX) + pick(SUFFIX)
    const name = individual ? person : `${cityShort}${brand}${trade}${pick(FORMS)}`
    const mobile = `1${pick(['38', '39', '58', '86', '35', '77'])}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`
    const phone =
      rnd() < 0.3 ? `${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}` : mobile
    const tagIndexes = rnd() < 0.4 ? [Math.floor(rnd() * TAGS.length)] : []
    result.push({
      code: `KH${String(startCode + i).padStart(6, '0')}`,
      type: individual ? 'individual' : 'company',
      name,
      shortName: individual ? null : `${cityShort}${brand}`,
      industry,
      source: pick(SOURCES),
      grade: weighted(GRADES, GRADE_WEIGHTS),
      stage: weighted(STAGES, STAGE_WEIGHTS),
      ownerIndex: Math.floor(rnd() * OWNERS.length),
      province,
      city,
      address: `${city}${pick(['人民路', '建设路', '解放路', '中山路', '和平路'])}${1 + Math.floor(rnd() * 300)}号`,
      phone,
      email:
        rnd() < 0.5 ? `${['sales', 'info', 'contact', 'service'][i % 4]}${i}@example.cn` : null,
      notes:
        rnd() < 0.2
          ? pick(['年底有采购计划', '对价格比较敏感', '需要上门演示', '老板很爽快'])
          : null,
      createdAt: now - Math.floor(rnd() * 3 * 365 * 86_400_000),
      tagIndexes,
    })
  }
  return result
}

/** Inserts `count` demo customers (and the demo owners and tags) in one transaction. */
export function loadDemoData(ctx: Ctx, count: number): DemoLoadResult {
  const now = ctx.clock.now()
  return ctx.db.transaction(() => {
    const insertOwner = ctx.sqlite.prepare(
      'INSERT INTO owners(name, active, created_at) VALUES (?, 1, ?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id',
    )
    const ownerIds = OWNERS.map((name) => (insertOwner.get(name, now) as { id: number }).id)
    const tagIds = ensureTags(ctx, TAGS)
    const seq = ctx.sqlite
      .prepare("SELECT seq FROM sqlite_sequence WHERE name = 'customers'")
      .get() as { seq: number } | undefined
    const insert = ctx.sqlite.prepare(`INSERT INTO customers
      (code, type, name, short_name, industry, source, grade, stage, owner_id, province, city, address,
       phone, phone_digits, email, notes, custom, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?) RETURNING id`)
    const insertTag = ctx.sqlite.prepare(
      'INSERT INTO customer_tags(customer_id, tag_id) VALUES (?, ?)',
    )
    const insertSearch = ctx.sqlite.prepare(
      'INSERT INTO customer_search(rowid, text) VALUES (?, ?)',
    )
    const rows = demoCustomers(count, now, 20261123 + (seq?.seq ?? 0), (seq?.seq ?? 0) + 1)
    for (const c of rows) {
      const digits = phoneDigits(c.phone)
      const { id } = insert.get(
        c.code,
        c.type,
        c.name,
        c.shortName,
        c.industry,
        c.source,
        c.grade,
        c.stage,
        ownerIds[c.ownerIndex],
        c.province,
        c.city,
        c.address,
        c.phone,
        digits,
        c.email,
        c.notes,
        c.createdAt,
        c.createdAt,
      ) as { id: number }
      for (const t of c.tagIndexes) insertTag.run(id, tagIds[t])
      insertSearch.run(id, searchText({ id, ...c, phoneDigits: digits, wechat: null }))
    }
    recordAudit(ctx, {
      entity: 'demo',
      entityId: 0,
      action: 'load',
      changes: { customers: { after: count } },
    })
    return { customers: count, owners: ownerIds.length }
  })
}
