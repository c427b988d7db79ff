/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/contact/importContacts.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/contact/importContacts.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "token": "a",
      "contacts": [
        "a"
      ]
    }
  },
  "invalidInputs": [
    [
      "without the required \"token\"",
      {
        "contacts": [
          "a"
        ]
      }
    ],
    [
      "without the required \"contacts\"",
      {
        "token": "a"
      }
    ],
    [
      "with \"token\" of the wrong type",
      {
        "token": 12345,
        "contacts": [
          "a"
        ]
      }
    ],
    [
      "with \"contacts\" of the wrong type",
      {
        "token": "a",
        "contacts": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "matchesAndContactIndexes": []
    }
  },
  "invalidOutput": {}
})
