/**
 * The `pds-admin` process: runs the command line and exits with its code.
 *
 * @module
 */
import { run } from './main.js'

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
})
