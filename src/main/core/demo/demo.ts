import type { DemoLoadInput, DemoLoadResult } from '../../../shared/api'
import { localDate } from '../../../shared/dates'
import { phoneDigits } from '../../../shared/text'
import type { Ctx } from '../context'
import { recordAudit } from '../db/audit'
import { insertDemoDeals, type DemoDealCustomer } from './deals'
import { insertDemoLedger } from './ledger'
import { searchTexts, writeSearchRows, type SearchSource } from '../search'
import { nameSortKey } from '../pinyin'
import { ensureTags } from '../customers'

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

const TITLES = ['总经理', '采购经理', '财务', '老板', '销售总监', '行政主管', '技术负责人']
const KINDS = ['call', 'visit', 'wechat', 'email', 'meeting', 'note'] as const
const NOTES = [
  '电话沟通了报价，客户说再比较一下',
  '上门拜访，介绍了新产品',
  '微信发了产品资料',
  '客户询问交货期',
  '约了下周见面详谈',
  '催收上月货款',
  '客户反馈质量不错',
  '年底有采购计划，保持联系',
]
const ACTIONS = ['发送报价单', '上门拜访', '电话回访', '寄样品', '确认合同条款', '催款']
const DAY = 86_400_000

interface DemoExtras {
  contacts: { name: string; title: string; phone: string }[]
  activities: {
    kind: (typeof KINDS)[number]
    content: string
    occurredAt: number
    next: string | null
    action: string | null
  }[]
}

/** Contacts and follow-ups for one demo customer; the latest follow-up carries the next plan. */
function demoExtras(
  rnd: () => number,
  now: number,
  contactsAvg: number,
  activitiesAvg: number,
): DemoExtras {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  const contactCount = Math.floor(rnd() * (2 * contactsAvg + 1))
  const activityCount = Math.floor(rnd() * (2 * activitiesAvg + 1))
  const contacts = Array.from({ length: contactCount }, () => ({
    name: pick([...SURNAMES]) + pick(GIVEN),
    title: pick(TITLES),
    phone: `1${pick(['36', '37', '50', '88', '59'])}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
  }))
  const times = Array.from(
    { length: activityCount },
    () => now - Math.floor(rnd() * 180 * DAY),
  ).sort((a, b) => a - b)
  const activities = times.map((occurredAt, i) => {
    const last = i === times.length - 1
    // About a third of plans fall before today (overdue), the rest in the next two weeks.
    const next = last && rnd() < 0.7 ? localDate(now + Math.floor((rnd() * 21 - 7) * DAY)) : null
    return {
      kind: pick(KINDS),
      content: pick(NOTES),
      occurredAt,
      next,
      action: next ? pick(ACTIONS) : null,
    }
  })
  return { contacts, activities }
}

/**
 * Inserts demo customers with their contacts and follow-ups (and the demo owners and
 * tags) in one transaction. Search rows are written after all records: interleaving
 * FTS inserts with the table inserts makes FTS5 flush a tiny segment per row.
 */
export function loadDemoData(ctx: Ctx, input: DemoLoadInput): DemoLoadResult {
  const count = input.customers ?? 200
  const contactsAvg = input.contactsPerCustomer ?? 2
  const activitiesAvg = input.activitiesPerCustomer ?? 3
  const dealCount = input.deals ?? Math.round(count * 0.3)
  const contractCount = input.contracts ?? Math.round(count * 0.3)
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
      (code, type, name, name_sort, short_name, industry, source, grade, stage, owner_id, province, city, address,
       phone, phone_digits, email, notes, custom, last_activity_at, next_follow_up_date, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?)`)
    const insertTag = ctx.sqlite.prepare(
      'INSERT INTO customer_tags(customer_id, tag_id) VALUES (?, ?)',
    )
    const insertContact = ctx.sqlite.prepare(`INSERT INTO contacts
      (customer_id, name, title, phone, phone_digits, is_primary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    const insertActivity = ctx.sqlite.prepare(`INSERT INTO activities
      (customer_id, contact_id, kind, content, occurred_at, next_follow_up_date, next_action, created_at)
      VALUES (?, NULL, ?, ?, ?, ?, ?, ?)`)
    const base = seq?.seq ?? 0
    const rnd = random(7 + base)
    const rows = demoCustomers(count, now, 20261123 + base, base + 1)
    const search: { id: number; source: SearchSource }[] = []
    const dealCustomers: DemoDealCustomer[] = []
    let contactTotal = 0
    let activityTotal = 0
    for (const c of rows) {
      const digits = phoneDigits(c.phone)
      const extras = demoExtras(rnd, now, contactsAvg, activitiesAvg)
      const latest = extras.activities[extras.activities.length - 1]
      // run().lastInsertRowid, not RETURNING: RETURNING opens a temporary table per row.
      const { lastInsertRowid } = insert.run(
        c.code,
        c.type,
        c.name,
        nameSortKey(c.name),
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
        latest?.occurredAt ?? null,
        latest?.next ?? null,
        c.createdAt,
        c.createdAt,
      )
      const id = Number(lastInsertRowid)
      dealCustomers.push({
        id,
        stage: c.stage,
        ownerId: ownerIds[c.ownerIndex] ?? null,
        createdAt: c.createdAt,
      })
      for (const t of c.tagIndexes) insertTag.run(id, tagIds[t])
      extras.contacts.forEach((p, i) =>
        insertContact.run(
          id,
          p.name,
          p.title,
          p.phone,
          p.phone,
          i === 0 ? 1 : 0,
          c.createdAt,
          c.createdAt,
        ),
      )
      for (const a of extras.activities)
        insertActivity.run(id, a.kind, a.content, a.occurredAt, a.next, a.action, a.occurredAt)
      contactTotal += extras.contacts.length
      activityTotal += extras.activities.length
      search.push({
        id,
        source: {
          id,
          ...c,
          phoneDigits: digits,
          wechat: null,
          contactNames: extras.contacts.map((p) => p.name),
          contactPhones: extras.contacts.map((p) => p.phone),
        },
      })
    }
    for (const { id, source } of search) writeSearchRows(ctx, id, searchTexts(source), 'new')
    const dealTotal = insertDemoDeals(ctx, random(11 + base), dealCustomers, dealCount, now)
    const ledger = insertDemoLedger(ctx, random(13 + base), dealCustomers, contractCount, now)
    recordAudit(ctx, {
      entity: 'demo',
      entityId: 0,
      action: 'load',
      changes: { customers: { after: count } },
    })
    return {
      customers: count,
      owners: ownerIds.length,
      contacts: contactTotal,
      activities: activityTotal,
      deals: dealTotal,
      ...ledger,
    }
  })
}
