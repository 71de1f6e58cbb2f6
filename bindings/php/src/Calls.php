<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;

/**
 * The calls the library declares and their parameters, generated from its one declaration
 * (`bin/generate.php`, between the `@generated` lines), and the conversion of PHP values to
 * the strings the library reads by name. {@see Server} has one method per call built on it
 * (`createUrl(...)`, `getRecordingsUrl(...)`, `createRequest(...)`, …) and the generic
 * {@see Server::prepare()}.
 */
final class Calls
{
    // @generated begin parameters by bin/generate.php from the library's call declarations: do not edit
    /**
     * Every declared call (`join` first) and its parameters, in emission order: BBB name =>
     * [named argument, type, sent only when true]. The type is the library's (`text`, `url`,
     * `boolean`, `integer`, `list`, `states`, `features`, `meta`, `documents`, …).
     */
    public const PARAMETERS = [
        'join' => [
            'meetingID' => ['meetingId', 'text', false],
            'fullName' => ['fullName', 'text', false],
            'role' => ['role', 'role', false],
            'password' => ['password', 'text', false],
            'createTime' => ['createTime', 'integer', false],
            'userID' => ['userId', 'text', false],
            'firstName' => ['firstName', 'text', false],
            'lastName' => ['lastName', 'text', false],
            'avatarURL' => ['avatarUrl', 'url', false],
            'webcamBackgroundURL' => ['webcamBackgroundUrl', 'url', false],
            'redirect' => ['redirect', 'boolean', false],
            'errorRedirectUrl' => ['errorRedirectUrl', 'url', false],
            'logoutURL' => ['logoutUrl', 'url', false],
            'guest' => ['guest', 'boolean', true],
            'auth' => ['auth', 'boolean', false],
            'bot' => ['bot', 'boolean', true],
            'excludeFromDashboard' => ['excludeFromDashboard', 'boolean', true],
            'enforceLayout' => ['enforceLayout', 'layout', false],
            'defaultLayout' => ['defaultLayout', 'layout', false],
            'existingUserID' => ['existingUserId', 'text', false],
            'sessionName' => ['sessionName', 'text', false],
            'replaceSessionToken' => ['replaceSessionToken', 'text', false],
            'userdata-' => ['userdata', 'meta', false],
        ],
        'create' => [
            'name' => ['name', 'text', false],
            'meetingID' => ['meetingId', 'text', false],
            'attendeePW' => ['attendeePw', 'text', false],
            'moderatorPW' => ['moderatorPw', 'text', false],
            'welcome' => ['welcome', 'text', false],
            'moderatorOnlyMessage' => ['moderatorOnlyMessage', 'text', false],
            'dialNumber' => ['dialNumber', 'text', false],
            'voiceBridge' => ['voiceBridge', 'text', false],
            'webVoice' => ['webVoice', 'text', false],
            'maxParticipants' => ['maxParticipants', 'integer', false],
            'logoutURL' => ['logoutUrl', 'url', false],
            'loginURL' => ['loginUrl', 'url', false],
            'record' => ['record', 'boolean', false],
            'duration' => ['duration', 'integer', false],
            'autoStartRecording' => ['autoStartRecording', 'boolean', false],
            'allowStartStopRecording' => ['allowStartStopRecording', 'boolean', false],
            'recordFullDurationMedia' => ['recordFullDurationMedia', 'boolean', false],
            'meta_' => ['meta', 'meta', false],
            'meetingEndedURL' => ['meetingEndedUrl', 'url', false],
            'isBreakout' => ['isBreakout', 'boolean', true],
            'parentMeetingID' => ['parentMeetingId', 'text', false],
            'sequence' => ['sequence', 'integer', false],
            'freeJoin' => ['freeJoin', 'boolean', false],
            'breakoutRoomsCaptureSlides' => ['breakoutRoomsCaptureSlides', 'boolean', false],
            'breakoutRoomsCaptureNotes' => ['breakoutRoomsCaptureNotes', 'boolean', false],
            'breakoutRoomsCaptureSlidesFilename' => ['breakoutRoomsCaptureSlidesFilename', 'text', false],
            'breakoutRoomsCaptureNotesFilename' => ['breakoutRoomsCaptureNotesFilename', 'text', false],
            'breakoutRoomsEnabled' => ['breakoutRoomsEnabled', 'boolean', false],
            'breakoutRoomsRecord' => ['breakoutRoomsRecord', 'boolean', false],
            'breakoutRoomsPrivateChatEnabled' => ['breakoutRoomsPrivateChatEnabled', 'boolean', false],
            'webcamsOnlyForModerator' => ['webcamsOnlyForModerator', 'boolean', false],
            'bannerText' => ['bannerText', 'text', false],
            'bannerColor' => ['bannerColor', 'text', false],
            'logo' => ['logo', 'url', false],
            'darklogo' => ['darklogo', 'url', false],
            'copyright' => ['copyright', 'text', false],
            'muteOnStart' => ['muteOnStart', 'boolean', false],
            'allowModsToUnmuteUsers' => ['allowModsToUnmuteUsers', 'boolean', false],
            'allowModsToEjectCameras' => ['allowModsToEjectCameras', 'boolean', false],
            'allowRequestsWithoutSession' => ['allowRequestsWithoutSession', 'boolean', false],
            'lockSettingsDisableCam' => ['lockSettingsDisableCam', 'boolean', false],
            'lockSettingsDisableMic' => ['lockSettingsDisableMic', 'boolean', false],
            'lockSettingsDisablePrivateChat' => ['lockSettingsDisablePrivateChat', 'boolean', false],
            'lockSettingsDisablePublicChat' => ['lockSettingsDisablePublicChat', 'boolean', false],
            'lockSettingsDisableNotes' => ['lockSettingsDisableNotes', 'boolean', false],
            'lockSettingsHideUserList' => ['lockSettingsHideUserList', 'boolean', false],
            'lockSettingsLockOnJoin' => ['lockSettingsLockOnJoin', 'boolean', false],
            'lockSettingsLockOnJoinConfigurable' => ['lockSettingsLockOnJoinConfigurable', 'boolean', false],
            'lockSettingsHideViewersCursor' => ['lockSettingsHideViewersCursor', 'boolean', false],
            'lockSettingsHideViewersAnnotation' => ['lockSettingsHideViewersAnnotation', 'boolean', false],
            'guestPolicy' => ['guestPolicy', 'guest_policy', false],
            'allowPromoteGuestToModerator' => ['allowPromoteGuestToModerator', 'boolean', false],
            'meetingKeepEvents' => ['meetingKeepEvents', 'boolean', false],
            'endWhenNoModerator' => ['endWhenNoModerator', 'boolean', false],
            'endWhenNoModeratorDelayInMinutes' => ['endWhenNoModeratorDelayInMinutes', 'integer', false],
            'meetingLayout' => ['meetingLayout', 'layout', false],
            'learningDashboardEnabled' => ['learningDashboardEnabled', 'boolean', false],
            'learningDashboardCleanupDelayInMinutes' => ['learningDashboardCleanupDelayInMinutes', 'integer', false],
            'virtualBackgroundsDisabled' => ['virtualBackgroundsDisabled', 'boolean', false],
            'userCameraCap' => ['userCameraCap', 'integer', false],
            'meetingCameraCap' => ['meetingCameraCap', 'integer', false],
            'maxPinnedCameras' => ['maxPinnedCameras', 'integer', false],
            'meetingExpireIfNoUserJoinedInMinutes' => ['meetingExpireIfNoUserJoinedInMinutes', 'integer', false],
            'meetingExpireWhenLastUserLeftInMinutes' => ['meetingExpireWhenLastUserLeftInMinutes', 'integer', false],
            'logoutTimer' => ['logoutTimer', 'integer', false],
            'groups' => ['groups', 'groups', false],
            'disabledFeatures' => ['disabledFeatures', 'features', false],
            'disabledFeaturesExclude' => ['disabledFeaturesExclude', 'features', false],
            'preUploadedPresentationOverrideDefault' => ['preUploadedPresentationOverrideDefault', 'boolean', false],
            'preUploadedPresentation' => ['preUploadedPresentation', 'url', false],
            'preUploadedPresentationName' => ['preUploadedPresentationName', 'text', false],
            'notifyRecordingIsOn' => ['notifyRecordingIsOn', 'boolean', false],
            'presentationUploadExternalUrl' => ['presentationUploadExternalUrl', 'url', false],
            'presentationUploadExternalDescription' => ['presentationUploadExternalDescription', 'text', false],
            'html5InstanceId' => ['html5InstanceId', 'integer', false],
            'allowOverrideClientSettingsOnCreateCall' => ['allowOverrideClientSettingsOnCreateCall', 'boolean', false],
            'pluginManifests' => ['pluginManifests', 'plugin_manifests', false],
            'pluginManifestsFetchUrl' => ['pluginManifestsFetchUrl', 'url', false],
            'presentationConversionCacheEnabled' => ['presentationConversionCacheEnabled', 'boolean', false],
            'maxNumPages' => ['maxNumPages', 'integer', false],
            'multiUserWhiteboardEnabled' => ['multiUserWhiteboardEnabled', 'boolean', false],
            'cameraBridge' => ['cameraBridge', 'text', false],
            'screenShareBridge' => ['screenShareBridge', 'text', false],
            'audioBridge' => ['audioBridge', 'text', false],
            'document' => ['documents', 'documents', false],
            'clientSettingsOverride' => ['clientSettingsOverride', 'json', false],
        ],
        'end' => [
            'meetingID' => ['meetingId', 'text', false],
            'password' => ['password', 'text', false],
        ],
        'isMeetingRunning' => [
            'meetingID' => ['meetingId', 'text', false],
        ],
        'getMeetingInfo' => [
            'meetingID' => ['meetingId', 'text', false],
        ],
        'getMeetings' => [
        ],
        'getRecordings' => [
            'meetingID' => ['meetingId', 'list', false],
            'recordID' => ['recordId', 'list', false],
            'state' => ['state', 'states', false],
            'meta_' => ['meta', 'meta', false],
            'offset' => ['offset', 'integer', false],
            'limit' => ['limit', 'integer', false],
        ],
        'publishRecordings' => [
            'recordID' => ['recordId', 'list', false],
            'publish' => ['publish', 'boolean', false],
        ],
        'deleteRecordings' => [
            'recordID' => ['recordId', 'list', false],
        ],
        'updateRecordings' => [
            'recordID' => ['recordId', 'list', false],
            'meta_' => ['meta', 'meta', false],
        ],
        'getRecordingTextTracks' => [
            'recordID' => ['recordId', 'text', false],
        ],
        'putRecordingTextTrack' => [
            'recordID' => ['recordId', 'text', false],
            'kind' => ['kind', 'text_track_kind', false],
            'lang' => ['lang', 'text', false],
            'label' => ['label', 'text', false],
        ],
        'insertDocument' => [
            'meetingID' => ['meetingId', 'text', false],
            'document' => ['documents', 'documents', false],
        ],
        'sendChatMessage' => [
            'meetingID' => ['meetingId', 'text', false],
            'message' => ['message', 'text', false],
            'userName' => ['userName', 'text', false],
        ],
        'hooks/create' => [
            'callbackURL' => ['callbackUrl', 'text', false],
            'meetingID' => ['meetingId', 'text', false],
            'eventID' => ['eventId', 'list', false],
            'getRaw' => ['getRaw', 'boolean', false],
        ],
        'hooks/destroy' => [
            'hookID' => ['hookId', 'text', false],
        ],
        'hooks/list' => [
            'meetingID' => ['meetingId', 'text', false],
        ],
    ];
    // @generated end parameters

    /**
     * The packed `name\0value\0…` buffer of a call's arguments, in declared order, for
     * `bbbkit_server_prepare_params_extra`. A null value, an empty list and `false` for a
     * parameter sent only when true are left out (an empty array for a JSON object is sent, as
     * `{}`).
     *
     * @param array<string, mixed> $values BBB name => the argument
     *
     * @throws InvalidParameterException naming the parameter, for a value no string can carry
     *
     * @internal
     */
    public static function pack(string $call, array $values): string
    {
        $declared = self::PARAMETERS[$call] ?? [];
        $p = '';
        foreach ($values as $name => $value) {
            $type = $declared[$name][1] ?? 'text';
            // An empty array is an empty list, left out; for a JSON object (clientSettingsOverride)
            // it is an empty object, which the library refuses as empty rather than dropping it.
            if ($value === null || ($value === [] && $type !== 'json') || ($value === false && ($declared[$name][2] ?? false))) {
                continue;
            }
            if ($type === 'meta') {
                foreach (Native::pairs($value, 'meta') as [$k, $v]) {
                    $p .= self::field("meta_{$k}", $v, "meta_{$k}");
                }
                continue;
            }
            $p .= self::field($name, self::text($name, $type, $value), $name);
        }
        return $p;
    }

    /**
     * The packed buffer of the parameters newer than bbbkit, in the order given, for the
     * `extra` buffer of `bbbkit_server_prepare_params_extra`: the library sends them after the
     * declared ones, and refuses one that shadows a declared parameter (rule `reserved`).
     *
     * @param array<mixed> $extra name => value or [name, value] pairs
     *
     * @throws InvalidParameterException naming the parameter, for a value no string can carry
     *
     * @internal
     */
    public static function packExtra(array $extra): string
    {
        $p = '';
        foreach (Native::pairs($extra, 'extra') as [$name, $value]) {
            $p .= self::field($name, $value, $name);
        }
        return $p;
    }

    /** One `name\0value\0` pair; a NUL cannot cross, and like every control character is refused. */
    private static function field(string $name, string $value, string $parameter): string
    {
        if (str_contains($value, "\0") || str_contains($name, "\0")) {
            throw new InvalidParameterException(
                "invalid parameter `{$parameter}`: must not contain control characters",
                $parameter,
                'control_character',
            );
        }
        return "{$name}\0{$value}\0";
    }

    /** A PHP argument as the string the library reads for a parameter of this type. */
    private static function text(string $name, string $type, mixed $value): string
    {
        if ($value instanceof \BackedEnum) {
            return (string) $value->value;
        }
        if (is_bool($value)) {
            return $value ? 'true' : 'false';
        }
        if (is_int($value) || is_string($value)) {
            return (string) $value;
        }
        if (!is_array($value) && !is_object($value)) {
            throw new \TypeError("{$name} must be of type string, int, bool, array or object, " . get_debug_type($value) . ' given');
        }
        switch ($type) {
            case 'list':
            case 'states':
            case 'features':
                $items = [];
                foreach ((array) $value as $item) {
                    $item = $item instanceof \BackedEnum ? (string) $item->value : $item;
                    if (!is_string($item)) {
                        throw new \TypeError("{$name}: each item must be a string or a case, " . get_debug_type($item) . ' given');
                    }
                    if (str_contains($item, ',')) {
                        // The list is sent comma-separated: an item with a comma would be two.
                        throw new InvalidParameterException(
                            "invalid parameter `{$name}`: must not contain a comma",
                            $name,
                            'no_comma',
                        );
                    }
                    $items[] = $item;
                }
                return implode(',', $items);
            case 'json': // clientSettingsOverride: an object (an empty PHP array is an empty object)
                return self::json($value === [] ? new \stdClass() : $value);
            default: // groups, plugin manifests, documents: a JSON array
                return self::json(is_array($value) ? array_values($value) : $value);
        }
    }

    private static function json(mixed $value): string
    {
        return json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
    }
}
