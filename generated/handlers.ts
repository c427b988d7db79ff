/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: every XRPC method in lexicons/
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as AppBskyActorGetPreferences from './lexicons/app/bsky/actor/getPreferences.js'
import * as AppBskyActorGetProfile from './lexicons/app/bsky/actor/getProfile.js'
import * as AppBskyActorGetProfiles from './lexicons/app/bsky/actor/getProfiles.js'
import * as AppBskyActorGetSuggestions from './lexicons/app/bsky/actor/getSuggestions.js'
import * as AppBskyActorPutPreferences from './lexicons/app/bsky/actor/putPreferences.js'
import * as AppBskyActorSearchActors from './lexicons/app/bsky/actor/searchActors.js'
import * as AppBskyActorSearchActorsTypeahead from './lexicons/app/bsky/actor/searchActorsTypeahead.js'
import * as AppBskyAgeassuranceBegin from './lexicons/app/bsky/ageassurance/begin.js'
import * as AppBskyAgeassuranceGetConfig from './lexicons/app/bsky/ageassurance/getConfig.js'
import * as AppBskyAgeassuranceGetState from './lexicons/app/bsky/ageassurance/getState.js'
import * as AppBskyBookmarkCreateBookmark from './lexicons/app/bsky/bookmark/createBookmark.js'
import * as AppBskyBookmarkDeleteBookmark from './lexicons/app/bsky/bookmark/deleteBookmark.js'
import * as AppBskyBookmarkGetBookmarks from './lexicons/app/bsky/bookmark/getBookmarks.js'
import * as AppBskyContactDismissMatch from './lexicons/app/bsky/contact/dismissMatch.js'
import * as AppBskyContactGetMatches from './lexicons/app/bsky/contact/getMatches.js'
import * as AppBskyContactGetSyncStatus from './lexicons/app/bsky/contact/getSyncStatus.js'
import * as AppBskyContactImportContacts from './lexicons/app/bsky/contact/importContacts.js'
import * as AppBskyContactRemoveData from './lexicons/app/bsky/contact/removeData.js'
import * as AppBskyContactSendNotification from './lexicons/app/bsky/contact/sendNotification.js'
import * as AppBskyContactStartPhoneVerification from './lexicons/app/bsky/contact/startPhoneVerification.js'
import * as AppBskyContactVerifyPhone from './lexicons/app/bsky/contact/verifyPhone.js'
import * as AppBskyDraftCreateDraft from './lexicons/app/bsky/draft/createDraft.js'
import * as AppBskyDraftDeleteDraft from './lexicons/app/bsky/draft/deleteDraft.js'
import * as AppBskyDraftGetDrafts from './lexicons/app/bsky/draft/getDrafts.js'
import * as AppBskyDraftUpdateDraft from './lexicons/app/bsky/draft/updateDraft.js'
import * as AppBskyEmbedGetEmbedExternalView from './lexicons/app/bsky/embed/getEmbedExternalView.js'
import * as AppBskyFeedDescribeFeedGenerator from './lexicons/app/bsky/feed/describeFeedGenerator.js'
import * as AppBskyFeedGetActorFeeds from './lexicons/app/bsky/feed/getActorFeeds.js'
import * as AppBskyFeedGetActorLikes from './lexicons/app/bsky/feed/getActorLikes.js'
import * as AppBskyFeedGetAuthorFeed from './lexicons/app/bsky/feed/getAuthorFeed.js'
import * as AppBskyFeedGetFeed from './lexicons/app/bsky/feed/getFeed.js'
import * as AppBskyFeedGetFeedGenerator from './lexicons/app/bsky/feed/getFeedGenerator.js'
import * as AppBskyFeedGetFeedGenerators from './lexicons/app/bsky/feed/getFeedGenerators.js'
import * as AppBskyFeedGetFeedSkeleton from './lexicons/app/bsky/feed/getFeedSkeleton.js'
import * as AppBskyFeedGetLikes from './lexicons/app/bsky/feed/getLikes.js'
import * as AppBskyFeedGetListFeed from './lexicons/app/bsky/feed/getListFeed.js'
import * as AppBskyFeedGetPostThread from './lexicons/app/bsky/feed/getPostThread.js'
import * as AppBskyFeedGetPosts from './lexicons/app/bsky/feed/getPosts.js'
import * as AppBskyFeedGetQuotes from './lexicons/app/bsky/feed/getQuotes.js'
import * as AppBskyFeedGetRepostedBy from './lexicons/app/bsky/feed/getRepostedBy.js'
import * as AppBskyFeedGetSuggestedFeeds from './lexicons/app/bsky/feed/getSuggestedFeeds.js'
import * as AppBskyFeedGetTimeline from './lexicons/app/bsky/feed/getTimeline.js'
import * as AppBskyFeedSearchPosts from './lexicons/app/bsky/feed/searchPosts.js'
import * as AppBskyFeedSearchPostsV2 from './lexicons/app/bsky/feed/searchPostsV2.js'
import * as AppBskyFeedSendInteractions from './lexicons/app/bsky/feed/sendInteractions.js'
import * as AppBskyGraphGetActorStarterPacks from './lexicons/app/bsky/graph/getActorStarterPacks.js'
import * as AppBskyGraphGetBlocks from './lexicons/app/bsky/graph/getBlocks.js'
import * as AppBskyGraphGetFollowers from './lexicons/app/bsky/graph/getFollowers.js'
import * as AppBskyGraphGetFollows from './lexicons/app/bsky/graph/getFollows.js'
import * as AppBskyGraphGetKnownFollowers from './lexicons/app/bsky/graph/getKnownFollowers.js'
import * as AppBskyGraphGetList from './lexicons/app/bsky/graph/getList.js'
import * as AppBskyGraphGetListBlocks from './lexicons/app/bsky/graph/getListBlocks.js'
import * as AppBskyGraphGetListMutes from './lexicons/app/bsky/graph/getListMutes.js'
import * as AppBskyGraphGetLists from './lexicons/app/bsky/graph/getLists.js'
import * as AppBskyGraphGetListsWithMembership from './lexicons/app/bsky/graph/getListsWithMembership.js'
import * as AppBskyGraphGetMutes from './lexicons/app/bsky/graph/getMutes.js'
import * as AppBskyGraphGetRelationships from './lexicons/app/bsky/graph/getRelationships.js'
import * as AppBskyGraphGetStarterPack from './lexicons/app/bsky/graph/getStarterPack.js'
import * as AppBskyGraphGetStarterPacks from './lexicons/app/bsky/graph/getStarterPacks.js'
import * as AppBskyGraphGetStarterPacksWithMembership from './lexicons/app/bsky/graph/getStarterPacksWithMembership.js'
import * as AppBskyGraphGetSuggestedFollowsByActor from './lexicons/app/bsky/graph/getSuggestedFollowsByActor.js'
import * as AppBskyGraphMuteActor from './lexicons/app/bsky/graph/muteActor.js'
import * as AppBskyGraphMuteActorList from './lexicons/app/bsky/graph/muteActorList.js'
import * as AppBskyGraphMuteThread from './lexicons/app/bsky/graph/muteThread.js'
import * as AppBskyGraphSearchStarterPacks from './lexicons/app/bsky/graph/searchStarterPacks.js'
import * as AppBskyGraphSearchStarterPacksV2 from './lexicons/app/bsky/graph/searchStarterPacksV2.js'
import * as AppBskyGraphUnmuteActor from './lexicons/app/bsky/graph/unmuteActor.js'
import * as AppBskyGraphUnmuteActorList from './lexicons/app/bsky/graph/unmuteActorList.js'
import * as AppBskyGraphUnmuteThread from './lexicons/app/bsky/graph/unmuteThread.js'
import * as AppBskyLabelerGetServices from './lexicons/app/bsky/labeler/getServices.js'
import * as AppBskyNotificationGetPreferences from './lexicons/app/bsky/notification/getPreferences.js'
import * as AppBskyNotificationGetUnreadCount from './lexicons/app/bsky/notification/getUnreadCount.js'
import * as AppBskyNotificationListActivitySubscriptions from './lexicons/app/bsky/notification/listActivitySubscriptions.js'
import * as AppBskyNotificationListNotifications from './lexicons/app/bsky/notification/listNotifications.js'
import * as AppBskyNotificationPutActivitySubscription from './lexicons/app/bsky/notification/putActivitySubscription.js'
import * as AppBskyNotificationPutPreferences from './lexicons/app/bsky/notification/putPreferences.js'
import * as AppBskyNotificationPutPreferencesV2 from './lexicons/app/bsky/notification/putPreferencesV2.js'
import * as AppBskyNotificationRegisterPush from './lexicons/app/bsky/notification/registerPush.js'
import * as AppBskyNotificationUnregisterPush from './lexicons/app/bsky/notification/unregisterPush.js'
import * as AppBskyNotificationUpdateSeen from './lexicons/app/bsky/notification/updateSeen.js'
import * as AppBskyUnspeccedGetAgeAssuranceState from './lexicons/app/bsky/unspecced/getAgeAssuranceState.js'
import * as AppBskyUnspeccedGetConfig from './lexicons/app/bsky/unspecced/getConfig.js'
import * as AppBskyUnspeccedGetOnboardingSuggestedStarterPacks from './lexicons/app/bsky/unspecced/getOnboardingSuggestedStarterPacks.js'
import * as AppBskyUnspeccedGetOnboardingSuggestedStarterPacksSkeleton from './lexicons/app/bsky/unspecced/getOnboardingSuggestedStarterPacksSkeleton.js'
import * as AppBskyUnspeccedGetOnboardingSuggestedUsersSkeleton from './lexicons/app/bsky/unspecced/getOnboardingSuggestedUsersSkeleton.js'
import * as AppBskyUnspeccedGetPopularFeedGenerators from './lexicons/app/bsky/unspecced/getPopularFeedGenerators.js'
import * as AppBskyUnspeccedGetPostThreadOtherV2 from './lexicons/app/bsky/unspecced/getPostThreadOtherV2.js'
import * as AppBskyUnspeccedGetPostThreadV2 from './lexicons/app/bsky/unspecced/getPostThreadV2.js'
import * as AppBskyUnspeccedGetSuggestedFeeds from './lexicons/app/bsky/unspecced/getSuggestedFeeds.js'
import * as AppBskyUnspeccedGetSuggestedFeedsSkeleton from './lexicons/app/bsky/unspecced/getSuggestedFeedsSkeleton.js'
import * as AppBskyUnspeccedGetSuggestedOnboardingUsers from './lexicons/app/bsky/unspecced/getSuggestedOnboardingUsers.js'
import * as AppBskyUnspeccedGetSuggestedStarterPacks from './lexicons/app/bsky/unspecced/getSuggestedStarterPacks.js'
import * as AppBskyUnspeccedGetSuggestedStarterPacksSkeleton from './lexicons/app/bsky/unspecced/getSuggestedStarterPacksSkeleton.js'
import * as AppBskyUnspeccedGetSuggestedUsers from './lexicons/app/bsky/unspecced/getSuggestedUsers.js'
import * as AppBskyUnspeccedGetSuggestedUsersForDiscover from './lexicons/app/bsky/unspecced/getSuggestedUsersForDiscover.js'
import * as AppBskyUnspeccedGetSuggestedUsersForDiscoverSkeleton from './lexicons/app/bsky/unspecced/getSuggestedUsersForDiscoverSkeleton.js'
import * as AppBskyUnspeccedGetSuggestedUsersForExplore from './lexicons/app/bsky/unspecced/getSuggestedUsersForExplore.js'
import * as AppBskyUnspeccedGetSuggestedUsersForExploreSkeleton from './lexicons/app/bsky/unspecced/getSuggestedUsersForExploreSkeleton.js'
import * as AppBskyUnspeccedGetSuggestedUsersForSeeMore from './lexicons/app/bsky/unspecced/getSuggestedUsersForSeeMore.js'
import * as AppBskyUnspeccedGetSuggestedUsersForSeeMoreSkeleton from './lexicons/app/bsky/unspecced/getSuggestedUsersForSeeMoreSkeleton.js'
import * as AppBskyUnspeccedGetSuggestedUsersSkeleton from './lexicons/app/bsky/unspecced/getSuggestedUsersSkeleton.js'
import * as AppBskyUnspeccedGetSuggestionsSkeleton from './lexicons/app/bsky/unspecced/getSuggestionsSkeleton.js'
import * as AppBskyUnspeccedGetTaggedSuggestions from './lexicons/app/bsky/unspecced/getTaggedSuggestions.js'
import * as AppBskyUnspeccedGetTrendingTopics from './lexicons/app/bsky/unspecced/getTrendingTopics.js'
import * as AppBskyUnspeccedGetTrends from './lexicons/app/bsky/unspecced/getTrends.js'
import * as AppBskyUnspeccedGetTrendsSkeleton from './lexicons/app/bsky/unspecced/getTrendsSkeleton.js'
import * as AppBskyUnspeccedInitAgeAssurance from './lexicons/app/bsky/unspecced/initAgeAssurance.js'
import * as AppBskyUnspeccedSearchActorsSkeleton from './lexicons/app/bsky/unspecced/searchActorsSkeleton.js'
import * as AppBskyUnspeccedSearchPostsSkeleton from './lexicons/app/bsky/unspecced/searchPostsSkeleton.js'
import * as AppBskyUnspeccedSearchStarterPacksSkeleton from './lexicons/app/bsky/unspecced/searchStarterPacksSkeleton.js'
import * as AppBskyVideoAbortUpload from './lexicons/app/bsky/video/abortUpload.js'
import * as AppBskyVideoFinishUpload from './lexicons/app/bsky/video/finishUpload.js'
import * as AppBskyVideoGetJobStatus from './lexicons/app/bsky/video/getJobStatus.js'
import * as AppBskyVideoGetUploadLimits from './lexicons/app/bsky/video/getUploadLimits.js'
import * as AppBskyVideoGetUploadStatus from './lexicons/app/bsky/video/getUploadStatus.js'
import * as AppBskyVideoStartUpload from './lexicons/app/bsky/video/startUpload.js'
import * as AppBskyVideoUploadPart from './lexicons/app/bsky/video/uploadPart.js'
import * as AppBskyVideoUploadVideo from './lexicons/app/bsky/video/uploadVideo.js'
import * as ChatBskyActorDeleteAccount from './lexicons/chat/bsky/actor/deleteAccount.js'
import * as ChatBskyActorExportAccountData from './lexicons/chat/bsky/actor/exportAccountData.js'
import * as ChatBskyActorGetStatus from './lexicons/chat/bsky/actor/getStatus.js'
import * as ChatBskyConvoAcceptConvo from './lexicons/chat/bsky/convo/acceptConvo.js'
import * as ChatBskyConvoAddReaction from './lexicons/chat/bsky/convo/addReaction.js'
import * as ChatBskyConvoDeleteMessageForSelf from './lexicons/chat/bsky/convo/deleteMessageForSelf.js'
import * as ChatBskyConvoGetConvo from './lexicons/chat/bsky/convo/getConvo.js'
import * as ChatBskyConvoGetConvoAvailability from './lexicons/chat/bsky/convo/getConvoAvailability.js'
import * as ChatBskyConvoGetConvoForMembers from './lexicons/chat/bsky/convo/getConvoForMembers.js'
import * as ChatBskyConvoGetConvoMembers from './lexicons/chat/bsky/convo/getConvoMembers.js'
import * as ChatBskyConvoGetLog from './lexicons/chat/bsky/convo/getLog.js'
import * as ChatBskyConvoGetMessages from './lexicons/chat/bsky/convo/getMessages.js'
import * as ChatBskyConvoGetUnreadCounts from './lexicons/chat/bsky/convo/getUnreadCounts.js'
import * as ChatBskyConvoLeaveConvo from './lexicons/chat/bsky/convo/leaveConvo.js'
import * as ChatBskyConvoListConvoRequests from './lexicons/chat/bsky/convo/listConvoRequests.js'
import * as ChatBskyConvoListConvos from './lexicons/chat/bsky/convo/listConvos.js'
import * as ChatBskyConvoLockConvo from './lexicons/chat/bsky/convo/lockConvo.js'
import * as ChatBskyConvoMuteConvo from './lexicons/chat/bsky/convo/muteConvo.js'
import * as ChatBskyConvoRemoveReaction from './lexicons/chat/bsky/convo/removeReaction.js'
import * as ChatBskyConvoSendMessage from './lexicons/chat/bsky/convo/sendMessage.js'
import * as ChatBskyConvoSendMessageBatch from './lexicons/chat/bsky/convo/sendMessageBatch.js'
import * as ChatBskyConvoUnlockConvo from './lexicons/chat/bsky/convo/unlockConvo.js'
import * as ChatBskyConvoUnmuteConvo from './lexicons/chat/bsky/convo/unmuteConvo.js'
import * as ChatBskyConvoUpdateAllRead from './lexicons/chat/bsky/convo/updateAllRead.js'
import * as ChatBskyConvoUpdateRead from './lexicons/chat/bsky/convo/updateRead.js'
import * as ChatBskyGroupAddMembers from './lexicons/chat/bsky/group/addMembers.js'
import * as ChatBskyGroupApproveJoinRequest from './lexicons/chat/bsky/group/approveJoinRequest.js'
import * as ChatBskyGroupCreateGroup from './lexicons/chat/bsky/group/createGroup.js'
import * as ChatBskyGroupCreateJoinLink from './lexicons/chat/bsky/group/createJoinLink.js'
import * as ChatBskyGroupDisableJoinLink from './lexicons/chat/bsky/group/disableJoinLink.js'
import * as ChatBskyGroupEditGroup from './lexicons/chat/bsky/group/editGroup.js'
import * as ChatBskyGroupEditJoinLink from './lexicons/chat/bsky/group/editJoinLink.js'
import * as ChatBskyGroupEnableJoinLink from './lexicons/chat/bsky/group/enableJoinLink.js'
import * as ChatBskyGroupGetJoinLinkPreviews from './lexicons/chat/bsky/group/getJoinLinkPreviews.js'
import * as ChatBskyGroupListJoinRequests from './lexicons/chat/bsky/group/listJoinRequests.js'
import * as ChatBskyGroupListMutualGroups from './lexicons/chat/bsky/group/listMutualGroups.js'
import * as ChatBskyGroupRejectJoinRequest from './lexicons/chat/bsky/group/rejectJoinRequest.js'
import * as ChatBskyGroupRemoveMembers from './lexicons/chat/bsky/group/removeMembers.js'
import * as ChatBskyGroupRequestJoin from './lexicons/chat/bsky/group/requestJoin.js'
import * as ChatBskyGroupUpdateJoinRequestsRead from './lexicons/chat/bsky/group/updateJoinRequestsRead.js'
import * as ChatBskyGroupWithdrawJoinRequest from './lexicons/chat/bsky/group/withdrawJoinRequest.js'
import * as ChatBskyModerationGetActorMetadata from './lexicons/chat/bsky/moderation/getActorMetadata.js'
import * as ChatBskyModerationGetConvo from './lexicons/chat/bsky/moderation/getConvo.js'
import * as ChatBskyModerationGetConvoMembers from './lexicons/chat/bsky/moderation/getConvoMembers.js'
import * as ChatBskyModerationGetConvos from './lexicons/chat/bsky/moderation/getConvos.js'
import * as ChatBskyModerationGetMessageContext from './lexicons/chat/bsky/moderation/getMessageContext.js'
import * as ChatBskyModerationSubscribeModEvents from './lexicons/chat/bsky/moderation/subscribeModEvents.js'
import * as ChatBskyModerationUpdateActorAccess from './lexicons/chat/bsky/moderation/updateActorAccess.js'
import * as ChatBskyNotificationGetPreferences from './lexicons/chat/bsky/notification/getPreferences.js'
import * as ChatBskyNotificationPutPreferences from './lexicons/chat/bsky/notification/putPreferences.js'
import * as ComAtprotoAdminDeleteAccount from './lexicons/com/atproto/admin/deleteAccount.js'
import * as ComAtprotoAdminDisableAccountInvites from './lexicons/com/atproto/admin/disableAccountInvites.js'
import * as ComAtprotoAdminDisableInviteCodes from './lexicons/com/atproto/admin/disableInviteCodes.js'
import * as ComAtprotoAdminEnableAccountInvites from './lexicons/com/atproto/admin/enableAccountInvites.js'
import * as ComAtprotoAdminGetAccountInfo from './lexicons/com/atproto/admin/getAccountInfo.js'
import * as ComAtprotoAdminGetAccountInfos from './lexicons/com/atproto/admin/getAccountInfos.js'
import * as ComAtprotoAdminGetInviteCodes from './lexicons/com/atproto/admin/getInviteCodes.js'
import * as ComAtprotoAdminGetSubjectStatus from './lexicons/com/atproto/admin/getSubjectStatus.js'
import * as ComAtprotoAdminSearchAccounts from './lexicons/com/atproto/admin/searchAccounts.js'
import * as ComAtprotoAdminSendEmail from './lexicons/com/atproto/admin/sendEmail.js'
import * as ComAtprotoAdminUpdateAccountEmail from './lexicons/com/atproto/admin/updateAccountEmail.js'
import * as ComAtprotoAdminUpdateAccountHandle from './lexicons/com/atproto/admin/updateAccountHandle.js'
import * as ComAtprotoAdminUpdateAccountPassword from './lexicons/com/atproto/admin/updateAccountPassword.js'
import * as ComAtprotoAdminUpdateAccountSigningKey from './lexicons/com/atproto/admin/updateAccountSigningKey.js'
import * as ComAtprotoAdminUpdateSubjectStatus from './lexicons/com/atproto/admin/updateSubjectStatus.js'
import * as ComAtprotoIdentityGetRecommendedDidCredentials from './lexicons/com/atproto/identity/getRecommendedDidCredentials.js'
import * as ComAtprotoIdentityRefreshIdentity from './lexicons/com/atproto/identity/refreshIdentity.js'
import * as ComAtprotoIdentityRequestPlcOperationSignature from './lexicons/com/atproto/identity/requestPlcOperationSignature.js'
import * as ComAtprotoIdentityResolveDid from './lexicons/com/atproto/identity/resolveDid.js'
import * as ComAtprotoIdentityResolveHandle from './lexicons/com/atproto/identity/resolveHandle.js'
import * as ComAtprotoIdentityResolveIdentity from './lexicons/com/atproto/identity/resolveIdentity.js'
import * as ComAtprotoIdentitySignPlcOperation from './lexicons/com/atproto/identity/signPlcOperation.js'
import * as ComAtprotoIdentitySubmitPlcOperation from './lexicons/com/atproto/identity/submitPlcOperation.js'
import * as ComAtprotoIdentityUpdateHandle from './lexicons/com/atproto/identity/updateHandle.js'
import * as ComAtprotoLabelQueryLabels from './lexicons/com/atproto/label/queryLabels.js'
import * as ComAtprotoLabelSubscribeLabels from './lexicons/com/atproto/label/subscribeLabels.js'
import * as ComAtprotoLexiconResolveLexicon from './lexicons/com/atproto/lexicon/resolveLexicon.js'
import * as ComAtprotoModerationCreateReport from './lexicons/com/atproto/moderation/createReport.js'
import * as ComAtprotoRepoApplyWrites from './lexicons/com/atproto/repo/applyWrites.js'
import * as ComAtprotoRepoCreateRecord from './lexicons/com/atproto/repo/createRecord.js'
import * as ComAtprotoRepoDeleteRecord from './lexicons/com/atproto/repo/deleteRecord.js'
import * as ComAtprotoRepoDescribeRepo from './lexicons/com/atproto/repo/describeRepo.js'
import * as ComAtprotoRepoGetRecord from './lexicons/com/atproto/repo/getRecord.js'
import * as ComAtprotoRepoImportRepo from './lexicons/com/atproto/repo/importRepo.js'
import * as ComAtprotoRepoListMissingBlobs from './lexicons/com/atproto/repo/listMissingBlobs.js'
import * as ComAtprotoRepoListRecords from './lexicons/com/atproto/repo/listRecords.js'
import * as ComAtprotoRepoPutRecord from './lexicons/com/atproto/repo/putRecord.js'
import * as ComAtprotoRepoUploadBlob from './lexicons/com/atproto/repo/uploadBlob.js'
import * as ComAtprotoServerActivateAccount from './lexicons/com/atproto/server/activateAccount.js'
import * as ComAtprotoServerCheckAccountStatus from './lexicons/com/atproto/server/checkAccountStatus.js'
import * as ComAtprotoServerConfirmEmail from './lexicons/com/atproto/server/confirmEmail.js'
import * as ComAtprotoServerCreateAccount from './lexicons/com/atproto/server/createAccount.js'
import * as ComAtprotoServerCreateAppPassword from './lexicons/com/atproto/server/createAppPassword.js'
import * as ComAtprotoServerCreateInviteCode from './lexicons/com/atproto/server/createInviteCode.js'
import * as ComAtprotoServerCreateInviteCodes from './lexicons/com/atproto/server/createInviteCodes.js'
import * as ComAtprotoServerCreateSession from './lexicons/com/atproto/server/createSession.js'
import * as ComAtprotoServerDeactivateAccount from './lexicons/com/atproto/server/deactivateAccount.js'
import * as ComAtprotoServerDeleteAccount from './lexicons/com/atproto/server/deleteAccount.js'
import * as ComAtprotoServerDeleteSession from './lexicons/com/atproto/server/deleteSession.js'
import * as ComAtprotoServerDescribeServer from './lexicons/com/atproto/server/describeServer.js'
import * as ComAtprotoServerGetAccountInviteCodes from './lexicons/com/atproto/server/getAccountInviteCodes.js'
import * as ComAtprotoServerGetServiceAuth from './lexicons/com/atproto/server/getServiceAuth.js'
import * as ComAtprotoServerGetSession from './lexicons/com/atproto/server/getSession.js'
import * as ComAtprotoServerListAppPasswords from './lexicons/com/atproto/server/listAppPasswords.js'
import * as ComAtprotoServerRefreshSession from './lexicons/com/atproto/server/refreshSession.js'
import * as ComAtprotoServerRequestAccountDelete from './lexicons/com/atproto/server/requestAccountDelete.js'
import * as ComAtprotoServerRequestEmailConfirmation from './lexicons/com/atproto/server/requestEmailConfirmation.js'
import * as ComAtprotoServerRequestEmailUpdate from './lexicons/com/atproto/server/requestEmailUpdate.js'
import * as ComAtprotoServerRequestPasswordReset from './lexicons/com/atproto/server/requestPasswordReset.js'
import * as ComAtprotoServerReserveSigningKey from './lexicons/com/atproto/server/reserveSigningKey.js'
import * as ComAtprotoServerResetPassword from './lexicons/com/atproto/server/resetPassword.js'
import * as ComAtprotoServerRevokeAppPassword from './lexicons/com/atproto/server/revokeAppPassword.js'
import * as ComAtprotoServerUpdateEmail from './lexicons/com/atproto/server/updateEmail.js'
import * as ComAtprotoSyncGetBlob from './lexicons/com/atproto/sync/getBlob.js'
import * as ComAtprotoSyncGetBlocks from './lexicons/com/atproto/sync/getBlocks.js'
import * as ComAtprotoSyncGetCheckout from './lexicons/com/atproto/sync/getCheckout.js'
import * as ComAtprotoSyncGetHead from './lexicons/com/atproto/sync/getHead.js'
import * as ComAtprotoSyncGetHostStatus from './lexicons/com/atproto/sync/getHostStatus.js'
import * as ComAtprotoSyncGetLatestCommit from './lexicons/com/atproto/sync/getLatestCommit.js'
import * as ComAtprotoSyncGetRecord from './lexicons/com/atproto/sync/getRecord.js'
import * as ComAtprotoSyncGetRepo from './lexicons/com/atproto/sync/getRepo.js'
import * as ComAtprotoSyncGetRepoStatus from './lexicons/com/atproto/sync/getRepoStatus.js'
import * as ComAtprotoSyncListBlobs from './lexicons/com/atproto/sync/listBlobs.js'
import * as ComAtprotoSyncListHosts from './lexicons/com/atproto/sync/listHosts.js'
import * as ComAtprotoSyncListRepos from './lexicons/com/atproto/sync/listRepos.js'
import * as ComAtprotoSyncListReposByCollection from './lexicons/com/atproto/sync/listReposByCollection.js'
import * as ComAtprotoSyncNotifyOfUpdate from './lexicons/com/atproto/sync/notifyOfUpdate.js'
import * as ComAtprotoSyncRequestCrawl from './lexicons/com/atproto/sync/requestCrawl.js'
import * as ComAtprotoSyncSubscribeRepos from './lexicons/com/atproto/sync/subscribeRepos.js'
import * as ComAtprotoTempAddReservedHandle from './lexicons/com/atproto/temp/addReservedHandle.js'
import * as ComAtprotoTempCheckHandleAvailability from './lexicons/com/atproto/temp/checkHandleAvailability.js'
import * as ComAtprotoTempCheckSignupQueue from './lexicons/com/atproto/temp/checkSignupQueue.js'
import * as ComAtprotoTempDereferenceScope from './lexicons/com/atproto/temp/dereferenceScope.js'
import * as ComAtprotoTempFetchLabels from './lexicons/com/atproto/temp/fetchLabels.js'
import * as ComAtprotoTempRequestPhoneVerification from './lexicons/com/atproto/temp/requestPhoneVerification.js'
import * as ComAtprotoTempRevokeAccountCredentials from './lexicons/com/atproto/temp/revokeAccountCredentials.js'
import * as DevLexiconpdsAdminGetAuditLog from './lexicons/dev/lexiconpds/admin/getAuditLog.js'
import * as DevLexiconpdsAdminGetServerStatus from './lexicons/dev/lexiconpds/admin/getServerStatus.js'
import * as DevLexiconpdsAdminRequestCrawl from './lexicons/dev/lexiconpds/admin/requestCrawl.js'
import * as ToolsOzoneCommunicationCreateTemplate from './lexicons/tools/ozone/communication/createTemplate.js'
import * as ToolsOzoneCommunicationDeleteTemplate from './lexicons/tools/ozone/communication/deleteTemplate.js'
import * as ToolsOzoneCommunicationListTemplates from './lexicons/tools/ozone/communication/listTemplates.js'
import * as ToolsOzoneCommunicationUpdateTemplate from './lexicons/tools/ozone/communication/updateTemplate.js'
import * as ToolsOzoneHostingGetAccountHistory from './lexicons/tools/ozone/hosting/getAccountHistory.js'
import * as ToolsOzoneModerationCancelScheduledActions from './lexicons/tools/ozone/moderation/cancelScheduledActions.js'
import * as ToolsOzoneModerationEmitEvent from './lexicons/tools/ozone/moderation/emitEvent.js'
import * as ToolsOzoneModerationGetAccountPreferences from './lexicons/tools/ozone/moderation/getAccountPreferences.js'
import * as ToolsOzoneModerationGetAccountTimeline from './lexicons/tools/ozone/moderation/getAccountTimeline.js'
import * as ToolsOzoneModerationGetEvent from './lexicons/tools/ozone/moderation/getEvent.js'
import * as ToolsOzoneModerationGetRecord from './lexicons/tools/ozone/moderation/getRecord.js'
import * as ToolsOzoneModerationGetRecords from './lexicons/tools/ozone/moderation/getRecords.js'
import * as ToolsOzoneModerationGetRepo from './lexicons/tools/ozone/moderation/getRepo.js'
import * as ToolsOzoneModerationGetReporterStats from './lexicons/tools/ozone/moderation/getReporterStats.js'
import * as ToolsOzoneModerationGetRepos from './lexicons/tools/ozone/moderation/getRepos.js'
import * as ToolsOzoneModerationGetSubjects from './lexicons/tools/ozone/moderation/getSubjects.js'
import * as ToolsOzoneModerationListScheduledActions from './lexicons/tools/ozone/moderation/listScheduledActions.js'
import * as ToolsOzoneModerationQueryEvents from './lexicons/tools/ozone/moderation/queryEvents.js'
import * as ToolsOzoneModerationQueryStatuses from './lexicons/tools/ozone/moderation/queryStatuses.js'
import * as ToolsOzoneModerationScheduleAction from './lexicons/tools/ozone/moderation/scheduleAction.js'
import * as ToolsOzoneModerationSearchRepos from './lexicons/tools/ozone/moderation/searchRepos.js'
import * as ToolsOzoneQueueAssignModerator from './lexicons/tools/ozone/queue/assignModerator.js'
import * as ToolsOzoneQueueCreateQueue from './lexicons/tools/ozone/queue/createQueue.js'
import * as ToolsOzoneQueueDeleteQueue from './lexicons/tools/ozone/queue/deleteQueue.js'
import * as ToolsOzoneQueueGetAssignments from './lexicons/tools/ozone/queue/getAssignments.js'
import * as ToolsOzoneQueueListQueues from './lexicons/tools/ozone/queue/listQueues.js'
import * as ToolsOzoneQueueRouteReports from './lexicons/tools/ozone/queue/routeReports.js'
import * as ToolsOzoneQueueUnassignModerator from './lexicons/tools/ozone/queue/unassignModerator.js'
import * as ToolsOzoneQueueUpdateQueue from './lexicons/tools/ozone/queue/updateQueue.js'
import * as ToolsOzoneReportAssignModerator from './lexicons/tools/ozone/report/assignModerator.js'
import * as ToolsOzoneReportCloseReports from './lexicons/tools/ozone/report/closeReports.js'
import * as ToolsOzoneReportCreateActivity from './lexicons/tools/ozone/report/createActivity.js'
import * as ToolsOzoneReportGetAssignments from './lexicons/tools/ozone/report/getAssignments.js'
import * as ToolsOzoneReportGetHistoricalStats from './lexicons/tools/ozone/report/getHistoricalStats.js'
import * as ToolsOzoneReportGetLatestReport from './lexicons/tools/ozone/report/getLatestReport.js'
import * as ToolsOzoneReportGetLiveStats from './lexicons/tools/ozone/report/getLiveStats.js'
import * as ToolsOzoneReportGetReport from './lexicons/tools/ozone/report/getReport.js'
import * as ToolsOzoneReportListActivities from './lexicons/tools/ozone/report/listActivities.js'
import * as ToolsOzoneReportQueryActivities from './lexicons/tools/ozone/report/queryActivities.js'
import * as ToolsOzoneReportQueryReports from './lexicons/tools/ozone/report/queryReports.js'
import * as ToolsOzoneReportReassignQueue from './lexicons/tools/ozone/report/reassignQueue.js'
import * as ToolsOzoneReportRefreshStats from './lexicons/tools/ozone/report/refreshStats.js'
import * as ToolsOzoneReportUnassignModerator from './lexicons/tools/ozone/report/unassignModerator.js'
import * as ToolsOzoneSafelinkAddRule from './lexicons/tools/ozone/safelink/addRule.js'
import * as ToolsOzoneSafelinkQueryEvents from './lexicons/tools/ozone/safelink/queryEvents.js'
import * as ToolsOzoneSafelinkQueryRules from './lexicons/tools/ozone/safelink/queryRules.js'
import * as ToolsOzoneSafelinkRemoveRule from './lexicons/tools/ozone/safelink/removeRule.js'
import * as ToolsOzoneSafelinkUpdateRule from './lexicons/tools/ozone/safelink/updateRule.js'
import * as ToolsOzoneServerGetConfig from './lexicons/tools/ozone/server/getConfig.js'
import * as ToolsOzoneSetAddValues from './lexicons/tools/ozone/set/addValues.js'
import * as ToolsOzoneSetDeleteSet from './lexicons/tools/ozone/set/deleteSet.js'
import * as ToolsOzoneSetDeleteValues from './lexicons/tools/ozone/set/deleteValues.js'
import * as ToolsOzoneSetGetValues from './lexicons/tools/ozone/set/getValues.js'
import * as ToolsOzoneSetQuerySets from './lexicons/tools/ozone/set/querySets.js'
import * as ToolsOzoneSetUpsertSet from './lexicons/tools/ozone/set/upsertSet.js'
import * as ToolsOzoneSettingListOptions from './lexicons/tools/ozone/setting/listOptions.js'
import * as ToolsOzoneSettingRemoveOptions from './lexicons/tools/ozone/setting/removeOptions.js'
import * as ToolsOzoneSettingUpsertOption from './lexicons/tools/ozone/setting/upsertOption.js'
import * as ToolsOzoneSignatureFindCorrelation from './lexicons/tools/ozone/signature/findCorrelation.js'
import * as ToolsOzoneSignatureFindRelatedAccounts from './lexicons/tools/ozone/signature/findRelatedAccounts.js'
import * as ToolsOzoneSignatureSearchAccounts from './lexicons/tools/ozone/signature/searchAccounts.js'
import * as ToolsOzoneTeamAddMember from './lexicons/tools/ozone/team/addMember.js'
import * as ToolsOzoneTeamDeleteMember from './lexicons/tools/ozone/team/deleteMember.js'
import * as ToolsOzoneTeamListMembers from './lexicons/tools/ozone/team/listMembers.js'
import * as ToolsOzoneTeamUpdateMember from './lexicons/tools/ozone/team/updateMember.js'
import * as ToolsOzoneVerificationGrantVerifications from './lexicons/tools/ozone/verification/grantVerifications.js'
import * as ToolsOzoneVerificationListVerifications from './lexicons/tools/ozone/verification/listVerifications.js'
import * as ToolsOzoneVerificationRevokeVerifications from './lexicons/tools/ozone/verification/revokeVerifications.js'
import * as rt from './runtime/index.js'
import type { Server } from '@atproto/xrpc-server'

/**
 * Every XRPC method of the Lexicon set, by NSID. `C` is the application context
 * handed to each handler as `ctx`; `A` is what the auth verifiers return.
 */
export interface Handlers<C = unknown, A = unknown> {
  'app.bsky.actor.getPreferences': AppBskyActorGetPreferences.Method<C, A>
  'app.bsky.actor.getProfile': AppBskyActorGetProfile.Method<C, A>
  'app.bsky.actor.getProfiles': AppBskyActorGetProfiles.Method<C, A>
  'app.bsky.actor.getSuggestions': AppBskyActorGetSuggestions.Method<C, A>
  'app.bsky.actor.putPreferences': AppBskyActorPutPreferences.Method<C, A>
  'app.bsky.actor.searchActors': AppBskyActorSearchActors.Method<C, A>
  'app.bsky.actor.searchActorsTypeahead': AppBskyActorSearchActorsTypeahead.Method<C, A>
  'app.bsky.ageassurance.begin': AppBskyAgeassuranceBegin.Method<C, A>
  'app.bsky.ageassurance.getConfig': AppBskyAgeassuranceGetConfig.Method<C, A>
  'app.bsky.ageassurance.getState': AppBskyAgeassuranceGetState.Method<C, A>
  'app.bsky.bookmark.createBookmark': AppBskyBookmarkCreateBookmark.Method<C, A>
  'app.bsky.bookmark.deleteBookmark': AppBskyBookmarkDeleteBookmark.Method<C, A>
  'app.bsky.bookmark.getBookmarks': AppBskyBookmarkGetBookmarks.Method<C, A>
  'app.bsky.contact.dismissMatch': AppBskyContactDismissMatch.Method<C, A>
  'app.bsky.contact.getMatches': AppBskyContactGetMatches.Method<C, A>
  'app.bsky.contact.getSyncStatus': AppBskyContactGetSyncStatus.Method<C, A>
  'app.bsky.contact.importContacts': AppBskyContactImportContacts.Method<C, A>
  'app.bsky.contact.removeData': AppBskyContactRemoveData.Method<C, A>
  'app.bsky.contact.sendNotification': AppBskyContactSendNotification.Method<C, A>
  'app.bsky.contact.startPhoneVerification': AppBskyContactStartPhoneVerification.Method<C, A>
  'app.bsky.contact.verifyPhone': AppBskyContactVerifyPhone.Method<C, A>
  'app.bsky.draft.createDraft': AppBskyDraftCreateDraft.Method<C, A>
  'app.bsky.draft.deleteDraft': AppBskyDraftDeleteDraft.Method<C, A>
  'app.bsky.draft.getDrafts': AppBskyDraftGetDrafts.Method<C, A>
  'app.bsky.draft.updateDraft': AppBskyDraftUpdateDraft.Method<C, A>
  'app.bsky.embed.getEmbedExternalView': AppBskyEmbedGetEmbedExternalView.Method<C, A>
  'app.bsky.feed.describeFeedGenerator': AppBskyFeedDescribeFeedGenerator.Method<C, A>
  'app.bsky.feed.getActorFeeds': AppBskyFeedGetActorFeeds.Method<C, A>
  'app.bsky.feed.getActorLikes': AppBskyFeedGetActorLikes.Method<C, A>
  'app.bsky.feed.getAuthorFeed': AppBskyFeedGetAuthorFeed.Method<C, A>
  'app.bsky.feed.getFeed': AppBskyFeedGetFeed.Method<C, A>
  'app.bsky.feed.getFeedGenerator': AppBskyFeedGetFeedGenerator.Method<C, A>
  'app.bsky.feed.getFeedGenerators': AppBskyFeedGetFeedGenerators.Method<C, A>
  'app.bsky.feed.getFeedSkeleton': AppBskyFeedGetFeedSkeleton.Method<C, A>
  'app.bsky.feed.getLikes': AppBskyFeedGetLikes.Method<C, A>
  'app.bsky.feed.getListFeed': AppBskyFeedGetListFeed.Method<C, A>
  'app.bsky.feed.getPostThread': AppBskyFeedGetPostThread.Method<C, A>
  'app.bsky.feed.getPosts': AppBskyFeedGetPosts.Method<C, A>
  'app.bsky.feed.getQuotes': AppBskyFeedGetQuotes.Method<C, A>
  'app.bsky.feed.getRepostedBy': AppBskyFeedGetRepostedBy.Method<C, A>
  'app.bsky.feed.getSuggestedFeeds': AppBskyFeedGetSuggestedFeeds.Method<C, A>
  'app.bsky.feed.getTimeline': AppBskyFeedGetTimeline.Method<C, A>
  'app.bsky.feed.searchPosts': AppBskyFeedSearchPosts.Method<C, A>
  'app.bsky.feed.searchPostsV2': AppBskyFeedSearchPostsV2.Method<C, A>
  'app.bsky.feed.sendInteractions': AppBskyFeedSendInteractions.Method<C, A>
  'app.bsky.graph.getActorStarterPacks': AppBskyGraphGetActorStarterPacks.Method<C, A>
  'app.bsky.graph.getBlocks': AppBskyGraphGetBlocks.Method<C, A>
  'app.bsky.graph.getFollowers': AppBskyGraphGetFollowers.Method<C, A>
  'app.bsky.graph.getFollows': AppBskyGraphGetFollows.Method<C, A>
  'app.bsky.graph.getKnownFollowers': AppBskyGraphGetKnownFollowers.Method<C, A>
  'app.bsky.graph.getList': AppBskyGraphGetList.Method<C, A>
  'app.bsky.graph.getListBlocks': AppBskyGraphGetListBlocks.Method<C, A>
  'app.bsky.graph.getListMutes': AppBskyGraphGetListMutes.Method<C, A>
  'app.bsky.graph.getLists': AppBskyGraphGetLists.Method<C, A>
  'app.bsky.graph.getListsWithMembership': AppBskyGraphGetListsWithMembership.Method<C, A>
  'app.bsky.graph.getMutes': AppBskyGraphGetMutes.Method<C, A>
  'app.bsky.graph.getRelationships': AppBskyGraphGetRelationships.Method<C, A>
  'app.bsky.graph.getStarterPack': AppBskyGraphGetStarterPack.Method<C, A>
  'app.bsky.graph.getStarterPacks': AppBskyGraphGetStarterPacks.Method<C, A>
  'app.bsky.graph.getStarterPacksWithMembership': AppBskyGraphGetStarterPacksWithMembership.Method<C, A>
  'app.bsky.graph.getSuggestedFollowsByActor': AppBskyGraphGetSuggestedFollowsByActor.Method<C, A>
  'app.bsky.graph.muteActor': AppBskyGraphMuteActor.Method<C, A>
  'app.bsky.graph.muteActorList': AppBskyGraphMuteActorList.Method<C, A>
  'app.bsky.graph.muteThread': AppBskyGraphMuteThread.Method<C, A>
  'app.bsky.graph.searchStarterPacks': AppBskyGraphSearchStarterPacks.Method<C, A>
  'app.bsky.graph.searchStarterPacksV2': AppBskyGraphSearchStarterPacksV2.Method<C, A>
  'app.bsky.graph.unmuteActor': AppBskyGraphUnmuteActor.Method<C, A>
  'app.bsky.graph.unmuteActorList': AppBskyGraphUnmuteActorList.Method<C, A>
  'app.bsky.graph.unmuteThread': AppBskyGraphUnmuteThread.Method<C, A>
  'app.bsky.labeler.getServices': AppBskyLabelerGetServices.Method<C, A>
  'app.bsky.notification.getPreferences': AppBskyNotificationGetPreferences.Method<C, A>
  'app.bsky.notification.getUnreadCount': AppBskyNotificationGetUnreadCount.Method<C, A>
  'app.bsky.notification.listActivitySubscriptions': AppBskyNotificationListActivitySubscriptions.Method<C, A>
  'app.bsky.notification.listNotifications': AppBskyNotificationListNotifications.Method<C, A>
  'app.bsky.notification.putActivitySubscription': AppBskyNotificationPutActivitySubscription.Method<C, A>
  'app.bsky.notification.putPreferences': AppBskyNotificationPutPreferences.Method<C, A>
  'app.bsky.notification.putPreferencesV2': AppBskyNotificationPutPreferencesV2.Method<C, A>
  'app.bsky.notification.registerPush': AppBskyNotificationRegisterPush.Method<C, A>
  'app.bsky.notification.unregisterPush': AppBskyNotificationUnregisterPush.Method<C, A>
  'app.bsky.notification.updateSeen': AppBskyNotificationUpdateSeen.Method<C, A>
  'app.bsky.unspecced.getAgeAssuranceState': AppBskyUnspeccedGetAgeAssuranceState.Method<C, A>
  'app.bsky.unspecced.getConfig': AppBskyUnspeccedGetConfig.Method<C, A>
  'app.bsky.unspecced.getOnboardingSuggestedStarterPacks': AppBskyUnspeccedGetOnboardingSuggestedStarterPacks.Method<C, A>
  'app.bsky.unspecced.getOnboardingSuggestedStarterPacksSkeleton': AppBskyUnspeccedGetOnboardingSuggestedStarterPacksSkeleton.Method<C, A>
  'app.bsky.unspecced.getOnboardingSuggestedUsersSkeleton': AppBskyUnspeccedGetOnboardingSuggestedUsersSkeleton.Method<C, A>
  'app.bsky.unspecced.getPopularFeedGenerators': AppBskyUnspeccedGetPopularFeedGenerators.Method<C, A>
  'app.bsky.unspecced.getPostThreadOtherV2': AppBskyUnspeccedGetPostThreadOtherV2.Method<C, A>
  'app.bsky.unspecced.getPostThreadV2': AppBskyUnspeccedGetPostThreadV2.Method<C, A>
  'app.bsky.unspecced.getSuggestedFeeds': AppBskyUnspeccedGetSuggestedFeeds.Method<C, A>
  'app.bsky.unspecced.getSuggestedFeedsSkeleton': AppBskyUnspeccedGetSuggestedFeedsSkeleton.Method<C, A>
  'app.bsky.unspecced.getSuggestedOnboardingUsers': AppBskyUnspeccedGetSuggestedOnboardingUsers.Method<C, A>
  'app.bsky.unspecced.getSuggestedStarterPacks': AppBskyUnspeccedGetSuggestedStarterPacks.Method<C, A>
  'app.bsky.unspecced.getSuggestedStarterPacksSkeleton': AppBskyUnspeccedGetSuggestedStarterPacksSkeleton.Method<C, A>
  'app.bsky.unspecced.getSuggestedUsers': AppBskyUnspeccedGetSuggestedUsers.Method<C, A>
  'app.bsky.unspecced.getSuggestedUsersForDiscover': AppBskyUnspeccedGetSuggestedUsersForDiscover.Method<C, A>
  'app.bsky.unspecced.getSuggestedUsersForDiscoverSkeleton': AppBskyUnspeccedGetSuggestedUsersForDiscoverSkeleton.Method<C, A>
  'app.bsky.unspecced.getSuggestedUsersForExplore': AppBskyUnspeccedGetSuggestedUsersForExplore.Method<C, A>
  'app.bsky.unspecced.getSuggestedUsersForExploreSkeleton': AppBskyUnspeccedGetSuggestedUsersForExploreSkeleton.Method<C, A>
  'app.bsky.unspecced.getSuggestedUsersForSeeMore': AppBskyUnspeccedGetSuggestedUsersForSeeMore.Method<C, A>
  'app.bsky.unspecced.getSuggestedUsersForSeeMoreSkeleton': AppBskyUnspeccedGetSuggestedUsersForSeeMoreSkeleton.Method<C, A>
  'app.bsky.unspecced.getSuggestedUsersSkeleton': AppBskyUnspeccedGetSuggestedUsersSkeleton.Method<C, A>
  'app.bsky.unspecced.getSuggestionsSkeleton': AppBskyUnspeccedGetSuggestionsSkeleton.Method<C, A>
  'app.bsky.unspecced.getTaggedSuggestions': AppBskyUnspeccedGetTaggedSuggestions.Method<C, A>
  'app.bsky.unspecced.getTrendingTopics': AppBskyUnspeccedGetTrendingTopics.Method<C, A>
  'app.bsky.unspecced.getTrends': AppBskyUnspeccedGetTrends.Method<C, A>
  'app.bsky.unspecced.getTrendsSkeleton': AppBskyUnspeccedGetTrendsSkeleton.Method<C, A>
  'app.bsky.unspecced.initAgeAssurance': AppBskyUnspeccedInitAgeAssurance.Method<C, A>
  'app.bsky.unspecced.searchActorsSkeleton': AppBskyUnspeccedSearchActorsSkeleton.Method<C, A>
  'app.bsky.unspecced.searchPostsSkeleton': AppBskyUnspeccedSearchPostsSkeleton.Method<C, A>
  'app.bsky.unspecced.searchStarterPacksSkeleton': AppBskyUnspeccedSearchStarterPacksSkeleton.Method<C, A>
  'app.bsky.video.abortUpload': AppBskyVideoAbortUpload.Method<C, A>
  'app.bsky.video.finishUpload': AppBskyVideoFinishUpload.Method<C, A>
  'app.bsky.video.getJobStatus': AppBskyVideoGetJobStatus.Method<C, A>
  'app.bsky.video.getUploadLimits': AppBskyVideoGetUploadLimits.Method<C, A>
  'app.bsky.video.getUploadStatus': AppBskyVideoGetUploadStatus.Method<C, A>
  'app.bsky.video.startUpload': AppBskyVideoStartUpload.Method<C, A>
  'app.bsky.video.uploadPart': AppBskyVideoUploadPart.Method<C, A>
  'app.bsky.video.uploadVideo': AppBskyVideoUploadVideo.Method<C, A>
  'chat.bsky.actor.deleteAccount': ChatBskyActorDeleteAccount.Method<C, A>
  'chat.bsky.actor.exportAccountData': ChatBskyActorExportAccountData.Method<C, A>
  'chat.bsky.actor.getStatus': ChatBskyActorGetStatus.Method<C, A>
  'chat.bsky.convo.acceptConvo': ChatBskyConvoAcceptConvo.Method<C, A>
  'chat.bsky.convo.addReaction': ChatBskyConvoAddReaction.Method<C, A>
  'chat.bsky.convo.deleteMessageForSelf': ChatBskyConvoDeleteMessageForSelf.Method<C, A>
  'chat.bsky.convo.getConvo': ChatBskyConvoGetConvo.Method<C, A>
  'chat.bsky.convo.getConvoAvailability': ChatBskyConvoGetConvoAvailability.Method<C, A>
  'chat.bsky.convo.getConvoForMembers': ChatBskyConvoGetConvoForMembers.Method<C, A>
  'chat.bsky.convo.getConvoMembers': ChatBskyConvoGetConvoMembers.Method<C, A>
  'chat.bsky.convo.getLog': ChatBskyConvoGetLog.Method<C, A>
  'chat.bsky.convo.getMessages': ChatBskyConvoGetMessages.Method<C, A>
  'chat.bsky.convo.getUnreadCounts': ChatBskyConvoGetUnreadCounts.Method<C, A>
  'chat.bsky.convo.leaveConvo': ChatBskyConvoLeaveConvo.Method<C, A>
  'chat.bsky.convo.listConvoRequests': ChatBskyConvoListConvoRequests.Method<C, A>
  'chat.bsky.convo.listConvos': ChatBskyConvoListConvos.Method<C, A>
  'chat.bsky.convo.lockConvo': ChatBskyConvoLockConvo.Method<C, A>
  'chat.bsky.convo.muteConvo': ChatBskyConvoMuteConvo.Method<C, A>
  'chat.bsky.convo.removeReaction': ChatBskyConvoRemoveReaction.Method<C, A>
  'chat.bsky.convo.sendMessage': ChatBskyConvoSendMessage.Method<C, A>
  'chat.bsky.convo.sendMessageBatch': ChatBskyConvoSendMessageBatch.Method<C, A>
  'chat.bsky.convo.unlockConvo': ChatBskyConvoUnlockConvo.Method<C, A>
  'chat.bsky.convo.unmuteConvo': ChatBskyConvoUnmuteConvo.Method<C, A>
  'chat.bsky.convo.updateAllRead': ChatBskyConvoUpdateAllRead.Method<C, A>
  'chat.bsky.convo.updateRead': ChatBskyConvoUpdateRead.Method<C, A>
  'chat.bsky.group.addMembers': ChatBskyGroupAddMembers.Method<C, A>
  'chat.bsky.group.approveJoinRequest': ChatBskyGroupApproveJoinRequest.Method<C, A>
  'chat.bsky.group.createGroup': ChatBskyGroupCreateGroup.Method<C, A>
  'chat.bsky.group.createJoinLink': ChatBskyGroupCreateJoinLink.Method<C, A>
  'chat.bsky.group.disableJoinLink': ChatBskyGroupDisableJoinLink.Method<C, A>
  'chat.bsky.group.editGroup': ChatBskyGroupEditGroup.Method<C, A>
  'chat.bsky.group.editJoinLink': ChatBskyGroupEditJoinLink.Method<C, A>
  'chat.bsky.group.enableJoinLink': ChatBskyGroupEnableJoinLink.Method<C, A>
  'chat.bsky.group.getJoinLinkPreviews': ChatBskyGroupGetJoinLinkPreviews.Method<C, A>
  'chat.bsky.group.listJoinRequests': ChatBskyGroupListJoinRequests.Method<C, A>
  'chat.bsky.group.listMutualGroups': ChatBskyGroupListMutualGroups.Method<C, A>
  'chat.bsky.group.rejectJoinRequest': ChatBskyGroupRejectJoinRequest.Method<C, A>
  'chat.bsky.group.removeMembers': ChatBskyGroupRemoveMembers.Method<C, A>
  'chat.bsky.group.requestJoin': ChatBskyGroupRequestJoin.Method<C, A>
  'chat.bsky.group.updateJoinRequestsRead': ChatBskyGroupUpdateJoinRequestsRead.Method<C, A>
  'chat.bsky.group.withdrawJoinRequest': ChatBskyGroupWithdrawJoinRequest.Method<C, A>
  'chat.bsky.moderation.getActorMetadata': ChatBskyModerationGetActorMetadata.Method<C, A>
  'chat.bsky.moderation.getConvo': ChatBskyModerationGetConvo.Method<C, A>
  'chat.bsky.moderation.getConvoMembers': ChatBskyModerationGetConvoMembers.Method<C, A>
  'chat.bsky.moderation.getConvos': ChatBskyModerationGetConvos.Method<C, A>
  'chat.bsky.moderation.getMessageContext': ChatBskyModerationGetMessageContext.Method<C, A>
  'chat.bsky.moderation.subscribeModEvents': ChatBskyModerationSubscribeModEvents.Method<C, A>
  'chat.bsky.moderation.updateActorAccess': ChatBskyModerationUpdateActorAccess.Method<C, A>
  'chat.bsky.notification.getPreferences': ChatBskyNotificationGetPreferences.Method<C, A>
  'chat.bsky.notification.putPreferences': ChatBskyNotificationPutPreferences.Method<C, A>
  'com.atproto.admin.deleteAccount': ComAtprotoAdminDeleteAccount.Method<C, A>
  'com.atproto.admin.disableAccountInvites': ComAtprotoAdminDisableAccountInvites.Method<C, A>
  'com.atproto.admin.disableInviteCodes': ComAtprotoAdminDisableInviteCodes.Method<C, A>
  'com.atproto.admin.enableAccountInvites': ComAtprotoAdminEnableAccountInvites.Method<C, A>
  'com.atproto.admin.getAccountInfo': ComAtprotoAdminGetAccountInfo.Method<C, A>
  'com.atproto.admin.getAccountInfos': ComAtprotoAdminGetAccountInfos.Method<C, A>
  'com.atproto.admin.getInviteCodes': ComAtprotoAdminGetInviteCodes.Method<C, A>
  'com.atproto.admin.getSubjectStatus': ComAtprotoAdminGetSubjectStatus.Method<C, A>
  'com.atproto.admin.searchAccounts': ComAtprotoAdminSearchAccounts.Method<C, A>
  'com.atproto.admin.sendEmail': ComAtprotoAdminSendEmail.Method<C, A>
  'com.atproto.admin.updateAccountEmail': ComAtprotoAdminUpdateAccountEmail.Method<C, A>
  'com.atproto.admin.updateAccountHandle': ComAtprotoAdminUpdateAccountHandle.Method<C, A>
  'com.atproto.admin.updateAccountPassword': ComAtprotoAdminUpdateAccountPassword.Method<C, A>
  'com.atproto.admin.updateAccountSigningKey': ComAtprotoAdminUpdateAccountSigningKey.Method<C, A>
  'com.atproto.admin.updateSubjectStatus': ComAtprotoAdminUpdateSubjectStatus.Method<C, A>
  'com.atproto.identity.getRecommendedDidCredentials': ComAtprotoIdentityGetRecommendedDidCredentials.Method<C, A>
  'com.atproto.identity.refreshIdentity': ComAtprotoIdentityRefreshIdentity.Method<C, A>
  'com.atproto.identity.requestPlcOperationSignature': ComAtprotoIdentityRequestPlcOperationSignature.Method<C, A>
  'com.atproto.identity.resolveDid': ComAtprotoIdentityResolveDid.Method<C, A>
  'com.atproto.identity.resolveHandle': ComAtprotoIdentityResolveHandle.Method<C, A>
  'com.atproto.identity.resolveIdentity': ComAtprotoIdentityResolveIdentity.Method<C, A>
  'com.atproto.identity.signPlcOperation': ComAtprotoIdentitySignPlcOperation.Method<C, A>
  'com.atproto.identity.submitPlcOperation': ComAtprotoIdentitySubmitPlcOperation.Method<C, A>
  'com.atproto.identity.updateHandle': ComAtprotoIdentityUpdateHandle.Method<C, A>
  'com.atproto.label.queryLabels': ComAtprotoLabelQueryLabels.Method<C, A>
  'com.atproto.label.subscribeLabels': ComAtprotoLabelSubscribeLabels.Method<C, A>
  'com.atproto.lexicon.resolveLexicon': ComAtprotoLexiconResolveLexicon.Method<C, A>
  'com.atproto.moderation.createReport': ComAtprotoModerationCreateReport.Method<C, A>
  'com.atproto.repo.applyWrites': ComAtprotoRepoApplyWrites.Method<C, A>
  'com.atproto.repo.createRecord': ComAtprotoRepoCreateRecord.Method<C, A>
  'com.atproto.repo.deleteRecord': ComAtprotoRepoDeleteRecord.Method<C, A>
  'com.atproto.repo.describeRepo': ComAtprotoRepoDescribeRepo.Method<C, A>
  'com.atproto.repo.getRecord': ComAtprotoRepoGetRecord.Method<C, A>
  'com.atproto.repo.importRepo': ComAtprotoRepoImportRepo.Method<C, A>
  'com.atproto.repo.listMissingBlobs': ComAtprotoRepoListMissingBlobs.Method<C, A>
  'com.atproto.repo.listRecords': ComAtprotoRepoListRecords.Method<C, A>
  'com.atproto.repo.putRecord': ComAtprotoRepoPutRecord.Method<C, A>
  'com.atproto.repo.uploadBlob': ComAtprotoRepoUploadBlob.Method<C, A>
  'com.atproto.server.activateAccount': ComAtprotoServerActivateAccount.Method<C, A>
  'com.atproto.server.checkAccountStatus': ComAtprotoServerCheckAccountStatus.Method<C, A>
  'com.atproto.server.confirmEmail': ComAtprotoServerConfirmEmail.Method<C, A>
  'com.atproto.server.createAccount': ComAtprotoServerCreateAccount.Method<C, A>
  'com.atproto.server.createAppPassword': ComAtprotoServerCreateAppPassword.Method<C, A>
  'com.atproto.server.createInviteCode': ComAtprotoServerCreateInviteCode.Method<C, A>
  'com.atproto.server.createInviteCodes': ComAtprotoServerCreateInviteCodes.Method<C, A>
  'com.atproto.server.createSession': ComAtprotoServerCreateSession.Method<C, A>
  'com.atproto.server.deactivateAccount': ComAtprotoServerDeactivateAccount.Method<C, A>
  'com.atproto.server.deleteAccount': ComAtprotoServerDeleteAccount.Method<C, A>
  'com.atproto.server.deleteSession': ComAtprotoServerDeleteSession.Method<C, A>
  'com.atproto.server.describeServer': ComAtprotoServerDescribeServer.Method<C, A>
  'com.atproto.server.getAccountInviteCodes': ComAtprotoServerGetAccountInviteCodes.Method<C, A>
  'com.atproto.server.getServiceAuth': ComAtprotoServerGetServiceAuth.Method<C, A>
  'com.atproto.server.getSession': ComAtprotoServerGetSession.Method<C, A>
  'com.atproto.server.listAppPasswords': ComAtprotoServerListAppPasswords.Method<C, A>
  'com.atproto.server.refreshSession': ComAtprotoServerRefreshSession.Method<C, A>
  'com.atproto.server.requestAccountDelete': ComAtprotoServerRequestAccountDelete.Method<C, A>
  'com.atproto.server.requestEmailConfirmation': ComAtprotoServerRequestEmailConfirmation.Method<C, A>
  'com.atproto.server.requestEmailUpdate': ComAtprotoServerRequestEmailUpdate.Method<C, A>
  'com.atproto.server.requestPasswordReset': ComAtprotoServerRequestPasswordReset.Method<C, A>
  'com.atproto.server.reserveSigningKey': ComAtprotoServerReserveSigningKey.Method<C, A>
  'com.atproto.server.resetPassword': ComAtprotoServerResetPassword.Method<C, A>
  'com.atproto.server.revokeAppPassword': ComAtprotoServerRevokeAppPassword.Method<C, A>
  'com.atproto.server.updateEmail': ComAtprotoServerUpdateEmail.Method<C, A>
  'com.atproto.sync.getBlob': ComAtprotoSyncGetBlob.Method<C, A>
  'com.atproto.sync.getBlocks': ComAtprotoSyncGetBlocks.Method<C, A>
  'com.atproto.sync.getCheckout': ComAtprotoSyncGetCheckout.Method<C, A>
  'com.atproto.sync.getHead': ComAtprotoSyncGetHead.Method<C, A>
  'com.atproto.sync.getHostStatus': ComAtprotoSyncGetHostStatus.Method<C, A>
  'com.atproto.sync.getLatestCommit': ComAtprotoSyncGetLatestCommit.Method<C, A>
  'com.atproto.sync.getRecord': ComAtprotoSyncGetRecord.Method<C, A>
  'com.atproto.sync.getRepo': ComAtprotoSyncGetRepo.Method<C, A>
  'com.atproto.sync.getRepoStatus': ComAtprotoSyncGetRepoStatus.Method<C, A>
  'com.atproto.sync.listBlobs': ComAtprotoSyncListBlobs.Method<C, A>
  'com.atproto.sync.listHosts': ComAtprotoSyncListHosts.Method<C, A>
  'com.atproto.sync.listRepos': ComAtprotoSyncListRepos.Method<C, A>
  'com.atproto.sync.listReposByCollection': ComAtprotoSyncListReposByCollection.Method<C, A>
  'com.atproto.sync.notifyOfUpdate': ComAtprotoSyncNotifyOfUpdate.Method<C, A>
  'com.atproto.sync.requestCrawl': ComAtprotoSyncRequestCrawl.Method<C, A>
  'com.atproto.sync.subscribeRepos': ComAtprotoSyncSubscribeRepos.Method<C, A>
  'com.atproto.temp.addReservedHandle': ComAtprotoTempAddReservedHandle.Method<C, A>
  'com.atproto.temp.checkHandleAvailability': ComAtprotoTempCheckHandleAvailability.Method<C, A>
  'com.atproto.temp.checkSignupQueue': ComAtprotoTempCheckSignupQueue.Method<C, A>
  'com.atproto.temp.dereferenceScope': ComAtprotoTempDereferenceScope.Method<C, A>
  'com.atproto.temp.fetchLabels': ComAtprotoTempFetchLabels.Method<C, A>
  'com.atproto.temp.requestPhoneVerification': ComAtprotoTempRequestPhoneVerification.Method<C, A>
  'com.atproto.temp.revokeAccountCredentials': ComAtprotoTempRevokeAccountCredentials.Method<C, A>
  'dev.lexiconpds.admin.getAuditLog': DevLexiconpdsAdminGetAuditLog.Method<C, A>
  'dev.lexiconpds.admin.getServerStatus': DevLexiconpdsAdminGetServerStatus.Method<C, A>
  'dev.lexiconpds.admin.requestCrawl': DevLexiconpdsAdminRequestCrawl.Method<C, A>
  'tools.ozone.communication.createTemplate': ToolsOzoneCommunicationCreateTemplate.Method<C, A>
  'tools.ozone.communication.deleteTemplate': ToolsOzoneCommunicationDeleteTemplate.Method<C, A>
  'tools.ozone.communication.listTemplates': ToolsOzoneCommunicationListTemplates.Method<C, A>
  'tools.ozone.communication.updateTemplate': ToolsOzoneCommunicationUpdateTemplate.Method<C, A>
  'tools.ozone.hosting.getAccountHistory': ToolsOzoneHostingGetAccountHistory.Method<C, A>
  'tools.ozone.moderation.cancelScheduledActions': ToolsOzoneModerationCancelScheduledActions.Method<C, A>
  'tools.ozone.moderation.emitEvent': ToolsOzoneModerationEmitEvent.Method<C, A>
  'tools.ozone.moderation.getAccountPreferences': ToolsOzoneModerationGetAccountPreferences.Method<C, A>
  'tools.ozone.moderation.getAccountTimeline': ToolsOzoneModerationGetAccountTimeline.Method<C, A>
  'tools.ozone.moderation.getEvent': ToolsOzoneModerationGetEvent.Method<C, A>
  'tools.ozone.moderation.getRecord': ToolsOzoneModerationGetRecord.Method<C, A>
  'tools.ozone.moderation.getRecords': ToolsOzoneModerationGetRecords.Method<C, A>
  'tools.ozone.moderation.getRepo': ToolsOzoneModerationGetRepo.Method<C, A>
  'tools.ozone.moderation.getReporterStats': ToolsOzoneModerationGetReporterStats.Method<C, A>
  'tools.ozone.moderation.getRepos': ToolsOzoneModerationGetRepos.Method<C, A>
  'tools.ozone.moderation.getSubjects': ToolsOzoneModerationGetSubjects.Method<C, A>
  'tools.ozone.moderation.listScheduledActions': ToolsOzoneModerationListScheduledActions.Method<C, A>
  'tools.ozone.moderation.queryEvents': ToolsOzoneModerationQueryEvents.Method<C, A>
  'tools.ozone.moderation.queryStatuses': ToolsOzoneModerationQueryStatuses.Method<C, A>
  'tools.ozone.moderation.scheduleAction': ToolsOzoneModerationScheduleAction.Method<C, A>
  'tools.ozone.moderation.searchRepos': ToolsOzoneModerationSearchRepos.Method<C, A>
  'tools.ozone.queue.assignModerator': ToolsOzoneQueueAssignModerator.Method<C, A>
  'tools.ozone.queue.createQueue': ToolsOzoneQueueCreateQueue.Method<C, A>
  'tools.ozone.queue.deleteQueue': ToolsOzoneQueueDeleteQueue.Method<C, A>
  'tools.ozone.queue.getAssignments': ToolsOzoneQueueGetAssignments.Method<C, A>
  'tools.ozone.queue.listQueues': ToolsOzoneQueueListQueues.Method<C, A>
  'tools.ozone.queue.routeReports': ToolsOzoneQueueRouteReports.Method<C, A>
  'tools.ozone.queue.unassignModerator': ToolsOzoneQueueUnassignModerator.Method<C, A>
  'tools.ozone.queue.updateQueue': ToolsOzoneQueueUpdateQueue.Method<C, A>
  'tools.ozone.report.assignModerator': ToolsOzoneReportAssignModerator.Method<C, A>
  'tools.ozone.report.closeReports': ToolsOzoneReportCloseReports.Method<C, A>
  'tools.ozone.report.createActivity': ToolsOzoneReportCreateActivity.Method<C, A>
  'tools.ozone.report.getAssignments': ToolsOzoneReportGetAssignments.Method<C, A>
  'tools.ozone.report.getHistoricalStats': ToolsOzoneReportGetHistoricalStats.Method<C, A>
  'tools.ozone.report.getLatestReport': ToolsOzoneReportGetLatestReport.Method<C, A>
  'tools.ozone.report.getLiveStats': ToolsOzoneReportGetLiveStats.Method<C, A>
  'tools.ozone.report.getReport': ToolsOzoneReportGetReport.Method<C, A>
  'tools.ozone.report.listActivities': ToolsOzoneReportListActivities.Method<C, A>
  'tools.ozone.report.queryActivities': ToolsOzoneReportQueryActivities.Method<C, A>
  'tools.ozone.report.queryReports': ToolsOzoneReportQueryReports.Method<C, A>
  'tools.ozone.report.reassignQueue': ToolsOzoneReportReassignQueue.Method<C, A>
  'tools.ozone.report.refreshStats': ToolsOzoneReportRefreshStats.Method<C, A>
  'tools.ozone.report.unassignModerator': ToolsOzoneReportUnassignModerator.Method<C, A>
  'tools.ozone.safelink.addRule': ToolsOzoneSafelinkAddRule.Method<C, A>
  'tools.ozone.safelink.queryEvents': ToolsOzoneSafelinkQueryEvents.Method<C, A>
  'tools.ozone.safelink.queryRules': ToolsOzoneSafelinkQueryRules.Method<C, A>
  'tools.ozone.safelink.removeRule': ToolsOzoneSafelinkRemoveRule.Method<C, A>
  'tools.ozone.safelink.updateRule': ToolsOzoneSafelinkUpdateRule.Method<C, A>
  'tools.ozone.server.getConfig': ToolsOzoneServerGetConfig.Method<C, A>
  'tools.ozone.set.addValues': ToolsOzoneSetAddValues.Method<C, A>
  'tools.ozone.set.deleteSet': ToolsOzoneSetDeleteSet.Method<C, A>
  'tools.ozone.set.deleteValues': ToolsOzoneSetDeleteValues.Method<C, A>
  'tools.ozone.set.getValues': ToolsOzoneSetGetValues.Method<C, A>
  'tools.ozone.set.querySets': ToolsOzoneSetQuerySets.Method<C, A>
  'tools.ozone.set.upsertSet': ToolsOzoneSetUpsertSet.Method<C, A>
  'tools.ozone.setting.listOptions': ToolsOzoneSettingListOptions.Method<C, A>
  'tools.ozone.setting.removeOptions': ToolsOzoneSettingRemoveOptions.Method<C, A>
  'tools.ozone.setting.upsertOption': ToolsOzoneSettingUpsertOption.Method<C, A>
  'tools.ozone.signature.findCorrelation': ToolsOzoneSignatureFindCorrelation.Method<C, A>
  'tools.ozone.signature.findRelatedAccounts': ToolsOzoneSignatureFindRelatedAccounts.Method<C, A>
  'tools.ozone.signature.searchAccounts': ToolsOzoneSignatureSearchAccounts.Method<C, A>
  'tools.ozone.team.addMember': ToolsOzoneTeamAddMember.Method<C, A>
  'tools.ozone.team.deleteMember': ToolsOzoneTeamDeleteMember.Method<C, A>
  'tools.ozone.team.listMembers': ToolsOzoneTeamListMembers.Method<C, A>
  'tools.ozone.team.updateMember': ToolsOzoneTeamUpdateMember.Method<C, A>
  'tools.ozone.verification.grantVerifications': ToolsOzoneVerificationGrantVerifications.Method<C, A>
  'tools.ozone.verification.listVerifications': ToolsOzoneVerificationListVerifications.Method<C, A>
  'tools.ozone.verification.revokeVerifications': ToolsOzoneVerificationRevokeVerifications.Method<C, A>
}

/** The NSID of every XRPC method. */
export type MethodId = keyof Handlers

/**
 * What a server does with every method of the Lexicon set: serves it (its handler), or
 * not (`rt.proxied(service)`, `rt.unserved(reason)`). Every key is required, so a new
 * Lexicon method fails type-checking until someone decides.
 */
export type MethodMap<C = unknown, A = unknown> = { [K in MethodId]: Handlers<C, A>[K] | rt.NotServed }

/** The methods of a {@link MethodMap} that are served: its handlers, without the markers. */
export type ServedOf<M> = { [K in keyof M as M[K] extends rt.NotServed ? never : K]: M[K] }

/** The handlers of `map`, without its {@link rt.NotServed} markers. */
export function servedOf<M extends object>(map: M): ServedOf<M> {
  return Object.fromEntries(Object.entries(map).filter(([, entry]) => !rt.isNotServed(entry))) as ServedOf<M>
}

/** Every method's description (type, params, input, output, errors), by NSID. */
export const methods = {
  'app.bsky.actor.getPreferences': AppBskyActorGetPreferences.schema,
  'app.bsky.actor.getProfile': AppBskyActorGetProfile.schema,
  'app.bsky.actor.getProfiles': AppBskyActorGetProfiles.schema,
  'app.bsky.actor.getSuggestions': AppBskyActorGetSuggestions.schema,
  'app.bsky.actor.putPreferences': AppBskyActorPutPreferences.schema,
  'app.bsky.actor.searchActors': AppBskyActorSearchActors.schema,
  'app.bsky.actor.searchActorsTypeahead': AppBskyActorSearchActorsTypeahead.schema,
  'app.bsky.ageassurance.begin': AppBskyAgeassuranceBegin.schema,
  'app.bsky.ageassurance.getConfig': AppBskyAgeassuranceGetConfig.schema,
  'app.bsky.ageassurance.getState': AppBskyAgeassuranceGetState.schema,
  'app.bsky.bookmark.createBookmark': AppBskyBookmarkCreateBookmark.schema,
  'app.bsky.bookmark.deleteBookmark': AppBskyBookmarkDeleteBookmark.schema,
  'app.bsky.bookmark.getBookmarks': AppBskyBookmarkGetBookmarks.schema,
  'app.bsky.contact.dismissMatch': AppBskyContactDismissMatch.schema,
  'app.bsky.contact.getMatches': AppBskyContactGetMatches.schema,
  'app.bsky.contact.getSyncStatus': AppBskyContactGetSyncStatus.schema,
  'app.bsky.contact.importContacts': AppBskyContactImportContacts.schema,
  'app.bsky.contact.removeData': AppBskyContactRemoveData.schema,
  'app.bsky.contact.sendNotification': AppBskyContactSendNotification.schema,
  'app.bsky.contact.startPhoneVerification': AppBskyContactStartPhoneVerification.schema,
  'app.bsky.contact.verifyPhone': AppBskyContactVerifyPhone.schema,
  'app.bsky.draft.createDraft': AppBskyDraftCreateDraft.schema,
  'app.bsky.draft.deleteDraft': AppBskyDraftDeleteDraft.schema,
  'app.bsky.draft.getDrafts': AppBskyDraftGetDrafts.schema,
  'app.bsky.draft.updateDraft': AppBskyDraftUpdateDraft.schema,
  'app.bsky.embed.getEmbedExternalView': AppBskyEmbedGetEmbedExternalView.schema,
  'app.bsky.feed.describeFeedGenerator': AppBskyFeedDescribeFeedGenerator.schema,
  'app.bsky.feed.getActorFeeds': AppBskyFeedGetActorFeeds.schema,
  'app.bsky.feed.getActorLikes': AppBskyFeedGetActorLikes.schema,
  'app.bsky.feed.getAuthorFeed': AppBskyFeedGetAuthorFeed.schema,
  'app.bsky.feed.getFeed': AppBskyFeedGetFeed.schema,
  'app.bsky.feed.getFeedGenerator': AppBskyFeedGetFeedGenerator.schema,
  'app.bsky.feed.getFeedGenerators': AppBskyFeedGetFeedGenerators.schema,
  'app.bsky.feed.getFeedSkeleton': AppBskyFeedGetFeedSkeleton.schema,
  'app.bsky.feed.getLikes': AppBskyFeedGetLikes.schema,
  'app.bsky.feed.getListFeed': AppBskyFeedGetListFeed.schema,
  'app.bsky.feed.getPostThread': AppBskyFeedGetPostThread.schema,
  'app.bsky.feed.getPosts': AppBskyFeedGetPosts.schema,
  'app.bsky.feed.getQuotes': AppBskyFeedGetQuotes.schema,
  'app.bsky.feed.getRepostedBy': AppBskyFeedGetRepostedBy.schema,
  'app.bsky.feed.getSuggestedFeeds': AppBskyFeedGetSuggestedFeeds.schema,
  'app.bsky.feed.getTimeline': AppBskyFeedGetTimeline.schema,
  'app.bsky.feed.searchPosts': AppBskyFeedSearchPosts.schema,
  'app.bsky.feed.searchPostsV2': AppBskyFeedSearchPostsV2.schema,
  'app.bsky.feed.sendInteractions': AppBskyFeedSendInteractions.schema,
  'app.bsky.graph.getActorStarterPacks': AppBskyGraphGetActorStarterPacks.schema,
  'app.bsky.graph.getBlocks': AppBskyGraphGetBlocks.schema,
  'app.bsky.graph.getFollowers': AppBskyGraphGetFollowers.schema,
  'app.bsky.graph.getFollows': AppBskyGraphGetFollows.schema,
  'app.bsky.graph.getKnownFollowers': AppBskyGraphGetKnownFollowers.schema,
  'app.bsky.graph.getList': AppBskyGraphGetList.schema,
  'app.bsky.graph.getListBlocks': AppBskyGraphGetListBlocks.schema,
  'app.bsky.graph.getListMutes': AppBskyGraphGetListMutes.schema,
  'app.bsky.graph.getLists': AppBskyGraphGetLists.schema,
  'app.bsky.graph.getListsWithMembership': AppBskyGraphGetListsWithMembership.schema,
  'app.bsky.graph.getMutes': AppBskyGraphGetMutes.schema,
  'app.bsky.graph.getRelationships': AppBskyGraphGetRelationships.schema,
  'app.bsky.graph.getStarterPack': AppBskyGraphGetStarterPack.schema,
  'app.bsky.graph.getStarterPacks': AppBskyGraphGetStarterPacks.schema,
  'app.bsky.graph.getStarterPacksWithMembership': AppBskyGraphGetStarterPacksWithMembership.schema,
  'app.bsky.graph.getSuggestedFollowsByActor': AppBskyGraphGetSuggestedFollowsByActor.schema,
  'app.bsky.graph.muteActor': AppBskyGraphMuteActor.schema,
  'app.bsky.graph.muteActorList': AppBskyGraphMuteActorList.schema,
  'app.bsky.graph.muteThread': AppBskyGraphMuteThread.schema,
  'app.bsky.graph.searchStarterPacks': AppBskyGraphSearchStarterPacks.schema,
  'app.bsky.graph.searchStarterPacksV2': AppBskyGraphSearchStarterPacksV2.schema,
  'app.bsky.graph.unmuteActor': AppBskyGraphUnmuteActor.schema,
  'app.bsky.graph.unmuteActorList': AppBskyGraphUnmuteActorList.schema,
  'app.bsky.graph.unmuteThread': AppBskyGraphUnmuteThread.schema,
  'app.bsky.labeler.getServices': AppBskyLabelerGetServices.schema,
  'app.bsky.notification.getPreferences': AppBskyNotificationGetPreferences.schema,
  'app.bsky.notification.getUnreadCount': AppBskyNotificationGetUnreadCount.schema,
  'app.bsky.notification.listActivitySubscriptions': AppBskyNotificationListActivitySubscriptions.schema,
  'app.bsky.notification.listNotifications': AppBskyNotificationListNotifications.schema,
  'app.bsky.notification.putActivitySubscription': AppBskyNotificationPutActivitySubscription.schema,
  'app.bsky.notification.putPreferences': AppBskyNotificationPutPreferences.schema,
  'app.bsky.notification.putPreferencesV2': AppBskyNotificationPutPreferencesV2.schema,
  'app.bsky.notification.registerPush': AppBskyNotificationRegisterPush.schema,
  'app.bsky.notification.unregisterPush': AppBskyNotificationUnregisterPush.schema,
  'app.bsky.notification.updateSeen': AppBskyNotificationUpdateSeen.schema,
  'app.bsky.unspecced.getAgeAssuranceState': AppBskyUnspeccedGetAgeAssuranceState.schema,
  'app.bsky.unspecced.getConfig': AppBskyUnspeccedGetConfig.schema,
  'app.bsky.unspecced.getOnboardingSuggestedStarterPacks': AppBskyUnspeccedGetOnboardingSuggestedStarterPacks.schema,
  'app.bsky.unspecced.getOnboardingSuggestedStarterPacksSkeleton': AppBskyUnspeccedGetOnboardingSuggestedStarterPacksSkeleton.schema,
  'app.bsky.unspecced.getOnboardingSuggestedUsersSkeleton': AppBskyUnspeccedGetOnboardingSuggestedUsersSkeleton.schema,
  'app.bsky.unspecced.getPopularFeedGenerators': AppBskyUnspeccedGetPopularFeedGenerators.schema,
  'app.bsky.unspecced.getPostThreadOtherV2': AppBskyUnspeccedGetPostThreadOtherV2.schema,
  'app.bsky.unspecced.getPostThreadV2': AppBskyUnspeccedGetPostThreadV2.schema,
  'app.bsky.unspecced.getSuggestedFeeds': AppBskyUnspeccedGetSuggestedFeeds.schema,
  'app.bsky.unspecced.getSuggestedFeedsSkeleton': AppBskyUnspeccedGetSuggestedFeedsSkeleton.schema,
  'app.bsky.unspecced.getSuggestedOnboardingUsers': AppBskyUnspeccedGetSuggestedOnboardingUsers.schema,
  'app.bsky.unspecced.getSuggestedStarterPacks': AppBskyUnspeccedGetSuggestedStarterPacks.schema,
  'app.bsky.unspecced.getSuggestedStarterPacksSkeleton': AppBskyUnspeccedGetSuggestedStarterPacksSkeleton.schema,
  'app.bsky.unspecced.getSuggestedUsers': AppBskyUnspeccedGetSuggestedUsers.schema,
  'app.bsky.unspecced.getSuggestedUsersForDiscover': AppBskyUnspeccedGetSuggestedUsersForDiscover.schema,
  'app.bsky.unspecced.getSuggestedUsersForDiscoverSkeleton': AppBskyUnspeccedGetSuggestedUsersForDiscoverSkeleton.schema,
  'app.bsky.unspecced.getSuggestedUsersForExplore': AppBskyUnspeccedGetSuggestedUsersForExplore.schema,
  'app.bsky.unspecced.getSuggestedUsersForExploreSkeleton': AppBskyUnspeccedGetSuggestedUsersForExploreSkeleton.schema,
  'app.bsky.unspecced.getSuggestedUsersForSeeMore': AppBskyUnspeccedGetSuggestedUsersForSeeMore.schema,
  'app.bsky.unspecced.getSuggestedUsersForSeeMoreSkeleton': AppBskyUnspeccedGetSuggestedUsersForSeeMoreSkeleton.schema,
  'app.bsky.unspecced.getSuggestedUsersSkeleton': AppBskyUnspeccedGetSuggestedUsersSkeleton.schema,
  'app.bsky.unspecced.getSuggestionsSkeleton': AppBskyUnspeccedGetSuggestionsSkeleton.schema,
  'app.bsky.unspecced.getTaggedSuggestions': AppBskyUnspeccedGetTaggedSuggestions.schema,
  'app.bsky.unspecced.getTrendingTopics': AppBskyUnspeccedGetTrendingTopics.schema,
  'app.bsky.unspecced.getTrends': AppBskyUnspeccedGetTrends.schema,
  'app.bsky.unspecced.getTrendsSkeleton': AppBskyUnspeccedGetTrendsSkeleton.schema,
  'app.bsky.unspecced.initAgeAssurance': AppBskyUnspeccedInitAgeAssurance.schema,
  'app.bsky.unspecced.searchActorsSkeleton': AppBskyUnspeccedSearchActorsSkeleton.schema,
  'app.bsky.unspecced.searchPostsSkeleton': AppBskyUnspeccedSearchPostsSkeleton.schema,
  'app.bsky.unspecced.searchStarterPacksSkeleton': AppBskyUnspeccedSearchStarterPacksSkeleton.schema,
  'app.bsky.video.abortUpload': AppBskyVideoAbortUpload.schema,
  'app.bsky.video.finishUpload': AppBskyVideoFinishUpload.schema,
  'app.bsky.video.getJobStatus': AppBskyVideoGetJobStatus.schema,
  'app.bsky.video.getUploadLimits': AppBskyVideoGetUploadLimits.schema,
  'app.bsky.video.getUploadStatus': AppBskyVideoGetUploadStatus.schema,
  'app.bsky.video.startUpload': AppBskyVideoStartUpload.schema,
  'app.bsky.video.uploadPart': AppBskyVideoUploadPart.schema,
  'app.bsky.video.uploadVideo': AppBskyVideoUploadVideo.schema,
  'chat.bsky.actor.deleteAccount': ChatBskyActorDeleteAccount.schema,
  'chat.bsky.actor.exportAccountData': ChatBskyActorExportAccountData.schema,
  'chat.bsky.actor.getStatus': ChatBskyActorGetStatus.schema,
  'chat.bsky.convo.acceptConvo': ChatBskyConvoAcceptConvo.schema,
  'chat.bsky.convo.addReaction': ChatBskyConvoAddReaction.schema,
  'chat.bsky.convo.deleteMessageForSelf': ChatBskyConvoDeleteMessageForSelf.schema,
  'chat.bsky.convo.getConvo': ChatBskyConvoGetConvo.schema,
  'chat.bsky.convo.getConvoAvailability': ChatBskyConvoGetConvoAvailability.schema,
  'chat.bsky.convo.getConvoForMembers': ChatBskyConvoGetConvoForMembers.schema,
  'chat.bsky.convo.getConvoMembers': ChatBskyConvoGetConvoMembers.schema,
  'chat.bsky.convo.getLog': ChatBskyConvoGetLog.schema,
  'chat.bsky.convo.getMessages': ChatBskyConvoGetMessages.schema,
  'chat.bsky.convo.getUnreadCounts': ChatBskyConvoGetUnreadCounts.schema,
  'chat.bsky.convo.leaveConvo': ChatBskyConvoLeaveConvo.schema,
  'chat.bsky.convo.listConvoRequests': ChatBskyConvoListConvoRequests.schema,
  'chat.bsky.convo.listConvos': ChatBskyConvoListConvos.schema,
  'chat.bsky.convo.lockConvo': ChatBskyConvoLockConvo.schema,
  'chat.bsky.convo.muteConvo': ChatBskyConvoMuteConvo.schema,
  'chat.bsky.convo.removeReaction': ChatBskyConvoRemoveReaction.schema,
  'chat.bsky.convo.sendMessage': ChatBskyConvoSendMessage.schema,
  'chat.bsky.convo.sendMessageBatch': ChatBskyConvoSendMessageBatch.schema,
  'chat.bsky.convo.unlockConvo': ChatBskyConvoUnlockConvo.schema,
  'chat.bsky.convo.unmuteConvo': ChatBskyConvoUnmuteConvo.schema,
  'chat.bsky.convo.updateAllRead': ChatBskyConvoUpdateAllRead.schema,
  'chat.bsky.convo.updateRead': ChatBskyConvoUpdateRead.schema,
  'chat.bsky.group.addMembers': ChatBskyGroupAddMembers.schema,
  'chat.bsky.group.approveJoinRequest': ChatBskyGroupApproveJoinRequest.schema,
  'chat.bsky.group.createGroup': ChatBskyGroupCreateGroup.schema,
  'chat.bsky.group.createJoinLink': ChatBskyGroupCreateJoinLink.schema,
  'chat.bsky.group.disableJoinLink': ChatBskyGroupDisableJoinLink.schema,
  'chat.bsky.group.editGroup': ChatBskyGroupEditGroup.schema,
  'chat.bsky.group.editJoinLink': ChatBskyGroupEditJoinLink.schema,
  'chat.bsky.group.enableJoinLink': ChatBskyGroupEnableJoinLink.schema,
  'chat.bsky.group.getJoinLinkPreviews': ChatBskyGroupGetJoinLinkPreviews.schema,
  'chat.bsky.group.listJoinRequests': ChatBskyGroupListJoinRequests.schema,
  'chat.bsky.group.listMutualGroups': ChatBskyGroupListMutualGroups.schema,
  'chat.bsky.group.rejectJoinRequest': ChatBskyGroupRejectJoinRequest.schema,
  'chat.bsky.group.removeMembers': ChatBskyGroupRemoveMembers.schema,
  'chat.bsky.group.requestJoin': ChatBskyGroupRequestJoin.schema,
  'chat.bsky.group.updateJoinRequestsRead': ChatBskyGroupUpdateJoinRequestsRead.schema,
  'chat.bsky.group.withdrawJoinRequest': ChatBskyGroupWithdrawJoinRequest.schema,
  'chat.bsky.moderation.getActorMetadata': ChatBskyModerationGetActorMetadata.schema,
  'chat.bsky.moderation.getConvo': ChatBskyModerationGetConvo.schema,
  'chat.bsky.moderation.getConvoMembers': ChatBskyModerationGetConvoMembers.schema,
  'chat.bsky.moderation.getConvos': ChatBskyModerationGetConvos.schema,
  'chat.bsky.moderation.getMessageContext': ChatBskyModerationGetMessageContext.schema,
  'chat.bsky.moderation.subscribeModEvents': ChatBskyModerationSubscribeModEvents.schema,
  'chat.bsky.moderation.updateActorAccess': ChatBskyModerationUpdateActorAccess.schema,
  'chat.bsky.notification.getPreferences': ChatBskyNotificationGetPreferences.schema,
  'chat.bsky.notification.putPreferences': ChatBskyNotificationPutPreferences.schema,
  'com.atproto.admin.deleteAccount': ComAtprotoAdminDeleteAccount.schema,
  'com.atproto.admin.disableAccountInvites': ComAtprotoAdminDisableAccountInvites.schema,
  'com.atproto.admin.disableInviteCodes': ComAtprotoAdminDisableInviteCodes.schema,
  'com.atproto.admin.enableAccountInvites': ComAtprotoAdminEnableAccountInvites.schema,
  'com.atproto.admin.getAccountInfo': ComAtprotoAdminGetAccountInfo.schema,
  'com.atproto.admin.getAccountInfos': ComAtprotoAdminGetAccountInfos.schema,
  'com.atproto.admin.getInviteCodes': ComAtprotoAdminGetInviteCodes.schema,
  'com.atproto.admin.getSubjectStatus': ComAtprotoAdminGetSubjectStatus.schema,
  'com.atproto.admin.searchAccounts': ComAtprotoAdminSearchAccounts.schema,
  'com.atproto.admin.sendEmail': ComAtprotoAdminSendEmail.schema,
  'com.atproto.admin.updateAccountEmail': ComAtprotoAdminUpdateAccountEmail.schema,
  'com.atproto.admin.updateAccountHandle': ComAtprotoAdminUpdateAccountHandle.schema,
  'com.atproto.admin.updateAccountPassword': ComAtprotoAdminUpdateAccountPassword.schema,
  'com.atproto.admin.updateAccountSigningKey': ComAtprotoAdminUpdateAccountSigningKey.schema,
  'com.atproto.admin.updateSubjectStatus': ComAtprotoAdminUpdateSubjectStatus.schema,
  'com.atproto.identity.getRecommendedDidCredentials': ComAtprotoIdentityGetRecommendedDidCredentials.schema,
  'com.atproto.identity.refreshIdentity': ComAtprotoIdentityRefreshIdentity.schema,
  'com.atproto.identity.requestPlcOperationSignature': ComAtprotoIdentityRequestPlcOperationSignature.schema,
  'com.atproto.identity.resolveDid': ComAtprotoIdentityResolveDid.schema,
  'com.atproto.identity.resolveHandle': ComAtprotoIdentityResolveHandle.schema,
  'com.atproto.identity.resolveIdentity': ComAtprotoIdentityResolveIdentity.schema,
  'com.atproto.identity.signPlcOperation': ComAtprotoIdentitySignPlcOperation.schema,
  'com.atproto.identity.submitPlcOperation': ComAtprotoIdentitySubmitPlcOperation.schema,
  'com.atproto.identity.updateHandle': ComAtprotoIdentityUpdateHandle.schema,
  'com.atproto.label.queryLabels': ComAtprotoLabelQueryLabels.schema,
  'com.atproto.label.subscribeLabels': ComAtprotoLabelSubscribeLabels.schema,
  'com.atproto.lexicon.resolveLexicon': ComAtprotoLexiconResolveLexicon.schema,
  'com.atproto.moderation.createReport': ComAtprotoModerationCreateReport.schema,
  'com.atproto.repo.applyWrites': ComAtprotoRepoApplyWrites.schema,
  'com.atproto.repo.createRecord': ComAtprotoRepoCreateRecord.schema,
  'com.atproto.repo.deleteRecord': ComAtprotoRepoDeleteRecord.schema,
  'com.atproto.repo.describeRepo': ComAtprotoRepoDescribeRepo.schema,
  'com.atproto.repo.getRecord': ComAtprotoRepoGetRecord.schema,
  'com.atproto.repo.importRepo': ComAtprotoRepoImportRepo.schema,
  'com.atproto.repo.listMissingBlobs': ComAtprotoRepoListMissingBlobs.schema,
  'com.atproto.repo.listRecords': ComAtprotoRepoListRecords.schema,
  'com.atproto.repo.putRecord': ComAtprotoRepoPutRecord.schema,
  'com.atproto.repo.uploadBlob': ComAtprotoRepoUploadBlob.schema,
  'com.atproto.server.activateAccount': ComAtprotoServerActivateAccount.schema,
  'com.atproto.server.checkAccountStatus': ComAtprotoServerCheckAccountStatus.schema,
  'com.atproto.server.confirmEmail': ComAtprotoServerConfirmEmail.schema,
  'com.atproto.server.createAccount': ComAtprotoServerCreateAccount.schema,
  'com.atproto.server.createAppPassword': ComAtprotoServerCreateAppPassword.schema,
  'com.atproto.server.createInviteCode': ComAtprotoServerCreateInviteCode.schema,
  'com.atproto.server.createInviteCodes': ComAtprotoServerCreateInviteCodes.schema,
  'com.atproto.server.createSession': ComAtprotoServerCreateSession.schema,
  'com.atproto.server.deactivateAccount': ComAtprotoServerDeactivateAccount.schema,
  'com.atproto.server.deleteAccount': ComAtprotoServerDeleteAccount.schema,
  'com.atproto.server.deleteSession': ComAtprotoServerDeleteSession.schema,
  'com.atproto.server.describeServer': ComAtprotoServerDescribeServer.schema,
  'com.atproto.server.getAccountInviteCodes': ComAtprotoServerGetAccountInviteCodes.schema,
  'com.atproto.server.getServiceAuth': ComAtprotoServerGetServiceAuth.schema,
  'com.atproto.server.getSession': ComAtprotoServerGetSession.schema,
  'com.atproto.server.listAppPasswords': ComAtprotoServerListAppPasswords.schema,
  'com.atproto.server.refreshSession': ComAtprotoServerRefreshSession.schema,
  'com.atproto.server.requestAccountDelete': ComAtprotoServerRequestAccountDelete.schema,
  'com.atproto.server.requestEmailConfirmation': ComAtprotoServerRequestEmailConfirmation.schema,
  'com.atproto.server.requestEmailUpdate': ComAtprotoServerRequestEmailUpdate.schema,
  'com.atproto.server.requestPasswordReset': ComAtprotoServerRequestPasswordReset.schema,
  'com.atproto.server.reserveSigningKey': ComAtprotoServerReserveSigningKey.schema,
  'com.atproto.server.resetPassword': ComAtprotoServerResetPassword.schema,
  'com.atproto.server.revokeAppPassword': ComAtprotoServerRevokeAppPassword.schema,
  'com.atproto.server.updateEmail': ComAtprotoServerUpdateEmail.schema,
  'com.atproto.sync.getBlob': ComAtprotoSyncGetBlob.schema,
  'com.atproto.sync.getBlocks': ComAtprotoSyncGetBlocks.schema,
  'com.atproto.sync.getCheckout': ComAtprotoSyncGetCheckout.schema,
  'com.atproto.sync.getHead': ComAtprotoSyncGetHead.schema,
  'com.atproto.sync.getHostStatus': ComAtprotoSyncGetHostStatus.schema,
  'com.atproto.sync.getLatestCommit': ComAtprotoSyncGetLatestCommit.schema,
  'com.atproto.sync.getRecord': ComAtprotoSyncGetRecord.schema,
  'com.atproto.sync.getRepo': ComAtprotoSyncGetRepo.schema,
  'com.atproto.sync.getRepoStatus': ComAtprotoSyncGetRepoStatus.schema,
  'com.atproto.sync.listBlobs': ComAtprotoSyncListBlobs.schema,
  'com.atproto.sync.listHosts': ComAtprotoSyncListHosts.schema,
  'com.atproto.sync.listRepos': ComAtprotoSyncListRepos.schema,
  'com.atproto.sync.listReposByCollection': ComAtprotoSyncListReposByCollection.schema,
  'com.atproto.sync.notifyOfUpdate': ComAtprotoSyncNotifyOfUpdate.schema,
  'com.atproto.sync.requestCrawl': ComAtprotoSyncRequestCrawl.schema,
  'com.atproto.sync.subscribeRepos': ComAtprotoSyncSubscribeRepos.schema,
  'com.atproto.temp.addReservedHandle': ComAtprotoTempAddReservedHandle.schema,
  'com.atproto.temp.checkHandleAvailability': ComAtprotoTempCheckHandleAvailability.schema,
  'com.atproto.temp.checkSignupQueue': ComAtprotoTempCheckSignupQueue.schema,
  'com.atproto.temp.dereferenceScope': ComAtprotoTempDereferenceScope.schema,
  'com.atproto.temp.fetchLabels': ComAtprotoTempFetchLabels.schema,
  'com.atproto.temp.requestPhoneVerification': ComAtprotoTempRequestPhoneVerification.schema,
  'com.atproto.temp.revokeAccountCredentials': ComAtprotoTempRevokeAccountCredentials.schema,
  'dev.lexiconpds.admin.getAuditLog': DevLexiconpdsAdminGetAuditLog.schema,
  'dev.lexiconpds.admin.getServerStatus': DevLexiconpdsAdminGetServerStatus.schema,
  'dev.lexiconpds.admin.requestCrawl': DevLexiconpdsAdminRequestCrawl.schema,
  'tools.ozone.communication.createTemplate': ToolsOzoneCommunicationCreateTemplate.schema,
  'tools.ozone.communication.deleteTemplate': ToolsOzoneCommunicationDeleteTemplate.schema,
  'tools.ozone.communication.listTemplates': ToolsOzoneCommunicationListTemplates.schema,
  'tools.ozone.communication.updateTemplate': ToolsOzoneCommunicationUpdateTemplate.schema,
  'tools.ozone.hosting.getAccountHistory': ToolsOzoneHostingGetAccountHistory.schema,
  'tools.ozone.moderation.cancelScheduledActions': ToolsOzoneModerationCancelScheduledActions.schema,
  'tools.ozone.moderation.emitEvent': ToolsOzoneModerationEmitEvent.schema,
  'tools.ozone.moderation.getAccountPreferences': ToolsOzoneModerationGetAccountPreferences.schema,
  'tools.ozone.moderation.getAccountTimeline': ToolsOzoneModerationGetAccountTimeline.schema,
  'tools.ozone.moderation.getEvent': ToolsOzoneModerationGetEvent.schema,
  'tools.ozone.moderation.getRecord': ToolsOzoneModerationGetRecord.schema,
  'tools.ozone.moderation.getRecords': ToolsOzoneModerationGetRecords.schema,
  'tools.ozone.moderation.getRepo': ToolsOzoneModerationGetRepo.schema,
  'tools.ozone.moderation.getReporterStats': ToolsOzoneModerationGetReporterStats.schema,
  'tools.ozone.moderation.getRepos': ToolsOzoneModerationGetRepos.schema,
  'tools.ozone.moderation.getSubjects': ToolsOzoneModerationGetSubjects.schema,
  'tools.ozone.moderation.listScheduledActions': ToolsOzoneModerationListScheduledActions.schema,
  'tools.ozone.moderation.queryEvents': ToolsOzoneModerationQueryEvents.schema,
  'tools.ozone.moderation.queryStatuses': ToolsOzoneModerationQueryStatuses.schema,
  'tools.ozone.moderation.scheduleAction': ToolsOzoneModerationScheduleAction.schema,
  'tools.ozone.moderation.searchRepos': ToolsOzoneModerationSearchRepos.schema,
  'tools.ozone.queue.assignModerator': ToolsOzoneQueueAssignModerator.schema,
  'tools.ozone.queue.createQueue': ToolsOzoneQueueCreateQueue.schema,
  'tools.ozone.queue.deleteQueue': ToolsOzoneQueueDeleteQueue.schema,
  'tools.ozone.queue.getAssignments': ToolsOzoneQueueGetAssignments.schema,
  'tools.ozone.queue.listQueues': ToolsOzoneQueueListQueues.schema,
  'tools.ozone.queue.routeReports': ToolsOzoneQueueRouteReports.schema,
  'tools.ozone.queue.unassignModerator': ToolsOzoneQueueUnassignModerator.schema,
  'tools.ozone.queue.updateQueue': ToolsOzoneQueueUpdateQueue.schema,
  'tools.ozone.report.assignModerator': ToolsOzoneReportAssignModerator.schema,
  'tools.ozone.report.closeReports': ToolsOzoneReportCloseReports.schema,
  'tools.ozone.report.createActivity': ToolsOzoneReportCreateActivity.schema,
  'tools.ozone.report.getAssignments': ToolsOzoneReportGetAssignments.schema,
  'tools.ozone.report.getHistoricalStats': ToolsOzoneReportGetHistoricalStats.schema,
  'tools.ozone.report.getLatestReport': ToolsOzoneReportGetLatestReport.schema,
  'tools.ozone.report.getLiveStats': ToolsOzoneReportGetLiveStats.schema,
  'tools.ozone.report.getReport': ToolsOzoneReportGetReport.schema,
  'tools.ozone.report.listActivities': ToolsOzoneReportListActivities.schema,
  'tools.ozone.report.queryActivities': ToolsOzoneReportQueryActivities.schema,
  'tools.ozone.report.queryReports': ToolsOzoneReportQueryReports.schema,
  'tools.ozone.report.reassignQueue': ToolsOzoneReportReassignQueue.schema,
  'tools.ozone.report.refreshStats': ToolsOzoneReportRefreshStats.schema,
  'tools.ozone.report.unassignModerator': ToolsOzoneReportUnassignModerator.schema,
  'tools.ozone.safelink.addRule': ToolsOzoneSafelinkAddRule.schema,
  'tools.ozone.safelink.queryEvents': ToolsOzoneSafelinkQueryEvents.schema,
  'tools.ozone.safelink.queryRules': ToolsOzoneSafelinkQueryRules.schema,
  'tools.ozone.safelink.removeRule': ToolsOzoneSafelinkRemoveRule.schema,
  'tools.ozone.safelink.updateRule': ToolsOzoneSafelinkUpdateRule.schema,
  'tools.ozone.server.getConfig': ToolsOzoneServerGetConfig.schema,
  'tools.ozone.set.addValues': ToolsOzoneSetAddValues.schema,
  'tools.ozone.set.deleteSet': ToolsOzoneSetDeleteSet.schema,
  'tools.ozone.set.deleteValues': ToolsOzoneSetDeleteValues.schema,
  'tools.ozone.set.getValues': ToolsOzoneSetGetValues.schema,
  'tools.ozone.set.querySets': ToolsOzoneSetQuerySets.schema,
  'tools.ozone.set.upsertSet': ToolsOzoneSetUpsertSet.schema,
  'tools.ozone.setting.listOptions': ToolsOzoneSettingListOptions.schema,
  'tools.ozone.setting.removeOptions': ToolsOzoneSettingRemoveOptions.schema,
  'tools.ozone.setting.upsertOption': ToolsOzoneSettingUpsertOption.schema,
  'tools.ozone.signature.findCorrelation': ToolsOzoneSignatureFindCorrelation.schema,
  'tools.ozone.signature.findRelatedAccounts': ToolsOzoneSignatureFindRelatedAccounts.schema,
  'tools.ozone.signature.searchAccounts': ToolsOzoneSignatureSearchAccounts.schema,
  'tools.ozone.team.addMember': ToolsOzoneTeamAddMember.schema,
  'tools.ozone.team.deleteMember': ToolsOzoneTeamDeleteMember.schema,
  'tools.ozone.team.listMembers': ToolsOzoneTeamListMembers.schema,
  'tools.ozone.team.updateMember': ToolsOzoneTeamUpdateMember.schema,
  'tools.ozone.verification.grantVerifications': ToolsOzoneVerificationGrantVerifications.schema,
  'tools.ozone.verification.listVerifications': ToolsOzoneVerificationListVerifications.schema,
  'tools.ozone.verification.revokeVerifications': ToolsOzoneVerificationRevokeVerifications.schema,
} as const

/**
 * Registers the served methods of `map` on an xrpc-server Server (its markers are left to
 * the caller's catch-all); each request is validated against its Lexicon by the generated
 * checks before the handler runs, and so is its output when the server validates responses.
 * @example
 *   registerHandlers(server, appContext, methodMap) // methodMap satisfies MethodMap<AppContext, AuthResult>
 */
export function registerHandlers<C, A>(
  server: Server,
  appContext: C,
  map: MethodMap<C, A>,
  options: rt.AddMethodOptions = {},
): void {
  for (const nsid of Object.keys(map) as MethodId[]) {
    const method = map[nsid]
    if (rt.isNotServed(method)) continue
    const schema = methods[nsid]
    if (!schema) throw new Error(`No such XRPC method: ${nsid}`)
    rt.addMethod(server, schema, appContext, method, options)
  }
}
