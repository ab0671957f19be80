import type { campaignMethods } from '../../../shared/api/campaigns'
import type { ApiDeps } from '../api'
import { campaignReport } from './report'
import {
  campaignOptions,
  createCampaign,
  deleteCampaign,
  getCampaign,
  listCampaigns,
  restoreCampaign,
  updateCampaign,
} from './campaigns'
import type { HandlersOf } from '../handler-types'

export function campaignHandlers(deps: ApiDeps): HandlersOf<typeof campaignMethods> {
  const { ctx } = deps
  return {
    'campaigns.create': (input) => createCampaign(ctx, input),
    'campaigns.get': (input) => getCampaign(ctx, input.id),
    'campaigns.update': (input) => updateCampaign(ctx, input),
    'campaigns.delete': (input) => deleteCampaign(ctx, input.id),
    'campaigns.restore': (input) => restoreCampaign(ctx, input.id),
    'campaigns.list': (input) => listCampaigns(ctx, input),
    'campaigns.options': () => campaignOptions(ctx),
    'reports.campaigns': (input) => campaignReport(ctx, input),
  }
}
