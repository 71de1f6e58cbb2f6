<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;

/**
 * {@see Server}'s methods for every call the library declares besides `join`: `…Url(...)`
 * gives the signed URL, `…Request(...)` a {@see PreparedRequest} (method, URL, body), with one
 * named argument per declared parameter; and {@see ServerCalls::prepare()} takes any call by
 * name. The methods are generated from the library's declarations (`bin/generate.php`).
 *
 * @internal used by Server only
 */
trait ServerCalls
{
    /**
     * Any declared call by name (`create`, `getRecordings`, `hooks/create`, … or `join`), with
     * its parameters named and written as in the BBB API: booleans `true`/`false`, lists
     * comma-separated, enums in any case, `meta_<name>` pairs, `document`, `groups` and
     * `pluginManifests` as JSON. A name that is not declared is sent as an extra parameter.
     * `$extra` adds parameters newer than bbbkit after them, never read as declared ones: a
     * name that shadows a declared parameter (in any case), a declared prefix or `checksum` is
     * refused (rule `reserved`).
     *
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $params
     *        name => value, or [name, value] pairs (to give `meta_…` or `document` several times)
     * @param array<mixed> $extra name => value or [name, value] pairs
     *
     * @throws InvalidParameterException naming the parameter (or `call`, for a call the
     *                                   library does not declare) and the rule
     */
    public function prepare(string $call, array $params = [], array $extra = []): PreparedRequest
    {
        $packed = '';
        foreach (Native::pairs($params, 'params') as [$name, $value]) {
            $this->lib->arg($name, 'name');
            $packed .= "{$name}\0{$this->lib->arg($value, $name)}\0";
        }
        return $this->preparePacked($call, $packed, Calls::packExtra($extra));
    }

    /**
     * @param array<string, mixed> $values
     * @param array<mixed>         $extra
     */
    private function prepareCall(string $call, array $values, array $extra): PreparedRequest
    {
        return $this->preparePacked($call, Calls::pack($call, $values), Calls::packExtra($extra));
    }

    /** Prepares `$call` from its packed declared parameters and the packed newer ones. */
    private function preparePacked(string $call, string $packed, string $extra = ''): PreparedRequest
    {
        $f = $this->lib->ffi;
        $out = $f->new('bbbkit_prepared*');
        $this->lib->check($extra === ''
            ? $f->bbbkit_server_prepare_params($this->handle, $this->lib->arg($call, 'call'), $packed, \strlen($packed), \FFI::addr($out))
            : $f->bbbkit_server_prepare_params_extra($this->handle, $this->lib->arg($call, 'call'), $packed, \strlen($packed), $extra, \strlen($extra), \FFI::addr($out)));
        try {
            return PreparedRequest::fromNative($this->lib, $out);
        } finally {
            $f->bbbkit_prepared_free($out);
        }
    }

    // @generated begin methods by bin/generate.php from the library's call declarations: do not edit
    /**
     * `create`: Creates a meeting (idempotent while it runs).
     *
     * The signed URL, sent with GET.
     * Body parameters (`document`) are taken by {@see Server::createRequest()}.
     *
     * @param string $name `name`: The meeting's name: 2–256 characters.
     * @param string $meetingId `meetingID`: The application's meeting ID: 2–256 characters, no comma, no surrounding white space.
     * @param string|null $attendeePw `attendeePW`: The viewers' password (deprecated): 2–64 characters; give both passwords or neither, since a repeated create with one fails with idNotUnique.
     * @param string|null $moderatorPw `moderatorPW`: The moderators' password (deprecated): 2–64 characters; give both passwords or neither.
     * @param string|null $welcome `welcome`: The chat welcome message; %%CONFNAME%%, %%DIALNUM%%, %%CONFNUM%% and %%SERVERURL%% are replaced (3.0 keeps only safe HTML).
     * @param string|null $moderatorOnlyMessage `moderatorOnlyMessage`: A welcome message only moderators see.
     * @param string|null $dialNumber `dialNumber`: The dial-in phone number shown to users.
     * @param string|null $voiceBridge `voiceBridge`: The voice conference number: decimal digits (the server picks 5 random digits by default).
     * @param string|null $webVoice `webVoice`: The legacy web voice conference (defaults to voiceBridge).
     * @param int|null $maxParticipants `maxParticipants`: The most users at once; 0 means no limit.
     * @param string|null $logoutUrl `logoutURL`: Where users go when they leave: an absolute http(s) URL.
     * @param string|null $loginUrl `loginURL`: Where users go to log in again (3.0): an absolute http(s) URL.
     * @param bool|null $record `record`: Whether the meeting may be recorded.
     * @param int|null $duration `duration`: The meeting's length in minutes; 0 means no limit.
     * @param bool|null $autoStartRecording `autoStartRecording`: Start recording when the first user joins.
     * @param bool|null $allowStartStopRecording `allowStartStopRecording`: Let moderators start and stop the recording.
     * @param bool|null $recordFullDurationMedia `recordFullDurationMedia`: Record the media of the whole meeting, not only the marked parts (2.6.9).
     * @param array<string, string|int|bool> $meta `meta_`: `meta_<name>` pairs, names without the prefix: a letter, then letters, digits or '-'; the server lower-cases the names.
     * @param string|null $meetingEndedUrl `meetingEndedURL`: A URL the server calls when the meeting ends: an absolute http(s) URL.
     * @param bool $isBreakout `isBreakout`: The meeting is a breakout room; sent only when true (2.6 fails on any value).
     * @param string|null $parentMeetingId `parentMeetingID`: The parent meeting of a breakout room.
     * @param int|null $sequence `sequence`: The breakout room's number.
     * @param bool|null $freeJoin `freeJoin`: Users may choose their breakout room.
     * @param bool|null $breakoutRoomsCaptureSlides `breakoutRoomsCaptureSlides`: Bring the breakout rooms' slides back to the main room (2.5).
     * @param bool|null $breakoutRoomsCaptureNotes `breakoutRoomsCaptureNotes`: Bring the breakout rooms' shared notes back to the main room (2.5).
     * @param string|null $breakoutRoomsCaptureSlidesFilename `breakoutRoomsCaptureSlidesFilename`: The file name of the captured slides (2.6).
     * @param string|null $breakoutRoomsCaptureNotesFilename `breakoutRoomsCaptureNotesFilename`: The file name of the captured notes (2.6).
     * @param bool|null $breakoutRoomsEnabled `breakoutRoomsEnabled`: Deprecated (2.5): false disables breakout rooms; use disabledFeatures.
     * @param bool|null $breakoutRoomsRecord `breakoutRoomsRecord`: Record the breakout rooms.
     * @param bool|null $breakoutRoomsPrivateChatEnabled `breakoutRoomsPrivateChatEnabled`: Allow private chat in breakout rooms.
     * @param bool|null $webcamsOnlyForModerator `webcamsOnlyForModerator`: Only moderators see the viewers' webcams.
     * @param string|null $bannerText `bannerText`: A banner shown at the top of the client.
     * @param string|null $bannerColor `bannerColor`: The banner's colour, such as #FFFFFF.
     * @param string|null $logo `logo`: The client's logo: an absolute http(s) URL.
     * @param string|null $darklogo `darklogo`: The logo for the dark theme (3.0): an absolute http(s) URL.
     * @param string|null $copyright `copyright`: A copyright notice (stored; current clients ignore it).
     * @param bool|null $muteOnStart `muteOnStart`: Mute users when they join (the default became true in 3.0).
     * @param bool|null $allowModsToUnmuteUsers `allowModsToUnmuteUsers`: Let moderators unmute users.
     * @param bool|null $allowModsToEjectCameras `allowModsToEjectCameras`: Let moderators close users' cameras.
     * @param bool|null $allowRequestsWithoutSession `allowRequestsWithoutSession`: Accept join URLs without the session cookie.
     * @param bool|null $lockSettingsDisableCam `lockSettingsDisableCam`: Lock: viewers cannot share a webcam.
     * @param bool|null $lockSettingsDisableMic `lockSettingsDisableMic`: Lock: viewers listen only.
     * @param bool|null $lockSettingsDisablePrivateChat `lockSettingsDisablePrivateChat`: Lock: no private chat for viewers.
     * @param bool|null $lockSettingsDisablePublicChat `lockSettingsDisablePublicChat`: Lock: no public chat for viewers.
     * @param bool|null $lockSettingsDisableNotes `lockSettingsDisableNotes`: Lock: viewers cannot edit the shared notes.
     * @param bool|null $lockSettingsHideUserList `lockSettingsHideUserList`: Lock: viewers do not see each other in the user list.
     * @param bool|null $lockSettingsLockOnJoin `lockSettingsLockOnJoin`: Apply the lock settings when users join (server default: true).
     * @param bool|null $lockSettingsLockOnJoinConfigurable `lockSettingsLockOnJoinConfigurable`: Let moderators change lockSettingsLockOnJoin.
     * @param bool|null $lockSettingsHideViewersCursor `lockSettingsHideViewersCursor`: Lock: viewers do not see each other's whiteboard cursor (2.5).
     * @param bool|null $lockSettingsHideViewersAnnotation `lockSettingsHideViewersAnnotation`: Lock: viewers do not see each other's annotations (2.7, 3.0).
     * @param GuestPolicy|string|null $guestPolicy `guestPolicy`: Who lets guests in: ALWAYS_ACCEPT, ALWAYS_DENY, ASK_MODERATOR or ALWAYS_ACCEPT_AUTH.
     * @param bool|null $allowPromoteGuestToModerator `allowPromoteGuestToModerator`: Guests may be promoted to moderator (2.7.9).
     * @param bool|null $meetingKeepEvents `meetingKeepEvents`: Keep the events of a meeting that is not recorded.
     * @param bool|null $endWhenNoModerator `endWhenNoModerator`: End the meeting when the last moderator leaves.
     * @param int|null $endWhenNoModeratorDelayInMinutes `endWhenNoModeratorDelayInMinutes`: Minutes to wait before ending a meeting without moderators (default 1).
     * @param Layout|string|null $meetingLayout `meetingLayout`: The layout the meeting starts with (server default: CUSTOM_LAYOUT).
     * @param bool|null $learningDashboardEnabled `learningDashboardEnabled`: Deprecated (2.5): false disables the learning dashboard; use disabledFeatures.
     * @param int|null $learningDashboardCleanupDelayInMinutes `learningDashboardCleanupDelayInMinutes`: Minutes the dashboard stays after the meeting ends.
     * @param bool|null $virtualBackgroundsDisabled `virtualBackgroundsDisabled`: Deprecated (2.5): true disables virtual backgrounds; use disabledFeatures.
     * @param int|null $userCameraCap `userCameraCap`: Webcams one user may share; 0 means no limit.
     * @param int|null $meetingCameraCap `meetingCameraCap`: Webcams shared in the meeting at once; 0 means no limit.
     * @param int|null $maxPinnedCameras `maxPinnedCameras`: Webcams that may be pinned at once (2.6).
     * @param int|null $meetingExpireIfNoUserJoinedInMinutes `meetingExpireIfNoUserJoinedInMinutes`: End the meeting if nobody joins within these minutes.
     * @param int|null $meetingExpireWhenLastUserLeftInMinutes `meetingExpireWhenLastUserLeftInMinutes`: End the meeting these minutes after the last user leaves; 0 never.
     * @param int|null $logoutTimer `logoutTimer`: Minutes of inactivity before a user is logged out.
     * @param list<Group>|string $groups `groups`: Breakout groups with their rosters, sent as JSON (2.5).
     * @param list<Feature|string>|string $disabledFeatures `disabledFeatures`: Client features to turn off; a feature newer than bbbkit is written newer:NAME.
     * @param list<Feature|string>|string $disabledFeaturesExclude `disabledFeaturesExclude`: Features to keep on although the server's configuration disables them (2.6.9).
     * @param bool|null $preUploadedPresentationOverrideDefault `preUploadedPresentationOverrideDefault`: false also loads the server's default presentation.
     * @param string|null $preUploadedPresentation `preUploadedPresentation`: A presentation to load, by URL (2.7.2; ignored by 2.6).
     * @param string|null $preUploadedPresentationName `preUploadedPresentationName`: The file name of preUploadedPresentation (2.7.2).
     * @param bool|null $notifyRecordingIsOn `notifyRecordingIsOn`: Ask users to agree when the recording starts (2.6).
     * @param string|null $presentationUploadExternalUrl `presentationUploadExternalUrl`: A page where users find files to upload (2.6): an absolute http(s) URL.
     * @param string|null $presentationUploadExternalDescription `presentationUploadExternalDescription`: The text that goes with presentationUploadExternalUrl (2.6).
     * @param int|null $html5InstanceId `html5InstanceId`: The client instance (2.6 only; the server's load balancer overwrites it).
     * @param bool|null $allowOverrideClientSettingsOnCreateCall `allowOverrideClientSettingsOnCreateCall`: Listed by the 3.0 docs; 3.0 servers read it from their own settings only.
     * @param list<PluginManifest>|string $pluginManifests `pluginManifests`: Client plugins for this meeting, sent as JSON (3.0).
     * @param string|null $pluginManifestsFetchUrl `pluginManifestsFetchUrl`: A URL that lists plugin manifests as JSON (3.0).
     * @param bool|null $presentationConversionCacheEnabled `presentationConversionCacheEnabled`: Cache converted presentations (3.0).
     * @param int|null $maxNumPages `maxNumPages`: The most pages an uploaded document may have (3.0; server default 200).
     * @param bool|null $multiUserWhiteboardEnabled `multiUserWhiteboardEnabled`: Everyone may draw on the whiteboard from the start (3.0).
     * @param string|null $cameraBridge `cameraBridge`: The media bridge for webcams, such as livekit (3.0).
     * @param string|null $screenShareBridge `screenShareBridge`: The media bridge for screen sharing (3.0).
     * @param string|null $audioBridge `audioBridge`: The media bridge for audio (3.0).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function createUrl(
        string $name,
        string $meetingId,
        #[\SensitiveParameter] ?string $attendeePw = null,
        #[\SensitiveParameter] ?string $moderatorPw = null,
        ?string $welcome = null,
        ?string $moderatorOnlyMessage = null,
        ?string $dialNumber = null,
        ?string $voiceBridge = null,
        ?string $webVoice = null,
        ?int $maxParticipants = null,
        ?string $logoutUrl = null,
        ?string $loginUrl = null,
        ?bool $record = null,
        ?int $duration = null,
        ?bool $autoStartRecording = null,
        ?bool $allowStartStopRecording = null,
        ?bool $recordFullDurationMedia = null,
        array $meta = [],
        ?string $meetingEndedUrl = null,
        bool $isBreakout = false,
        ?string $parentMeetingId = null,
        ?int $sequence = null,
        ?bool $freeJoin = null,
        ?bool $breakoutRoomsCaptureSlides = null,
        ?bool $breakoutRoomsCaptureNotes = null,
        ?string $breakoutRoomsCaptureSlidesFilename = null,
        ?string $breakoutRoomsCaptureNotesFilename = null,
        ?bool $breakoutRoomsEnabled = null,
        ?bool $breakoutRoomsRecord = null,
        ?bool $breakoutRoomsPrivateChatEnabled = null,
        ?bool $webcamsOnlyForModerator = null,
        ?string $bannerText = null,
        ?string $bannerColor = null,
        ?string $logo = null,
        ?string $darklogo = null,
        ?string $copyright = null,
        ?bool $muteOnStart = null,
        ?bool $allowModsToUnmuteUsers = null,
        ?bool $allowModsToEjectCameras = null,
        ?bool $allowRequestsWithoutSession = null,
        ?bool $lockSettingsDisableCam = null,
        ?bool $lockSettingsDisableMic = null,
        ?bool $lockSettingsDisablePrivateChat = null,
        ?bool $lockSettingsDisablePublicChat = null,
        ?bool $lockSettingsDisableNotes = null,
        ?bool $lockSettingsHideUserList = null,
        ?bool $lockSettingsLockOnJoin = null,
        ?bool $lockSettingsLockOnJoinConfigurable = null,
        ?bool $lockSettingsHideViewersCursor = null,
        ?bool $lockSettingsHideViewersAnnotation = null,
        GuestPolicy|string|null $guestPolicy = null,
        ?bool $allowPromoteGuestToModerator = null,
        ?bool $meetingKeepEvents = null,
        ?bool $endWhenNoModerator = null,
        ?int $endWhenNoModeratorDelayInMinutes = null,
        Layout|string|null $meetingLayout = null,
        ?bool $learningDashboardEnabled = null,
        ?int $learningDashboardCleanupDelayInMinutes = null,
        ?bool $virtualBackgroundsDisabled = null,
        ?int $userCameraCap = null,
        ?int $meetingCameraCap = null,
        ?int $maxPinnedCameras = null,
        ?int $meetingExpireIfNoUserJoinedInMinutes = null,
        ?int $meetingExpireWhenLastUserLeftInMinutes = null,
        ?int $logoutTimer = null,
        array|string $groups = [],
        array|string $disabledFeatures = [],
        array|string $disabledFeaturesExclude = [],
        ?bool $preUploadedPresentationOverrideDefault = null,
        ?string $preUploadedPresentation = null,
        ?string $preUploadedPresentationName = null,
        ?bool $notifyRecordingIsOn = null,
        ?string $presentationUploadExternalUrl = null,
        ?string $presentationUploadExternalDescription = null,
        ?int $html5InstanceId = null,
        ?bool $allowOverrideClientSettingsOnCreateCall = null,
        array|string $pluginManifests = [],
        ?string $pluginManifestsFetchUrl = null,
        ?bool $presentationConversionCacheEnabled = null,
        ?int $maxNumPages = null,
        ?bool $multiUserWhiteboardEnabled = null,
        ?string $cameraBridge = null,
        ?string $screenShareBridge = null,
        ?string $audioBridge = null,
        array $extra = [],
    ): string {
        return $this->prepareCall('create', [
            'name' => $name,
            'meetingID' => $meetingId,
            'attendeePW' => $attendeePw,
            'moderatorPW' => $moderatorPw,
            'welcome' => $welcome,
            'moderatorOnlyMessage' => $moderatorOnlyMessage,
            'dialNumber' => $dialNumber,
            'voiceBridge' => $voiceBridge,
            'webVoice' => $webVoice,
            'maxParticipants' => $maxParticipants,
            'logoutURL' => $logoutUrl,
            'loginURL' => $loginUrl,
            'record' => $record,
            'duration' => $duration,
            'autoStartRecording' => $autoStartRecording,
            'allowStartStopRecording' => $allowStartStopRecording,
            'recordFullDurationMedia' => $recordFullDurationMedia,
            'meta_' => $meta,
            'meetingEndedURL' => $meetingEndedUrl,
            'isBreakout' => $isBreakout,
            'parentMeetingID' => $parentMeetingId,
            'sequence' => $sequence,
            'freeJoin' => $freeJoin,
            'breakoutRoomsCaptureSlides' => $breakoutRoomsCaptureSlides,
            'breakoutRoomsCaptureNotes' => $breakoutRoomsCaptureNotes,
            'breakoutRoomsCaptureSlidesFilename' => $breakoutRoomsCaptureSlidesFilename,
            'breakoutRoomsCaptureNotesFilename' => $breakoutRoomsCaptureNotesFilename,
            'breakoutRoomsEnabled' => $breakoutRoomsEnabled,
            'breakoutRoomsRecord' => $breakoutRoomsRecord,
            'breakoutRoomsPrivateChatEnabled' => $breakoutRoomsPrivateChatEnabled,
            'webcamsOnlyForModerator' => $webcamsOnlyForModerator,
            'bannerText' => $bannerText,
            'bannerColor' => $bannerColor,
            'logo' => $logo,
            'darklogo' => $darklogo,
            'copyright' => $copyright,
            'muteOnStart' => $muteOnStart,
            'allowModsToUnmuteUsers' => $allowModsToUnmuteUsers,
            'allowModsToEjectCameras' => $allowModsToEjectCameras,
            'allowRequestsWithoutSession' => $allowRequestsWithoutSession,
            'lockSettingsDisableCam' => $lockSettingsDisableCam,
            'lockSettingsDisableMic' => $lockSettingsDisableMic,
            'lockSettingsDisablePrivateChat' => $lockSettingsDisablePrivateChat,
            'lockSettingsDisablePublicChat' => $lockSettingsDisablePublicChat,
            'lockSettingsDisableNotes' => $lockSettingsDisableNotes,
            'lockSettingsHideUserList' => $lockSettingsHideUserList,
            'lockSettingsLockOnJoin' => $lockSettingsLockOnJoin,
            'lockSettingsLockOnJoinConfigurable' => $lockSettingsLockOnJoinConfigurable,
            'lockSettingsHideViewersCursor' => $lockSettingsHideViewersCursor,
            'lockSettingsHideViewersAnnotation' => $lockSettingsHideViewersAnnotation,
            'guestPolicy' => $guestPolicy,
            'allowPromoteGuestToModerator' => $allowPromoteGuestToModerator,
            'meetingKeepEvents' => $meetingKeepEvents,
            'endWhenNoModerator' => $endWhenNoModerator,
            'endWhenNoModeratorDelayInMinutes' => $endWhenNoModeratorDelayInMinutes,
            'meetingLayout' => $meetingLayout,
            'learningDashboardEnabled' => $learningDashboardEnabled,
            'learningDashboardCleanupDelayInMinutes' => $learningDashboardCleanupDelayInMinutes,
            'virtualBackgroundsDisabled' => $virtualBackgroundsDisabled,
            'userCameraCap' => $userCameraCap,
            'meetingCameraCap' => $meetingCameraCap,
            'maxPinnedCameras' => $maxPinnedCameras,
            'meetingExpireIfNoUserJoinedInMinutes' => $meetingExpireIfNoUserJoinedInMinutes,
            'meetingExpireWhenLastUserLeftInMinutes' => $meetingExpireWhenLastUserLeftInMinutes,
            'logoutTimer' => $logoutTimer,
            'groups' => $groups,
            'disabledFeatures' => $disabledFeatures,
            'disabledFeaturesExclude' => $disabledFeaturesExclude,
            'preUploadedPresentationOverrideDefault' => $preUploadedPresentationOverrideDefault,
            'preUploadedPresentation' => $preUploadedPresentation,
            'preUploadedPresentationName' => $preUploadedPresentationName,
            'notifyRecordingIsOn' => $notifyRecordingIsOn,
            'presentationUploadExternalUrl' => $presentationUploadExternalUrl,
            'presentationUploadExternalDescription' => $presentationUploadExternalDescription,
            'html5InstanceId' => $html5InstanceId,
            'allowOverrideClientSettingsOnCreateCall' => $allowOverrideClientSettingsOnCreateCall,
            'pluginManifests' => $pluginManifests,
            'pluginManifestsFetchUrl' => $pluginManifestsFetchUrl,
            'presentationConversionCacheEnabled' => $presentationConversionCacheEnabled,
            'maxNumPages' => $maxNumPages,
            'multiUserWhiteboardEnabled' => $multiUserWhiteboardEnabled,
            'cameraBridge' => $cameraBridge,
            'screenShareBridge' => $screenShareBridge,
            'audioBridge' => $audioBridge,
        ], $extra)->url;
    }

    /**
     * `create`: Creates a meeting (idempotent while it runs).
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param string $name `name`: The meeting's name: 2–256 characters.
     * @param string $meetingId `meetingID`: The application's meeting ID: 2–256 characters, no comma, no surrounding white space.
     * @param string|null $attendeePw `attendeePW`: The viewers' password (deprecated): 2–64 characters; give both passwords or neither, since a repeated create with one fails with idNotUnique.
     * @param string|null $moderatorPw `moderatorPW`: The moderators' password (deprecated): 2–64 characters; give both passwords or neither.
     * @param string|null $welcome `welcome`: The chat welcome message; %%CONFNAME%%, %%DIALNUM%%, %%CONFNUM%% and %%SERVERURL%% are replaced (3.0 keeps only safe HTML).
     * @param string|null $moderatorOnlyMessage `moderatorOnlyMessage`: A welcome message only moderators see.
     * @param string|null $dialNumber `dialNumber`: The dial-in phone number shown to users.
     * @param string|null $voiceBridge `voiceBridge`: The voice conference number: decimal digits (the server picks 5 random digits by default).
     * @param string|null $webVoice `webVoice`: The legacy web voice conference (defaults to voiceBridge).
     * @param int|null $maxParticipants `maxParticipants`: The most users at once; 0 means no limit.
     * @param string|null $logoutUrl `logoutURL`: Where users go when they leave: an absolute http(s) URL.
     * @param string|null $loginUrl `loginURL`: Where users go to log in again (3.0): an absolute http(s) URL.
     * @param bool|null $record `record`: Whether the meeting may be recorded.
     * @param int|null $duration `duration`: The meeting's length in minutes; 0 means no limit.
     * @param bool|null $autoStartRecording `autoStartRecording`: Start recording when the first user joins.
     * @param bool|null $allowStartStopRecording `allowStartStopRecording`: Let moderators start and stop the recording.
     * @param bool|null $recordFullDurationMedia `recordFullDurationMedia`: Record the media of the whole meeting, not only the marked parts (2.6.9).
     * @param array<string, string|int|bool> $meta `meta_`: `meta_<name>` pairs, names without the prefix: a letter, then letters, digits or '-'; the server lower-cases the names.
     * @param string|null $meetingEndedUrl `meetingEndedURL`: A URL the server calls when the meeting ends: an absolute http(s) URL.
     * @param bool $isBreakout `isBreakout`: The meeting is a breakout room; sent only when true (2.6 fails on any value).
     * @param string|null $parentMeetingId `parentMeetingID`: The parent meeting of a breakout room.
     * @param int|null $sequence `sequence`: The breakout room's number.
     * @param bool|null $freeJoin `freeJoin`: Users may choose their breakout room.
     * @param bool|null $breakoutRoomsCaptureSlides `breakoutRoomsCaptureSlides`: Bring the breakout rooms' slides back to the main room (2.5).
     * @param bool|null $breakoutRoomsCaptureNotes `breakoutRoomsCaptureNotes`: Bring the breakout rooms' shared notes back to the main room (2.5).
     * @param string|null $breakoutRoomsCaptureSlidesFilename `breakoutRoomsCaptureSlidesFilename`: The file name of the captured slides (2.6).
     * @param string|null $breakoutRoomsCaptureNotesFilename `breakoutRoomsCaptureNotesFilename`: The file name of the captured notes (2.6).
     * @param bool|null $breakoutRoomsEnabled `breakoutRoomsEnabled`: Deprecated (2.5): false disables breakout rooms; use disabledFeatures.
     * @param bool|null $breakoutRoomsRecord `breakoutRoomsRecord`: Record the breakout rooms.
     * @param bool|null $breakoutRoomsPrivateChatEnabled `breakoutRoomsPrivateChatEnabled`: Allow private chat in breakout rooms.
     * @param bool|null $webcamsOnlyForModerator `webcamsOnlyForModerator`: Only moderators see the viewers' webcams.
     * @param string|null $bannerText `bannerText`: A banner shown at the top of the client.
     * @param string|null $bannerColor `bannerColor`: The banner's colour, such as #FFFFFF.
     * @param string|null $logo `logo`: The client's logo: an absolute http(s) URL.
     * @param string|null $darklogo `darklogo`: The logo for the dark theme (3.0): an absolute http(s) URL.
     * @param string|null $copyright `copyright`: A copyright notice (stored; current clients ignore it).
     * @param bool|null $muteOnStart `muteOnStart`: Mute users when they join (the default became true in 3.0).
     * @param bool|null $allowModsToUnmuteUsers `allowModsToUnmuteUsers`: Let moderators unmute users.
     * @param bool|null $allowModsToEjectCameras `allowModsToEjectCameras`: Let moderators close users' cameras.
     * @param bool|null $allowRequestsWithoutSession `allowRequestsWithoutSession`: Accept join URLs without the session cookie.
     * @param bool|null $lockSettingsDisableCam `lockSettingsDisableCam`: Lock: viewers cannot share a webcam.
     * @param bool|null $lockSettingsDisableMic `lockSettingsDisableMic`: Lock: viewers listen only.
     * @param bool|null $lockSettingsDisablePrivateChat `lockSettingsDisablePrivateChat`: Lock: no private chat for viewers.
     * @param bool|null $lockSettingsDisablePublicChat `lockSettingsDisablePublicChat`: Lock: no public chat for viewers.
     * @param bool|null $lockSettingsDisableNotes `lockSettingsDisableNotes`: Lock: viewers cannot edit the shared notes.
     * @param bool|null $lockSettingsHideUserList `lockSettingsHideUserList`: Lock: viewers do not see each other in the user list.
     * @param bool|null $lockSettingsLockOnJoin `lockSettingsLockOnJoin`: Apply the lock settings when users join (server default: true).
     * @param bool|null $lockSettingsLockOnJoinConfigurable `lockSettingsLockOnJoinConfigurable`: Let moderators change lockSettingsLockOnJoin.
     * @param bool|null $lockSettingsHideViewersCursor `lockSettingsHideViewersCursor`: Lock: viewers do not see each other's whiteboard cursor (2.5).
     * @param bool|null $lockSettingsHideViewersAnnotation `lockSettingsHideViewersAnnotation`: Lock: viewers do not see each other's annotations (2.7, 3.0).
     * @param GuestPolicy|string|null $guestPolicy `guestPolicy`: Who lets guests in: ALWAYS_ACCEPT, ALWAYS_DENY, ASK_MODERATOR or ALWAYS_ACCEPT_AUTH.
     * @param bool|null $allowPromoteGuestToModerator `allowPromoteGuestToModerator`: Guests may be promoted to moderator (2.7.9).
     * @param bool|null $meetingKeepEvents `meetingKeepEvents`: Keep the events of a meeting that is not recorded.
     * @param bool|null $endWhenNoModerator `endWhenNoModerator`: End the meeting when the last moderator leaves.
     * @param int|null $endWhenNoModeratorDelayInMinutes `endWhenNoModeratorDelayInMinutes`: Minutes to wait before ending a meeting without moderators (default 1).
     * @param Layout|string|null $meetingLayout `meetingLayout`: The layout the meeting starts with (server default: CUSTOM_LAYOUT).
     * @param bool|null $learningDashboardEnabled `learningDashboardEnabled`: Deprecated (2.5): false disables the learning dashboard; use disabledFeatures.
     * @param int|null $learningDashboardCleanupDelayInMinutes `learningDashboardCleanupDelayInMinutes`: Minutes the dashboard stays after the meeting ends.
     * @param bool|null $virtualBackgroundsDisabled `virtualBackgroundsDisabled`: Deprecated (2.5): true disables virtual backgrounds; use disabledFeatures.
     * @param int|null $userCameraCap `userCameraCap`: Webcams one user may share; 0 means no limit.
     * @param int|null $meetingCameraCap `meetingCameraCap`: Webcams shared in the meeting at once; 0 means no limit.
     * @param int|null $maxPinnedCameras `maxPinnedCameras`: Webcams that may be pinned at once (2.6).
     * @param int|null $meetingExpireIfNoUserJoinedInMinutes `meetingExpireIfNoUserJoinedInMinutes`: End the meeting if nobody joins within these minutes.
     * @param int|null $meetingExpireWhenLastUserLeftInMinutes `meetingExpireWhenLastUserLeftInMinutes`: End the meeting these minutes after the last user leaves; 0 never.
     * @param int|null $logoutTimer `logoutTimer`: Minutes of inactivity before a user is logged out.
     * @param list<Group>|string $groups `groups`: Breakout groups with their rosters, sent as JSON (2.5).
     * @param list<Feature|string>|string $disabledFeatures `disabledFeatures`: Client features to turn off; a feature newer than bbbkit is written newer:NAME.
     * @param list<Feature|string>|string $disabledFeaturesExclude `disabledFeaturesExclude`: Features to keep on although the server's configuration disables them (2.6.9).
     * @param bool|null $preUploadedPresentationOverrideDefault `preUploadedPresentationOverrideDefault`: false also loads the server's default presentation.
     * @param string|null $preUploadedPresentation `preUploadedPresentation`: A presentation to load, by URL (2.7.2; ignored by 2.6).
     * @param string|null $preUploadedPresentationName `preUploadedPresentationName`: The file name of preUploadedPresentation (2.7.2).
     * @param bool|null $notifyRecordingIsOn `notifyRecordingIsOn`: Ask users to agree when the recording starts (2.6).
     * @param string|null $presentationUploadExternalUrl `presentationUploadExternalUrl`: A page where users find files to upload (2.6): an absolute http(s) URL.
     * @param string|null $presentationUploadExternalDescription `presentationUploadExternalDescription`: The text that goes with presentationUploadExternalUrl (2.6).
     * @param int|null $html5InstanceId `html5InstanceId`: The client instance (2.6 only; the server's load balancer overwrites it).
     * @param bool|null $allowOverrideClientSettingsOnCreateCall `allowOverrideClientSettingsOnCreateCall`: Listed by the 3.0 docs; 3.0 servers read it from their own settings only.
     * @param list<PluginManifest>|string $pluginManifests `pluginManifests`: Client plugins for this meeting, sent as JSON (3.0).
     * @param string|null $pluginManifestsFetchUrl `pluginManifestsFetchUrl`: A URL that lists plugin manifests as JSON (3.0).
     * @param bool|null $presentationConversionCacheEnabled `presentationConversionCacheEnabled`: Cache converted presentations (3.0).
     * @param int|null $maxNumPages `maxNumPages`: The most pages an uploaded document may have (3.0; server default 200).
     * @param bool|null $multiUserWhiteboardEnabled `multiUserWhiteboardEnabled`: Everyone may draw on the whiteboard from the start (3.0).
     * @param string|null $cameraBridge `cameraBridge`: The media bridge for webcams, such as livekit (3.0).
     * @param string|null $screenShareBridge `screenShareBridge`: The media bridge for screen sharing (3.0).
     * @param string|null $audioBridge `audioBridge`: The media bridge for audio (3.0).
     * @param list<Document>|string $documents `document`: Presentation documents, sent in the POST body (not signed).
     * @param array<string, mixed>|string|null $clientSettingsOverride `clientSettingsOverride`: A JSON object overriding client settings, sent in the POST body (3.0; the server must allow it).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function createRequest(
        string $name,
        string $meetingId,
        #[\SensitiveParameter] ?string $attendeePw = null,
        #[\SensitiveParameter] ?string $moderatorPw = null,
        ?string $welcome = null,
        ?string $moderatorOnlyMessage = null,
        ?string $dialNumber = null,
        ?string $voiceBridge = null,
        ?string $webVoice = null,
        ?int $maxParticipants = null,
        ?string $logoutUrl = null,
        ?string $loginUrl = null,
        ?bool $record = null,
        ?int $duration = null,
        ?bool $autoStartRecording = null,
        ?bool $allowStartStopRecording = null,
        ?bool $recordFullDurationMedia = null,
        array $meta = [],
        ?string $meetingEndedUrl = null,
        bool $isBreakout = false,
        ?string $parentMeetingId = null,
        ?int $sequence = null,
        ?bool $freeJoin = null,
        ?bool $breakoutRoomsCaptureSlides = null,
        ?bool $breakoutRoomsCaptureNotes = null,
        ?string $breakoutRoomsCaptureSlidesFilename = null,
        ?string $breakoutRoomsCaptureNotesFilename = null,
        ?bool $breakoutRoomsEnabled = null,
        ?bool $breakoutRoomsRecord = null,
        ?bool $breakoutRoomsPrivateChatEnabled = null,
        ?bool $webcamsOnlyForModerator = null,
        ?string $bannerText = null,
        ?string $bannerColor = null,
        ?string $logo = null,
        ?string $darklogo = null,
        ?string $copyright = null,
        ?bool $muteOnStart = null,
        ?bool $allowModsToUnmuteUsers = null,
        ?bool $allowModsToEjectCameras = null,
        ?bool $allowRequestsWithoutSession = null,
        ?bool $lockSettingsDisableCam = null,
        ?bool $lockSettingsDisableMic = null,
        ?bool $lockSettingsDisablePrivateChat = null,
        ?bool $lockSettingsDisablePublicChat = null,
        ?bool $lockSettingsDisableNotes = null,
        ?bool $lockSettingsHideUserList = null,
        ?bool $lockSettingsLockOnJoin = null,
        ?bool $lockSettingsLockOnJoinConfigurable = null,
        ?bool $lockSettingsHideViewersCursor = null,
        ?bool $lockSettingsHideViewersAnnotation = null,
        GuestPolicy|string|null $guestPolicy = null,
        ?bool $allowPromoteGuestToModerator = null,
        ?bool $meetingKeepEvents = null,
        ?bool $endWhenNoModerator = null,
        ?int $endWhenNoModeratorDelayInMinutes = null,
        Layout|string|null $meetingLayout = null,
        ?bool $learningDashboardEnabled = null,
        ?int $learningDashboardCleanupDelayInMinutes = null,
        ?bool $virtualBackgroundsDisabled = null,
        ?int $userCameraCap = null,
        ?int $meetingCameraCap = null,
        ?int $maxPinnedCameras = null,
        ?int $meetingExpireIfNoUserJoinedInMinutes = null,
        ?int $meetingExpireWhenLastUserLeftInMinutes = null,
        ?int $logoutTimer = null,
        array|string $groups = [],
        array|string $disabledFeatures = [],
        array|string $disabledFeaturesExclude = [],
        ?bool $preUploadedPresentationOverrideDefault = null,
        ?string $preUploadedPresentation = null,
        ?string $preUploadedPresentationName = null,
        ?bool $notifyRecordingIsOn = null,
        ?string $presentationUploadExternalUrl = null,
        ?string $presentationUploadExternalDescription = null,
        ?int $html5InstanceId = null,
        ?bool $allowOverrideClientSettingsOnCreateCall = null,
        array|string $pluginManifests = [],
        ?string $pluginManifestsFetchUrl = null,
        ?bool $presentationConversionCacheEnabled = null,
        ?int $maxNumPages = null,
        ?bool $multiUserWhiteboardEnabled = null,
        ?string $cameraBridge = null,
        ?string $screenShareBridge = null,
        ?string $audioBridge = null,
        array|string $documents = [],
        array|string|null $clientSettingsOverride = null,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('create', [
            'name' => $name,
            'meetingID' => $meetingId,
            'attendeePW' => $attendeePw,
            'moderatorPW' => $moderatorPw,
            'welcome' => $welcome,
            'moderatorOnlyMessage' => $moderatorOnlyMessage,
            'dialNumber' => $dialNumber,
            'voiceBridge' => $voiceBridge,
            'webVoice' => $webVoice,
            'maxParticipants' => $maxParticipants,
            'logoutURL' => $logoutUrl,
            'loginURL' => $loginUrl,
            'record' => $record,
            'duration' => $duration,
            'autoStartRecording' => $autoStartRecording,
            'allowStartStopRecording' => $allowStartStopRecording,
            'recordFullDurationMedia' => $recordFullDurationMedia,
            'meta_' => $meta,
            'meetingEndedURL' => $meetingEndedUrl,
            'isBreakout' => $isBreakout,
            'parentMeetingID' => $parentMeetingId,
            'sequence' => $sequence,
            'freeJoin' => $freeJoin,
            'breakoutRoomsCaptureSlides' => $breakoutRoomsCaptureSlides,
            'breakoutRoomsCaptureNotes' => $breakoutRoomsCaptureNotes,
            'breakoutRoomsCaptureSlidesFilename' => $breakoutRoomsCaptureSlidesFilename,
            'breakoutRoomsCaptureNotesFilename' => $breakoutRoomsCaptureNotesFilename,
            'breakoutRoomsEnabled' => $breakoutRoomsEnabled,
            'breakoutRoomsRecord' => $breakoutRoomsRecord,
            'breakoutRoomsPrivateChatEnabled' => $breakoutRoomsPrivateChatEnabled,
            'webcamsOnlyForModerator' => $webcamsOnlyForModerator,
            'bannerText' => $bannerText,
            'bannerColor' => $bannerColor,
            'logo' => $logo,
            'darklogo' => $darklogo,
            'copyright' => $copyright,
            'muteOnStart' => $muteOnStart,
            'allowModsToUnmuteUsers' => $allowModsToUnmuteUsers,
            'allowModsToEjectCameras' => $allowModsToEjectCameras,
            'allowRequestsWithoutSession' => $allowRequestsWithoutSession,
            'lockSettingsDisableCam' => $lockSettingsDisableCam,
            'lockSettingsDisableMic' => $lockSettingsDisableMic,
            'lockSettingsDisablePrivateChat' => $lockSettingsDisablePrivateChat,
            'lockSettingsDisablePublicChat' => $lockSettingsDisablePublicChat,
            'lockSettingsDisableNotes' => $lockSettingsDisableNotes,
            'lockSettingsHideUserList' => $lockSettingsHideUserList,
            'lockSettingsLockOnJoin' => $lockSettingsLockOnJoin,
            'lockSettingsLockOnJoinConfigurable' => $lockSettingsLockOnJoinConfigurable,
            'lockSettingsHideViewersCursor' => $lockSettingsHideViewersCursor,
            'lockSettingsHideViewersAnnotation' => $lockSettingsHideViewersAnnotation,
            'guestPolicy' => $guestPolicy,
            'allowPromoteGuestToModerator' => $allowPromoteGuestToModerator,
            'meetingKeepEvents' => $meetingKeepEvents,
            'endWhenNoModerator' => $endWhenNoModerator,
            'endWhenNoModeratorDelayInMinutes' => $endWhenNoModeratorDelayInMinutes,
            'meetingLayout' => $meetingLayout,
            'learningDashboardEnabled' => $learningDashboardEnabled,
            'learningDashboardCleanupDelayInMinutes' => $learningDashboardCleanupDelayInMinutes,
            'virtualBackgroundsDisabled' => $virtualBackgroundsDisabled,
            'userCameraCap' => $userCameraCap,
            'meetingCameraCap' => $meetingCameraCap,
            'maxPinnedCameras' => $maxPinnedCameras,
            'meetingExpireIfNoUserJoinedInMinutes' => $meetingExpireIfNoUserJoinedInMinutes,
            'meetingExpireWhenLastUserLeftInMinutes' => $meetingExpireWhenLastUserLeftInMinutes,
            'logoutTimer' => $logoutTimer,
            'groups' => $groups,
            'disabledFeatures' => $disabledFeatures,
            'disabledFeaturesExclude' => $disabledFeaturesExclude,
            'preUploadedPresentationOverrideDefault' => $preUploadedPresentationOverrideDefault,
            'preUploadedPresentation' => $preUploadedPresentation,
            'preUploadedPresentationName' => $preUploadedPresentationName,
            'notifyRecordingIsOn' => $notifyRecordingIsOn,
            'presentationUploadExternalUrl' => $presentationUploadExternalUrl,
            'presentationUploadExternalDescription' => $presentationUploadExternalDescription,
            'html5InstanceId' => $html5InstanceId,
            'allowOverrideClientSettingsOnCreateCall' => $allowOverrideClientSettingsOnCreateCall,
            'pluginManifests' => $pluginManifests,
            'pluginManifestsFetchUrl' => $pluginManifestsFetchUrl,
            'presentationConversionCacheEnabled' => $presentationConversionCacheEnabled,
            'maxNumPages' => $maxNumPages,
            'multiUserWhiteboardEnabled' => $multiUserWhiteboardEnabled,
            'cameraBridge' => $cameraBridge,
            'screenShareBridge' => $screenShareBridge,
            'audioBridge' => $audioBridge,
            'document' => $documents,
            'clientSettingsOverride' => $clientSettingsOverride,
        ], $extra);
    }

    /**
     * `end`: Ends a meeting; the answer comes before it has ended.
     *
     * The signed URL, sent with GET.
     *
     * @param string $meetingId `meetingID`: The meeting's ID (or its internal ID).
     * @param string|null $password `password`: Deprecated: only its length is checked (2–64); it is never compared.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function endUrl(
        string $meetingId,
        #[\SensitiveParameter] ?string $password = null,
        array $extra = [],
    ): string {
        return $this->prepareCall('end', [
            'meetingID' => $meetingId,
            'password' => $password,
        ], $extra)->url;
    }

    /**
     * `end`: Ends a meeting; the answer comes before it has ended.
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param string $meetingId `meetingID`: The meeting's ID (or its internal ID).
     * @param string|null $password `password`: Deprecated: only its length is checked (2–64); it is never compared.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function endRequest(
        string $meetingId,
        #[\SensitiveParameter] ?string $password = null,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('end', [
            'meetingID' => $meetingId,
            'password' => $password,
        ], $extra);
    }

    /**
     * `isMeetingRunning`: Whether a meeting has users in it.
     *
     * The signed URL, sent with GET.
     *
     * @param string $meetingId `meetingID`: The meeting's ID (or its internal ID).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function isMeetingRunningUrl(
        string $meetingId,
        array $extra = [],
    ): string {
        return $this->prepareCall('isMeetingRunning', [
            'meetingID' => $meetingId,
        ], $extra)->url;
    }

    /**
     * `isMeetingRunning`: Whether a meeting has users in it.
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param string $meetingId `meetingID`: The meeting's ID (or its internal ID).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function isMeetingRunningRequest(
        string $meetingId,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('isMeetingRunning', [
            'meetingID' => $meetingId,
        ], $extra);
    }

    /**
     * `getMeetingInfo`: A meeting's state, users and metadata.
     *
     * The signed URL, sent with GET.
     *
     * @param string $meetingId `meetingID`: The meeting's ID (or its internal ID).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function getMeetingInfoUrl(
        string $meetingId,
        array $extra = [],
    ): string {
        return $this->prepareCall('getMeetingInfo', [
            'meetingID' => $meetingId,
        ], $extra)->url;
    }

    /**
     * `getMeetingInfo`: A meeting's state, users and metadata.
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param string $meetingId `meetingID`: The meeting's ID (or its internal ID).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function getMeetingInfoRequest(
        string $meetingId,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('getMeetingInfo', [
            'meetingID' => $meetingId,
        ], $extra);
    }

    /**
     * `getMeetings`: Every meeting on the server.
     *
     * The signed URL, sent with GET.
     *
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function getMeetingsUrl(
        array $extra = [],
    ): string {
        return $this->prepareCall('getMeetings', [
        ], $extra)->url;
    }

    /**
     * `getMeetings`: Every meeting on the server.
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function getMeetingsRequest(
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('getMeetings', [
        ], $extra);
    }

    /**
     * `getRecordings`: Recordings, filtered; without a filter or limit, every recording.
     *
     * The signed URL, sent with GET.
     *
     * @param list<string>|string $meetingId `meetingID`: External meeting IDs (not internal ones); ignored when recordID is given.
     * @param list<string>|string $recordId `recordID`: Record IDs or their prefixes.
     * @param list<RecordingState|string>|string $state `state`: States to include (default: published and unpublished).
     * @param array<string, string|int|bool> $meta `meta_`: Metadata filters (AND): %x% contains, %x ends with, x% starts with, else equals.
     * @param int|null $offset `offset`: The first recording of the page (2.6); only used with limit.
     * @param int|null $limit `limit`: Recordings per page, 1–100 (2.6).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function getRecordingsUrl(
        array|string $meetingId = [],
        array|string $recordId = [],
        array|string $state = [],
        array $meta = [],
        ?int $offset = null,
        ?int $limit = null,
        array $extra = [],
    ): string {
        return $this->prepareCall('getRecordings', [
            'meetingID' => $meetingId,
            'recordID' => $recordId,
            'state' => $state,
            'meta_' => $meta,
            'offset' => $offset,
            'limit' => $limit,
        ], $extra)->url;
    }

    /**
     * `getRecordings`: Recordings, filtered; without a filter or limit, every recording.
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param list<string>|string $meetingId `meetingID`: External meeting IDs (not internal ones); ignored when recordID is given.
     * @param list<string>|string $recordId `recordID`: Record IDs or their prefixes.
     * @param list<RecordingState|string>|string $state `state`: States to include (default: published and unpublished).
     * @param array<string, string|int|bool> $meta `meta_`: Metadata filters (AND): %x% contains, %x ends with, x% starts with, else equals.
     * @param int|null $offset `offset`: The first recording of the page (2.6); only used with limit.
     * @param int|null $limit `limit`: Recordings per page, 1–100 (2.6).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function getRecordingsRequest(
        array|string $meetingId = [],
        array|string $recordId = [],
        array|string $state = [],
        array $meta = [],
        ?int $offset = null,
        ?int $limit = null,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('getRecordings', [
            'meetingID' => $meetingId,
            'recordID' => $recordId,
            'state' => $state,
            'meta_' => $meta,
            'offset' => $offset,
            'limit' => $limit,
        ], $extra);
    }

    /**
     * `publishRecordings`: Publishes or unpublishes recordings.
     *
     * The signed URL, sent with GET.
     *
     * @param list<string>|string $recordId `recordID`: The exact record IDs.
     * @param bool $publish `publish`: true publishes, false unpublishes.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function publishRecordingsUrl(
        array|string $recordId,
        bool $publish,
        array $extra = [],
    ): string {
        return $this->prepareCall('publishRecordings', [
            'recordID' => $recordId,
            'publish' => $publish,
        ], $extra)->url;
    }

    /**
     * `publishRecordings`: Publishes or unpublishes recordings.
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param list<string>|string $recordId `recordID`: The exact record IDs.
     * @param bool $publish `publish`: true publishes, false unpublishes.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function publishRecordingsRequest(
        array|string $recordId,
        bool $publish,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('publishRecordings', [
            'recordID' => $recordId,
            'publish' => $publish,
        ], $extra);
    }

    /**
     * `deleteRecordings`: Moves recordings to the deleted state.
     *
     * The signed URL, sent with GET.
     *
     * @param list<string>|string $recordId `recordID`: The exact record IDs.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function deleteRecordingsUrl(
        array|string $recordId,
        array $extra = [],
    ): string {
        return $this->prepareCall('deleteRecordings', [
            'recordID' => $recordId,
        ], $extra)->url;
    }

    /**
     * `deleteRecordings`: Moves recordings to the deleted state.
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param list<string>|string $recordId `recordID`: The exact record IDs.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function deleteRecordingsRequest(
        array|string $recordId,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('deleteRecordings', [
            'recordID' => $recordId,
        ], $extra);
    }

    /**
     * `updateRecordings`: Changes recordings' metadata; record IDs match by prefix.
     *
     * The signed URL, sent with GET.
     *
     * @param list<string>|string $recordId `recordID`: Record IDs; each matches every recording it is a prefix of.
     * @param array<string, string|int|bool> $meta `meta_`: Metadata to set; an empty value removes the key.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function updateRecordingsUrl(
        array|string $recordId,
        array $meta = [],
        array $extra = [],
    ): string {
        return $this->prepareCall('updateRecordings', [
            'recordID' => $recordId,
            'meta_' => $meta,
        ], $extra)->url;
    }

    /**
     * `updateRecordings`: Changes recordings' metadata; record IDs match by prefix.
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param list<string>|string $recordId `recordID`: Record IDs; each matches every recording it is a prefix of.
     * @param array<string, string|int|bool> $meta `meta_`: Metadata to set; an empty value removes the key.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function updateRecordingsRequest(
        array|string $recordId,
        array $meta = [],
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('updateRecordings', [
            'recordID' => $recordId,
            'meta_' => $meta,
        ], $extra);
    }

    /**
     * `getRecordingTextTracks`: A recording's captions and subtitles (JSON).
     *
     * The signed URL, sent with GET.
     *
     * @param string $recordId `recordID`: One record ID.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function getRecordingTextTracksUrl(
        string $recordId,
        array $extra = [],
    ): string {
        return $this->prepareCall('getRecordingTextTracks', [
            'recordID' => $recordId,
        ], $extra)->url;
    }

    /**
     * `getRecordingTextTracks`: A recording's captions and subtitles (JSON).
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param string $recordId `recordID`: One record ID.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function getRecordingTextTracksRequest(
        string $recordId,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('getRecordingTextTracks', [
            'recordID' => $recordId,
        ], $extra);
    }

    /**
     * `putRecordingTextTrack`: Uploads captions or subtitles (multipart; the caller sends the file).
     *
     * The signed URL, sent with POST (see the …Request method for the body).
     *
     * @param string $recordId `recordID`: One record ID.
     * @param TextTrackKind|string $kind `kind`: subtitles or captions.
     * @param string $lang `lang`: The track's language tag, such as en or pt-BR.
     * @param string|null $label `label`: The track's label (default: the language's name).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function putRecordingTextTrackUrl(
        string $recordId,
        TextTrackKind|string $kind,
        string $lang,
        ?string $label = null,
        array $extra = [],
    ): string {
        return $this->prepareCall('putRecordingTextTrack', [
            'recordID' => $recordId,
            'kind' => $kind,
            'lang' => $lang,
            'label' => $label,
        ], $extra)->url;
    }

    /**
     * `putRecordingTextTrack`: Uploads captions or subtitles (multipart; the caller sends the file).
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param string $recordId `recordID`: One record ID.
     * @param TextTrackKind|string $kind `kind`: subtitles or captions.
     * @param string $lang `lang`: The track's language tag, such as en or pt-BR.
     * @param string|null $label `label`: The track's label (default: the language's name).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function putRecordingTextTrackRequest(
        string $recordId,
        TextTrackKind|string $kind,
        string $lang,
        ?string $label = null,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('putRecordingTextTrack', [
            'recordID' => $recordId,
            'kind' => $kind,
            'lang' => $lang,
            'label' => $label,
        ], $extra);
    }

    /**
     * `insertDocument`: Adds documents to a running meeting (POST, XML body).
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param string $meetingId `meetingID`: The meeting's ID (or its internal ID).
     * @param list<Document>|string $documents `document`: The documents, sent in the POST body (not signed).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function insertDocumentRequest(
        string $meetingId,
        array|string $documents,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('insertDocument', [
            'meetingID' => $meetingId,
            'document' => $documents,
        ], $extra);
    }

    /**
     * `sendChatMessage`: Posts a message to a running meeting's public chat (3.0).
     *
     * The signed URL, sent with GET.
     *
     * @param string $meetingId `meetingID`: The meeting's ID (or its internal ID); the meeting must have users.
     * @param string $message `message`: The message: 1–500 characters, shown as plain text.
     * @param string|null $userName `userName`: The sender's name, up to 255 characters (default: System).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function sendChatMessageUrl(
        string $meetingId,
        string $message,
        ?string $userName = null,
        array $extra = [],
    ): string {
        return $this->prepareCall('sendChatMessage', [
            'meetingID' => $meetingId,
            'message' => $message,
            'userName' => $userName,
        ], $extra)->url;
    }

    /**
     * `sendChatMessage`: Posts a message to a running meeting's public chat (3.0).
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param string $meetingId `meetingID`: The meeting's ID (or its internal ID); the meeting must have users.
     * @param string $message `message`: The message: 1–500 characters, shown as plain text.
     * @param string|null $userName `userName`: The sender's name, up to 255 characters (default: System).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function sendChatMessageRequest(
        string $meetingId,
        string $message,
        ?string $userName = null,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('sendChatMessage', [
            'meetingID' => $meetingId,
            'message' => $message,
            'userName' => $userName,
        ], $extra);
    }

    /**
     * `hooks/create`: Registers a webhook (bbb-webhooks).
     *
     * The signed URL, sent with GET.
     *
     * @param string $callbackUrl `callbackURL`: Where events are POSTed: an absolute http(s) URL; hooks are unique by this URL.
     * @param string|null $meetingId `meetingID`: Only this meeting's events (external ID); unset: every meeting.
     * @param list<string>|string $eventId `eventID`: Only these events (the server lower-cases them).
     * @param bool|null $getRaw `getRaw`: Send the raw events too.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function hooksCreateUrl(
        string $callbackUrl,
        ?string $meetingId = null,
        array|string $eventId = [],
        ?bool $getRaw = null,
        array $extra = [],
    ): string {
        return $this->prepareCall('hooks/create', [
            'callbackURL' => $callbackUrl,
            'meetingID' => $meetingId,
            'eventID' => $eventId,
            'getRaw' => $getRaw,
        ], $extra)->url;
    }

    /**
     * `hooks/create`: Registers a webhook (bbb-webhooks).
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param string $callbackUrl `callbackURL`: Where events are POSTed: an absolute http(s) URL; hooks are unique by this URL.
     * @param string|null $meetingId `meetingID`: Only this meeting's events (external ID); unset: every meeting.
     * @param list<string>|string $eventId `eventID`: Only these events (the server lower-cases them).
     * @param bool|null $getRaw `getRaw`: Send the raw events too.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function hooksCreateRequest(
        string $callbackUrl,
        ?string $meetingId = null,
        array|string $eventId = [],
        ?bool $getRaw = null,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('hooks/create', [
            'callbackURL' => $callbackUrl,
            'meetingID' => $meetingId,
            'eventID' => $eventId,
            'getRaw' => $getRaw,
        ], $extra);
    }

    /**
     * `hooks/destroy`: Removes a webhook.
     *
     * The signed URL, sent with GET.
     *
     * @param string $hookId `hookID`: The hook's ID (a number on older servers, a UUID on BBB 3.0).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function hooksDestroyUrl(
        string $hookId,
        array $extra = [],
    ): string {
        return $this->prepareCall('hooks/destroy', [
            'hookID' => $hookId,
        ], $extra)->url;
    }

    /**
     * `hooks/destroy`: Removes a webhook.
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param string $hookId `hookID`: The hook's ID (a number on older servers, a UUID on BBB 3.0).
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function hooksDestroyRequest(
        string $hookId,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('hooks/destroy', [
            'hookID' => $hookId,
        ], $extra);
    }

    /**
     * `hooks/list`: Lists webhooks.
     *
     * The signed URL, sent with GET.
     *
     * @param string|null $meetingId `meetingID`: This meeting's hooks and the global ones; unset: every hook.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function hooksListUrl(
        ?string $meetingId = null,
        array $extra = [],
    ): string {
        return $this->prepareCall('hooks/list', [
            'meetingID' => $meetingId,
        ], $extra)->url;
    }

    /**
     * `hooks/list`: Lists webhooks.
     *
     * Method, signed URL and, when the call has one, body and content type.
     *
     * @param string|null $meetingId `meetingID`: This meeting's hooks and the global ones; unset: every hook.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function hooksListRequest(
        ?string $meetingId = null,
        array $extra = [],
    ): PreparedRequest {
        return $this->prepareCall('hooks/list', [
            'meetingID' => $meetingId,
        ], $extra);
    }
    // @generated end methods
}
