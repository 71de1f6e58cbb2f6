// The public header compiles as C++ (g++ -std=c++17 -Wall -Wextra -Wpedantic -Werror) and links.
#include <bbbkit.h>

#include <cstdio>
#include <cstring>

int main() {
    bbbkit_server *server = nullptr;
    bbbkit_join *join = nullptr;
    char *url = nullptr;
    int status = 1;
    if (bbbkit_server_new("bbb.example.com", "secret", &server) == BBBKIT_RESULT_OK &&
        bbbkit_join_new("room-1", "Ada", &join) == BBBKIT_RESULT_OK &&
        bbbkit_join_set_role(join, BBBKIT_ROLE_VIEWER) == BBBKIT_RESULT_OK &&
        bbbkit_server_join_url(server, join, &url) == BBBKIT_RESULT_OK) {
        status = std::strncmp(url, "https://bbb.example.com/bigbluebutton/api/join?", 47) == 0 ? 0 : 1;
    }
    std::printf("C++: %s\n", status == 0 ? "ok" : bbbkit_last_error_message());
    bbbkit_string_free(url);
    bbbkit_join_free(join);
    bbbkit_server_free(server);
    return status;
}
