//! The declaration of every API call: [`for_each_call!`](crate::for_each_call), one row per
//! parameter. Adding a parameter or a call starts (and usually ends) here.

/// Every API call, `join` first, declared once: `[Type, "callName", Method, body, "doc"]`
/// followed by the rows of its parameters, in emission order.
///
/// A row is `(field, "bbbName", Kind, FieldType, [default], [cross-parameter rule], "doc")`:
///
/// - `Kind` names the parameter's kind in `core/src/calls/kinds.rs` (what it accepts and how
///   it is written); a prefix kind (`Meta`, `Userdata`) has the prefix as its BBB name
///   (`meta_`, `userdata-`) and holds `<key>` pairs;
/// - `[default]` is empty for a required parameter, else `None` or `false`;
/// - the rule is empty; `requires a, b` (this parameter is refused without those, rule
///   [`Requires`](crate::Rule::Requires)); `requires a: RuleName` (the same, refused with that
///   [`Rule`](crate::Rule)); or `or a: RuleName` (this one or `a` is required; the
///   [`Param::alternative`](crate::Param::alternative)).
///
/// The core expands the rows into each request's fields and setters, validation, query
/// writing, `set`/`from_params`, reserved names and `PARAMETERS`, and into [`ApiRequest`](crate::ApiRequest).
/// Front ends that need a type of their own call this macro with a macro of theirs, which
/// receives the same rows.
///
/// # Examples
///
/// ```
/// macro_rules! calls {
///     ($([$ty:ident, $call:literal, $($rest:tt)*] { $($rows:tt)* })*) => { [$($call),*] };
/// }
/// let calls = bbbkit::for_each_call!(calls);
/// assert_eq!(calls[..2], ["join", "create"]);
/// assert!(calls.contains(&"hooks/create"));
/// ```
#[macro_export]
macro_rules! for_each_call {
    ($m:ident) => {
        $m! {
            [JoinRequest, "join", Get, none, "Signs a user into a running meeting (the browser goes to the URL)."] {
                (meeting_id, "meetingID", MeetingId, String, [], [],
                    "The meeting's ID: 2–256 characters, no comma.")
                (full_name, "fullName", Name, String, [], [],
                    "The name shown to the others.")
                (role, "role", RoleKind, Option<$crate::Role>, [None], [or password: RoleOrPassword],
                    "MODERATOR or VIEWER (BBB 3.0+); this or the deprecated password is required.")
                (password, "password", Password, Option<String>, [None], [],
                    "The deprecated meeting password (before BBB 3.0): 2–64 characters.")
                (create_time, "createTime", Millis, Option<i64>, [None], [],
                    "The create answer's createTime (epoch ms): the join fails if the meeting was recreated since.")
                (user_id, "userID", Text, Option<String>, [None], [],
                    "The application's ID for the user.")
                (first_name, "firstName", Text, Option<String>, [None], [],
                    "The first name, used for sorting.")
                (last_name, "lastName", Text, Option<String>, [None], [],
                    "The last name, used for sorting.")
                (avatar_url, "avatarURL", Url, Option<String>, [None], [],
                    "The user's avatar: an absolute http(s) URL.")
                (webcam_background_url, "webcamBackgroundURL", Url, Option<String>, [None], [],
                    "A webcam background image: an absolute http(s) URL.")
                (redirect, "redirect", Bool, Option<bool>, [None], [],
                    "false asks for an XML answer instead of a browser redirect.")
                (error_redirect_url, "errorRedirectUrl", Url, Option<String>, [None], [],
                    "Where the browser goes when the join fails: an absolute http(s) URL.")
                (logout_url, "logoutURL", Url, Option<String>, [None], [],
                    "Where the client goes after leaving: an absolute http(s) URL.")
                (guest, "guest", Flag, bool, [false], [],
                    "Join as a guest, subject to the guest policy; false is never sent.")
                (auth, "auth", Bool, Option<bool>, [None], [],
                    "Whether the user is authenticated; unset means not a guest.")
                (bot, "bot", Flag, bool, [false], [],
                    "The user is a bot; sent only when true.")
                (exclude_from_dashboard, "excludeFromDashboard", Flag, bool, [false], [],
                    "Leave the user out of the learning dashboard; sent only when true.")
                (enforce_layout, "enforceLayout", LayoutKind, Option<$crate::Layout>, [None], [],
                    "The layout the user gets and cannot change.")
                (default_layout, "defaultLayout", LayoutKind, Option<$crate::Layout>, [None], [],
                    "The layout the user starts with (undocumented in 3.0, still read).")
                (existing_user_id, "existingUserID", Text, Option<String>, [None], [],
                    "Join as another session of this existing user.")
                (session_name, "sessionName", Text, Option<String>, [None], [requires existing_user_id: RequiresExistingUserId],
                    "A name for the extra session; needs existingUserID.")
                (replace_session_token, "replaceSessionToken", Text, Option<String>, [None], [requires existing_user_id: RequiresExistingUserId],
                    "The session to replace; needs existingUserID.")
                    (userdata, "userdata-", Userdata, Vec<(String, String)>, [], [],
                        "`userdata-<key>` pairs, keys without the prefix (no '-', '=' or '&'): client settings such as bbb_show_participants_on_login, and what the application keeps for the user.")
            }
            [CreateRequest, "create", Get, create, "Creates a meeting (idempotent while it runs)."] {
                (name, "name", MeetingName, String, [], [],
                    "The meeting's name: 2–256 characters.")
                (meeting_id, "meetingID", CreateMeetingId, String, [], [],
                    "The application's meeting ID: 2–256 characters, no comma, no surrounding white space.")
                (attendee_pw, "attendeePW", Password, Option<String>, [None], [requires moderator_pw],
                    "The viewers' password (deprecated): 2–64 characters; give both passwords or neither, since a repeated create with one fails with idNotUnique.")
                (moderator_pw, "moderatorPW", Password, Option<String>, [None], [requires attendee_pw],
                    "The moderators' password (deprecated): 2–64 characters; give both passwords or neither.")
                (welcome, "welcome", Text, Option<String>, [None], [],
                    "The chat welcome message; %%CONFNAME%%, %%DIALNUM%%, %%CONFNUM%% and %%SERVERURL%% are replaced (3.0 keeps only safe HTML).")
                (moderator_only_message, "moderatorOnlyMessage", Text, Option<String>, [None], [],
                    "A welcome message only moderators see.")
                (dial_number, "dialNumber", Text, Option<String>, [None], [],
                    "The dial-in phone number shown to users.")
                (voice_bridge, "voiceBridge", Digits, Option<String>, [None], [],
                    "The voice conference number: decimal digits (the server picks 5 random digits by default).")
                (web_voice, "webVoice", Text, Option<String>, [None], [],
                    "The legacy web voice conference (defaults to voiceBridge).")
                (max_participants, "maxParticipants", Count, Option<i64>, [None], [],
                    "The most users at once; 0 means no limit.")
                (logout_url, "logoutURL", Url, Option<String>, [None], [],
                    "Where users go when they leave: an absolute http(s) URL.")
                (login_url, "loginURL", Url, Option<String>, [None], [],
                    "Where users go to log in again (3.0): an absolute http(s) URL.")
                (record, "record", Bool, Option<bool>, [None], [],
                    "Whether the meeting may be recorded.")
                (duration, "duration", Count, Option<i64>, [None], [],
                    "The meeting's length in minutes; 0 means no limit.")
                (auto_start_recording, "autoStartRecording", Bool, Option<bool>, [None], [],
                    "Start recording when the first user joins.")
                (allow_start_stop_recording, "allowStartStopRecording", Bool, Option<bool>, [None], [],
                    "Let moderators start and stop the recording.")
                (record_full_duration_media, "recordFullDurationMedia", Bool, Option<bool>, [None], [],
                    "Record the media of the whole meeting, not only the marked parts (2.6.9).")
                (meta, "meta_", Meta, Vec<(String, String)>, [], [],
                    "`meta_<name>` pairs, names without the prefix: a letter, then letters, digits or '-'; the server lower-cases the names.")
                (meeting_ended_url, "meetingEndedURL", Url, Option<String>, [None], [],
                    "A URL the server calls when the meeting ends: an absolute http(s) URL.")
                (is_breakout, "isBreakout", Flag, bool, [false], [requires parent_meeting_id, sequence],
                    "The meeting is a breakout room; sent only when true (2.6 fails on any value).")
                (parent_meeting_id, "parentMeetingID", OptionalMeetingId, Option<String>, [None], [requires is_breakout],
                    "The parent meeting of a breakout room.")
                (sequence, "sequence", PositiveCount, Option<i64>, [None], [requires is_breakout],
                    "The breakout room's number.")
                (free_join, "freeJoin", Bool, Option<bool>, [None], [requires is_breakout],
                    "Users may choose their breakout room.")
                (breakout_rooms_capture_slides, "breakoutRoomsCaptureSlides", Bool, Option<bool>, [None], [],
                    "Bring the breakout rooms' slides back to the main room (2.5).")
                (breakout_rooms_capture_notes, "breakoutRoomsCaptureNotes", Bool, Option<bool>, [None], [],
                    "Bring the breakout rooms' shared notes back to the main room (2.5).")
                (breakout_rooms_capture_slides_filename, "breakoutRoomsCaptureSlidesFilename", Text, Option<String>, [None], [],
                    "The file name of the captured slides (2.6).")
                (breakout_rooms_capture_notes_filename, "breakoutRoomsCaptureNotesFilename", Text, Option<String>, [None], [],
                    "The file name of the captured notes (2.6).")
                (breakout_rooms_enabled, "breakoutRoomsEnabled", Bool, Option<bool>, [None], [],
                    "Deprecated (2.5): false disables breakout rooms; use disabledFeatures.")
                (breakout_rooms_record, "breakoutRoomsRecord", Bool, Option<bool>, [None], [],
                    "Record the breakout rooms.")
                (breakout_rooms_private_chat_enabled, "breakoutRoomsPrivateChatEnabled", Bool, Option<bool>, [None], [],
                    "Allow private chat in breakout rooms.")
                (webcams_only_for_moderator, "webcamsOnlyForModerator", Bool, Option<bool>, [None], [],
                    "Only moderators see the viewers' webcams.")
                (banner_text, "bannerText", Text, Option<String>, [None], [],
                    "A banner shown at the top of the client.")
                (banner_color, "bannerColor", Text, Option<String>, [None], [],
                    "The banner's colour, such as #FFFFFF.")
                (logo, "logo", Url, Option<String>, [None], [],
                    "The client's logo: an absolute http(s) URL.")
                (darklogo, "darklogo", Url, Option<String>, [None], [],
                    "The logo for the dark theme (3.0): an absolute http(s) URL.")
                (copyright, "copyright", Text, Option<String>, [None], [],
                    "A copyright notice (stored; current clients ignore it).")
                (mute_on_start, "muteOnStart", Bool, Option<bool>, [None], [],
                    "Mute users when they join (the default became true in 3.0).")
                (allow_mods_to_unmute_users, "allowModsToUnmuteUsers", Bool, Option<bool>, [None], [],
                    "Let moderators unmute users.")
                (allow_mods_to_eject_cameras, "allowModsToEjectCameras", Bool, Option<bool>, [None], [],
                    "Let moderators close users' cameras.")
                (allow_requests_without_session, "allowRequestsWithoutSession", Bool, Option<bool>, [None], [],
                    "Accept join URLs without the session cookie.")
                (lock_settings_disable_cam, "lockSettingsDisableCam", Bool, Option<bool>, [None], [],
                    "Lock: viewers cannot share a webcam.")
                (lock_settings_disable_mic, "lockSettingsDisableMic", Bool, Option<bool>, [None], [],
                    "Lock: viewers listen only.")
                (lock_settings_disable_private_chat, "lockSettingsDisablePrivateChat", Bool, Option<bool>, [None], [],
                    "Lock: no private chat for viewers.")
                (lock_settings_disable_public_chat, "lockSettingsDisablePublicChat", Bool, Option<bool>, [None], [],
                    "Lock: no public chat for viewers.")
                (lock_settings_disable_notes, "lockSettingsDisableNotes", Bool, Option<bool>, [None], [],
                    "Lock: viewers cannot edit the shared notes.")
                (lock_settings_hide_user_list, "lockSettingsHideUserList", Bool, Option<bool>, [None], [],
                    "Lock: viewers do not see each other in the user list.")
                (lock_settings_lock_on_join, "lockSettingsLockOnJoin", Bool, Option<bool>, [None], [],
                    "Apply the lock settings when users join (server default: true).")
                (lock_settings_lock_on_join_configurable, "lockSettingsLockOnJoinConfigurable", Bool, Option<bool>, [None], [],
                    "Let moderators change lockSettingsLockOnJoin.")
                (lock_settings_hide_viewers_cursor, "lockSettingsHideViewersCursor", Bool, Option<bool>, [None], [],
                    "Lock: viewers do not see each other's whiteboard cursor (2.5).")
                (lock_settings_hide_viewers_annotation, "lockSettingsHideViewersAnnotation", Bool, Option<bool>, [None], [],
                    "Lock: viewers do not see each other's annotations (2.7, 3.0).")
                (guest_policy, "guestPolicy", GuestPolicyKind, Option<$crate::GuestPolicy>, [None], [],
                    "Who lets guests in: ALWAYS_ACCEPT, ALWAYS_DENY, ASK_MODERATOR or ALWAYS_ACCEPT_AUTH.")
                (allow_promote_guest_to_moderator, "allowPromoteGuestToModerator", Bool, Option<bool>, [None], [],
                    "Guests may be promoted to moderator (2.7.9).")
                (meeting_keep_events, "meetingKeepEvents", Bool, Option<bool>, [None], [],
                    "Keep the events of a meeting that is not recorded.")
                (end_when_no_moderator, "endWhenNoModerator", Bool, Option<bool>, [None], [],
                    "End the meeting when the last moderator leaves.")
                (end_when_no_moderator_delay_in_minutes, "endWhenNoModeratorDelayInMinutes", Count, Option<i64>, [None], [],
                    "Minutes to wait before ending a meeting without moderators (default 1).")
                (meeting_layout, "meetingLayout", LayoutKind, Option<$crate::Layout>, [None], [],
                    "The layout the meeting starts with (server default: CUSTOM_LAYOUT).")
                (learning_dashboard_enabled, "learningDashboardEnabled", Bool, Option<bool>, [None], [],
                    "Deprecated (2.5): false disables the learning dashboard; use disabledFeatures.")
                (learning_dashboard_cleanup_delay_in_minutes, "learningDashboardCleanupDelayInMinutes", Count, Option<i64>, [None], [],
                    "Minutes the dashboard stays after the meeting ends.")
                (virtual_backgrounds_disabled, "virtualBackgroundsDisabled", Bool, Option<bool>, [None], [],
                    "Deprecated (2.5): true disables virtual backgrounds; use disabledFeatures.")
                (user_camera_cap, "userCameraCap", Count, Option<i64>, [None], [],
                    "Webcams one user may share; 0 means no limit.")
                (meeting_camera_cap, "meetingCameraCap", Count, Option<i64>, [None], [],
                    "Webcams shared in the meeting at once; 0 means no limit.")
                (max_pinned_cameras, "maxPinnedCameras", PositiveCount, Option<i64>, [None], [],
                    "Webcams that may be pinned at once (2.6).")
                (meeting_expire_if_no_user_joined_in_minutes, "meetingExpireIfNoUserJoinedInMinutes", Count, Option<i64>, [None], [],
                    "End the meeting if nobody joins within these minutes.")
                (meeting_expire_when_last_user_left_in_minutes, "meetingExpireWhenLastUserLeftInMinutes", Count, Option<i64>, [None], [],
                    "End the meeting these minutes after the last user leaves; 0 never.")
                (logout_timer, "logoutTimer", Count, Option<i64>, [None], [],
                    "Minutes of inactivity before a user is logged out.")
                (groups, "groups", Groups, Vec<$crate::Group>, [], [],
                    "Breakout groups with their rosters, sent as JSON (2.5).")
                (disabled_features, "disabledFeatures", Features, Vec<$crate::FeatureName>, [], [],
                    "Client features to turn off; a feature newer than bbbkit is written newer:NAME.")
                (disabled_features_exclude, "disabledFeaturesExclude", Features, Vec<$crate::FeatureName>, [], [],
                    "Features to keep on although the server's configuration disables them (2.6.9).")
                (pre_uploaded_presentation_override_default, "preUploadedPresentationOverrideDefault", Bool, Option<bool>, [None], [],
                    "false also loads the server's default presentation.")
                (pre_uploaded_presentation, "preUploadedPresentation", Url, Option<String>, [None], [],
                    "A presentation to load, by URL (2.7.2; ignored by 2.6).")
                (pre_uploaded_presentation_name, "preUploadedPresentationName", Text, Option<String>, [None], [],
                    "The file name of preUploadedPresentation (2.7.2).")
                (notify_recording_is_on, "notifyRecordingIsOn", Bool, Option<bool>, [None], [],
                    "Ask users to agree when the recording starts (2.6).")
                (presentation_upload_external_url, "presentationUploadExternalUrl", Url, Option<String>, [None], [],
                    "A page where users find files to upload (2.6): an absolute http(s) URL.")
                (presentation_upload_external_description, "presentationUploadExternalDescription", Text, Option<String>, [None], [],
                    "The text that goes with presentationUploadExternalUrl (2.6).")
                (html5_instance_id, "html5InstanceId", PositiveCount, Option<i64>, [None], [],
                    "The client instance (2.6 only; the server's load balancer overwrites it).")
                (allow_override_client_settings_on_create_call, "allowOverrideClientSettingsOnCreateCall", Bool, Option<bool>, [None], [],
                    "Listed by the 3.0 docs; 3.0 servers read it from their own settings only.")
                (plugin_manifests, "pluginManifests", PluginManifests, Vec<$crate::PluginManifest>, [], [],
                    "Client plugins for this meeting, sent as JSON (3.0).")
                (plugin_manifests_fetch_url, "pluginManifestsFetchUrl", Url, Option<String>, [None], [],
                    "A URL that lists plugin manifests as JSON (3.0).")
                (presentation_conversion_cache_enabled, "presentationConversionCacheEnabled", Bool, Option<bool>, [None], [],
                    "Cache converted presentations (3.0).")
                (max_num_pages, "maxNumPages", PositiveCount, Option<i64>, [None], [],
                    "The most pages an uploaded document may have (3.0; server default 200).")
                (multi_user_whiteboard_enabled, "multiUserWhiteboardEnabled", Bool, Option<bool>, [None], [],
                    "Everyone may draw on the whiteboard from the start (3.0).")
                (camera_bridge, "cameraBridge", Text, Option<String>, [None], [],
                    "The media bridge for webcams, such as livekit (3.0).")
                (screen_share_bridge, "screenShareBridge", Text, Option<String>, [None], [],
                    "The media bridge for screen sharing (3.0).")
                (audio_bridge, "audioBridge", Text, Option<String>, [None], [],
                    "The media bridge for audio (3.0).")
                (documents, "document", Documents, Vec<$crate::Document>, [], [],
                    "Presentation documents, sent in the POST body (not signed).")
                (client_settings_override, "clientSettingsOverride", ClientSettings, Option<String>, [None], [],
                    "A JSON object overriding client settings, sent in the POST body (3.0; the server must allow it).")
            }
            [EndRequest, "end", Get, none, "Ends a meeting; the answer comes before it has ended."] {
                (meeting_id, "meetingID", MeetingId, String, [], [],
                    "The meeting's ID (or its internal ID).")
                (password, "password", Password, Option<String>, [None], [],
                    "Deprecated: only its length is checked (2–64); it is never compared.")
            }
            [IsMeetingRunningRequest, "isMeetingRunning", Get, none, "Whether a meeting has users in it."] {
                (meeting_id, "meetingID", MeetingId, String, [], [],
                    "The meeting's ID (or its internal ID).")
            }
            [GetMeetingInfoRequest, "getMeetingInfo", Get, none, "A meeting's state, users and metadata."] {
                (meeting_id, "meetingID", MeetingId, String, [], [],
                    "The meeting's ID (or its internal ID).")
            }
            [GetMeetingsRequest, "getMeetings", Get, none, "Every meeting on the server."] {
            }
            [GetRecordingsRequest, "getRecordings", Get, none, "Recordings, filtered; without a filter or limit, every recording."] {
                (meeting_id, "meetingID", IdList, Vec<String>, [], [],
                    "External meeting IDs (not internal ones); ignored when recordID is given.")
                (record_id, "recordID", IdList, Vec<String>, [], [],
                    "Record IDs or their prefixes.")
                (state, "state", States, Vec<$crate::RecordingState>, [], [],
                    "States to include (default: published and unpublished).")
                (meta, "meta_", MetaFilter, Vec<(String, String)>, [], [],
                    "Metadata filters (AND): %x% contains, %x ends with, x% starts with, else equals.")
                (offset, "offset", Count, Option<i64>, [None], [requires limit],
                    "The first recording of the page (2.6); only used with limit.")
                (limit, "limit", Limit, Option<i64>, [None], [],
                    "Recordings per page, 1–100 (2.6).")
            }
            [PublishRecordingsRequest, "publishRecordings", Get, none, "Publishes or unpublishes recordings."] {
                (record_id, "recordID", RequiredIdList, Vec<String>, [], [],
                    "The exact record IDs.")
                (publish, "publish", RequiredBool, Option<bool>, [None], [],
                    "true publishes, false unpublishes.")
            }
            [DeleteRecordingsRequest, "deleteRecordings", Get, none, "Moves recordings to the deleted state."] {
                (record_id, "recordID", RequiredIdList, Vec<String>, [], [],
                    "The exact record IDs.")
            }
            [UpdateRecordingsRequest, "updateRecordings", Get, none, "Changes recordings' metadata; record IDs match by prefix."] {
                (record_id, "recordID", RequiredIdList, Vec<String>, [], [],
                    "Record IDs; each matches every recording it is a prefix of.")
                (meta, "meta_", Meta, Vec<(String, String)>, [], [],
                    "Metadata to set; an empty value removes the key.")
            }
            [GetRecordingTextTracksRequest, "getRecordingTextTracks", Get, none, "A recording's captions and subtitles (JSON)."] {
                (record_id, "recordID", RecordId, String, [], [],
                    "One record ID.")
            }
            [PutRecordingTextTrackRequest, "putRecordingTextTrack", Post, text_track, "Uploads captions or subtitles (multipart; the caller sends the file)."] {
                (record_id, "recordID", RecordId, String, [], [],
                    "One record ID.")
                (kind, "kind", TrackKind, Option<$crate::TextTrackKind>, [None], [],
                    "subtitles or captions.")
                (lang, "lang", Lang, String, [], [],
                    "The track's language tag, such as en or pt-BR.")
                (label, "label", Text, Option<String>, [None], [],
                    "The track's label (default: the language's name).")
            }
            [InsertDocumentRequest, "insertDocument", Post, insert_document, "Adds documents to a running meeting (POST, XML body)."] {
                (meeting_id, "meetingID", MeetingId, String, [], [],
                    "The meeting's ID (or its internal ID).")
                (documents, "document", RequiredDocuments, Vec<$crate::Document>, [], [],
                    "The documents, sent in the POST body (not signed).")
            }
            [SendChatMessageRequest, "sendChatMessage", Get, none, "Posts a message to a running meeting's public chat (3.0)."] {
                (meeting_id, "meetingID", MeetingId, String, [], [],
                    "The meeting's ID (or its internal ID); the meeting must have users.")
                (message, "message", ChatMessage, String, [], [],
                    "The message: 1–500 characters, shown as plain text.")
                (user_name, "userName", UserName, Option<String>, [None], [],
                    "The sender's name, up to 255 characters (default: System).")
            }
            [HooksCreateRequest, "hooks/create", Get, none, "Registers a webhook (bbb-webhooks)."] {
                (callback_url, "callbackURL", RequiredUrl, String, [], [],
                    "Where events are POSTed: an absolute http(s) URL; hooks are unique by this URL.")
                (meeting_id, "meetingID", OptionalMeetingId, Option<String>, [None], [],
                    "Only this meeting's events (external ID); unset: every meeting.")
                (event_id, "eventID", IdList, Vec<String>, [], [],
                    "Only these events (the server lower-cases them).")
                (get_raw, "getRaw", Bool, Option<bool>, [None], [],
                    "Send the raw events too.")
            }
            [HooksDestroyRequest, "hooks/destroy", Get, none, "Removes a webhook."] {
                (hook_id, "hookID", HookId, String, [], [],
                    "The hook's ID (a number on older servers, a UUID on BBB 3.0).")
            }
            [HooksListRequest, "hooks/list", Get, none, "Lists webhooks."] {
                (meeting_id, "meetingID", OptionalMeetingId, Option<String>, [None], [],
                    "This meeting's hooks and the global ones; unset: every hook.")
            }
        }
    };
}
