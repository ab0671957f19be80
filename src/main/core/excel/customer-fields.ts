import { GRADES, STAGES, type CustomField } from '../../../shared/api'
import type { Ctx } from '../context'
import { listCustomFields } from '../customers'
import { normaliseChoice } from './mapping'
import { CAMPAIGN_FIELD } from './campaign-column'
import type { FieldSpec } from './registry'

/**
 * The customer sheet's columns and the names people give them in Chinese and English
 * sheets (客户名称 / 单位名称 / 公司, 手机 / 手机号码 / 联系电话, 所属行业, 客户级别,
 * 录入日期 …). A contact named on the row (联系人) becomes the customer's primary contact.
 */
function choices(values: Record<string, string[]>): Record<string, string> {
  const map: Record<string, string> = {}
  for (const [stored, words] of Object.entries(values))
    for (const word of [stored, ...words]) map[normaliseChoice(word)] = stored
  return map
}

const GRADE_WORDS = choices({
  A: ['a', 'A级', '重要', '重点', 'vip'],
  B: ['b', 'B级', '普通'],
  C: ['c', 'C级', '一般'],
  D: ['d', 'D级', '低'],
})
const STAGE_WORDS = choices({
  lead: ['线索', '新线索', 'lead', 'leads'],
  prospect: ['潜在', '潜在客户', '意向', '意向客户', 'prospect', 'prospective'],
  customer: ['成交', '已成交', '成交客户', '客户', '签约', 'customer', 'won'],
  loyal: ['忠诚', '忠诚客户', '老客户', '长期', 'loyal'],
  churned: ['流失', '已流失', '流失客户', 'churned', 'lost'],
})
const TYPE_WORDS = choices({
  company: ['公司', '企业', '单位', '机构', '公司客户', 'company', 'business', 'organization'],
  individual: ['个人', '个人客户', '自然人', 'individual', 'person', 'personal'],
})

function field(
  key: string,
  kind: FieldSpec['kind'],
  synonyms: string[],
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  return {
    key,
    labelKey: `import.fields.${key}`,
    required: false,
    kind,
    synonyms: [key, ...synonyms],
    ...extra,
  }
}

export const CUSTOMER_FIELDS: FieldSpec[] = [
  field(
    'name',
    'text',
    [
      '客户名称',
      '客户名',
      '客户全称',
      '单位名称',
      '单位',
      '公司名称',
      '公司',
      '企业名称',
      '企业',
      '客户',
      '名称',
      'customer',
      'customername',
      'company',
      'companyname',
      'account',
      'accountname',
    ],
    { required: true },
  ),
  field('code', 'text', [
    '客户编号',
    '客户编码',
    '客户代码',
    '编号',
    '客户号',
    '代码',
    'customercode',
    'customerno',
    'customerid',
    'no',
  ]),
  field('shortName', 'text', ['简称', '客户简称', '公司简称', 'shortname', 'abbreviation']),
  field('type', 'choice', ['客户类型', '类型', '客户性质', '性质', 'customertype'], {
    choiceMap: TYPE_WORDS,
    choices: ['company', 'individual'],
  }),
  field('industry', 'text', ['所属行业', '行业', '行业类别', '行业分类', 'industry', 'sector']),
  field('source', 'text', [
    '客户来源',
    '来源',
    '渠道',
    '来源渠道',
    '获客渠道',
    'source',
    'channel',
    'leadsource',
  ]),
  CAMPAIGN_FIELD,
  field(
    'grade',
    'choice',
    ['客户级别', '级别', '客户等级', '等级', '客户分级', '分级', 'grade', 'level', 'rating'],
    { choiceMap: GRADE_WORDS, choices: [...GRADES] },
  ),
  field(
    'stage',
    'choice',
    ['客户阶段', '阶段', '生命周期', '客户状态', '状态', 'stage', 'status', 'lifecycle'],
    { choiceMap: STAGE_WORDS, choices: [...STAGES] },
  ),
  field('owner', 'text', [
    '负责人',
    '业务员',
    '销售',
    '销售员',
    '跟进人',
    '归属人',
    '所属销售',
    '客户经理',
    '业务负责人',
    'owner',
    'sales',
    'salesperson',
    'salesrep',
    'accountmanager',
  ]),
  field('province', 'text', ['省份', '省', '所在省份', '省/直辖市', 'province', 'state']),
  field('city', 'text', ['城市', '市', '所在城市', '地级市', 'city']),
  field('address', 'text', [
    '地址',
    '详细地址',
    '公司地址',
    '联系地址',
    '通讯地址',
    '办公地址',
    'address',
    'street',
  ]),
  field('phone', 'phone', [
    '电话',
    '手机',
    '手机号',
    '手机号码',
    '联系电话',
    '联系方式',
    '电话号码',
    '固定电话',
    '座机',
    '办公电话',
    '公司电话',
    'phone',
    'mobile',
    'tel',
    'telephone',
    'phonenumber',
    'cellphone',
  ]),
  field('email', 'email', [
    '邮箱',
    '电子邮箱',
    '电子邮件',
    '邮件',
    '邮箱地址',
    'email',
    'e-mail',
    'mail',
    'emailaddress',
  ]),
  field('wechat', 'text', ['微信', '微信号', 'wechat', 'weixin', 'wx']),
  field('website', 'text', [
    '网址',
    '网站',
    '公司网址',
    '官网',
    '主页',
    'website',
    'web',
    'url',
    'homepage',
  ]),
  field('birthday', 'date', ['生日', '出生日期', 'birthday', 'dateofbirth', 'dob']),
  field('tags', 'tags', ['标签', '客户标签', 'tags', 'tag', 'labels']),
  field('notes', 'text', [
    '备注',
    '说明',
    '备注信息',
    '附注',
    'notes',
    'note',
    'remark',
    'remarks',
    'comment',
    'comments',
    'memo',
  ]),
  field('createdDate', 'date', [
    '录入日期',
    '创建日期',
    '创建时间',
    '录入时间',
    '登记日期',
    '建档日期',
    '添加日期',
    'created',
    'createddate',
    'createdat',
    'dateadded',
  ]),
  field('contactName', 'text', [
    '联系人',
    '联系人姓名',
    '联系人名称',
    '姓名',
    '对接人',
    'contact',
    'contactname',
    'contactperson',
  ]),
  field('contactTitle', 'text', [
    '职务',
    '职位',
    '联系人职务',
    '联系人职位',
    'title',
    'jobtitle',
    'position',
  ]),
  field('contactPhone', 'phone', [
    '联系人电话',
    '联系人手机',
    '联系人手机号',
    '联系人联系方式',
    'contactphone',
    'contactmobile',
  ]),
]

const CUSTOM_KINDS: Record<CustomField['type'], FieldSpec['kind']> = {
  text: 'text',
  number: 'number',
  money: 'money',
  date: 'date',
  single: 'choice',
  multi: 'tags',
}

/** The user's own fields: the label is their header name. */
export function customFieldSpecs(ctx: Ctx, entity: 'customer' | 'contact'): FieldSpec[] {
  return listCustomFields(ctx, entity)
    .filter((f) => f.active)
    .map((f) => ({
      key: `custom.${f.key}`,
      labelKey: '',
      label: f.label,
      required: false,
      kind: CUSTOM_KINDS[f.type],
      synonyms: [f.label],
      ...(f.type === 'single'
        ? {
            choices: f.options,
            choiceMap: Object.fromEntries(f.options.map((o) => [normaliseChoice(o), o])),
          }
        : {}),
    }))
}
