/**
 * The JSON answers of getRecord and listRecords, written from each record's stored JSON text
 * (see src/repo/record-json.ts) instead of as objects for the server to stringify.
 *
 * @module
 */
import { rt } from '#generated/index.js'
import type { OutputSchema as GetRecordOutput } from '#generated/lexicons/com/atproto/repo/getRecord.js'
import type { OutputSchema as ListRecordsOutput } from '#generated/lexicons/com/atproto/repo/listRecords.js'
import type { StoredRecord } from '#src/repo/repo-reader.js'

// @NOTE what the output check reads of a record's value is only whether it is a map, and a
// JSON text starting with `{` is one: so it sees this stand-in (the value itself otherwise)
const MAP = Object.freeze({})

/** getRecord's answer: `{uri, cid, value}`. */
export function recordOutput(record: StoredRecord): rt.EncodedJson<GetRecordOutput> {
  return rt.encodedJson(recordText(record), checkedRecord(record))
}

/** listRecords' answer: `{records, cursor?}`, the records in order. */
export function recordsOutput(page: { records: StoredRecord[]; cursor?: string }): rt.EncodedJson<ListRecordsOutput> {
  let json = '{"records":['
  for (let i = 0; i < page.records.length; i++)
    json += (i === 0 ? '' : ',') + recordText(page.records[i] as StoredRecord)
  json += page.cursor === undefined ? ']}' : `],"cursor":${JSON.stringify(page.cursor)}}`
  const checked = {
    records: page.records.map(checkedRecord),
    ...(page.cursor === undefined ? {} : { cursor: page.cursor }),
  }
  return rt.encodedJson(json, checked)
}

function recordText({ uri, cid, json }: StoredRecord): string {
  return `{"uri":${JSON.stringify(uri)},"cid":${JSON.stringify(cid)},"value":${json}}`
}

function checkedRecord({ uri, cid, json }: StoredRecord): GetRecordOutput & ListRecordsOutput['records'][number] {
  return { uri, cid, value: json.startsWith('{') ? MAP : (JSON.parse(json) as GetRecordOutput['value']) }
}
