/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/setting/upsertOption.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/setting/upsertOption.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "key": "com.example.record",
      "scope": "instance",
      "value": {}
    }
  },
  "invalidInputs": [
    [
      "without the required \"key\"",
      {
        "scope": "instance",
        "value": {}
      }
    ],
    [
      "without the required \"scope\"",
      {
        "key": "com.example.record",
        "value": {}
      }
    ],
    [
      "without the required \"value\"",
      {
        "key": "com.example.record",
        "scope": "instance"
      }
    ],
    [
      "with \"key\" of the wrong type",
      {
        "key": 12345,
        "scope": "instance",
        "value": {}
      }
    ],
    [
      "with \"scope\" of the wrong type",
      {
        "key": "com.example.record",
        "scope": 12345,
        "value": {}
      }
    ],
    [
      "with \"value\" of the wrong type",
      {
        "key": "com.example.record",
        "scope": "instance",
        "value": "a string where it does not belong"
      }
    ],
    [
      "with \"description\" of the wrong type",
      {
        "key": "com.example.record",
        "scope": "instance",
        "value": {},
        "description": 12345
      }
    ],
    [
      "with \"managerRole\" of the wrong type",
      {
        "key": "com.example.record",
        "scope": "instance",
        "value": {},
        "managerRole": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "option": {
        "key": "com.example.record",
        "value": {},
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "scope": "instance",
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "lastUpdatedBy": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    }
  },
  "invalidOutput": {}
})
