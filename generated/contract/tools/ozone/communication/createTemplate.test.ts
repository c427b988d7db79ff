/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/communication/createTemplate.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/communication/createTemplate.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "subject": "a",
      "contentMarkdown": "a",
      "name": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"subject\"",
      {
        "contentMarkdown": "a",
        "name": "a"
      }
    ],
    [
      "without the required \"contentMarkdown\"",
      {
        "subject": "a",
        "name": "a"
      }
    ],
    [
      "without the required \"name\"",
      {
        "subject": "a",
        "contentMarkdown": "a"
      }
    ],
    [
      "with \"name\" of the wrong type",
      {
        "subject": "a",
        "contentMarkdown": "a",
        "name": 12345
      }
    ],
    [
      "with \"contentMarkdown\" of the wrong type",
      {
        "subject": "a",
        "contentMarkdown": 12345,
        "name": "a"
      }
    ],
    [
      "with \"subject\" of the wrong type",
      {
        "subject": 12345,
        "contentMarkdown": "a",
        "name": "a"
      }
    ],
    [
      "with \"lang\" of the wrong type",
      {
        "subject": "a",
        "contentMarkdown": "a",
        "name": "a",
        "lang": 12345
      }
    ],
    [
      "with \"createdBy\" of the wrong type",
      {
        "subject": "a",
        "contentMarkdown": "a",
        "name": "a",
        "createdBy": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "id": "a",
      "name": "a",
      "contentMarkdown": "a",
      "disabled": true,
      "lastUpdatedBy": "did:plc:abcdefghijklmnopqrstuvwx",
      "createdAt": "2024-01-02T03:04:05.678Z",
      "updatedAt": "2024-01-02T03:04:05.678Z"
    }
  }
})
