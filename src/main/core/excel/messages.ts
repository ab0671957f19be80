import type { ImportProblem } from '../../../shared/api/excel'

/**
 * Why a row was rejected, in words, for the last column of the rejected-rows workbook
 * (the renderer translates the same keys from its own locale files for the preview).
 * Unknown keys fall back to the English message the service gave.
 */
type Messages = Record<string, string>

const ZH: Messages = {
  'errors.importRequired': '{field}不能为空',
  'errors.importDate': '{field}不是日期：{value}',
  'errors.importNumber': '{field}不是数字：{value}',
  'errors.importMoney': '{field}不是金额：{value}',
  'errors.importChoice': '{field}只能是 {choices}：{value}',
  'errors.importDuplicateRow': '与已有记录重复',
  'errors.importCustomerUnknown': '找不到客户：{value}',
  'errors.importCustomerAmbiguous': '有多个客户叫这个名字：{value}',
  'errors.required': '{field}不能为空',
  'errors.email': '{field}不是有效的邮箱地址',
  'errors.date': '{field}不是日期',
  'errors.dateInFuture': '{field}不能是将来的日期',
  'errors.too_big.string': '{field}太长（最多 {limit} 个字）',
  'errors.too_big.array': '{field}太多（最多 {limit} 个）',
  'errors.invalid_value': '{field}的值不对',
  'errors.invalid_type': '{field}的值不对',
  'errors.customerCodeTaken': '客户编号 {code} 已被「{name}」使用',
  'errors.unknownCustomField': '没有这个自定义字段',
  'errors.customText': '{field}应为文字',
  'errors.customNumber': '{field}应为数字',
  'errors.customMoney': '{field}应为金额',
  'errors.customDate': '{field}应为日期',
  'errors.customSingle': '{field}只能是：{options}',
  'errors.customMulti': '{field}只能是：{options}',
  'errors.customerDeleted': '客户「{name}」在回收站中',
  'errors.importStageUnknown': '没有这个销售阶段：{value}',
  'errors.importOwnerUnknown': '没有这位负责人：{value}',
  'errors.importContractUnknown': '找不到合同：{value}',
  'errors.importCampaignUnknown': '未知的市场活动：{value}',
  'errors.campaignUnknown': '市场活动不存在或已删除',
}

const EN: Messages = {
  'errors.importRequired': '{field} is required',
  'errors.importDate': '{field} is not a date: {value}',
  'errors.importNumber': '{field} is not a number: {value}',
  'errors.importMoney': '{field} is not an amount: {value}',
  'errors.importChoice': '{field} must be one of {choices}: {value}',
  'errors.importDuplicateRow': 'Duplicates an existing record',
  'errors.importCustomerUnknown': 'No customer found: {value}',
  'errors.importCustomerAmbiguous': 'Several customers have this name: {value}',
  'errors.required': '{field} is required',
  'errors.email': '{field} is not a valid email address',
  'errors.date': '{field} is not a date',
  'errors.dateInFuture': '{field} cannot be in the future',
  'errors.too_big.string': '{field} is too long (at most {limit} characters)',
  'errors.too_big.array': '{field} has too many entries (at most {limit})',
  'errors.invalid_value': '{field} has a value that is not allowed',
  'errors.invalid_type': '{field} has a value of the wrong kind',
  'errors.customerCodeTaken': 'Code {code} is already used by {name}',
  'errors.unknownCustomField': 'There is no such custom field',
  'errors.customText': '{field} must be text',
  'errors.customNumber': '{field} must be a number',
  'errors.customMoney': '{field} must be an amount',
  'errors.customDate': '{field} must be a date',
  'errors.customSingle': '{field} must be one of: {options}',
  'errors.customMulti': '{field} must be among: {options}',
  'errors.customerDeleted': '{name} is in the recycle bin',
  'errors.importStageUnknown': 'No such pipeline stage: {value}',
  'errors.importOwnerUnknown': 'No such owner: {value}',
  'errors.importContractUnknown': 'No contract numbered {value}',
  'errors.importCampaignUnknown': 'Unknown campaign: {value}',
  'errors.campaignUnknown': 'The campaign does not exist or has been deleted',
}

/** The field names as the user's header called them (the column's own header, when mapped). */
export function reasonText(
  problems: ImportProblem[],
  locale: string,
  headerOf: (problem: ImportProblem) => string,
): string {
  const messages = locale === 'en' ? EN : ZH
  return problems
    .map((p) => {
      const template = messages[p.key]
      if (!template) return p.message
      const params: Record<string, string | number> = { ...p.params, field: headerOf(p) }
      return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
    })
    .join(locale === 'en' ? '; ' : '；')
}
