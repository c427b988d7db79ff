/**
 * A byte count for people, as the CLI and the dashboard print it.
 *
 * @example
 * formatBytes(1536) // '1.5 KiB'
 */
export function formatBytes(n: number | undefined): string {
  if (n === undefined) return '-'
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = n
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${n} B` : `${value.toFixed(1)} ${units[unit]}`
}
