/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/applyWrites.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/repo/applyWrites.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "repo": "alice.example.com",
      "writes": []
    }
  },
  "invalidInputs": [
    [
      "without the required \"repo\"",
      {
        "writes": []
      }
    ],
    [
      "without the required \"writes\"",
      {
        "repo": "alice.example.com"
      }
    ],
    [
      "with \"repo\" of the wrong type",
      {
        "repo": 12345,
        "writes": []
      }
    ],
    [
      "with \"validate\" of the wrong type",
      {
        "repo": "alice.example.com",
        "writes": [],
        "validate": "a string where it does not belong"
      }
    ],
    [
      "with \"writes\" of the wrong type",
      {
        "repo": "alice.example.com",
        "writes": "a string where it does not belong"
      }
    ],
    [
      "with \"swapCommit\" of the wrong type",
      {
        "repo": "alice.example.com",
        "writes": [],
        "swapCommit": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {}
  }
})
