<?php

declare(strict_types=1);

namespace BbbKit;

use BbbKit\Exception\InvalidParameterException;
use FFI\CData;

/**
 * Every parameter of the `join` call, as named constructor arguments.
 *
 * The arguments, their types and docs, and the packing of the typed parameters are generated
 * from the library's one declaration of the call (`bin/generate.php`, between the
 * `@generated` lines); the rest of this file is written by hand.
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
    // @generated begin properties by bin/generate.php from the library's join declaration: do not edit
    /** `role`: MODERATOR or VIEWER (BBB 3.0+); this or the deprecated password is required. */
    public readonly ?Role $role;
    /** `enforceLayout`: The layout the user gets and cannot change. */
    public readonly ?Layout $enforceLayout;
    /** `defaultLayout`: The layout the user starts with (undocumented in 3.0, still read). */
    public readonly ?Layout $defaultLayout;

    /** Every declared join parameter, in emission order: its BBB name => the named argument. */
    public const PARAMETERS = [
        'meetingID' => 'meetingId',
        'fullName' => 'fullName',
        'role' => 'role',
        'password' => 'password',
        'createTime' => 'createTime',
        'userID' => 'userId',
        'firstName' => 'firstName',
        'lastName' => 'lastName',
        'avatarURL' => 'avatarUrl',
        'webcamBackgroundURL' => 'webcamBackgroundUrl',
        'redirect' => 'redirect',
        'errorRedirectUrl' => 'errorRedirectUrl',
        'logoutURL' => 'logoutUrl',
        'guest' => 'guest',
        'auth' => 'auth',
        'bot' => 'bot',
        'excludeFromDashboard' => 'excludeFromDashboard',
        'enforceLayout' => 'enforceLayout',
        'defaultLayout' => 'defaultLayout',
        'existingUserID' => 'existingUserId',
        'sessionName' => 'sessionName',
        'replaceSessionToken' => 'replaceSessionToken',
    ];
    // @generated end properties

    /** @var list<array{0: string, 1: string}> the `userdata-*` pairs, keys without the prefix */
    public readonly array $userdata;
    /** @var list<array{0: string, 1: string}> parameters newer than bbbkit, sent last */
    public readonly array $extra;

    /** The native request, built on first use and kept: the object is immutable. */
    private ?NativeJoin $native = null;
    /** The typed parameters and userdata as one `name\0value\0…` buffer, built on first use. */
    private ?string $packed = null;

    // @generated begin constructor by bin/generate.php from the library's join declaration: do not edit
    /**
     * @param string $meetingId `meetingID`: The meeting's ID: 2–256 characters, no comma.
     * @param string $fullName `fullName`: The name shown to the others.
     * @param Role|string|null $role `role`: MODERATOR or VIEWER (BBB 3.0+); this or the deprecated password is required. A case, or its name in any case.
     * @param string|null $password `password`: The deprecated meeting password (before BBB 3.0): 2–64 characters.
     * @param int|null $createTime `createTime`: The create answer's createTime (epoch ms): the join fails if the meeting was recreated since.
     * @param string|null $userId `userID`: The application's ID for the user.
     * @param string|null $firstName `firstName`: The first name, used for sorting.
     * @param string|null $lastName `lastName`: The last name, used for sorting.
     * @param string|null $avatarUrl `avatarURL`: The user's avatar: an absolute http(s) URL.
     * @param string|null $webcamBackgroundUrl `webcamBackgroundURL`: A webcam background image: an absolute http(s) URL.
     * @param bool|null $redirect `redirect`: false asks for an XML answer instead of a browser redirect.
     * @param string|null $errorRedirectUrl `errorRedirectUrl`: Where the browser goes when the join fails: an absolute http(s) URL.
     * @param string|null $logoutUrl `logoutURL`: Where the client goes after leaving: an absolute http(s) URL.
     * @param bool $guest `guest`: Join as a guest, subject to the guest policy; false is never sent.
     * @param bool|null $auth `auth`: Whether the user is authenticated; unset means not a guest.
     * @param bool $bot `bot`: The user is a bot; sent only when true.
     * @param bool $excludeFromDashboard `excludeFromDashboard`: Leave the user out of the learning dashboard; sent only when true.
     * @param Layout|string|null $enforceLayout `enforceLayout`: The layout the user gets and cannot change. A case, or its name in any case.
     * @param Layout|string|null $defaultLayout `defaultLayout`: The layout the user starts with (undocumented in 3.0, still read). A case, or its name in any case.
     * @param string|null $existingUserId `existingUserID`: Join as another session of this existing user.
     * @param string|null $sessionName `sessionName`: A name for the extra session; needs existingUserID.
     * @param string|null $replaceSessionToken `replaceSessionToken`: The session to replace; needs existingUserID.
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $userdata
     *        `userdata-<key>` values, keys without the prefix, as key => value or [key, value] pairs
     * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> $extra
     *        parameters newer than bbbkit, sent as given after everything else
     */
    public function __construct(
        public readonly string $meetingId,
        public readonly string $fullName,
        Role|string|null $role = null,
        #[\SensitiveParameter] public readonly ?string $password = null,
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
    // @generated end constructor
        array $userdata = [],
        array $extra = [],
        ?Library $library = null,
    ) {
        // Runs once per join URL: only the work that cannot wait (enum strings must throw here).
        // @generated begin convert by bin/generate.php from the library's join declaration: do not edit
        $this->role = is_string($role) ? Role::parse($role, $library, 'role') : $role;
        $this->enforceLayout = is_string($enforceLayout) ? Layout::parse($enforceLayout, $library, 'enforceLayout') : $enforceLayout;
        $this->defaultLayout = is_string($defaultLayout) ? Layout::parse($defaultLayout, $library, 'defaultLayout') : $defaultLayout;
        // @generated end convert
        $pairs = [];
        foreach ($userdata as $key => $value) {
            if (!is_string($value) || !is_string($key)) {
                $pairs = Native::pairs($userdata, 'userdata');
                break;
            }
            $pairs[] = [$key, $value]; // key => string value, the usual case: no call
        }
        $this->userdata = $pairs;
        $this->extra = $extra === [] ? [] : Native::pairs($extra, 'extra');
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

    public function __clone()
    {
        $this->native = null;
    }

    /** @return array<string, mixed> the parameters, without the native copy */
    public function __debugInfo(): array
    {
        $vars = get_object_vars($this);
        unset($vars['native'], $vars['packed']);
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
        if ($this->native === null || $this->native->lib !== $lib) {
            $this->native = new NativeJoin($lib, $this->toNative($lib));
        }
        return $this->native->join;
    }

    /**
     * A new native `bbbkit_join*`; the caller frees it with `bbbkit_join_free`. One call for the
     * packed parameters ({@see packed()}), then one per extra parameter: an extra goes through
     * `bbbkit_join_add_param`, so that one named like a typed parameter is refused (rule
     * `reserved`) instead of setting it.
     *
     * @internal
     */
    public function toNative(Library $lib): CData
    {
        $f = $lib->ffi;
        $packed = $this->packed($lib);
        $join = $f->new('bbbkit_join*');
        $r = $f->bbbkit_join_from_params($packed, \strlen($packed), \FFI::addr($join));
        if ($r !== $lib->ok) {
            $lib->check($r);
        }
        try {
            foreach ($this->extra as [$name, $value]) {
                $r = $f->bbbkit_join_add_param($join, $lib->arg($name, $name), $lib->arg($value, $name));
                if ($r !== $lib->ok) {
                    $lib->check($r);
                }
            }
        } catch (\Throwable $e) {
            $f->bbbkit_join_free($join);
            throw $e;
        }
        return $join;
    }

    /**
     * The typed parameters and the userdata, named as in the BBB API, as one buffer of
     * NUL-separated fields `name\0value\0…` for `bbbkit_server_join_url_params` and
     * `bbbkit_join_from_params`; built once. Without the extra parameters ({@see $extra}).
     *
     * @throws InvalidParameterException (rule `control_character`) for a NUL byte in a value
     *                                   or a userdata key, which cannot cross the C ABI
     *
     * @internal
     */
    public function packed(Library $lib): string
    {
        if ($this->packed !== null) {
            return $this->packed;
        }
        // Straight-line on purpose: this runs once per join URL, and each PHP-side step costs
        // about as much as the native work (see BENCHMARKS.md). The order is the builder's: the
        // first value that is not UTF-8 is the one named.
        // @generated begin packed by bin/generate.php from the library's join declaration: do not edit
        $p = "meetingID\0{$this->meetingId}\0fullName\0{$this->fullName}\0";
        $fields = 4;
        if ($this->role !== null) {
            $p .= "role\0{$this->role->value}\0";
            $fields += 2;
        }
        if ($this->password !== null) {
            $p .= "password\0{$this->password}\0";
            $fields += 2;
        }
        if ($this->createTime !== null) {
            $p .= "createTime\0{$this->createTime}\0";
            $fields += 2;
        }
        if ($this->userId !== null) {
            $p .= "userID\0{$this->userId}\0";
            $fields += 2;
        }
        if ($this->firstName !== null) {
            $p .= "firstName\0{$this->firstName}\0";
            $fields += 2;
        }
        if ($this->lastName !== null) {
            $p .= "lastName\0{$this->lastName}\0";
            $fields += 2;
        }
        if ($this->avatarUrl !== null) {
            $p .= "avatarURL\0{$this->avatarUrl}\0";
            $fields += 2;
        }
        if ($this->webcamBackgroundUrl !== null) {
            $p .= "webcamBackgroundURL\0{$this->webcamBackgroundUrl}\0";
            $fields += 2;
        }
        if ($this->redirect !== null) {
            $p .= $this->redirect ? "redirect\0true\0" : "redirect\0false\0";
            $fields += 2;
        }
        if ($this->errorRedirectUrl !== null) {
            $p .= "errorRedirectUrl\0{$this->errorRedirectUrl}\0";
            $fields += 2;
        }
        if ($this->logoutUrl !== null) {
            $p .= "logoutURL\0{$this->logoutUrl}\0";
            $fields += 2;
        }
        if ($this->guest) {
            $p .= "guest\0true\0";
            $fields += 2;
        }
        if ($this->auth !== null) {
            $p .= $this->auth ? "auth\0true\0" : "auth\0false\0";
            $fields += 2;
        }
        if ($this->bot) {
            $p .= "bot\0true\0";
            $fields += 2;
        }
        if ($this->excludeFromDashboard) {
            $p .= "excludeFromDashboard\0true\0";
            $fields += 2;
        }
        if ($this->enforceLayout !== null) {
            $p .= "enforceLayout\0{$this->enforceLayout->value}\0";
            $fields += 2;
        }
        if ($this->defaultLayout !== null) {
            $p .= "defaultLayout\0{$this->defaultLayout->value}\0";
            $fields += 2;
        }
        if ($this->existingUserId !== null) {
            $p .= "existingUserID\0{$this->existingUserId}\0";
            $fields += 2;
        }
        if ($this->sessionName !== null) {
            $p .= "sessionName\0{$this->sessionName}\0";
            $fields += 2;
        }
        if ($this->replaceSessionToken !== null) {
            $p .= "replaceSessionToken\0{$this->replaceSessionToken}\0";
            $fields += 2;
        }
        // @generated end packed
        foreach ($this->userdata as [$key, $value]) {
            $p .= "userdata-{$key}\0{$value}\0";
            $fields += 2;
        }
        // Every field ends in one NUL; any other NUL is inside a value (or a userdata key).
        if (substr_count($p, "\0") !== $fields) {
            $this->refuseNul($lib);
        }
        return $this->packed = $p;
    }

    /** Throws for the first value (in emission order) that holds a NUL byte. */
    private function refuseNul(Library $lib): never
    {
        // @generated begin strings by bin/generate.php from the library's join declaration: do not edit
        $named = [
            'meetingID' => $this->meetingId,
            'fullName' => $this->fullName,
            'password' => $this->password,
            'userID' => $this->userId,
            'firstName' => $this->firstName,
            'lastName' => $this->lastName,
            'avatarURL' => $this->avatarUrl,
            'webcamBackgroundURL' => $this->webcamBackgroundUrl,
            'errorRedirectUrl' => $this->errorRedirectUrl,
            'logoutURL' => $this->logoutUrl,
            'existingUserID' => $this->existingUserId,
            'sessionName' => $this->sessionName,
            'replaceSessionToken' => $this->replaceSessionToken,
        ];
        // @generated end strings
        foreach ($named as $parameter => $value) {
            if ($value !== null) {
                $lib->arg($value, $parameter);
            }
        }
        foreach ($this->userdata as [$key, $value]) {
            $lib->arg($key, "userdata-{$key}");
            $lib->arg($value, "userdata-{$key}");
        }
        throw new \LogicException('a NUL byte was counted but not found');
    }
}
