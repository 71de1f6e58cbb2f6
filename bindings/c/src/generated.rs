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
