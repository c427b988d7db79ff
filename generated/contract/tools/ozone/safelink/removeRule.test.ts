/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/safelink/removeRule.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/safelink/removeRule.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "url": "a",
      "pattern": "domain"
    }
  },
  "invalidInputs": [
    [
      "without the required \"url\"",
      {
        "pattern": "domain"
      }
    ],
    [
      "without the required \"pattern\"",
      {
        "url": "a"
      }
    ],
    [
      "with \"url\" of the wrong type",
      {
        "url": 12345,
        "pattern": "domain"
      }
    ],
    [
      "with \"pattern\" of the wrong type",
      {
        "url": "a",
        "pattern": 12345
      }
    ],
    [
      "with \"comment\" of the wrong type",
      {
        "url": "a",
        "pattern": "domain",
        "comment": 12345
      }
    ],
    [
      "with \"createdBy\" of the wrong type",
      {
        "url": "a",
        "pattern": "domain",
        "createdBy": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "id": 0,
      "eventType": "addRule",
      "url": "a",
      "pattern": "domain",
      "action": "block",
      "reason": "csam",
      "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
      "createdAt": "2024-01-02T03:04:05.678Z"
    }
  }
})
