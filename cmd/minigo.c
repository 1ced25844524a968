/* minigo.c - the command-line tool, and the first embedder: it uses nothing
 * but include/minigo.h.
 *
 *   minigo run [flags] FILE [args...]   compile and run (FILE "-" reads stdin)
 *   minigo run [flags] -e CODE [args...] run a snippet given on the command line
 *   minigo repl (or no arguments on a terminal)  the interactive session (repl.c)
 *   minigo run -explore N [flags] FILE  run under N seeded schedules (explore.c)
 *   minigo check FILE                   compile only
 *   minigo vet [-loopvar] FILE          compile, then report go vet-style findings
 *   minigo trace FILE.json [-o OUT]     HTML timeline of a -trace file (trace.c)
 *   minigo version | help
 *
 * Exit statuses follow `go run`: 0, 1 for a compile error, 2 for a panic or
 * fatal error, or the status given to os.Exit. `minigo vet` exits as `go vet`
 * does: 1 when it reports anything (a compile error included), 0 when clean.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "cli.h"
#include "trace.h"

static void usage(FILE *f) {
    fputs("usage: minigo <command> [arguments]\n"
          "\n"
          "commands:\n"
          "  run [flags] FILE [args...]  compile and run a program (FILE - reads stdin)\n"
          "  run [flags] -e CODE [args...]\n"
          "                              run the snippet CODE (several -e: one line each)\n"
          "  check [flags] FILE          compile only; report errors (also -e CODE)\n"
          "  vet [-loopvar] FILE         compile, then report the common concurrency\n"
          "                              mistakes (go vet's copylocks, loopclosure and\n"
          "                              lostcancel, and minigo's own wg.Add and\n"
          "                              goroutine-leak checks); exit status 1 if any\n"
          "  repl [flags]                read and run statements interactively (also\n"
          "                              `minigo` with no arguments on a terminal)\n"
          "  trace FILE.json [-o OUT]    write a self-contained HTML timeline of a trace\n"
          "                              made by run -trace (OUT: FILE.html)\n"
          "  version                     print the version\n"
          "  help                        print this help\n"
          "\n"
          "flags:\n"
          "  -loopvar, -lang=go1.22      Go 1.22 per-iteration loop variables\n"
          "  -lang=go1.21                classic loop variables (the default)\n"
          "  -leaks                      when main returns, list the goroutines still\n"
          "                              alive (exit status 3 if any)\n"
          "  -d                          print the main package's bytecode on stderr\n"
          "  -race                       report data races as Go's -race does (exit\n"
          "                              status 66 when any was found)\n"
          "  -seed N                     deterministic scheduling: one thread, every\n"
          "                              scheduling choice from seed N, virtual time\n"
          "                              (sleeps end at once); same N, same run\n"
          "  -explore N                  run under N seeds (preempting at channel ops,\n"
          "                              locks, atomics) and list each distinct outcome\n"
          "                              with a -seed that reproduces it\n"
          "  -trace FILE                 record the scheduler's work (goroutines, Ps, Ms,\n"
          "                              parks, wake-ups, channel operations) into FILE\n"
          "                              as Chrome trace-event JSON (Perfetto opens it;\n"
          "                              minigo trace FILE makes an HTML timeline)\n",
          f);
}

/* Reads all of stdin into a malloc'd buffer. */
char *mg_cli_read_stream(FILE *f, size_t *len) {
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
        size_t got = fread(buf + n, 1, cap - n, f);
        if (got == 0) break;
        n += got;
    }
    *len = n;
    return buf;
}

/* The value of a numeric flag (-seed N, -explore N): N follows as the next argument
 * or after '='. Returns false (after saying why) when it is missing or not a number. */
static bool flag_number(int argc, char **argv, int *i, const char *f, const char *name,
                        unsigned long long *val) {
    size_t n = strlen(name);
    const char *v;
    if (f[n] == '=')
        v = f + n + 1;
    else if (*i + 1 < argc)
        v = argv[++*i];
    else
        v = "";
    char *end;
    errno = 0;
    *val = strtoull(v, &end, 10);
    if (!*v || *end || errno || *v == '-') {
        fprintf(stderr, "minigo: %s needs a non-negative number, not \"%s\"\n", name, v);
        return false;
    }
    return true;
}

static bool is_flag(const char *f, const char *name) {
    size_t n = strlen(name);
    return strncmp(f, name, n) == 0 && (f[n] == 0 || f[n] == '=');
}

/* Appends -e's text to *code (malloc'd; several -e are lines of one snippet). */
static bool add_code(char **code, const char *text) {
    size_t old = *code ? strlen(*code) : 0, n = strlen(text);
    char *c = realloc(*code, old + n + 2);
    if (!c) return false;
    if (old) c[old++] = '\n';
    memcpy(c + old, text, n + 1);
    *code = c;
    return true;
}

/* Parses leading flags; returns the index of the first non-flag argument or -1.
 * ex (may be NULL) gets -explore's count and the flags a child run needs; code (may
 * be NULL: -e is then unknown) gets the text of -e. */
int mg_cli_parse_flags(int argc, char **argv, int i, mg_options *opt, mg_explore_args *ex,
                       char **code) {
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != 0; i++) {
        const char *f = argv[i];
        if (f[1] == '-') f++; /* --flag works like -flag */
        unsigned long long num;
        if (code && is_flag(f, "-e")) {
            const char *text = f[2] == '=' ? f + 3 : i + 1 < argc ? argv[i + 1] : NULL;
            if (!text) {
                fputs("minigo: -e needs the program text\n", stderr);
                return -1;
            }
            if (ex) ex->flags[ex->nflags++] = argv[i];
            if (f[2] != '=' && ex) ex->flags[ex->nflags++] = argv[i + 1];
            if (f[2] != '=') i++;
            if (!add_code(code, text)) return -1;
            continue;
        }
        if (is_flag(f, "-seed") || is_flag(f, "-explore")) {
            bool seed = is_flag(f, "-seed");
            if (!flag_number(argc, argv, &i, f, seed ? "-seed" : "-explore", &num)) return -1;
            if (seed) {
                opt->deterministic = 1;
                opt->seed = num;
                if (ex) ex->first_seed = num;
            } else if (ex) {
                ex->runs = (long)num;
            }
            continue;
        }
        if (is_flag(f, "-trace")) { /* not passed on to -explore's runs */
            opt->trace = f[6] == '=' ? f + 7 : i + 1 < argc ? argv[++i] : NULL;
            if (!opt->trace || !*opt->trace) {
                fputs("minigo: -trace needs a file name\n", stderr);
                return -1;
            }
            continue;
        }
        if (ex) ex->flags[ex->nflags++] = argv[i];
        if (strcmp(f, "-loopvar") == 0 || strcmp(f, "-lang=go1.22") == 0)
            opt->loopvar = 1;
        else if (strncmp(f, "-lang=go1.", 10) == 0)
            opt->loopvar = atoi(f + 10) >= 22;
        else if (strcmp(f, "-leaks") == 0)
            opt->leaks = 1;
        else if (strcmp(f, "-race") == 0)
            opt->race = 1;
        else if (strcmp(f, "-d") == 0)
            opt->disasm = 1;
        else {
            fprintf(stderr, "minigo: unknown flag %s\n", argv[i]);
            return -1;
        }
    }
    return i;
}

typedef enum Command { CMD_RUN, CMD_CHECK, CMD_VET } Command;

static int run_or_check(int argc, char **argv, Command cmd) {
    static const char *const names[] = {"run", "check", "vet"};
    bool run = cmd == CMD_RUN;
    mg_options opt;
    mg_options_init(&opt);
    mg_explore_args ex = {.first_seed = 1, .flags = calloc((size_t)argc, sizeof(char *))};
    if (!ex.flags) return 2;
    char *code = NULL;
    int i = mg_cli_parse_flags(argc, argv, 2, &opt, &ex, &code);
    if (i < 0) return 2;
    if (i >= argc && !code) {
        fprintf(stderr, "minigo %s: no file given\n", names[cmd]);
        return 2;
    }
    /* With -e every remaining argument is the program's; os.Args[0] is "-e". */
    const char *path = code ? "-e" : argv[i];
    if (run && ex.runs > 0) {
        ex.rest = argv + i;
        ex.nrest = argc - i;
        ex.program = path;
        ex.stdin_program = strcmp(path, "-") == 0;
        int status = mg_cli_explore(&ex);
        free(ex.flags);
        free(code);
        return status;
    }
    free(ex.flags);
    const char **args = calloc((size_t)(argc - i + 2), sizeof *args);
    if (!args) return 2;
    args[0] = path;
    for (int k = code ? 0 : 1; i + k < argc; k++)
        args[code ? k + 1 : k] = argv[i + k];
    opt.argc = argc - i + (code ? 1 : 0);
    opt.argv = args;
    opt.vet = cmd == CMD_VET;

    mg_vm *vm = mg_vm_new(&opt);
    if (!vm) {
        fputs("minigo: cannot create a VM\n", stderr);
        return 2;
    }
    mg_status st;
    if (code) {
        st = mg_load_string(vm, "-e", code, strlen(code));
    } else if (strcmp(path, "-") == 0) {
        size_t len = 0;
        char *src = mg_cli_read_stream(stdin, &len);
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
    } else if (cmd == CMD_VET) {
        fputs(mg_error(vm), stderr); /* the findings */
        status = *mg_error(vm) ? 1 : 0;
    } else {
        status = 0;
    }
    mg_vm_free(vm);
    free(args);
    free(code);
    return status;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        if (isatty(0)) return mg_cli_repl(argc, argv, 1);
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "repl") == 0) return mg_cli_repl(argc, argv, 2);
    if (strcmp(cmd, "run") == 0) return run_or_check(argc, argv, CMD_RUN);
    if (strcmp(cmd, "check") == 0) return run_or_check(argc, argv, CMD_CHECK);
    if (strcmp(cmd, "vet") == 0) return run_or_check(argc, argv, CMD_VET);
    if (strcmp(cmd, "trace") == 0) return mg_cli_trace(argc - 1, argv + 1);
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
