/* minigo.c - the command-line tool, and the first embedder: it uses nothing
 * but include/minigo.h.
 *
 *   minigo run [flags] FILE [args...]   compile and run (FILE "-" reads stdin)
 *   minigo check FILE                   compile only
 *   minigo version | help
 *
 * Exit statuses follow `go run`: 0, 1 for a compile error, 2 for a panic or
 * fatal error, or the status given to os.Exit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minigo.h"

static void usage(FILE *f) {
    fputs("usage: minigo <command> [arguments]\n"
          "\n"
          "commands:\n"
          "  run [flags] FILE [args...]  compile and run a program (FILE - reads stdin)\n"
          "  check [flags] FILE          compile only; report errors\n"
          "  version                     print the version\n"
          "  help                        print this help\n"
          "\n"
          "flags:\n"
          "  -loopvar, -lang=go1.22      Go 1.22 per-iteration loop variables\n"
          "  -lang=go1.21                classic loop variables (the default)\n"
          "  -leaks                      when main returns, list the goroutines still\n"
          "                              alive (exit status 3 if any)\n"
          "  -d                          print the main package's bytecode on stderr\n",
          f);
}

/* Reads all of stdin into a malloc'd buffer. */
static char *read_stdin(size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n, stdin);
        if (got == 0) break;
        n += got;
    }
    *len = n;
    return buf;
}

/* Parses leading flags; returns the index of the first non-flag argument or -1. */
static int parse_flags(int argc, char **argv, int i, mg_options *opt) {
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != 0; i++) {
        const char *f = argv[i];
        if (f[1] == '-') f++; /* --flag works like -flag */
        if (strcmp(f, "-loopvar") == 0 || strcmp(f, "-lang=go1.22") == 0)
            opt->loopvar = 1;
        else if (strncmp(f, "-lang=go1.", 10) == 0)
            opt->loopvar = atoi(f + 10) >= 22;
        else if (strcmp(f, "-leaks") == 0)
            opt->leaks = 1;
        else if (strcmp(f, "-d") == 0)
            opt->disasm = 1;
        else {
            fprintf(stderr, "minigo: unknown flag %s\n", argv[i]);
            return -1;
        }
    }
    return i;
}

static int run_or_check(int argc, char **argv, int run) {
    mg_options opt;
    mg_options_init(&opt);
    int i = parse_flags(argc, argv, 2, &opt);
    if (i < 0) return 2;
    if (i >= argc) {
        fprintf(stderr, "minigo %s: no file given\n", run ? "run" : "check");
        return 2;
    }
    const char *path = argv[i];
    opt.argc = argc - i;
    opt.argv = (const char *const *)(argv + i);

    mg_vm *vm = mg_vm_new(&opt);
    if (!vm) {
        fputs("minigo: cannot create a VM\n", stderr);
        return 2;
    }
    mg_status st;
    if (strcmp(path, "-") == 0) {
        size_t len = 0;
        char *src = read_stdin(&len);
        st = src ? mg_load_string(vm, "stdin.mg", src, len) : MG_ERR_IO;
        free(src);
    } else {
        st = mg_load_file(vm, path);
    }
    int status;
    if (st != MG_OK) {
        fputs(mg_error(vm), stderr);
        status = st == MG_ERR_COMPILE ? 1 : 2;
    } else if (run) {
        status = mg_run_main(vm);
    } else {
        status = 0;
    }
    mg_vm_free(vm);
    return status;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "run") == 0) return run_or_check(argc, argv, 1);
    if (strcmp(cmd, "check") == 0) return run_or_check(argc, argv, 0);
    if (strcmp(cmd, "version") == 0) {
        printf("minigo version %s\n", mg_version());
        return 0;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        usage(stdout);
        return 0;
    }
    fprintf(stderr, "minigo: unknown command %s\n", cmd);
    usage(stderr);
    return 2;
}
