/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/registerPush.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/notification/registerPush.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "serviceDid": "did:plc:abcdefghijklmnopqrstuvwx",
      "token": "a",
      "platform": "ios",
      "appId": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"serviceDid\"",
      {
        "token": "a",
        "platform": "ios",
        "appId": "a"
      }
    ],
    [
      "without the required \"token\"",
      {
        "serviceDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "platform": "ios",
        "appId": "a"
      }
    ],
    [
      "without the required \"platform\"",
      {
        "serviceDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "token": "a",
        "appId": "a"
      }
    ],
    [
      "without the required \"appId\"",
      {
        "serviceDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "token": "a",
        "platform": "ios"
      }
    ],
    [
      "with \"serviceDid\" of the wrong type",
      {
        "serviceDid": 12345,
        "token": "a",
        "platform": "ios",
        "appId": "a"
      }
    ],
    [
      "with \"token\" of the wrong type",
      {
        "serviceDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "token": 12345,
        "platform": "ios",
        "appId": "a"
      }
    ],
    [
      "with \"platform\" of the wrong type",
      {
        "serviceDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "token": "a",
        "platform": 12345,
        "appId": "a"
      }
    ],
    [
      "with \"appId\" of the wrong type",
      {
        "serviceDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "token": "a",
        "platform": "ios",
        "appId": 12345
      }
    ],
    [
      "with \"ageRestricted\" of the wrong type",
      {
        "serviceDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "token": "a",
        "platform": "ios",
        "appId": "a",
        "ageRestricted": "a string where it does not belong"
      }
    ]
  ]
})
