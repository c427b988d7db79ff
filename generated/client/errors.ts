/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: every XRPC method in lexicons/
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import { XrpcClientError, type ErrorClasses } from '../runtime/client.js'

/** The `AccountNotFound` error a method declares in its Lexicon. */
export class AccountNotFoundError extends XrpcClientError {
  override name = 'AccountNotFoundError'
}

/** The `AccountSuspended` error a method declares in its Lexicon. */
export class AccountSuspendedError extends XrpcClientError {
  override name = 'AccountSuspendedError'
}

/** The `AccountTakedown` error a method declares in its Lexicon. */
export class AccountTakedownError extends XrpcClientError {
  override name = 'AccountTakedownError'
}

/** The `ActorNotFound` error a method declares in its Lexicon. */
export class ActorNotFoundError extends XrpcClientError {
  override name = 'ActorNotFoundError'
}

/** The `AlreadyAssigned` error a method declares in its Lexicon. */
export class AlreadyAssignedError extends XrpcClientError {
  override name = 'AlreadyAssignedError'
}

/** The `AlreadyInTargetQueue` error a method declares in its Lexicon. */
export class AlreadyInTargetQueueError extends XrpcClientError {
  override name = 'AlreadyInTargetQueueError'
}

/** The `AlreadyInTargetState` error a method declares in its Lexicon. */
export class AlreadyInTargetStateError extends XrpcClientError {
  override name = 'AlreadyInTargetStateError'
}

/** The `AuthFactorTokenRequired` error a method declares in its Lexicon. */
export class AuthFactorTokenRequiredError extends XrpcClientError {
  override name = 'AuthFactorTokenRequiredError'
}

/** The `BadAspectRatio` error a method declares in its Lexicon. */
export class BadAspectRatioError extends XrpcClientError {
  override name = 'BadAspectRatioError'
}

/** The `BadExpiration` error a method declares in its Lexicon. */
export class BadExpirationError extends XrpcClientError {
  override name = 'BadExpirationError'
}

/** The `BadQueryString` error a method declares in its Lexicon. */
export class BadQueryStringError extends XrpcClientError {
  override name = 'BadQueryStringError'
}

/** The `BlobNotFound` error a method declares in its Lexicon. */
export class BlobNotFoundError extends XrpcClientError {
  override name = 'BlobNotFoundError'
}

/** The `BlockNotFound` error a method declares in its Lexicon. */
export class BlockNotFoundError extends XrpcClientError {
  override name = 'BlockNotFoundError'
}

/** The `BlockedActor` error a method declares in its Lexicon. */
export class BlockedActorError extends XrpcClientError {
  override name = 'BlockedActorError'
}

/** The `BlockedByActor` error a method declares in its Lexicon. */
export class BlockedByActorError extends XrpcClientError {
  override name = 'BlockedByActorError'
}

/** The `BlockedSubject` error a method declares in its Lexicon. */
export class BlockedSubjectError extends XrpcClientError {
  override name = 'BlockedSubjectError'
}

/** The `CannotDeleteSelf` error a method declares in its Lexicon. */
export class CannotDeleteSelfError extends XrpcClientError {
  override name = 'CannotDeleteSelfError'
}

/** The `ConflictingQueue` error a method declares in its Lexicon. */
export class ConflictingQueueError extends XrpcClientError {
  override name = 'ConflictingQueueError'
}

/** The `ConvoLocked` error a method declares in its Lexicon. */
export class ConvoLockedError extends XrpcClientError {
  override name = 'ConvoLockedError'
}

/** The `ConvoLockedByModeration` error a method declares in its Lexicon. */
export class ConvoLockedByModerationError extends XrpcClientError {
  override name = 'ConvoLockedByModerationError'
}

/** The `DailyLimitExceeded` error a method declares in its Lexicon. */
export class DailyLimitExceededError extends XrpcClientError {
  override name = 'DailyLimitExceededError'
}

/** The `DidDeactivated` error a method declares in its Lexicon. */
export class DidDeactivatedError extends XrpcClientError {
  override name = 'DidDeactivatedError'
}

/** The `DidNotFound` error a method declares in its Lexicon. */
export class DidNotFoundError extends XrpcClientError {
  override name = 'DidNotFoundError'
}

/** The `DidTooLong` error a method declares in its Lexicon. */
export class DidTooLongError extends XrpcClientError {
  override name = 'DidTooLongError'
}

/** The `DraftLimitReached` error a method declares in its Lexicon. */
export class DraftLimitReachedError extends XrpcClientError {
  override name = 'DraftLimitReachedError'
}

/** The `DuplicateCreate` error a method declares in its Lexicon. */
export class DuplicateCreateError extends XrpcClientError {
  override name = 'DuplicateCreateError'
}

/** The `DuplicateExternalId` error a method declares in its Lexicon. */
export class DuplicateExternalIdError extends XrpcClientError {
  override name = 'DuplicateExternalIdError'
}

/** The `DuplicateTemplateName` error a method declares in its Lexicon. */
export class DuplicateTemplateNameError extends XrpcClientError {
  override name = 'DuplicateTemplateNameError'
}

/** The `EnabledJoinLinkAlreadyExists` error a method declares in its Lexicon. */
export class EnabledJoinLinkAlreadyExistsError extends XrpcClientError {
  override name = 'EnabledJoinLinkAlreadyExistsError'
}

/** The `ExpiredToken` error a method declares in its Lexicon. */
export class ExpiredTokenError extends XrpcClientError {
  override name = 'ExpiredTokenError'
}

/** The `FollowRequired` error a method declares in its Lexicon. */
export class FollowRequiredError extends XrpcClientError {
  override name = 'FollowRequiredError'
}

/** The `HandleNotAvailable` error a method declares in its Lexicon. */
export class HandleNotAvailableError extends XrpcClientError {
  override name = 'HandleNotAvailableError'
}

/** The `HandleNotFound` error a method declares in its Lexicon. */
export class HandleNotFoundError extends XrpcClientError {
  override name = 'HandleNotFoundError'
}

/** The `HeadNotFound` error a method declares in its Lexicon. */
export class HeadNotFoundError extends XrpcClientError {
  override name = 'HeadNotFoundError'
}

/** The `HostBanned` error a method declares in its Lexicon. */
export class HostBannedError extends XrpcClientError {
  override name = 'HostBannedError'
}

/** The `HostNotFound` error a method declares in its Lexicon. */
export class HostNotFoundError extends XrpcClientError {
  override name = 'HostNotFoundError'
}

/** The `IncompatibleDidDoc` error a method declares in its Lexicon. */
export class IncompatibleDidDocError extends XrpcClientError {
  override name = 'IncompatibleDidDocError'
}

/** The `InsufficientRole` error a method declares in its Lexicon. */
export class InsufficientRoleError extends XrpcClientError {
  override name = 'InsufficientRoleError'
}

/** The `InternalError` error a method declares in its Lexicon. */
export class InternalErrorError extends XrpcClientError {
  override name = 'InternalErrorError'
}

/** The `InvalidAssignment` error a method declares in its Lexicon. */
export class InvalidAssignmentError extends XrpcClientError {
  override name = 'InvalidAssignmentError'
}

/** The `InvalidCode` error a method declares in its Lexicon. */
export class InvalidCodeError extends XrpcClientError {
  override name = 'InvalidCodeError'
}

/** The `InvalidContacts` error a method declares in its Lexicon. */
export class InvalidContactsError extends XrpcClientError {
  override name = 'InvalidContactsError'
}

/** The `InvalidConvo` error a method declares in its Lexicon. */
export class InvalidConvoError extends XrpcClientError {
  override name = 'InvalidConvoError'
}

/** The `InvalidCursor` error a method declares in its Lexicon. */
export class InvalidCursorError extends XrpcClientError {
  override name = 'InvalidCursorError'
}

/** The `InvalidDid` error a method declares in its Lexicon. */
export class InvalidDidError extends XrpcClientError {
  override name = 'InvalidDidError'
}

/** The `InvalidEmail` error a method declares in its Lexicon. */
export class InvalidEmailError extends XrpcClientError {
  override name = 'InvalidEmailError'
}

/** The `InvalidHandle` error a method declares in its Lexicon. */
export class InvalidHandleError extends XrpcClientError {
  override name = 'InvalidHandleError'
}

/** The `InvalidInitiation` error a method declares in its Lexicon. */
export class InvalidInitiationError extends XrpcClientError {
  override name = 'InvalidInitiationError'
}

/** The `InvalidInviteCode` error a method declares in its Lexicon. */
export class InvalidInviteCodeError extends XrpcClientError {
  override name = 'InvalidInviteCodeError'
}

/** The `InvalidJoinRequest` error a method declares in its Lexicon. */
export class InvalidJoinRequestError extends XrpcClientError {
  override name = 'InvalidJoinRequestError'
}

/** The `InvalidLimit` error a method declares in its Lexicon. */
export class InvalidLimitError extends XrpcClientError {
  override name = 'InvalidLimitError'
}

/** The `InvalidPartNumber` error a method declares in its Lexicon. */
export class InvalidPartNumberError extends XrpcClientError {
  override name = 'InvalidPartNumberError'
}

/** The `InvalidPassword` error a method declares in its Lexicon. */
export class InvalidPasswordError extends XrpcClientError {
  override name = 'InvalidPasswordError'
}

/** The `InvalidPhone` error a method declares in its Lexicon. */
export class InvalidPhoneError extends XrpcClientError {
  override name = 'InvalidPhoneError'
}

/** The `InvalidRecommendedPolicies` error a method declares in its Lexicon. */
export class InvalidRecommendedPoliciesError extends XrpcClientError {
  override name = 'InvalidRecommendedPoliciesError'
}

/** The `InvalidScopeReference` error a method declares in its Lexicon. */
export class InvalidScopeReferenceError extends XrpcClientError {
  override name = 'InvalidScopeReferenceError'
}

/** The `InvalidStateTransition` error a method declares in its Lexicon. */
export class InvalidStateTransitionError extends XrpcClientError {
  override name = 'InvalidStateTransitionError'
}

/** The `InvalidSwap` error a method declares in its Lexicon. */
export class InvalidSwapError extends XrpcClientError {
  override name = 'InvalidSwapError'
}

/** The `InvalidToken` error a method declares in its Lexicon. */
export class InvalidTokenError extends XrpcClientError {
  override name = 'InvalidTokenError'
}

/** The `InvalidUrl` error a method declares in its Lexicon. */
export class InvalidUrlError extends XrpcClientError {
  override name = 'InvalidUrlError'
}

/** The `LexiconNotFound` error a method declares in its Lexicon. */
export class LexiconNotFoundError extends XrpcClientError {
  override name = 'LexiconNotFoundError'
}

/** The `LinkAlreadyEnabled` error a method declares in its Lexicon. */
export class LinkAlreadyEnabledError extends XrpcClientError {
  override name = 'LinkAlreadyEnabledError'
}

/** The `LinkDisabled` error a method declares in its Lexicon. */
export class LinkDisabledError extends XrpcClientError {
  override name = 'LinkDisabledError'
}

/** The `MemberAlreadyExists` error a method declares in its Lexicon. */
export class MemberAlreadyExistsError extends XrpcClientError {
  override name = 'MemberAlreadyExistsError'
}

/** The `MemberLimitReached` error a method declares in its Lexicon. */
export class MemberLimitReachedError extends XrpcClientError {
  override name = 'MemberLimitReachedError'
}

/** The `MemberNotFound` error a method declares in its Lexicon. */
export class MemberNotFoundError extends XrpcClientError {
  override name = 'MemberNotFoundError'
}

/** The `MessageDeleteNotAllowed` error a method declares in its Lexicon. */
export class MessageDeleteNotAllowedError extends XrpcClientError {
  override name = 'MessageDeleteNotAllowedError'
}

/** The `MessagesDisabled` error a method declares in its Lexicon. */
export class MessagesDisabledError extends XrpcClientError {
  override name = 'MessagesDisabledError'
}

/** The `MissingParts` error a method declares in its Lexicon. */
export class MissingPartsError extends XrpcClientError {
  override name = 'MissingPartsError'
}

/** The `NewAccountCannotCreateGroup` error a method declares in its Lexicon. */
export class NewAccountCannotCreateGroupError extends XrpcClientError {
  override name = 'NewAccountCannotCreateGroupError'
}

/** The `NoJoinLink` error a method declares in its Lexicon. */
export class NoJoinLinkError extends XrpcClientError {
  override name = 'NoJoinLinkError'
}

/** The `NotFollowedBySender` error a method declares in its Lexicon. */
export class NotFollowedBySenderError extends XrpcClientError {
  override name = 'NotFollowedBySenderError'
}

/** The `NotFound` error a method declares in its Lexicon. */
export class NotFoundError extends XrpcClientError {
  override name = 'NotFoundError'
}

/** The `OutOfRange` error a method declares in its Lexicon. */
export class OutOfRangeError extends XrpcClientError {
  override name = 'OutOfRangeError'
}

/** The `OwnerCannotLeave` error a method declares in its Lexicon. */
export class OwnerCannotLeaveError extends XrpcClientError {
  override name = 'OwnerCannotLeaveError'
}

/** The `PartSizeMismatch` error a method declares in its Lexicon. */
export class PartSizeMismatchError extends XrpcClientError {
  override name = 'PartSizeMismatchError'
}

/** The `QueueDisabled` error a method declares in its Lexicon. */
export class QueueDisabledError extends XrpcClientError {
  override name = 'QueueDisabledError'
}

/** The `QueueNotFound` error a method declares in its Lexicon. */
export class QueueNotFoundError extends XrpcClientError {
  override name = 'QueueNotFoundError'
}

/** The `RateLimitExceeded` error a method declares in its Lexicon. */
export class RateLimitExceededError extends XrpcClientError {
  override name = 'RateLimitExceededError'
}

/** The `ReactionInvalidValue` error a method declares in its Lexicon. */
export class ReactionInvalidValueError extends XrpcClientError {
  override name = 'ReactionInvalidValueError'
}

/** The `ReactionLimitReached` error a method declares in its Lexicon. */
export class ReactionLimitReachedError extends XrpcClientError {
  override name = 'ReactionLimitReachedError'
}

/** The `ReactionMessageDeleted` error a method declares in its Lexicon. */
export class ReactionMessageDeletedError extends XrpcClientError {
  override name = 'ReactionMessageDeletedError'
}

/** The `ReactionNotAllowed` error a method declares in its Lexicon. */
export class ReactionNotAllowedError extends XrpcClientError {
  override name = 'ReactionNotAllowedError'
}

/** The `RecipientNotFound` error a method declares in its Lexicon. */
export class RecipientNotFoundError extends XrpcClientError {
  override name = 'RecipientNotFoundError'
}

/** The `RecordNotFound` error a method declares in its Lexicon. */
export class RecordNotFoundError extends XrpcClientError {
  override name = 'RecordNotFoundError'
}

/** The `RegionNotSupported` error a method declares in its Lexicon. */
export class RegionNotSupportedError extends XrpcClientError {
  override name = 'RegionNotSupportedError'
}

/** The `ReplyTargetNotFound` error a method declares in its Lexicon. */
export class ReplyTargetNotFoundError extends XrpcClientError {
  override name = 'ReplyTargetNotFoundError'
}

/** The `RepoDeactivated` error a method declares in its Lexicon. */
export class RepoDeactivatedError extends XrpcClientError {
  override name = 'RepoDeactivatedError'
}

/** The `RepoNotFound` error a method declares in its Lexicon. */
export class RepoNotFoundError extends XrpcClientError {
  override name = 'RepoNotFoundError'
}

/** The `RepoSuspended` error a method declares in its Lexicon. */
export class RepoSuspendedError extends XrpcClientError {
  override name = 'RepoSuspendedError'
}

/** The `RepoTakendown` error a method declares in its Lexicon. */
export class RepoTakendownError extends XrpcClientError {
  override name = 'RepoTakendownError'
}

/** The `ReportClosed` error a method declares in its Lexicon. */
export class ReportClosedError extends XrpcClientError {
  override name = 'ReportClosedError'
}

/** The `ReportNotFound` error a method declares in its Lexicon. */
export class ReportNotFoundError extends XrpcClientError {
  override name = 'ReportNotFoundError'
}

/** The `RuleAlreadyExists` error a method declares in its Lexicon. */
export class RuleAlreadyExistsError extends XrpcClientError {
  override name = 'RuleAlreadyExistsError'
}

/** The `RuleNotFound` error a method declares in its Lexicon. */
export class RuleNotFoundError extends XrpcClientError {
  override name = 'RuleNotFoundError'
}

/** The `ServiceOverloaded` error a method declares in its Lexicon. */
export class ServiceOverloadedError extends XrpcClientError {
  override name = 'ServiceOverloadedError'
}

/** The `SetNotFound` error a method declares in its Lexicon. */
export class SetNotFoundError extends XrpcClientError {
  override name = 'SetNotFoundError'
}

/** The `SubjectHasAction` error a method declares in its Lexicon. */
export class SubjectHasActionError extends XrpcClientError {
  override name = 'SubjectHasActionError'
}

/** The `TokenRequired` error a method declares in its Lexicon. */
export class TokenRequiredError extends XrpcClientError {
  override name = 'TokenRequiredError'
}

/** The `TooManyContacts` error a method declares in its Lexicon. */
export class TooManyContactsError extends XrpcClientError {
  override name = 'TooManyContactsError'
}

/** The `TooManyOpenUploads` error a method declares in its Lexicon. */
export class TooManyOpenUploadsError extends XrpcClientError {
  override name = 'TooManyOpenUploadsError'
}

/** The `UnknownFeed` error a method declares in its Lexicon. */
export class UnknownFeedError extends XrpcClientError {
  override name = 'UnknownFeedError'
}

/** The `UnknownList` error a method declares in its Lexicon. */
export class UnknownListError extends XrpcClientError {
  override name = 'UnknownListError'
}

/** The `UnresolvableDid` error a method declares in its Lexicon. */
export class UnresolvableDidError extends XrpcClientError {
  override name = 'UnresolvableDidError'
}

/** The `UnsupportedCollection` error a method declares in its Lexicon. */
export class UnsupportedCollectionError extends XrpcClientError {
  override name = 'UnsupportedCollectionError'
}

/** The `UnsupportedContentType` error a method declares in its Lexicon. */
export class UnsupportedContentTypeError extends XrpcClientError {
  override name = 'UnsupportedContentTypeError'
}

/** The `UnsupportedDomain` error a method declares in its Lexicon. */
export class UnsupportedDomainError extends XrpcClientError {
  override name = 'UnsupportedDomainError'
}

/** The `UploadAborted` error a method declares in its Lexicon. */
export class UploadAbortedError extends XrpcClientError {
  override name = 'UploadAbortedError'
}

/** The `UploadAlreadyCompleted` error a method declares in its Lexicon. */
export class UploadAlreadyCompletedError extends XrpcClientError {
  override name = 'UploadAlreadyCompletedError'
}

/** The `UploadExpired` error a method declares in its Lexicon. */
export class UploadExpiredError extends XrpcClientError {
  override name = 'UploadExpiredError'
}

/** The `UploadFailed` error a method declares in its Lexicon. */
export class UploadFailedError extends XrpcClientError {
  override name = 'UploadFailedError'
}

/** The `UploadForbidden` error a method declares in its Lexicon. */
export class UploadForbiddenError extends XrpcClientError {
  override name = 'UploadForbiddenError'
}

/** The `UploadNotFound` error a method declares in its Lexicon. */
export class UploadNotFoundError extends XrpcClientError {
  override name = 'UploadNotFoundError'
}

/** The `UploadNotReady` error a method declares in its Lexicon. */
export class UploadNotReadyError extends XrpcClientError {
  override name = 'UploadNotReadyError'
}

/** The `UserForbidsGroups` error a method declares in its Lexicon. */
export class UserForbidsGroupsError extends XrpcClientError {
  override name = 'UserForbidsGroupsError'
}

/** The `UserKicked` error a method declares in its Lexicon. */
export class UserKickedError extends XrpcClientError {
  override name = 'UserKickedError'
}

/** The `VideoTooLarge` error a method declares in its Lexicon. */
export class VideoTooLargeError extends XrpcClientError {
  override name = 'VideoTooLargeError'
}

/** The `VideoTooLong` error a method declares in its Lexicon. */
export class VideoTooLongError extends XrpcClientError {
  override name = 'VideoTooLongError'
}

/** Error classes by Lexicon error name. */
export const ERROR_CLASSES: ErrorClasses = {
  AccountNotFound: AccountNotFoundError,
  AccountSuspended: AccountSuspendedError,
  AccountTakedown: AccountTakedownError,
  ActorNotFound: ActorNotFoundError,
  AlreadyAssigned: AlreadyAssignedError,
  AlreadyInTargetQueue: AlreadyInTargetQueueError,
  AlreadyInTargetState: AlreadyInTargetStateError,
  AuthFactorTokenRequired: AuthFactorTokenRequiredError,
  BadAspectRatio: BadAspectRatioError,
  BadExpiration: BadExpirationError,
  BadQueryString: BadQueryStringError,
  BlobNotFound: BlobNotFoundError,
  BlockNotFound: BlockNotFoundError,
  BlockedActor: BlockedActorError,
  BlockedByActor: BlockedByActorError,
  BlockedSubject: BlockedSubjectError,
  CannotDeleteSelf: CannotDeleteSelfError,
  ConflictingQueue: ConflictingQueueError,
  ConvoLocked: ConvoLockedError,
  ConvoLockedByModeration: ConvoLockedByModerationError,
  DailyLimitExceeded: DailyLimitExceededError,
  DidDeactivated: DidDeactivatedError,
  DidNotFound: DidNotFoundError,
  DidTooLong: DidTooLongError,
  DraftLimitReached: DraftLimitReachedError,
  DuplicateCreate: DuplicateCreateError,
  DuplicateExternalId: DuplicateExternalIdError,
  DuplicateTemplateName: DuplicateTemplateNameError,
  EnabledJoinLinkAlreadyExists: EnabledJoinLinkAlreadyExistsError,
  ExpiredToken: ExpiredTokenError,
  FollowRequired: FollowRequiredError,
  HandleNotAvailable: HandleNotAvailableError,
  HandleNotFound: HandleNotFoundError,
  HeadNotFound: HeadNotFoundError,
  HostBanned: HostBannedError,
  HostNotFound: HostNotFoundError,
  IncompatibleDidDoc: IncompatibleDidDocError,
  InsufficientRole: InsufficientRoleError,
  InternalError: InternalErrorError,
  InvalidAssignment: InvalidAssignmentError,
  InvalidCode: InvalidCodeError,
  InvalidContacts: InvalidContactsError,
  InvalidConvo: InvalidConvoError,
  InvalidCursor: InvalidCursorError,
  InvalidDid: InvalidDidError,
  InvalidEmail: InvalidEmailError,
  InvalidHandle: InvalidHandleError,
  InvalidInitiation: InvalidInitiationError,
  InvalidInviteCode: InvalidInviteCodeError,
  InvalidJoinRequest: InvalidJoinRequestError,
  InvalidLimit: InvalidLimitError,
  InvalidPartNumber: InvalidPartNumberError,
  InvalidPassword: InvalidPasswordError,
  InvalidPhone: InvalidPhoneError,
  InvalidRecommendedPolicies: InvalidRecommendedPoliciesError,
  InvalidScopeReference: InvalidScopeReferenceError,
  InvalidStateTransition: InvalidStateTransitionError,
  InvalidSwap: InvalidSwapError,
  InvalidToken: InvalidTokenError,
  InvalidUrl: InvalidUrlError,
  LexiconNotFound: LexiconNotFoundError,
  LinkAlreadyEnabled: LinkAlreadyEnabledError,
  LinkDisabled: LinkDisabledError,
  MemberAlreadyExists: MemberAlreadyExistsError,
  MemberLimitReached: MemberLimitReachedError,
  MemberNotFound: MemberNotFoundError,
  MessageDeleteNotAllowed: MessageDeleteNotAllowedError,
  MessagesDisabled: MessagesDisabledError,
  MissingParts: MissingPartsError,
  NewAccountCannotCreateGroup: NewAccountCannotCreateGroupError,
  NoJoinLink: NoJoinLinkError,
  NotFollowedBySender: NotFollowedBySenderError,
  NotFound: NotFoundError,
  OutOfRange: OutOfRangeError,
  OwnerCannotLeave: OwnerCannotLeaveError,
  PartSizeMismatch: PartSizeMismatchError,
  QueueDisabled: QueueDisabledError,
  QueueNotFound: QueueNotFoundError,
  RateLimitExceeded: RateLimitExceededError,
  ReactionInvalidValue: ReactionInvalidValueError,
  ReactionLimitReached: ReactionLimitReachedError,
  ReactionMessageDeleted: ReactionMessageDeletedError,
  ReactionNotAllowed: ReactionNotAllowedError,
  RecipientNotFound: RecipientNotFoundError,
  RecordNotFound: RecordNotFoundError,
  RegionNotSupported: RegionNotSupportedError,
  ReplyTargetNotFound: ReplyTargetNotFoundError,
  RepoDeactivated: RepoDeactivatedError,
  RepoNotFound: RepoNotFoundError,
  RepoSuspended: RepoSuspendedError,
  RepoTakendown: RepoTakendownError,
  ReportClosed: ReportClosedError,
  ReportNotFound: ReportNotFoundError,
  RuleAlreadyExists: RuleAlreadyExistsError,
  RuleNotFound: RuleNotFoundError,
  ServiceOverloaded: ServiceOverloadedError,
  SetNotFound: SetNotFoundError,
  SubjectHasAction: SubjectHasActionError,
  TokenRequired: TokenRequiredError,
  TooManyContacts: TooManyContactsError,
  TooManyOpenUploads: TooManyOpenUploadsError,
  UnknownFeed: UnknownFeedError,
  UnknownList: UnknownListError,
  UnresolvableDid: UnresolvableDidError,
  UnsupportedCollection: UnsupportedCollectionError,
  UnsupportedContentType: UnsupportedContentTypeError,
  UnsupportedDomain: UnsupportedDomainError,
  UploadAborted: UploadAbortedError,
  UploadAlreadyCompleted: UploadAlreadyCompletedError,
  UploadExpired: UploadExpiredError,
  UploadFailed: UploadFailedError,
  UploadForbidden: UploadForbiddenError,
  UploadNotFound: UploadNotFoundError,
  UploadNotReady: UploadNotReadyError,
  UserForbidsGroups: UserForbidsGroupsError,
  UserKicked: UserKickedError,
  VideoTooLarge: VideoTooLargeError,
  VideoTooLong: VideoTooLongError,
}
