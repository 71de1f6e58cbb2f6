<?php

/*
 * Two endpoints BigBlueButton calls back, in one plain PHP script. Each answers 200 to a
 * genuine callback and 401 to anything else (bbb-webhooks takes 401 as final; any other error
 * status makes it retry a dozen times and then delete the hook).
 *
 *   POST callbacks.php/recording-ready    create with meta_bbb-recording-ready-url=<this URL>
 *   POST callbacks.php/webhook            hooks/create?callbackURL=<this URL>
 *
 * Configured from the environment (in php-fpm: `env[BBB_SECRET] = …` in the pool):
 *   BBB_SECRET       the shared secret; several, comma-separated, while rotating
 *   BBB_WEBHOOK_URL  the webhook URL exactly as registered with hooks/create: behind a
 *                    TLS-terminating proxy, the request's own host and scheme may differ
 *
 * Try it: BBB_SECRET=… BBB_WEBHOOK_URL=http://127.0.0.1:8080/callbacks.php/webhook \
 *         php -d ffi.enable=1 -S 127.0.0.1:8080 -t bindings/php/examples
 */

declare(strict_types=1);

use BbbKit\CallbackVerifier;
use BbbKit\Exception\CallbackException;

$autoload = dirname(__DIR__) . '/vendor/autoload.php';
require is_file($autoload) ? $autoload : dirname(__DIR__) . '/autoload.php';

header('Content-Type: text/plain; charset=utf-8');
if (($_SERVER['REQUEST_METHOD'] ?? '') !== 'POST') {
    http_response_code(405);
    header('Allow: POST');
    exit;
}

$verifier = new CallbackVerifier(explode(',', (string) getenv('BBB_SECRET')));
$body = (string) file_get_contents('php://input');

try {
    switch ($_SERVER['PATH_INFO'] ?? '') {
        case '/recording-ready':
            $ready = $verifier->recordingReady($body);
            // BBB calls once per playback format with the same token: publish once per record ID.
            echo "recording {$ready->recordId} of meeting {$ready->meetingId} is ready\n";
            break;

        case '/webhook':
            $authorization = $_SERVER['HTTP_AUTHORIZATION'] ?? '';
            if (stripos($authorization, 'bearer ') === 0) { // bbb-webhooks with bbb.auth2_0
                $post = $verifier->webhookBearer($authorization, $body);
            } else {
                // The registered URL, with the query this request came with (its checksum).
                $registered = explode('?', (string) getenv('BBB_WEBHOOK_URL'), 2)[0];
                $post = $verifier->webhook($registered . '?' . ($_SERVER['QUERY_STRING'] ?? ''), $body);
            }
            foreach ($post->events as $event) {
                echo "{$post->domain}: {$event->id} in meeting {$event->externalMeetingId}\n";
            }
            break;

        default:
            http_response_code(404);
            echo "no such endpoint\n";
    }
} catch (CallbackException $e) {
    http_response_code($e->getHttpStatus());
    echo "refused: {$e->getKind()}\n"; // never echo the body or the header back
}
