import type { ReactNode } from 'react'
import { PrintWidthContext } from './printWidth'
import { counterContent } from './printing'
import './print.css'

export type PrintOrientation = 'portrait' | 'landscape'

/** Width in CSS px of the content of an A4 page with the layout's margins (charts are drawn at it). */
export const PRINT_CONTENT_WIDTH: Record<PrintOrientation, number> = {
  portrait: 700,
  landscape: 1020,
}

export interface PrintLayoutProps {
  /** From settings; the header says how to set it when empty. */
  companyName: string
  /** Address and phone, under the name. */
  companyDetails?: string
  /** The document's title, e.g. 销售报表. */
  title: string
  /** Label/value pairs under the title: 期间, 负责人, 打印时间 … */
  meta: { label: string; value: string }[]
  /** The running footer's left part (company · title · range). */
  footer: string
  /** `第 [[page]] 页，共 [[pages]] 页` */
  pageOf: string
  orientation?: PrintOrientation
  /** Buttons shown on screen above the page, never printed. */
  toolbar?: ReactNode
  children: ReactNode
}

/**
 * A document on A4 (报表, 对账单): on screen a white sheet on grey with a toolbar, printed
 * alone on the page. The header carries the company, the title and the meta lines; page
 * numbers and the running footer come from @page margin boxes; tables inside repeat their
 * header on every page and never split a row.
 */
export function PrintLayout({
  companyName,
  companyDetails,
  title,
  meta,
  footer,
  pageOf,
  orientation = 'portrait',
  toolbar,
  children,
}: PrintLayoutProps) {
  const pageCss = `@page { size: A4 ${orientation}; margin: 12mm 12mm 14mm;
    @bottom-left { content: ${JSON.stringify(footer)}; font-size: 8pt; color: #666; }
    @bottom-right { content: ${counterContent(pageOf)}; font-size: 8pt; color: #666; } }`
  return (
    <div className="kehu-print-screen">
      <style>{pageCss}</style>
      {toolbar && <div className="kehu-print-toolbar kehu-no-print">{toolbar}</div>}
      <article className="kehu-print-page" data-orientation={orientation} data-testid="print-page">
        <header className="kp-header">
          <div className="kp-company" data-testid="print-company">
            {companyName}
          </div>
          {companyDetails && <div className="kp-details">{companyDetails}</div>}
          <h1>{title}</h1>
          <dl className="kp-meta">
            {meta.map((m) => (
              <div key={m.label}>
                <dt>{m.label}</dt>
                <dd>{m.value}</dd>
              </div>
            ))}
          </dl>
        </header>
        <PrintWidthContext value={PRINT_CONTENT_WIDTH[orientation]}>{children}</PrintWidthContext>
      </article>
    </div>
  )
}
