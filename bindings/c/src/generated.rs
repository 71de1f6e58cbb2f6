//! GENERATED from the core's tables by `src/generate.rs`: do not edit. Regenerate with
//! `BBBKIT_BLESS=1 cargo test -p bbbkit-c --lib generated_enums_are_fresh`, then run
//! `bindings/c/gen-headers.sh`. The values are the core's stable `code()`s; the names come
//! from its spellings.

/// The user's role in the meeting (`role`): the core's `Role`.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_role {
    /// `MODERATOR`.
    BBBKIT_ROLE_MODERATOR = 1,
    /// `VIEWER`.
    BBBKIT_ROLE_VIEWER = 2,
}

/// A client layout, for the join parameters of type `layout`: the core's `Layout`.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_layout {
    /// `UNIFIED_LAYOUT`.
    BBBKIT_LAYOUT_UNIFIED_LAYOUT = 1,
    /// `CUSTOM_LAYOUT`.
    BBBKIT_LAYOUT_CUSTOM_LAYOUT = 2,
    /// `SMART_LAYOUT`.
    BBBKIT_LAYOUT_SMART_LAYOUT = 3,
    /// `PRESENTATION_FOCUS`.
    BBBKIT_LAYOUT_PRESENTATION_FOCUS = 4,
    /// `VIDEO_FOCUS`.
    BBBKIT_LAYOUT_VIDEO_FOCUS = 5,
    /// `CAMERAS_ONLY`.
    BBBKIT_LAYOUT_CAMERAS_ONLY = 6,
    /// `PARTICIPANTS_AND_CHAT_ONLY`.
    BBBKIT_LAYOUT_PARTICIPANTS_AND_CHAT_ONLY = 7,
    /// `PRESENTATION_ONLY`.
    BBBKIT_LAYOUT_PRESENTATION_ONLY = 8,
    /// `MEDIA_ONLY`.
    BBBKIT_LAYOUT_MEDIA_ONLY = 9,
}

/// The `messageKey` of a failed call: the core's `MessageKey`. Match on the key or its
/// kind (`bbbkit_api_error_kind`), never on the message.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_message_key {
    /// Any other key: read it as a string with `bbbkit_api_error_key_str`.
    BBBKIT_MESSAGE_KEY_OTHER = 0,
    /// `checksumError`: kind `BBBKIT_API_ERROR_KIND_CHECKSUM_ERROR`.
    BBBKIT_MESSAGE_KEY_CHECKSUM_ERROR = 1,
    /// `meetingForciblyEnded`: kind `BBBKIT_API_ERROR_KIND_MEETING_ENDED`.
    BBBKIT_MESSAGE_KEY_MEETING_FORCIBLY_ENDED = 2,
    /// `invalidMeetingIdentifier`: kind `BBBKIT_API_ERROR_KIND_MEETING_NOT_FOUND`.
    BBBKIT_MESSAGE_KEY_INVALID_MEETING_IDENTIFIER = 3,
    /// `missingParamMeetingID`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_MISSING_PARAM_MEETING_ID = 4,
    /// `missingParamFullName`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_MISSING_PARAM_FULL_NAME = 5,
    /// `sizeError`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_SIZE_ERROR = 6,
    /// `validationError`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_VALIDATION_ERROR = 7,
    /// `invalidPassword`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_INVALID_PASSWORD = 8,
    /// `mismatchCreateTimeParam`: kind `BBBKIT_API_ERROR_KIND_CREATE_TIME_MISMATCH`.
    BBBKIT_MESSAGE_KEY_MISMATCH_CREATE_TIME_PARAM = 9,
    /// `maxParticipantsReached`: kind `BBBKIT_API_ERROR_KIND_MAX_PARTICIPANTS_REACHED`.
    BBBKIT_MESSAGE_KEY_MAX_PARTICIPANTS_REACHED = 10,
    /// `guestDeniedAccess`: kind `BBBKIT_API_ERROR_KIND_GUEST_DENIED`.
    BBBKIT_MESSAGE_KEY_GUEST_DENIED_ACCESS = 11,
    /// `Params required`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_PARAMS_REQUIRED = 12,
    /// `unsupportedContentType`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_UNSUPPORTED_CONTENT_TYPE = 13,
    /// `apiNotEnabled`: kind `BBBKIT_API_ERROR_KIND_API_NOT_ENABLED`.
    BBBKIT_MESSAGE_KEY_API_NOT_ENABLED = 14,
    /// `userNotFound`: kind `BBBKIT_API_ERROR_KIND_USER_NOT_FOUND`.
    BBBKIT_MESSAGE_KEY_USER_NOT_FOUND = 15,
    /// `notFound`: kind `BBBKIT_API_ERROR_KIND_MEETING_NOT_FOUND`.
    BBBKIT_MESSAGE_KEY_NOT_FOUND = 16,
    /// `idNotUnique`: kind `BBBKIT_API_ERROR_KIND_MEETING_ID_NOT_UNIQUE`.
    BBBKIT_MESSAGE_KEY_ID_NOT_UNIQUE = 17,
    /// No `messageKey` at all (the empty key): kind `BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR`.
    BBBKIT_MESSAGE_KEY_NO_KEY = 18,
    /// `missingParamRecordID`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_MISSING_PARAM_RECORD_ID = 19,
    /// `missingParamPublish`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_MISSING_PARAM_PUBLISH = 20,
    /// `paramError`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_PARAM_ERROR = 21,
    /// `invalidKind`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_INVALID_KIND = 22,
    /// `invalidLang`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_INVALID_LANG = 23,
    /// `empty_uploaded_text_track`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_EMPTY_UPLOADED_TEXT_TRACK = 24,
    /// `meetingNotFound`: kind `BBBKIT_API_ERROR_KIND_MEETING_NOT_FOUND`.
    BBBKIT_MESSAGE_KEY_MEETING_NOT_FOUND = 25,
    /// `missingParamCallbackURL`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_MISSING_PARAM_CALLBACK_URL = 26,
    /// `missingParamHookID`: kind `BBBKIT_API_ERROR_KIND_INVALID_REQUEST`.
    BBBKIT_MESSAGE_KEY_MISSING_PARAM_HOOK_ID = 27,
    /// `noRecordings`: kind `BBBKIT_API_ERROR_KIND_RECORDING_NOT_FOUND`.
    BBBKIT_MESSAGE_KEY_NO_RECORDINGS = 28,
}

/// What a failed call means for the application: the core's `ApiErrorKind`, one per
/// message key (`bbbkit_message_key_kind`). `bbbkit_api_error_kind_name` gives its name.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_api_error_kind {
    /// `unknown_api_error`.
    BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR = 0,
    /// `checksum_error`.
    BBBKIT_API_ERROR_KIND_CHECKSUM_ERROR = 1,
    /// `meeting_ended`.
    BBBKIT_API_ERROR_KIND_MEETING_ENDED = 2,
    /// `meeting_not_found`.
    BBBKIT_API_ERROR_KIND_MEETING_NOT_FOUND = 3,
    /// `max_participants_reached`.
    BBBKIT_API_ERROR_KIND_MAX_PARTICIPANTS_REACHED = 4,
    /// `guest_denied`.
    BBBKIT_API_ERROR_KIND_GUEST_DENIED = 5,
    /// `create_time_mismatch`.
    BBBKIT_API_ERROR_KIND_CREATE_TIME_MISMATCH = 6,
    /// `user_not_found`.
    BBBKIT_API_ERROR_KIND_USER_NOT_FOUND = 7,
    /// `meeting_id_not_unique`.
    BBBKIT_API_ERROR_KIND_MEETING_ID_NOT_UNIQUE = 8,
    /// `api_not_enabled`.
    BBBKIT_API_ERROR_KIND_API_NOT_ENABLED = 9,
    /// `invalid_request`.
    BBBKIT_API_ERROR_KIND_INVALID_REQUEST = 10,
    /// `recording_not_found`.
    BBBKIT_API_ERROR_KIND_RECORDING_NOT_FOUND = 11,
}

/// An HMAC JWT algorithm of a callback token: the core's `JwtAlgorithm`, valued by its
/// `code()`. `bbbkit_jwt_algorithm_name` gives its `alg` spelling.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_jwt_algorithm {
    /// `HS256`.
    BBBKIT_JWT_ALGORITHM_HS256 = 1,
    /// `HS384`.
    BBBKIT_JWT_ALGORITHM_HS384 = 2,
    /// `HS512`.
    BBBKIT_JWT_ALGORITHM_HS512 = 3,
}

/// Who may join as a guest (`guestPolicy` of `create`): the core's `GuestPolicy`.
/// `bbbkit_guest_policy_name` gives the value as sent.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_guest_policy {
    /// `ALWAYS_ACCEPT`.
    BBBKIT_GUEST_POLICY_ALWAYS_ACCEPT = 1,
    /// `ALWAYS_DENY`.
    BBBKIT_GUEST_POLICY_ALWAYS_DENY = 2,
    /// `ASK_MODERATOR`.
    BBBKIT_GUEST_POLICY_ASK_MODERATOR = 3,
    /// `ALWAYS_ACCEPT_AUTH`.
    BBBKIT_GUEST_POLICY_ALWAYS_ACCEPT_AUTH = 4,
}

/// A recording's state (the `state` filter of `getRecordings`): the core's
/// `RecordingState`. `bbbkit_recording_state_name` gives the value as sent.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_recording_state {
    /// `processing`.
    BBBKIT_RECORDING_STATE_PROCESSING = 1,
    /// `processed`.
    BBBKIT_RECORDING_STATE_PROCESSED = 2,
    /// `published`.
    BBBKIT_RECORDING_STATE_PUBLISHED = 3,
    /// `unpublished`.
    BBBKIT_RECORDING_STATE_UNPUBLISHED = 4,
    /// `deleted`.
    BBBKIT_RECORDING_STATE_DELETED = 5,
    /// `any`.
    BBBKIT_RECORDING_STATE_ANY = 6,
}

/// The `kind` of a text track (`putRecordingTextTrack`): the core's `TextTrackKind`.
/// `bbbkit_text_track_kind_name` gives the value as sent.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_text_track_kind {
    /// `subtitles`.
    BBBKIT_TEXT_TRACK_KIND_SUBTITLES = 1,
    /// `captions`.
    BBBKIT_TEXT_TRACK_KIND_CAPTIONS = 2,
}

/// A client feature that `disabledFeatures` can turn off: the core's `Feature`.
/// `bbbkit_feature_name` gives the value as sent; a newer one is written `newer:NAME`.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum bbbkit_feature {
    /// `breakoutRooms`.
    BBBKIT_FEATURE_BREAKOUT_ROOMS = 1,
    /// `captions`.
    BBBKIT_FEATURE_CAPTIONS = 2,
    /// `chat`.
    BBBKIT_FEATURE_CHAT = 3,
    /// `downloadPresentationWithAnnotations`.
    BBBKIT_FEATURE_DOWNLOAD_PRESENTATION_WITH_ANNOTATIONS = 4,
    /// `externalVideos`.
    BBBKIT_FEATURE_EXTERNAL_VIDEOS = 5,
    /// `importPresentationWithAnnotationsFromBreakoutRooms`.
    BBBKIT_FEATURE_IMPORT_PRESENTATION_WITH_ANNOTATIONS_FROM_BREAKOUT_ROOMS = 6,
    /// `importSharedNotesFromBreakoutRooms`.
    BBBKIT_FEATURE_IMPORT_SHARED_NOTES_FROM_BREAKOUT_ROOMS = 7,
    /// `layouts`.
    BBBKIT_FEATURE_LAYOUTS = 8,
    /// `learningDashboard`.
    BBBKIT_FEATURE_LEARNING_DASHBOARD = 9,
    /// `polls`.
    BBBKIT_FEATURE_POLLS = 10,
    /// `screenshare`.
    BBBKIT_FEATURE_SCREENSHARE = 11,
    /// `sharedNotes`.
    BBBKIT_FEATURE_SHARED_NOTES = 12,
    /// `virtualBackgrounds`.
    BBBKIT_FEATURE_VIRTUAL_BACKGROUNDS = 13,
    /// `customVirtualBackgrounds`.
    BBBKIT_FEATURE_CUSTOM_VIRTUAL_BACKGROUNDS = 14,
    /// `liveTranscription`.
    BBBKIT_FEATURE_LIVE_TRANSCRIPTION = 15,
    /// `presentation`.
    BBBKIT_FEATURE_PRESENTATION = 16,
    /// `cameraAsContent`.
    BBBKIT_FEATURE_CAMERA_AS_CONTENT = 17,
    /// `snapshotOfCurrentSlide`.
    BBBKIT_FEATURE_SNAPSHOT_OF_CURRENT_SLIDE = 18,
    /// `downloadPresentationOriginalFile`.
    BBBKIT_FEATURE_DOWNLOAD_PRESENTATION_ORIGINAL_FILE = 19,
    /// `downloadPresentationConvertedToPdf`.
    BBBKIT_FEATURE_DOWNLOAD_PRESENTATION_CONVERTED_TO_PDF = 20,
    /// `timer`.
    BBBKIT_FEATURE_TIMER = 21,
    /// `learningDashboardDownloadSessionData`.
    BBBKIT_FEATURE_LEARNING_DASHBOARD_DOWNLOAD_SESSION_DATA = 22,
    /// `infiniteWhiteboard`.
    BBBKIT_FEATURE_INFINITE_WHITEBOARD = 23,
    /// `reactions`.
    BBBKIT_FEATURE_REACTIONS = 24,
    /// `privateChat`.
    BBBKIT_FEATURE_PRIVATE_CHAT = 25,
    /// `deleteChatMessage`.
    BBBKIT_FEATURE_DELETE_CHAT_MESSAGE = 26,
    /// `editChatMessage`.
    BBBKIT_FEATURE_EDIT_CHAT_MESSAGE = 27,
    /// `replyChatMessage`.
    BBBKIT_FEATURE_REPLY_CHAT_MESSAGE = 28,
    /// `chatMessageReactions`.
    BBBKIT_FEATURE_CHAT_MESSAGE_REACTIONS = 29,
    /// `chatEmojiPicker`.
    BBBKIT_FEATURE_CHAT_EMOJI_PICKER = 30,
    /// `raiseHand`.
    BBBKIT_FEATURE_RAISE_HAND = 31,
    /// `userReactions`.
    BBBKIT_FEATURE_USER_REACTIONS = 32,
    /// `quizzes`.
    BBBKIT_FEATURE_QUIZZES = 33,
    /// `plugins`.
    BBBKIT_FEATURE_PLUGINS = 34,
    /// `pinChatMessage`.
    BBBKIT_FEATURE_PIN_CHAT_MESSAGE = 35,
}
