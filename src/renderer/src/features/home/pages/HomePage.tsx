import { PageLoader } from '../../../components/PageLoader'
import { useSettings } from '../../../data/settings'
import { Overview } from '../components/Overview'
import { Welcome } from '../components/Welcome'

export type HomePageProps = Record<string, never>

/** First run: how to start. Afterwards: a modest overview. */
export function HomePage(_props: HomePageProps) {
  const settings = useSettings()
  if (!settings.data) return <PageLoader />
  return settings.data.onboarded ? <Overview /> : <Welcome />
}
