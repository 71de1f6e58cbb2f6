<?php

declare(strict_types=1);

/*
 * Writes the generated sections of the PHP sources from the library's own tables, read through
 * FFI: the join call's declaration (`bbbkit_join_parameter_*`: name, field, type, required,
 * quirks, doc), the role, layout and JWT algorithm enums (`bbbkit_role_name`,
 * `bbbkit_layout_name`, `bbbkit_jwt_algorithm_name`), and `Library::VERSION`, the one library
 * version the package accepts (`bbbkit_version`).
 *
 * A section sits between lines containing `@generated begin NAME …` and `@generated end NAME`
 * (`// …` in the PHP sources, `<!-- … -->` in README.md, whose lists of JoinRequest's arguments
 * and of Server's call methods are written here too); only its inside is rewritten, the rest of
 * each file is written by hand. Adding a join parameter to
 * the core's declaration is then: rebuild the library, run this script, commit.
 *
 *   BBBKIT_LIB=target/release/libbbbkit.so php bindings/php/bin/generate.php           rewrite
 *   BBBKIT_LIB=target/release/libbbbkit.so php bindings/php/bin/generate.php --check   fail when stale
 *
 * bindings/c/run-tests.sh runs it with --check.
 */

require dirname(__DIR__) . '/autoload.php';

use BbbKit\Library;

$check = in_array('--check', array_slice($argv, 1), true);
$lib = Library::loadAnyVersion(); // it writes Library::VERSION from this library
$f = $lib->ffi;
$src = dirname(__DIR__) . '/src';

// ---- what the library declares ----------------------------------------------------------

/** @var list<array{name: string, arg: string, type: string, required: bool, onlyWhenTrue: bool, doc: string}> */
$params = [];
for ($i = 0, $n = $f->bbbkit_join_parameters_len(); $i < $n; $i++) {
    if ((string) $f->bbbkit_join_parameter_type($i) === 'meta') {
        continue; // the `userdata-` pairs: JoinRequest's `$userdata` argument
    }
    $params[] = [
        'name' => (string) $f->bbbkit_join_parameter_name($i),
        'arg' => camel((string) $f->bbbkit_join_parameter_field($i)),
        'type' => (string) $f->bbbkit_join_parameter_type($i),
        'required' => $f->bbbkit_join_parameter_required($i),
        'onlyWhenTrue' => $f->bbbkit_join_parameter_only_when_true($i),
        'doc' => (string) $f->bbbkit_join_parameter_doc($i),
    ];
}

/** @return list<array{code: int, value: string, case: string}> an enum's values, by code from 1 */
function enum_values(callable $name): array
{
    $values = [];
    for ($code = 1; ($value = $name($code)) !== null; $code++) {
        $values[] = ['code' => $code, 'value' => (string) $value, 'case' => pascal(strtolower((string) $value))];
    }
    return $values;
}

/** `some_field_name` → `someFieldName` */
function camel(string $snake): string
{
    return lcfirst(pascal($snake));
}

/** `video_focus` → `VideoFocus` */
function pascal(string $snake): string
{
    return str_replace('_', '', ucwords($snake, '_'));
}

/** The PHP class of an enum-typed parameter, or null. */
function enum_class(array $p): ?string
{
    return ['role' => 'Role', 'layout' => 'Layout'][$p['type']] ?? null;
}

/** The declared PHP type of a parameter and its default (null when required). */
function php_type(array $p): array
{
    $base = enum_class($p) !== null ? enum_class($p) . '|string'
        : ['text' => 'string', 'url' => 'string', 'integer' => 'int', 'boolean' => 'bool'][$p['type']];
    if ($p['onlyWhenTrue']) {
        return [$base, 'false'];
    }
    if ($p['required']) {
        return [$base, null];
    }
    return [enum_class($p) !== null ? "{$base}|null" : "?{$base}", 'null'];
}

// ---- the sections -------------------------------------------------------------------------

$I = '    ';
$sections = [];

// JoinRequest: the enum-typed properties (their arguments also take strings).
$lines = [];
foreach ($params as $p) {
    if (($class = enum_class($p)) !== null) {
        $lines[] = "{$I}/** `{$p['name']}`: {$p['doc']} */";
        $lines[] = "{$I}public readonly " . ($p['required'] ? $class : "?{$class}") . " \${$p['arg']};";
    }
}
$lines[] = '';
$lines[] = "{$I}/** Every declared join parameter, in emission order: its BBB name => the named argument. */";
$lines[] = "{$I}public const PARAMETERS = [";
foreach ($params as $p) {
    $lines[] = "{$I}{$I}'{$p['name']}' => '{$p['arg']}',";
}
$lines[] = "{$I}];";
$sections['JoinRequest.php']['properties'] = $lines;

// JoinRequest: the constructor's docblock and declared arguments.
$lines = ["{$I}/**"];
foreach ($params as $p) {
    [$type] = php_type($p);
    $type = $p['onlyWhenTrue'] || $p['required'] ? $type : (enum_class($p) !== null ? $type : substr($type, 1) . '|null');
    $extra = enum_class($p) !== null ? ' A case, or its name in any case.' : '';
    $lines[] = "{$I} * @param {$type} \${$p['arg']} `{$p['name']}`: {$p['doc']}{$extra}";
}
$lines[] = "{$I} * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> \$userdata";
$lines[] = "{$I} *        `userdata-<key>` values, keys without the prefix, as key => value or [key, value] pairs";
$lines[] = "{$I} * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> \$extra";
$lines[] = "{$I} *        parameters newer than bbbkit, sent as given after everything else";
$lines[] = "{$I} */";
$lines[] = "{$I}public function __construct(";
foreach ($params as $p) {
    [$type, $default] = php_type($p);
    $promoted = enum_class($p) !== null ? '' : 'public readonly ';
    // The meeting password grants its role: hidden from stack traces like the secret.
    $promoted = ($p['name'] === 'password' ? '#[\\SensitiveParameter] ' : '') . $promoted;
    $lines[] = "{$I}{$I}{$promoted}{$type} \${$p['arg']}" . ($default !== null ? " = {$default}" : '') . ',';
}
$sections['JoinRequest.php']['constructor'] = $lines;

// JoinRequest: enum strings are read in the constructor, naming their parameter.
$lines = [];
foreach ($params as $p) {
    if (($class = enum_class($p)) !== null) {
        $a = $p['arg'];
        $lines[] = "{$I}{$I}\$this->{$a} = is_string(\${$a}) ? {$class}::parse(\${$a}, \$library, '{$p['name']}') : \${$a};";
    }
}
$sections['JoinRequest.php']['convert'] = $lines;

// JoinRequest::packed(): straight-line, one test per parameter (this runs once per URL).
$lines = [];
$head = '';
$fields = 0;
$rest = false;
foreach ($params as $p) {
    $a = "\$this->{$p['arg']}";
    $value = enum_class($p) !== null ? "{{$a}->value}" : "{{$a}}";
    if (!$rest && $p['required'] && $p['type'] !== 'boolean') {
        $head .= "{$p['name']}\\0{$value}\\0";
        $fields += 2;
        continue;
    }
    $rest = true;
    if ($p['type'] === 'boolean' && $p['onlyWhenTrue']) {
        $lines[] = "{$I}{$I}if ({$a}) {";
        $lines[] = "{$I}{$I}{$I}\$p .= \"{$p['name']}\\0true\\0\";";
    } elseif ($p['type'] === 'boolean') {
        $lines[] = $p['required'] ? "{$I}{$I}{" : "{$I}{$I}if ({$a} !== null) {";
        $lines[] = "{$I}{$I}{$I}\$p .= {$a} ? \"{$p['name']}\\0true\\0\" : \"{$p['name']}\\0false\\0\";";
    } else {
        $lines[] = $p['required'] ? "{$I}{$I}{" : "{$I}{$I}if ({$a} !== null) {";
        $lines[] = "{$I}{$I}{$I}\$p .= \"{$p['name']}\\0{$value}\\0\";";
    }
    $lines[] = "{$I}{$I}{$I}\$fields += 2;";
    $lines[] = "{$I}{$I}}";
}
array_unshift($lines, "{$I}{$I}\$p = \"{$head}\";", "{$I}{$I}\$fields = {$fields};");
$sections['JoinRequest.php']['packed'] = $lines;

// JoinRequest::refuseNul(): the string values, in emission order.
$lines = ["{$I}{$I}\$named = ["];
foreach ($params as $p) {
    if ($p['type'] === 'text' || $p['type'] === 'url') {
        $lines[] = "{$I}{$I}{$I}'{$p['name']}' => \$this->{$p['arg']},";
    }
}
$lines[] = "{$I}{$I}];";
$sections['JoinRequest.php']['strings'] = $lines;

// README.md: the paragraph that lists JoinRequest's named arguments.
$sections['README.md']['join-arguments'] = explode("\n", wordwrap(
    'Every join parameter is a named argument of `JoinRequest`, typed and documented: '
    . implode(', ', array_map(fn ($p) => "`{$p['arg']}`", $params))
    . ", plus `userdata` (`['bbb_skip_check_audio' => 'true']`, keys without the `userdata-` prefix)"
    . ' and `extra` (parameters newer than bbbkit).',
    100,
    "\n",
));

// Role, Layout and JwtAlgorithm: their cases and native codes.
$enums = [
    'Role' => ['bbbkit_role_name', 'bbbkit_role'],
    'Layout' => ['bbbkit_layout_name', 'bbbkit_layout'],
    'JwtAlgorithm' => ['bbbkit_jwt_algorithm_name', 'bbbkit_jwt_algorithm'],
];
foreach ($enums as $enum => [$function, $cEnum]) {
    $values = enum_values(fn (int $code) => $f->$function($code));
    $lines = [];
    foreach ($values as $v) {
        $lines[] = "{$I}/** `{$v['value']}` */";
        $lines[] = "{$I}case {$v['case']} = '{$v['value']}';";
    }
    $sections["{$enum}.php"]['cases'] = $lines;
    $lines = ["{$I}/** @internal the native value (`{$cEnum}`) */", "{$I}public function toNative(): int", "{$I}{", "{$I}{$I}return match (\$this) {"];
    foreach ($values as $v) {
        $lines[] = "{$I}{$I}{$I}self::{$v['case']} => {$v['code']},";
    }
    $lines[] = "{$I}{$I}};";
    $lines[] = "{$I}}";
    $sections["{$enum}.php"]['codes'] = $lines;
}

// ---- every other call: Calls::PARAMETERS and Server's methods ------------------------------

/** @var array<string, array{doc: string, method: string, params: list<array>}> */
$calls = [];
for ($c = 0, $nc = $f->bbbkit_call_count(); $c < $nc; $c++) {
    $call = (string) $f->bbbkit_call_name($c);
    $list = [];
    for ($i = 0, $n = $f->bbbkit_call_parameter_count($call); $i < $n; $i++) {
        $list[] = [
            'name' => (string) $f->bbbkit_call_parameter_name($call, $i),
            'arg' => camel((string) $f->bbbkit_call_parameter_field($call, $i)),
            'type' => (string) $f->bbbkit_call_parameter_type($call, $i),
            'required' => $f->bbbkit_call_parameter_required($call, $i),
            'onlyWhenTrue' => $f->bbbkit_call_parameter_only_when_true($call, $i),
            'inBody' => $f->bbbkit_call_parameter_in_body($call, $i),
            'doc' => (string) $f->bbbkit_call_parameter_doc($call, $i),
        ];
    }
    $calls[$call] = ['doc' => (string) $f->bbbkit_call_doc($call), 'method' => (string) $f->bbbkit_call_method($call), 'params' => $list];
}

$lines = ["{$I}/**", "{$I} * Every declared call (`join` first) and its parameters, in emission order: BBB name =>", "{$I} * [named argument, type, sent only when true]. The type is the library's (`text`, `url`,", "{$I} * `boolean`, `integer`, `list`, `states`, `features`, `meta`, `documents`, …).", "{$I} */", "{$I}public const PARAMETERS = ["];
foreach ($calls as $call => $c) {
    $lines[] = "{$I}{$I}'{$call}' => [";
    foreach ($c['params'] as $p) {
        $lines[] = "{$I}{$I}{$I}'{$p['name']}' => ['{$p['arg']}', '{$p['type']}', " . ($p['onlyWhenTrue'] ? 'true' : 'false') . '],';
    }
    $lines[] = "{$I}{$I}],";
}
$lines[] = "{$I}];";
$sections['Calls.php']['parameters'] = $lines;

/** The PHP type, phpdoc type and default (null when required) of a call's parameter. */
function call_type(array $p): array
{
    $enum = ['guest_policy' => 'GuestPolicy', 'layout' => 'Layout', 'role' => 'Role', 'text_track_kind' => 'TextTrackKind'][$p['type']] ?? null;
    [$php, $doc, $empty] = match (true) {
        $enum !== null => ["{$enum}|string", "{$enum}|string", null],
        in_array($p['type'], ['text', 'url'], true) => ['string', 'string', null],
        $p['type'] === 'boolean' => ['bool', 'bool', null],
        $p['type'] === 'integer' => ['int', 'int', null],
        $p['type'] === 'list' => ['array|string', 'list<string>|string', '[]'],
        $p['type'] === 'states' => ['array|string', 'list<RecordingState|string>|string', '[]'],
        $p['type'] === 'features' => ['array|string', 'list<Feature|string>|string', '[]'],
        $p['type'] === 'meta' => ['array', 'array<string, string|int|bool>', '[]'],
        $p['type'] === 'groups' => ['array|string', 'list<Group>|string', '[]'],
        $p['type'] === 'plugin_manifests' => ['array|string', 'list<PluginManifest>|string', '[]'],
        $p['type'] === 'documents' => ['array|string', 'list<Document>|string', '[]'],
        $p['type'] === 'json' => ['array|string', 'array<string, mixed>|string', null],
        default => throw new RuntimeException("no PHP type for the library's type {$p['type']}"),
    };
    if ($p['onlyWhenTrue']) {
        return [$php, $doc, 'false'];
    }
    if ($p['required']) {
        return [$php, $doc, null];
    }
    if ($empty !== null) {
        return [$php, $doc, $empty];
    }
    return [str_contains($php, '|') ? "{$php}|null" : "?{$php}", "{$doc}|null", 'null'];
}

$lines = [];
foreach ($calls as $call => $c) {
    if ($call === 'join') {
        continue; // Server::joinUrl(JoinRequest)
    }
    $base = camel(str_replace('/', '_', $call));
    $hasRequiredBody = false;
    foreach ($c['params'] as $p) {
        $hasRequiredBody = $hasRequiredBody || ($p['inBody'] && $p['required']);
    }
    // Required arguments first (PHP refuses them after optional ones), then in declared order.
    $ordered = array_merge(
        array_values(array_filter($c['params'], fn ($p) => $p['required'] && !$p['onlyWhenTrue'])),
        array_values(array_filter($c['params'], fn ($p) => !($p['required'] && !$p['onlyWhenTrue']))),
    );
    foreach ($hasRequiredBody ? ['Request'] : ['Url', 'Request'] as $kind) {
        $params = $kind === 'Url' ? array_values(array_filter($ordered, fn ($p) => !$p['inBody'])) : $ordered;
        $lines[] = "{$I}/**";
        $lines[] = "{$I} * `{$call}`: {$c['doc']}";
        $lines[] = "{$I} *";
        if ($kind === 'Url') {
            $lines[] = "{$I} * The signed URL, sent with {$c['method']}" . ($c['method'] === 'POST' ? ' (see the …Request method for the body)' : '') . '.';
            foreach ($c['params'] as $p) {
                if ($p['inBody']) {
                    $lines[] = "{$I} * Body parameters (`{$p['name']}`) are taken by {@see Server::{$base}Request()}.";
                    break;
                }
            }
        } else {
            $lines[] = "{$I} * Method, signed URL and, when the call has one, body and content type.";
        }
        $lines[] = "{$I} *";
        foreach ($params as $p) {
            [, $doc] = call_type($p);
            $lines[] = "{$I} * @param {$doc} \${$p['arg']} `{$p['name']}`: {$p['doc']}";
        }
        $lines[] = "{$I} * @param array<string, string|int|bool>|list<array{0: string, 1: string|int|bool}> \$extra";
        $lines[] = "{$I} *        parameters newer than bbbkit, sent as given after everything else";
        $lines[] = "{$I} *";
        $lines[] = "{$I} * @throws InvalidParameterException naming the first parameter that breaks a rule";
        $lines[] = "{$I} */";
        $lines[] = "{$I}public function {$base}{$kind}(";
        foreach ($params as $p) {
            [$type, , $default] = call_type($p);
            $sensitive = preg_match('/(PW|^password)$/', $p['name']) === 1 ? '#[\\SensitiveParameter] ' : '';
            $lines[] = "{$I}{$I}{$sensitive}{$type} \${$p['arg']}" . ($default !== null ? " = {$default}" : '') . ',';
        }
        $lines[] = "{$I}{$I}array \$extra = [],";
        $lines[] = "{$I}): " . ($kind === 'Url' ? 'string' : 'PreparedRequest') . ' {';
        $lines[] = "{$I}{$I}return \$this->prepareCall('{$call}', [";
        foreach ($c['params'] as $p) {
            if (in_array($p, $params, true)) {
                $lines[] = "{$I}{$I}{$I}'{$p['name']}' => \${$p['arg']},";
            }
        }
        $lines[] = "{$I}{$I}], \$extra)" . ($kind === 'Url' ? '->url;' : ';');
        $lines[] = "{$I}}";
        $lines[] = '';
    }
}
array_pop($lines);
$sections['ServerCalls.php']['methods'] = $lines;

// README.md: the paragraph that lists Server's methods of the other calls.
$urlMethods = [];
$requestOnly = [];
foreach ($calls as $call => $c) {
    if ($call === 'join') {
        continue;
    }
    $base = camel(str_replace('/', '_', $call));
    $required = array_filter($c['params'], fn ($p) => $p['inBody'] && $p['required']);
    if ($required === []) {
        $urlMethods[] = "`{$base}Url`";
    } else {
        $requestOnly[] = "`{$base}Request`";
    }
}
$sections['README.md']['call-methods'] = explode("\n", wordwrap(
    '`Server` has one method per call the library declares, with one named argument per parameter, '
    . 'generated from the library\'s declarations: ' . implode(', ', $urlMethods) . ' give the signed URL; '
    . 'each has a `…Request` twin' . ($requestOnly === [] ? '' : ' (and ' . implode(', ', $requestOnly)
    . ', whose body parameters are required, so it has no URL-only method)')
    . ' that gives a readonly `PreparedRequest` (`method`, `url`, `body`, `contentType`, `fileField`)'
    . ' and takes the body parameters too.',
    100,
    "\n",
));

// The value enums of the calls: their cases, by code from 1.
$valueEnums = [
    'GuestPolicy' => 'bbbkit_guest_policy_name',
    'RecordingState' => 'bbbkit_recording_state_name',
    'TextTrackKind' => 'bbbkit_text_track_kind_name',
    'Feature' => 'bbbkit_feature_name',
];
foreach ($valueEnums as $enum => $function) {
    $lines = [];
    for ($code = 1; ($value = $f->$function($code)) !== null; $code++) {
        $value = (string) $value;
        $case = preg_match('/[a-z]/', $value) === 1 ? ucfirst($value) : pascal(strtolower($value));
        $lines[] = "{$I}/** `{$value}` */";
        $lines[] = "{$I}case {$case} = '{$value}';";
    }
    $sections["{$enum}.php"]['cases'] = $lines;
}

// The answer classes: from the class line to the end of the generated members, each class's
// constructor (a readonly property per declared field, camel case of its JSON key, its docs),
// `fromArray` (from the library's JSON form), `fromRow` (from its compact form), and for a type with redacted fields
// `__debugInfo`/`jsonSerialize` that show `[redacted]` (a `[redacted = method]` field shows
// `$this->method()`). An enum field also keeps the value as sent, in `<name>Value`.
$schema = json_decode((string) $f->bbbkit_answer_schema(), true, 512, JSON_THROW_ON_ERROR);
/**
 * The PHP type of a field and how to read it: from `$k`, its value in the JSON form (an array
 * keyed by field) or the compact form (a list, the field's position), with `$from` the
 * record classes' constructor from that form (`fromArray` or `fromRow`).
 *
 * @return array{0: string, 1: ?string, 2: string} (PHP type, phpdoc type or null, expression)
 */
function answer_php_type(array $field, string $k, string $from): array
{
    $t = $field['type'];
    [$type, $doc, $expr] = match ($field['kind']) {
        'text' => ['string', null, $k],
        'integer' => ['int', null, $k],
        'boolean' => ['bool', null, $k],
        'map' => ['array', 'array<string, string>', $k],
        'text_list' => ['array', 'list<string>', $k],
        'record' => [$t, null, $field['optional'] ? "{$k} === null ? null : {$t}::{$from}({$k})" : "{$t}::{$from}({$k})"],
        'record_list' => ['array', "list<{$t}>", "array_map({$t}::{$from}(...), {$k})"],
        'enum' => [$t, null, "{$t}::tryFrom({$k}) ?? {$t}::Other"],
    };
    if ($field['optional'] && $field['kind'] !== 'record_list') {
        $type = "?{$type}";
    }
    return [$type, $doc, $expr];
}
/** `Some docs`, as docblock lines at an indent */
function doc_lines(string $doc, string $indent): array
{
    $lines = array_map(fn ($l) => rtrim(preg_replace('/^ /', '', $l)), explode("\n", trim($doc, "\n")));
    if (count($lines) === 1) {
        return ["{$indent}/** {$lines[0]} */"];
    }
    return ["{$indent}/**", ...array_map(fn ($l) => rtrim("{$indent} * {$l}"), $lines), "{$indent} */"];
}
foreach ($schema['types'] as $type) {
    $name = $type['name'];
    $redacted = array_values(array_filter($type['fields'], fn ($fd) => $fd['redacted']));
    $lines = ["final class {$name}" . ($redacted === [] ? '' : ' implements \JsonSerializable'), '{'];
    $lines[] = "{$I}public function __construct(";
    $args = [];
    $rowArgs = [];
    $rowLists = [];
    foreach ($type['fields'] as $i => $fd) {
        [$phpType, $docType, $expr] = answer_php_type($fd, "\$a['{$fd['json']}']", 'fromArray');
        if ($fd['kind'] === 'record_list') {
            // A loop, not array_map with a closure: a fifth faster for lists of records.
            $list = '$' . camel($fd['json']);
            array_push($rowLists, "{$list} = [];", "foreach (\$r[{$i}] as \$item) {", "{$I}{$list}[] = {$fd['type']}::fromRow(\$item);", '}');
            $rowArgs[] = $list;
        } else {
            $rowArgs[] = answer_php_type($fd, "\$r[{$i}]", 'fromRow')[2];
        }
        $prop = camel($fd['json']);
        $doc = trim($fd['doc']);
        $docBlock = $docType === null ? $doc : ($doc === '' ? "@var {$docType}" : "{$doc}\n\n@var {$docType}");
        if ($docBlock !== '') {
            array_push($lines, ...doc_lines($docBlock, "{$I}{$I}"));
        }
        $sensitive = $fd['redacted'] ? '#[\SensitiveParameter] ' : '';
        $lines[] = "{$I}{$I}{$sensitive}public readonly {$phpType} \${$prop},";
        $args[] = $expr;
        if ($fd['kind'] === 'enum') {
            $lines[] = "{$I}{$I}/** `{$prop}` as the server sent it. */";
            $lines[] = "{$I}{$I}public readonly string \${$prop}Value,";
            $args[] = "\$a['{$fd['json']}']";
            $rowArgs[] = "\$r[{$i}]";
        }
    }
    $lines[] = "{$I}) {";
    $lines[] = "{$I}}";
    $lines[] = '';
    $lines[] = "{$I}/**";
    $lines[] = "{$I} * @internal from the library's JSON form";
    $lines[] = "{$I} *";
    $lines[] = "{$I} * @param array<string, mixed> \$a";
    $lines[] = "{$I} */";
    $lines[] = "{$I}public static function fromArray(array \$a): self";
    $lines[] = "{$I}{";
    $lines[] = "{$I}{$I}return new self(";
    foreach ($args as $arg) {
        $lines[] = "{$I}{$I}{$I}{$arg},";
    }
    $lines[] = "{$I}{$I});";
    $lines[] = "{$I}}";
    $lines[] = '';
    $lines[] = "{$I}/**";
    $lines[] = "{$I} * @internal from the library's compact form (`bbbkit_parse_answer_php`, unserialized):";
    $lines[] = "{$I} * the values in the order of the declared fields";
    $lines[] = "{$I} *";
    $lines[] = "{$I} * @param list<mixed> \$r";
    $lines[] = "{$I} */";
    $lines[] = "{$I}public static function fromRow(array \$r): self";
    $lines[] = "{$I}{";
    foreach ($rowLists as $line) {
        $lines[] = "{$I}{$I}{$line}";
    }
    $lines[] = "{$I}{$I}return new self(";
    foreach ($rowArgs as $arg) {
        $lines[] = "{$I}{$I}{$I}{$arg},";
    }
    $lines[] = "{$I}{$I});";
    $lines[] = "{$I}}";
    if ($redacted !== []) {
        $lines[] = '';
        $lines[] = "{$I}/**";
        $lines[] = "{$I} * What `var_dump` and `print_r` show: the properties, with "
            . implode(', ', array_map(fn ($fd) => '`' . camel($fd['json']) . '`', $redacted)) . ' redacted';
        $lines[] = "{$I} * (a null stays null: the server sent none).";
        $lines[] = "{$I} *";
        $lines[] = "{$I} * @return array<string, mixed>";
        $lines[] = "{$I} */";
        $lines[] = "{$I}public function __debugInfo(): array";
        $lines[] = "{$I}{";
        $lines[] = "{$I}{$I}\$info = get_object_vars(\$this);";
        foreach ($redacted as $fd) {
            $prop = camel($fd['json']);
            $lines[] = "{$I}{$I}if (\$info['{$prop}'] !== null && \$info['{$prop}'] !== '') {";
            $lines[] = $fd['redacted_with'] === null
                ? "{$I}{$I}{$I}\$info['{$prop}'] = Library::REDACTED;"
                : "{$I}{$I}{$I}\$info['{$prop}'] = \$this->" . camel($fd['redacted_with']) . '();';
            $lines[] = "{$I}{$I}}";
        }
        $lines[] = "{$I}{$I}return \$info;";
        $lines[] = "{$I}}";
        $lines[] = '';
        $lines[] = "{$I}/** @return array<string, mixed> what `json_encode` shows: the same, redacted */";
        $lines[] = "{$I}public function jsonSerialize(): array";
        $lines[] = "{$I}{";
        $lines[] = "{$I}{$I}return \$this->__debugInfo();";
        $lines[] = "{$I}}";
    }
    $sections["{$name}.php"]['answer'] = $lines;
}

// Library::VERSION: the one version of the library the package accepts.
$sections['Library.php']['version'] = [
    "{$I}/** The version of the library this package is written for: `load()` refuses any other. */",
    "{$I}public const VERSION = '" . (string) $f->bbbkit_version() . "';",
];

// ---- write or check -----------------------------------------------------------------------

$stale = [];
foreach ($sections as $file => $parts) {
    $path = $file === 'README.md' ? dirname(__DIR__) . '/README.md' : "{$src}/{$file}";
    $text = file_get_contents($path);
    if ($text === false) {
        fwrite(STDERR, "cannot read {$path}\n");
        exit(2);
    }
    $new = $text;
    foreach ($parts as $name => $lines) {
        // The markers are lines that contain `@generated begin NAME` / `@generated end NAME`,
        // whatever the comment around them (`//` in PHP, `<!-- … -->` in Markdown).
        $pattern = '~(^[^\n]*@generated begin ' . preg_quote($name, '~') . '\b[^\n]*\n)(.*?)(^[^\n]*@generated end ' . preg_quote($name, '~') . '\b)~ms';
        $count = 0;
        $new = preg_replace_callback($pattern, fn ($m) => $m[1] . implode("\n", $lines) . "\n" . $m[3], $new, -1, $count);
        if ($count !== 1) {
            fwrite(STDERR, "{$path}: expected one section `{$name}`, found {$count}\n");
            exit(2);
        }
    }
    if ($new !== $text) {
        $stale[] = $file;
        if (!$check) {
            file_put_contents($path, $new);
        }
    }
}
if ($check && $stale !== []) {
    fwrite(STDERR, 'stale generated sections in bindings/php/{src/,README.md}: ' . implode(', ', $stale)
        . ": run `BBBKIT_LIB=… php bindings/php/bin/generate.php` and commit\n");
    exit(1);
}
echo $check ? "generated sections are fresh\n" : ($stale === [] ? "nothing to change\n" : 'wrote ' . implode(', ', $stale) . "\n");
