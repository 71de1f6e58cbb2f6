/* Join URL generation through the C ABI: bbbkit_server_join_url + bbbkit_string_free, with the
 * server and the join request built once, as a C host would; then the same request as one
 * packed buffer through bbbkit_server_join_url_params, and through
 * bbbkit_server_join_url_params_into (what the PHP binding calls). Prints
 * nanoseconds per URL (best of 5 rounds).   bench_join [ITERATIONS] */
#define _POSIX_C_SOURCE 199309L
#include <bbbkit.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

int main(int argc, char **argv) {
    long iterations = argc > 1 ? atol(argv[1]) : 200000;
    bbbkit_server *server = NULL;
    bbbkit_join *join = NULL;
    if (bbbkit_server_new("https://bbb.example.com/bigbluebutton/api/", "8cd8ef52e8e101574e400365b55e11a6", &server) != BBBKIT_RESULT_OK ||
        bbbkit_join_new("physics-101", "Marie Curie", &join) != BBBKIT_RESULT_OK ||
        bbbkit_join_set_role(join, BBBKIT_ROLE_MODERATOR) != BBBKIT_RESULT_OK ||
        bbbkit_join_set_create_time(join, 1715261728123) != BBBKIT_RESULT_OK ||
        bbbkit_join_set(join, "userID", "u-17") != BBBKIT_RESULT_OK ||
        bbbkit_join_add_userdata(join, "bbb_show_participants_on_login", "false") != BBBKIT_RESULT_OK) {
        fprintf(stderr, "set-up: %s\n", bbbkit_last_error_message());
        return 1;
    }
    char *url = NULL;
    if (bbbkit_server_join_url(server, join, &url) != BBBKIT_RESULT_OK) return 1;
    printf("url %s\n", url);
    char *first = url;
    double best = 1e30;
    for (int round = 0; round < 5; round++) {
        double start = now_ns();
        for (long i = 0; i < iterations; i++) {
            bbbkit_server_join_url(server, join, &url);
            bbbkit_string_free(url);
        }
        double per = (now_ns() - start) / (double)iterations;
        if (per < best) best = per;
    }
    printf("c_ns_per_url %.1f\n", best);

    static const char packed[] = "meetingID\0physics-101\0fullName\0Marie Curie\0role\0MODERATOR\0"
                                 "createTime\0" "1715261728123\0userID\0u-17\0"
                                 "userdata-bbb_show_participants_on_login\0false";
    char *url2 = NULL;
    if (bbbkit_server_join_url_params(server, packed, sizeof packed, &url2) != BBBKIT_RESULT_OK) return 1;
    if (strcmp(first, url2) != 0) {
        fprintf(stderr, "the packed request gives another URL:\n  %s\n  %s\n", url, url2);
        return 1;
    }
    bbbkit_string_free(url2);
    best = 1e30;
    for (int round = 0; round < 5; round++) {
        double start = now_ns();
        for (long i = 0; i < iterations; i++) {
            bbbkit_server_join_url_params(server, packed, sizeof packed, &url2);
            bbbkit_string_free(url2);
        }
        double per = (now_ns() - start) / (double)iterations;
        if (per < best) best = per;
    }
    printf("c_ns_per_url_params %.1f\n", best);

    char buf[2048];
    size_t len = 0;
    if (bbbkit_server_join_url_params_into(server, packed, sizeof packed, buf, sizeof buf, &len) != BBBKIT_RESULT_OK ||
        len != strlen(first) || strcmp(first, buf) != 0) {
        fprintf(stderr, "the packed request into a buffer gives another URL:\n  %s\n  %s\n", first, buf);
        return 1;
    }
    best = 1e30;
    for (int round = 0; round < 5; round++) {
        double start = now_ns();
        for (long i = 0; i < iterations; i++) {
            bbbkit_server_join_url_params_into(server, packed, sizeof packed, buf, sizeof buf, &len);
        }
        double per = (now_ns() - start) / (double)iterations;
        if (per < best) best = per;
    }
    printf("c_ns_per_url_params_into %.1f\n", best);
    bbbkit_string_free(first);
    bbbkit_join_free(join);
    bbbkit_server_free(server);
    return 0;
}
