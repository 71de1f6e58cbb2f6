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
 * Only the enum strings are read here (`role: 'admin'` throws at once); everything else is
 * checked by {@see Server::joinUrl()}, which refuses bad input with an
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

    /** The native request, built on first use and kept: the object is immutable. */
    private ?CData $native = null;
    private ?Library $nativeLibrary = null;

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
        return $lib->ffi->bbbkit_join_effective_auth($this->native($lib));
    }

    /**
     * The validated, encoded query, without `checksum`: exactly what {@see Server::joinUrl()}
     * signs.
     *
     * @throws InvalidParameterException naming the first parameter that breaks a rule
     */
    public function toQuery(?Library $library = null): string
    {
        $lib = $library ?? Library::default();
        $out = $lib->ffi->new('char*');
        $lib->check($lib->ffi->bbbkit_join_query($this->native($lib), \FFI::addr($out)));
        return $lib->take($out);
    }

    public function __destruct()
    {
        if ($this->native !== null) {
            $this->nativeLibrary?->ffi->bbbkit_join_free($this->native);
        }
    }

    public function __clone()
    {
        $this->native = null;
        $this->nativeLibrary = null;
    }

    /** @return array<string, mixed> the parameters, without the native copy */
    public function __debugInfo(): array
    {
        $vars = get_object_vars($this);
        unset($vars['native'], $vars['nativeLibrary']);
        return $vars;
    }

    /** @return array<string, mixed> */
    public function __serialize(): array
    {
        return $this->__debugInfo();
    }

    /** @param array<string, mixed> $data */
    public function __unserialize(array $data): void
    {
        foreach ($data as $name => $value) {
            $this->$name = $value;
        }
    }

    /**
     * The native `bbbkit_join*` for `$lib`, built once and owned by this object: never free it.
     *
     * @internal
     */
    public function native(Library $lib): CData
    {
        if ($this->native === null || $this->nativeLibrary !== $lib) {
            $join = $this->toNative($lib);
            if ($this->native !== null) {
                $this->nativeLibrary?->ffi->bbbkit_join_free($this->native);
            }
            $this->native = $join;
            $this->nativeLibrary = $lib;
        }
        return $this->native;
    }

    /**
     * A new native `bbbkit_join*`; the caller frees it with `bbbkit_join_free`.
     *
     * Straight-line on purpose: this runs once per join URL, and each PHP-side step costs about
     * as much as the native work (see BENCHMARKS.md).
     *
     * @internal
     */
    public function toNative(Library $lib): CData
    {
        $f = $lib->ffi;
        $join = $f->new('bbbkit_join*');
        $r = $f->bbbkit_join_new(self::c($lib, $this->meetingId, 'meetingID'), self::c($lib, $this->fullName, 'fullName'), \FFI::addr($join));
        if ($r !== self::OK) {
            $lib->check($r);
        }
        try {
            $this->fill($lib, $f, $join);
        } catch (\Throwable $e) {
            $f->bbbkit_join_free($join);
            throw $e;
        }
        return $join;
    }

    private const OK = 7000;

    /** A string for the C ABI: a NUL byte cannot cross it and is refused like any control character. */
    private static function c(Library $lib, string $value, string $parameter): string
    {
        return str_contains($value, "\0") ? $lib->arg($value, $parameter) : $value;
    }

    private function fill(Library $lib, \FFI $f, CData $join): void
    {
        // Each setter only copies; it fails only for a string that is not UTF-8. The values
        // themselves are checked by bbbkit_server_join_url.
        $ok = self::OK;
        if ($this->role !== null) {
            ($r = $f->bbbkit_join_set_role($join, $this->role->toNative())) === $ok || $lib->check($r);
        }
        if ($this->password !== null) {
            ($r = $f->bbbkit_join_set_password($join, self::c($lib, $this->password, 'password'))) === $ok || $lib->check($r);
        }
        if ($this->createTime !== null) {
            ($r = $f->bbbkit_join_set_create_time($join, $this->createTime)) === $ok || $lib->check($r);
        }
        if ($this->userId !== null) {
            ($r = $f->bbbkit_join_set_user_id($join, self::c($lib, $this->userId, 'userID'))) === $ok || $lib->check($r);
        }
        if ($this->firstName !== null) {
            ($r = $f->bbbkit_join_set_first_name($join, self::c($lib, $this->firstName, 'firstName'))) === $ok || $lib->check($r);
        }
        if ($this->lastName !== null) {
            ($r = $f->bbbkit_join_set_last_name($join, self::c($lib, $this->lastName, 'lastName'))) === $ok || $lib->check($r);
        }
        if ($this->avatarUrl !== null) {
            ($r = $f->bbbkit_join_set_avatar_url($join, self::c($lib, $this->avatarUrl, 'avatarURL'))) === $ok || $lib->check($r);
        }
        if ($this->webcamBackgroundUrl !== null) {
            ($r = $f->bbbkit_join_set_webcam_background_url($join, self::c($lib, $this->webcamBackgroundUrl, 'webcamBackgroundURL'))) === $ok || $lib->check($r);
        }
        if ($this->redirect !== null) {
            ($r = $f->bbbkit_join_set_redirect($join, $this->redirect)) === $ok || $lib->check($r);
        }
        if ($this->errorRedirectUrl !== null) {
            ($r = $f->bbbkit_join_set_error_redirect_url($join, self::c($lib, $this->errorRedirectUrl, 'errorRedirectUrl'))) === $ok || $lib->check($r);
        }
        if ($this->logoutUrl !== null) {
            ($r = $f->bbbkit_join_set_logout_url($join, self::c($lib, $this->logoutUrl, 'logoutURL'))) === $ok || $lib->check($r);
        }
        if ($this->guest) {
            ($r = $f->bbbkit_join_set_guest($join, true)) === $ok || $lib->check($r);
        }
        if ($this->auth !== null) {
            ($r = $f->bbbkit_join_set_auth($join, $this->auth)) === $ok || $lib->check($r);
        }
        if ($this->bot) {
            ($r = $f->bbbkit_join_set_bot($join, true)) === $ok || $lib->check($r);
        }
        if ($this->excludeFromDashboard) {
            ($r = $f->bbbkit_join_set_exclude_from_dashboard($join, true)) === $ok || $lib->check($r);
        }
        if ($this->enforceLayout !== null) {
            ($r = $f->bbbkit_join_set_enforce_layout($join, $this->enforceLayout->toNative())) === $ok || $lib->check($r);
        }
        if ($this->defaultLayout !== null) {
            ($r = $f->bbbkit_join_set_default_layout($join, $this->defaultLayout->toNative())) === $ok || $lib->check($r);
        }
        if ($this->existingUserId !== null) {
            ($r = $f->bbbkit_join_set_existing_user_id($join, self::c($lib, $this->existingUserId, 'existingUserID'))) === $ok || $lib->check($r);
        }
        if ($this->sessionName !== null) {
            ($r = $f->bbbkit_join_set_session_name($join, self::c($lib, $this->sessionName, 'sessionName'))) === $ok || $lib->check($r);
        }
        if ($this->replaceSessionToken !== null) {
            ($r = $f->bbbkit_join_set_replace_session_token($join, self::c($lib, $this->replaceSessionToken, 'replaceSessionToken'))) === $ok || $lib->check($r);
        }
        foreach ($this->userdata as [$key, $value]) {
            ($r = $f->bbbkit_join_add_userdata($join, self::c($lib, $key, "userdata-{$key}"), self::c($lib, $value, "userdata-{$key}"))) === $ok || $lib->check($r);
        }
        foreach ($this->extra as [$name, $value]) {
            ($r = $f->bbbkit_join_add_param($join, self::c($lib, $name, $name), self::c($lib, $value, $name))) === $ok || $lib->check($r);
        }
    }
}
