/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/getLog.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ChatBskyConvoDefs from './defs.js'

export const id = 'chat.bsky.convo.getLog'

/** Query-string parameters. */
export interface QueryParams {
  cursor?: string
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { cursor: 'string' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  return o as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  logs: (rt.Typed<ChatBskyConvoDefs.LogBeginConvo, 'chat.bsky.convo.defs#logBeginConvo'> | rt.Typed<ChatBskyConvoDefs.LogAcceptConvo, 'chat.bsky.convo.defs#logAcceptConvo'> | rt.Typed<ChatBskyConvoDefs.LogLeaveConvo, 'chat.bsky.convo.defs#logLeaveConvo'> | rt.Typed<ChatBskyConvoDefs.LogMuteConvo, 'chat.bsky.convo.defs#logMuteConvo'> | rt.Typed<ChatBskyConvoDefs.LogUnmuteConvo, 'chat.bsky.convo.defs#logUnmuteConvo'> | rt.Typed<ChatBskyConvoDefs.LogCreateMessage, 'chat.bsky.convo.defs#logCreateMessage'> | rt.Typed<ChatBskyConvoDefs.LogDeleteMessage, 'chat.bsky.convo.defs#logDeleteMessage'> | rt.Typed<ChatBskyConvoDefs.LogReadMessage, 'chat.bsky.convo.defs#logReadMessage'> | rt.Typed<ChatBskyConvoDefs.LogAddReaction, 'chat.bsky.convo.defs#logAddReaction'> | rt.Typed<ChatBskyConvoDefs.LogRemoveReaction, 'chat.bsky.convo.defs#logRemoveReaction'> | rt.Typed<ChatBskyConvoDefs.LogReadConvo, 'chat.bsky.convo.defs#logReadConvo'> | rt.Typed<ChatBskyConvoDefs.LogAddMember, 'chat.bsky.convo.defs#logAddMember'> | rt.Typed<ChatBskyConvoDefs.LogRemoveMember, 'chat.bsky.convo.defs#logRemoveMember'> | rt.Typed<ChatBskyConvoDefs.LogMemberJoin, 'chat.bsky.convo.defs#logMemberJoin'> | rt.Typed<ChatBskyConvoDefs.LogMemberLeave, 'chat.bsky.convo.defs#logMemberLeave'> | rt.Typed<ChatBskyConvoDefs.LogLockConvo, 'chat.bsky.convo.defs#logLockConvo'> | rt.Typed<ChatBskyConvoDefs.LogUnlockConvo, 'chat.bsky.convo.defs#logUnlockConvo'> | rt.Typed<ChatBskyConvoDefs.LogLockConvoPermanently, 'chat.bsky.convo.defs#logLockConvoPermanently'> | rt.Typed<ChatBskyConvoDefs.LogEditGroup, 'chat.bsky.convo.defs#logEditGroup'> | rt.Typed<ChatBskyConvoDefs.LogCreateJoinLink, 'chat.bsky.convo.defs#logCreateJoinLink'> | rt.Typed<ChatBskyConvoDefs.LogEditJoinLink, 'chat.bsky.convo.defs#logEditJoinLink'> | rt.Typed<ChatBskyConvoDefs.LogEnableJoinLink, 'chat.bsky.convo.defs#logEnableJoinLink'> | rt.Typed<ChatBskyConvoDefs.LogDisableJoinLink, 'chat.bsky.convo.defs#logDisableJoinLink'> | rt.Typed<ChatBskyConvoDefs.LogIncomingJoinRequest, 'chat.bsky.convo.defs#logIncomingJoinRequest'> | rt.Typed<ChatBskyConvoDefs.LogApproveJoinRequest, 'chat.bsky.convo.defs#logApproveJoinRequest'> | rt.Typed<ChatBskyConvoDefs.LogRejectJoinRequest, 'chat.bsky.convo.defs#logRejectJoinRequest'> | rt.Typed<ChatBskyConvoDefs.LogOutgoingJoinRequest, 'chat.bsky.convo.defs#logOutgoingJoinRequest'> | rt.Typed<ChatBskyConvoDefs.LogWithdrawIncomingJoinRequest, 'chat.bsky.convo.defs#logWithdrawIncomingJoinRequest'> | rt.Typed<ChatBskyConvoDefs.LogWithdrawOutgoingJoinRequest, 'chat.bsky.convo.defs#logWithdrawOutgoingJoinRequest'> | rt.Typed<ChatBskyConvoDefs.LogReadJoinRequests, 'chat.bsky.convo.defs#logReadJoinRequests'> | rt.UnknownTyped)[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.logs
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "logs"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/logs must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'object' || e3 === null || typeof (e3 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/logs' + '/' + i3 + ' must be an object which includes the "$type" property')
      const t4 = (e3 as { $type: string }).$type
      switch (t4) {
        case 'chat.bsky.convo.defs#logBeginConvo':
          try {
            ChatBskyConvoDefs.checkLogBeginConvo(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logAcceptConvo':
          try {
            ChatBskyConvoDefs.checkLogAcceptConvo(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logLeaveConvo':
          try {
            ChatBskyConvoDefs.checkLogLeaveConvo(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logMuteConvo':
          try {
            ChatBskyConvoDefs.checkLogMuteConvo(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logUnmuteConvo':
          try {
            ChatBskyConvoDefs.checkLogUnmuteConvo(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logCreateMessage':
          try {
            ChatBskyConvoDefs.checkLogCreateMessage(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logDeleteMessage':
          try {
            ChatBskyConvoDefs.checkLogDeleteMessage(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logReadMessage':
          try {
            ChatBskyConvoDefs.checkLogReadMessage(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logAddReaction':
          try {
            ChatBskyConvoDefs.checkLogAddReaction(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logRemoveReaction':
          try {
            ChatBskyConvoDefs.checkLogRemoveReaction(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logReadConvo':
          try {
            ChatBskyConvoDefs.checkLogReadConvo(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logAddMember':
          try {
            ChatBskyConvoDefs.checkLogAddMember(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logRemoveMember':
          try {
            ChatBskyConvoDefs.checkLogRemoveMember(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logMemberJoin':
          try {
            ChatBskyConvoDefs.checkLogMemberJoin(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logMemberLeave':
          try {
            ChatBskyConvoDefs.checkLogMemberLeave(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logLockConvo':
          try {
            ChatBskyConvoDefs.checkLogLockConvo(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logUnlockConvo':
          try {
            ChatBskyConvoDefs.checkLogUnlockConvo(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logLockConvoPermanently':
          try {
            ChatBskyConvoDefs.checkLogLockConvoPermanently(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logEditGroup':
          try {
            ChatBskyConvoDefs.checkLogEditGroup(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logCreateJoinLink':
          try {
            ChatBskyConvoDefs.checkLogCreateJoinLink(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logEditJoinLink':
          try {
            ChatBskyConvoDefs.checkLogEditJoinLink(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logEnableJoinLink':
          try {
            ChatBskyConvoDefs.checkLogEnableJoinLink(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logDisableJoinLink':
          try {
            ChatBskyConvoDefs.checkLogDisableJoinLink(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logIncomingJoinRequest':
          try {
            ChatBskyConvoDefs.checkLogIncomingJoinRequest(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logApproveJoinRequest':
          try {
            ChatBskyConvoDefs.checkLogApproveJoinRequest(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logRejectJoinRequest':
          try {
            ChatBskyConvoDefs.checkLogRejectJoinRequest(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logOutgoingJoinRequest':
          try {
            ChatBskyConvoDefs.checkLogOutgoingJoinRequest(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logWithdrawIncomingJoinRequest':
          try {
            ChatBskyConvoDefs.checkLogWithdrawIncomingJoinRequest(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logWithdrawOutgoingJoinRequest':
          try {
            ChatBskyConvoDefs.checkLogWithdrawOutgoingJoinRequest(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        case 'chat.bsky.convo.defs#logReadJoinRequests':
          try {
            ChatBskyConvoDefs.checkLogReadJoinRequests(e3, '')
          } catch (err) {
            throw rt.within(err, p + '/logs' + '/' + i3)
          }
          break
        default:
          if (t4.charCodeAt(0) === 35 || t4.indexOf('#') !== t4.lastIndexOf('#')) throw rt.invalid(p + '/logs' + '/' + i3 + ' $type is not a valid type reference')
      }
    }
  }
  return o as unknown as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/** The error names this method declares. */
export type ErrorName = never

export const ERRORS: readonly ErrorName[] = []

/**
 * The XRPC error for one of this method's declared errors, to throw (400 unless `status`
 * says otherwise); no other name compiles.
 */
export const error: rt.DeclaredError<ErrorName> = rt.declaredError

/** The handler of this method, typed by its Lexicon. */
export type Handler<C = unknown, A = unknown> = rt.XrpcHandler<C, A, QueryParams, HandlerInput, HandlerOutput, ErrorName>

/** The handler, or the handler with its auth verifier and options. */
export type Method<C = unknown, A = unknown> = rt.XrpcMethod<C, A, QueryParams, HandlerInput, HandlerOutput, ErrorName>

/** This method as @atproto/xrpc-server's `add()` takes it, validating with the checks above. */
export const schema = rt.query({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})
