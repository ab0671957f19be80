/** What other features use of aftersales: its only surface. */
export { CustomerServicePanel } from './components/CustomerServicePanel'
export { hoursText, kindLabel, scoreText } from './serviceText'
export { ServiceSettingsPanel } from './settings/ServiceSettingsPanel'
