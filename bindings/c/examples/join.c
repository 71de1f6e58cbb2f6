/* Sign a join URL, then read the server's answer to a server-side join.
 * cc join.c $(pkg-config --cflags --libs bbbkit) -o join */
#include <bbbkit.h>
#include <stdio.h>
#include <string.h>

/* Prints the last error of this thread: the message names the parameter and the rule. */
static int fail(const char *what) {
    fprintf(stderr, "%s: %s\n", what, bbbkit_last_error_message());
    return 1;
}

int main(void) {
    bbbkit_server *server = NULL; /* thread-safe: create once, share, free at exit */
    bbbkit_join *join = NULL;     /* one per request; not shared between threads */
    char *url = NULL;             /* owned by us: bbbkit_string_free */
    int status = 1;

    if (bbbkit_server_new("https://bbb.example.com/bigbluebutton/",
                          "8cd8ef52e8e101574e400365b55e11a6", &server) != BBBKIT_RESULT_OK)
        return fail("server");
    if (bbbkit_join_new("physics-101", "Marie Curie", &join) != BBBKIT_RESULT_OK ||
        bbbkit_join_set_role(join, BBBKIT_ROLE_MODERATOR) != BBBKIT_RESULT_OK ||
        bbbkit_join_set_create_time(join, 1715261728123) != BBBKIT_RESULT_OK ||
        bbbkit_join_add_userdata(join, "bbb_show_participants_on_login", "false") != BBBKIT_RESULT_OK) {
        status = fail("join");
        goto out;
    }
    if (bbbkit_server_join_url(server, join, &url) != BBBKIT_RESULT_OK) {
        status = fail("join_url");
        goto out;
    }
    printf("redirect to %s\n", url);

    /* With redirect=false the server answers XML; here it says the meeting was recreated. */
    const char *body = "<response><returncode>FAILED</returncode>"
                       "<messageKey>mismatchCreateTimeParam</messageKey>"
                       "<message>The createTime parameter submitted mismatches.</message></response>";
    bbbkit_joined *joined = NULL;
    bbbkit_result r = bbbkit_parse_join_response(body, strlen(body), NULL, &joined);
    if (r == BBBKIT_RESULT_OK) {
        bbbkit_str session = bbbkit_joined_url(joined); /* borrowed from `joined` */
        printf("open %.*s\n", (int)session.len, (const char *)session.data);
        bbbkit_joined_free(joined);
    } else if (r == BBBKIT_RESULT_API &&
               bbbkit_api_error_key(bbbkit_last_api_error()) == BBBKIT_MESSAGE_KEY_MISMATCH_CREATE_TIME_PARAM) {
        printf("the meeting was restarted: create it again, then join\n");
    } else {
        status = fail("parse");
        goto out;
    }
    status = 0;
out:
    bbbkit_string_free(url);
    bbbkit_join_free(join);
    bbbkit_server_free(server);
    return status;
}
