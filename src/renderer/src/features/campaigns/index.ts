/** What other features use of campaigns: its only surface. */
export { campaignName, channelLabel, datesText, roiColor, roiText } from './campaignText'
export { CampaignFilter } from './components/CampaignFilter'
export { CampaignLink } from './components/CampaignLink'
export { CampaignSelect } from './components/CampaignSelect'
export { RoiText } from './components/RoiText'
