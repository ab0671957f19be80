import { lazy, Suspense } from 'react'
import { createHashRouter, Navigate } from 'react-router'
import { AppLayout } from './AppLayout'
import { PageLoader } from '../components/PageLoader'
import { RouteError } from './RouteError'

/*
 * Hash routes: the page is loaded from app://kehu/index.html in Electron and
 * from http://127.0.0.1:PORT/ in browser mode, and only the part after # is ours.
 * Every page is its own chunk.
 */
const HomePage = lazy(() =>
  import('../features/home/pages/HomePage').then((m) => ({ default: m.HomePage })),
)
const CustomersPage = lazy(() =>
  import('../features/customers/pages/CustomersPage').then((m) => ({ default: m.CustomersPage })),
)
const CustomerDetailPage = lazy(() =>
  import('../features/customer-detail/pages/CustomerDetailPage').then((m) => ({
    default: m.CustomerDetailPage,
  })),
)
const RecycleBinPage = lazy(() =>
  import('../features/recycle-bin/pages/RecycleBinPage').then((m) => ({
    default: m.RecycleBinPage,
  })),
)
const DuplicatesPage = lazy(() =>
  import('../features/duplicates/pages/DuplicatesPage').then((m) => ({
    default: m.DuplicatesPage,
  })),
)
const MergePage = lazy(() =>
  import('../features/duplicates/pages/MergePage').then((m) => ({ default: m.MergePage })),
)
const PipelinePage = lazy(() =>
  import('../features/pipeline/pages/PipelinePage').then((m) => ({ default: m.PipelinePage })),
)
const ContractsPage = lazy(() =>
  import('../features/contracts/pages/ContractsPage').then((m) => ({ default: m.ContractsPage })),
)
const ContractFormPage = lazy(() =>
  import('../features/contracts/pages/ContractFormPage').then((m) => ({
    default: m.ContractFormPage,
  })),
)
const ContractPage = lazy(() =>
  import('../features/contracts/pages/ContractPage').then((m) => ({ default: m.ContractPage })),
)
const ReceivablesPage = lazy(() =>
  import('../features/receivables/pages/ReceivablesPage').then((m) => ({
    default: m.ReceivablesPage,
  })),
)
const StatementPage = lazy(() =>
  import('../features/receivables/pages/StatementPage').then((m) => ({ default: m.StatementPage })),
)
const ProductsPage = lazy(() =>
  import('../features/products/pages/ProductsPage').then((m) => ({ default: m.ProductsPage })),
)
const ReportsPage = lazy(() =>
  import('../features/reports/pages/ReportsPage').then((m) => ({ default: m.ReportsPage })),
)
const ReportPrintPage = lazy(() =>
  import('../features/reports/pages/ReportPrintPage').then((m) => ({
    default: m.ReportPrintPage,
  })),
)
const ImportPage = lazy(() =>
  import('../features/import/pages/ImportPage').then((m) => ({ default: m.ImportPage })),
)
const RemindersPage = lazy(() =>
  import('../features/reminders/pages/RemindersPage').then((m) => ({ default: m.RemindersPage })),
)
const InsightPage = lazy(() =>
  import('../features/insight/pages/InsightPage').then((m) => ({ default: m.InsightPage })),
)
const ServicePage = lazy(() =>
  import('../features/aftersales/pages/ServicePage').then((m) => ({ default: m.ServicePage })),
)
const CampaignsPage = lazy(() =>
  import('../features/campaigns/pages/CampaignsPage').then((m) => ({ default: m.CampaignsPage })),
)
const CampaignDetailPage = lazy(() =>
  import('../features/campaigns/pages/CampaignDetailPage').then((m) => ({
    default: m.CampaignDetailPage,
  })),
)
const SettingsPage = lazy(() =>
  import('../features/settings/pages/SettingsPage').then((m) => ({ default: m.SettingsPage })),
)

export function createAppRouter() {
  return createHashRouter([
    // Print layouts stand alone: no navigation around the sheet of paper.
    {
      path: '/print/reports/:report',
      element: (
        <Suspense fallback={<PageLoader />}>
          <ReportPrintPage />
        </Suspense>
      ),
      errorElement: <RouteError />,
    },
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'customers', element: <CustomersPage /> },
            { path: 'customers/recycle-bin', element: <RecycleBinPage /> },
            { path: 'customers/duplicates', element: <DuplicatesPage /> },
            { path: 'customers/duplicates/merge', element: <MergePage /> },
            { path: 'customers/:id', element: <CustomerDetailPage /> },
            { path: 'pipeline', element: <PipelinePage /> },
            { path: 'contracts', element: <ContractsPage /> },
            { path: 'contracts/new', element: <ContractFormPage /> },
            { path: 'contracts/:id', element: <ContractPage /> },
            { path: 'contracts/:id/edit', element: <ContractFormPage /> },
            { path: 'receivables', element: <ReceivablesPage /> },
            { path: 'receivables/statement', element: <StatementPage /> },
            { path: 'products', element: <ProductsPage /> },
            { path: 'reports', element: <ReportsPage /> },
            { path: 'reports/:report', element: <ReportsPage /> },
            { path: 'import', element: <ImportPage /> },
            { path: 'reminders', element: <RemindersPage /> },
            { path: 'insight', element: <InsightPage /> },
            { path: 'service', element: <ServicePage /> },
            { path: 'campaigns', element: <CampaignsPage /> },
            { path: 'campaigns/:id', element: <CampaignDetailPage /> },
            { path: 'settings', element: <SettingsPage /> },
            { path: '*', element: <Navigate to="/" replace /> },
          ],
        },
      ],
    },
  ])
}
