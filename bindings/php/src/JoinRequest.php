<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;
use FFI\CData;

/**
 * Every parameter of the `join` call, as named constructor arguments.
 *
 * ```php
 * $request = new JoinRequest('physics-101', 'Marie Curie', role: Role::Moderator,
 *     createTime: $created->createTime, userId: 'u-17', userdata: ['bbb_skip_check_audio' => 'true']);
 * ```
 *
 * Nothing is checked here: {@see Server::joinUrl()} refuses bad input with an
 * {@see InvalidParameterException} naming the parameter and the rule. The parameters are
 * emitted in a fixed order, so the same request always gives the same URL. `guest: false` is
 * never sent, because any `guest` parameter makes the user a guest.
 */
final class JoinRequest
{
    public readonly ?Role $role;
    public readonly ?Layout $enforceLayout;
    public readonly ?Layout $defaultLayout;
    /** @var list<array{0: string, 1: string}> the `userdata-*` pairs, keys without the prefix */
    public readonly array $userdata;
    /** @var list<array{0: string, 1: string}> parameters newer than bbbkit, sent last */
    public readonly array $extra;

    /**
     * @param string                    $meetingId           `meetingID`: 2–256 characters, no comma
     * @param string                    $fullName            `fullName`: the display name
     * @param Role|string|null          $role                `role` (BBB 3.0+): a Role or `moderator`/`viewer`
     * @param string|null               $password            the deprecated `password` (servers before 3.0)
     * @param int|null                  $createTime          `createTime`: the create answer's, epoch ms
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $userdata
     *        `userdata-<key>` values, keys without the prefix, as key => value or [key, value] pairs
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     */
    public function __construct(
        public readonly string $meetingId,
        public readonly string $fullName,
        Role|string|null $role = null,
        public readonly ?string $password = null,
        public readonly ?int $createTime = null,
        public readonly ?string $userId = null,
        public readonly ?string $firstName = null,
        public readonly ?string $lastName = null,
        public readonly ?string $avatarUrl = null,
        public readonly ?string $webcamBackgroundUrl = null,
        public readonly ?bool $redirect = null,
        public readonly ?string $errorRedirectUrl = null,
        public readonly ?string $logoutUrl = null,
        public readonly bool $guest = false,
        public readonly ?bool $auth = null,
        public readonly bool $bot = false,
        public readonly bool $excludeFromDashboard = false,
        Layout|string|null $enforceLayout = null,
        Layout|string|null $defaultLayout = null,
        public readonly ?string $existingUserId = null,
        public readonly ?string $sessionName = null,
        public readonly ?string $replaceSessionToken = null,
        array $userdata = [],
        array $extra = [],
        ?Library $library = null,
    ) {
        $this->role = is_string($role) ? Role::parse($role, $library) : $role;
        $this->enforceLayout = is_string($enforceLayout) ? Layout::parse($enforceLayout, $library) : $enforceLayout;
        $this->defaultLayout = is_string($defaultLayout) ? Layout::parse($defaultLayout, $library) : $defaultLayout;
        $this->userdata = Native::pairs($userdata, 'userdata');
        $this->extra = Native::pairs($extra, 'extra');
    }

    /**
     * Whether the server will treat the user as authenticated: `auth` if set, else true unless
     * `guest` is true.
     */
    public function effectiveAuth(?Library $library = null): bool
    {
        $lib = $library ?? Library::default();
        $join = $this->toNative($lib);
        try {
            return $lib->ffi->bbbkit_join_effective_auth($join);
        } finally {
            $lib->ffi->bbbkit_join_free($join);
        }
    }

    /**
     * The native `bbbkit_join*`; the caller frees it with `bbbkit_join_free`.
     *
     * @internal
     */
    public function toNative(Library $lib): CData
    {
        $f = $lib->ffi;
        $join = $f->new('bbbkit_join*');
        $lib->check($f->bbbkit_join_new($lib->arg($this->meetingId, 'meetingID'), $lib->arg($this->fullName, 'fullName'), \FFI::addr($join)));
        try {
            $this->fill($lib, $join);
        } catch (\Throwable $e) {
            $f->bbbkit_join_free($join);
            throw $e;
        }
        return $join;
    }

    private function fill(Library $lib, CData $join): void
    {
        $f = $lib->ffi;
        if ($this->role !== null) {
            $lib->check($f->bbbkit_join_set_role($join, $this->role->toNative()));
        }
        $strings = [
            'bbbkit_join_set_password' => [$this->password, 'password'],
            'bbbkit_join_set_user_id' => [$this->userId, 'userID'],
            'bbbkit_join_set_first_name' => [$this->firstName, 'firstName'],
            'bbbkit_join_set_last_name' => [$this->lastName, 'lastName'],
            'bbbkit_join_set_avatar_url' => [$this->avatarUrl, 'avatarURL'],
            'bbbkit_join_set_webcam_background_url' => [$this->webcamBackgroundUrl, 'webcamBackgroundURL'],
            'bbbkit_join_set_error_redirect_url' => [$this->errorRedirectUrl, 'errorRedirectUrl'],
            'bbbkit_join_set_logout_url' => [$this->logoutUrl, 'logoutURL'],
            'bbbkit_join_set_existing_user_id' => [$this->existingUserId, 'existingUserID'],
            'bbbkit_join_set_session_name' => [$this->sessionName, 'sessionName'],
            'bbbkit_join_set_replace_session_token' => [$this->replaceSessionToken, 'replaceSessionToken'],
        ];
        foreach ($strings as $setter => [$value, $name]) {
            if ($value !== null) {
                $lib->check($f->$setter($join, $lib->arg($value, $name)));
            }
        }
        if ($this->createTime !== null) {
            $lib->check($f->bbbkit_join_set_create_time($join, $this->createTime));
        }
        if ($this->redirect !== null) {
            $lib->check($f->bbbkit_join_set_redirect($join, $this->redirect));
        }
        if ($this->guest) {
            $lib->check($f->bbbkit_join_set_guest($join, true));
        }
        if ($this->auth !== null) {
            $lib->check($f->bbbkit_join_set_auth($join, $this->auth));
        }
        if ($this->bot) {
            $lib->check($f->bbbkit_join_set_bot($join, true));
        }
        if ($this->excludeFromDashboard) {
            $lib->check($f->bbbkit_join_set_exclude_from_dashboard($join, true));
        }
        if ($this->enforceLayout !== null) {
            $lib->check($f->bbbkit_join_set_enforce_layout($join, $this->enforceLayout->toNative()));
        }
        if ($this->defaultLayout !== null) {
            $lib->check($f->bbbkit_join_set_default_layout($join, $this->defaultLayout->toNative()));
        }
        foreach ($this->userdata as [$key, $value]) {
            $lib->check($f->bbbkit_join_add_userdata($join, $lib->arg($key, "userdata-{$key}"), $lib->arg($value, "userdata-{$key}")));
        }
        foreach ($this->extra as [$name, $value]) {
            $lib->check($f->bbbkit_join_add_param($join, $lib->arg($name, $name), $lib->arg($value, $name)));
        }
    }
}
