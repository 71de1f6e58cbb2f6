<?php

declare(strict_types=1);

namespace BbbKit\Tests;

use BbbKit\Exception\InvalidParameterException;
use BbbKit\JoinRequest;
use BbbKit\Layout;
use BbbKit\Role;
use BbbKit\Server;
use PHPUnit\Framework\TestCase;

/**
 * `Server::joinUrl()` sends a request without extra parameters as one packed buffer
 * (`bbbkit_server_join_url_params_into`), and one with extras through the handle
 * (`bbbkit_join_from_params` + `bbbkit_join_add_param`). The vectors run through both; these
 * are the conversions and refusals the PHP side does itself.
 */
final class PackedJoinTest extends TestCase
{
    private static function server(): Server
    {
        return new Server('https://bbb.example.com/bigbluebutton/api/', '8cd8ef52e8e101574e400365b55e11a6');
    }

    /** The query of a signed URL, without `checksum`. */
    private static function query(string $url): string
    {
        $query = substr($url, strpos($url, '?') + 1);
        return substr($query, 0, strrpos($query, '&checksum='));
    }

    public function testEveryLayoutAndRoleIsSentAsTheClientSpellsIt(): void
    {
        $spelling = [
            'UnifiedLayout' => 'UNIFIED_LAYOUT', 'CustomLayout' => 'CUSTOM_LAYOUT', 'SmartLayout' => 'SMART_LAYOUT',
            'PresentationFocus' => 'PRESENTATION_FOCUS', 'VideoFocus' => 'VIDEO_FOCUS', 'CamerasOnly' => 'CAMERAS_ONLY',
            'ParticipantsAndChatOnly' => 'PARTICIPANTS_AND_CHAT_ONLY', 'PresentationOnly' => 'PRESENTATION_ONLY',
            'MediaOnly' => 'MEDIA_ONLY',
        ];
        self::assertCount(count($spelling), Layout::cases());
        foreach (Layout::cases() as $layout) {
            foreach ([[], ['lang' => 'de']] as $extra) { // packed, and through the handle
                $url = self::server()->joinUrl(new JoinRequest('room-1', 'Ada', role: Role::Viewer,
                    enforceLayout: $layout, defaultLayout: $layout, extra: $extra));
                $want = "meetingID=room-1&fullName=Ada&role=VIEWER&enforceLayout={$spelling[$layout->name]}"
                    . "&defaultLayout={$spelling[$layout->name]}" . ($extra ? '&lang=de' : '');
                self::assertSame($want, self::query($url));
            }
        }
        self::assertSame('meetingID=room-1&fullName=Ada&role=MODERATOR',
            self::query(self::server()->joinUrl(new JoinRequest('room-1', 'Ada', role: Role::Moderator))));
    }

    public function testBooleansCreateTimeAndUserdataArePackedAsTheirBbbSpelling(): void
    {
        $request = new JoinRequest('room-1', 'Ada', role: 'viewer', createTime: 1715261728123, redirect: false,
            guest: false, auth: false, bot: false, excludeFromDashboard: false, userdata: ['k' => '', 'n' => 3]);
        self::assertSame(
            'meetingID=room-1&fullName=Ada&role=VIEWER&createTime=1715261728123&redirect=false&auth=false'
            . '&userdata-k=&userdata-n=3',
            self::query(self::server()->joinUrl($request)),
        );
        $request = new JoinRequest('room-1', 'Ada', role: 'viewer', redirect: true, guest: true, auth: true,
            bot: true, excludeFromDashboard: true);
        self::assertSame(
            'meetingID=room-1&fullName=Ada&role=VIEWER&redirect=true&guest=true&auth=true&bot=true'
            . '&excludeFromDashboard=true',
            self::query(self::server()->joinUrl($request)),
        );
        // The same request twice: the packed buffer is kept, and the URL does not change.
        self::assertSame(self::server()->joinUrl($request), self::server()->joinUrl($request));
    }

    public function testJoinUrlFromParamsGivesJoinUrlsUrl(): void
    {
        $server = self::server();
        $request = new JoinRequest('room-1', 'Zoë O\'Neil', role: Role::Moderator, createTime: 1715261728123,
            userId: 'u 17', redirect: false, guest: true, enforceLayout: Layout::VideoFocus,
            userdata: ['bbb_skip_check_audio' => 'true']);
        self::assertSame($server->joinUrl($request), $server->joinUrlFromParams([
            'meetingID' => 'room-1', 'fullName' => 'Zoë O\'Neil', 'role' => Role::Moderator,
            'createTime' => 1715261728123, 'userID' => 'u 17', 'redirect' => false, 'guest' => true,
            'enforceLayout' => Layout::VideoFocus, 'userdata-bbb_skip_check_audio' => true,
        ]));
        // Names and values as the BBB API writes them; a parameter newer than bbbkit goes last.
        self::assertSame(
            'meetingID=room-1&fullName=Ada&role=VIEWER&defaultLayout=VIDEO_FOCUS&lang=de',
            self::query($server->joinUrlFromParams(['lang' => 'de', 'defaultLayout' => 'video_focus',
                'role' => 'viewer', 'fullName' => 'Ada', 'meetingID' => 'room-1'])),
        );
        // A URL longer than the server's buffer: the buffer grows, and the next URL is right too.
        $long = str_repeat('x', 5000);
        $url = $server->joinUrlFromParams(['meetingID' => 'room-1', 'fullName' => 'Ada', 'role' => 'viewer', 'userID' => $long]);
        self::assertStringContainsString("&userID={$long}&checksum=", $url);
        self::assertSame($server->joinUrl($request), $server->joinUrlFromParams([
            'meetingID' => 'room-1', 'fullName' => 'Zoë O\'Neil', 'role' => 'MODERATOR',
            'createTime' => '1715261728123', 'userID' => 'u 17', 'redirect' => 'false', 'guest' => 'true',
            'enforceLayout' => 'VIDEO_FOCUS', 'userdata-bbb_skip_check_audio' => 'true',
        ]));
    }

    public function testJoinUrlFromParamsRefusesWhatJoinUrlRefuses(): void
    {
        $server = self::server();
        foreach ([
            [['meetingID' => "room\0x", 'fullName' => 'Ada', 'role' => 'viewer'], 'meetingID', 'control_character'],
            [["user\0ID" => 'u', 'meetingID' => 'room', 'fullName' => 'Ada', 'role' => 'viewer'], 'name', 'control_character'],
            [['meetingID' => 'a,b', 'fullName' => 'Ada', 'role' => 'viewer'], 'meetingID', 'no_comma'],
            [['meetingID' => 'room', 'fullName' => 'Ada'], 'role', 'role_or_password'],
            [['meetingID' => 'room', 'fullName' => 'Ada', 'role' => 'admin'], 'role', 'one_of'],
            [['meetingID' => 'room', 'fullName' => 'Ada', 'role' => 'viewer', 'checksum' => 'x'], 'checksum', 'reserved'],
            [['meetingID' => 'room', 'fullName' => 'Ada', 'role' => 'viewer', 'MEETINGID' => 'x'], 'MEETINGID', 'reserved'],
        ] as [$params, $parameter, $rule]) {
            try {
                $server->joinUrlFromParams($params);
                self::fail('accepted ' . json_encode($params));
            } catch (InvalidParameterException $e) {
                self::assertSame([$parameter, $rule], [$e->getParameter(), $e->getRule()], json_encode($params));
            }
        }
        $this->expectException(\TypeError::class);
        $server->joinUrlFromParams(['meetingID' => 'room', 'fullName' => 'Ada', 'role' => 'viewer', 'userID' => 1.5]);
    }

    /** @return array<string, array{0: array<string, mixed>, 1: string}> */
    public static function nulCases(): array
    {
        $cases = [];
        foreach ([
            'meetingId' => 'meetingID', 'fullName' => 'fullName', 'password' => 'password', 'userId' => 'userID',
            'firstName' => 'firstName', 'lastName' => 'lastName', 'avatarUrl' => 'avatarURL',
            'webcamBackgroundUrl' => 'webcamBackgroundURL', 'errorRedirectUrl' => 'errorRedirectUrl',
            'logoutUrl' => 'logoutURL', 'existingUserId' => 'existingUserID', 'sessionName' => 'sessionName',
            'replaceSessionToken' => 'replaceSessionToken',
        ] as $arg => $parameter) {
            $cases[$arg] = [[$arg => "a\0b"], $parameter];
        }
        $cases['userdata value'] = [['userdata' => ['color' => "a\0b"]], 'userdata-color'];
        $cases['userdata key'] = [['userdata' => ["co\0lor" => 'red']], "userdata-co\0lor"];
        $cases['extra value'] = [['extra' => ['lang' => "a\0b"]], 'lang'];
        $cases['extra name'] = [['extra' => ["la\0ng" => 'de']], "la\0ng"];
        // The first in emission order is the one named.
        $cases['fullName before userdata'] = [['fullName' => "A\0da", 'userdata' => ['color' => "a\0b"]], 'fullName'];
        $cases['userID before sessionName'] = [['sessionName' => "a\0b", 'userId' => "u\0"], 'userID'];
        return $cases;
    }

    /**
     * @dataProvider nulCases
     * @param array<string, mixed> $args
     */
    public function testANulByteIsRefusedNamingTheParameter(array $args, string $parameter): void
    {
        $args += ['meetingId' => 'room-1', 'fullName' => 'Ada', 'role' => Role::Viewer];
        foreach (['joinUrl', 'toQuery'] as $how) {
            $request = new JoinRequest(...$args);
            try {
                $how === 'joinUrl' ? self::server()->joinUrl($request) : $request->toQuery();
                self::fail("{$how}: no exception");
            } catch (InvalidParameterException $e) {
                self::assertSame([$parameter, 'control_character'], [$e->getParameter(), $e->getRule()], $how);
            }
        }
    }

    public function testInvalidUtf8IsNamedInEmissionOrder(): void
    {
        foreach ([
            [['fullName' => "A\xffda", 'userId' => "u\xff"], 'fullName'],
            [['lastName' => "\xff", 'userId' => "u\xff"], 'userID'],
            [['userdata' => ['color' => "r\xffed"]], 'userdata-color'],
            [['extra' => ['lang' => "d\xffe"]], 'value'],
        ] as [$args, $parameter]) {
            $request = new JoinRequest(...$args + ['meetingId' => 'room-1', 'fullName' => 'Ada', 'role' => Role::Viewer]);
            try {
                self::server()->joinUrl($request);
                self::fail('no exception');
            } catch (InvalidParameterException $e) {
                self::assertSame([$parameter, 'utf8'], [$e->getParameter(), $e->getRule()]);
            }
        }
    }

    public function testAnExtraParameterCannotSetATypedOne(): void
    {
        // Sent in the packed buffer, these names would set the typed parameter: as extras they
        // go through bbbkit_join_add_param and are refused.
        foreach (['meetingID' => 'other', 'guest' => 'true', 'role' => 'moderator', 'userdata-color' => 'red'] as $name => $value) {
            try {
                self::server()->joinUrl(new JoinRequest('room-1', 'Ada', role: Role::Viewer, extra: [$name => $value]));
                self::fail("{$name}: no exception");
            } catch (InvalidParameterException $e) {
                self::assertSame([$name, 'reserved'], [$e->getParameter(), $e->getRule()]);
            }
        }
    }
}
