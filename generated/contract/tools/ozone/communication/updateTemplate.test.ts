/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/communication/updateTemplate.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/communication/updateTemplate.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "id": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"id\"",
      {}
    ],
    [
      "with \"id\" of the wrong type",
      {
        "id": 12345
      }
    ],
    [
      "with \"name\" of the wrong type",
      {
        "id": "a",
        "name": 12345
      }
    ],
    [
      "with \"lang\" of the wrong type",
      {
        "id": "a",
        "lang": 12345
      }
    ],
    [
      "with \"contentMarkdown\" of the wrong type",
      {
        "id": "a",
        "contentMarkdown": 12345
      }
    ],
    [
      "with \"subject\" of the wrong type",
      {
        "id": "a",
        "subject": 12345
      }
    ],
    [
      "with \"updatedBy\" of the wrong type",
      {
        "id": "a",
        "updatedBy": 12345
      }
    ],
    [
      "with \"disabled\" of the wrong type",
      {
        "id": "a",
        "disabled": "a string where it does not belong"
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
