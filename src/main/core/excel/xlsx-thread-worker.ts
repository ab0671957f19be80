import { parentPort } from 'node:worker_threads'
import { serveXlsxRows } from './xlsx-thread'

/**
 * Entry of an import's .xlsx reader thread (built to out/main/xlsx-reader.js; run from
 * source through tsx). Everything it does is in xlsx-thread.ts.
 */
if (parentPort) serveXlsxRows(parentPort)
