/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: every XRPC method in lexicons/
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import type * as AppBskyActorGetPreferences from '../lexicons/app/bsky/actor/getPreferences.js'
import type * as AppBskyActorGetProfile from '../lexicons/app/bsky/actor/getProfile.js'
import type * as AppBskyActorGetProfiles from '../lexicons/app/bsky/actor/getProfiles.js'
import type * as AppBskyActorGetSuggestions from '../lexicons/app/bsky/actor/getSuggestions.js'
import type * as AppBskyActorPutPreferences from '../lexicons/app/bsky/actor/putPreferences.js'
import type * as AppBskyActorSearchActors from '../lexicons/app/bsky/actor/searchActors.js'
import type * as AppBskyActorSearchActorsTypeahead from '../lexicons/app/bsky/actor/searchActorsTypeahead.js'
import type * as AppBskyAgeassuranceBegin from '../lexicons/app/bsky/ageassurance/begin.js'
import type * as AppBskyAgeassuranceGetConfig from '../lexicons/app/bsky/ageassurance/getConfig.js'
import type * as AppBskyAgeassuranceGetState from '../lexicons/app/bsky/ageassurance/getState.js'
import type * as AppBskyBookmarkCreateBookmark from '../lexicons/app/bsky/bookmark/createBookmark.js'
import type * as AppBskyBookmarkDeleteBookmark from '../lexicons/app/bsky/bookmark/deleteBookmark.js'
import type * as AppBskyBookmarkGetBookmarks from '../lexicons/app/bsky/bookmark/getBookmarks.js'
import type * as AppBskyContactDismissMatch from '../lexicons/app/bsky/contact/dismissMatch.js'
import type * as AppBskyContactGetMatches from '../lexicons/app/bsky/contact/getMatches.js'
import type * as AppBskyContactGetSyncStatus from '../lexicons/app/bsky/contact/getSyncStatus.js'
import type * as AppBskyContactImportContacts from '../lexicons/app/bsky/contact/importContacts.js'
import type * as AppBskyContactRemoveData from '../lexicons/app/bsky/contact/removeData.js'
import type * as AppBskyContactSendNotification from '../lexicons/app/bsky/contact/sendNotification.js'
import type * as AppBskyContactStartPhoneVerification from '../lexicons/app/bsky/contact/startPhoneVerification.js'
import type * as AppBskyContactVerifyPhone from '../lexicons/app/bsky/contact/verifyPhone.js'
import type * as AppBskyDraftCreateDraft from '../lexicons/app/bsky/draft/createDraft.js'
import type * as AppBskyDraftDeleteDraft from '../lexicons/app/bsky/draft/deleteDraft.js'
import type * as AppBskyDraftGetDrafts from '../lexicons/app/bsky/draft/getDrafts.js'
import type * as AppBskyDraftUpdateDraft from '../lexicons/app/bsky/draft/updateDraft.js'
import type * as AppBskyEmbedGetEmbedExternalView from '../lexicons/app/bsky/embed/getEmbedExternalView.js'
import type * as AppBskyFeedDescribeFeedGenerator from '../lexicons/app/bsky/feed/describeFeedGenerator.js'
import type * as AppBskyFeedGetActorFeeds from '../lexicons/app/bsky/feed/getActorFeeds.js'
import type * as AppBskyFeedGetActorLikes from '../lexicons/app/bsky/feed/getActorLikes.js'
import type * as AppBskyFeedGetAuthorFeed from '../lexicons/app/bsky/feed/getAuthorFeed.js'
import type * as AppBskyFeedGetFeed from '../lexicons/app/bsky/feed/getFeed.js'
import type * as AppBskyFeedGetFeedGenerator from '../lexicons/app/bsky/feed/getFeedGenerator.js'
import type * as AppBskyFeedGetFeedGenerators from '../lexicons/app/bsky/feed/getFeedGenerators.js'
import type * as AppBskyFeedGetFeedSkeleton from '../lexicons/app/bsky/feed/getFeedSkeleton.js'
import type * as AppBskyFeedGetLikes from '../lexicons/app/bsky/feed/getLikes.js'
import type * as AppBskyFeedGetListFeed from '../lexicons/app/bsky/feed/getListFeed.js'
import type * as AppBskyFeedGetPostThread from '../lexicons/app/bsky/feed/getPostThread.js'
import type * as AppBskyFeedGetPosts from '../lexicons/app/bsky/feed/getPosts.js'
import type * as AppBskyFeedGetQuotes from '../lexicons/app/bsky/feed/getQuotes.js'
import type * as AppBskyFeedGetRepostedBy from '../lexicons/app/bsky/feed/getRepostedBy.js'
import type * as AppBskyFeedGetSuggestedFeeds from '../lexicons/app/bsky/feed/getSuggestedFeeds.js'
import type * as AppBskyFeedGetTimeline from '../lexicons/app/bsky/feed/getTimeline.js'
import type * as AppBskyFeedSearchPosts from '../lexicons/app/bsky/feed/searchPosts.js'
import type * as AppBskyFeedSearchPostsV2 from '../lexicons/app/bsky/feed/searchPostsV2.js'
import type * as AppBskyFeedSendInteractions from '../lexicons/app/bsky/feed/sendInteractions.js'
import type * as AppBskyGraphGetActorStarterPacks from '../lexicons/app/bsky/graph/getActorStarterPacks.js'
import type * as AppBskyGraphGetBlocks from '../lexicons/app/bsky/graph/getBlocks.js'
import type * as AppBskyGraphGetFollowers from '../lexicons/app/bsky/graph/getFollowers.js'
import type * as AppBskyGraphGetFollows from '../lexicons/app/bsky/graph/getFollows.js'
import type * as AppBskyGraphGetKnownFollowers from '../lexicons/app/bsky/graph/getKnownFollowers.js'
import type * as AppBskyGraphGetList from '../lexicons/app/bsky/graph/getList.js'
import type * as AppBskyGraphGetListBlocks from '../lexicons/app/bsky/graph/getListBlocks.js'
import type * as AppBskyGraphGetListMutes from '../lexicons/app/bsky/graph/getListMutes.js'
import type * as AppBskyGraphGetLists from '../lexicons/app/bsky/graph/getLists.js'
import type * as AppBskyGraphGetListsWithMembership from '../lexicons/app/bsky/graph/getListsWithMembership.js'
import type * as AppBskyGraphGetMutes from '../lexicons/app/bsky/graph/getMutes.js'
import type * as AppBskyGraphGetRelationships from '../lexicons/app/bsky/graph/getRelationships.js'
import type * as AppBskyGraphGetStarterPack from '../lexicons/app/bsky/graph/getStarterPack.js'
import type * as AppBskyGraphGetStarterPacks from '../lexicons/app/bsky/graph/getStarterPacks.js'
import type * as AppBskyGraphGetStarterPacksWithMembership from '../lexicons/app/bsky/graph/getStarterPacksWithMembership.js'
import type * as AppBskyGraphGetSuggestedFollowsByActor from '../lexicons/app/bsky/graph/getSuggestedFollowsByActor.js'
import type * as AppBskyGraphMuteActor from '../lexicons/app/bsky/graph/muteActor.js'
import type * as AppBskyGraphMuteActorList from '../lexicons/app/bsky/graph/muteActorList.js'
import type * as AppBskyGraphMuteThread from '../lexicons/app/bsky/graph/muteThread.js'
import type * as AppBskyGraphSearchStarterPacks from '../lexicons/app/bsky/graph/searchStarterPacks.js'
import type * as AppBskyGraphSearchStarterPacksV2 from '../lexicons/app/bsky/graph/searchStarterPacksV2.js'
import type * as AppBskyGraphUnmuteActor from '../lexicons/app/bsky/graph/unmuteActor.js'
import type * as AppBskyGraphUnmuteActorList from '../lexicons/app/bsky/graph/unmuteActorList.js'
import type * as AppBskyGraphUnmuteThread from '../lexicons/app/bsky/graph/unmuteThread.js'
import type * as AppBskyLabelerGetServices from '../lexicons/app/bsky/labeler/getServices.js'
import type * as AppBskyNotificationGetPreferences from '../lexicons/app/bsky/notification/getPreferences.js'
import type * as AppBskyNotificationGetUnreadCount from '../lexicons/app/bsky/notification/getUnreadCount.js'
import type * as AppBskyNotificationListActivitySubscriptions from '../lexicons/app/bsky/notification/listActivitySubscriptions.js'
import type * as AppBskyNotificationListNotifications from '../lexicons/app/bsky/notification/listNotifications.js'
import type * as AppBskyNotificationPutActivitySubscription from '../lexicons/app/bsky/notification/putActivitySubscription.js'
import type * as AppBskyNotificationPutPreferences from '../lexicons/app/bsky/notification/putPreferences.js'
import type * as AppBskyNotificationPutPreferencesV2 from '../lexicons/app/bsky/notification/putPreferencesV2.js'
import type * as AppBskyNotificationRegisterPush from '../lexicons/app/bsky/notification/registerPush.js'
import type * as AppBskyNotificationUnregisterPush from '../lexicons/app/bsky/notification/unregisterPush.js'
import type * as AppBskyNotificationUpdateSeen from '../lexicons/app/bsky/notification/updateSeen.js'
import type * as AppBskyUnspeccedGetAgeAssuranceState from '../lexicons/app/bsky/unspecced/getAgeAssuranceState.js'
import type * as AppBskyUnspeccedGetConfig from '../lexicons/app/bsky/unspecced/getConfig.js'
import type * as AppBskyUnspeccedGetOnboardingSuggestedStarterPacks from '../lexicons/app/bsky/unspecced/getOnboardingSuggestedStarterPacks.js'
import type * as AppBskyUnspeccedGetOnboardingSuggestedStarterPacksSkeleton from '../lexicons/app/bsky/unspecced/getOnboardingSuggestedStarterPacksSkeleton.js'
import type * as AppBskyUnspeccedGetOnboardingSuggestedUsersSkeleton from '../lexicons/app/bsky/unspecced/getOnboardingSuggestedUsersSkeleton.js'
import type * as AppBskyUnspeccedGetPopularFeedGenerators from '../lexicons/app/bsky/unspecced/getPopularFeedGenerators.js'
import type * as AppBskyUnspeccedGetPostThreadOtherV2 from '../lexicons/app/bsky/unspecced/getPostThreadOtherV2.js'
import type * as AppBskyUnspeccedGetPostThreadV2 from '../lexicons/app/bsky/unspecced/getPostThreadV2.js'
import type * as AppBskyUnspeccedGetSuggestedFeeds from '../lexicons/app/bsky/unspecced/getSuggestedFeeds.js'
import type * as AppBskyUnspeccedGetSuggestedFeedsSkeleton from '../lexicons/app/bsky/unspecced/getSuggestedFeedsSkeleton.js'
import type * as AppBskyUnspeccedGetSuggestedOnboardingUsers from '../lexicons/app/bsky/unspecced/getSuggestedOnboardingUsers.js'
import type * as AppBskyUnspeccedGetSuggestedStarterPacks from '../lexicons/app/bsky/unspecced/getSuggestedStarterPacks.js'
import type * as AppBskyUnspeccedGetSuggestedStarterPacksSkeleton from '../lexicons/app/bsky/unspecced/getSuggestedStarterPacksSkeleton.js'
import type * as AppBskyUnspeccedGetSuggestedUsers from '../lexicons/app/bsky/unspecced/getSuggestedUsers.js'
import type * as AppBskyUnspeccedGetSuggestedUsersForDiscover from '../lexicons/app/bsky/unspecced/getSuggestedUsersForDiscover.js'
import type * as AppBskyUnspeccedGetSuggestedUsersForDiscoverSkeleton from '../lexicons/app/bsky/unspecced/getSuggestedUsersForDiscoverSkeleton.js'
import type * as AppBskyUnspeccedGetSuggestedUsersForExplore from '../lexicons/app/bsky/unspecced/getSuggestedUsersForExplore.js'
import type * as AppBskyUnspeccedGetSuggestedUsersForExploreSkeleton from '../lexicons/app/bsky/unspecced/getSuggestedUsersForExploreSkeleton.js'
import type * as AppBskyUnspeccedGetSuggestedUsersForSeeMore from '../lexicons/app/bsky/unspecced/getSuggestedUsersForSeeMore.js'
import type * as AppBskyUnspeccedGetSuggestedUsersForSeeMoreSkeleton from '../lexicons/app/bsky/unspecced/getSuggestedUsersForSeeMoreSkeleton.js'
import type * as AppBskyUnspeccedGetSuggestedUsersSkeleton from '../lexicons/app/bsky/unspecced/getSuggestedUsersSkeleton.js'
import type * as AppBskyUnspeccedGetSuggestionsSkeleton from '../lexicons/app/bsky/unspecced/getSuggestionsSkeleton.js'
import type * as AppBskyUnspeccedGetTaggedSuggestions from '../lexicons/app/bsky/unspecced/getTaggedSuggestions.js'
import type * as AppBskyUnspeccedGetTrendingTopics from '../lexicons/app/bsky/unspecced/getTrendingTopics.js'
import type * as AppBskyUnspeccedGetTrends from '../lexicons/app/bsky/unspecced/getTrends.js'
import type * as AppBskyUnspeccedGetTrendsSkeleton from '../lexicons/app/bsky/unspecced/getTrendsSkeleton.js'
import type * as AppBskyUnspeccedInitAgeAssurance from '../lexicons/app/bsky/unspecced/initAgeAssurance.js'
import type * as AppBskyUnspeccedSearchActorsSkeleton from '../lexicons/app/bsky/unspecced/searchActorsSkeleton.js'
import type * as AppBskyUnspeccedSearchPostsSkeleton from '../lexicons/app/bsky/unspecced/searchPostsSkeleton.js'
import type * as AppBskyUnspeccedSearchStarterPacksSkeleton from '../lexicons/app/bsky/unspecced/searchStarterPacksSkeleton.js'
import type * as AppBskyVideoAbortUpload from '../lexicons/app/bsky/video/abortUpload.js'
import type * as AppBskyVideoFinishUpload from '../lexicons/app/bsky/video/finishUpload.js'
import type * as AppBskyVideoGetJobStatus from '../lexicons/app/bsky/video/getJobStatus.js'
import type * as AppBskyVideoGetUploadLimits from '../lexicons/app/bsky/video/getUploadLimits.js'
import type * as AppBskyVideoGetUploadStatus from '../lexicons/app/bsky/video/getUploadStatus.js'
import type * as AppBskyVideoStartUpload from '../lexicons/app/bsky/video/startUpload.js'
import type * as AppBskyVideoUploadPart from '../lexicons/app/bsky/video/uploadPart.js'
import type * as AppBskyVideoUploadVideo from '../lexicons/app/bsky/video/uploadVideo.js'
import type * as ChatBskyActorDeleteAccount from '../lexicons/chat/bsky/actor/deleteAccount.js'
import type * as ChatBskyActorExportAccountData from '../lexicons/chat/bsky/actor/exportAccountData.js'
import type * as ChatBskyActorGetStatus from '../lexicons/chat/bsky/actor/getStatus.js'
import type * as ChatBskyConvoAcceptConvo from '../lexicons/chat/bsky/convo/acceptConvo.js'
import type * as ChatBskyConvoAddReaction from '../lexicons/chat/bsky/convo/addReaction.js'
import type * as ChatBskyConvoDeleteMessageForSelf from '../lexicons/chat/bsky/convo/deleteMessageForSelf.js'
import type * as ChatBskyConvoGetConvo from '../lexicons/chat/bsky/convo/getConvo.js'
import type * as ChatBskyConvoGetConvoAvailability from '../lexicons/chat/bsky/convo/getConvoAvailability.js'
import type * as ChatBskyConvoGetConvoForMembers from '../lexicons/chat/bsky/convo/getConvoForMembers.js'
import type * as ChatBskyConvoGetConvoMembers from '../lexicons/chat/bsky/convo/getConvoMembers.js'
import type * as ChatBskyConvoGetLog from '../lexicons/chat/bsky/convo/getLog.js'
import type * as ChatBskyConvoGetMessages from '../lexicons/chat/bsky/convo/getMessages.js'
import type * as ChatBskyConvoGetUnreadCounts from '../lexicons/chat/bsky/convo/getUnreadCounts.js'
import type * as ChatBskyConvoLeaveConvo from '../lexicons/chat/bsky/convo/leaveConvo.js'
import type * as ChatBskyConvoListConvoRequests from '../lexicons/chat/bsky/convo/listConvoRequests.js'
import type * as ChatBskyConvoListConvos from '../lexicons/chat/bsky/convo/listConvos.js'
import type * as ChatBskyConvoLockConvo from '../lexicons/chat/bsky/convo/lockConvo.js'
import type * as ChatBskyConvoMuteConvo from '../lexicons/chat/bsky/convo/muteConvo.js'
import type * as ChatBskyConvoRemoveReaction from '../lexicons/chat/bsky/convo/removeReaction.js'
import type * as ChatBskyConvoSendMessage from '../lexicons/chat/bsky/convo/sendMessage.js'
import type * as ChatBskyConvoSendMessageBatch from '../lexicons/chat/bsky/convo/sendMessageBatch.js'
import type * as ChatBskyConvoUnlockConvo from '../lexicons/chat/bsky/convo/unlockConvo.js'
import type * as ChatBskyConvoUnmuteConvo from '../lexicons/chat/bsky/convo/unmuteConvo.js'
import type * as ChatBskyConvoUpdateAllRead from '../lexicons/chat/bsky/convo/updateAllRead.js'
import type * as ChatBskyConvoUpdateRead from '../lexicons/chat/bsky/convo/updateRead.js'
import type * as ChatBskyGroupAddMembers from '../lexicons/chat/bsky/group/addMembers.js'
import type * as ChatBskyGroupApproveJoinRequest from '../lexicons/chat/bsky/group/approveJoinRequest.js'
import type * as ChatBskyGroupCreateGroup from '../lexicons/chat/bsky/group/createGroup.js'
import type * as ChatBskyGroupCreateJoinLink from '../lexicons/chat/bsky/group/createJoinLink.js'
import type * as ChatBskyGroupDisableJoinLink from '../lexicons/chat/bsky/group/disableJoinLink.js'
import type * as ChatBskyGroupEditGroup from '../lexicons/chat/bsky/group/editGroup.js'
import type * as ChatBskyGroupEditJoinLink from '../lexicons/chat/bsky/group/editJoinLink.js'
import type * as ChatBskyGroupEnableJoinLink from '../lexicons/chat/bsky/group/enableJoinLink.js'
import type * as ChatBskyGroupGetJoinLinkPreviews from '../lexicons/chat/bsky/group/getJoinLinkPreviews.js'
import type * as ChatBskyGroupListJoinRequests from '../lexicons/chat/bsky/group/listJoinRequests.js'
import type * as ChatBskyGroupListMutualGroups from '../lexicons/chat/bsky/group/listMutualGroups.js'
import type * as ChatBskyGroupRejectJoinRequest from '../lexicons/chat/bsky/group/rejectJoinRequest.js'
import type * as ChatBskyGroupRemoveMembers from '../lexicons/chat/bsky/group/removeMembers.js'
import type * as ChatBskyGroupRequestJoin from '../lexicons/chat/bsky/group/requestJoin.js'
import type * as ChatBskyGroupUpdateJoinRequestsRead from '../lexicons/chat/bsky/group/updateJoinRequestsRead.js'
import type * as ChatBskyGroupWithdrawJoinRequest from '../lexicons/chat/bsky/group/withdrawJoinRequest.js'
import type * as ChatBskyModerationGetActorMetadata from '../lexicons/chat/bsky/moderation/getActorMetadata.js'
import type * as ChatBskyModerationGetConvo from '../lexicons/chat/bsky/moderation/getConvo.js'
import type * as ChatBskyModerationGetConvoMembers from '../lexicons/chat/bsky/moderation/getConvoMembers.js'
import type * as ChatBskyModerationGetConvos from '../lexicons/chat/bsky/moderation/getConvos.js'
import type * as ChatBskyModerationGetMessageContext from '../lexicons/chat/bsky/moderation/getMessageContext.js'
import type * as ChatBskyModerationUpdateActorAccess from '../lexicons/chat/bsky/moderation/updateActorAccess.js'
import type * as ChatBskyNotificationGetPreferences from '../lexicons/chat/bsky/notification/getPreferences.js'
import type * as ChatBskyNotificationPutPreferences from '../lexicons/chat/bsky/notification/putPreferences.js'
import type * as ComAtprotoAdminDeleteAccount from '../lexicons/com/atproto/admin/deleteAccount.js'
import type * as ComAtprotoAdminDisableAccountInvites from '../lexicons/com/atproto/admin/disableAccountInvites.js'
import type * as ComAtprotoAdminDisableInviteCodes from '../lexicons/com/atproto/admin/disableInviteCodes.js'
import type * as ComAtprotoAdminEnableAccountInvites from '../lexicons/com/atproto/admin/enableAccountInvites.js'
import type * as ComAtprotoAdminGetAccountInfo from '../lexicons/com/atproto/admin/getAccountInfo.js'
import type * as ComAtprotoAdminGetAccountInfos from '../lexicons/com/atproto/admin/getAccountInfos.js'
import type * as ComAtprotoAdminGetInviteCodes from '../lexicons/com/atproto/admin/getInviteCodes.js'
import type * as ComAtprotoAdminGetSubjectStatus from '../lexicons/com/atproto/admin/getSubjectStatus.js'
import type * as ComAtprotoAdminSearchAccounts from '../lexicons/com/atproto/admin/searchAccounts.js'
import type * as ComAtprotoAdminSendEmail from '../lexicons/com/atproto/admin/sendEmail.js'
import type * as ComAtprotoAdminUpdateAccountEmail from '../lexicons/com/atproto/admin/updateAccountEmail.js'
import type * as ComAtprotoAdminUpdateAccountHandle from '../lexicons/com/atproto/admin/updateAccountHandle.js'
import type * as ComAtprotoAdminUpdateAccountPassword from '../lexicons/com/atproto/admin/updateAccountPassword.js'
import type * as ComAtprotoAdminUpdateAccountSigningKey from '../lexicons/com/atproto/admin/updateAccountSigningKey.js'
import type * as ComAtprotoAdminUpdateSubjectStatus from '../lexicons/com/atproto/admin/updateSubjectStatus.js'
import type * as ComAtprotoIdentityGetRecommendedDidCredentials from '../lexicons/com/atproto/identity/getRecommendedDidCredentials.js'
import type * as ComAtprotoIdentityRefreshIdentity from '../lexicons/com/atproto/identity/refreshIdentity.js'
import type * as ComAtprotoIdentityRequestPlcOperationSignature from '../lexicons/com/atproto/identity/requestPlcOperationSignature.js'
import type * as ComAtprotoIdentityResolveDid from '../lexicons/com/atproto/identity/resolveDid.js'
import type * as ComAtprotoIdentityResolveHandle from '../lexicons/com/atproto/identity/resolveHandle.js'
import type * as ComAtprotoIdentityResolveIdentity from '../lexicons/com/atproto/identity/resolveIdentity.js'
import type * as ComAtprotoIdentitySignPlcOperation from '../lexicons/com/atproto/identity/signPlcOperation.js'
import type * as ComAtprotoIdentitySubmitPlcOperation from '../lexicons/com/atproto/identity/submitPlcOperation.js'
import type * as ComAtprotoIdentityUpdateHandle from '../lexicons/com/atproto/identity/updateHandle.js'
import type * as ComAtprotoLabelQueryLabels from '../lexicons/com/atproto/label/queryLabels.js'
import type * as ComAtprotoLexiconResolveLexicon from '../lexicons/com/atproto/lexicon/resolveLexicon.js'
import type * as ComAtprotoModerationCreateReport from '../lexicons/com/atproto/moderation/createReport.js'
import type * as ComAtprotoRepoApplyWrites from '../lexicons/com/atproto/repo/applyWrites.js'
import type * as ComAtprotoRepoCreateRecord from '../lexicons/com/atproto/repo/createRecord.js'
import type * as ComAtprotoRepoDeleteRecord from '../lexicons/com/atproto/repo/deleteRecord.js'
import type * as ComAtprotoRepoDescribeRepo from '../lexicons/com/atproto/repo/describeRepo.js'
import type * as ComAtprotoRepoGetRecord from '../lexicons/com/atproto/repo/getRecord.js'
import type * as ComAtprotoRepoImportRepo from '../lexicons/com/atproto/repo/importRepo.js'
import type * as ComAtprotoRepoListMissingBlobs from '../lexicons/com/atproto/repo/listMissingBlobs.js'
import type * as ComAtprotoRepoListRecords from '../lexicons/com/atproto/repo/listRecords.js'
import type * as ComAtprotoRepoPutRecord from '../lexicons/com/atproto/repo/putRecord.js'
import type * as ComAtprotoRepoUploadBlob from '../lexicons/com/atproto/repo/uploadBlob.js'
import type * as ComAtprotoServerActivateAccount from '../lexicons/com/atproto/server/activateAccount.js'
import type * as ComAtprotoServerCheckAccountStatus from '../lexicons/com/atproto/server/checkAccountStatus.js'
import type * as ComAtprotoServerConfirmEmail from '../lexicons/com/atproto/server/confirmEmail.js'
import type * as ComAtprotoServerCreateAccount from '../lexicons/com/atproto/server/createAccount.js'
import type * as ComAtprotoServerCreateAppPassword from '../lexicons/com/atproto/server/createAppPassword.js'
import type * as ComAtprotoServerCreateInviteCode from '../lexicons/com/atproto/server/createInviteCode.js'
import type * as ComAtprotoServerCreateInviteCodes from '../lexicons/com/atproto/server/createInviteCodes.js'
import type * as ComAtprotoServerCreateSession from '../lexicons/com/atproto/server/createSession.js'
import type * as ComAtprotoServerDeactivateAccount from '../lexicons/com/atproto/server/deactivateAccount.js'
import type * as ComAtprotoServerDeleteAccount from '../lexicons/com/atproto/server/deleteAccount.js'
import type * as ComAtprotoServerDeleteSession from '../lexicons/com/atproto/server/deleteSession.js'
import type * as ComAtprotoServerDescribeServer from '../lexicons/com/atproto/server/describeServer.js'
import type * as ComAtprotoServerGetAccountInviteCodes from '../lexicons/com/atproto/server/getAccountInviteCodes.js'
import type * as ComAtprotoServerGetServiceAuth from '../lexicons/com/atproto/server/getServiceAuth.js'
import type * as ComAtprotoServerGetSession from '../lexicons/com/atproto/server/getSession.js'
import type * as ComAtprotoServerListAppPasswords from '../lexicons/com/atproto/server/listAppPasswords.js'
import type * as ComAtprotoServerRefreshSession from '../lexicons/com/atproto/server/refreshSession.js'
import type * as ComAtprotoServerRequestAccountDelete from '../lexicons/com/atproto/server/requestAccountDelete.js'
import type * as ComAtprotoServerRequestEmailConfirmation from '../lexicons/com/atproto/server/requestEmailConfirmation.js'
import type * as ComAtprotoServerRequestEmailUpdate from '../lexicons/com/atproto/server/requestEmailUpdate.js'
import type * as ComAtprotoServerRequestPasswordReset from '../lexicons/com/atproto/server/requestPasswordReset.js'
import type * as ComAtprotoServerReserveSigningKey from '../lexicons/com/atproto/server/reserveSigningKey.js'
import type * as ComAtprotoServerResetPassword from '../lexicons/com/atproto/server/resetPassword.js'
import type * as ComAtprotoServerRevokeAppPassword from '../lexicons/com/atproto/server/revokeAppPassword.js'
import type * as ComAtprotoServerUpdateEmail from '../lexicons/com/atproto/server/updateEmail.js'
import type * as ComAtprotoSyncGetBlob from '../lexicons/com/atproto/sync/getBlob.js'
import type * as ComAtprotoSyncGetBlocks from '../lexicons/com/atproto/sync/getBlocks.js'
import type * as ComAtprotoSyncGetCheckout from '../lexicons/com/atproto/sync/getCheckout.js'
import type * as ComAtprotoSyncGetHead from '../lexicons/com/atproto/sync/getHead.js'
import type * as ComAtprotoSyncGetHostStatus from '../lexicons/com/atproto/sync/getHostStatus.js'
import type * as ComAtprotoSyncGetLatestCommit from '../lexicons/com/atproto/sync/getLatestCommit.js'
import type * as ComAtprotoSyncGetRecord from '../lexicons/com/atproto/sync/getRecord.js'
import type * as ComAtprotoSyncGetRepo from '../lexicons/com/atproto/sync/getRepo.js'
import type * as ComAtprotoSyncGetRepoStatus from '../lexicons/com/atproto/sync/getRepoStatus.js'
import type * as ComAtprotoSyncListBlobs from '../lexicons/com/atproto/sync/listBlobs.js'
import type * as ComAtprotoSyncListHosts from '../lexicons/com/atproto/sync/listHosts.js'
import type * as ComAtprotoSyncListRepos from '../lexicons/com/atproto/sync/listRepos.js'
import type * as ComAtprotoSyncListReposByCollection from '../lexicons/com/atproto/sync/listReposByCollection.js'
import type * as ComAtprotoSyncNotifyOfUpdate from '../lexicons/com/atproto/sync/notifyOfUpdate.js'
import type * as ComAtprotoSyncRequestCrawl from '../lexicons/com/atproto/sync/requestCrawl.js'
import type * as ComAtprotoTempAddReservedHandle from '../lexicons/com/atproto/temp/addReservedHandle.js'
import type * as ComAtprotoTempCheckHandleAvailability from '../lexicons/com/atproto/temp/checkHandleAvailability.js'
import type * as ComAtprotoTempCheckSignupQueue from '../lexicons/com/atproto/temp/checkSignupQueue.js'
import type * as ComAtprotoTempDereferenceScope from '../lexicons/com/atproto/temp/dereferenceScope.js'
import type * as ComAtprotoTempFetchLabels from '../lexicons/com/atproto/temp/fetchLabels.js'
import type * as ComAtprotoTempRequestPhoneVerification from '../lexicons/com/atproto/temp/requestPhoneVerification.js'
import type * as ComAtprotoTempRevokeAccountCredentials from '../lexicons/com/atproto/temp/revokeAccountCredentials.js'
import type * as DevLexiconpdsAdminGetAuditLog from '../lexicons/dev/lexiconpds/admin/getAuditLog.js'
import type * as DevLexiconpdsAdminGetServerStatus from '../lexicons/dev/lexiconpds/admin/getServerStatus.js'
import type * as DevLexiconpdsAdminRequestCrawl from '../lexicons/dev/lexiconpds/admin/requestCrawl.js'
import type * as ToolsOzoneCommunicationCreateTemplate from '../lexicons/tools/ozone/communication/createTemplate.js'
import type * as ToolsOzoneCommunicationDeleteTemplate from '../lexicons/tools/ozone/communication/deleteTemplate.js'
import type * as ToolsOzoneCommunicationListTemplates from '../lexicons/tools/ozone/communication/listTemplates.js'
import type * as ToolsOzoneCommunicationUpdateTemplate from '../lexicons/tools/ozone/communication/updateTemplate.js'
import type * as ToolsOzoneHostingGetAccountHistory from '../lexicons/tools/ozone/hosting/getAccountHistory.js'
import type * as ToolsOzoneModerationCancelScheduledActions from '../lexicons/tools/ozone/moderation/cancelScheduledActions.js'
import type * as ToolsOzoneModerationEmitEvent from '../lexicons/tools/ozone/moderation/emitEvent.js'
import type * as ToolsOzoneModerationGetAccountPreferences from '../lexicons/tools/ozone/moderation/getAccountPreferences.js'
import type * as ToolsOzoneModerationGetAccountTimeline from '../lexicons/tools/ozone/moderation/getAccountTimeline.js'
import type * as ToolsOzoneModerationGetEvent from '../lexicons/tools/ozone/moderation/getEvent.js'
import type * as ToolsOzoneModerationGetRecord from '../lexicons/tools/ozone/moderation/getRecord.js'
import type * as ToolsOzoneModerationGetRecords from '../lexicons/tools/ozone/moderation/getRecords.js'
import type * as ToolsOzoneModerationGetRepo from '../lexicons/tools/ozone/moderation/getRepo.js'
import type * as ToolsOzoneModerationGetReporterStats from '../lexicons/tools/ozone/moderation/getReporterStats.js'
import type * as ToolsOzoneModerationGetRepos from '../lexicons/tools/ozone/moderation/getRepos.js'
import type * as ToolsOzoneModerationGetSubjects from '../lexicons/tools/ozone/moderation/getSubjects.js'
import type * as ToolsOzoneModerationListScheduledActions from '../lexicons/tools/ozone/moderation/listScheduledActions.js'
import type * as ToolsOzoneModerationQueryEvents from '../lexicons/tools/ozone/moderation/queryEvents.js'
import type * as ToolsOzoneModerationQueryStatuses from '../lexicons/tools/ozone/moderation/queryStatuses.js'
import type * as ToolsOzoneModerationScheduleAction from '../lexicons/tools/ozone/moderation/scheduleAction.js'
import type * as ToolsOzoneModerationSearchRepos from '../lexicons/tools/ozone/moderation/searchRepos.js'
import type * as ToolsOzoneQueueAssignModerator from '../lexicons/tools/ozone/queue/assignModerator.js'
import type * as ToolsOzoneQueueCreateQueue from '../lexicons/tools/ozone/queue/createQueue.js'
import type * as ToolsOzoneQueueDeleteQueue from '../lexicons/tools/ozone/queue/deleteQueue.js'
import type * as ToolsOzoneQueueGetAssignments from '../lexicons/tools/ozone/queue/getAssignments.js'
import type * as ToolsOzoneQueueListQueues from '../lexicons/tools/ozone/queue/listQueues.js'
import type * as ToolsOzoneQueueRouteReports from '../lexicons/tools/ozone/queue/routeReports.js'
import type * as ToolsOzoneQueueUnassignModerator from '../lexicons/tools/ozone/queue/unassignModerator.js'
import type * as ToolsOzoneQueueUpdateQueue from '../lexicons/tools/ozone/queue/updateQueue.js'
import type * as ToolsOzoneReportAssignModerator from '../lexicons/tools/ozone/report/assignModerator.js'
import type * as ToolsOzoneReportCloseReports from '../lexicons/tools/ozone/report/closeReports.js'
import type * as ToolsOzoneReportCreateActivity from '../lexicons/tools/ozone/report/createActivity.js'
import type * as ToolsOzoneReportGetAssignments from '../lexicons/tools/ozone/report/getAssignments.js'
import type * as ToolsOzoneReportGetHistoricalStats from '../lexicons/tools/ozone/report/getHistoricalStats.js'
import type * as ToolsOzoneReportGetLatestReport from '../lexicons/tools/ozone/report/getLatestReport.js'
import type * as ToolsOzoneReportGetLiveStats from '../lexicons/tools/ozone/report/getLiveStats.js'
import type * as ToolsOzoneReportGetReport from '../lexicons/tools/ozone/report/getReport.js'
import type * as ToolsOzoneReportListActivities from '../lexicons/tools/ozone/report/listActivities.js'
import type * as ToolsOzoneReportQueryActivities from '../lexicons/tools/ozone/report/queryActivities.js'
import type * as ToolsOzoneReportQueryReports from '../lexicons/tools/ozone/report/queryReports.js'
import type * as ToolsOzoneReportReassignQueue from '../lexicons/tools/ozone/report/reassignQueue.js'
import type * as ToolsOzoneReportRefreshStats from '../lexicons/tools/ozone/report/refreshStats.js'
import type * as ToolsOzoneReportUnassignModerator from '../lexicons/tools/ozone/report/unassignModerator.js'
import type * as ToolsOzoneSafelinkAddRule from '../lexicons/tools/ozone/safelink/addRule.js'
import type * as ToolsOzoneSafelinkQueryEvents from '../lexicons/tools/ozone/safelink/queryEvents.js'
import type * as ToolsOzoneSafelinkQueryRules from '../lexicons/tools/ozone/safelink/queryRules.js'
import type * as ToolsOzoneSafelinkRemoveRule from '../lexicons/tools/ozone/safelink/removeRule.js'
import type * as ToolsOzoneSafelinkUpdateRule from '../lexicons/tools/ozone/safelink/updateRule.js'
import type * as ToolsOzoneServerGetConfig from '../lexicons/tools/ozone/server/getConfig.js'
import type * as ToolsOzoneSetAddValues from '../lexicons/tools/ozone/set/addValues.js'
import type * as ToolsOzoneSetDeleteSet from '../lexicons/tools/ozone/set/deleteSet.js'
import type * as ToolsOzoneSetDeleteValues from '../lexicons/tools/ozone/set/deleteValues.js'
import type * as ToolsOzoneSetGetValues from '../lexicons/tools/ozone/set/getValues.js'
import type * as ToolsOzoneSetQuerySets from '../lexicons/tools/ozone/set/querySets.js'
import type * as ToolsOzoneSetUpsertSet from '../lexicons/tools/ozone/set/upsertSet.js'
import type * as ToolsOzoneSettingListOptions from '../lexicons/tools/ozone/setting/listOptions.js'
import type * as ToolsOzoneSettingRemoveOptions from '../lexicons/tools/ozone/setting/removeOptions.js'
import type * as ToolsOzoneSettingUpsertOption from '../lexicons/tools/ozone/setting/upsertOption.js'
import type * as ToolsOzoneSignatureFindCorrelation from '../lexicons/tools/ozone/signature/findCorrelation.js'
import type * as ToolsOzoneSignatureFindRelatedAccounts from '../lexicons/tools/ozone/signature/findRelatedAccounts.js'
import type * as ToolsOzoneSignatureSearchAccounts from '../lexicons/tools/ozone/signature/searchAccounts.js'
import type * as ToolsOzoneTeamAddMember from '../lexicons/tools/ozone/team/addMember.js'
import type * as ToolsOzoneTeamDeleteMember from '../lexicons/tools/ozone/team/deleteMember.js'
import type * as ToolsOzoneTeamListMembers from '../lexicons/tools/ozone/team/listMembers.js'
import type * as ToolsOzoneTeamUpdateMember from '../lexicons/tools/ozone/team/updateMember.js'
import type * as ToolsOzoneVerificationGrantVerifications from '../lexicons/tools/ozone/verification/grantVerifications.js'
import type * as ToolsOzoneVerificationListVerifications from '../lexicons/tools/ozone/verification/listVerifications.js'
import type * as ToolsOzoneVerificationRevokeVerifications from '../lexicons/tools/ozone/verification/revokeVerifications.js'
import * as rt from '../runtime/client.js'
import { ERROR_CLASSES } from './errors.js'

export * from './errors.js'
export { XrpcClientError, type CallOptions, type ClientOptions, type XrpcResponse } from '../runtime/client.js'

/**
 * A typed XRPC client for every query and procedure, namespaced by NSID.
 * @example
 *   const client = createClient({ service: 'http://localhost:2583' })
 *   const { data } = await client.com.atproto.server.describeServer()
 */
export function createClient(options: rt.ClientOptions) {
  const x = new rt.XrpcClient(options, ERROR_CLASSES)
  return {
    /** the underlying transport (base URL, headers) */
    xrpc: x,
    /** sets (or removes, with undefined) a header sent with every call */
    setHeader: (name: string, value: string | undefined) => x.setHeader(name, value),
    app: {
      bsky: {
        actor: {
          /** Get private preferences attached to the current account. Expected use is synchronization between multiple devices, and import/export during account migration. Requires auth. */
          getPreferences: (params?: AppBskyActorGetPreferences.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyActorGetPreferences.OutputSchema>('app.bsky.actor.getPreferences', params, opts),
          /** Get detailed profile view of an actor. Does not require auth, but contains relevant metadata with auth. */
          getProfile: (params: AppBskyActorGetProfile.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyActorGetProfile.OutputSchema>('app.bsky.actor.getProfile', params, opts),
          /** Get detailed profile views of multiple actors. */
          getProfiles: (params: AppBskyActorGetProfiles.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyActorGetProfiles.OutputSchema>('app.bsky.actor.getProfiles', params, opts),
          /** Get a list of suggested actors. Expected use is discovery of accounts to follow during new account onboarding. */
          getSuggestions: (params?: AppBskyActorGetSuggestions.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyActorGetSuggestions.OutputSchema>('app.bsky.actor.getSuggestions', params, opts),
          /** Set the private preferences attached to the account. */
          putPreferences: (input: AppBskyActorPutPreferences.InputSchema, opts?: rt.CallOptions<AppBskyActorPutPreferences.QueryParams>) =>
            x.procedure<undefined>('app.bsky.actor.putPreferences', input, opts),
          /** Find actors (profiles) matching search criteria. Does not require auth. */
          searchActors: (params?: AppBskyActorSearchActors.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyActorSearchActors.OutputSchema>('app.bsky.actor.searchActors', params, opts),
          /** Find actor suggestions for a prefix search term. Expected use is for auto-completion during text field entry. Does not require auth. */
          searchActorsTypeahead: (params?: AppBskyActorSearchActorsTypeahead.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyActorSearchActorsTypeahead.OutputSchema>('app.bsky.actor.searchActorsTypeahead', params, opts),
        },
        ageassurance: {
          /** Initiate Age Assurance for an account. */
          begin: (input: AppBskyAgeassuranceBegin.InputSchema, opts?: rt.CallOptions<AppBskyAgeassuranceBegin.QueryParams>) =>
            x.procedure<AppBskyAgeassuranceBegin.OutputSchema>('app.bsky.ageassurance.begin', input, opts),
          /** Returns Age Assurance configuration for use on the client. */
          getConfig: (params?: AppBskyAgeassuranceGetConfig.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyAgeassuranceGetConfig.OutputSchema>('app.bsky.ageassurance.getConfig', params, opts),
          /** Returns server-computed Age Assurance state, if available, and any additional metadata needed to compute Age Assurance state client-side. */
          getState: (params: AppBskyAgeassuranceGetState.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyAgeassuranceGetState.OutputSchema>('app.bsky.ageassurance.getState', params, opts),
        },
        bookmark: {
          /** Creates a private bookmark for the specified record. Currently, only `app.bsky.feed.post` records are supported. Requires authentication. */
          createBookmark: (input: AppBskyBookmarkCreateBookmark.InputSchema, opts?: rt.CallOptions<AppBskyBookmarkCreateBookmark.QueryParams>) =>
            x.procedure<undefined>('app.bsky.bookmark.createBookmark', input, opts),
          /** Deletes a private bookmark for the specified record. Currently, only `app.bsky.feed.post` records are supported. Requires authentication. */
          deleteBookmark: (input: AppBskyBookmarkDeleteBookmark.InputSchema, opts?: rt.CallOptions<AppBskyBookmarkDeleteBookmark.QueryParams>) =>
            x.procedure<undefined>('app.bsky.bookmark.deleteBookmark', input, opts),
          /** Gets views of records bookmarked by the authenticated user. Requires authentication. */
          getBookmarks: (params?: AppBskyBookmarkGetBookmarks.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyBookmarkGetBookmarks.OutputSchema>('app.bsky.bookmark.getBookmarks', params, opts),
        },
        contact: {
          /** Removes a match that was found via contact import. It shouldn't appear again if the same contact is re-imported. Requires authentication. */
          dismissMatch: (input: AppBskyContactDismissMatch.InputSchema, opts?: rt.CallOptions<AppBskyContactDismissMatch.QueryParams>) =>
            x.procedure<AppBskyContactDismissMatch.OutputSchema>('app.bsky.contact.dismissMatch', input, opts),
          /** Returns the matched contacts (contacts that were mutually imported). Excludes dismissed matches. Requires authentication. */
          getMatches: (params?: AppBskyContactGetMatches.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyContactGetMatches.OutputSchema>('app.bsky.contact.getMatches', params, opts),
          /** Gets the user's current contact import status. Requires authentication. */
          getSyncStatus: (params?: AppBskyContactGetSyncStatus.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyContactGetSyncStatus.OutputSchema>('app.bsky.contact.getSyncStatus', params, opts),
          /** Import contacts for securely matching with other users. This follows the protocol explained in https://docs.bsky.app/blog/contact-import-rfc. Requires authentication. */
          importContacts: (input: AppBskyContactImportContacts.InputSchema, opts?: rt.CallOptions<AppBskyContactImportContacts.QueryParams>) =>
            x.procedure<AppBskyContactImportContacts.OutputSchema>('app.bsky.contact.importContacts', input, opts),
          /** Removes all stored hashes used for contact matching, existing matches, and sync status. Requires authentication. */
          removeData: (input: AppBskyContactRemoveData.InputSchema, opts?: rt.CallOptions<AppBskyContactRemoveData.QueryParams>) =>
            x.procedure<AppBskyContactRemoveData.OutputSchema>('app.bsky.contact.removeData', input, opts),
          /** System endpoint to send notifications related to contact imports. Requires role authentication. */
          sendNotification: (input: AppBskyContactSendNotification.InputSchema, opts?: rt.CallOptions<AppBskyContactSendNotification.QueryParams>) =>
            x.procedure<AppBskyContactSendNotification.OutputSchema>('app.bsky.contact.sendNotification', input, opts),
          /** Starts a phone verification flow. The phone passed will receive a code via SMS that should be passed to `app.bsky.contact.verifyPhone`. Requires authentication. */
          startPhoneVerification: (input: AppBskyContactStartPhoneVerification.InputSchema, opts?: rt.CallOptions<AppBskyContactStartPhoneVerification.QueryParams>) =>
            x.procedure<AppBskyContactStartPhoneVerification.OutputSchema>('app.bsky.contact.startPhoneVerification', input, opts),
          /** Verifies control over a phone number with a code received via SMS and starts a contact import session. Requires authentication. */
          verifyPhone: (input: AppBskyContactVerifyPhone.InputSchema, opts?: rt.CallOptions<AppBskyContactVerifyPhone.QueryParams>) =>
            x.procedure<AppBskyContactVerifyPhone.OutputSchema>('app.bsky.contact.verifyPhone', input, opts),
        },
        draft: {
          /** Inserts a draft using private storage (stash). An upper limit of drafts might be enforced. Requires authentication. */
          createDraft: (input: AppBskyDraftCreateDraft.InputSchema, opts?: rt.CallOptions<AppBskyDraftCreateDraft.QueryParams>) =>
            x.procedure<AppBskyDraftCreateDraft.OutputSchema>('app.bsky.draft.createDraft', input, opts),
          /** Deletes a draft by ID. Requires authentication. */
          deleteDraft: (input: AppBskyDraftDeleteDraft.InputSchema, opts?: rt.CallOptions<AppBskyDraftDeleteDraft.QueryParams>) =>
            x.procedure<undefined>('app.bsky.draft.deleteDraft', input, opts),
          /** Gets views of user drafts. Requires authentication. */
          getDrafts: (params?: AppBskyDraftGetDrafts.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyDraftGetDrafts.OutputSchema>('app.bsky.draft.getDrafts', params, opts),
          /** Updates a draft using private storage (stash). If the draft ID points to a non-existing ID, the update will be silently ignored. This is done because updates don't enforce draft limit, so it accepts all writes, but will ignore invalid ones. Requires authentication. */
          updateDraft: (input: AppBskyDraftUpdateDraft.InputSchema, opts?: rt.CallOptions<AppBskyDraftUpdateDraft.QueryParams>) =>
            x.procedure<undefined>('app.bsky.draft.updateDraft', input, opts),
        },
        embed: {
          /** Resolve one or more AT-URIs into the data needed to render an enhanced external embed. Returns `associatedRefs` (strongRefs to embed into a post's external.associatedRefs), the raw `associatedRecords`, and a hydrated `view`. The response is empty (`{}`) when no records were resolvable, or when validation determined the resolved records don't actually back the requested URL; clients should fall back to their own link-card rendering in that case and skip writing strongRefs to the post. */
          getEmbedExternalView: (params: AppBskyEmbedGetEmbedExternalView.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyEmbedGetEmbedExternalView.OutputSchema>('app.bsky.embed.getEmbedExternalView', params, opts),
        },
        feed: {
          /** Get information about a feed generator, including policies and offered feed URIs. Does not require auth; implemented by Feed Generator services (not App View). */
          describeFeedGenerator: (params?: AppBskyFeedDescribeFeedGenerator.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedDescribeFeedGenerator.OutputSchema>('app.bsky.feed.describeFeedGenerator', params, opts),
          /** Get a list of feeds (feed generator records) created by the actor (in the actor's repo). */
          getActorFeeds: (params: AppBskyFeedGetActorFeeds.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetActorFeeds.OutputSchema>('app.bsky.feed.getActorFeeds', params, opts),
          /** Get a list of posts liked by an actor. Requires auth, actor must be the requesting account. */
          getActorLikes: (params: AppBskyFeedGetActorLikes.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetActorLikes.OutputSchema>('app.bsky.feed.getActorLikes', params, opts),
          /** Get a view of an actor's 'author feed' (post and reposts by the author). Does not require auth. */
          getAuthorFeed: (params: AppBskyFeedGetAuthorFeed.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetAuthorFeed.OutputSchema>('app.bsky.feed.getAuthorFeed', params, opts),
          /** Get a hydrated feed from an actor's selected feed generator. Implemented by App View. */
          getFeed: (params: AppBskyFeedGetFeed.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetFeed.OutputSchema>('app.bsky.feed.getFeed', params, opts),
          /** Get information about a feed generator. Implemented by AppView. */
          getFeedGenerator: (params: AppBskyFeedGetFeedGenerator.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetFeedGenerator.OutputSchema>('app.bsky.feed.getFeedGenerator', params, opts),
          /** Get information about a list of feed generators. */
          getFeedGenerators: (params: AppBskyFeedGetFeedGenerators.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetFeedGenerators.OutputSchema>('app.bsky.feed.getFeedGenerators', params, opts),
          /** Get a skeleton of a feed provided by a feed generator. Auth is optional, depending on provider requirements, and provides the DID of the requester. Implemented by Feed Generator Service. */
          getFeedSkeleton: (params: AppBskyFeedGetFeedSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetFeedSkeleton.OutputSchema>('app.bsky.feed.getFeedSkeleton', params, opts),
          /** Get like records which reference a subject (by AT-URI and CID). */
          getLikes: (params: AppBskyFeedGetLikes.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetLikes.OutputSchema>('app.bsky.feed.getLikes', params, opts),
          /** Get a feed of recent posts from a list (posts and reposts from any actors on the list). Does not require auth. */
          getListFeed: (params: AppBskyFeedGetListFeed.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetListFeed.OutputSchema>('app.bsky.feed.getListFeed', params, opts),
          /** Get posts in a thread. Does not require auth, but additional metadata and filtering will be applied for authed requests. */
          getPostThread: (params: AppBskyFeedGetPostThread.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetPostThread.OutputSchema>('app.bsky.feed.getPostThread', params, opts),
          /** Gets post views for a specified list of posts (by AT-URI). This is sometimes referred to as 'hydrating' a 'feed skeleton'. */
          getPosts: (params: AppBskyFeedGetPosts.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetPosts.OutputSchema>('app.bsky.feed.getPosts', params, opts),
          /** Get a list of quotes for a given post. */
          getQuotes: (params: AppBskyFeedGetQuotes.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetQuotes.OutputSchema>('app.bsky.feed.getQuotes', params, opts),
          /** Get a list of reposts for a given post. */
          getRepostedBy: (params: AppBskyFeedGetRepostedBy.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetRepostedBy.OutputSchema>('app.bsky.feed.getRepostedBy', params, opts),
          /** Get a list of suggested feeds (feed generators) for the requesting account. */
          getSuggestedFeeds: (params?: AppBskyFeedGetSuggestedFeeds.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetSuggestedFeeds.OutputSchema>('app.bsky.feed.getSuggestedFeeds', params, opts),
          /** Get a view of the requesting account's home timeline. This is expected to be some form of reverse-chronological feed. */
          getTimeline: (params?: AppBskyFeedGetTimeline.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedGetTimeline.OutputSchema>('app.bsky.feed.getTimeline', params, opts),
          /** Find posts matching search criteria, returning views of those posts. Note that this API endpoint may require authentication (eg, not public) for some service providers and implementations. */
          searchPosts: (params: AppBskyFeedSearchPosts.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedSearchPosts.OutputSchema>('app.bsky.feed.searchPosts', params, opts),
          /** Find posts matching a search query or filters, returning search hits for matching post records. */
          searchPostsV2: (params?: AppBskyFeedSearchPostsV2.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyFeedSearchPostsV2.OutputSchema>('app.bsky.feed.searchPostsV2', params, opts),
          /** Send information about interactions with feed items back to the feed generator that served them. */
          sendInteractions: (input: AppBskyFeedSendInteractions.InputSchema, opts?: rt.CallOptions<AppBskyFeedSendInteractions.QueryParams>) =>
            x.procedure<AppBskyFeedSendInteractions.OutputSchema>('app.bsky.feed.sendInteractions', input, opts),
        },
        graph: {
          /** Get a list of starter packs created by the actor. */
          getActorStarterPacks: (params: AppBskyGraphGetActorStarterPacks.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetActorStarterPacks.OutputSchema>('app.bsky.graph.getActorStarterPacks', params, opts),
          /** Enumerates which accounts the requesting account is currently blocking. Requires auth. */
          getBlocks: (params?: AppBskyGraphGetBlocks.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetBlocks.OutputSchema>('app.bsky.graph.getBlocks', params, opts),
          /** Enumerates accounts which follow a specified account (actor). */
          getFollowers: (params: AppBskyGraphGetFollowers.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetFollowers.OutputSchema>('app.bsky.graph.getFollowers', params, opts),
          /** Enumerates accounts which a specified account (actor) follows. */
          getFollows: (params: AppBskyGraphGetFollows.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetFollows.OutputSchema>('app.bsky.graph.getFollows', params, opts),
          /** Enumerates accounts which follow a specified account (actor) and are followed by the viewer. */
          getKnownFollowers: (params: AppBskyGraphGetKnownFollowers.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetKnownFollowers.OutputSchema>('app.bsky.graph.getKnownFollowers', params, opts),
          /** Gets a 'view' (with additional context) of a specified list. */
          getList: (params: AppBskyGraphGetList.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetList.OutputSchema>('app.bsky.graph.getList', params, opts),
          /** Get mod lists that the requesting account (actor) is blocking. Requires auth. */
          getListBlocks: (params?: AppBskyGraphGetListBlocks.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetListBlocks.OutputSchema>('app.bsky.graph.getListBlocks', params, opts),
          /** Enumerates mod lists that the requesting account (actor) currently has muted. Requires auth. */
          getListMutes: (params?: AppBskyGraphGetListMutes.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetListMutes.OutputSchema>('app.bsky.graph.getListMutes', params, opts),
          /** Enumerates the lists created by a specified account (actor). */
          getLists: (params: AppBskyGraphGetLists.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetLists.OutputSchema>('app.bsky.graph.getLists', params, opts),
          /** Enumerates the lists created by the session user, and includes membership information about `actor` in those lists. Only supports curation and moderation lists (no reference lists, used in starter packs). Requires auth. */
          getListsWithMembership: (params: AppBskyGraphGetListsWithMembership.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetListsWithMembership.OutputSchema>('app.bsky.graph.getListsWithMembership', params, opts),
          /** Enumerates accounts that the requesting account (actor) currently has fully muted. Mutes scoped to specific kinds of content (only reposts, only quote posts) are not included. Responses may contain more items than the requested limit. Requires auth. */
          getMutes: (params?: AppBskyGraphGetMutes.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetMutes.OutputSchema>('app.bsky.graph.getMutes', params, opts),
          /** Enumerates public relationships between one account, and a list of other accounts. Does not require auth. */
          getRelationships: (params: AppBskyGraphGetRelationships.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetRelationships.OutputSchema>('app.bsky.graph.getRelationships', params, opts),
          /** Gets a view of a starter pack. */
          getStarterPack: (params: AppBskyGraphGetStarterPack.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetStarterPack.OutputSchema>('app.bsky.graph.getStarterPack', params, opts),
          /** Get views for a list of starter packs. */
          getStarterPacks: (params: AppBskyGraphGetStarterPacks.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetStarterPacks.OutputSchema>('app.bsky.graph.getStarterPacks', params, opts),
          /** Enumerates the starter packs created by the session user, and includes membership information about `actor` in those starter packs. Requires auth. */
          getStarterPacksWithMembership: (params: AppBskyGraphGetStarterPacksWithMembership.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetStarterPacksWithMembership.OutputSchema>('app.bsky.graph.getStarterPacksWithMembership', params, opts),
          /** Enumerates follows similar to a given account (actor). Expected use is to recommend additional accounts immediately after following one account. */
          getSuggestedFollowsByActor: (params: AppBskyGraphGetSuggestedFollowsByActor.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphGetSuggestedFollowsByActor.OutputSchema>('app.bsky.graph.getSuggestedFollowsByActor', params, opts),
          /** Creates a mute relationship for the specified account. If a mute already exists for the account, it is updated in place: the stored scope is replaced with the scope in this request. Mutes are private in Bluesky. Requires auth. */
          muteActor: (input: AppBskyGraphMuteActor.InputSchema, opts?: rt.CallOptions<AppBskyGraphMuteActor.QueryParams>) =>
            x.procedure<undefined>('app.bsky.graph.muteActor', input, opts),
          /** Creates a mute relationship for the specified list of accounts. Mutes are private in Bluesky. Requires auth. */
          muteActorList: (input: AppBskyGraphMuteActorList.InputSchema, opts?: rt.CallOptions<AppBskyGraphMuteActorList.QueryParams>) =>
            x.procedure<undefined>('app.bsky.graph.muteActorList', input, opts),
          /** Mutes a thread preventing notifications from the thread and any of its children. Mutes are private in Bluesky. Requires auth. */
          muteThread: (input: AppBskyGraphMuteThread.InputSchema, opts?: rt.CallOptions<AppBskyGraphMuteThread.QueryParams>) =>
            x.procedure<undefined>('app.bsky.graph.muteThread', input, opts),
          /** Find starter packs matching search criteria. Does not require auth. */
          searchStarterPacks: (params: AppBskyGraphSearchStarterPacks.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphSearchStarterPacks.OutputSchema>('app.bsky.graph.searchStarterPacks', params, opts),
          /** Find starter packs matching search criteria. Does not require auth. */
          searchStarterPacksV2: (params: AppBskyGraphSearchStarterPacksV2.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyGraphSearchStarterPacksV2.OutputSchema>('app.bsky.graph.searchStarterPacksV2', params, opts),
          /** Unmutes the specified account. Requires auth. */
          unmuteActor: (input: AppBskyGraphUnmuteActor.InputSchema, opts?: rt.CallOptions<AppBskyGraphUnmuteActor.QueryParams>) =>
            x.procedure<undefined>('app.bsky.graph.unmuteActor', input, opts),
          /** Unmutes the specified list of accounts. Requires auth. */
          unmuteActorList: (input: AppBskyGraphUnmuteActorList.InputSchema, opts?: rt.CallOptions<AppBskyGraphUnmuteActorList.QueryParams>) =>
            x.procedure<undefined>('app.bsky.graph.unmuteActorList', input, opts),
          /** Unmutes the specified thread. Requires auth. */
          unmuteThread: (input: AppBskyGraphUnmuteThread.InputSchema, opts?: rt.CallOptions<AppBskyGraphUnmuteThread.QueryParams>) =>
            x.procedure<undefined>('app.bsky.graph.unmuteThread', input, opts),
        },
        labeler: {
          /** Get information about a list of labeler services. */
          getServices: (params: AppBskyLabelerGetServices.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyLabelerGetServices.OutputSchema>('app.bsky.labeler.getServices', params, opts),
        },
        notification: {
          /** Get notification-related preferences for an account. Requires auth. */
          getPreferences: (params?: AppBskyNotificationGetPreferences.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyNotificationGetPreferences.OutputSchema>('app.bsky.notification.getPreferences', params, opts),
          /** Count the number of unread notifications for the requesting account. Requires auth. */
          getUnreadCount: (params?: AppBskyNotificationGetUnreadCount.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyNotificationGetUnreadCount.OutputSchema>('app.bsky.notification.getUnreadCount', params, opts),
          /** Enumerate all accounts to which the requesting account is subscribed to receive notifications for. Requires auth. */
          listActivitySubscriptions: (params?: AppBskyNotificationListActivitySubscriptions.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyNotificationListActivitySubscriptions.OutputSchema>('app.bsky.notification.listActivitySubscriptions', params, opts),
          /** Enumerate notifications for the requesting account. Requires auth. */
          listNotifications: (params?: AppBskyNotificationListNotifications.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyNotificationListNotifications.OutputSchema>('app.bsky.notification.listNotifications', params, opts),
          /** Puts an activity subscription entry. The key should be omitted for creation and provided for updates. Requires auth. */
          putActivitySubscription: (input: AppBskyNotificationPutActivitySubscription.InputSchema, opts?: rt.CallOptions<AppBskyNotificationPutActivitySubscription.QueryParams>) =>
            x.procedure<AppBskyNotificationPutActivitySubscription.OutputSchema>('app.bsky.notification.putActivitySubscription', input, opts),
          /** Set notification-related preferences for an account. Requires auth. */
          putPreferences: (input: AppBskyNotificationPutPreferences.InputSchema, opts?: rt.CallOptions<AppBskyNotificationPutPreferences.QueryParams>) =>
            x.procedure<undefined>('app.bsky.notification.putPreferences', input, opts),
          /** Set notification-related preferences for an account. Requires auth. */
          putPreferencesV2: (input: AppBskyNotificationPutPreferencesV2.InputSchema, opts?: rt.CallOptions<AppBskyNotificationPutPreferencesV2.QueryParams>) =>
            x.procedure<AppBskyNotificationPutPreferencesV2.OutputSchema>('app.bsky.notification.putPreferencesV2', input, opts),
          /** Register to receive push notifications, via a specified service, for the requesting account. Requires auth. */
          registerPush: (input: AppBskyNotificationRegisterPush.InputSchema, opts?: rt.CallOptions<AppBskyNotificationRegisterPush.QueryParams>) =>
            x.procedure<undefined>('app.bsky.notification.registerPush', input, opts),
          /** The inverse of registerPush - inform a specified service that push notifications should no longer be sent to the given token for the requesting account. Requires auth. */
          unregisterPush: (input: AppBskyNotificationUnregisterPush.InputSchema, opts?: rt.CallOptions<AppBskyNotificationUnregisterPush.QueryParams>) =>
            x.procedure<undefined>('app.bsky.notification.unregisterPush', input, opts),
          /** Notify server that the requesting account has seen notifications. Requires auth. */
          updateSeen: (input: AppBskyNotificationUpdateSeen.InputSchema, opts?: rt.CallOptions<AppBskyNotificationUpdateSeen.QueryParams>) =>
            x.procedure<undefined>('app.bsky.notification.updateSeen', input, opts),
        },
        unspecced: {
          /** Returns the current state of the age assurance process for an account. This is used to check if the user has completed age assurance or if further action is required. */
          getAgeAssuranceState: (params?: AppBskyUnspeccedGetAgeAssuranceState.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetAgeAssuranceState.OutputSchema>('app.bsky.unspecced.getAgeAssuranceState', params, opts),
          /** Get miscellaneous runtime configuration. */
          getConfig: (params?: AppBskyUnspeccedGetConfig.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetConfig.OutputSchema>('app.bsky.unspecced.getConfig', params, opts),
          /** Get a list of suggested starterpacks for onboarding */
          getOnboardingSuggestedStarterPacks: (params?: AppBskyUnspeccedGetOnboardingSuggestedStarterPacks.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetOnboardingSuggestedStarterPacks.OutputSchema>('app.bsky.unspecced.getOnboardingSuggestedStarterPacks', params, opts),
          /** Get a skeleton of suggested starterpacks for onboarding. Intended to be called and hydrated by app.bsky.unspecced.getOnboardingSuggestedStarterPacks */
          getOnboardingSuggestedStarterPacksSkeleton: (params?: AppBskyUnspeccedGetOnboardingSuggestedStarterPacksSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetOnboardingSuggestedStarterPacksSkeleton.OutputSchema>('app.bsky.unspecced.getOnboardingSuggestedStarterPacksSkeleton', params, opts),
          /** Get a skeleton of suggested users for onboarding. Intended to be called and hydrated by app.bsky.unspecced.getSuggestedOnboardingUsers */
          getOnboardingSuggestedUsersSkeleton: (params?: AppBskyUnspeccedGetOnboardingSuggestedUsersSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetOnboardingSuggestedUsersSkeleton.OutputSchema>('app.bsky.unspecced.getOnboardingSuggestedUsersSkeleton', params, opts),
          /** An unspecced view of globally popular feed generators. */
          getPopularFeedGenerators: (params?: AppBskyUnspeccedGetPopularFeedGenerators.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetPopularFeedGenerators.OutputSchema>('app.bsky.unspecced.getPopularFeedGenerators', params, opts),
          /** (NOTE: this endpoint is under development and WILL change without notice. Don't use it until it is moved out of `unspecced` or your application WILL break) Get additional posts under a thread e.g. replies hidden by threadgate. Based on an anchor post at any depth of the tree, returns top-level replies below that anchor. It does not include ancestors nor the anchor itself. This should be called after exhausting `app.bsky.unspecced.getPostThreadV2`. Does not require auth, but additional metadata and filtering will be applied for authed requests. */
          getPostThreadOtherV2: (params: AppBskyUnspeccedGetPostThreadOtherV2.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetPostThreadOtherV2.OutputSchema>('app.bsky.unspecced.getPostThreadOtherV2', params, opts),
          /** (NOTE: this endpoint is under development and WILL change without notice. Don't use it until it is moved out of `unspecced` or your application WILL break) Get posts in a thread. It is based in an anchor post at any depth of the tree, and returns posts above it (recursively resolving the parent, without further branching to their replies) and below it (recursive replies, with branching to their replies). Does not require auth, but additional metadata and filtering will be applied for authed requests. */
          getPostThreadV2: (params: AppBskyUnspeccedGetPostThreadV2.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetPostThreadV2.OutputSchema>('app.bsky.unspecced.getPostThreadV2', params, opts),
          /** Get a list of suggested feeds */
          getSuggestedFeeds: (params?: AppBskyUnspeccedGetSuggestedFeeds.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedFeeds.OutputSchema>('app.bsky.unspecced.getSuggestedFeeds', params, opts),
          /** Get a skeleton of suggested feeds. Intended to be called and hydrated by app.bsky.unspecced.getSuggestedFeeds */
          getSuggestedFeedsSkeleton: (params?: AppBskyUnspeccedGetSuggestedFeedsSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedFeedsSkeleton.OutputSchema>('app.bsky.unspecced.getSuggestedFeedsSkeleton', params, opts),
          /** Get a list of suggested users for onboarding */
          getSuggestedOnboardingUsers: (params?: AppBskyUnspeccedGetSuggestedOnboardingUsers.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedOnboardingUsers.OutputSchema>('app.bsky.unspecced.getSuggestedOnboardingUsers', params, opts),
          /** Get a list of suggested starterpacks */
          getSuggestedStarterPacks: (params?: AppBskyUnspeccedGetSuggestedStarterPacks.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedStarterPacks.OutputSchema>('app.bsky.unspecced.getSuggestedStarterPacks', params, opts),
          /** Get a skeleton of suggested starterpacks. Intended to be called and hydrated by app.bsky.unspecced.getSuggestedStarterpacks */
          getSuggestedStarterPacksSkeleton: (params?: AppBskyUnspeccedGetSuggestedStarterPacksSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedStarterPacksSkeleton.OutputSchema>('app.bsky.unspecced.getSuggestedStarterPacksSkeleton', params, opts),
          /** Get a list of suggested users */
          getSuggestedUsers: (params?: AppBskyUnspeccedGetSuggestedUsers.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedUsers.OutputSchema>('app.bsky.unspecced.getSuggestedUsers', params, opts),
          /** Get a list of suggested users for the Discover page */
          getSuggestedUsersForDiscover: (params?: AppBskyUnspeccedGetSuggestedUsersForDiscover.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedUsersForDiscover.OutputSchema>('app.bsky.unspecced.getSuggestedUsersForDiscover', params, opts),
          /** Get a skeleton of suggested users for the Discover page. Intended to be called and hydrated by app.bsky.unspecced.getSuggestedUsersForDiscover */
          getSuggestedUsersForDiscoverSkeleton: (params?: AppBskyUnspeccedGetSuggestedUsersForDiscoverSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedUsersForDiscoverSkeleton.OutputSchema>('app.bsky.unspecced.getSuggestedUsersForDiscoverSkeleton', params, opts),
          /** Get a list of suggested users for the Explore page */
          getSuggestedUsersForExplore: (params?: AppBskyUnspeccedGetSuggestedUsersForExplore.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedUsersForExplore.OutputSchema>('app.bsky.unspecced.getSuggestedUsersForExplore', params, opts),
          /** Get a skeleton of suggested users for the Explore page. Intended to be called and hydrated by app.bsky.unspecced.getSuggestedUsersForExplore */
          getSuggestedUsersForExploreSkeleton: (params?: AppBskyUnspeccedGetSuggestedUsersForExploreSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedUsersForExploreSkeleton.OutputSchema>('app.bsky.unspecced.getSuggestedUsersForExploreSkeleton', params, opts),
          /** Get a list of suggested users for the See More page */
          getSuggestedUsersForSeeMore: (params?: AppBskyUnspeccedGetSuggestedUsersForSeeMore.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedUsersForSeeMore.OutputSchema>('app.bsky.unspecced.getSuggestedUsersForSeeMore', params, opts),
          /** Get a skeleton of suggested users for the See More page. Intended to be called and hydrated by app.bsky.unspecced.getSuggestedUsersForSeeMore */
          getSuggestedUsersForSeeMoreSkeleton: (params?: AppBskyUnspeccedGetSuggestedUsersForSeeMoreSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedUsersForSeeMoreSkeleton.OutputSchema>('app.bsky.unspecced.getSuggestedUsersForSeeMoreSkeleton', params, opts),
          /** Get a skeleton of suggested users. Intended to be called and hydrated by app.bsky.unspecced.getSuggestedUsers */
          getSuggestedUsersSkeleton: (params?: AppBskyUnspeccedGetSuggestedUsersSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestedUsersSkeleton.OutputSchema>('app.bsky.unspecced.getSuggestedUsersSkeleton', params, opts),
          /** Get a skeleton of suggested actors. Intended to be called and then hydrated through app.bsky.actor.getSuggestions */
          getSuggestionsSkeleton: (params?: AppBskyUnspeccedGetSuggestionsSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetSuggestionsSkeleton.OutputSchema>('app.bsky.unspecced.getSuggestionsSkeleton', params, opts),
          /** Get a list of suggestions (feeds and users) tagged with categories */
          getTaggedSuggestions: (params?: AppBskyUnspeccedGetTaggedSuggestions.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetTaggedSuggestions.OutputSchema>('app.bsky.unspecced.getTaggedSuggestions', params, opts),
          /** Get a list of trending topics */
          getTrendingTopics: (params?: AppBskyUnspeccedGetTrendingTopics.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetTrendingTopics.OutputSchema>('app.bsky.unspecced.getTrendingTopics', params, opts),
          /** Get the current trends on the network */
          getTrends: (params?: AppBskyUnspeccedGetTrends.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetTrends.OutputSchema>('app.bsky.unspecced.getTrends', params, opts),
          /** Get the skeleton of trends on the network. Intended to be called and then hydrated through app.bsky.unspecced.getTrends */
          getTrendsSkeleton: (params?: AppBskyUnspeccedGetTrendsSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedGetTrendsSkeleton.OutputSchema>('app.bsky.unspecced.getTrendsSkeleton', params, opts),
          /** Initiate age assurance for an account. This is a one-time action that will start the process of verifying the user's age. */
          initAgeAssurance: (input: AppBskyUnspeccedInitAgeAssurance.InputSchema, opts?: rt.CallOptions<AppBskyUnspeccedInitAgeAssurance.QueryParams>) =>
            x.procedure<AppBskyUnspeccedInitAgeAssurance.OutputSchema>('app.bsky.unspecced.initAgeAssurance', input, opts),
          /** Backend Actors (profile) search, returns only skeleton. */
          searchActorsSkeleton: (params: AppBskyUnspeccedSearchActorsSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedSearchActorsSkeleton.OutputSchema>('app.bsky.unspecced.searchActorsSkeleton', params, opts),
          /** Backend Posts search, returns only skeleton */
          searchPostsSkeleton: (params: AppBskyUnspeccedSearchPostsSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedSearchPostsSkeleton.OutputSchema>('app.bsky.unspecced.searchPostsSkeleton', params, opts),
          /** Backend Starter Pack search, returns only skeleton. */
          searchStarterPacksSkeleton: (params: AppBskyUnspeccedSearchStarterPacksSkeleton.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyUnspeccedSearchStarterPacksSkeleton.OutputSchema>('app.bsky.unspecced.searchStarterPacksSkeleton', params, opts),
        },
        video: {
          /** Abort an upload only while it is created, releasing its quota reservation immediately. Terminal sessions are unchanged and return their terminal outcome. A finishing session returns UploadNotReady. */
          abortUpload: (input: AppBskyVideoAbortUpload.InputSchema, opts?: rt.CallOptions<AppBskyVideoAbortUpload.QueryParams>) =>
            x.procedure<AppBskyVideoAbortUpload.OutputSchema>('app.bsky.video.abortUpload', input, opts),
          /** Finish an upload. This call is idempotent and safe to retry. On deduplication completedJobId may differ from the input jobId; poll getJobStatus with completedJobId. Probe-based validation failures surface later as JOB_STATE_FAILED from getJobStatus, not as errors from this call. */
          finishUpload: (input: AppBskyVideoFinishUpload.InputSchema, opts?: rt.CallOptions<AppBskyVideoFinishUpload.QueryParams>) =>
            x.procedure<AppBskyVideoFinishUpload.OutputSchema>('app.bsky.video.finishUpload', input, opts),
          /** Get status details for a video processing job. */
          getJobStatus: (params: AppBskyVideoGetJobStatus.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyVideoGetJobStatus.OutputSchema>('app.bsky.video.getJobStatus', params, opts),
          /** Get video upload limits for the authenticated user. */
          getUploadLimits: (params?: AppBskyVideoGetUploadLimits.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyVideoGetUploadLimits.OutputSchema>('app.bsky.video.getUploadLimits', params, opts),
          /** Get the authoritative status of the upload phase. Terminal states remain readable. completedJobId and jobStatus are present only for completed sessions; failureReason is present only for failed sessions. */
          getUploadStatus: (params: AppBskyVideoGetUploadStatus.QueryParams, opts?: rt.CallOptions) =>
            x.query<AppBskyVideoGetUploadStatus.OutputSchema>('app.bsky.video.getUploadStatus', params, opts),
          /** Start a multipart video upload. The declared size is exact, while optional media properties are advisory and used only for early failure; the authoritative probe runs asynchronously after upload. */
          startUpload: (input: AppBskyVideoStartUpload.InputSchema, opts?: rt.CallOptions<AppBskyVideoStartUpload.QueryParams>) =>
            x.procedure<AppBskyVideoStartUpload.OutputSchema>('app.bsky.video.startUpload', input, opts),
          /** Upload one part. Parts are idempotent and may be retried or re-sent while the session is created. Each expected length is derived from the upload size and part size, and Content-Length must match exactly. ETags are never exposed to clients. */
          uploadPart: (input: Uint8Array | Blob | ReadableStream, opts?: rt.CallOptions<AppBskyVideoUploadPart.QueryParams>) =>
            x.procedure<AppBskyVideoUploadPart.OutputSchema>('app.bsky.video.uploadPart', input, { encoding: 'application/octet-stream', ...opts }),
          /** Upload a video to be processed then stored on the PDS. */
          uploadVideo: (input: Uint8Array | Blob | ReadableStream, opts?: rt.CallOptions<AppBskyVideoUploadVideo.QueryParams>) =>
            x.procedure<AppBskyVideoUploadVideo.OutputSchema>('app.bsky.video.uploadVideo', input, { encoding: 'video/mp4', ...opts }),
        },
      },
    },
    chat: {
      bsky: {
        actor: {
          deleteAccount: (opts?: rt.CallOptions<ChatBskyActorDeleteAccount.QueryParams>) =>
            x.procedure<ChatBskyActorDeleteAccount.OutputSchema>('chat.bsky.actor.deleteAccount', undefined, opts),
          exportAccountData: (params?: ChatBskyActorExportAccountData.QueryParams, opts?: rt.CallOptions) =>
            x.query<Uint8Array>('chat.bsky.actor.exportAccountData', params, opts),
          /** Get the authenticated viewer's chat status: whether their account is chat-disabled and whether their group-membership additions are restricted to accounts they follow. */
          getStatus: (params?: ChatBskyActorGetStatus.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyActorGetStatus.OutputSchema>('chat.bsky.actor.getStatus', params, opts),
        },
        convo: {
          /** Marks a conversation as accepted, so it is shown in the list of accepted convos instead on the request convos. */
          acceptConvo: (input: ChatBskyConvoAcceptConvo.InputSchema, opts?: rt.CallOptions<ChatBskyConvoAcceptConvo.QueryParams>) =>
            x.procedure<ChatBskyConvoAcceptConvo.OutputSchema>('chat.bsky.convo.acceptConvo', input, opts),
          /** Adds an emoji reaction to a message. Requires authentication. It is idempotent, so multiple calls from the same user with the same emoji result in a single reaction. */
          addReaction: (input: ChatBskyConvoAddReaction.InputSchema, opts?: rt.CallOptions<ChatBskyConvoAddReaction.QueryParams>) =>
            x.procedure<ChatBskyConvoAddReaction.OutputSchema>('chat.bsky.convo.addReaction', input, opts),
          /** Marks a message as deleted for the viewer, so they won't see that message in future enumerations. */
          deleteMessageForSelf: (input: ChatBskyConvoDeleteMessageForSelf.InputSchema, opts?: rt.CallOptions<ChatBskyConvoDeleteMessageForSelf.QueryParams>) =>
            x.procedure<ChatBskyConvoDeleteMessageForSelf.OutputSchema>('chat.bsky.convo.deleteMessageForSelf', input, opts),
          /** Gets an existing conversation by its ID. */
          getConvo: (params: ChatBskyConvoGetConvo.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyConvoGetConvo.OutputSchema>('chat.bsky.convo.getConvo', params, opts),
          /** Check whether the requester and the other members can start a 1-1 chat. Only applicable to direct (non-group) conversations. If an existing convo is found for these members, it is returned. Does not create a new convo if it doesn't exist. */
          getConvoAvailability: (params: ChatBskyConvoGetConvoAvailability.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyConvoGetConvoAvailability.OutputSchema>('chat.bsky.convo.getConvoAvailability', params, opts),
          /** Get or create a 1-1 conversation for the given members. Always returns the same direct (non-group) conversation. To create a group conversation, use createGroup. */
          getConvoForMembers: (params: ChatBskyConvoGetConvoForMembers.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyConvoGetConvoForMembers.OutputSchema>('chat.bsky.convo.getConvoForMembers', params, opts),
          /** Returns a paginated list of members from a conversation. */
          getConvoMembers: (params: ChatBskyConvoGetConvoMembers.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyConvoGetConvoMembers.OutputSchema>('chat.bsky.convo.getConvoMembers', params, opts),
          getLog: (params?: ChatBskyConvoGetLog.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyConvoGetLog.OutputSchema>('chat.bsky.convo.getLog', params, opts),
          /** Returns a page of messages from a conversation. */
          getMessages: (params: ChatBskyConvoGetMessages.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyConvoGetMessages.OutputSchema>('chat.bsky.convo.getMessages', params, opts),
          /** Returns unread conversation counts for conversations that are unlocked, not muted, split by convo status. Direct convos are excluded when a block relationship exists between the actor and the other member, or when the other member's account is deleted or deactivated. Group convos are considered unread if they have unread join request counts. */
          getUnreadCounts: (params?: ChatBskyConvoGetUnreadCounts.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyConvoGetUnreadCounts.OutputSchema>('chat.bsky.convo.getUnreadCounts', params, opts),
          /** Leaves a conversation (direct or group). For group, this effectively removes membership. For direct, membership is never removed, only changed to remove from enumerations by the user who left. */
          leaveConvo: (input: ChatBskyConvoLeaveConvo.InputSchema, opts?: rt.CallOptions<ChatBskyConvoLeaveConvo.QueryParams>) =>
            x.procedure<ChatBskyConvoLeaveConvo.OutputSchema>('chat.bsky.convo.leaveConvo', input, opts),
          /** Returns a page of incoming conversation requests for the user. Direct convo requests are returned as convoView; group join requests made by the user are returned as joinRequestConvoView. */
          listConvoRequests: (params?: ChatBskyConvoListConvoRequests.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyConvoListConvoRequests.OutputSchema>('chat.bsky.convo.listConvoRequests', params, opts),
          /** Returns a page of conversations (direct or group) for the user. */
          listConvos: (params?: ChatBskyConvoListConvos.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyConvoListConvos.OutputSchema>('chat.bsky.convo.listConvos', params, opts),
          /** Locks a group convo so no more content (messages, reactions) can be added to it. */
          lockConvo: (input: ChatBskyConvoLockConvo.InputSchema, opts?: rt.CallOptions<ChatBskyConvoLockConvo.QueryParams>) =>
            x.procedure<ChatBskyConvoLockConvo.OutputSchema>('chat.bsky.convo.lockConvo', input, opts),
          /** Mutes a conversation, preventing notifications related to it. */
          muteConvo: (input: ChatBskyConvoMuteConvo.InputSchema, opts?: rt.CallOptions<ChatBskyConvoMuteConvo.QueryParams>) =>
            x.procedure<ChatBskyConvoMuteConvo.OutputSchema>('chat.bsky.convo.muteConvo', input, opts),
          /** Removes an emoji reaction from a message. Requires authentication. It is idempotent, so multiple calls from the same user with the same emoji result in that reaction not being present, even if it already wasn't. */
          removeReaction: (input: ChatBskyConvoRemoveReaction.InputSchema, opts?: rt.CallOptions<ChatBskyConvoRemoveReaction.QueryParams>) =>
            x.procedure<ChatBskyConvoRemoveReaction.OutputSchema>('chat.bsky.convo.removeReaction', input, opts),
          /** Sends a message to a conversation. */
          sendMessage: (input: ChatBskyConvoSendMessage.InputSchema, opts?: rt.CallOptions<ChatBskyConvoSendMessage.QueryParams>) =>
            x.procedure<ChatBskyConvoSendMessage.OutputSchema>('chat.bsky.convo.sendMessage', input, opts),
          /** Sends a batch of messages to a conversation. */
          sendMessageBatch: (input: ChatBskyConvoSendMessageBatch.InputSchema, opts?: rt.CallOptions<ChatBskyConvoSendMessageBatch.QueryParams>) =>
            x.procedure<ChatBskyConvoSendMessageBatch.OutputSchema>('chat.bsky.convo.sendMessageBatch', input, opts),
          /** Unlocks a group convo so it is able to receive new content. */
          unlockConvo: (input: ChatBskyConvoUnlockConvo.InputSchema, opts?: rt.CallOptions<ChatBskyConvoUnlockConvo.QueryParams>) =>
            x.procedure<ChatBskyConvoUnlockConvo.OutputSchema>('chat.bsky.convo.unlockConvo', input, opts),
          /** Unmutes a conversation, allowing notifications related to it. */
          unmuteConvo: (input: ChatBskyConvoUnmuteConvo.InputSchema, opts?: rt.CallOptions<ChatBskyConvoUnmuteConvo.QueryParams>) =>
            x.procedure<ChatBskyConvoUnmuteConvo.OutputSchema>('chat.bsky.convo.unmuteConvo', input, opts),
          /** Sets conversations from a user as read to the latest message, with filters. */
          updateAllRead: (input: ChatBskyConvoUpdateAllRead.InputSchema, opts?: rt.CallOptions<ChatBskyConvoUpdateAllRead.QueryParams>) =>
            x.procedure<ChatBskyConvoUpdateAllRead.OutputSchema>('chat.bsky.convo.updateAllRead', input, opts),
          /** Updates the read state of a conversation from, optionally specifying the last read message. */
          updateRead: (input: ChatBskyConvoUpdateRead.InputSchema, opts?: rt.CallOptions<ChatBskyConvoUpdateRead.QueryParams>) =>
            x.procedure<ChatBskyConvoUpdateRead.OutputSchema>('chat.bsky.convo.updateRead', input, opts),
        },
        group: {
          /** Adds members to a group. The members are added in 'request' status, so they have to accept it. This creates convo memberships. */
          addMembers: (input: ChatBskyGroupAddMembers.InputSchema, opts?: rt.CallOptions<ChatBskyGroupAddMembers.QueryParams>) =>
            x.procedure<ChatBskyGroupAddMembers.OutputSchema>('chat.bsky.group.addMembers', input, opts),
          /** Approves a request to join a group (via join link) the user owns. Action taken by the group owner. */
          approveJoinRequest: (input: ChatBskyGroupApproveJoinRequest.InputSchema, opts?: rt.CallOptions<ChatBskyGroupApproveJoinRequest.QueryParams>) =>
            x.procedure<ChatBskyGroupApproveJoinRequest.OutputSchema>('chat.bsky.group.approveJoinRequest', input, opts),
          /** Creates a group convo, specifying the members to be added to it. Unlike getConvoForMembers, this isn't idempotent. It will create new groups even if the membership is identical to pre-existing groups. Will create 'request' membership for all members, except the owner who is 'accepted'. */
          createGroup: (input: ChatBskyGroupCreateGroup.InputSchema, opts?: rt.CallOptions<ChatBskyGroupCreateGroup.QueryParams>) =>
            x.procedure<ChatBskyGroupCreateGroup.OutputSchema>('chat.bsky.group.createGroup', input, opts),
          /** Creates a join link for the group convo. */
          createJoinLink: (input: ChatBskyGroupCreateJoinLink.InputSchema, opts?: rt.CallOptions<ChatBskyGroupCreateJoinLink.QueryParams>) =>
            x.procedure<ChatBskyGroupCreateJoinLink.OutputSchema>('chat.bsky.group.createJoinLink', input, opts),
          /** Disables the active join link for the group convo. */
          disableJoinLink: (input: ChatBskyGroupDisableJoinLink.InputSchema, opts?: rt.CallOptions<ChatBskyGroupDisableJoinLink.QueryParams>) =>
            x.procedure<ChatBskyGroupDisableJoinLink.OutputSchema>('chat.bsky.group.disableJoinLink', input, opts),
          /** Edits group settings. */
          editGroup: (input: ChatBskyGroupEditGroup.InputSchema, opts?: rt.CallOptions<ChatBskyGroupEditGroup.QueryParams>) =>
            x.procedure<ChatBskyGroupEditGroup.OutputSchema>('chat.bsky.group.editGroup', input, opts),
          /** Edits the existing join link settings for the group convo. */
          editJoinLink: (input: ChatBskyGroupEditJoinLink.InputSchema, opts?: rt.CallOptions<ChatBskyGroupEditJoinLink.QueryParams>) =>
            x.procedure<ChatBskyGroupEditJoinLink.OutputSchema>('chat.bsky.group.editJoinLink', input, opts),
          /** Re-enables a previously disabled join link for the group convo. */
          enableJoinLink: (input: ChatBskyGroupEnableJoinLink.InputSchema, opts?: rt.CallOptions<ChatBskyGroupEnableJoinLink.QueryParams>) =>
            x.procedure<ChatBskyGroupEnableJoinLink.OutputSchema>('chat.bsky.group.enableJoinLink', input, opts),
          /** Get public information about groups from join links. The output array matches the input codes one-to-one by position (and each view also carries its 'code'). Disabled codes return a disabledJoinLinkPreviewView, and codes that do not map to a previewable link return an invalidJoinLinkPreviewView. */
          getJoinLinkPreviews: (params: ChatBskyGroupGetJoinLinkPreviews.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyGroupGetJoinLinkPreviews.OutputSchema>('chat.bsky.group.getJoinLinkPreviews', params, opts),
          /** Lists a page of request to join a group (via join link) the user owns. Shows the data from the owner's point of view. */
          listJoinRequests: (params: ChatBskyGroupListJoinRequests.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyGroupListJoinRequests.OutputSchema>('chat.bsky.group.listJoinRequests', params, opts),
          /** Returns a page of group conversations that both the requester and the specified actor are members of. */
          listMutualGroups: (params: ChatBskyGroupListMutualGroups.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyGroupListMutualGroups.OutputSchema>('chat.bsky.group.listMutualGroups', params, opts),
          /** Rejects a request to join a group (via join link) the user owns. Action taken by the group owner. */
          rejectJoinRequest: (input: ChatBskyGroupRejectJoinRequest.InputSchema, opts?: rt.CallOptions<ChatBskyGroupRejectJoinRequest.QueryParams>) =>
            x.procedure<ChatBskyGroupRejectJoinRequest.OutputSchema>('chat.bsky.group.rejectJoinRequest', input, opts),
          /** Removes members from a group. This deletes convo memberships, doesn't just set a status. */
          removeMembers: (input: ChatBskyGroupRemoveMembers.InputSchema, opts?: rt.CallOptions<ChatBskyGroupRemoveMembers.QueryParams>) =>
            x.procedure<ChatBskyGroupRemoveMembers.OutputSchema>('chat.bsky.group.removeMembers', input, opts),
          /** Sends a request to join a group (via join link) to the group owner. Action taken by the prospective group member. */
          requestJoin: (input: ChatBskyGroupRequestJoin.InputSchema, opts?: rt.CallOptions<ChatBskyGroupRequestJoin.QueryParams>) =>
            x.procedure<ChatBskyGroupRequestJoin.OutputSchema>('chat.bsky.group.requestJoin', input, opts),
          /** Marks all join requests as read for the group owner. */
          updateJoinRequestsRead: (input: ChatBskyGroupUpdateJoinRequestsRead.InputSchema, opts?: rt.CallOptions<ChatBskyGroupUpdateJoinRequestsRead.QueryParams>) =>
            x.procedure<ChatBskyGroupUpdateJoinRequestsRead.OutputSchema>('chat.bsky.group.updateJoinRequestsRead', input, opts),
          /** Withdraws a pending request to join a group. Action taken by the prospective member who originally requested to join. */
          withdrawJoinRequest: (input: ChatBskyGroupWithdrawJoinRequest.InputSchema, opts?: rt.CallOptions<ChatBskyGroupWithdrawJoinRequest.QueryParams>) =>
            x.procedure<ChatBskyGroupWithdrawJoinRequest.OutputSchema>('chat.bsky.group.withdrawJoinRequest', input, opts),
        },
        moderation: {
          getActorMetadata: (params: ChatBskyModerationGetActorMetadata.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyModerationGetActorMetadata.OutputSchema>('chat.bsky.moderation.getActorMetadata', params, opts),
          /** Gets an existing conversation by its ID, for moderation purposes. Does not require the requester to be a member of the conversation. */
          getConvo: (params: ChatBskyModerationGetConvo.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyModerationGetConvo.OutputSchema>('chat.bsky.moderation.getConvo', params, opts),
          /** Returns a paginated list of members from a conversation, for moderation purposes. Does not require the requester to be a member of the conversation. */
          getConvoMembers: (params: ChatBskyModerationGetConvoMembers.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyModerationGetConvoMembers.OutputSchema>('chat.bsky.moderation.getConvoMembers', params, opts),
          /** Gets existing conversations by their IDs, for moderation purposes. Does not require the requester to be a member of the conversations. Unknown IDs are silently omitted from the response. */
          getConvos: (params: ChatBskyModerationGetConvos.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyModerationGetConvos.OutputSchema>('chat.bsky.moderation.getConvos', params, opts),
          getMessageContext: (params: ChatBskyModerationGetMessageContext.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyModerationGetMessageContext.OutputSchema>('chat.bsky.moderation.getMessageContext', params, opts),
          updateActorAccess: (input: ChatBskyModerationUpdateActorAccess.InputSchema, opts?: rt.CallOptions<ChatBskyModerationUpdateActorAccess.QueryParams>) =>
            x.procedure<undefined>('chat.bsky.moderation.updateActorAccess', input, opts),
        },
        notification: {
          /** Get the requesting account's chat notification preferences. Defaults are returned for accounts that have not set any preferences. Requires auth. */
          getPreferences: (params?: ChatBskyNotificationGetPreferences.QueryParams, opts?: rt.CallOptions) =>
            x.query<ChatBskyNotificationGetPreferences.OutputSchema>('chat.bsky.notification.getPreferences', params, opts),
          /** Set the requesting account's chat notification preferences. Only the provided preferences are updated; omitted preferences are left unchanged. */
          putPreferences: (input: ChatBskyNotificationPutPreferences.InputSchema, opts?: rt.CallOptions<ChatBskyNotificationPutPreferences.QueryParams>) =>
            x.procedure<ChatBskyNotificationPutPreferences.OutputSchema>('chat.bsky.notification.putPreferences', input, opts),
        },
      },
    },
    com: {
      atproto: {
        admin: {
          /** Delete a user account as an administrator. */
          deleteAccount: (input: ComAtprotoAdminDeleteAccount.InputSchema, opts?: rt.CallOptions<ComAtprotoAdminDeleteAccount.QueryParams>) =>
            x.procedure<undefined>('com.atproto.admin.deleteAccount', input, opts),
          /** Disable an account from receiving new invite codes, but does not invalidate existing codes. */
          disableAccountInvites: (input: ComAtprotoAdminDisableAccountInvites.InputSchema, opts?: rt.CallOptions<ComAtprotoAdminDisableAccountInvites.QueryParams>) =>
            x.procedure<undefined>('com.atproto.admin.disableAccountInvites', input, opts),
          /** Disable some set of codes and/or all codes associated with a set of users. */
          disableInviteCodes: (input: ComAtprotoAdminDisableInviteCodes.InputSchema, opts?: rt.CallOptions<ComAtprotoAdminDisableInviteCodes.QueryParams>) =>
            x.procedure<undefined>('com.atproto.admin.disableInviteCodes', input, opts),
          /** Re-enable an account's ability to receive invite codes. */
          enableAccountInvites: (input: ComAtprotoAdminEnableAccountInvites.InputSchema, opts?: rt.CallOptions<ComAtprotoAdminEnableAccountInvites.QueryParams>) =>
            x.procedure<undefined>('com.atproto.admin.enableAccountInvites', input, opts),
          /** Get details about an account. */
          getAccountInfo: (params: ComAtprotoAdminGetAccountInfo.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoAdminGetAccountInfo.OutputSchema>('com.atproto.admin.getAccountInfo', params, opts),
          /** Get details about some accounts. */
          getAccountInfos: (params: ComAtprotoAdminGetAccountInfos.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoAdminGetAccountInfos.OutputSchema>('com.atproto.admin.getAccountInfos', params, opts),
          /** Get an admin view of invite codes. */
          getInviteCodes: (params?: ComAtprotoAdminGetInviteCodes.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoAdminGetInviteCodes.OutputSchema>('com.atproto.admin.getInviteCodes', params, opts),
          /** Get the service-specific admin status of a subject (account, record, or blob). */
          getSubjectStatus: (params?: ComAtprotoAdminGetSubjectStatus.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoAdminGetSubjectStatus.OutputSchema>('com.atproto.admin.getSubjectStatus', params, opts),
          /** Get list of accounts that matches your search query. */
          searchAccounts: (params?: ComAtprotoAdminSearchAccounts.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoAdminSearchAccounts.OutputSchema>('com.atproto.admin.searchAccounts', params, opts),
          /** Send email to a user's account email address. */
          sendEmail: (input: ComAtprotoAdminSendEmail.InputSchema, opts?: rt.CallOptions<ComAtprotoAdminSendEmail.QueryParams>) =>
            x.procedure<ComAtprotoAdminSendEmail.OutputSchema>('com.atproto.admin.sendEmail', input, opts),
          /** Administrative action to update an account's email. */
          updateAccountEmail: (input: ComAtprotoAdminUpdateAccountEmail.InputSchema, opts?: rt.CallOptions<ComAtprotoAdminUpdateAccountEmail.QueryParams>) =>
            x.procedure<undefined>('com.atproto.admin.updateAccountEmail', input, opts),
          /** Administrative action to update an account's handle. */
          updateAccountHandle: (input: ComAtprotoAdminUpdateAccountHandle.InputSchema, opts?: rt.CallOptions<ComAtprotoAdminUpdateAccountHandle.QueryParams>) =>
            x.procedure<undefined>('com.atproto.admin.updateAccountHandle', input, opts),
          /** Update the password for a user account as an administrator. */
          updateAccountPassword: (input: ComAtprotoAdminUpdateAccountPassword.InputSchema, opts?: rt.CallOptions<ComAtprotoAdminUpdateAccountPassword.QueryParams>) =>
            x.procedure<undefined>('com.atproto.admin.updateAccountPassword', input, opts),
          /** Administrative action to update an account's signing key in their Did document. */
          updateAccountSigningKey: (input: ComAtprotoAdminUpdateAccountSigningKey.InputSchema, opts?: rt.CallOptions<ComAtprotoAdminUpdateAccountSigningKey.QueryParams>) =>
            x.procedure<undefined>('com.atproto.admin.updateAccountSigningKey', input, opts),
          /** Update the service-specific admin status of a subject (account, record, or blob). */
          updateSubjectStatus: (input: ComAtprotoAdminUpdateSubjectStatus.InputSchema, opts?: rt.CallOptions<ComAtprotoAdminUpdateSubjectStatus.QueryParams>) =>
            x.procedure<ComAtprotoAdminUpdateSubjectStatus.OutputSchema>('com.atproto.admin.updateSubjectStatus', input, opts),
        },
        identity: {
          /** Describe the credentials that should be included in the DID doc of an account that is migrating to this service. */
          getRecommendedDidCredentials: (params?: ComAtprotoIdentityGetRecommendedDidCredentials.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoIdentityGetRecommendedDidCredentials.OutputSchema>('com.atproto.identity.getRecommendedDidCredentials', params, opts),
          /** Request that the server re-resolve an identity (DID and handle). The server may ignore this request, or require authentication, depending on the role, implementation, and policy of the server. */
          refreshIdentity: (input: ComAtprotoIdentityRefreshIdentity.InputSchema, opts?: rt.CallOptions<ComAtprotoIdentityRefreshIdentity.QueryParams>) =>
            x.procedure<ComAtprotoIdentityRefreshIdentity.OutputSchema>('com.atproto.identity.refreshIdentity', input, opts),
          /** Request an email with a code to in order to request a signed PLC operation. Requires Auth. */
          requestPlcOperationSignature: (opts?: rt.CallOptions<ComAtprotoIdentityRequestPlcOperationSignature.QueryParams>) =>
            x.procedure<undefined>('com.atproto.identity.requestPlcOperationSignature', undefined, opts),
          /** Resolves DID to DID document. Does not bi-directionally verify handle. */
          resolveDid: (params: ComAtprotoIdentityResolveDid.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoIdentityResolveDid.OutputSchema>('com.atproto.identity.resolveDid', params, opts),
          /** Resolves an atproto handle (hostname) to a DID. Does not necessarily bi-directionally verify against the the DID document. */
          resolveHandle: (params: ComAtprotoIdentityResolveHandle.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoIdentityResolveHandle.OutputSchema>('com.atproto.identity.resolveHandle', params, opts),
          /** Resolves an identity (DID or Handle) to a full identity (DID document and verified handle). */
          resolveIdentity: (params: ComAtprotoIdentityResolveIdentity.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoIdentityResolveIdentity.OutputSchema>('com.atproto.identity.resolveIdentity', params, opts),
          /** Signs a PLC operation to update some value(s) in the requesting DID's document. */
          signPlcOperation: (input: ComAtprotoIdentitySignPlcOperation.InputSchema, opts?: rt.CallOptions<ComAtprotoIdentitySignPlcOperation.QueryParams>) =>
            x.procedure<ComAtprotoIdentitySignPlcOperation.OutputSchema>('com.atproto.identity.signPlcOperation', input, opts),
          /** Validates a PLC operation to ensure that it doesn't violate a service's constraints or get the identity into a bad state, then submits it to the PLC registry */
          submitPlcOperation: (input: ComAtprotoIdentitySubmitPlcOperation.InputSchema, opts?: rt.CallOptions<ComAtprotoIdentitySubmitPlcOperation.QueryParams>) =>
            x.procedure<undefined>('com.atproto.identity.submitPlcOperation', input, opts),
          /** Updates the current account's handle. Verifies handle validity, and updates did:plc document if necessary. Implemented by PDS, and requires auth. */
          updateHandle: (input: ComAtprotoIdentityUpdateHandle.InputSchema, opts?: rt.CallOptions<ComAtprotoIdentityUpdateHandle.QueryParams>) =>
            x.procedure<undefined>('com.atproto.identity.updateHandle', input, opts),
        },
        label: {
          /** Find labels relevant to the provided AT-URI patterns. Public endpoint for moderation services, though may return different or additional results with auth. */
          queryLabels: (params: ComAtprotoLabelQueryLabels.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoLabelQueryLabels.OutputSchema>('com.atproto.label.queryLabels', params, opts),
        },
        lexicon: {
          /** Resolves an atproto lexicon (NSID) to a schema. */
          resolveLexicon: (params: ComAtprotoLexiconResolveLexicon.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoLexiconResolveLexicon.OutputSchema>('com.atproto.lexicon.resolveLexicon', params, opts),
        },
        moderation: {
          /** Submit a moderation report regarding an atproto account or record. Implemented by moderation services (with PDS proxying), and requires auth. */
          createReport: (input: ComAtprotoModerationCreateReport.InputSchema, opts?: rt.CallOptions<ComAtprotoModerationCreateReport.QueryParams>) =>
            x.procedure<ComAtprotoModerationCreateReport.OutputSchema>('com.atproto.moderation.createReport', input, opts),
        },
        repo: {
          /** Apply a batch transaction of repository creates, updates, and deletes. Requires auth, implemented by PDS. */
          applyWrites: (input: ComAtprotoRepoApplyWrites.InputSchema, opts?: rt.CallOptions<ComAtprotoRepoApplyWrites.QueryParams>) =>
            x.procedure<ComAtprotoRepoApplyWrites.OutputSchema>('com.atproto.repo.applyWrites', input, opts),
          /** Create a single new repository record. Requires auth, implemented by PDS. */
          createRecord: (input: ComAtprotoRepoCreateRecord.InputSchema, opts?: rt.CallOptions<ComAtprotoRepoCreateRecord.QueryParams>) =>
            x.procedure<ComAtprotoRepoCreateRecord.OutputSchema>('com.atproto.repo.createRecord', input, opts),
          /** Delete a repository record, or ensure it doesn't exist. Requires auth, implemented by PDS. */
          deleteRecord: (input: ComAtprotoRepoDeleteRecord.InputSchema, opts?: rt.CallOptions<ComAtprotoRepoDeleteRecord.QueryParams>) =>
            x.procedure<ComAtprotoRepoDeleteRecord.OutputSchema>('com.atproto.repo.deleteRecord', input, opts),
          /** Get information about an account and repository, including the list of collections. Does not require auth. */
          describeRepo: (params: ComAtprotoRepoDescribeRepo.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoRepoDescribeRepo.OutputSchema>('com.atproto.repo.describeRepo', params, opts),
          /** Get a single record from a repository. Does not require auth. */
          getRecord: (params: ComAtprotoRepoGetRecord.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoRepoGetRecord.OutputSchema>('com.atproto.repo.getRecord', params, opts),
          /** Import a repo in the form of a CAR file. Requires Content-Length HTTP header to be set. */
          importRepo: (input: Uint8Array | Blob | ReadableStream, opts?: rt.CallOptions<ComAtprotoRepoImportRepo.QueryParams>) =>
            x.procedure<undefined>('com.atproto.repo.importRepo', input, { encoding: 'application/vnd.ipld.car', ...opts }),
          /** Returns a list of missing blobs for the requesting account. Intended to be used in the account migration flow. */
          listMissingBlobs: (params?: ComAtprotoRepoListMissingBlobs.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoRepoListMissingBlobs.OutputSchema>('com.atproto.repo.listMissingBlobs', params, opts),
          /** List a range of records in a repository, matching a specific collection. Does not require auth. */
          listRecords: (params: ComAtprotoRepoListRecords.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoRepoListRecords.OutputSchema>('com.atproto.repo.listRecords', params, opts),
          /** Write a repository record, creating or updating it as needed. Requires auth, implemented by PDS. */
          putRecord: (input: ComAtprotoRepoPutRecord.InputSchema, opts?: rt.CallOptions<ComAtprotoRepoPutRecord.QueryParams>) =>
            x.procedure<ComAtprotoRepoPutRecord.OutputSchema>('com.atproto.repo.putRecord', input, opts),
          /** Upload a new blob, to be referenced from a repository record. The blob will be deleted if it is not referenced within a time window (eg, minutes). Blob restrictions (mimetype, size, etc) are enforced when the reference is created. Requires auth, implemented by PDS. */
          uploadBlob: (input: Uint8Array | Blob | ReadableStream, opts?: rt.CallOptions<ComAtprotoRepoUploadBlob.QueryParams>) =>
            x.procedure<ComAtprotoRepoUploadBlob.OutputSchema>('com.atproto.repo.uploadBlob', input, opts),
        },
        server: {
          /** Activates a currently deactivated account. Used to finalize account migration after the account's repo is imported and identity is setup. */
          activateAccount: (opts?: rt.CallOptions<ComAtprotoServerActivateAccount.QueryParams>) =>
            x.procedure<undefined>('com.atproto.server.activateAccount', undefined, opts),
          /** Returns the status of an account, especially as pertaining to import or recovery. Can be called many times over the course of an account migration. Requires auth and can only be called pertaining to oneself. */
          checkAccountStatus: (params?: ComAtprotoServerCheckAccountStatus.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoServerCheckAccountStatus.OutputSchema>('com.atproto.server.checkAccountStatus', params, opts),
          /** Confirm an email using a token from com.atproto.server.requestEmailConfirmation. */
          confirmEmail: (input: ComAtprotoServerConfirmEmail.InputSchema, opts?: rt.CallOptions<ComAtprotoServerConfirmEmail.QueryParams>) =>
            x.procedure<undefined>('com.atproto.server.confirmEmail', input, opts),
          /** Create an account. Implemented by PDS. */
          createAccount: (input: ComAtprotoServerCreateAccount.InputSchema, opts?: rt.CallOptions<ComAtprotoServerCreateAccount.QueryParams>) =>
            x.procedure<ComAtprotoServerCreateAccount.OutputSchema>('com.atproto.server.createAccount', input, opts),
          /** Create an App Password. */
          createAppPassword: (input: ComAtprotoServerCreateAppPassword.InputSchema, opts?: rt.CallOptions<ComAtprotoServerCreateAppPassword.QueryParams>) =>
            x.procedure<ComAtprotoServerCreateAppPassword.OutputSchema>('com.atproto.server.createAppPassword', input, opts),
          /** Create an invite code. */
          createInviteCode: (input: ComAtprotoServerCreateInviteCode.InputSchema, opts?: rt.CallOptions<ComAtprotoServerCreateInviteCode.QueryParams>) =>
            x.procedure<ComAtprotoServerCreateInviteCode.OutputSchema>('com.atproto.server.createInviteCode', input, opts),
          /** Create invite codes. */
          createInviteCodes: (input: ComAtprotoServerCreateInviteCodes.InputSchema, opts?: rt.CallOptions<ComAtprotoServerCreateInviteCodes.QueryParams>) =>
            x.procedure<ComAtprotoServerCreateInviteCodes.OutputSchema>('com.atproto.server.createInviteCodes', input, opts),
          /** Create an authentication session. */
          createSession: (input: ComAtprotoServerCreateSession.InputSchema, opts?: rt.CallOptions<ComAtprotoServerCreateSession.QueryParams>) =>
            x.procedure<ComAtprotoServerCreateSession.OutputSchema>('com.atproto.server.createSession', input, opts),
          /** Deactivates a currently active account. Stops serving of repo, and future writes to repo until reactivated. Used to finalize account migration with the old host after the account has been activated on the new host. */
          deactivateAccount: (input: ComAtprotoServerDeactivateAccount.InputSchema, opts?: rt.CallOptions<ComAtprotoServerDeactivateAccount.QueryParams>) =>
            x.procedure<undefined>('com.atproto.server.deactivateAccount', input, opts),
          /** Delete an actor's account with a token and password. Can only be called after requesting a deletion token. Requires auth. */
          deleteAccount: (input: ComAtprotoServerDeleteAccount.InputSchema, opts?: rt.CallOptions<ComAtprotoServerDeleteAccount.QueryParams>) =>
            x.procedure<undefined>('com.atproto.server.deleteAccount', input, opts),
          /** Delete the current session. Requires auth using the 'refreshJwt' (not the 'accessJwt'). */
          deleteSession: (opts?: rt.CallOptions<ComAtprotoServerDeleteSession.QueryParams>) =>
            x.procedure<undefined>('com.atproto.server.deleteSession', undefined, opts),
          /** Describes the server's account creation requirements and capabilities. Implemented by PDS. */
          describeServer: (params?: ComAtprotoServerDescribeServer.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoServerDescribeServer.OutputSchema>('com.atproto.server.describeServer', params, opts),
          /** Get all invite codes for the current account. Requires auth. */
          getAccountInviteCodes: (params?: ComAtprotoServerGetAccountInviteCodes.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoServerGetAccountInviteCodes.OutputSchema>('com.atproto.server.getAccountInviteCodes', params, opts),
          /** Get a signed token on behalf of the requesting DID for the requested service. */
          getServiceAuth: (params: ComAtprotoServerGetServiceAuth.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoServerGetServiceAuth.OutputSchema>('com.atproto.server.getServiceAuth', params, opts),
          /** Get information about the current auth session. Requires auth. */
          getSession: (params?: ComAtprotoServerGetSession.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoServerGetSession.OutputSchema>('com.atproto.server.getSession', params, opts),
          /** List all App Passwords. */
          listAppPasswords: (params?: ComAtprotoServerListAppPasswords.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoServerListAppPasswords.OutputSchema>('com.atproto.server.listAppPasswords', params, opts),
          /** Refresh an authentication session. Requires auth using the 'refreshJwt' (not the 'accessJwt'). */
          refreshSession: (opts?: rt.CallOptions<ComAtprotoServerRefreshSession.QueryParams>) =>
            x.procedure<ComAtprotoServerRefreshSession.OutputSchema>('com.atproto.server.refreshSession', undefined, opts),
          /** Initiate a user account deletion via email. */
          requestAccountDelete: (opts?: rt.CallOptions<ComAtprotoServerRequestAccountDelete.QueryParams>) =>
            x.procedure<undefined>('com.atproto.server.requestAccountDelete', undefined, opts),
          /** Request an email with a code to confirm ownership of email. */
          requestEmailConfirmation: (opts?: rt.CallOptions<ComAtprotoServerRequestEmailConfirmation.QueryParams>) =>
            x.procedure<undefined>('com.atproto.server.requestEmailConfirmation', undefined, opts),
          /** Request a token in order to update email. */
          requestEmailUpdate: (opts?: rt.CallOptions<ComAtprotoServerRequestEmailUpdate.QueryParams>) =>
            x.procedure<ComAtprotoServerRequestEmailUpdate.OutputSchema>('com.atproto.server.requestEmailUpdate', undefined, opts),
          /** Initiate a user account password reset via email. */
          requestPasswordReset: (input: ComAtprotoServerRequestPasswordReset.InputSchema, opts?: rt.CallOptions<ComAtprotoServerRequestPasswordReset.QueryParams>) =>
            x.procedure<undefined>('com.atproto.server.requestPasswordReset', input, opts),
          /** Reserve a repo signing key, for use with account creation. Necessary so that a DID PLC update operation can be constructed during an account migraiton. Public and does not require auth; implemented by PDS. NOTE: this endpoint may change when full account migration is implemented. */
          reserveSigningKey: (input: ComAtprotoServerReserveSigningKey.InputSchema, opts?: rt.CallOptions<ComAtprotoServerReserveSigningKey.QueryParams>) =>
            x.procedure<ComAtprotoServerReserveSigningKey.OutputSchema>('com.atproto.server.reserveSigningKey', input, opts),
          /** Reset a user account password using a token. */
          resetPassword: (input: ComAtprotoServerResetPassword.InputSchema, opts?: rt.CallOptions<ComAtprotoServerResetPassword.QueryParams>) =>
            x.procedure<undefined>('com.atproto.server.resetPassword', input, opts),
          /** Revoke an App Password by name. */
          revokeAppPassword: (input: ComAtprotoServerRevokeAppPassword.InputSchema, opts?: rt.CallOptions<ComAtprotoServerRevokeAppPassword.QueryParams>) =>
            x.procedure<undefined>('com.atproto.server.revokeAppPassword', input, opts),
          /** Update an account's email. */
          updateEmail: (input: ComAtprotoServerUpdateEmail.InputSchema, opts?: rt.CallOptions<ComAtprotoServerUpdateEmail.QueryParams>) =>
            x.procedure<undefined>('com.atproto.server.updateEmail', input, opts),
        },
        sync: {
          /** Get a blob associated with a given account. Returns the full blob as originally uploaded. Does not require auth; implemented by PDS. */
          getBlob: (params: ComAtprotoSyncGetBlob.QueryParams, opts?: rt.CallOptions) =>
            x.query<Uint8Array>('com.atproto.sync.getBlob', params, opts),
          /** Get data blocks from a given repo, by CID. For example, intermediate MST nodes, or records. Does not require auth; implemented by PDS. */
          getBlocks: (params: ComAtprotoSyncGetBlocks.QueryParams, opts?: rt.CallOptions) =>
            x.query<Uint8Array>('com.atproto.sync.getBlocks', params, opts),
          /** DEPRECATED - please use com.atproto.sync.getRepo instead */
          getCheckout: (params: ComAtprotoSyncGetCheckout.QueryParams, opts?: rt.CallOptions) =>
            x.query<Uint8Array>('com.atproto.sync.getCheckout', params, opts),
          /** DEPRECATED - please use com.atproto.sync.getLatestCommit instead */
          getHead: (params: ComAtprotoSyncGetHead.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoSyncGetHead.OutputSchema>('com.atproto.sync.getHead', params, opts),
          /** Returns information about a specified upstream host, as consumed by the server. Implemented by relays. */
          getHostStatus: (params: ComAtprotoSyncGetHostStatus.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoSyncGetHostStatus.OutputSchema>('com.atproto.sync.getHostStatus', params, opts),
          /** Get the current commit CID & revision of the specified repo. Does not require auth. */
          getLatestCommit: (params: ComAtprotoSyncGetLatestCommit.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoSyncGetLatestCommit.OutputSchema>('com.atproto.sync.getLatestCommit', params, opts),
          /** Get data blocks needed to prove the existence or non-existence of record in the current version of repo. Does not require auth. */
          getRecord: (params: ComAtprotoSyncGetRecord.QueryParams, opts?: rt.CallOptions) =>
            x.query<Uint8Array>('com.atproto.sync.getRecord', params, opts),
          /** Download a repository export as CAR file. Optionally only a 'diff' since a previous revision. Does not require auth; implemented by PDS. */
          getRepo: (params: ComAtprotoSyncGetRepo.QueryParams, opts?: rt.CallOptions) =>
            x.query<Uint8Array>('com.atproto.sync.getRepo', params, opts),
          /** Get the hosting status for a repository, on this server. Expected to be implemented by PDS and Relay. */
          getRepoStatus: (params: ComAtprotoSyncGetRepoStatus.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoSyncGetRepoStatus.OutputSchema>('com.atproto.sync.getRepoStatus', params, opts),
          /** List blob CIDs for an account, since some repo revision. Does not require auth; implemented by PDS. */
          listBlobs: (params: ComAtprotoSyncListBlobs.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoSyncListBlobs.OutputSchema>('com.atproto.sync.listBlobs', params, opts),
          /** Enumerates upstream hosts (eg, PDS or relay instances) that this service consumes from. Implemented by relays. */
          listHosts: (params?: ComAtprotoSyncListHosts.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoSyncListHosts.OutputSchema>('com.atproto.sync.listHosts', params, opts),
          /** Enumerates all the DID, rev, and commit CID for all repos hosted by this service. Does not require auth; implemented by PDS and Relay. */
          listRepos: (params?: ComAtprotoSyncListRepos.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoSyncListRepos.OutputSchema>('com.atproto.sync.listRepos', params, opts),
          /** Enumerates all the DIDs which have records with the given collection NSID. */
          listReposByCollection: (params: ComAtprotoSyncListReposByCollection.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoSyncListReposByCollection.OutputSchema>('com.atproto.sync.listReposByCollection', params, opts),
          /** Notify a crawling service of a recent update, and that crawling should resume. Intended use is after a gap between repo stream events caused the crawling service to disconnect. Does not require auth; implemented by Relay. DEPRECATED: just use com.atproto.sync.requestCrawl */
          notifyOfUpdate: (input: ComAtprotoSyncNotifyOfUpdate.InputSchema, opts?: rt.CallOptions<ComAtprotoSyncNotifyOfUpdate.QueryParams>) =>
            x.procedure<undefined>('com.atproto.sync.notifyOfUpdate', input, opts),
          /** Request a service to persistently crawl hosted repos. Expected use is new PDS instances declaring their existence to Relays. Does not require auth. */
          requestCrawl: (input: ComAtprotoSyncRequestCrawl.InputSchema, opts?: rt.CallOptions<ComAtprotoSyncRequestCrawl.QueryParams>) =>
            x.procedure<undefined>('com.atproto.sync.requestCrawl', input, opts),
        },
        temp: {
          /** Add a handle to the set of reserved handles. */
          addReservedHandle: (input: ComAtprotoTempAddReservedHandle.InputSchema, opts?: rt.CallOptions<ComAtprotoTempAddReservedHandle.QueryParams>) =>
            x.procedure<ComAtprotoTempAddReservedHandle.OutputSchema>('com.atproto.temp.addReservedHandle', input, opts),
          /** Checks whether the provided handle is available. If the handle is not available, available suggestions will be returned. Optional inputs will be used to generate suggestions. */
          checkHandleAvailability: (params: ComAtprotoTempCheckHandleAvailability.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoTempCheckHandleAvailability.OutputSchema>('com.atproto.temp.checkHandleAvailability', params, opts),
          /** Check accounts location in signup queue. */
          checkSignupQueue: (params?: ComAtprotoTempCheckSignupQueue.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoTempCheckSignupQueue.OutputSchema>('com.atproto.temp.checkSignupQueue', params, opts),
          /** Allows finding the oauth permission scope from a reference */
          dereferenceScope: (params: ComAtprotoTempDereferenceScope.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoTempDereferenceScope.OutputSchema>('com.atproto.temp.dereferenceScope', params, opts),
          /** DEPRECATED: use queryLabels or subscribeLabels instead -- Fetch all labels from a labeler created after a certain date. */
          fetchLabels: (params?: ComAtprotoTempFetchLabels.QueryParams, opts?: rt.CallOptions) =>
            x.query<ComAtprotoTempFetchLabels.OutputSchema>('com.atproto.temp.fetchLabels', params, opts),
          /** Request a verification code to be sent to the supplied phone number */
          requestPhoneVerification: (input: ComAtprotoTempRequestPhoneVerification.InputSchema, opts?: rt.CallOptions<ComAtprotoTempRequestPhoneVerification.QueryParams>) =>
            x.procedure<undefined>('com.atproto.temp.requestPhoneVerification', input, opts),
          /** Revoke sessions, password, and app passwords associated with account. May be resolved by a password reset. */
          revokeAccountCredentials: (input: ComAtprotoTempRevokeAccountCredentials.InputSchema, opts?: rt.CallOptions<ComAtprotoTempRevokeAccountCredentials.QueryParams>) =>
            x.procedure<undefined>('com.atproto.temp.revokeAccountCredentials', input, opts),
        },
      },
    },
    dev: {
      lexiconpds: {
        admin: {
          /** The admin audit log of this PDS, newest first: every admin action, who did it (the admin password or the moderation service), through what, from which address, to which subject, and what changed. Never holds secrets. Admin basic auth only. */
          getAuditLog: (params?: DevLexiconpdsAdminGetAuditLog.QueryParams, opts?: rt.CallOptions) =>
            x.query<DevLexiconpdsAdminGetAuditLog.OutputSchema>('dev.lexiconpds.admin.getAuditLog', params, opts),
          /** What an operator watches on this PDS: version, accounts by status, database, blob store and disk, the firehose's last seq, and the relays it asks to crawl. Admin basic auth only. */
          getServerStatus: (params?: DevLexiconpdsAdminGetServerStatus.QueryParams, opts?: rt.CallOptions) =>
            x.query<DevLexiconpdsAdminGetServerStatus.OutputSchema>('dev.lexiconpds.admin.getServerStatus', params, opts),
          /** Asks the configured relays (PDS_CRAWLERS) to crawl this PDS now (com.atproto.sync.requestCrawl on each, retried in the background). Answers with the relays asked. Admin basic auth only. */
          requestCrawl: (opts?: rt.CallOptions<DevLexiconpdsAdminRequestCrawl.QueryParams>) =>
            x.procedure<DevLexiconpdsAdminRequestCrawl.OutputSchema>('dev.lexiconpds.admin.requestCrawl', undefined, opts),
        },
      },
    },
    tools: {
      ozone: {
        communication: {
          /** Administrative action to create a new, re-usable communication (email for now) template. */
          createTemplate: (input: ToolsOzoneCommunicationCreateTemplate.InputSchema, opts?: rt.CallOptions<ToolsOzoneCommunicationCreateTemplate.QueryParams>) =>
            x.procedure<ToolsOzoneCommunicationCreateTemplate.OutputSchema>('tools.ozone.communication.createTemplate', input, opts),
          /** Delete a communication template. */
          deleteTemplate: (input: ToolsOzoneCommunicationDeleteTemplate.InputSchema, opts?: rt.CallOptions<ToolsOzoneCommunicationDeleteTemplate.QueryParams>) =>
            x.procedure<undefined>('tools.ozone.communication.deleteTemplate', input, opts),
          /** Get list of all communication templates. */
          listTemplates: (params?: ToolsOzoneCommunicationListTemplates.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneCommunicationListTemplates.OutputSchema>('tools.ozone.communication.listTemplates', params, opts),
          /** Administrative action to update an existing communication template. Allows passing partial fields to patch specific fields only. */
          updateTemplate: (input: ToolsOzoneCommunicationUpdateTemplate.InputSchema, opts?: rt.CallOptions<ToolsOzoneCommunicationUpdateTemplate.QueryParams>) =>
            x.procedure<ToolsOzoneCommunicationUpdateTemplate.OutputSchema>('tools.ozone.communication.updateTemplate', input, opts),
        },
        hosting: {
          /** Get account history, e.g. log of updated email addresses or other identity information. */
          getAccountHistory: (params: ToolsOzoneHostingGetAccountHistory.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneHostingGetAccountHistory.OutputSchema>('tools.ozone.hosting.getAccountHistory', params, opts),
        },
        moderation: {
          /** Cancel all pending scheduled moderation actions for specified subjects */
          cancelScheduledActions: (input: ToolsOzoneModerationCancelScheduledActions.InputSchema, opts?: rt.CallOptions<ToolsOzoneModerationCancelScheduledActions.QueryParams>) =>
            x.procedure<ToolsOzoneModerationCancelScheduledActions.OutputSchema>('tools.ozone.moderation.cancelScheduledActions', input, opts),
          /** Take a moderation action on an actor. */
          emitEvent: (input: ToolsOzoneModerationEmitEvent.InputSchema, opts?: rt.CallOptions<ToolsOzoneModerationEmitEvent.QueryParams>) =>
            x.procedure<ToolsOzoneModerationEmitEvent.OutputSchema>('tools.ozone.moderation.emitEvent', input, opts),
          /** Get private preferences for an account. Requires moderator or admin auth. */
          getAccountPreferences: (params: ToolsOzoneModerationGetAccountPreferences.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneModerationGetAccountPreferences.OutputSchema>('tools.ozone.moderation.getAccountPreferences', params, opts),
          /** Get timeline of all available events of an account. This includes moderation events, account history and did history. */
          getAccountTimeline: (params: ToolsOzoneModerationGetAccountTimeline.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneModerationGetAccountTimeline.OutputSchema>('tools.ozone.moderation.getAccountTimeline', params, opts),
          /** Get details about a moderation event. */
          getEvent: (params: ToolsOzoneModerationGetEvent.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneModerationGetEvent.OutputSchema>('tools.ozone.moderation.getEvent', params, opts),
          /** Get details about a record. */
          getRecord: (params: ToolsOzoneModerationGetRecord.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneModerationGetRecord.OutputSchema>('tools.ozone.moderation.getRecord', params, opts),
          /** Get details about some records. */
          getRecords: (params: ToolsOzoneModerationGetRecords.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneModerationGetRecords.OutputSchema>('tools.ozone.moderation.getRecords', params, opts),
          /** Get details about a repository. */
          getRepo: (params: ToolsOzoneModerationGetRepo.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneModerationGetRepo.OutputSchema>('tools.ozone.moderation.getRepo', params, opts),
          /** Get reporter stats for a list of users. */
          getReporterStats: (params: ToolsOzoneModerationGetReporterStats.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneModerationGetReporterStats.OutputSchema>('tools.ozone.moderation.getReporterStats', params, opts),
          /** Get details about some repositories. */
          getRepos: (params: ToolsOzoneModerationGetRepos.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneModerationGetRepos.OutputSchema>('tools.ozone.moderation.getRepos', params, opts),
          /** Get details about subjects. */
          getSubjects: (params: ToolsOzoneModerationGetSubjects.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneModerationGetSubjects.OutputSchema>('tools.ozone.moderation.getSubjects', params, opts),
          /** List scheduled moderation actions with optional filtering */
          listScheduledActions: (input: ToolsOzoneModerationListScheduledActions.InputSchema, opts?: rt.CallOptions<ToolsOzoneModerationListScheduledActions.QueryParams>) =>
            x.procedure<ToolsOzoneModerationListScheduledActions.OutputSchema>('tools.ozone.moderation.listScheduledActions', input, opts),
          /** List moderation events related to a subject. */
          queryEvents: (params?: ToolsOzoneModerationQueryEvents.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneModerationQueryEvents.OutputSchema>('tools.ozone.moderation.queryEvents', params, opts),
          /** View moderation statuses of subjects (record or repo). */
          queryStatuses: (params?: ToolsOzoneModerationQueryStatuses.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneModerationQueryStatuses.OutputSchema>('tools.ozone.moderation.queryStatuses', params, opts),
          /** Schedule a moderation action to be executed at a future time */
          scheduleAction: (input: ToolsOzoneModerationScheduleAction.InputSchema, opts?: rt.CallOptions<ToolsOzoneModerationScheduleAction.QueryParams>) =>
            x.procedure<ToolsOzoneModerationScheduleAction.OutputSchema>('tools.ozone.moderation.scheduleAction', input, opts),
          /** Find repositories based on a search term. */
          searchRepos: (params?: ToolsOzoneModerationSearchRepos.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneModerationSearchRepos.OutputSchema>('tools.ozone.moderation.searchRepos', params, opts),
        },
        queue: {
          /** Assign a user to a queue. */
          assignModerator: (input: ToolsOzoneQueueAssignModerator.InputSchema, opts?: rt.CallOptions<ToolsOzoneQueueAssignModerator.QueryParams>) =>
            x.procedure<ToolsOzoneQueueAssignModerator.OutputSchema>('tools.ozone.queue.assignModerator', input, opts),
          /** Create a new moderation queue. A queue can have optional matching criteria that ozone's queue router will use to match reports. A queue with no criteria must have reports assigned to it manually via (1) `modTool.meta.queueId` in `tools.ozone.moderation.emitEvent` or (2) `tools.ozone.report.reassignQueue`. */
          createQueue: (input: ToolsOzoneQueueCreateQueue.InputSchema, opts?: rt.CallOptions<ToolsOzoneQueueCreateQueue.QueryParams>) =>
            x.procedure<ToolsOzoneQueueCreateQueue.OutputSchema>('tools.ozone.queue.createQueue', input, opts),
          /** Delete a moderation queue. Optionally migrate reports to another queue. */
          deleteQueue: (input: ToolsOzoneQueueDeleteQueue.InputSchema, opts?: rt.CallOptions<ToolsOzoneQueueDeleteQueue.QueryParams>) =>
            x.procedure<ToolsOzoneQueueDeleteQueue.OutputSchema>('tools.ozone.queue.deleteQueue', input, opts),
          /** Get moderator assignments, optionally filtered by active status, queue, or moderator. */
          getAssignments: (params?: ToolsOzoneQueueGetAssignments.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneQueueGetAssignments.OutputSchema>('tools.ozone.queue.getAssignments', params, opts),
          /** List all configured moderation queues with statistics. */
          listQueues: (params?: ToolsOzoneQueueListQueues.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneQueueListQueues.OutputSchema>('tools.ozone.queue.listQueues', params, opts),
          /** Route reports within an ID range to matching queues based. */
          routeReports: (input: ToolsOzoneQueueRouteReports.InputSchema, opts?: rt.CallOptions<ToolsOzoneQueueRouteReports.QueryParams>) =>
            x.procedure<ToolsOzoneQueueRouteReports.OutputSchema>('tools.ozone.queue.routeReports', input, opts),
          /** Remove a user's assignment from a queue. */
          unassignModerator: (input: ToolsOzoneQueueUnassignModerator.InputSchema, opts?: rt.CallOptions<ToolsOzoneQueueUnassignModerator.QueryParams>) =>
            x.procedure<undefined>('tools.ozone.queue.unassignModerator', input, opts),
          /** Update queue properties. */
          updateQueue: (input: ToolsOzoneQueueUpdateQueue.InputSchema, opts?: rt.CallOptions<ToolsOzoneQueueUpdateQueue.QueryParams>) =>
            x.procedure<ToolsOzoneQueueUpdateQueue.OutputSchema>('tools.ozone.queue.updateQueue', input, opts),
        },
        report: {
          /** Assign a report to a user. Defaults to the caller. Admins may assign to any moderator. */
          assignModerator: (input: ToolsOzoneReportAssignModerator.InputSchema, opts?: rt.CallOptions<ToolsOzoneReportAssignModerator.QueryParams>) =>
            x.procedure<ToolsOzoneReportAssignModerator.OutputSchema>('tools.ozone.report.assignModerator', input, opts),
          /** Close all reports on a subject matching the given criteria. Reports whose current status does not permit a transition to closed are skipped silently. Intended for automated flows that resolve reports without taking action on the subject. */
          closeReports: (input: ToolsOzoneReportCloseReports.InputSchema, opts?: rt.CallOptions<ToolsOzoneReportCloseReports.QueryParams>) =>
            x.procedure<ToolsOzoneReportCloseReports.OutputSchema>('tools.ozone.report.closeReports', input, opts),
          /** Register an activity on a report. For state-change activity types, validates the transition and updates report.status atomically. */
          createActivity: (input: ToolsOzoneReportCreateActivity.InputSchema, opts?: rt.CallOptions<ToolsOzoneReportCreateActivity.QueryParams>) =>
            x.procedure<ToolsOzoneReportCreateActivity.OutputSchema>('tools.ozone.report.createActivity', input, opts),
          /** Get assignments for reports. */
          getAssignments: (params?: ToolsOzoneReportGetAssignments.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneReportGetAssignments.OutputSchema>('tools.ozone.report.getAssignments', params, opts),
          /** Get historical daily report statistics. Returns a paginated list of daily stat snapshots, newest first. Filter by queue, moderator, or report type. */
          getHistoricalStats: (params?: ToolsOzoneReportGetHistoricalStats.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneReportGetHistoricalStats.OutputSchema>('tools.ozone.report.getHistoricalStats', params, opts),
          /** Get the most recent report. */
          getLatestReport: (params?: ToolsOzoneReportGetLatestReport.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneReportGetLatestReport.OutputSchema>('tools.ozone.report.getLatestReport', params, opts),
          /** Get live report statistics from the past 24 hours. Filter by queue, moderator, or report type. Omit all parameters for aggregate stats. */
          getLiveStats: (params?: ToolsOzoneReportGetLiveStats.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneReportGetLiveStats.OutputSchema>('tools.ozone.report.getLiveStats', params, opts),
          /** Get details about a single moderation report by ID. */
          getReport: (params: ToolsOzoneReportGetReport.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneReportGetReport.OutputSchema>('tools.ozone.report.getReport', params, opts),
          /** List all activities for a report, sorted most-recent-first. */
          listActivities: (params: ToolsOzoneReportListActivities.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneReportListActivities.OutputSchema>('tools.ozone.report.listActivities', params, opts),
          /** Query report activities across all reports, ordered by createdAt. Used by downstream pollers; for per-report activity history use listActivities. */
          queryActivities: (params?: ToolsOzoneReportQueryActivities.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneReportQueryActivities.OutputSchema>('tools.ozone.report.queryActivities', params, opts),
          /** View moderation reports. Reports are individual instances of content being reported, as opposed to subject statuses which aggregate reports at the subject level. */
          queryReports: (params: ToolsOzoneReportQueryReports.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneReportQueryReports.OutputSchema>('tools.ozone.report.queryReports', params, opts),
          /** Manually reassign a report to a different queue (or unassign it). Records a queueActivity entry on the report. */
          reassignQueue: (input: ToolsOzoneReportReassignQueue.InputSchema, opts?: rt.CallOptions<ToolsOzoneReportReassignQueue.QueryParams>) =>
            x.procedure<ToolsOzoneReportReassignQueue.OutputSchema>('tools.ozone.report.reassignQueue', input, opts),
          /** Recompute report statistics for a date range. Useful for backfilling after failures or data corrections. */
          refreshStats: (input: ToolsOzoneReportRefreshStats.InputSchema, opts?: rt.CallOptions<ToolsOzoneReportRefreshStats.QueryParams>) =>
            x.procedure<ToolsOzoneReportRefreshStats.OutputSchema>('tools.ozone.report.refreshStats', input, opts),
          /** Remove report assignment. */
          unassignModerator: (input: ToolsOzoneReportUnassignModerator.InputSchema, opts?: rt.CallOptions<ToolsOzoneReportUnassignModerator.QueryParams>) =>
            x.procedure<ToolsOzoneReportUnassignModerator.OutputSchema>('tools.ozone.report.unassignModerator', input, opts),
        },
        safelink: {
          /** Add a new URL safety rule */
          addRule: (input: ToolsOzoneSafelinkAddRule.InputSchema, opts?: rt.CallOptions<ToolsOzoneSafelinkAddRule.QueryParams>) =>
            x.procedure<ToolsOzoneSafelinkAddRule.OutputSchema>('tools.ozone.safelink.addRule', input, opts),
          /** Query URL safety audit events */
          queryEvents: (input: ToolsOzoneSafelinkQueryEvents.InputSchema, opts?: rt.CallOptions<ToolsOzoneSafelinkQueryEvents.QueryParams>) =>
            x.procedure<ToolsOzoneSafelinkQueryEvents.OutputSchema>('tools.ozone.safelink.queryEvents', input, opts),
          /** Query URL safety rules */
          queryRules: (input: ToolsOzoneSafelinkQueryRules.InputSchema, opts?: rt.CallOptions<ToolsOzoneSafelinkQueryRules.QueryParams>) =>
            x.procedure<ToolsOzoneSafelinkQueryRules.OutputSchema>('tools.ozone.safelink.queryRules', input, opts),
          /** Remove an existing URL safety rule */
          removeRule: (input: ToolsOzoneSafelinkRemoveRule.InputSchema, opts?: rt.CallOptions<ToolsOzoneSafelinkRemoveRule.QueryParams>) =>
            x.procedure<ToolsOzoneSafelinkRemoveRule.OutputSchema>('tools.ozone.safelink.removeRule', input, opts),
          /** Update an existing URL safety rule */
          updateRule: (input: ToolsOzoneSafelinkUpdateRule.InputSchema, opts?: rt.CallOptions<ToolsOzoneSafelinkUpdateRule.QueryParams>) =>
            x.procedure<ToolsOzoneSafelinkUpdateRule.OutputSchema>('tools.ozone.safelink.updateRule', input, opts),
        },
        server: {
          /** Get details about ozone's server configuration. */
          getConfig: (params?: ToolsOzoneServerGetConfig.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneServerGetConfig.OutputSchema>('tools.ozone.server.getConfig', params, opts),
        },
        set: {
          /** Add values to a specific set. Attempting to add values to a set that does not exist will result in an error. */
          addValues: (input: ToolsOzoneSetAddValues.InputSchema, opts?: rt.CallOptions<ToolsOzoneSetAddValues.QueryParams>) =>
            x.procedure<undefined>('tools.ozone.set.addValues', input, opts),
          /** Delete an entire set. Attempting to delete a set that does not exist will result in an error. */
          deleteSet: (input: ToolsOzoneSetDeleteSet.InputSchema, opts?: rt.CallOptions<ToolsOzoneSetDeleteSet.QueryParams>) =>
            x.procedure<ToolsOzoneSetDeleteSet.OutputSchema>('tools.ozone.set.deleteSet', input, opts),
          /** Delete values from a specific set. Attempting to delete values that are not in the set will not result in an error */
          deleteValues: (input: ToolsOzoneSetDeleteValues.InputSchema, opts?: rt.CallOptions<ToolsOzoneSetDeleteValues.QueryParams>) =>
            x.procedure<undefined>('tools.ozone.set.deleteValues', input, opts),
          /** Get a specific set and its values */
          getValues: (params: ToolsOzoneSetGetValues.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneSetGetValues.OutputSchema>('tools.ozone.set.getValues', params, opts),
          /** Query available sets */
          querySets: (params?: ToolsOzoneSetQuerySets.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneSetQuerySets.OutputSchema>('tools.ozone.set.querySets', params, opts),
          /** Create or update set metadata */
          upsertSet: (input: ToolsOzoneSetUpsertSet.InputSchema, opts?: rt.CallOptions<ToolsOzoneSetUpsertSet.QueryParams>) =>
            x.procedure<ToolsOzoneSetUpsertSet.OutputSchema>('tools.ozone.set.upsertSet', input, opts),
        },
        setting: {
          /** List settings with optional filtering */
          listOptions: (params?: ToolsOzoneSettingListOptions.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneSettingListOptions.OutputSchema>('tools.ozone.setting.listOptions', params, opts),
          /** Delete settings by key */
          removeOptions: (input: ToolsOzoneSettingRemoveOptions.InputSchema, opts?: rt.CallOptions<ToolsOzoneSettingRemoveOptions.QueryParams>) =>
            x.procedure<ToolsOzoneSettingRemoveOptions.OutputSchema>('tools.ozone.setting.removeOptions', input, opts),
          /** Create or update setting option */
          upsertOption: (input: ToolsOzoneSettingUpsertOption.InputSchema, opts?: rt.CallOptions<ToolsOzoneSettingUpsertOption.QueryParams>) =>
            x.procedure<ToolsOzoneSettingUpsertOption.OutputSchema>('tools.ozone.setting.upsertOption', input, opts),
        },
        signature: {
          /** Find all correlated threat signatures between 2 or more accounts. */
          findCorrelation: (params: ToolsOzoneSignatureFindCorrelation.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneSignatureFindCorrelation.OutputSchema>('tools.ozone.signature.findCorrelation', params, opts),
          /** Get accounts that share some matching threat signatures with the root account. */
          findRelatedAccounts: (params: ToolsOzoneSignatureFindRelatedAccounts.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneSignatureFindRelatedAccounts.OutputSchema>('tools.ozone.signature.findRelatedAccounts', params, opts),
          /** Search for accounts that match one or more threat signature values. */
          searchAccounts: (params: ToolsOzoneSignatureSearchAccounts.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneSignatureSearchAccounts.OutputSchema>('tools.ozone.signature.searchAccounts', params, opts),
        },
        team: {
          /** Add a member to the ozone team. Requires admin role. */
          addMember: (input: ToolsOzoneTeamAddMember.InputSchema, opts?: rt.CallOptions<ToolsOzoneTeamAddMember.QueryParams>) =>
            x.procedure<ToolsOzoneTeamAddMember.OutputSchema>('tools.ozone.team.addMember', input, opts),
          /** Delete a member from ozone team. Requires admin role. */
          deleteMember: (input: ToolsOzoneTeamDeleteMember.InputSchema, opts?: rt.CallOptions<ToolsOzoneTeamDeleteMember.QueryParams>) =>
            x.procedure<undefined>('tools.ozone.team.deleteMember', input, opts),
          /** List all members with access to the ozone service. */
          listMembers: (params?: ToolsOzoneTeamListMembers.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneTeamListMembers.OutputSchema>('tools.ozone.team.listMembers', params, opts),
          /** Update a member in the ozone service. Requires admin role. */
          updateMember: (input: ToolsOzoneTeamUpdateMember.InputSchema, opts?: rt.CallOptions<ToolsOzoneTeamUpdateMember.QueryParams>) =>
            x.procedure<ToolsOzoneTeamUpdateMember.OutputSchema>('tools.ozone.team.updateMember', input, opts),
        },
        verification: {
          /** Grant verifications to multiple subjects. Allows batch processing of up to 100 verifications at once. */
          grantVerifications: (input: ToolsOzoneVerificationGrantVerifications.InputSchema, opts?: rt.CallOptions<ToolsOzoneVerificationGrantVerifications.QueryParams>) =>
            x.procedure<ToolsOzoneVerificationGrantVerifications.OutputSchema>('tools.ozone.verification.grantVerifications', input, opts),
          /** List verifications */
          listVerifications: (params?: ToolsOzoneVerificationListVerifications.QueryParams, opts?: rt.CallOptions) =>
            x.query<ToolsOzoneVerificationListVerifications.OutputSchema>('tools.ozone.verification.listVerifications', params, opts),
          /** Revoke previously granted verifications in batches of up to 100. */
          revokeVerifications: (input: ToolsOzoneVerificationRevokeVerifications.InputSchema, opts?: rt.CallOptions<ToolsOzoneVerificationRevokeVerifications.QueryParams>) =>
            x.procedure<ToolsOzoneVerificationRevokeVerifications.OutputSchema>('tools.ozone.verification.revokeVerifications', input, opts),
        },
      },
    },
  }
}

/** The client createClient returns. */
export type Client = ReturnType<typeof createClient>
