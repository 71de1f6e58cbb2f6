/*
 * The C suite of bbbkit: every case of tests/vectors/ through the public header, then every
 * function with NULL and with invalid UTF-8, and the accessors the vectors do not reach.
 *
 *   test_bbbkit VECTORS_DIR FIXTURES_DIR
 *
 * Ends with a plain "N passed, N failed, N skipped" line; exits 0 only when nothing failed.
 * The vectors are read with Jansson, which keeps strings with NUL bytes whole.
 */
#include <bbbkit.h>

#include <jansson.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <threads.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed, skipped;
static const char *vectors_dir, *fixtures_dir;

/* The reason the current case failed; empty while it has not. */
static char why[1024];

static void failf(const char *fmt, ...) {
    if (why[0]) return; /* keep the first reason */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
}

static void finish_case(const char *group, const char *name) {
    if (why[0]) {
        failed++;
        printf("FAIL %s: %s: %s\n", group, name, why);
    } else {
        passed++;
    }
    why[0] = 0;
}

static void skip_case(const char *group, const char *name, const char *reason) {
    skipped++;
    printf("SKIP %s: %s: %s\n", group, name, reason);
}

/* ---- small helpers ------------------------------------------------------------------- */

static const char *str_or_null(const char *s) { return s ? s : "(null)"; }

static void check(const char *name, int ok);

/* Whether a borrowed string equals `want` (`len` bytes); want == NULL means "absent". */
static int bstr_eq(bbbkit_str s, const char *want, size_t len) {
    if (!want) return s.data == NULL;
    return s.data != NULL && s.len == len && memcmp(s.data, want, len) == 0;
}

/* Whether `s` holds `needle` (a bbbkit_str has no NUL after it). */
static int bstr_contains(bbbkit_str s, const char *needle) {
    size_t n = strlen(needle);
    if (!s.data || s.len < n) return 0;
    for (size_t i = 0; i + n <= s.len; i++) {
        if (memcmp(s.data + i, needle, n) == 0) return 1;
    }
    return 0;
}

static void expect_bstr(const char *what, bbbkit_str s, json_t *want) {
    const char *w = json_is_string(want) ? json_string_value(want) : NULL;
    size_t wl = json_is_string(want) ? json_string_length(want) : 0;
    if (want && !json_is_string(want) && !json_is_null(want)) {
        failf("%s: the vector's value is not a string or null", what);
        return;
    }
    if (!bstr_eq(s, w, wl)) {
        failf("%s: got %s%.*s%s, want %s", what, s.data ? "\"" : "", (int)s.len,
              s.data ? (const char *)s.data : "(absent)", s.data ? "\"" : "", w ? w : "(absent)");
    }
}

static void expect_cstr(const char *what, const char *got, const char *want) {
    if ((got == NULL) != (want == NULL) || (got && strcmp(got, want) != 0))
        failf("%s: got %s, want %s", what, str_or_null(got), str_or_null(want));
}

static void expect_result(const char *what, bbbkit_result got, bbbkit_result want) {
    if (got != want)
        failf("%s: got %u (%s), want %u (%s); last error: %s", what, (unsigned)got,
              bbbkit_result_message(got), (unsigned)want, bbbkit_result_message(want),
              bbbkit_last_error_message());
}

/* A string argument from a vector; refuses strings with NUL bytes, which no NUL-terminated
 * argument can carry (the caller skips such cases). */
static int has_nul(json_t *v) {
    return json_is_string(v) && strlen(json_string_value(v)) != json_string_length(v);
}

/* Whether any string in a JSON value has a NUL byte. */
static int any_nul(json_t *v) {
    if (has_nul(v)) return 1;
    if (json_is_object(v)) {
        const char *k;
        json_t *x;
        json_object_foreach(v, k, x) if (any_nul(x)) return 1;
    } else if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) if (any_nul(x)) return 1;
    }
    return 0;
}

static const char *get_s(json_t *obj, const char *key) {
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static char *read_file(const char *dir, const char *name, size_t *len) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger) { free(buf); buf = NULL; }
            else buf = bigger;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static json_t *load_vectors(const char *file) {
    char path[4096];
    json_error_t err;
    snprintf(path, sizeof path, "%s/%s", vectors_dir, file);
    json_t *root = json_load_file(path, JSON_ALLOW_NUL, &err);
    if (!root) {
        failed++;
        printf("FAIL %s: cannot load: %s (line %d)\n", path, err.text, err.line);
        return NULL;
    }
    json_t *cases = json_object_get(root, "cases");
    if (!json_is_array(cases) || json_array_size(cases) == 0) {
        failed++;
        printf("FAIL %s: no cases\n", path);
        json_decref(root);
        return NULL;
    }
    return root;
}

/* An API error's kind, typed and named, against the vector's `api_kind` (when it has one),
 * and its details against the vector's `details` (when it has them). The kind depends on the
 * call (notFound on publishRecordings is a recording not found), so it is the typed key's
 * call-independent kind except there. */
static void expect_api_kind(const bbbkit_api_error *e, json_t *want) {
    uint32_t kind = bbbkit_api_error_get_kind(e);
    if (kind != bbbkit_message_key_kind(bbbkit_api_error_key(e)) &&
        kind != BBBKIT_API_ERROR_KIND_RECORDING_NOT_FOUND)
        failf("the kind %u is not the typed key's", (unsigned)kind);
    if (kind != bbbkit_api_error_error_kind(e, 0))
        failf("the first error's kind differs from the error's");
    const char *want_kind = get_s(want, "api_kind");
    if (want_kind) expect_cstr("api_kind", bbbkit_api_error_kind_name(kind), want_kind);
    json_t *details = json_object_get(want, "details"), *pair;
    if (!details) return;
    size_t i;
    if (bbbkit_api_error_details_len(e) != json_array_size(details)) {
        failf("details: got %zu, want %zu", bbbkit_api_error_details_len(e), json_array_size(details));
        return;
    }
    json_array_foreach(details, i, pair) {
        expect_bstr("details[].name", bbbkit_api_error_detail_name(e, i), json_array_get(pair, 0));
        expect_bstr("details[].value", bbbkit_api_error_detail_value(e, i), json_array_get(pair, 1));
        const char *name = json_string_value(json_array_get(pair, 0));
        if (i == 0 && name)
            expect_bstr("detail(name)", bbbkit_api_error_detail(e, name), json_array_get(pair, 1));
    }
    if (bbbkit_api_error_detail_name(e, i).data) failf("a detail past the end");
    if (bbbkit_api_error_detail(e, NULL).data) failf("a detail for a NULL name");
}

/* The expected error of a vector against what the last call returned. */
static void expect_error(json_t *error, bbbkit_result got) {
    const char *kind = get_s(error, "kind");
    if (!kind) { failf("the vector's error has no kind"); return; }
    if (got == BBBKIT_RESULT_OK) { failf("succeeded, want error %s", kind); return; }
    static const struct { const char *kind; bbbkit_result code; } verify_kinds[] = {
        {"checksum_missing", BBBKIT_RESULT_CHECKSUM_MISSING},
        {"checksum_duplicate", BBBKIT_RESULT_CHECKSUM_DUPLICATE},
        {"checksum_malformed", BBBKIT_RESULT_CHECKSUM_MALFORMED},
        {"checksum_length", BBBKIT_RESULT_CHECKSUM_LENGTH},
        {"algorithm_not_allowed", BBBKIT_RESULT_ALGORITHM_NOT_ALLOWED},
        {"checksum_mismatch", BBBKIT_RESULT_CHECKSUM_MISMATCH},
    };
    if (strcmp(kind, "invalid_parameter") == 0) {
        expect_result("result", got, BBBKIT_RESULT_INVALID_PARAMETER);
        expect_cstr("parameter", bbbkit_last_error_parameter(), get_s(error, "parameter"));
        expect_cstr("rule", bbbkit_last_error_rule(), get_s(error, "rule"));
        const char *msg = bbbkit_last_error_message();
        if (!strstr(msg, get_s(error, "parameter") ? get_s(error, "parameter") : "?"))
            failf("the message does not name the parameter: %s", msg);
        return;
    }
    for (size_t i = 0; i < sizeof verify_kinds / sizeof verify_kinds[0]; i++) {
        if (strcmp(kind, verify_kinds[i].kind) == 0) {
            expect_result("result", got, verify_kinds[i].code);
            expect_cstr("verify code", bbbkit_last_error_verify_code(), kind);
            return;
        }
    }
    if (bbbkit_last_error_verify_code())
        failf("a verify code for a failure that is not a verification: %s", bbbkit_last_error_verify_code());
    static const struct { const char *kind; bbbkit_result code; } callback_kinds[] = {
        {"callback_malformed", BBBKIT_RESULT_CALLBACK_MALFORMED},
        {"callback_too_large", BBBKIT_RESULT_CALLBACK_TOO_LARGE},
        {"callback_missing", BBBKIT_RESULT_CALLBACK_MISSING},
        {"callback_algorithm_none", BBBKIT_RESULT_CALLBACK_ALGORITHM_NONE},
        {"callback_algorithm_unsupported", BBBKIT_RESULT_CALLBACK_ALGORITHM_UNSUPPORTED},
        {"callback_algorithm_not_allowed", BBBKIT_RESULT_CALLBACK_ALGORITHM_NOT_ALLOWED},
        {"callback_checksum_length", BBBKIT_RESULT_CALLBACK_CHECKSUM_LENGTH},
        {"callback_signature", BBBKIT_RESULT_CALLBACK_SIGNATURE},
        {"callback_expired", BBBKIT_RESULT_CALLBACK_EXPIRED},
        {"callback_not_yet_valid", BBBKIT_RESULT_CALLBACK_NOT_YET_VALID},
        {"callback_missing_claim", BBBKIT_RESULT_CALLBACK_MISSING_CLAIM},
        {"callback_replayable_checksum", BBBKIT_RESULT_CALLBACK_REPLAYABLE_CHECKSUM},
    };
    for (size_t i = 0; i < sizeof callback_kinds / sizeof callback_kinds[0]; i++) {
        if (strcmp(kind, callback_kinds[i].kind) == 0) {
            expect_result("result", got, callback_kinds[i].code);
            expect_cstr("callback code", bbbkit_last_error_callback_code(), kind);
            if (bbbkit_last_error_http_status() != 401)
                failf("http status: got %u, want 401", (unsigned)bbbkit_last_error_http_status());
            return;
        }
    }
    if (bbbkit_last_error_callback_code())
        failf("a callback code for a failure that is not a callback's: %s", bbbkit_last_error_callback_code());
    if (strcmp(kind, "parse") == 0) {
        expect_result("result", got, BBBKIT_RESULT_PARSE);
        expect_cstr("parse code", bbbkit_last_error_parse_code(), get_s(error, "code"));
        return;
    }
    if (strcmp(kind, "api") == 0) {
        expect_result("result", got, BBBKIT_RESULT_API);
        const bbbkit_api_error *e = bbbkit_last_api_error();
        if (!e) { failf("no last API error"); return; }
        expect_bstr("key", bbbkit_api_error_key_str(e), json_object_get(error, "key"));
        expect_bstr("message", bbbkit_api_error_message(e), json_object_get(error, "message"));
        expect_api_kind(e, error);
        json_t *errors = json_object_get(error, "errors");
        if (bbbkit_api_error_errors_len(e) != json_array_size(errors)) {
            failf("errors: got %zu, want %zu", bbbkit_api_error_errors_len(e),
                  json_array_size(errors));
            return;
        }
        size_t i;
        json_t *d;
        json_array_foreach(errors, i, d) {
            expect_bstr("errors[].key", bbbkit_api_error_error_key_str(e, i), json_object_get(d, "key"));
            expect_bstr("errors[].message", bbbkit_api_error_error_message(e, i),
                        json_object_get(d, "message"));
        }
        return;
    }
    failf("unknown error kind %s", kind);
}

/* ---- checksum.json ------------------------------------------------------------------- */

static void run_checksum(json_t *c) {
    uint32_t alg = 0;
    char *cs = NULL;
    bbbkit_result r = bbbkit_algorithm_from_str(get_s(c, "algorithm"), &alg);
    if (r == BBBKIT_RESULT_OK)
        r = bbbkit_checksum(get_s(c, "call"), get_s(c, "query"), get_s(c, "secret"), alg, &cs);
    if (json_object_get(c, "error")) {
        expect_error(json_object_get(c, "error"), r);
    } else {
        expect_result("checksum", r, BBBKIT_RESULT_OK);
        expect_cstr("checksum", cs, get_s(c, "checksum"));
    }
    bbbkit_string_free(cs);
}

/* ---- server.json --------------------------------------------------------------------- */

static void run_server(json_t *c) {
    bbbkit_server *s = NULL;
    bbbkit_result r = bbbkit_server_new(get_s(c, "url"), get_s(c, "secret"), &s);
    if (json_object_get(c, "error")) {
        expect_error(json_object_get(c, "error"), r);
        if (s) failf("the out-parameter was written on failure");
        const char *secret = get_s(c, "secret");
        if (secret && strlen(secret) > 3 && strstr(bbbkit_last_error_message(), secret))
            failf("the error message shows the secret");
    } else {
        expect_result("server", r, BBBKIT_RESULT_OK);
        expect_bstr("base_url", bbbkit_server_base_url(s), json_object_get(c, "base_url"));
        if (s && bbbkit_server_algorithm(s) != BBBKIT_ALGORITHM_SHA256)
            failf("the default algorithm is not SHA-256");
    }
    bbbkit_server_free(s);
}

/* A server from a vector's {url, secret, algorithm}; NULL (and the case failed) on error. */
static bbbkit_server *make_server(json_t *spec) {
    bbbkit_server *s = NULL, *with = NULL;
    bbbkit_result r = bbbkit_server_new(get_s(spec, "url"), get_s(spec, "secret"), &s);
    if (r != BBBKIT_RESULT_OK) {
        failf("server: %s", bbbkit_last_error_message());
        return NULL;
    }
    const char *alg_name = get_s(spec, "algorithm");
    if (!alg_name) return s;
    uint32_t alg = 0;
    r = bbbkit_algorithm_from_str(alg_name, &alg);
    if (r == BBBKIT_RESULT_OK) r = bbbkit_server_with_algorithm(s, alg, &with);
    bbbkit_server_free(s);
    if (r != BBBKIT_RESULT_OK) {
        failf("server algorithm: %s", bbbkit_last_error_message());
        return NULL;
    }
    if (bbbkit_server_algorithm(with) != alg) failf("server algorithm not kept");
    return with;
}

/* ---- join.json ----------------------------------------------------------------------- */

/* Whether `name` is a declared join parameter: read from the library's declaration, so this
 * runner lists no parameter of its own. */
static int declared_join_parameter(const char *name) {
    for (size_t i = 0; i < bbbkit_join_parameters_len(); i++)
        if (strcmp(name, bbbkit_join_parameter_name(i)) == 0) return 1;
    return 0;
}

/* A vector's scalar as the BBB API writes it: strings as they are, booleans `true`/`false`,
 * integers in decimal. `text` holds the converted ones. */
static const char *bbb_text(json_t *v, char *text, size_t size) {
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_boolean(v)) return json_is_true(v) ? "true" : "false";
    if (json_is_integer(v)) {
        snprintf(text, size, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        return text;
    }
    return NULL;
}

/* Builds the join from the vector, every declared parameter through the one generic setter
 * bbbkit_join_set; returns the first failing result (the vector's error may be the
 * conversion of a string role or layout, named by the core). */
static bbbkit_result build_join(json_t *req, bbbkit_join **out) {
    const char *key;
    json_t *v;
    json_object_foreach(req, key, v) {
        if (!declared_join_parameter(key) && strcmp(key, "userdata") != 0 && strcmp(key, "extra") != 0)
            failf("the request has a key that is not a declared parameter: %s", key);
    }
    const char *id = get_s(req, "meetingID"), *name = get_s(req, "fullName");
    bbbkit_result r = bbbkit_join_new(id ? id : "", name ? name : "", out);
    if (r != BBBKIT_RESULT_OK) return r;
    bbbkit_join *j = *out;
    json_object_foreach(req, key, v) {
        char text[64];
        if (!declared_join_parameter(key)) continue; /* userdata, extra: below */
        const char *value = bbb_text(v, text, sizeof text);
        if (!value) { failf("the request's %s is neither a string, a boolean nor an integer", key); continue; }
        if ((r = bbbkit_join_set(j, key, value)) != BBBKIT_RESULT_OK) return r;
    }
    size_t i;
    json_t *pair;
    json_array_foreach(json_object_get(req, "userdata"), i, pair) {
        r = bbbkit_join_add_userdata(j, json_string_value(json_array_get(pair, 0)),
                                     json_string_value(json_array_get(pair, 1)));
        if (r != BBBKIT_RESULT_OK) return r;
    }
    json_array_foreach(json_object_get(req, "extra"), i, pair) {
        r = bbbkit_join_add_param(j, json_string_value(json_array_get(pair, 0)),
                                  json_string_value(json_array_get(pair, 1)));
        if (r != BBBKIT_RESULT_OK) return r;
    }
    return BBBKIT_RESULT_OK;
}

static void run_join(json_t *c) {
    bbbkit_server *s = make_server(json_object_get(c, "server"));
    if (!s) return;
    bbbkit_join *j = NULL;
    char *url = NULL;
    bbbkit_result r = build_join(json_object_get(c, "request"), &j);
    if (r == BBBKIT_RESULT_OK) r = bbbkit_server_join_url(s, j, &url);
    if (json_object_get(c, "error")) {
        expect_error(json_object_get(c, "error"), r);
        if (url) failf("the out-parameter was written on failure");
    } else {
        expect_result("join_url", r, BBBKIT_RESULT_OK);
        expect_cstr("url", url, get_s(c, "url"));
        json_t *auth = json_object_get(c, "effective_auth");
        if (json_is_boolean(auth) && bbbkit_join_effective_auth(j) != json_is_true(auth))
            failf("effective_auth: got %d", bbbkit_join_effective_auth(j));
    }
    bbbkit_string_free(url);
    bbbkit_join_free(j);
    bbbkit_server_free(s);
}

/* The same cases through the packed forms: the typed parameters and userdata as one buffer of
 * NUL-separated fields (bbbkit_join_from_params), the vector's extra parameters added on the
 * handle with bbbkit_join_add_param (so an extra named meetingID is still refused as
 * reserved); and, without extras, the one-call bbbkit_server_join_url_params. */

typedef struct {
    char *data;
    size_t len, cap;
} packed_buf;

static void pack_field(packed_buf *b, const char *s) {
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *bigger = realloc(b->data, cap);
        if (!bigger) { failf("out of memory"); return; }
        b->data = bigger;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n + 1); /* the field and its NUL separator */
    b->len += n + 1;
}

/* The vector's request (without `extra`) as a packed buffer, ending in a NUL. */
static packed_buf pack_request(json_t *req) {
    packed_buf b = {NULL, 0, 0};
    const char *key;
    json_t *v;
    json_object_foreach(req, key, v) {
        char text[64];
        if (strcmp(key, "extra") == 0) continue;
        if (strcmp(key, "userdata") == 0) {
            size_t i;
            json_t *pair;
            json_array_foreach(v, i, pair) {
                const char *k = json_string_value(json_array_get(pair, 0));
                char *name = malloc(strlen(k) + sizeof "userdata-");
                if (!name) { failf("out of memory"); return b; }
                sprintf(name, "userdata-%s", k);
                pack_field(&b, name);
                pack_field(&b, json_string_value(json_array_get(pair, 1)));
                free(name);
            }
            continue;
        }
        pack_field(&b, key);
        const char *value = bbb_text(v, text, sizeof text);
        if (value) pack_field(&b, value);
        else failf("the request's %s is neither a string, a boolean nor an integer", key);
    }
    return b;
}

static void run_join_packed(json_t *c) {
    bbbkit_server *s = make_server(json_object_get(c, "server"));
    if (!s) return;
    json_t *req = json_object_get(c, "request"), *error = json_object_get(c, "error");
    json_t *extra = json_object_get(req, "extra");
    packed_buf b = pack_request(req);
    bbbkit_join *j = NULL;
    char *url = NULL;
    bbbkit_result r = bbbkit_join_from_params(b.data, b.len, &j); /* with the final NUL */
    size_t i;
    json_t *pair;
    json_array_foreach(extra, i, pair) {
        if (r != BBBKIT_RESULT_OK) break;
        r = bbbkit_join_add_param(j, json_string_value(json_array_get(pair, 0)),
                                  json_string_value(json_array_get(pair, 1)));
    }
    if (r == BBBKIT_RESULT_OK) r = bbbkit_server_join_url(s, j, &url);
    if (error) {
        expect_error(error, r);
        if (url) failf("the out-parameter was written on failure");
    } else {
        expect_result("join_from_params + join_url", r, BBBKIT_RESULT_OK);
        expect_cstr("url", url, get_s(c, "url"));
        json_t *auth = json_object_get(c, "effective_auth");
        if (json_is_boolean(auth) && bbbkit_join_effective_auth(j) != json_is_true(auth))
            failf("effective_auth: got %d", bbbkit_join_effective_auth(j));
    }
    bbbkit_string_free(url);
    bbbkit_join_free(j);
    /* In one call, without the final NUL. */
    if (json_array_size(extra) == 0) {
        char *one = (char *)&one;
        r = bbbkit_server_join_url_params(s, b.data, b.len ? b.len - 1 : 0, &one);
        if (error) {
            expect_error(error, r);
            if (one != (char *)&one) failf("join_url_params wrote its out-parameter on failure");
        } else {
            expect_result("join_url_params", r, BBBKIT_RESULT_OK);
            expect_cstr("join_url_params url", r == BBBKIT_RESULT_OK ? one : NULL, get_s(c, "url"));
            if (r == BBBKIT_RESULT_OK) bbbkit_string_free(one);
        }
    }
    free(b.data);
    bbbkit_server_free(s);
}

/* ---- api_url.json -------------------------------------------------------------------- */

static void run_api_url(json_t *c) {
    bbbkit_server *s = make_server(json_object_get(c, "server"));
    if (!s) return;
    json_t *params = json_object_get(c, "params");
    size_t n = json_array_size(params), i;
    const char **names = calloc(n + 1, sizeof *names), **values = calloc(n + 1, sizeof *values);
    json_t *pair;
    json_array_foreach(params, i, pair) {
        names[i] = json_string_value(json_array_get(pair, 0));
        values[i] = json_string_value(json_array_get(pair, 1));
    }
    char *url = NULL;
    bbbkit_result r = bbbkit_server_api_url(s, get_s(c, "call"), names, values, n, &url);
    if (json_object_get(c, "error")) {
        expect_error(json_object_get(c, "error"), r);
    } else {
        expect_result("api_url", r, BBBKIT_RESULT_OK);
        expect_cstr("url", url, get_s(c, "url"));
    }
    bbbkit_string_free(url);
    free(names);
    free(values);
    bbbkit_server_free(s);
}

/* ---- calls.json ---------------------------------------------------------------------- */

/* A prepared request against the vector's expected {method, url, body, content_type,
 * file_field}; the body compared by length (binary-safe). */
static void check_prepared(const bbbkit_prepared *p, json_t *want) {
    expect_bstr("method", bbbkit_prepared_method(p), json_object_get(want, "method"));
    expect_bstr("url", bbbkit_prepared_url(p), json_object_get(want, "url"));
    expect_bstr("body", bbbkit_prepared_body(p), json_object_get(want, "body"));
    expect_bstr("content_type", bbbkit_prepared_content_type(p), json_object_get(want, "content_type"));
    expect_bstr("file_field", bbbkit_prepared_file_field(p), json_object_get(want, "file_field"));
}

/* Every case through the handle: bbbkit_request_new, bbbkit_request_set for each pair in
 * order, bbbkit_request_add_param for each extra one, bbbkit_server_prepare. */
static void run_call(json_t *c) {
    bbbkit_server *s = make_server(json_object_get(c, "server"));
    if (!s) return;
    json_t *error = json_object_get(c, "error");
    bbbkit_request *req = NULL;
    bbbkit_prepared *p = (bbbkit_prepared *)&p;
    bbbkit_result r = bbbkit_request_new(get_s(c, "call"), &req);
    if (r == BBBKIT_RESULT_OK) {
        expect_cstr("request call", bbbkit_request_call(req), get_s(c, "call"));
        size_t i;
        json_t *pair;
        json_array_foreach(json_object_get(c, "params"), i, pair) {
            r = bbbkit_request_set(req, json_string_value(json_array_get(pair, 0)),
                                   json_string_value(json_array_get(pair, 1)));
            if (r != BBBKIT_RESULT_OK) break;
        }
        json_array_foreach(json_object_get(c, "extra"), i, pair) {
            if (r != BBBKIT_RESULT_OK) break;
            r = bbbkit_request_add_param(req, json_string_value(json_array_get(pair, 0)),
                                         json_string_value(json_array_get(pair, 1)));
        }
    } else if (req) {
        failf("bbbkit_request_new wrote its out-parameter on failure");
    }
    if (r == BBBKIT_RESULT_OK) r = bbbkit_server_prepare(s, req, &p);
    if (error) {
        expect_error(error, r);
        if (p != (bbbkit_prepared *)&p) failf("bbbkit_server_prepare wrote its out-parameter on failure");
    } else {
        expect_result("prepare", r, BBBKIT_RESULT_OK);
        if (r == BBBKIT_RESULT_OK) {
            /* The prepared request owns its strings: free the request and server first. */
            bbbkit_request_free(req);
            req = NULL;
            bbbkit_server_free(s);
            s = NULL;
            check_prepared(p, json_object_get(c, "expected"));
            bbbkit_prepared_free(p);
        }
    }
    bbbkit_request_free(req);
    bbbkit_server_free(s);
}

/* The same cases in one call, the pairs packed (bbbkit_server_prepare_params; with the extra
 * ones in a second buffer, bbbkit_server_prepare_params_extra). */
static void run_call_packed(json_t *c) {
    bbbkit_server *s = make_server(json_object_get(c, "server"));
    if (!s) return;
    packed_buf b = {NULL, 0, 0}, e = {NULL, 0, 0};
    size_t i;
    json_t *pair;
    json_array_foreach(json_object_get(c, "params"), i, pair) {
        pack_field(&b, json_string_value(json_array_get(pair, 0)));
        pack_field(&b, json_string_value(json_array_get(pair, 1)));
    }
    json_t *extra = json_object_get(c, "extra");
    json_array_foreach(extra, i, pair) {
        pack_field(&e, json_string_value(json_array_get(pair, 0)));
        pack_field(&e, json_string_value(json_array_get(pair, 1)));
    }
    bbbkit_prepared *p = (bbbkit_prepared *)&p;
    bbbkit_result r = extra ? bbbkit_server_prepare_params_extra(s, get_s(c, "call"), b.data, b.len, e.data, e.len, &p)
                            : bbbkit_server_prepare_params(s, get_s(c, "call"), b.data, b.len, &p);
    free(e.data);
    json_t *error = json_object_get(c, "error");
    if (error) {
        expect_error(error, r);
        if (p != (bbbkit_prepared *)&p) failf("bbbkit_server_prepare_params wrote its out-parameter on failure");
    } else {
        expect_result("prepare_params", r, BBBKIT_RESULT_OK);
        if (r == BBBKIT_RESULT_OK) {
            check_prepared(p, json_object_get(c, "expected"));
            bbbkit_prepared_free(p);
        }
    }
    free(b.data);
    bbbkit_server_free(s);
}

/* ---- verify.json --------------------------------------------------------------------- */

static void run_verify(json_t *c) {
    json_t *secrets = json_object_get(c, "secrets"), *allowed = json_object_get(c, "allowed");
    size_t n = json_array_size(secrets), i;
    const char **sv = calloc(n + 1, sizeof *sv);
    json_t *x;
    json_array_foreach(secrets, i, x) sv[i] = json_string_value(x);
    bbbkit_verifier *v = NULL;
    bbbkit_verified *ok = NULL;
    bbbkit_result r = bbbkit_verifier_new(sv, n, &v);
    free(sv);
    if (r == BBBKIT_RESULT_OK && allowed) {
        size_t na = json_array_size(allowed);
        uint32_t *algs = calloc(na + 1, sizeof *algs);
        json_array_foreach(allowed, i, x) {
            if (r == BBBKIT_RESULT_OK) r = bbbkit_algorithm_from_str(json_string_value(x), &algs[i]);
        }
        if (r == BBBKIT_RESULT_OK) r = bbbkit_verifier_allow(v, algs, na);
        free(algs);
    }
    if (r == BBBKIT_RESULT_OK) {
        if (get_s(c, "url"))
            r = bbbkit_verifier_verify_url(v, get_s(c, "url"), &ok);
        else
            r = bbbkit_verifier_verify(v, get_s(c, "call"), get_s(c, "query"), &ok);
    }
    if (json_object_get(c, "error")) {
        expect_error(json_object_get(c, "error"), r);
        if (ok) failf("the out-parameter was written on failure");
    } else {
        expect_result("verify", r, BBBKIT_RESULT_OK);
        if (ok) {
            expect_cstr("algorithm", bbbkit_algorithm_name(bbbkit_verified_algorithm(ok)),
                        get_s(c, "algorithm"));
            json_t *ki = json_object_get(c, "key_index");
            if (ki && bbbkit_verified_key_index(ok) != (size_t)json_integer_value(ki))
                failf("key_index: got %zu", bbbkit_verified_key_index(ok));
            if (get_s(c, "call"))
                expect_bstr("call", bbbkit_verified_call(ok), json_object_get(c, "call"));
            json_t *params = json_object_get(c, "params");
            if (params) {
                if (bbbkit_verified_params_len(ok) != json_array_size(params))
                    failf("params: got %zu, want %zu", bbbkit_verified_params_len(ok),
                          json_array_size(params));
                json_array_foreach(params, i, x) {
                    expect_bstr("param name", bbbkit_verified_param_name(ok, i), json_array_get(x, 0));
                    expect_bstr("param value", bbbkit_verified_param_value(ok, i), json_array_get(x, 1));
                }
                if (bbbkit_verified_param_name(ok, json_array_size(params)).data)
                    failf("a parameter past the end is not absent");
            }
        }
    }
    bbbkit_verified_free(ok);
    bbbkit_verifier_free(v);
}

/* ---- callbacks.json ------------------------------------------------------------------ */

/* A JSON integer (or null) against a value the library gave. */
static void expect_int(const char *what, long long got, json_t *want) {
    if (!json_is_integer(want) || json_integer_value(want) != got)
        failf("%s: got %lld, want %s", what, got, json_is_integer(want) ? "another value" : "(not an integer)");
}

/* The verifier of a case: its secrets, allow-list, clock and size limit. */
static bbbkit_result make_callback_verifier(json_t *c, bbbkit_callback_verifier **out) {
    json_t *secrets = json_object_get(c, "secrets"), *allowed = json_object_get(c, "allowed"), *x;
    size_t n = json_array_size(secrets), i;
    const char **sv = calloc(n + 1, sizeof *sv);
    json_array_foreach(secrets, i, x) sv[i] = json_string_value(x);
    bbbkit_callback_verifier *v = NULL;
    bbbkit_result r = bbbkit_callback_verifier_new(sv, n, &v);
    free(sv);
    if (r == BBBKIT_RESULT_OK && allowed) {
        size_t na = json_array_size(allowed);
        uint32_t *algs = calloc(na + 1, sizeof *algs);
        json_array_foreach(allowed, i, x) {
            if (r == BBBKIT_RESULT_OK) r = bbbkit_jwt_algorithm_from_str(json_string_value(x), &algs[i]);
        }
        if (r == BBBKIT_RESULT_OK) r = bbbkit_callback_verifier_allow(v, algs, na);
        free(algs);
    }
    if (r == BBBKIT_RESULT_OK && json_is_integer(json_object_get(c, "now")))
        r = bbbkit_callback_verifier_set_now(v, (uint64_t)json_integer_value(json_object_get(c, "now")));
    if (r == BBBKIT_RESULT_OK && json_is_integer(json_object_get(c, "max_size")))
        r = bbbkit_callback_verifier_set_max_size(v, (size_t)json_integer_value(json_object_get(c, "max_size")));
    if (r != BBBKIT_RESULT_OK) {
        bbbkit_callback_verifier_free(v);
        return r;
    }
    *out = v;
    return r;
}

/* The `webhook_schemes` of a case as the bit set the library takes (v3.4 alone when absent). */
static uint32_t webhook_schemes(json_t *list) {
    if (!list) return BBBKIT_WEBHOOK_SCHEME_V3_4;
    uint32_t bits = 0;
    size_t i;
    json_t *x;
    json_array_foreach(list, i, x) {
        const char *name = json_string_value(x);
        /* By the library's own names, so the C spelling of each bit is checked too. */
        for (uint32_t bit = 1; bit <= BBBKIT_WEBHOOK_SCHEME_V3_0_CONSTANT; bit <<= 1)
            if (name && bbbkit_webhook_scheme_name(bit) && strcmp(bbbkit_webhook_scheme_name(bit), name) == 0) bits |= bit;
    }
    return bits;
}

static void check_recording_ready(const bbbkit_recording_ready *rr, json_t *want) {
    expect_bstr("meeting_id", bbbkit_recording_ready_meeting_id(rr), json_object_get(want, "meeting_id"));
    expect_bstr("record_id", bbbkit_recording_ready_record_id(rr), json_object_get(want, "record_id"));
    expect_cstr("algorithm", bbbkit_jwt_algorithm_name(bbbkit_recording_ready_algorithm(rr)), get_s(want, "algorithm"));
    expect_int("key_index", (long long)bbbkit_recording_ready_key_index(rr), json_object_get(want, "key_index"));
    json_t *claims = json_object_get(want, "other_claims"), *x;
    size_t i;
    if (bbbkit_recording_ready_other_claims_len(rr) != json_array_size(claims)) {
        failf("other_claims: got %zu, want %zu", bbbkit_recording_ready_other_claims_len(rr), json_array_size(claims));
        return;
    }
    json_array_foreach(claims, i, x) {
        expect_bstr("claim name", bbbkit_recording_ready_other_claim_name(rr, i), json_array_get(x, 0));
        expect_bstr("claim json", bbbkit_recording_ready_other_claim_json(rr, i), json_array_get(x, 1));
    }
    if (bbbkit_recording_ready_other_claim_name(rr, i).data || bbbkit_recording_ready_other_claim_json(rr, i).data)
        failf("a claim past the end is not absent");
}

static void check_webhook_post(const bbbkit_webhook_post *p, json_t *want) {
    expect_bstr("domain", bbbkit_webhook_post_domain(p), json_object_get(want, "domain"));
    expect_int("timestamp", bbbkit_webhook_post_timestamp(p), json_object_get(want, "timestamp"));
    expect_cstr("scheme", bbbkit_webhook_scheme_name(bbbkit_webhook_post_scheme(p)), get_s(want, "scheme"));
    uint32_t alg = bbbkit_webhook_post_algorithm(p);
    expect_cstr("algorithm", alg ? bbbkit_algorithm_name(alg) : NULL, get_s(want, "algorithm"));
    expect_int("key_index", (long long)bbbkit_webhook_post_key_index(p), json_object_get(want, "key_index"));
    json_t *events = json_object_get(want, "events"), *e;
    size_t i;
    if (bbbkit_webhook_post_events_len(p) != json_array_size(events)) {
        failf("events: got %zu, want %zu", bbbkit_webhook_post_events_len(p), json_array_size(events));
        return;
    }
    json_array_foreach(events, i, e) {
        expect_bstr("event id", bbbkit_webhook_post_event_id(p, i), json_object_get(e, "id"));
        expect_bstr("internal_meeting_id", bbbkit_webhook_post_event_internal_meeting_id(p, i),
                    json_object_get(e, "internal_meeting_id"));
        expect_bstr("external_meeting_id", bbbkit_webhook_post_event_external_meeting_id(p, i),
                    json_object_get(e, "external_meeting_id"));
        expect_bstr("raw", bbbkit_webhook_post_event_raw(p, i), json_object_get(e, "raw"));
        int64_t ts = -1;
        bool has = bbbkit_webhook_post_event_timestamp(p, i, &ts);
        json_t *wt = json_object_get(e, "timestamp");
        if (json_is_null(wt) || !wt) {
            if (has || ts != -1) failf("event timestamp: got %lld, want none", (long long)ts);
        } else {
            if (!has) failf("event timestamp: none, want one");
            else expect_int("event timestamp", ts, wt);
        }
    }
    int64_t ts = -1;
    if (bbbkit_webhook_post_event_id(p, i).data || bbbkit_webhook_post_event_raw(p, i).data ||
        bbbkit_webhook_post_event_timestamp(p, i, &ts) || ts != -1)
        failf("an event past the end is not absent");
}

static void run_callback(json_t *c) {
    const char *scheme = get_s(c, "scheme");
    json_t *want = json_object_get(c, "expected"), *error = json_object_get(c, "error");
    json_t *jbody = json_object_get(c, "body");
    const char *body = json_string_value(jbody);
    size_t body_len = json_string_length(jbody);
    bbbkit_callback_verifier *v = NULL;
    bbbkit_recording_ready *rr = NULL;
    bbbkit_analytics_token *at = NULL;
    bbbkit_webhook_post *wp = NULL;
    bbbkit_end_callback *ec = NULL;
    char *url = NULL;
    bbbkit_result r = make_callback_verifier(c, &v);
    if (r != BBBKIT_RESULT_OK) {
        failf("verifier: %s", bbbkit_last_error_message());
        return;
    }
    if (!scheme) {
        failf("no scheme");
    } else if (strcmp(scheme, "recording_ready") == 0) {
        r = bbbkit_callback_verifier_recording_ready(v, body, body_len, &rr);
        if (r == BBBKIT_RESULT_OK && !error) check_recording_ready(rr, want);
    } else if (strcmp(scheme, "analytics") == 0) {
        r = bbbkit_callback_verifier_analytics(v, get_s(c, "authorization"), &at);
        if (r == BBBKIT_RESULT_OK && !error) {
            expect_int("expires_at", (long long)bbbkit_analytics_token_expires_at(at), json_object_get(want, "expires_at"));
            expect_cstr("algorithm", bbbkit_jwt_algorithm_name(bbbkit_analytics_token_algorithm(at)), get_s(want, "algorithm"));
            expect_int("key_index", (long long)bbbkit_analytics_token_key_index(at), json_object_get(want, "key_index"));
        }
    } else if (strcmp(scheme, "webhook") == 0) {
        r = bbbkit_callback_verifier_webhook(v, get_s(c, "url"), body, body_len,
                                             webhook_schemes(json_object_get(c, "webhook_schemes")), &wp);
        if (r == BBBKIT_RESULT_OK && !error) check_webhook_post(wp, want);
    } else if (strcmp(scheme, "webhook_bearer") == 0) {
        r = bbbkit_callback_verifier_webhook_bearer(v, get_s(c, "authorization"), body, body_len, &wp);
        if (r == BBBKIT_RESULT_OK && !error) check_webhook_post(wp, want);
    } else if (strcmp(scheme, "end_callback_url") == 0) {
        r = bbbkit_callback_verifier_end_callback_url(v, get_s(c, "url"), get_s(c, "meeting_id"),
                                                      (uint64_t)json_integer_value(json_object_get(c, "expires_at")), &url);
        if (r == BBBKIT_RESULT_OK && !error) expect_cstr("url", url, get_s(want, "url"));
    } else if (strcmp(scheme, "end_callback") == 0) {
        r = bbbkit_callback_verifier_end_callback(v, get_s(c, "url"), &ec);
        if (r == BBBKIT_RESULT_OK && !error) {
            expect_bstr("meeting_id", bbbkit_end_callback_meeting_id(ec), json_object_get(want, "meeting_id"));
            if (bbbkit_end_callback_recording_marks(ec) != json_is_true(json_object_get(want, "recording_marks")))
                failf("recording_marks differ");
            expect_int("key_index", (long long)bbbkit_end_callback_key_index(ec), json_object_get(want, "key_index"));
        }
    } else {
        failf("unknown scheme %s", scheme);
    }
    if (error) {
        expect_error(error, r);
        if (rr || at || wp || ec || url) failf("the out-parameter was written on failure");
    } else {
        expect_result(scheme ? scheme : "callback", r, BBBKIT_RESULT_OK);
        if (r == BBBKIT_RESULT_OK && bbbkit_last_error_http_status() != 0) failf("an http status after a success");
    }
    bbbkit_recording_ready_free(rr);
    bbbkit_analytics_token_free(at);
    bbbkit_webhook_post_free(wp);
    bbbkit_end_callback_free(ec);
    bbbkit_string_free(url);
    bbbkit_callback_verifier_free(v);
}

/* ---- parse.json ---------------------------------------------------------------------- */

static unsigned char *from_hex(const char *hex, size_t *len) {
    size_t n = strlen(hex) / 2;
    unsigned char *out = malloc(n + 1);
    for (size_t i = 0; out && i < n; i++) {
        unsigned int b;
        if (sscanf(hex + 2 * i, "%2x", &b) != 1) { free(out); return NULL; }
        out[i] = (unsigned char)b;
    }
    *len = n;
    return out;
}

static void check_joined(const bbbkit_joined *j, json_t *want) {
    expect_bstr("meeting_id", bbbkit_joined_meeting_id(j), json_object_get(want, "meeting_id"));
    expect_bstr("user_id", bbbkit_joined_user_id(j), json_object_get(want, "user_id"));
    expect_bstr("auth_token", bbbkit_joined_auth_token(j), json_object_get(want, "auth_token"));
    expect_bstr("session_token", bbbkit_joined_session_token(j), json_object_get(want, "session_token"));
    expect_bstr("url", bbbkit_joined_url(j), json_object_get(want, "url"));
    expect_bstr("message_key", bbbkit_joined_message_key(j), json_object_get(want, "message_key"));
    expect_bstr("message", bbbkit_joined_message(j), json_object_get(want, "message"));
    json_t *gs = json_object_get(want, "guest_status");
    expect_bstr("guest_status", bbbkit_joined_guest_status_str(j), gs);
    const char *g = json_string_value(gs);
    uint32_t want_enum = !g                        ? 0
                         : strcmp(g, "ALLOW") == 0 ? BBBKIT_GUEST_STATUS_ALLOW
                         : strcmp(g, "WAIT") == 0  ? BBBKIT_GUEST_STATUS_WAIT
                         : strcmp(g, "DENY") == 0  ? BBBKIT_GUEST_STATUS_DENY
                                                   : BBBKIT_GUEST_STATUS_OTHER;
    if (bbbkit_joined_guest_status(j) != want_enum)
        failf("guest_status enum: got %u, want %u", bbbkit_joined_guest_status(j), want_enum);
    if (bbbkit_joined_is_waiting(j) != (want_enum == BBBKIT_GUEST_STATUS_WAIT))
        failf("is_waiting is wrong");
}

static void expect_bool(const char *what, bool got, json_t *want) {
    if (!json_is_boolean(want)) { failf("%s: the vector has no boolean", what); return; }
    if (got != json_is_true(want)) failf("%s: got %d", what, got);
}

static void check_created(const bbbkit_created *c, json_t *want) {
    static const struct { const char *key; bbbkit_str (*get)(const bbbkit_created *); } strs[] = {
        {"meeting_id", bbbkit_created_meeting_id},
        {"internal_meeting_id", bbbkit_created_internal_meeting_id},
        {"parent_meeting_id", bbbkit_created_parent_meeting_id},
        {"attendee_pw", bbbkit_created_attendee_pw},
        {"moderator_pw", bbbkit_created_moderator_pw},
        {"voice_bridge", bbbkit_created_voice_bridge},
        {"dial_number", bbbkit_created_dial_number},
        {"create_date", bbbkit_created_create_date},
        {"message_key", bbbkit_created_message_key},
        {"message", bbbkit_created_message},
    };
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        json_t *w = json_object_get(want, strs[i].key);
        if (!w) { failf("%s: missing in the vector", strs[i].key); continue; }
        expect_bstr(strs[i].key, strs[i].get(c), w);
    }
    if (bbbkit_created_create_time(c) != json_integer_value(json_object_get(want, "create_time")))
        failf("create_time: got %lld", (long long)bbbkit_created_create_time(c));
    int64_t d = -12345;
    bool has = bbbkit_created_duration(c, &d);
    json_t *wd = json_object_get(want, "duration");
    if (json_is_null(wd) ? has : (!has || d != json_integer_value(wd)))
        failf("duration: got %s %lld", has ? "present" : "absent", (long long)d);
    /* Optional booleans: absent (null in the vector) is not false. */
    static const struct { const char *key; bool (*get)(const bbbkit_created *, bool *); } opt_bools[] = {
        {"has_user_joined", bbbkit_created_has_user_joined},
        {"has_been_forcibly_ended", bbbkit_created_has_been_forcibly_ended},
    };
    for (size_t i = 0; i < sizeof opt_bools / sizeof opt_bools[0]; i++) {
        json_t *w = json_object_get(want, opt_bools[i].key);
        if (!w) { failf("%s: missing in the vector", opt_bools[i].key); continue; }
        /* Twice, through outs holding false and true: an absent value leaves both untouched. */
        bool v0 = false, v1 = true;
        bool p0 = opt_bools[i].get(c, &v0), p1 = opt_bools[i].get(c, &v1);
        if (p0 != p1 || (json_is_null(w) ? p0 || v0 || !v1
                                          : !p0 || v0 != json_is_true(w) || v1 != json_is_true(w)))
            failf("%s: got %s %d/%d", opt_bools[i].key, p0 ? "present" : "absent", v0, v1);
        if (opt_bools[i].get(c, NULL)) failf("%s: true with a NULL out", opt_bools[i].key);
    }
    expect_bool("duplicate_warning", bbbkit_created_duplicate_warning(c),
                json_object_get(want, "duplicate_warning"));
}

/* The element at `path` below `root`: names joined by '/', each step the first child of that
 * name; NULL when a step is missing. */
static const bbbkit_element *element_at(const bbbkit_element *root, const char *path) {
    char step[256];
    const bbbkit_element *el = root;
    while (el && *path) {
        size_t n = strcspn(path, "/");
        if (n >= sizeof step) return NULL;
        memcpy(step, path, n);
        step[n] = 0;
        el = bbbkit_element_child(el, step);
        path += n + (path[n] == '/');
    }
    return el;
}

/* An element's attributes against the vector's `[[name, value], ...]`: by index, in document
 * order, and by name. */
static void check_attributes(const char *path, const bbbkit_element *el, json_t *pairs) {
    char what[512];
    size_t count = bbbkit_element_attributes_len(el), i;
    json_t *pair;
    if (!json_is_array(pairs)) { failf("attributes of %s: the vector's value is not a list", path); return; }
    if (count != json_array_size(pairs))
        failf("attributes of %s: got %zu, want %zu", path, count, json_array_size(pairs));
    json_array_foreach(pairs, i, pair) {
        json_t *name = json_array_get(pair, 0), *value = json_array_get(pair, 1);
        if (!json_is_string(name) || !json_is_string(value)) { failf("attributes of %s: bad pair", path); return; }
        snprintf(what, sizeof what, "%s: attribute %zu name", path, i);
        expect_bstr(what, bbbkit_element_attribute_name_at(el, i), name);
        snprintf(what, sizeof what, "%s: attribute %zu value", path, i);
        expect_bstr(what, bbbkit_element_attribute_value_at(el, i), value);
        snprintf(what, sizeof what, "%s: attribute %s", path, json_string_value(name));
        expect_bstr(what, bbbkit_element_attribute(el, json_string_value(name)), value);
    }
    snprintf(what, sizeof what, "%s: attribute past the end", path);
    check(what, bbbkit_element_attribute_name_at(el, count).data == NULL &&
                    bbbkit_element_attribute_value_at(el, count).data == NULL);
    snprintf(what, sizeof what, "%s: unknown attribute", path);
    check(what, bbbkit_element_attribute(el, "noSuchAttribute").data == NULL);
}

static void check_response(const bbbkit_response *r, json_t *want) {
    expect_bstr("message_key", bbbkit_response_message_key(r), json_object_get(want, "message_key"));
    expect_bstr("message", bbbkit_response_message(r), json_object_get(want, "message"));
    const char *name;
    json_t *text;
    json_object_foreach(json_object_get(want, "get"), name, text) {
        expect_bstr(name, bbbkit_response_get(r, name), text);
        /* The same through the element tree. */
        const bbbkit_element *el = bbbkit_element_child(bbbkit_response_root(r), name);
        if (!el) { failf("element %s: not found", name); continue; }
        expect_bstr(name, bbbkit_element_text(el), text);
        bbbkit_str n = bbbkit_element_name(el);
        if (n.len != strlen(name) || memcmp(n.data, name, n.len) != 0) failf("element name");
    }
    const char *path;
    json_t *pairs;
    json_object_foreach(json_object_get(want, "attributes"), path, pairs) {
        const bbbkit_element *el = element_at(bbbkit_response_root(r), path);
        if (!el) { failf("attributes of %s: no such element", path); continue; }
        check_attributes(path, el, pairs);
    }
}

static void check_api_error(const bbbkit_api_error *e, json_t *want) {
    expect_bstr("key", bbbkit_api_error_key_str(e), json_object_get(want, "key"));
    expect_bstr("message", bbbkit_api_error_message(e), json_object_get(want, "message"));
    json_t *errors = json_object_get(want, "errors"), *d;
    size_t i;
    if (bbbkit_api_error_errors_len(e) != json_array_size(errors))
        failf("errors: got %zu", bbbkit_api_error_errors_len(e));
    json_array_foreach(errors, i, d) {
        expect_bstr("errors[].key", bbbkit_api_error_error_key_str(e, i), json_object_get(d, "key"));
        expect_bstr("errors[].message", bbbkit_api_error_error_message(e, i), json_object_get(d, "message"));
    }
    expect_api_kind(e, want);
}

static void run_parse(json_t *c) {
    const char *kind = get_s(c, "kind");
    json_t *error = json_object_get(c, "error"), *want = json_object_get(c, "expected");
    if (!kind) { failf("no kind"); return; }
    if (strcmp(kind, "error_redirect") == 0) {
        bbbkit_api_error *e = NULL;
        bbbkit_result r = bbbkit_parse_error_redirect(get_s(c, "location"), &e);
        if (error) expect_error(error, r);
        else {
            expect_result("parse_error_redirect", r, BBBKIT_RESULT_OK);
            if (e) check_api_error(e, want);
        }
        bbbkit_api_error_free(e);
        return;
    }
    size_t len = 0;
    char *owned = NULL;
    const char *body = NULL;
    if (get_s(c, "fixture")) {
        body = owned = read_file(fixtures_dir, get_s(c, "fixture"), &len);
        if (!body) { failf("cannot read fixture %s", get_s(c, "fixture")); return; }
    } else if (json_is_string(json_object_get(c, "input"))) {
        body = json_string_value(json_object_get(c, "input"));
        len = json_string_length(json_object_get(c, "input"));
    } else if (get_s(c, "input_hex")) {
        body = owned = (char *)from_hex(get_s(c, "input_hex"), &len);
        if (!body) { failf("bad input_hex"); return; }
    } else {
        failf("no input");
        return;
    }
    bbbkit_parse_options options = {.max_size = (size_t)json_integer_value(json_object_get(c, "max_size"))};
    const bbbkit_parse_options *opts = json_object_get(c, "max_size") ? &options : NULL;
    const char *bytes = body;
    bbbkit_result r;
    if (strcmp(kind, "join") == 0) {
        bbbkit_joined *j = NULL;
        r = bbbkit_parse_join_response(bytes, len, opts, &j);
        if (!error) { expect_result("parse", r, BBBKIT_RESULT_OK); if (j) check_joined(j, want); }
        bbbkit_joined_free(j);
    } else if (strcmp(kind, "create") == 0) {
        bbbkit_created *cr = NULL;
        r = bbbkit_parse_create_response(bytes, len, opts, &cr);
        if (!error) { expect_result("parse", r, BBBKIT_RESULT_OK); if (cr) check_created(cr, want); }
        bbbkit_created_free(cr);
    } else if (strcmp(kind, "generic") == 0) {
        bbbkit_response *resp = NULL;
        r = bbbkit_parse_response(bytes, len, opts, &resp);
        if (!error) { expect_result("parse", r, BBBKIT_RESULT_OK); if (resp) check_response(resp, want); }
        bbbkit_response_free(resp);
    } else {
        failf("unknown kind %s", kind);
        free(owned);
        return;
    }
    if (error) expect_error(error, r);
    free(owned);
}

/* ---- answers.json -------------------------------------------------------------------- */

/* Whether two JSON values are equal, objects also in the order of their keys (metadata and
 * custom data keep the server's order). */
static int json_same(json_t *a, json_t *b) {
    if (!json_equal(a, b)) return 0;
    if (json_is_object(a)) {
        void *ia = json_object_iter(a), *ib = json_object_iter(b);
        for (; ia && ib; ia = json_object_iter_next(a, ia), ib = json_object_iter_next(b, ib)) {
            if (strcmp(json_object_iter_key(ia), json_object_iter_key(ib)) != 0) return 0;
            if (!json_same(json_object_iter_value(ia), json_object_iter_value(ib))) return 0;
        }
        return ia == NULL && ib == NULL;
    }
    if (json_is_array(a)) {
        for (size_t i = 0; i < json_array_size(a); i++)
            if (!json_same(json_array_get(a, i), json_array_get(b, i))) return 0;
    }
    return 1;
}

/* Every case through bbbkit_parse_answer: the JSON document against the vector's expected
 * object, or the vector's error (FAILED as the typed API error, parse codes). */
static void run_answer(json_t *c) {
    json_t *error = json_object_get(c, "error"), *want = json_object_get(c, "expected");
    size_t len = 0;
    char *owned = NULL;
    const char *body = NULL;
    if (get_s(c, "fixture")) {
        body = owned = read_file(fixtures_dir, get_s(c, "fixture"), &len);
        if (!body) { failf("cannot read fixture %s", get_s(c, "fixture")); return; }
    } else if (json_is_string(json_object_get(c, "input"))) {
        body = json_string_value(json_object_get(c, "input"));
        len = json_string_length(json_object_get(c, "input"));
    } else {
        failf("no input");
        return;
    }
    bbbkit_parse_options options = {.max_size = (size_t)json_integer_value(json_object_get(c, "max_size"))};
    const bbbkit_parse_options *opts = json_object_get(c, "max_size") ? &options : NULL;
    char *out = (char *)&out;
    bbbkit_result r = bbbkit_parse_answer(get_s(c, "kind"), body, len, opts, &out);
    if (error) {
        expect_error(error, r);
        if (out != (char *)&out) failf("bbbkit_parse_answer wrote its out-parameter on failure");
    } else {
        expect_result("parse_answer", r, BBBKIT_RESULT_OK);
        if (r == BBBKIT_RESULT_OK) {
            json_error_t err;
            json_t *got = json_loads(out, 0, &err);
            if (!got) failf("not JSON: %s", err.text);
            else if (!json_same(got, want)) {
                char *g = json_dumps(got, JSON_COMPACT), *w = json_dumps(want, JSON_COMPACT);
                failf("got %s, want %s", g ? g : "?", w ? w : "?");
                free(g);
                free(w);
            }
            json_decref(got);
            bbbkit_string_free(out);
        }
    }
    free(owned);
}

/* ---- the vector files ---------------------------------------------------------------- */

static void run_file_as(const char *file, const char *group, void (*run)(json_t *), int strings_are_args) {
    json_t *root = load_vectors(file);
    if (!root) return;
    size_t i;
    json_t *c;
    json_array_foreach(json_object_get(root, "cases"), i, c) {
        const char *name = get_s(c, "name");
        if (!name) name = "(unnamed)";
        /* A NUL-terminated argument cannot carry a NUL byte; response bodies (pointer +
         * length) can, so parse cases always run. */
        if (strings_are_args && any_nul(c)) {
            skip_case(group, name, "a string argument with a NUL byte cannot be passed as a C string");
            continue;
        }
        run(c);
        finish_case(group, name);
    }
    json_decref(root);
}

static void run_file(const char *file, void (*run)(json_t *), int strings_are_args) {
    run_file_as(file, file, run, strings_are_args);
}

/* ---- every function with NULL and with invalid UTF-8 ---------------------------------- */

static void check(const char *name, int ok) {
    if (!ok) failf("%s", name);
}

#define EXPECT_CODE(call, code)                                                              \
    do {                                                                                     \
        bbbkit_result r_ = (call);                                                           \
        if (r_ != (code))                                                                    \
            failf("%s: got %u, want %u (%s)", #call, (unsigned)r_, (unsigned)(code), #code); \
    } while (0)

static void null_arguments(void) {
    static const char bad[] = {(char)0xff, (char)0xfe, 'x', 0};
    bbbkit_server *s = NULL, *s2 = (bbbkit_server *)&s2;
    bbbkit_join *j = NULL, *j2 = (bbbkit_join *)&j2;
    bbbkit_verifier *v = NULL, *v2 = (bbbkit_verifier *)&v2;
    bbbkit_verified *ok = (bbbkit_verified *)&ok;
    bbbkit_joined *jd = (bbbkit_joined *)&jd;
    bbbkit_created *cr = (bbbkit_created *)&cr;
    bbbkit_response *rs = (bbbkit_response *)&rs;
    bbbkit_api_error *ae = (bbbkit_api_error *)&ae;
    char *str = (char *)&str;
    uint32_t u = 12345;
    const char body[] = "<response/>";
    const char *names[] = {"meetingID", NULL}, *values[] = {"room", NULL};
    const char *bad_names[] = {bad}, *secrets[] = {"secret", bad};
    uint32_t algs[] = {BBBKIT_ALGORITHM_SHA256, 99};

    /* Handles to call the functions on. */
    EXPECT_CODE(bbbkit_server_new("bbb.example.com", "secret", &s), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_join_new("room", "Ada", &j), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_verifier_new(secrets, 1, &v), BBBKIT_RESULT_OK);
    if (!s || !j || !v) { failf("setup"); return; }

    /* Enums from strings. */
    EXPECT_CODE(bbbkit_algorithm_from_str(NULL, &u), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "name");
    expect_cstr("rule", bbbkit_last_error_rule(), "not_null");
    EXPECT_CODE(bbbkit_algorithm_from_str("sha1", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_algorithm_from_str(bad, &u), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("rule", bbbkit_last_error_rule(), "utf8");
    EXPECT_CODE(bbbkit_role_from_str(NULL, &u), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_role_from_str("viewer", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_role_from_str(bad, &u), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_layout_from_str(NULL, &u), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_layout_from_str("video_focus", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_layout_from_str(bad, &u), BBBKIT_RESULT_INVALID_UTF8);
    check("out untouched by failures", u == 12345);
    check("algorithm_name(0)", bbbkit_algorithm_name(0) == NULL);
    check("algorithm_name(5)", bbbkit_algorithm_name(5) == NULL);
    check("role_name(0)", bbbkit_role_name(0) == NULL);
    check("role_name(3)", bbbkit_role_name(3) == NULL);
    check("layout_name(0)", bbbkit_layout_name(0) == NULL);
    check("layout_name(10)", bbbkit_layout_name(10) == NULL);

    /* Server. */
    EXPECT_CODE(bbbkit_server_new(NULL, "secret", &s2), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "url");
    EXPECT_CODE(bbbkit_server_new("bbb.example.com", NULL, &s2), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "secret");
    EXPECT_CODE(bbbkit_server_new("bbb.example.com", "secret", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_new(bad, "secret", &s2), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "url");
    EXPECT_CODE(bbbkit_server_new("bbb.example.com", bad, &s2), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_server_with_algorithm(NULL, BBBKIT_ALGORITHM_SHA1, &s2), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_with_algorithm(s, BBBKIT_ALGORITHM_SHA1, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_with_algorithm(s, 0, &s2), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "algorithm");
    expect_cstr("rule", bbbkit_last_error_rule(), "one_of");
    EXPECT_CODE(bbbkit_server_with_algorithm(s, 5, &s2), BBBKIT_RESULT_INVALID_PARAMETER);
    check("server out untouched", s2 == (bbbkit_server *)&s2);
    check("base_url(NULL)", bbbkit_server_base_url(NULL).data == NULL);
    check("algorithm(NULL)", bbbkit_server_algorithm(NULL) == 0);
    bbbkit_server_free(NULL);

    EXPECT_CODE(bbbkit_server_join_url(NULL, j, &str), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "server");
    EXPECT_CODE(bbbkit_server_join_url(s, NULL, &str), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "join");
    EXPECT_CODE(bbbkit_server_join_url(s, j, NULL), BBBKIT_RESULT_NULL_PARAMETER);

    EXPECT_CODE(bbbkit_server_api_url(NULL, "end", names, values, 1, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_api_url(s, NULL, names, values, 1, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_api_url(s, "end", NULL, values, 1, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_api_url(s, "end", names, NULL, 1, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_api_url(s, "end", names, values, 2, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_api_url(s, "end", names, values, 1, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_api_url(s, bad, names, values, 1, &str), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_server_api_url(s, "end", bad_names, values, 1, &str), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_server_api_url(s, "end", names, bad_names, 1, &str), BBBKIT_RESULT_INVALID_UTF8);

    EXPECT_CODE(bbbkit_server_checksum(NULL, "end", "", &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_checksum(s, NULL, "", &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_checksum(s, "end", NULL, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_checksum(s, "end", "", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_checksum(s, bad, "", &str), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_server_checksum(s, "end", bad, &str), BBBKIT_RESULT_INVALID_UTF8);

    EXPECT_CODE(bbbkit_server_verify(NULL, "end", "checksum=00", &ok), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_verify(s, NULL, "checksum=00", &ok), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_verify(s, "end", NULL, &ok), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_verify(s, "end", "checksum=00", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_verify(s, bad, "checksum=00", &ok), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_server_verify(s, "end", bad, &ok), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_server_verify_url(NULL, "https://x/api/end?checksum=00", &ok), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_verify_url(s, NULL, &ok), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_verify_url(s, "https://x/api/end?checksum=00", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_verify_url(s, bad, &ok), BBBKIT_RESULT_INVALID_UTF8);

    EXPECT_CODE(bbbkit_checksum(NULL, "", "s", BBBKIT_ALGORITHM_SHA1, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_checksum("end", NULL, "s", BBBKIT_ALGORITHM_SHA1, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_checksum("end", "", NULL, BBBKIT_ALGORITHM_SHA1, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_checksum("end", "", "s", BBBKIT_ALGORITHM_SHA1, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_checksum("end", "", "s", 0, &str), BBBKIT_RESULT_INVALID_PARAMETER);
    EXPECT_CODE(bbbkit_checksum("end", "", "s", 0xffffffffu, &str), BBBKIT_RESULT_INVALID_PARAMETER);
    EXPECT_CODE(bbbkit_checksum(bad, "", "s", BBBKIT_ALGORITHM_SHA1, &str), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_checksum("end", bad, "s", BBBKIT_ALGORITHM_SHA1, &str), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_checksum("end", "", bad, BBBKIT_ALGORITHM_SHA1, &str), BBBKIT_RESULT_INVALID_UTF8);
    check("string out untouched", str == (char *)&str);
    bbbkit_string_free(NULL);

    /* Join builder. */
    EXPECT_CODE(bbbkit_join_new(NULL, "Ada", &j2), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "meetingID");
    EXPECT_CODE(bbbkit_join_new("room", NULL, &j2), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "fullName");
    EXPECT_CODE(bbbkit_join_new("room", "Ada", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_join_new(bad, "Ada", &j2), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_join_new("room", bad, &j2), BBBKIT_RESULT_INVALID_UTF8);
    check("join out untouched", j2 == (bbbkit_join *)&j2);
    EXPECT_CODE(bbbkit_join_set_role(NULL, BBBKIT_ROLE_VIEWER), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_join_set_role(j, 0), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "role");
    EXPECT_CODE(bbbkit_join_set_role(j, 3), BBBKIT_RESULT_INVALID_PARAMETER);
    EXPECT_CODE(bbbkit_join_set_create_time(NULL, 1), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_join_set(NULL, "userID", "x"), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "join");
    EXPECT_CODE(bbbkit_join_set(j, NULL, "x"), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "name");
    EXPECT_CODE(bbbkit_join_set(j, bad, "x"), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "name");
    for (size_t i = 0; i < bbbkit_join_parameters_len(); i++) {
        const char *p = bbbkit_join_parameter_name(i);
        EXPECT_CODE(bbbkit_join_set(j, p, NULL), BBBKIT_RESULT_NULL_PARAMETER);
        expect_cstr("parameter", bbbkit_last_error_parameter(), p);
        EXPECT_CODE(bbbkit_join_set(j, p, bad), BBBKIT_RESULT_INVALID_UTF8);
        expect_cstr("parameter", bbbkit_last_error_parameter(), p);
        expect_cstr("rule", bbbkit_last_error_rule(), "utf8");
    }
    EXPECT_CODE(bbbkit_join_add_userdata(NULL, "k", "v"), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_join_add_userdata(j, NULL, "v"), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_join_add_userdata(j, "k", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_join_add_userdata(j, bad, "v"), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_join_add_userdata(j, "k", bad), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_join_add_param(NULL, "k", "v"), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_join_add_param(j, NULL, "v"), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_join_add_param(j, "k", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_join_add_param(j, bad, "v"), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_join_add_param(j, "k", bad), BBBKIT_RESULT_INVALID_UTF8);
    check("effective_auth(NULL)", !bbbkit_join_effective_auth(NULL));
    EXPECT_CODE(bbbkit_join_query(NULL, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_join_query(j, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_encode_component(NULL, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_encode_component("x", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_encode_component(bad, &str), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_redact_join_url(NULL, "t", &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_redact_join_url("u", NULL, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_redact_join_url("u", "t", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_redact_join_url(bad, "t", &str), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_redact_join_url("u", bad, &str), BBBKIT_RESULT_INVALID_UTF8);
    /* The token as a sessionToken value and anywhere else in the URL. */
    if (bbbkit_redact_join_url("https://bbb.example.com/html5client/join?sessionToken=tok9&x=1#tok9", "tok9",
                               &str) == BBBKIT_RESULT_OK) {
        check("redact_join_url replaces every copy of the token",
              strcmp(str, "https://bbb.example.com/html5client/join?sessionToken=[redacted]&x=1#[redacted]") == 0);
        bbbkit_string_free(str);
        str = (char *)&str; /* the sentinel the later checks expect */
    } else {
        check("redact_join_url succeeds", 0);
    }
    bbbkit_join_free(NULL);

    /* Packed join parameters: NUL-separated name/value fields. */
    static const char odd[] = "meetingID\0room\0fullName";
    static const char bad_name[] = "meetingID\0room\0full\xffName\0Ada";
    static const char bad_value[] = "meetingID\0room\0fullName\0A\xff" "da";
    static const char good[] = "meetingID\0room\0fullName\0Ada\0role\0viewer";
    EXPECT_CODE(bbbkit_join_from_params(NULL, 3, &j2), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "params");
    expect_cstr("rule", bbbkit_last_error_rule(), "not_null");
    EXPECT_CODE(bbbkit_join_from_params(good, sizeof good, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "out");
    EXPECT_CODE(bbbkit_join_from_params(odd, sizeof odd - 1, &j2), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "params");
    expect_cstr("rule", bbbkit_last_error_rule(), "pairs");
    check("the odd-field message names the rule", strstr(bbbkit_last_error_message(), "even number of fields") != NULL);
    EXPECT_CODE(bbbkit_join_from_params("a\0b\0\0\0c", 7, &j2), BBBKIT_RESULT_INVALID_PARAMETER); /* 5 fields */
    expect_cstr("rule", bbbkit_last_error_rule(), "pairs");
    EXPECT_CODE(bbbkit_join_from_params(bad_name, sizeof bad_name - 1, &j2), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "params");
    expect_cstr("rule", bbbkit_last_error_rule(), "utf8");
    check("the UTF-8 message gives the field", strstr(bbbkit_last_error_message(), "field 3") != NULL);
    EXPECT_CODE(bbbkit_join_from_params(bad_value, sizeof bad_value - 1, &j2), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "fullName");
    expect_cstr("rule", bbbkit_last_error_rule(), "utf8");
    EXPECT_CODE(bbbkit_join_from_params("role\0admin", 10, &j2), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "role");
    EXPECT_CODE(bbbkit_join_from_params("checksum\0" "00", 11, &j2), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("rule", bbbkit_last_error_rule(), "reserved");
    check("join out untouched by packed failures", j2 == (bbbkit_join *)&j2);
    {
        bbbkit_join *empty = NULL;
        char *u = (char *)&u;
        EXPECT_CODE(bbbkit_join_from_params(NULL, 0, &empty), BBBKIT_RESULT_OK); /* no fields */
        EXPECT_CODE(bbbkit_server_join_url(s, empty, &u), BBBKIT_RESULT_INVALID_PARAMETER);
        expect_cstr("parameter", bbbkit_last_error_parameter(), "meetingID");
        check("url untouched", u == (char *)&u);
        bbbkit_join_free(empty);
    }
    EXPECT_CODE(bbbkit_server_join_url_params(NULL, good, sizeof good, &str), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "server");
    EXPECT_CODE(bbbkit_server_join_url_params(s, NULL, 1, &str), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "params");
    EXPECT_CODE(bbbkit_server_join_url_params(s, good, sizeof good, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_join_url_params(s, odd, sizeof odd - 1, &str), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("rule", bbbkit_last_error_rule(), "pairs");
    EXPECT_CODE(bbbkit_server_join_url_params(s, bad_name, sizeof bad_name - 1, &str), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "params");
    EXPECT_CODE(bbbkit_server_join_url_params(s, bad_value, sizeof bad_value - 1, &str), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "fullName");
    EXPECT_CODE(bbbkit_server_join_url_params(s, "meetingID\0a,b\0fullName\0Ada", 26, &str), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "meetingID");
    expect_cstr("rule", bbbkit_last_error_rule(), "no_comma");
    check("string out untouched by packed failures", str == (char *)&str);

    /* Verifier. */
    EXPECT_CODE(bbbkit_verifier_new(NULL, 1, &v2), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_verifier_new(secrets, 1, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_verifier_new(secrets, 2, &v2), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_verifier_new(NULL, 0, &v2), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "secrets");
    check("verifier out untouched", v2 == (bbbkit_verifier *)&v2);
    EXPECT_CODE(bbbkit_verifier_allow(NULL, algs, 1), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_verifier_allow(v, NULL, 1), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_verifier_allow(v, algs, 2), BBBKIT_RESULT_INVALID_PARAMETER);
    EXPECT_CODE(bbbkit_verifier_verify(NULL, "end", "checksum=00", &ok), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_verifier_verify(v, NULL, "checksum=00", &ok), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_verifier_verify(v, "end", NULL, &ok), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_verifier_verify(v, "end", "checksum=00", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_verifier_verify(v, bad, "checksum=00", &ok), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_verifier_verify(v, "end", bad, &ok), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_verifier_verify_url(NULL, "https://x/api/end?checksum=00", &ok), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_verifier_verify_url(v, NULL, &ok), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_verifier_verify_url(v, "https://x/api/end?checksum=00", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_verifier_verify_url(v, bad, &ok), BBBKIT_RESULT_INVALID_UTF8);
    check("verified out untouched", ok == (bbbkit_verified *)&ok);
    bbbkit_verifier_free(NULL);
    check("verifier_allows(NULL)", !bbbkit_verifier_allows(NULL, BBBKIT_ALGORITHM_SHA256));
    check("verifier_allows(out of range)", !bbbkit_verifier_allows(v, 0) && !bbbkit_verifier_allows(v, 5));
    check("verified_algorithm(NULL)", bbbkit_verified_algorithm(NULL) == 0);
    check("verified_key_index(NULL)", bbbkit_verified_key_index(NULL) == 0);
    check("verified_call(NULL)", bbbkit_verified_call(NULL).data == NULL);
    check("verified_query(NULL)", bbbkit_verified_query(NULL).data == NULL);
    check("verified_params_len(NULL)", bbbkit_verified_params_len(NULL) == 0);
    check("verified_param_name(NULL)", bbbkit_verified_param_name(NULL, 0).data == NULL);
    check("verified_param_value(NULL)", bbbkit_verified_param_value(NULL, 0).data == NULL);
    bbbkit_verified_free(NULL);

    /* Parsing. */
    EXPECT_CODE(bbbkit_parse_join_response(NULL, 5, NULL, &jd), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "body");
    EXPECT_CODE(bbbkit_parse_join_response(body, sizeof body - 1, NULL, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_parse_join_response(NULL, 0, NULL, &jd), BBBKIT_RESULT_PARSE);
    EXPECT_CODE(bbbkit_parse_create_response(NULL, 5, NULL, &cr), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_parse_create_response(body, sizeof body - 1, NULL, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_parse_response(NULL, 5, NULL, &rs), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_parse_response(body, sizeof body - 1, NULL, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_parse_error_redirect(NULL, &ae), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_parse_error_redirect("https://x/?errors=[]", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_parse_error_redirect(bad, &ae), BBBKIT_RESULT_INVALID_UTF8);
    check("parse outs untouched", jd == (bbbkit_joined *)&jd && cr == (bbbkit_created *)&cr &&
                                      rs == (bbbkit_response *)&rs && ae == (bbbkit_api_error *)&ae);
    check("joined accessors on NULL",
          bbbkit_joined_meeting_id(NULL).data == NULL && bbbkit_joined_user_id(NULL).data == NULL &&
              bbbkit_joined_auth_token(NULL).data == NULL &&
              bbbkit_joined_session_token(NULL).data == NULL && bbbkit_joined_url(NULL).data == NULL &&
              bbbkit_joined_message_key(NULL).data == NULL && bbbkit_joined_message(NULL).data == NULL &&
              bbbkit_joined_guest_status(NULL) == 0 &&
              bbbkit_joined_guest_status_str(NULL).data == NULL && !bbbkit_joined_is_waiting(NULL));
    int64_t d = 77;
    bool b = true;
    check("created accessors on NULL",
          bbbkit_created_meeting_id(NULL).data == NULL &&
              bbbkit_created_internal_meeting_id(NULL).data == NULL &&
              bbbkit_created_parent_meeting_id(NULL).data == NULL &&
              bbbkit_created_attendee_pw(NULL).data == NULL &&
              bbbkit_created_moderator_pw(NULL).data == NULL &&
              bbbkit_created_voice_bridge(NULL).data == NULL &&
              bbbkit_created_dial_number(NULL).data == NULL &&
              bbbkit_created_create_date(NULL).data == NULL &&
              bbbkit_created_message_key(NULL).data == NULL &&
              bbbkit_created_message(NULL).data == NULL && bbbkit_created_create_time(NULL) == 0 &&
              !bbbkit_created_duration(NULL, &d) && d == 77 &&
              !bbbkit_created_has_user_joined(NULL, &b) && !bbbkit_created_has_been_forcibly_ended(NULL, &b) &&
              b &&
              !bbbkit_created_duplicate_warning(NULL));
    check("response accessors on NULL",
          bbbkit_response_message_key(NULL).data == NULL && bbbkit_response_message(NULL).data == NULL &&
              bbbkit_response_get(NULL, "x").data == NULL && bbbkit_response_root(NULL) == NULL &&
              bbbkit_element_name(NULL).data == NULL && bbbkit_element_text(NULL).data == NULL &&
              bbbkit_element_children_len(NULL) == 0 && bbbkit_element_child_at(NULL, 0) == NULL &&
              bbbkit_element_child(NULL, "x") == NULL);
    check("element attribute accessors on NULL",
          bbbkit_element_attributes_len(NULL) == 0 &&
              bbbkit_element_attribute_name_at(NULL, 0).data == NULL &&
              bbbkit_element_attribute_value_at(NULL, 0).data == NULL &&
              bbbkit_element_attribute(NULL, "x").data == NULL &&
              bbbkit_element_attribute(NULL, NULL).data == NULL);
    check("api error accessors on NULL",
          bbbkit_api_error_key(NULL) == BBBKIT_MESSAGE_KEY_OTHER &&
              bbbkit_api_error_key_str(NULL).data == NULL && bbbkit_api_error_message(NULL).data == NULL &&
              bbbkit_api_error_errors_len(NULL) == 0 &&
              bbbkit_api_error_error_key(NULL, 0) == BBBKIT_MESSAGE_KEY_OTHER &&
              bbbkit_api_error_error_key_str(NULL, 0).data == NULL &&
              bbbkit_api_error_error_message(NULL, 0).data == NULL);
    bbbkit_joined_free(NULL);
    bbbkit_created_free(NULL);
    bbbkit_response_free(NULL);
    bbbkit_api_error_free(NULL);

    bbbkit_verifier_free(v);
    bbbkit_join_free(j);
    bbbkit_server_free(s);
}

/* ---- what the vectors do not reach --------------------------------------------------- */

static void results_and_version(void) {
    check("version", strcmp(bbbkit_version(), BBBKIT_EXPECTED_VERSION) == 0);
    check("OK message", strcmp(bbbkit_result_message(BBBKIT_RESULT_OK), "success") == 0);
    check("unknown code reads as invalid parameter",
          strcmp(bbbkit_result_message(12345), bbbkit_result_message(BBBKIT_RESULT_INVALID_PARAMETER)) == 0);
    check("success is not 0", BBBKIT_RESULT_OK != 0);
    /* A success clears the last error. */
    uint32_t a = 0;
    bbbkit_algorithm_from_str("md5", &a);
    check("failure leaves a message", bbbkit_last_error_message()[0] != 0);
    bbbkit_algorithm_from_str("SHA-512", &a);
    check("success clears the message", bbbkit_last_error_message()[0] == 0 &&
                                            bbbkit_last_error_parameter() == NULL && a == BBBKIT_ALGORITHM_SHA512);
    check("names", strcmp(bbbkit_algorithm_name(BBBKIT_ALGORITHM_SHA384), "sha384") == 0 &&
                       strcmp(bbbkit_role_name(BBBKIT_ROLE_MODERATOR), "MODERATOR") == 0 &&
                       strcmp(bbbkit_layout_name(BBBKIT_LAYOUT_PARTICIPANTS_AND_CHAT_ONLY),
                              "PARTICIPANTS_AND_CHAT_ONLY") == 0);
}

static void secret_never_shown(void) {
    const char *secret = "s3cr3t-7a1f93-do-not-print";
    bbbkit_server *s = NULL;
    bbbkit_join *j = NULL;
    char *url = NULL;
    bbbkit_server_new("ftp://bbb.example.com", secret, &s);
    check("bad url message hides the secret", !strstr(bbbkit_last_error_message(), secret));
    bbbkit_server_new("bbb.example.com", "\x01secret", &s);
    check("bad secret message hides the secret", !strstr(bbbkit_last_error_message(), "secret\x01") &&
                                                     !strstr(bbbkit_last_error_message(), "\x01"));
    expect_cstr("bad secret names it", bbbkit_last_error_parameter(), "secret");
    if (bbbkit_server_new("bbb.example.com", secret, &s) != BBBKIT_RESULT_OK) { failf("server"); return; }
    bbbkit_join_new("a,b", "Ada", &j);
    bbbkit_join_set_role(j, BBBKIT_ROLE_VIEWER);
    check("join error", bbbkit_server_join_url(s, j, &url) == BBBKIT_RESULT_INVALID_PARAMETER);
    check("join error hides the secret", !strstr(bbbkit_last_error_message(), secret));
    bbbkit_verified *ok = NULL;
    bbbkit_server_verify(s, "end", "checksum=0123456789012345678901234567890123456789", &ok);
    check("verify error hides the secret", !strstr(bbbkit_last_error_message(), secret));
    bbbkit_str base = bbbkit_server_base_url(s);
    int shown = 0;
    for (size_t i = 0; base.data && i + strlen(secret) <= base.len; i++)
        shown |= memcmp(base.data + i, secret, strlen(secret)) == 0;
    check("base url hides the secret", base.data && !shown);
    bbbkit_join_free(j);
    bbbkit_server_free(s);
}

static void api_error_typed(void) {
    size_t len = 0;
    char *body = read_file(fixtures_dir, "error_checksum.xml", &len);
    bbbkit_joined *jd = NULL;
    if (!body) { failf("fixture error_checksum.xml"); return; }
    EXPECT_CODE(bbbkit_parse_join_response(body, len, NULL, &jd), BBBKIT_RESULT_API);
    const bbbkit_api_error *e = bbbkit_last_api_error();
    check("typed key", e && bbbkit_api_error_key(e) == BBBKIT_MESSAGE_KEY_CHECKSUM_ERROR &&
                           bbbkit_api_error_error_key(e, 0) == BBBKIT_MESSAGE_KEY_CHECKSUM_ERROR &&
                           bbbkit_api_error_error_key(e, 1) == BBBKIT_MESSAGE_KEY_OTHER &&
                           bbbkit_api_error_error_key_str(e, 1).data == NULL);
    check("no joined on failure", jd == NULL);
    free(body);
    body = read_file(fixtures_dir, "error_params_required.xml", &len);
    if (!body) { failf("fixture error_params_required.xml"); return; }
    bbbkit_parse_response(body, len, NULL, NULL);
    bbbkit_response *r = NULL;
    bbbkit_parse_response(body, len, NULL, &r);
    check("Params required is typed", bbbkit_api_error_key(bbbkit_last_api_error()) == BBBKIT_MESSAGE_KEY_PARAMS_REQUIRED);
    free(body);
    body = read_file(fixtures_dir, "error_unknown_key.xml", &len);
    if (!body) { failf("fixture error_unknown_key.xml"); return; }
    bbbkit_parse_response(body, len, NULL, &r);
    check("an unknown key is OTHER", bbbkit_api_error_key(bbbkit_last_api_error()) == BBBKIT_MESSAGE_KEY_OTHER &&
                                         bbbkit_api_error_key_str(bbbkit_last_api_error()).len > 0);
    /* The next successful call forgets it. */
    uint32_t a;
    bbbkit_algorithm_from_str("sha1", &a);
    check("success forgets the API error", bbbkit_last_api_error() == NULL);
    free(body);
}

static void element_tree(void) {
    size_t len = 0;
    char *body = read_file(fixtures_dir, "get_meeting_info.xml", &len);
    bbbkit_response *r = NULL;
    if (!body) { failf("fixture get_meeting_info.xml"); return; }
    EXPECT_CODE(bbbkit_parse_response(body, len, NULL, &r), BBBKIT_RESULT_OK);
    free(body);
    if (!r) return;
    const bbbkit_element *root = bbbkit_response_root(r);
    bbbkit_str name = bbbkit_element_name(root);
    check("root is <response>", name.len == 8 && memcmp(name.data, "response", 8) == 0);
    size_t n = bbbkit_element_children_len(root);
    check("root has children", n > 2);
    const bbbkit_element *first = bbbkit_element_child_at(root, 0);
    bbbkit_str fn = bbbkit_element_name(first);
    check("first child is returncode", fn.len == 10 && memcmp(fn.data, "returncode", 10) == 0);
    check("child past the end is NULL", bbbkit_element_child_at(root, n) == NULL);
    check("unknown child is NULL", bbbkit_element_child(root, "noSuchElement") == NULL);
    check("get of unknown is absent", bbbkit_response_get(r, "noSuchElement").data == NULL);
    /* Walk every element once (valgrind and ASan see every accessor). */
    size_t total = 0;
    const bbbkit_element *stack[64];
    size_t top = 0;
    stack[top++] = root;
    while (top) {
        const bbbkit_element *el = stack[--top];
        total++;
        (void)bbbkit_element_text(el);
        for (size_t i = 0; i < bbbkit_element_attributes_len(el); i++) {
            bbbkit_str an = bbbkit_element_attribute_name_at(el, i);
            bbbkit_str av = bbbkit_element_attribute_value_at(el, i);
            if (!an.data || !av.data) failf("attribute %zu absent", i);
        }
        for (size_t i = 0; i < bbbkit_element_children_len(el) && top < 64; i++)
            stack[top++] = bbbkit_element_child_at(el, i);
    }
    check("tree walked", total > n);
    bbbkit_response_free(r);

    /* Attributes on a live element: a NULL or non-UTF-8 name is absent, an empty value is
     * present and empty, and the strings live as long as the response. */
    static const char bad[] = {(char)0xff, (char)0xfe, 'x', 0};
    static const char xml[] = "<response><returncode>SUCCESS</returncode>"
                              "<image width=\"176\" alt='&lt;&#233;&gt;' empty=\"\">u</image></response>";
    r = NULL;
    EXPECT_CODE(bbbkit_parse_response(xml, sizeof xml - 1, NULL, &r), BBBKIT_RESULT_OK);
    if (!r) return;
    const bbbkit_element *image = bbbkit_element_child(bbbkit_response_root(r), "image");
    check("root has no attributes", bbbkit_element_attributes_len(bbbkit_response_root(r)) == 0);
    check("three attributes", bbbkit_element_attributes_len(image) == 3);
    check("NULL attribute name is absent", bbbkit_element_attribute(image, NULL).data == NULL);
    check("non-UTF-8 attribute name is absent", bbbkit_element_attribute(image, bad).data == NULL);
    check("attribute lookup is case-sensitive", bbbkit_element_attribute(image, "WIDTH").data == NULL);
    bbbkit_str empty = bbbkit_element_attribute(image, "empty");
    check("empty attribute is present and empty", empty.data != NULL && empty.len == 0);
    check("attribute decoded", bstr_eq(bbbkit_element_attribute(image, "alt"), "<\xc3\xa9>", 4));
    check("name at 1", bstr_eq(bbbkit_element_attribute_name_at(image, 1), "alt", 3));
    bbbkit_response_free(r);
}

/* The query that bbbkit_join_query gives is the URL's, up to the checksum: checked against the
 * vectors' URLs, which Python's hashlib and its own encoder computed. */
static void join_query_encode_allow_and_limits(void) {
    json_t *root = load_vectors("join.json");
    size_t i, checked = 0;
    json_t *c;
    if (!root) { failf("join.json"); return; }
    json_array_foreach(json_object_get(root, "cases"), i, c) {
        const char *url = get_s(c, "url");
        if (!url || any_nul(c)) continue;
        bbbkit_join *j = NULL;
        char *query = NULL;
        if (build_join(json_object_get(c, "request"), &j) == BBBKIT_RESULT_OK &&
            bbbkit_join_query(j, &query) == BBBKIT_RESULT_OK) {
            const char *q = strchr(url, '?') + 1, *end = strstr(url, "&checksum=");
            if (!end) end = strstr(url, "checksum=");
            if (strlen(query) != (size_t)(end - q) || strncmp(query, q, (size_t)(end - q)) != 0)
                failf("join_query for %s: %s", get_s(c, "name"), query);
            checked++;
        } else {
            failf("join_query for %s: %s", get_s(c, "name"), bbbkit_last_error_message());
        }
        bbbkit_string_free(query);
        bbbkit_join_free(j);
    }
    json_decref(root);
    check("join_query checked every URL case", checked > 30);

    bbbkit_join *bad = NULL;
    char *query = NULL;
    bbbkit_join_new("a,b", "Ada", &bad);
    bbbkit_join_set_role(bad, BBBKIT_ROLE_VIEWER);
    EXPECT_CODE(bbbkit_join_query(bad, &query), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("join_query parameter", bbbkit_last_error_parameter(), "meetingID");
    check("join_query out untouched", query == NULL);
    bbbkit_join_free(bad);

    char *enc = NULL;
    EXPECT_CODE(bbbkit_encode_component("Zo\xc3\xab O'Neil ~*", &enc), BBBKIT_RESULT_OK);
    expect_cstr("encode_component", enc, "Zo%C3%AB+O%27Neil+%7E%2A");
    bbbkit_string_free(enc);

    const char *secrets[] = {"s"};
    uint32_t algs[] = {BBBKIT_ALGORITHM_SHA256, BBBKIT_ALGORITHM_SHA512};
    bbbkit_verifier *v = NULL;
    EXPECT_CODE(bbbkit_verifier_new(secrets, 1, &v), BBBKIT_RESULT_OK);
    check("all four allowed by default", bbbkit_verifier_allows(v, BBBKIT_ALGORITHM_SHA1) &&
                                             bbbkit_verifier_allows(v, BBBKIT_ALGORITHM_SHA512));
    EXPECT_CODE(bbbkit_verifier_allow(v, algs, 2), BBBKIT_RESULT_OK);
    check("allow-list kept", !bbbkit_verifier_allows(v, BBBKIT_ALGORITHM_SHA1) &&
                                 bbbkit_verifier_allows(v, BBBKIT_ALGORITHM_SHA256) &&
                                 !bbbkit_verifier_allows(v, BBBKIT_ALGORITHM_SHA384) &&
                                 bbbkit_verifier_allows(v, BBBKIT_ALGORITHM_SHA512));
    bbbkit_verifier_free(v);

    /* The depth limit: <response><meetings><meeting> is three levels deep. */
    const char *xml = "<response><returncode>SUCCESS</returncode><meetings><meeting><x>1</x></meeting></meetings></response>";
    bbbkit_parse_options shallow = {.max_depth = 2}, deep = {.max_depth = 8};
    bbbkit_response *r = NULL;
    EXPECT_CODE(bbbkit_parse_response(xml, strlen(xml), &shallow, &r), BBBKIT_RESULT_PARSE);
    expect_cstr("too deep", bbbkit_last_error_parse_code(), "too_deep");
    EXPECT_CODE(bbbkit_parse_response(xml, strlen(xml), &deep, &r), BBBKIT_RESULT_OK);
    bbbkit_response_free(r);
    r = NULL;
    bbbkit_parse_options small = {.max_size = 10};
    EXPECT_CODE(bbbkit_parse_response(xml, strlen(xml), &small, &r), BBBKIT_RESULT_PARSE);
    expect_cstr("too large", bbbkit_last_error_parse_code(), "too_large");
}

/* 100,000 nested elements with the largest max_depth, on a thread with a 256 KiB stack (musl's
 * default): the tree is built, walked and freed without recursion, and a deep JSON answer is a
 * typed error, never a stack overflow. */
enum { DEEP_LEVELS = 100000 };

static char *deep_answer(const char *open, const char *middle, const char *close, const char *head,
                         const char *tail, size_t *len) {
    size_t lo = strlen(open), lc = strlen(close), lh = strlen(head), lm = strlen(middle), lt = strlen(tail);
    char *buf = malloc(lh + DEEP_LEVELS * (lo + lc) + lm + lt + 1), *p = buf;
    if (!buf) return NULL;
    memcpy(p, head, lh), p += lh;
    for (int i = 0; i < DEEP_LEVELS; i++) memcpy(p, open, lo), p += lo;
    memcpy(p, middle, lm), p += lm;
    for (int i = 0; i < DEEP_LEVELS; i++) memcpy(p, close, lc), p += lc;
    memcpy(p, tail, lt), p += lt;
    *p = 0;
    *len = (size_t)(p - buf);
    return buf;
}

static void *deep_main(void *arg) {
    (void)arg;
    size_t len = 0;
    char *xml = deep_answer("<a>", "deep", "</a>", "<response><returncode>SUCCESS</returncode>",
                            "</response>", &len);
    if (!xml) { failf("malloc"); return NULL; }
    bbbkit_parse_options largest = {.max_depth = SIZE_MAX};
    bbbkit_response *r = NULL;
    EXPECT_CODE(bbbkit_parse_response(xml, len, &largest, &r), BBBKIT_RESULT_OK);
    if (r) {
        const bbbkit_element *el = bbbkit_element_child_at(bbbkit_response_root(r), 1);
        size_t depth = 0;
        while (el && bbbkit_element_children_len(el) == 1) {
            depth++;
            el = bbbkit_element_child_at(el, 0);
        }
        check("100,000 levels walked", el && depth + 1 == DEEP_LEVELS);
        check("the deepest text", el && bstr_eq(bbbkit_element_text(el), "deep", 4));
        bbbkit_response_free(r);
    }
    char *json = NULL;
    EXPECT_CODE(bbbkit_parse_answer("meeting-info", xml, len, &largest, &json), BBBKIT_RESULT_PARSE);
    expect_cstr("deep meeting-info", bbbkit_last_error_parse_code(), "missing_field");
    EXPECT_CODE(bbbkit_parse_response(xml, len, NULL, &r), BBBKIT_RESULT_PARSE);
    expect_cstr("deep, default limit", bbbkit_last_error_parse_code(), "too_deep");
    free(xml);
    xml = deep_answer("[", "", "]", "{\"response\":{\"returncode\":\"FAILED\",\"errors\":", "}}", &len);
    if (!xml) { failf("malloc"); return NULL; }
    EXPECT_CODE(bbbkit_parse_response(xml, len, &largest, &r), BBBKIT_RESULT_PARSE);
    expect_cstr("deep JSON", bbbkit_last_error_parse_code(), "too_deep");
    EXPECT_CODE(bbbkit_parse_answer("meeting-info", xml, len, &largest, &json), BBBKIT_RESULT_PARSE);
    expect_cstr("deep JSON answer", bbbkit_last_error_parse_code(), "too_deep");
    free(xml);
    return NULL;
}

static void deep_nesting_on_a_small_stack(void) {
    pthread_attr_t attr;
    pthread_t t;
    if (pthread_attr_init(&attr) != 0 || pthread_attr_setstacksize(&attr, 256 * 1024) != 0) {
        failf("pthread_attr");
        return;
    }
    if (pthread_create(&t, &attr, deep_main, NULL) != 0) failf("pthread_create");
    else pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
}

/* One server shared by several threads; each thread keeps its own last error. */
struct thread_job {
    const bbbkit_server *server;
    int id;
    int failures;
};

static int thread_main(void *arg) {
    struct thread_job *job = arg;
    char meeting[32], *url = NULL;
    snprintf(meeting, sizeof meeting, "room-%d", job->id);
    for (int i = 0; i < 200; i++) {
        bbbkit_join *j = NULL;
        bbbkit_verified *ok = NULL;
        if (bbbkit_join_new(meeting, "Ada", &j) != BBBKIT_RESULT_OK) job->failures++;
        /* Odd threads fail on purpose (no role) and must see their own error. */
        if (job->id % 2 == 0) bbbkit_join_set_role(j, BBBKIT_ROLE_VIEWER);
        bbbkit_result r = bbbkit_server_join_url(job->server, j, &url);
        if (job->id % 2 == 0) {
            if (r != BBBKIT_RESULT_OK || bbbkit_last_error_message()[0] != 0) job->failures++;
            if (r == BBBKIT_RESULT_OK && bbbkit_server_verify_url(job->server, url, &ok) != BBBKIT_RESULT_OK) job->failures++;
            if (ok && bbbkit_verified_params_len(ok) != 3) job->failures++;
        } else {
            const char *p = bbbkit_last_error_parameter();
            if (r != BBBKIT_RESULT_INVALID_PARAMETER || !p || strcmp(p, "role") != 0) job->failures++;
        }
        bbbkit_verified_free(ok);
        bbbkit_string_free(url);
        url = NULL;
        bbbkit_join_free(j);
    }
    return 0;
}

static void threads_share_a_server(void) {
    bbbkit_server *s = NULL;
    EXPECT_CODE(bbbkit_server_new("bbb.example.com", "secret", &s), BBBKIT_RESULT_OK);
    struct thread_job jobs[4];
    thrd_t t[4];
    for (int i = 0; i < 4; i++) {
        jobs[i] = (struct thread_job){s, i, 0};
        if (thrd_create(&t[i], thread_main, &jobs[i]) != thrd_success) failf("thrd_create");
    }
    for (int i = 0; i < 4; i++) {
        thrd_join(t[i], NULL);
        if (jobs[i].failures) failf("thread %d: %d failures", i, jobs[i].failures);
    }
    bbbkit_server_free(s);
}

static void c_example_round_trip(void) {
    /* Sign, then verify what was signed, through two handles. */
    bbbkit_server *s = NULL, *s512 = NULL;
    bbbkit_join *j = NULL;
    bbbkit_verified *ok = NULL;
    char *url = NULL;
    EXPECT_CODE(bbbkit_server_new("https://bbb.example.com/bigbluebutton/", "secret", &s), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_server_with_algorithm(s, BBBKIT_ALGORITHM_SHA512, &s512), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_join_new("physics-101", "Marie Curie", &j), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_join_set_role(j, BBBKIT_ROLE_MODERATOR), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_server_join_url(s512, j, &url), BBBKIT_RESULT_OK);
    if (url) {
        EXPECT_CODE(bbbkit_server_verify_url(s, url, &ok), BBBKIT_RESULT_OK);
        check("verified with SHA-512", bbbkit_verified_algorithm(ok) == BBBKIT_ALGORITHM_SHA512);
        check("three params", bbbkit_verified_params_len(ok) == 3);
        bbbkit_str call = bbbkit_verified_call(ok), query = bbbkit_verified_query(ok);
        check("call is join", call.len == 4 && memcmp(call.data, "join", 4) == 0);
        check("query starts with meetingID", query.len > 10 && memcmp(query.data, "meetingID=", 10) == 0);
    }
    bbbkit_verified_free(ok);
    bbbkit_string_free(url);
    bbbkit_join_free(j);
    bbbkit_server_free(s512);
    bbbkit_server_free(s);
}

static void handles_after_an_error(void) {
    /* A failed call leaves every handle usable and writes no out-parameter. */
    bbbkit_server *s = NULL;
    bbbkit_join *j = NULL;
    bbbkit_verifier *v = NULL;
    bbbkit_verified *ok = NULL;
    char *url = (char *)"untouched", *good = NULL;
    const char *secrets[] = {"secret"};
    EXPECT_CODE(bbbkit_server_new("https://bbb.example.com/bigbluebutton/", "secret", &s), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_join_new("physics-101", "Marie Curie", &j), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_join_set_role(j, BBBKIT_ROLE_VIEWER), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_join_set_create_time(j, 0), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_server_join_url(s, j, &url), BBBKIT_RESULT_INVALID_PARAMETER);
    check("the out-parameter is not written on failure", strcmp(url, "untouched") == 0);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "createTime");
    /* The same join, mended, and the same server sign now; the success clears the error. */
    EXPECT_CODE(bbbkit_join_set_create_time(j, 1715261728123), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_server_join_url(s, j, &good), BBBKIT_RESULT_OK);
    expect_cstr("message after a success", bbbkit_last_error_message(), "");
    /* A verifier that refused a tampered URL still accepts the good one. */
    EXPECT_CODE(bbbkit_verifier_new(secrets, 1, &v), BBBKIT_RESULT_OK);
    if (good) {
        char tampered[1024];
        snprintf(tampered, sizeof tampered, "%s", good);
        char *p = strstr(tampered, "VIEWER");
        if (p) memcpy(p, "VIEWEX", 6);
        check("tampered URL refused", bbbkit_verifier_verify_url(v, tampered, &ok) != BBBKIT_RESULT_OK && ok == NULL);
        EXPECT_CODE(bbbkit_verifier_verify_url(v, good, &ok), BBBKIT_RESULT_OK);
    }
    bbbkit_verified_free(ok);
    bbbkit_verifier_free(v);
    bbbkit_string_free(good);
    bbbkit_join_free(j);
    bbbkit_server_free(s);
}


/* The callback verifier and its results: NULL, invalid UTF-8, enums out of range, the codes. */
static void callbacks_abi(void) {
    static const char bad[] = {(char)0xff, (char)0xfe, 'x', 0};
    const char *secrets[] = {"639259d4-9dd8-4b25-bf01-95f9567eaf4b"}, *bad_secrets[] = {bad}, *empty[] = {""};
    bbbkit_callback_verifier *v = NULL, *v2 = (bbbkit_callback_verifier *)&v2;
    bbbkit_recording_ready *rr = (bbbkit_recording_ready *)&rr;
    bbbkit_analytics_token *at = (bbbkit_analytics_token *)&at;
    bbbkit_webhook_post *wp = (bbbkit_webhook_post *)&wp;
    bbbkit_end_callback *ec = (bbbkit_end_callback *)&ec;
    char *str = (char *)&str;
    uint32_t u = 12345, algs[] = {BBBKIT_JWT_ALGORITHM_HS256, 99};
    const char body[] = "signed_parameters=x";

    EXPECT_CODE(bbbkit_callback_verifier_new(NULL, 1, &v2), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_new(secrets, 1, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_new(bad_secrets, 1, &v2), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_callback_verifier_new(secrets, 0, &v2), BBBKIT_RESULT_INVALID_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_new(empty, 1, &v2), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("empty secret", bbbkit_last_error_parameter(), "secret");
    check("no verifier written", v2 == (bbbkit_callback_verifier *)&v2);
    EXPECT_CODE(bbbkit_callback_verifier_new(secrets, 1, &v), BBBKIT_RESULT_OK);
    if (!v) { failf("setup"); return; }

    EXPECT_CODE(bbbkit_callback_verifier_allow(NULL, algs, 1), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_allow(v, NULL, 1), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_allow(v, algs, 2), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("rule", bbbkit_last_error_rule(), "one_of");
    EXPECT_CODE(bbbkit_callback_verifier_set_now(NULL, 1), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_set_max_size(NULL, 1), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_jwt_algorithm_from_str(NULL, &u), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_jwt_algorithm_from_str("HS256", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_jwt_algorithm_from_str(bad, &u), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_jwt_algorithm_from_str("none", &u), BBBKIT_RESULT_INVALID_PARAMETER);
    EXPECT_CODE(bbbkit_jwt_algorithm_from_str("RS256", &u), BBBKIT_RESULT_INVALID_PARAMETER);
    check("no algorithm written", u == 12345);
    EXPECT_CODE(bbbkit_jwt_algorithm_from_str("hs512", &u), BBBKIT_RESULT_OK);
    check("hs512", u == BBBKIT_JWT_ALGORITHM_HS512);

    EXPECT_CODE(bbbkit_callback_verifier_recording_ready(NULL, body, strlen(body), &rr), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_recording_ready(v, NULL, 1, &rr), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_recording_ready(v, body, strlen(body), NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_recording_ready(v, NULL, 0, &rr), BBBKIT_RESULT_CALLBACK_MISSING);
    EXPECT_CODE(bbbkit_callback_verifier_recording_ready(v, bad, strlen(bad), &rr), BBBKIT_RESULT_CALLBACK_MALFORMED);
    EXPECT_CODE(bbbkit_callback_verifier_analytics(NULL, "Bearer x", &at), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_analytics(v, NULL, &at), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_analytics(v, "Bearer x", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_analytics(v, bad, &at), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "authorization");
    check("no http status for a C argument", bbbkit_last_error_http_status() == 0 && bbbkit_last_error_callback_code() == NULL);
    EXPECT_CODE(bbbkit_callback_verifier_webhook(NULL, "https://a/b?checksum=x", body, 1, BBBKIT_WEBHOOK_SCHEME_V3_4, &wp), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_webhook(v, NULL, body, 1, BBBKIT_WEBHOOK_SCHEME_V3_4, &wp), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_webhook(v, "https://a/b?checksum=x", NULL, 1, BBBKIT_WEBHOOK_SCHEME_V3_4, &wp), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_webhook(v, "https://a/b?checksum=x", body, 1, BBBKIT_WEBHOOK_SCHEME_V3_4, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_webhook(v, bad, body, 1, BBBKIT_WEBHOOK_SCHEME_V3_4, &wp), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_callback_verifier_webhook(v, "https://a/b?checksum=x", body, 1, BBBKIT_WEBHOOK_SCHEME_BEARER, &wp), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "schemes");
    EXPECT_CODE(bbbkit_callback_verifier_webhook(v, "https://a/b?checksum=x", body, 1, 64, &wp), BBBKIT_RESULT_INVALID_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_webhook(v, "https://a/b", body, 1, BBBKIT_WEBHOOK_SCHEME_V3_4, &wp), BBBKIT_RESULT_CALLBACK_MISSING);
    EXPECT_CODE(bbbkit_callback_verifier_webhook_bearer(NULL, "Bearer x", body, 1, &wp), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_webhook_bearer(v, NULL, body, 1, &wp), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_webhook_bearer(v, "Bearer x", NULL, 1, &wp), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_webhook_bearer(v, "Bearer x", body, 1, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_webhook_bearer(v, bad, body, 1, &wp), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_callback_verifier_webhook_bearer(v, "Bearer not-the-secret", body, strlen(body), &wp), BBBKIT_RESULT_CALLBACK_SIGNATURE);
    check("the bearer secret is not in the message", !strstr(bbbkit_last_error_message(), "not-the-secret") &&
                                                          !strstr(bbbkit_last_error_message(), secrets[0]));
    EXPECT_CODE(bbbkit_callback_verifier_end_callback_url(NULL, "https://a/b", "m", 1, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_end_callback_url(v, NULL, "m", 1, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_end_callback_url(v, "https://a/b", NULL, 1, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_end_callback_url(v, "https://a/b", "m", 1, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_end_callback_url(v, "https://a/b", bad, 1, &str), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "meeting_id");
    EXPECT_CODE(bbbkit_callback_verifier_end_callback(NULL, "https://a/b", &ec), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_end_callback(v, NULL, &ec), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_end_callback(v, "https://a/b", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_callback_verifier_end_callback(v, bad, &ec), BBBKIT_RESULT_INVALID_UTF8);
    check("no out-parameter written", rr == (bbbkit_recording_ready *)&rr && at == (bbbkit_analytics_token *)&at &&
                                          wp == (bbbkit_webhook_post *)&wp && ec == (bbbkit_end_callback *)&ec &&
                                          str == (char *)&str);

    /* A size limit, a clock, then a sign-verify round trip of the end callback. */
    EXPECT_CODE(bbbkit_callback_verifier_set_max_size(v, 4), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_callback_verifier_recording_ready(v, body, strlen(body), &rr), BBBKIT_RESULT_CALLBACK_TOO_LARGE);
    EXPECT_CODE(bbbkit_callback_verifier_set_max_size(v, 1 << 20), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_callback_verifier_set_now(v, 1700000000), BBBKIT_RESULT_OK);
    char *end = NULL;
    bbbkit_end_callback *ended = NULL;
    EXPECT_CODE(bbbkit_callback_verifier_end_callback_url(v, "https://lms.example.com/ended?course=7", "physics-101", 1700086400, &end), BBBKIT_RESULT_OK);
    if (end) {
        char full[1024];
        snprintf(full, sizeof full, "%s&recordingmarks=false&meetingID=physics-101", end);
        EXPECT_CODE(bbbkit_callback_verifier_end_callback(v, full, &ended), BBBKIT_RESULT_OK);
        check("end callback", ended && bstr_eq(bbbkit_end_callback_meeting_id(ended), "physics-101", 11) &&
                                  !bbbkit_end_callback_recording_marks(ended) && bbbkit_end_callback_key_index(ended) == 0);
        snprintf(full, sizeof full, "%s&recordingmarks=false&meetingID=physics-102", end);
        EXPECT_CODE(bbbkit_callback_verifier_end_callback(v, full, &ec), BBBKIT_RESULT_CALLBACK_SIGNATURE);
    }
    bbbkit_end_callback_free(ended);
    bbbkit_string_free(end);

    /* Accessors with NULL. */
    int64_t ts = 7;
    check("NULL results", bbbkit_recording_ready_meeting_id(NULL).data == NULL &&
                              bbbkit_recording_ready_other_claims_len(NULL) == 0 &&
                              bbbkit_recording_ready_algorithm(NULL) == 0 &&
                              bbbkit_analytics_token_expires_at(NULL) == 0 &&
                              bbbkit_webhook_post_events_len(NULL) == 0 &&
                              bbbkit_webhook_post_domain(NULL).data == NULL &&
                              !bbbkit_webhook_post_event_timestamp(NULL, 0, &ts) && ts == 7 &&
                              bbbkit_end_callback_meeting_id(NULL).data == NULL &&
                              !bbbkit_end_callback_recording_marks(NULL));
    bbbkit_recording_ready_free(NULL);
    bbbkit_analytics_token_free(NULL);
    bbbkit_webhook_post_free(NULL);
    bbbkit_end_callback_free(NULL);
    bbbkit_callback_verifier_free(NULL);

    /* Codes, names and messages. */
    size_t n = 0;
    for (const char *code; (code = bbbkit_callback_error_code(n)) != NULL; n++)
        check("a code is callback_*", strncmp(code, "callback_", 9) == 0);
    check("twelve callback codes", n == 12);
    check("callback messages", strcmp(bbbkit_result_message(BBBKIT_RESULT_CALLBACK_SIGNATURE),
                                      bbbkit_result_message(BBBKIT_RESULT_INVALID_PARAMETER)) != 0 &&
                                   strcmp(bbbkit_result_message(BBBKIT_RESULT_CALLBACK_REPLAYABLE_CHECKSUM),
                                          bbbkit_result_message(BBBKIT_RESULT_INVALID_PARAMETER)) != 0);
    check("jwt names", strcmp(bbbkit_jwt_algorithm_name(BBBKIT_JWT_ALGORITHM_HS384), "HS384") == 0 &&
                           bbbkit_jwt_algorithm_name(0) == NULL && bbbkit_jwt_algorithm_name(4) == NULL);
    check("scheme names", strcmp(bbbkit_webhook_scheme_name(BBBKIT_WEBHOOK_SCHEME_V3_0_CONSTANT), "v3.0-constant") == 0 &&
                              strcmp(bbbkit_webhook_scheme_name(BBBKIT_WEBHOOK_SCHEME_BEARER), "bearer") == 0 &&
                              bbbkit_webhook_scheme_name(3) == NULL && bbbkit_webhook_scheme_name(0) == NULL);
    bbbkit_callback_verifier_free(v);
}

/* The join declaration and the enum tables, as the library exposes them. */
static void declaration_and_tables(void) {
    static const char *const types[] = {"text", "url", "boolean", "integer", "role", "layout", "meta"};
    size_t n = bbbkit_join_parameters_len();
    check("some parameters", n > 2);
    bbbkit_join *j = NULL;
    EXPECT_CODE(bbbkit_join_new("room", "Ada", &j), BBBKIT_RESULT_OK);
    for (size_t i = 0; i < n; i++) {
        const char *name = bbbkit_join_parameter_name(i), *type = bbbkit_join_parameter_type(i);
        const char *field = bbbkit_join_parameter_field(i), *doc = bbbkit_join_parameter_doc(i);
        if (!name || !type || !field || !doc) { failf("parameter %zu has a NULL text", i); continue; }
        int known = 0;
        for (size_t t = 0; t < sizeof types / sizeof types[0]; t++) known |= strcmp(type, types[t]) == 0;
        if (!known) failf("%s: unknown type %s", name, type);
        if (bbbkit_join_parameter_only_when_true(i) && strcmp(type, "boolean") != 0)
            failf("%s: only_when_true but not a boolean", name);
        const char *req = bbbkit_join_parameter_requires(i), *alt = bbbkit_join_parameter_alternative(i);
        if ((req && !declared_join_parameter(req)) || (alt && !declared_join_parameter(alt)))
            failf("%s: requires or alternative names no declared parameter", name);
        /* A prefix (`userdata-`) takes a pair under any key after it. */
        if (strcmp(type, "meta") == 0) {
            char pair[64];
            snprintf(pair, sizeof pair, "%sbbb_key", name);
            EXPECT_CODE(bbbkit_join_set(j, pair, "text"), BBBKIT_RESULT_OK);
            continue;
        }
        /* A value of its type, as the BBB API writes it, is taken. */
        const char *value = strcmp(type, "boolean") == 0 ? "TRUE"
                            : strcmp(type, "integer") == 0 ? "17"
                            : strcmp(type, "role") == 0 ? "viewer"
                            : strcmp(type, "layout") == 0 ? "participants_chat_only"
                            : strcmp(type, "url") == 0 ? "https://example.com/x"
                                                        : "text";
        EXPECT_CODE(bbbkit_join_set(j, name, value), BBBKIT_RESULT_OK);
        /* A value that does not convert is refused naming this parameter. */
        if (strcmp(type, "text") != 0 && strcmp(type, "url") != 0) {
            EXPECT_CODE(bbbkit_join_set(j, name, "sideways"), BBBKIT_RESULT_INVALID_PARAMETER);
            expect_cstr("parameter", bbbkit_last_error_parameter(), name);
        }
    }
    check("past the end", bbbkit_join_parameter_name(n) == NULL && bbbkit_join_parameter_type(n) == NULL &&
                              bbbkit_join_parameter_field(n) == NULL && bbbkit_join_parameter_doc(n) == NULL &&
                              bbbkit_join_parameter_requires(n) == NULL &&
                              bbbkit_join_parameter_alternative(n) == NULL &&
                              !bbbkit_join_parameter_required(n) && !bbbkit_join_parameter_only_when_true(n));
    EXPECT_CODE(bbbkit_join_set(j, "checksum", "00"), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("rule", bbbkit_last_error_rule(), "reserved");
    EXPECT_CODE(bbbkit_join_set(j, "defaultLayout", "GRID"), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "defaultLayout");
    expect_cstr("rule", bbbkit_last_error_rule(), "one_of");
    /* userdata- and other names are added, and sent after the declared ones. */
    bbbkit_join *k = NULL;
    char *q = NULL;
    EXPECT_CODE(bbbkit_join_new("room", "Ada", &k), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_join_set(k, "lang", "de"), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_join_set(k, "userdata-bbb_x", "1"), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_join_set(k, "role", "moderator"), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_join_set(k, "role", "viewer"), BBBKIT_RESULT_OK); /* replaced */
    EXPECT_CODE(bbbkit_join_query(k, &q), BBBKIT_RESULT_OK);
    expect_cstr("query", q, "meetingID=room&fullName=Ada&role=VIEWER&userdata-bbb_x=1&lang=de");
    bbbkit_string_free(q);
    bbbkit_join_free(k);
    bbbkit_join_free(j);

    /* Enum values and names round-trip through the core's tables. */
    uint32_t c, e;
    for (c = 1; bbbkit_role_name(c); c++)
        if (bbbkit_role_from_str(bbbkit_role_name(c), &e) != BBBKIT_RESULT_OK || e != c) failf("role %u", (unsigned)c);
    check("two roles", c == 3 && BBBKIT_ROLE_VIEWER == 2);
    for (c = 1; bbbkit_layout_name(c); c++)
        if (bbbkit_layout_from_str(bbbkit_layout_name(c), &e) != BBBKIT_RESULT_OK || e != c) failf("layout %u", (unsigned)c);
    check("every layout", c == BBBKIT_LAYOUT_MEDIA_ONLY + 1);
    check("message key names", bbbkit_message_key_name(BBBKIT_MESSAGE_KEY_OTHER).data == NULL &&
                                   bstr_eq(bbbkit_message_key_name(BBBKIT_MESSAGE_KEY_PARAMS_REQUIRED), "Params required", 15) &&
                                   bbbkit_message_key_name(BBBKIT_MESSAGE_KEY_NO_KEY).data != NULL &&
                                   bbbkit_message_key_name(BBBKIT_MESSAGE_KEY_NO_KEY).len == 0);
    check("message key kinds",
          bbbkit_message_key_kind(BBBKIT_MESSAGE_KEY_NOT_FOUND) == BBBKIT_API_ERROR_KIND_MEETING_NOT_FOUND &&
              bbbkit_message_key_kind(BBBKIT_MESSAGE_KEY_INVALID_MEETING_IDENTIFIER) == BBBKIT_API_ERROR_KIND_MEETING_NOT_FOUND &&
              bbbkit_message_key_kind(BBBKIT_MESSAGE_KEY_OTHER) == BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR &&
              bbbkit_message_key_kind(0xffffffffu) == BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR);
    check("api error kind names",
          strcmp(bbbkit_api_error_kind_name(BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR), "unknown_api_error") == 0 &&
              strcmp(bbbkit_api_error_kind_name(BBBKIT_API_ERROR_KIND_CREATE_TIME_MISMATCH), "create_time_mismatch") == 0 &&
              strcmp(bbbkit_api_error_kind_name(BBBKIT_API_ERROR_KIND_RECORDING_NOT_FOUND), "recording_not_found") == 0 &&
              bbbkit_api_error_kind_name(BBBKIT_API_ERROR_KIND_RECORDING_NOT_FOUND + 1) == NULL);
    check("NULL api error", bbbkit_api_error_get_kind(NULL) == BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR &&
                                bbbkit_api_error_error_kind(NULL, 0) == BBBKIT_API_ERROR_KIND_UNKNOWN_API_ERROR &&
                                bbbkit_api_error_details_len(NULL) == 0 &&
                                bbbkit_api_error_detail_name(NULL, 0).data == NULL &&
                                bbbkit_api_error_detail_value(NULL, 0).data == NULL &&
                                bbbkit_api_error_detail(NULL, "recordId").data == NULL);
}

/* Whether `name` is a declared parameter of `call`, read from the library's declaration. */
static int declared_call_parameter(const char *call, const char *name) {
    for (size_t i = 0; i < bbbkit_call_parameter_count(call); i++)
        if (strcmp(name, bbbkit_call_parameter_name(call, i)) == 0) return 1;
    return 0;
}

/* The declared calls and their parameters; bbbkit_request and bbbkit_prepared with NULL,
 * invalid UTF-8, unknown calls and malformed buffers. */
static void calls_abi(void) {
    static const char bad[] = {(char)0xff, (char)0xfe, 'x', 0};
    static const char *const types[] = {"text", "url", "boolean", "integer", "role", "layout",
                                        "guest_policy", "list", "features", "states",
                                        "text_track_kind", "meta", "groups", "plugin_manifests",
                                        "documents", "json"};
    size_t n = bbbkit_call_count();
    check("join and the 16 calls", n == 17);
    expect_cstr("the first call", bbbkit_call_name(0), "join");
    check("past the last call", bbbkit_call_name(n) == NULL);
    for (size_t c = 0; c < n; c++) {
        const char *call = bbbkit_call_name(c), *method = bbbkit_call_method(call);
        if (!call || !method || !bbbkit_call_doc(call)) { failf("call %zu has a NULL text", c); continue; }
        if (strcmp(method, "GET") != 0 && strcmp(method, "POST") != 0) failf("%s: method %s", call, method);
        size_t np = bbbkit_call_parameter_count(call);
        for (size_t i = 0; i < np; i++) {
            const char *name = bbbkit_call_parameter_name(call, i), *type = bbbkit_call_parameter_type(call, i);
            if (!name || !type || !bbbkit_call_parameter_field(call, i) || !bbbkit_call_parameter_doc(call, i)) {
                failf("%s: parameter %zu has a NULL text", call, i);
                continue;
            }
            int known = 0;
            for (size_t t = 0; t < sizeof types / sizeof types[0]; t++) known |= strcmp(type, types[t]) == 0;
            if (!known) failf("%s %s: unknown type %s", call, name, type);
            const char *req = bbbkit_call_parameter_requires(call, i), *alt = bbbkit_call_parameter_alternative(call, i);
            if ((req && !declared_call_parameter(call, req)) || (alt && !declared_call_parameter(call, alt)))
                failf("%s %s: requires or alternative names no declared parameter", call, name);
            if (bbbkit_call_parameter_only_when_true(call, i) && strcmp(type, "boolean") != 0)
                failf("%s %s: only_when_true but not a boolean", call, name);
        }
        check("past the last parameter", bbbkit_call_parameter_name(call, np) == NULL &&
                                             bbbkit_call_parameter_type(call, np) == NULL &&
                                             !bbbkit_call_parameter_required(call, np) &&
                                             !bbbkit_call_parameter_in_body(call, np));
    }
    /* join's list is the join declaration. */
    check("join's parameters", bbbkit_call_parameter_count("join") == bbbkit_join_parameters_len());
    for (size_t i = 0; i < bbbkit_join_parameters_len(); i++)
        expect_cstr("join parameter", bbbkit_call_parameter_name("join", i), bbbkit_join_parameter_name(i));
    check("documents go in the body", declared_call_parameter("create", "document") &&
                                          declared_call_parameter("insertDocument", "document"));
    check("unknown or NULL calls have nothing",
          bbbkit_call_parameter_count("getMeeting") == 0 && bbbkit_call_parameter_count(NULL) == 0 &&
              bbbkit_call_parameter_count(bad) == 0 && bbbkit_call_method("getMeeting") == NULL &&
              bbbkit_call_doc(NULL) == NULL && bbbkit_call_parameter_name(NULL, 0) == NULL &&
              !bbbkit_call_parameter_required(bad, 0));
    /* Enum names from the core's tables. */
    check("guest policies", strcmp(bbbkit_guest_policy_name(BBBKIT_GUEST_POLICY_ASK_MODERATOR), "ASK_MODERATOR") == 0 &&
                                bbbkit_guest_policy_name(0) == NULL);
    check("recording states", strcmp(bbbkit_recording_state_name(BBBKIT_RECORDING_STATE_PUBLISHED), "published") == 0 &&
                                  bbbkit_recording_state_name(BBBKIT_RECORDING_STATE_ANY + 1) == NULL);
    check("text track kinds", strcmp(bbbkit_text_track_kind_name(BBBKIT_TEXT_TRACK_KIND_CAPTIONS), "captions") == 0);
    check("features", strcmp(bbbkit_feature_name(BBBKIT_FEATURE_SHARED_NOTES), "sharedNotes") == 0 &&
                          bbbkit_feature_name(0) == NULL);

    /* NULL, invalid UTF-8, unknown calls: refused naming the argument; out untouched. */
    bbbkit_server *s = NULL;
    bbbkit_request *req = NULL, *untouched = (bbbkit_request *)&untouched;
    bbbkit_prepared *p = (bbbkit_prepared *)&p;
    char *str = (char *)&str;
    EXPECT_CODE(bbbkit_server_new("https://bbb.example.com", "secret", &s), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_request_new(NULL, &untouched), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "call");
    EXPECT_CODE(bbbkit_request_new(bad, &untouched), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "call");
    EXPECT_CODE(bbbkit_request_new("getMeeting", &untouched), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "call");
    expect_cstr("rule", bbbkit_last_error_rule(), "one_of");
    EXPECT_CODE(bbbkit_request_new("create", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "out");
    check("request out untouched", untouched == (bbbkit_request *)&untouched);
    EXPECT_CODE(bbbkit_request_new("getRecordings", &req), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_request_set(NULL, "limit", "1"), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "request");
    EXPECT_CODE(bbbkit_request_set(req, NULL, "1"), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "name");
    EXPECT_CODE(bbbkit_request_set(req, bad, "1"), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_request_set(req, "limit", NULL), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "limit");
    EXPECT_CODE(bbbkit_request_set(req, "limit", bad), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "limit");
    EXPECT_CODE(bbbkit_request_set(req, "limit", "ten"), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "limit");
    EXPECT_CODE(bbbkit_request_set(req, "checksum", "00"), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("rule", bbbkit_last_error_rule(), "reserved");
    EXPECT_CODE(bbbkit_request_set_params(NULL, "a\0b", 3), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_request_set_params(req, NULL, 3), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "params");
    EXPECT_CODE(bbbkit_request_set_params(req, "limit\0" "5\0offset", 14), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("rule", bbbkit_last_error_rule(), "pairs");
    /* Nothing was set by the malformed buffer: offset alone would be refused. */
    EXPECT_CODE(bbbkit_request_set_params(req, NULL, 0), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_request_query(NULL, &str), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_request_query(req, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    /* The handle stays usable after its errors; lists and states as the BBB API writes them. */
    EXPECT_CODE(bbbkit_request_set_params(req, "meetingID\0a,b\0state\0PUBLISHED,unpublished\0limit\0" "10", 51),
                BBBKIT_RESULT_OK);
    str = NULL;
    EXPECT_CODE(bbbkit_request_query(req, &str), BBBKIT_RESULT_OK);
    expect_cstr("query", str, "meetingID=a%2Cb&state=published%2Cunpublished&limit=10");
    bbbkit_string_free(str);
    expect_cstr("call", bbbkit_request_call(req), "getRecordings");
    check("NULL request's call", bbbkit_request_call(NULL) == NULL);
    EXPECT_CODE(bbbkit_server_prepare(NULL, req, &p), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "server");
    EXPECT_CODE(bbbkit_server_prepare(s, NULL, &p), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "request");
    EXPECT_CODE(bbbkit_server_prepare(s, req, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "out");
    EXPECT_CODE(bbbkit_server_prepare_params(NULL, "end", NULL, 0, &p), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_prepare_params(s, NULL, NULL, 0, &p), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "call");
    EXPECT_CODE(bbbkit_server_prepare_params(s, bad, NULL, 0, &p), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_server_prepare_params(s, "end", NULL, 2, &p), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "params");
    EXPECT_CODE(bbbkit_server_prepare_params(s, "end", "meetingID\0\xff", 11, &p), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "meetingID");
    EXPECT_CODE(bbbkit_server_prepare_params(s, "end", "meetingID", 9, &p), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("rule", bbbkit_last_error_rule(), "pairs");
    EXPECT_CODE(bbbkit_server_prepare_params(s, "end", NULL, 0, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    EXPECT_CODE(bbbkit_server_prepare_params(s, "end", NULL, 0, &p), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "meetingID");
    expect_cstr("rule", bbbkit_last_error_rule(), "required");
    check("prepared out untouched", p == (bbbkit_prepared *)&p);
    p = NULL;
    EXPECT_CODE(bbbkit_server_prepare(s, req, &p), BBBKIT_RESULT_OK);
    expect_cstr("message after a success", bbbkit_last_error_message(), "");
    check("a GET has no body", p && bbbkit_prepared_body(p).data == NULL &&
                                   bbbkit_prepared_content_type(p).data == NULL &&
                                   bstr_eq(bbbkit_prepared_method(p), "GET", 3));
    bbbkit_prepared_free(p);
    check("NULL prepared", bbbkit_prepared_method(NULL).data == NULL && bbbkit_prepared_url(NULL).data == NULL &&
                               bbbkit_prepared_body(NULL).data == NULL &&
                               bbbkit_prepared_content_type(NULL).data == NULL &&
                               bbbkit_prepared_file_field(NULL).data == NULL);
    bbbkit_prepared_free(NULL);
    bbbkit_request_free(NULL);
    bbbkit_request_free(req);

    /* Parameters newer than bbbkit: added after the declared ones, and never read as a
     * declared one, so a name that shadows one is refused when the request is prepared. */
    EXPECT_CODE(bbbkit_request_new("end", &req), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_request_add_param(NULL, "a", "b"), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "request");
    EXPECT_CODE(bbbkit_request_add_param(req, NULL, "b"), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "name");
    EXPECT_CODE(bbbkit_request_add_param(req, "newerFlag", bad), BBBKIT_RESULT_INVALID_UTF8);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "newerFlag");
    EXPECT_CODE(bbbkit_request_set(req, "meetingID", "cs101"), BBBKIT_RESULT_OK);
    EXPECT_CODE(bbbkit_request_add_param(req, "newerFlag", "on"), BBBKIT_RESULT_OK);
    str = NULL;
    EXPECT_CODE(bbbkit_request_query(req, &str), BBBKIT_RESULT_OK);
    expect_cstr("query with an added parameter", str, "meetingID=cs101&newerFlag=on");
    bbbkit_string_free(str);
    EXPECT_CODE(bbbkit_request_add_param(req, "MeetingID", "other"), BBBKIT_RESULT_OK);
    p = (bbbkit_prepared *)&p;
    EXPECT_CODE(bbbkit_server_prepare(s, req, &p), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "MeetingID");
    expect_cstr("rule", bbbkit_last_error_rule(), "reserved");
    check("prepared out untouched", p == (bbbkit_prepared *)&p);
    bbbkit_request_free(req);
    {
        static const char declared[] = "meetingID\0cs101\0";
        static const struct { const char *extra; size_t len; const char *parameter; } shadows[] = {
            {"meetingID\0x\0", 12, "meetingID"},
            {"MEETINGID\0x\0", 12, "MEETINGID"},
            {"newerFlag\0on\0checksum\0" "00\0", 25, "checksum"},
        };
        for (size_t i = 0; i < sizeof shadows / sizeof shadows[0]; i++) {
            p = (bbbkit_prepared *)&p;
            EXPECT_CODE(bbbkit_server_prepare_params_extra(s, "end", declared, sizeof declared - 1, shadows[i].extra,
                                                           shadows[i].len, &p),
                        BBBKIT_RESULT_INVALID_PARAMETER);
            expect_cstr("parameter", bbbkit_last_error_parameter(), shadows[i].parameter);
            expect_cstr("rule", bbbkit_last_error_rule(), "reserved");
            check("prepared out untouched", p == (bbbkit_prepared *)&p);
        }
        /* The same name in the declared buffer is the declared parameter. */
        p = NULL;
        EXPECT_CODE(bbbkit_server_prepare_params(s, "end", "meetingID\0other\0", 16, &p), BBBKIT_RESULT_OK);
        check("the declared meetingID", p && bstr_contains(bbbkit_prepared_url(p), "?meetingID=other&checksum="));
        bbbkit_prepared_free(p);
        EXPECT_CODE(bbbkit_server_prepare_params_extra(s, "end", declared, sizeof declared - 1, "a\0b", 3, NULL),
                    BBBKIT_RESULT_NULL_PARAMETER);
        EXPECT_CODE(bbbkit_server_prepare_params_extra(s, "end", declared, sizeof declared - 1, NULL, 2, &p),
                    BBBKIT_RESULT_NULL_PARAMETER);
        expect_cstr("parameter", bbbkit_last_error_parameter(), "extra");
        EXPECT_CODE(bbbkit_server_prepare_params_extra(s, "end", declared, sizeof declared - 1, "a", 1, &p),
                    BBBKIT_RESULT_INVALID_PARAMETER);
        expect_cstr("parameter", bbbkit_last_error_parameter(), "extra");
        expect_cstr("rule", bbbkit_last_error_rule(), "pairs");
        /* Sent after the declared ones, in the order given; no extra (NULL, 0) is
         * bbbkit_server_prepare_params. */
        bbbkit_prepared *with = NULL, *packed = NULL;
        EXPECT_CODE(bbbkit_server_prepare_params_extra(s, "end", declared, sizeof declared - 1, "z\0" "1\0y\0" "2", 7,
                                                       &with),
                    BBBKIT_RESULT_OK);
        EXPECT_CODE(bbbkit_server_prepare_params(s, "end", "meetingID\0cs101\0z\0" "1\0y\0" "2", 23, &packed),
                    BBBKIT_RESULT_OK);
        check("extra sent after the declared ones, in order",
              with && packed && bstr_eq(bbbkit_prepared_url(with), (const char *)bbbkit_prepared_url(packed).data,
                                        bbbkit_prepared_url(packed).len) &&
                  bstr_contains(bbbkit_prepared_url(with), "?meetingID=cs101&z=1&y=2&checksum="));
        bbbkit_prepared_free(with);
        bbbkit_prepared_free(packed);
        with = NULL;
        EXPECT_CODE(bbbkit_server_prepare_params_extra(s, "end", declared, sizeof declared - 1, NULL, 0, &with),
                    BBBKIT_RESULT_OK);
        check("no extra", with && bstr_contains(bbbkit_prepared_url(with), "?meetingID=cs101&checksum="));
        bbbkit_prepared_free(with);
    }
    bbbkit_server_free(s);
}

/* The answer kinds, and bbbkit_parse_answer with NULL, invalid UTF-8 and unknown kinds. */
static void answers_abi(void) {
    static const char bad[] = {(char)0xff, (char)0xfe, 'x', 0};
    static const char running[] = "<response><returncode>SUCCESS</returncode><running>true</running></response>";
    size_t n = bbbkit_answer_kind_count();
    check("some kinds", n >= 17);
    for (size_t i = 0; i < n; i++) {
        const char *call = bbbkit_answer_kind_call(i);
        if (!bbbkit_answer_kind_name(i) || !call) { failf("kind %zu has a NULL text", i); continue; }
        if (!bbbkit_call_method(call)) failf("kind %s answers %s, not a declared call", bbbkit_answer_kind_name(i), call);
    }
    check("past the last kind", bbbkit_answer_kind_name(n) == NULL && bbbkit_answer_kind_call(n) == NULL);
    char *out = (char *)&out;
    EXPECT_CODE(bbbkit_parse_answer(NULL, running, strlen(running), NULL, &out), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "kind");
    EXPECT_CODE(bbbkit_parse_answer(bad, running, strlen(running), NULL, &out), BBBKIT_RESULT_INVALID_UTF8);
    EXPECT_CODE(bbbkit_parse_answer("walking", running, strlen(running), NULL, &out), BBBKIT_RESULT_INVALID_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "kind");
    expect_cstr("rule", bbbkit_last_error_rule(), "one_of");
    EXPECT_CODE(bbbkit_parse_answer("running", NULL, 5, NULL, &out), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "body");
    EXPECT_CODE(bbbkit_parse_answer("running", running, strlen(running), NULL, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "json_out");
    EXPECT_CODE(bbbkit_parse_answer("running", NULL, 0, NULL, &out), BBBKIT_RESULT_PARSE);
    check("out untouched", out == (char *)&out);
    out = NULL;
    EXPECT_CODE(bbbkit_parse_answer("RUNNING", running, strlen(running), NULL, &out), BBBKIT_RESULT_OK);
    expect_cstr("json", out, "{\"running\":true}");
    bbbkit_string_free(out);
    /* The compact form: the same values, each record a list in its declared fields' order. */
    out = NULL;
    EXPECT_CODE(bbbkit_parse_answer_compact("running", running, strlen(running), NULL, &out), BBBKIT_RESULT_OK);
    expect_cstr("compact json", out, "[true]");
    bbbkit_string_free(out);
    out = (char *)&out;
    EXPECT_CODE(bbbkit_parse_answer_compact("walking", running, strlen(running), NULL, &out), BBBKIT_RESULT_INVALID_PARAMETER);
    EXPECT_CODE(bbbkit_parse_answer_compact("running", NULL, 0, NULL, &out), BBBKIT_RESULT_PARSE);
    check("compact: out untouched", out == (char *)&out);
    static const char hooks[] = "<response><returncode>SUCCESS</returncode><hooks><hook><hookID>1</hookID>"
        "<callbackURL>https://app.example.com/h</callbackURL><meetingID>m</meetingID><eventID>a,b</eventID>"
        "<permanentHook>false</permanentHook><rawData>false</rawData></hook></hooks></response>";
    out = NULL;
    EXPECT_CODE(bbbkit_parse_answer_compact("hooks", hooks, strlen(hooks), NULL, &out), BBBKIT_RESULT_OK);
    check("compact hooks: a list of lists, no key", out && out[0] == '[' && out[1] == '[' && out[2] == '[' && !strstr(out, "hook_id"));
    bbbkit_string_free(out);
    /* The same values in PHP's serialize format. */
    out = NULL;
    EXPECT_CODE(bbbkit_parse_answer_php("running", running, strlen(running), NULL, &out), BBBKIT_RESULT_OK);
    expect_cstr("php", out, "a:1:{i:0;b:1;}");
    bbbkit_string_free(out);
    out = NULL;
    EXPECT_CODE(bbbkit_parse_answer_php("hooks", hooks, strlen(hooks), NULL, &out), BBBKIT_RESULT_OK);
    check("php hooks", out && strncmp(out, "a:1:{i:0;a:1:{i:0;a:", 20) == 0 && strstr(out, "s:25:\"https://app.example.com/h\";") && !strstr(out, "O:"));
    bbbkit_string_free(out);
    out = (char *)&out;
    EXPECT_CODE(bbbkit_parse_answer_php("running", running, strlen(running), NULL, NULL), BBBKIT_RESULT_NULL_PARAMETER);
    expect_cstr("parameter", bbbkit_last_error_parameter(), "out");
    EXPECT_CODE(bbbkit_parse_answer_php("running", NULL, 0, NULL, &out), BBBKIT_RESULT_PARSE);
    check("php: out untouched", out == (char *)&out);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s VECTORS_DIR FIXTURES_DIR\n", argv[0]);
        return 2;
    }
    vectors_dir = argv[1];
    fixtures_dir = argv[2];

    run_file("checksum.json", run_checksum, 1);
    run_file("server.json", run_server, 1);
    run_file("join.json", run_join, 1);
    run_file_as("join.json", "join.json (packed)", run_join_packed, 1);
    run_file("api_url.json", run_api_url, 1);
    run_file("calls.json", run_call, 1);
    run_file_as("calls.json", "calls.json (packed)", run_call_packed, 1);
    run_file("verify.json", run_verify, 1);
    run_file("parse.json", run_parse, 0);
    run_file("callbacks.json", run_callback, 0);
    run_file("answers.json", run_answer, 0);

    null_arguments();
    finish_case("abi", "every function with NULL and invalid UTF-8");
    results_and_version();
    finish_case("abi", "result codes, messages, version");
    secret_never_shown();
    finish_case("abi", "the secret is never shown");
    api_error_typed();
    finish_case("abi", "typed API error keys");
    element_tree();
    finish_case("abi", "element tree");
    c_example_round_trip();
    finish_case("abi", "sign then verify");
    join_query_encode_allow_and_limits();
    finish_case("abi", "join query, encoding, allow-list, parse limits");
    deep_nesting_on_a_small_stack();
    finish_case("abi", "100,000 levels at the largest max_depth on a 256 KiB thread stack");
    threads_share_a_server();
    finish_case("abi", "one server on four threads, a last error per thread");
    handles_after_an_error();
    finish_case("abi", "handles stay usable after an error");
    declaration_and_tables();
    finish_case("abi", "the join declaration, bbbkit_join_set and the enum tables");
    callbacks_abi();
    finish_case("abi", "the callback verifier with NULL, bad UTF-8 and out-of-range enums");
    answers_abi();
    finish_case("abi", "the answer kinds; bbbkit_parse_answer with NULL, bad UTF-8 and unknown kinds");
    calls_abi();
    finish_case("abi", "the declared calls; bbbkit_request and bbbkit_prepared with NULL, bad UTF-8 and bad buffers");

    printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
    return failed ? 1 : 0;
}
