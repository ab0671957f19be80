import { resolve } from 'node:path'
import { startHttpHost } from '../../../src/main/hosts/http'
import type { Result } from '../../../src/shared/api'
import { contractSuite, type Transport } from './suite'
import { pipelineContractSuite } from './pipeline-suite'
import { ledgerContractSuite } from './ledger-suite'
import { reportsContractSuite } from './reports-suite'
import { insightContractSuite } from './insight-suite'
import { campaignsContractSuite } from './campaigns-suite'
import { serviceContractSuite } from './aftersales-suite'
import { remindersContractSuite } from './reminders-suite'
import { openTestCore } from '../helpers'

/** Each domain's suite runs through both transports. */
const suites = [
  contractSuite,
  pipelineContractSuite,
  ledgerContractSuite,
  reportsContractSuite,
  insightContractSuite,
  campaignsContractSuite,
  serviceContractSuite,
  remindersContractSuite,
]

const inProcess = (): Promise<Transport> => {
  const core = openTestCore()
  return Promise.resolve({
    dataDir: core.dataDir,
    call: (method, input) => Promise.resolve(core.api.dispatch(method, input)),
    close: () => Promise.resolve(core.close()),
  })
}

const overHttp = async (): Promise<Transport> => {
  const core = openTestCore()
  const host = await startHttpHost({
    api: core.api,
    rendererDir: resolve(__dirname, '../../../out/renderer'),
    token: 'test-token',
  })
  return {
    dataDir: core.dataDir,
    async call(method, input) {
      const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
        method: 'POST',
        headers: { Authorization: 'Bearer test-token', 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      })
      const result = (await response.json()) as Result<unknown>
      // The status must agree with the envelope (API.md "Transports").
      const expected = result.ok
        ? 200
        : { VALIDATION: 400, NOT_FOUND: 404, CONFLICT: 409, BUSY: 503, INTERNAL: 500 }[
            result.error.code
          ]
      if (response.status !== expected)
        throw new Error(`${method}: status ${response.status}, expected ${expected}`)
      return result
    },
    async close() {
      await host.close()
      core.close()
    },
  }
}

for (const suite of suites) {
  suite('dispatch (in process)', inProcess)
  suite('the HTTP host', overHttp)
}
