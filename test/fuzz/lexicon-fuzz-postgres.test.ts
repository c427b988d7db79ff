import { describe, it } from 'vitest'
import { TEST_PG_URL } from '../helpers/db.js'
import { describeFuzz } from './fuzz-suite.js'

if (TEST_PG_URL) describeFuzz('postgres')
else describe.skip('fuzzing every Lexicon method (postgres)', () => it('needs PDS_TEST_PG_URL'))
