/* trace.c - `minigo trace FILE.json [-o OUT.html]`: turn the JSON that `minigo run
 * -trace` wrote into one self-contained HTML page (the viewer of trace_viewer.html,
 * embedded at build time, with the trace inlined where its @TRACE_JSON@ marker is).
 * The page needs no network. OUT defaults to FILE with .json replaced by .html.
 *
 * The trace goes inside a <script type="application/json"> element: every '<' in it
 * is written as \u003c, so no "</script>" in a string can end the element (in valid
 * JSON a '<' can only be inside a string, where the escape means the same).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "trace.h"

#define MARKER "@TRACE_JSON@"

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = mg_cli_read_stream(f, len);
    int err = ferror(f) ? EIO : 0;
    fclose(f);
    if (err && buf) {
        free(buf);
        buf = NULL;
        errno = err;
    }
    return buf;
}

/* OUT for FILE: FILE.json -> FILE.html, anything else -> FILE.html appended. */
static char *default_out(const char *in) {
    size_t n = strlen(in);
    char *out = malloc(n + 6);
    if (!out) return NULL;
    memcpy(out, in, n + 1);
    if (n > 5 && strcmp(in + n - 5, ".json") == 0) out[n - 5] = 0;
    strcat(out, ".html");
    return out;
}

static int write_page(FILE *f, const char *json, size_t len) {
    const char *page = mg_trace_viewer_html, *mark = strstr(page, MARKER);
    if (!mark) return -1;
    fwrite(page, 1, (size_t)(mark - page), f);
    for (size_t i = 0; i < len; i++) {
        if (json[i] == '<')
            fputs("\\u003c", f);
        else
            fputc(json[i], f);
    }
    fputs(mark + strlen(MARKER), f);
    return ferror(f) ? -1 : 0;
}

int mg_cli_trace(int argc, char **argv) {
    const char *in = NULL, *out = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
            out = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1] != 0) {
            fprintf(stderr, "minigo trace: unknown flag %s\n", argv[i]);
            return 2;
        } else if (!in)
            in = argv[i];
        else {
            fputs("usage: minigo trace FILE.json [-o OUT.html]\n", stderr);
            return 2;
        }
    }
    if (!in) {
        fputs("usage: minigo trace FILE.json [-o OUT.html]\n", stderr);
        return 2;
    }
    size_t len = 0;
    char *json = read_file(in, &len);
    if (!json) {
        fprintf(stderr, "minigo trace: %s: %s\n", in, strerror(errno));
        return 1;
    }
    size_t k = 0;
    while (k < len && strchr(" \t\r\n", json[k]))
        k++;
    if (k == len || (json[k] != '{' && json[k] != '[')) {
        fprintf(stderr, "minigo trace: %s: not a trace-event JSON file\n", in);
        free(json);
        return 1;
    }
    char *def = out ? NULL : default_out(in);
    if (!out) out = def;
    FILE *f = out ? fopen(out, "w") : NULL;
    int r = f ? write_page(f, json, len) : -1;
    if (f && fclose(f) != 0) r = -1;
    if (r != 0)
        fprintf(stderr, "minigo trace: cannot write %s: %s\n", out ? out : "?", strerror(errno));
    free(json);
    free(def);
    return r == 0 ? 0 : 1;
}
