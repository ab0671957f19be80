import { parentPort, workerData } from 'node:worker_threads'
import { serveXlsxRows, type ReaderData } from './xlsx-thread'

/**
 * Entry of an import's .xlsx reader thread (built to out/main/xlsx-reader.js; run from
 * source through tsx). Everything it does is in xlsx-thread.ts.
 */
if (parentPort) void serveXlsxRows(parentPort, workerData as ReaderData)
