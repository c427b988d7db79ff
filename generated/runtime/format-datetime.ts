/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/format-datetime.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * The Lexicon `datetime` format: the overlap of RFC 3339 and ISO 8601, checked by position.
 *
 * `YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)`, uppercase `T` and `Z`, a real calendar date, and an
 * instant whose UTC year stays within 0000–9999.
 *
 * @see https://atproto.com/specs/lexicon#datetime
 * @module
 */

const ZERO = 0x30
const T = 0x54
const Z = 0x5a
const PLUS = 0x2b
const MINUS = 0x2d
const COLON = 0x3a
const DOT = 0x2e

/** The two-digit number at `i`, or -1 when either char is not a digit. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - ZERO
  const b = s.charCodeAt(i + 1) - ZERO
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Whether `s` is a valid atproto datetime. */
export function isDatetimeString(s: string): boolean {
  const len = s.length
  // @NOTE 64 chars is @atproto/syntax's cap; it only bounds the fraction digits
  if (len < 20 || len > 64) return false
  const hi = twoDigits(s, 0)
  const lo = twoDigits(s, 2)
  if (hi < 0 || lo < 0) return false
  const year = hi * 100 + lo
  if (s.charCodeAt(4) !== MINUS || s.charCodeAt(7) !== MINUS || s.charCodeAt(10) !== T) return false
  if (s.charCodeAt(13) !== COLON || s.charCodeAt(16) !== COLON) return false
  const month = twoDigits(s, 5)
  const day = twoDigits(s, 8)
  const hour = twoDigits(s, 11)
  const minute = twoDigits(s, 14)
  const second = twoDigits(s, 17)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false
  // @NOTE no leap second (60): JS Date cannot hold one, so such a value could not be normalised
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false

  let i = 19
  if (s.charCodeAt(i) === DOT) {
    const fractionStart = ++i
    while (i < len && s.charCodeAt(i) >= ZERO && s.charCodeAt(i) <= ZERO + 9) i++
    if (i === fractionStart) return false
  }
  const sign = s.charCodeAt(i)
  if (sign === Z) return i === len - 1
  if ((sign !== PLUS && sign !== MINUS) || i !== len - 6 || s.charCodeAt(i + 3) !== COLON) return false
  const offsetHour = twoDigits(s, i + 1)
  const offsetMinute = twoDigits(s, i + 4)
  if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return false
  const offset = offsetHour * 60 + offsetMinute
  // @NOTE RFC 3339 reads "-00:00" as "offset unknown", which ISO 8601 does not allow
  if (offset === 0) return sign === PLUS
  // The UTC instant leaves 0000–9999 only from the first or last day of that range.
  const minuteOfDay = hour * 60 + minute
  if (sign === PLUS && year === 0 && month === 1 && day === 1) return minuteOfDay >= offset
  if (sign === MINUS && year === 9999 && month === 12 && day === 31) return minuteOfDay + offset < 1440
  return true
}
