import { describeServer } from './describeServer.js'

/** The com.atproto.server.* handlers, by NSID. */
export const serverHandlers = {
  'com.atproto.server.describeServer': describeServer,
} as const
