/* The peak memory of bbbkit_parse_answer (the JSON path), for peak-memory.sh:
 *   peak_c read|json FILE
 * `read` only reads the file (the baseline); `json` parses it as a getRecordings answer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bbbkit.h"

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: peak_c read|json FILE\n"); return 2; }
    FILE *f = fopen(argv[2], "rb");
    if (!f) { perror(argv[2]); return 2; }
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *body = malloc((size_t)len);
    if (!body || fread(body, 1, (size_t)len, f) != (size_t)len) { perror("read"); return 2; }
    fclose(f);
    if (strcmp(argv[1], "json") == 0) {
        bbbkit_parse_options opts = { .max_size = (size_t)len, .max_depth = 0 };
        char *json = NULL;
        bbbkit_result r = bbbkit_parse_answer("recordings", body, (size_t)len, &opts, &json);
        if (r != BBBKIT_RESULT_OK) { fprintf(stderr, "parse failed: %d\n", (int)r); return 1; }
        fprintf(stderr, "%zu bytes of JSON\n", strlen(json));
        bbbkit_string_free(json);
    } else if (strcmp(argv[1], "read") != 0) {
        fprintf(stderr, "unknown mode %s\n", argv[1]); return 2;
    }
    free(body);
    return 0;
}
