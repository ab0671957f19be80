import type { ReminderKind } from '../../../shared/api/reminders'
import { addDays } from '../../../shared/dates'

/**
 * The SQL of each kind of reminder (src/shared/api/reminders.ts), as "parts": one SELECT
 * over one source for a range of dates (lo exclusive, hi inclusive), whose rows are
 * ReminderItem columns. Every part walks a partial index in date order:
 * customers_next_follow_up_live (or customers_due_owner_live for one owner),
 * instalments_open_due, contracts_renewal, customers_birthday_live / contacts_birthday_live,
 * return_visits_open_due and reminders_open_at. A key done or snoozed (reminder_states) is
 * left out by a primary-key probe per row (or, counting, subtracted: reminders/list.ts).
 */
export interface Part {
  kind: ReminderKind
  /** FROM with the joins the row's columns need. */
  from: string
  /** FROM of the counts and of the list's first pass: no joins the where does not need. */
  countFrom: string
  /**
   * FROM and owner filter for counting a range without lower bound (every overdue one) of one
   * owner, when listing the owner's records once costs less than a lookup per row.
   */
  bulk?: { countFrom: string; ownerFilter: string }
  /**
   * How a done or snoozed key `s.key` finds its row through countFrom's index, for the hidden
   * counts; without it, by primary key (the id in the key) and the key compared.
   */
  stateMatch?: string
  where: string
  /** SQL of the item's date ('YYYY-MM-DD'); NULL for manual (read from `at`). */
  date: string
  /** SQL of the item's instant (manual only; NULL otherwise). */
  at: string
  order: string
  /** SQL of the occurrence's key. */
  key: string
  /** SQL of the id the key names (resolving snoozed keys by primary key). */
  id: string
  /** "Before today" (overdue) for the count. */
  before: string
  /** "On today" for the count. */
  onToday: string
  owner: string
  ownerFilter: string
  columns: string
  /** INDEXED BY clause for one owner's list, when the planner needs telling. */
  params: Record<string, unknown>
}

export interface Range {
  /** Exclusive; null: no lower bound (overdue forever). */
  lo: string | null
  hi: string
}

const NO_COLUMNS = {
  at: 'NULL',
  customerId: 'NULL',
  customerName: 'NULL',
  contactId: 'NULL',
  contactName: 'NULL',
  dealId: 'NULL',
  dealTitle: 'NULL',
  contractId: 'NULL',
  contractNumber: 'NULL',
  instalmentId: 'NULL',
  returnVisitId: 'NULL',
  reminderId: 'NULL',
  amountCents: 'NULL',
  title: 'NULL',
  notes: 'NULL',
}

function columns(own: Partial<typeof NO_COLUMNS>): string {
  return Object.entries({ ...NO_COLUMNS, ...own })
    .map(([name, value]) => `${value} AS ${name}`)
    .join(', ')
}

function dateRange(column: string, range: Range | null, suffix: string): string {
  if (!range) return ''
  return `AND ${column} <= @hi${suffix}${range.lo === null ? '' : ` AND ${column} > @lo${suffix}`}`
}

function rangeParams(range: Range | null, suffix: string): Record<string, unknown> {
  if (!range) return {}
  return { [`hi${suffix}`]: range.hi, ...(range.lo === null ? {} : { [`lo${suffix}`]: range.lo }) }
}

function followUpPart(range: Range | null, ownerId: number | undefined): Part {
  // The planner would rather read the owner's index for every customer's count.
  const source = `customers c INDEXED BY ${ownerId === undefined ? 'customers_next_follow_up_live' : 'customers_due_owner_live'}`
  return {
    kind: 'followUp',
    id: 'c.id',
    from: source,
    countFrom: source,
    // 'followUp:<id>:<date>': the date and the id, both in the index.
    stateMatch:
      'c.next_follow_up_date = substr(s.key, -10) AND c.id = CAST(substr(s.key, 10) AS INTEGER)',
    where: `c.deleted_at IS NULL AND c.next_follow_up_date IS NOT NULL ${dateRange('c.next_follow_up_date', range, '')}`,
    date: 'c.next_follow_up_date',
    at: 'NULL',
    order: 'c.next_follow_up_date, c.id',
    key: "'followUp:' || c.id || ':' || c.next_follow_up_date",
    before: 'c.next_follow_up_date < @today',
    onToday: 'c.next_follow_up_date = @today',
    owner: 'c.owner_id',
    ownerFilter: 'c.owner_id = @ownerId',
    columns: columns({
      customerId: 'c.id',
      customerName: 'c.name',
      title: `(SELECT a.next_action FROM activities a WHERE a.customer_id = c.id AND a.deleted_at IS NULL
        ORDER BY a.occurred_at DESC, a.id DESC LIMIT 1)`,
    }),
    params: rangeParams(range, ''),
  }
}

function instalmentPart(range: Range | null, ownerId: number | undefined): Part {
  // One owner's: still in due-date order through the covering index, each instalment's
  // contract looked up by primary key (the planner would rather read the owner's contracts
  // one by one and sort every open instalment they have). Counting every overdue one of an
  // owner, listing the owner's contracts once in an ephemeral table is cheaper: only those
  // whose next due date (the earliest open one, ledger/sums.ts) is in range.
  const source =
    ownerId === undefined ? 'instalments i' : 'instalments i INDEXED BY instalments_open_due'
  const contract = `${source} JOIN contracts k ON k.id = i.contract_id`
  return {
    kind: 'instalment',
    id: 'i.id',
    from: `${contract} JOIN customers c ON c.id = i.customer_id`,
    countFrom: ownerId === undefined ? source : contract,
    bulk: {
      countFrom: source,
      ownerFilter: `i.contract_id IN (SELECT id FROM contracts INDEXED BY contracts_owner_open
        WHERE owner_id = @ownerId AND next_due_date IS NOT NULL AND next_due_date <= @hi
          AND deleted_at IS NULL)`,
    },
    where: `i.open = 1 ${dateRange('i.due_date', range, '')}`,
    date: 'i.due_date',
    at: 'NULL',
    order: 'i.due_date, i.id',
    key: "'instalment:' || i.id",
    before: 'i.due_date < @today',
    onToday: 'i.due_date = @today',
    owner: 'k.owner_id',
    ownerFilter: 'k.owner_id = @ownerId AND k.deleted_at IS NULL',
    columns: columns({
      customerId: 'i.customer_id',
      customerName: 'c.name',
      contractId: 'k.id',
      contractNumber: 'k.number',
      instalmentId: 'i.id',
      amountCents: 'i.amount_cents - i.received_cents',
    }),
    params: rangeParams(range, ''),
  }
}

function renewalPart(range: Range | null): Part {
  return {
    kind: 'renewal',
    id: 'k.id',
    // Without statistics the planner prefers contracts_state_live (state = 'active'), which
    // reads every active contract; the renewal index ranges over the end dates alone.
    from: 'contracts k INDEXED BY contracts_renewal JOIN customers c ON c.id = k.customer_id',
    countFrom: 'contracts k INDEXED BY contracts_renewal',
    where: `k.state = 'active' AND k.deleted_at IS NULL AND k.end_date IS NOT NULL ${dateRange('k.end_date', range, '')}`,
    date: 'k.end_date',
    at: 'NULL',
    order: 'k.end_date, k.id',
    key: "'renewal:' || k.id || ':' || k.end_date",
    before: 'k.end_date < @today',
    onToday: 'k.end_date = @today',
    owner: 'k.owner_id',
    ownerFilter: 'k.owner_id = @ownerId',
    columns: columns({
      customerId: 'k.customer_id',
      customerName: 'c.name',
      contractId: 'k.id',
      contractNumber: 'k.number',
      amountCents: 'k.total_cents',
    }),
    params: rangeParams(range, ''),
  }
}

function returnVisitPart(range: Range | null): Part {
  const from = 'return_visits r JOIN customers c ON c.id = r.customer_id'
  return {
    kind: 'returnVisit',
    id: 'r.id',
    from: `${from} LEFT JOIN contracts k ON k.id = r.contract_id`,
    countFrom: from,
    where: `r.done_at IS NULL AND r.deleted_at IS NULL AND c.deleted_at IS NULL ${dateRange('r.due_date', range, '')}`,
    date: 'r.due_date',
    at: 'NULL',
    order: 'r.due_date, r.id',
    key: "'returnVisit:' || r.id",
    before: 'r.due_date < @today',
    onToday: 'r.due_date = @today',
    owner: 'COALESCE(r.owner_id, c.owner_id)',
    ownerFilter: 'COALESCE(r.owner_id, c.owner_id) = @ownerId',
    columns: columns({
      customerId: 'r.customer_id',
      customerName: 'c.name',
      contractId: 'r.contract_id',
      contractNumber: 'k.number',
      returnVisitId: 'r.id',
      title: 'r.notes',
    }),
    params: rangeParams(range, ''),
  }
}

/** Hand-made reminders; ranges in instants (local midnights), a day being [00:00, 24:00). */
function manualPart(range: Range | null, toMs: (date: string) => number): Part {
  const where = ['m.done_at IS NULL AND m.deleted_at IS NULL']
  const params: Record<string, unknown> = {}
  if (range) {
    where.push('m.at < @hiMs')
    params.hiMs = toMs(addDays(range.hi, 1))
    if (range.lo !== null) {
      where.push('m.at >= @loMs')
      params.loMs = toMs(addDays(range.lo, 1))
    }
  }
  const owner = 'COALESCE(c.owner_id, md.owner_id, mk.owner_id)'
  const from = `reminders m LEFT JOIN deals md ON md.id = m.deal_id
    LEFT JOIN contracts mk ON mk.id = m.contract_id
    LEFT JOIN customers c ON c.id = COALESCE(m.customer_id, md.customer_id, mk.customer_id)`
  return {
    kind: 'manual',
    id: 'm.id',
    from,
    countFrom: from,
    where: where.join(' AND '),
    date: 'NULL',
    at: 'm.at',
    order: 'm.at, m.id',
    key: "'manual:' || m.id",
    before: 'm.at < @todayMs',
    onToday: 'm.at >= @todayMs AND m.at < @tomorrowMs',
    owner,
    // A reminder on nothing (or on a record without owner) is everyone's.
    ownerFilter: `(${owner} = @ownerId OR ${owner} IS NULL)`,
    columns: columns({
      at: 'm.at',
      customerId: 'c.id',
      customerName: 'c.name',
      dealId: 'm.deal_id',
      dealTitle: 'md.title',
      contractId: 'm.contract_id',
      contractNumber: 'mk.number',
      reminderId: 'm.id',
      title: 'm.title',
      notes: 'm.notes',
    }),
    params,
  }
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/**
 * Birthdays on the days of (lo, hi] (at most a year apart: one or two segments of a year),
 * by the month and day of the birthday through the expression index on substr(birthday, 6).
 * A 29 February birthday falls on 28 February in a year without one.
 */
function birthdayParts(of: 'customer' | 'contact', range: Range): Part[] {
  const start = addDays(range.lo ?? range.hi, range.lo === null ? 0 : 1)
  if (start > range.hi) return []
  const segments: { from: string; to: string; year: number }[] = []
  const startYear = Number(start.slice(0, 4))
  const endYear = Number(range.hi.slice(0, 4))
  if (startYear === endYear)
    segments.push({ from: start.slice(5), to: range.hi.slice(5), year: startYear })
  else {
    segments.push({ from: start.slice(5), to: '12-31', year: startYear })
    segments.push({ from: '01-01', to: range.hi.slice(5), year: endYear })
  }
  const t = of === 'customer' ? 'c' : 't'
  const md = `substr(${t}.birthday, 6)`
  // Without statistics the planner would read one owner's customers by customers_owner_live.
  const source =
    of === 'customer'
      ? 'customers c INDEXED BY customers_birthday_live'
      : 'contacts t JOIN customers c ON c.id = t.customer_id'
  return segments.map((s, n) => {
    const shifted = !isLeap(s.year) && s.from <= '02-28' && s.to >= '02-28'
    const dayOf = isLeap(s.year) ? md : `CASE WHEN ${md} = '02-29' THEN '02-28' ELSE ${md} END`
    const date = `'${s.year}-' || ${dayOf}`
    const match = `(${md} BETWEEN @from${n} AND @to${n}${shifted ? ` OR ${md} = '02-29'` : ''})`
    return {
      kind: 'birthday',
      id: `${t}.id`,
      from: source,
      countFrom: source,
      where: `${t}.deleted_at IS NULL AND ${t}.birthday IS NOT NULL AND ${match}${of === 'contact' ? ' AND c.deleted_at IS NULL' : ''}`,
      date,
      at: 'NULL',
      order: `${dayOf}, ${t}.id`,
      key: `'birthday:${of}:' || ${t}.id || ':${s.year}'`,
      before: `${date} < @today`,
      onToday: `${date} = @today`,
      owner: 'c.owner_id',
      ownerFilter: 'c.owner_id = @ownerId',
      columns: columns(
        of === 'customer'
          ? { customerId: 'c.id', customerName: 'c.name' }
          : {
              customerId: 'c.id',
              customerName: 'c.name',
              contactId: 't.id',
              contactName: 't.name',
            },
      ),
      params: { [`from${n}`]: s.from, [`to${n}`]: s.to },
    }
  })
}

/** The parts of one kind over a range of dates (null: no range, for resolving one key). */
export function partsOf(
  kind: ReminderKind,
  range: Range | null,
  ownerId: number | undefined,
  toMs: (date: string) => number,
): Part[] {
  switch (kind) {
    case 'followUp':
      return [followUpPart(range, ownerId)]
    case 'instalment':
      return [instalmentPart(range, ownerId)]
    case 'renewal':
      return [renewalPart(range)]
    case 'returnVisit':
      return [returnVisitPart(range)]
    case 'manual':
      return [manualPart(range, toMs)]
    case 'birthday':
      if (!range) return []
      return [...birthdayParts('customer', range), ...birthdayParts('contact', range)]
  }
}

/** The birthday part of one person for one year's occurrence (resolving a snoozed key). */
export function birthdayPartForYear(of: 'customer' | 'contact', year: number): Part[] {
  return birthdayParts(of, { lo: `${year - 1}-12-31`, hi: `${year}-12-31` })
}
