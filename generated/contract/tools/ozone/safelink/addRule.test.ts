/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/safelink/addRule.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/safelink/addRule.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "url": "a",
      "pattern": "domain",
      "action": "block",
      "reason": "csam"
    }
  },
  "invalidInputs": [
    [
      "without the required \"url\"",
      {
        "pattern": "domain",
        "action": "block",
        "reason": "csam"
      }
    ],
    [
      "without the required \"pattern\"",
      {
        "url": "a",
        "action": "block",
        "reason": "csam"
      }
    ],
    [
      "without the required \"action\"",
      {
        "url": "a",
        "pattern": "domain",
        "reason": "csam"
      }
    ],
    [
      "without the required \"reason\"",
      {
        "url": "a",
        "pattern": "domain",
        "action": "block"
      }
    ],
    [
      "with \"url\" of the wrong type",
      {
        "url": 12345,
        "pattern": "domain",
        "action": "block",
        "reason": "csam"
      }
    ],
    [
      "with \"pattern\" of the wrong type",
      {
        "url": "a",
        "pattern": 12345,
        "action": "block",
        "reason": "csam"
      }
    ],
    [
      "with \"action\" of the wrong type",
      {
        "url": "a",
        "pattern": "domain",
        "action": 12345,
        "reason": "csam"
      }
    ],
    [
      "with \"reason\" of the wrong type",
      {
        "url": "a",
        "pattern": "domain",
        "action": "block",
        "reason": 12345
      }
    ],
    [
      "with \"comment\" of the wrong type",
      {
        "url": "a",
        "pattern": "domain",
        "action": "block",
        "reason": "csam",
        "comment": 12345
      }
    ],
    [
      "with \"createdBy\" of the wrong type",
      {
        "url": "a",
        "pattern": "domain",
        "action": "block",
        "reason": "csam",
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
