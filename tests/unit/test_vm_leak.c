/* test_vm_leak.c - a host that compiles and runs many programs must not grow:
 * nothing process-wide (universe scope, type tables, caches) may keep a
 * reference to a finished build's ASTs, types or packages, nor to a freed
 * VM's heap. Builds a program 300 times (half of them failing to type-check,
 * which stops in the checker), runs a program using fmt, maps, closures and a
 * goroutine with channels 100 times, and fails if the GC heap in use grew by
 * more than LIMIT_BYTES (a leak of one build is about 1 MB).
 */
#define GC_THREADS 1
#include <gc.h>
#include <stdio.h>
#include <string.h>

#include "minigo.h"

#define LIMIT_BYTES (20u << 20)

static const char prog_ok[] =
    "package main\n"
    "import (\"fmt\"; \"strings\")\n"
    "type P struct{ a int; s string }\n"
    "func (p P) String() string { return fmt.Sprint(p.a, p.s) }\n"
    "func main() {\n"
    "\tm := map[string]int{}\n"
    "\tfor i := 0; i < 20; i++ { m[fmt.Sprint(i)] = i }\n"
    "\tf := func(x int) func() int { return func() int { x++; return x } }(3)\n"
    "\tch := make(chan int)\n"
    "\tdone := make(chan bool)\n"
    "\tgo func() { s := 0; for v := range ch { s += v }; fmt.Println(\"sum\", s); done <- true }()\n"
    "\tfor i := 0; i < 10; i++ { ch <- i }\n"
    "\tclose(ch)\n"
    "\t<-done\n"
    "\tvar b strings.Builder\n"
    "\tb.WriteString(\"hi\")\n"
    "\tfmt.Println(len(m), f(), f(), b.String(), P{1, \"x\"}, []any{1, \"a\", nil})\n"
    "}\n";

static const char prog_bad[] = "package main\n"
                               "import (\"fmt\"; \"strings\")\n"
                               "type T struct{ x int }\n"
                               "func main() {\n"
                               "\tvar b strings.Builder\n"
                               "\tfmt.Println([]T{{1}}, b.String())\n"
                               "\tvar zz int = 1.5\n"
                               "\t_ = zz\n"
                               "}\n";

static const char want_out[] = "sum 45\n20 4 5 hi 1x [1 a <nil>]\n";

typedef struct capture {
    char out[256];
    size_t n;
} capture;

static void cap_write(void *user, int fd, const char *buf, size_t len) {
    capture *c = user;
    if (fd != 1) return;
    if (c->n + len >= sizeof c->out) len = sizeof c->out - 1 - c->n;
    memcpy(c->out + c->n, buf, len);
    c->n += len;
    c->out[c->n] = 0;
}

/* Returns 0 on success, else prints why and returns 1. */
static int one(int i) {
    capture cap = {{0}, 0};
    mg_options opt;
    mg_options_init(&opt);
    opt.write = cap_write;
    opt.write_user = &cap;
    mg_vm *vm = mg_vm_new(&opt);
    int rc = 0;
    if (i % 3 == 0) {
        if (mg_load_string(vm, "bad.mg", prog_bad, sizeof prog_bad - 1) != MG_ERR_COMPILE) {
            printf("FAIL: bad.mg compiled\n");
            rc = 1;
        }
    } else if (mg_load_string(vm, "ok.mg", prog_ok, sizeof prog_ok - 1) != MG_OK) {
        printf("FAIL: ok.mg: %s\n", mg_error(vm));
        rc = 1;
    } else if (i % 3 == 1) {
        int st = mg_run_main(vm);
        if (st != 0 || strcmp(cap.out, want_out) != 0) {
            printf("FAIL: run %d: status %d, output %s", i, st, cap.out);
            rc = 1;
        }
    }
    mg_vm_free(vm);
    return rc;
}

int main(void) {
    /* warm up: one-time process tables (universe, interned names, rtypes) */
    for (int i = 0; i < 6; i++)
        if (one(i)) return 1;
    GC_gcollect();
    size_t before = GC_get_memory_use();
    for (int i = 0; i < 300; i++)
        if (one(i)) return 1;
    GC_gcollect();
    GC_gcollect();
    size_t after = GC_get_memory_use();
    if (after > before + LIMIT_BYTES) {
        printf("FAIL: GC heap in use grew from %zu KB to %zu KB over 300 builds\n", before >> 10,
               after >> 10);
        return 1;
    }
    return 0;
}
