import type {
  ApiError,
  ErrorCode,
  FieldIssue,
  JobEvent,
  MessageParams,
  MethodInput,
  MethodName,
  MethodOutput,
  Result,
} from '../../../shared/api'

/**
 * The renderer's only door to the core. In Electron the preload exposes
 * `window.kehu`; in browser mode (`kehu serve`) the same methods are POSTed to
 * the loopback host with the session's bearer token.
 */

const TOKEN_KEY = 'kehu.token'

/** A failed Result, thrown so that TanStack Query sees it as an error. */
export class ApiClientError extends Error {
  readonly code: ErrorCode
  readonly key: string
  readonly params?: MessageParams
  readonly details?: FieldIssue[]

  constructor(readonly error: ApiError) {
    super(error.message)
    this.name = 'ApiClientError'
    this.code = error.code
    this.key = error.key
    this.params = error.params
    this.details = error.details
  }
}

export function isApiClientError(value: unknown): value is ApiClientError {
  return value instanceof ApiClientError
}

function networkError(message: string): ApiClientError {
  return new ApiClientError({ code: 'INTERNAL', key: 'errors.network', message })
}

/**
 * Moves `?token=` from the page URL into sessionStorage, so the token survives
 * reloads of this tab but does not linger in the address bar or history.
 */
export function captureToken(): void {
  const url = new URL(window.location.href)
  const token = url.searchParams.get('token')
  if (!token) return
  window.sessionStorage.setItem(TOKEN_KEY, token)
  url.searchParams.delete('token')
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`)
}

export function sessionToken(): string | null {
  captureToken()
  return window.sessionStorage.getItem(TOKEN_KEY)
}

function isResult(value: unknown): value is Result<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  )
}

async function overHttp(method: MethodName, input: unknown): Promise<Result<unknown>> {
  const token = sessionToken() ?? ''
  let response: Response
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    })
  } catch (error) {
    throw networkError(error instanceof Error ? error.message : 'Cannot reach Kehu')
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw networkError(`Unexpected answer from Kehu (HTTP ${response.status})`)
  }
  if (!isResult(body)) throw networkError(`Unexpected answer from Kehu (HTTP ${response.status})`)
  return body
}

type OptionalInput<M extends MethodName> =
  undefined extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>]

async function call<M extends MethodName>(
  method: M,
  ...args: OptionalInput<M>
): Promise<MethodOutput<M>> {
  const input: unknown = args[0]
  const bridge = window.kehu
  let result: Result<unknown>
  if (bridge) {
    try {
      result = await bridge.invoke(method, input)
    } catch (error) {
      throw networkError(error instanceof Error ? error.message : 'The Kehu core did not answer')
    }
  } else {
    result = await overHttp(method, input)
  }
  if (!result.ok) throw new ApiClientError(result.error)
  return result.value as MethodOutput<M>
}

type JobListener = (event: JobEvent) => void
const jobListeners = new Set<JobListener>()
let eventSource: EventSource | null = null

function openEventSource(): EventSource {
  const token = encodeURIComponent(sessionToken() ?? '')
  const source = new EventSource(`/api/events?token=${token}`)
  source.addEventListener('job', (message: MessageEvent<string>) => {
    let event: JobEvent
    try {
      event = JSON.parse(message.data) as JobEvent
    } catch {
      return
    }
    for (const listener of jobListeners) listener(event)
  })
  return source
}

/** Subscribes to progress of long jobs; returns the unsubscribe function. */
function onJob(listener: JobListener): () => void {
  const bridge = window.kehu
  if (bridge) return bridge.on('job', listener)
  jobListeners.add(listener)
  eventSource ??= openEventSource()
  return () => {
    jobListeners.delete(listener)
    if (jobListeners.size === 0 && eventSource) {
      eventSource.close()
      eventSource = null
    }
  }
}

export const api = { call, onJob }
