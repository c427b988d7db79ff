/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/ageassurance/begin.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/ageassurance/begin.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "email": "a",
      "language": "a",
      "countryCode": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"email\"",
      {
        "language": "a",
        "countryCode": "a"
      }
    ],
    [
      "without the required \"language\"",
      {
        "email": "a",
        "countryCode": "a"
      }
    ],
    [
      "without the required \"countryCode\"",
      {
        "email": "a",
        "language": "a"
      }
    ],
    [
      "with \"email\" of the wrong type",
      {
        "email": 12345,
        "language": "a",
        "countryCode": "a"
      }
    ],
    [
      "with \"language\" of the wrong type",
      {
        "email": "a",
        "language": 12345,
        "countryCode": "a"
      }
    ],
    [
      "with \"countryCode\" of the wrong type",
      {
        "email": "a",
        "language": "a",
        "countryCode": 12345
      }
    ],
    [
      "with \"regionCode\" of the wrong type",
      {
        "email": "a",
        "language": "a",
        "countryCode": "a",
        "regionCode": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "status": "unknown",
      "access": "unknown"
    }
  }
})
