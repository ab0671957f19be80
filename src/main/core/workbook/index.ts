/**
 * Writing workbooks, below every domain: the streaming writer, report sheets and their
 * labels in both languages. Reading spreadsheets (imports) is the excel domain's.
 */
export * from './writer'
export * from './report-sheet'
export * from './report-labels'
