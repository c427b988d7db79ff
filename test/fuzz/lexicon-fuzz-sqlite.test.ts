import { describeFuzz } from './fuzz-suite.js'

describeFuzz('sqlite')
