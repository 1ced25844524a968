/* test_vm.c - two VMs in one process do not see each other: each runs a
 * program that sets and prints a package-level variable, with an output
 * callback capturing that VM's output; a panic in one does not disturb the
 * other; os.Exit's status comes back from mg_run_main.
 */
#include <stdio.h>
#include <string.h>

#include "minigo.h"

#include "unit_check.h"

typedef struct capture {
    char out[4096], err[4096];
    size_t nout, nerr;
} capture;

static void cap_write(void *user, int fd, const char *buf, size_t len) {
    capture *c = user;
    char *dst = fd == 1 ? c->out : c->err;
    size_t *n = fd == 1 ? &c->nout : &c->nerr;
    if (*n + len >= sizeof c->out) len = sizeof c->out - 1 - *n;
    memcpy(dst + *n, buf, len);
    *n += len;
    dst[*n] = 0;
}

static mg_vm *make_vm(capture *c) {
    mg_options opt;
    mg_options_init(&opt);
    opt.write = cap_write;
    opt.write_user = c;
    return mg_vm_new(&opt);
}

static const char prog_a[] = "package main\n\nimport \"fmt\"\n\nvar g = 1\n\n"
                             "func main() {\n\tg += 10\n\tfmt.Println(\"A\", g)\n}\n";
static const char prog_b[] = "package main\n\nimport \"fmt\"\n\nvar g = 2\n\n"
                             "func main() {\n\tg *= 100\n\tfmt.Println(\"B\", g)\n"
                             "\tvar a []int\n\t_ = a[g]\n}\n";
static const char prog_exit[] = "package main\n\nimport \"os\"\n\nfunc main() {\n\tos.Exit(7)\n}\n";

int main(void) {
    capture ca = {0}, cb = {0}, cc = {0};
    mg_vm *a = make_vm(&ca), *b = make_vm(&cb), *c = make_vm(&cc);
    CHECK(a && b && c, "mg_vm_new");
    CHECK(mg_load_string(a, "a.mg", prog_a, sizeof prog_a - 1) == MG_OK, "load a: %s", mg_error(a));
    CHECK(mg_load_string(b, "b.mg", prog_b, sizeof prog_b - 1) == MG_OK, "load b: %s", mg_error(b));
    CHECK(mg_load_string(c, "c.mg", prog_exit, sizeof prog_exit - 1) == MG_OK, "load c: %s",
          mg_error(c));
    /* interleave: run b first, then a; a must still see its own g */
    int sb = mg_run_main(b);
    int sa = mg_run_main(a);
    int sc = mg_run_main(c);
    CHECK(sa == 0, "a status %d", sa);
    CHECK(strcmp(ca.out, "A 11\n") == 0, "a out %s", ca.out);
    CHECK(ca.nerr == 0, "a err %s", ca.err);
    CHECK(sb == 2, "b status %d", sb);
    CHECK(strcmp(cb.out, "B 200\n") == 0, "b out %s", cb.out);
    CHECK(strncmp(cb.err, "panic: runtime error: index out of range [200] with length 0\n", 61) ==
              0,
          "b err %s", cb.err);
    CHECK(strstr(mg_error(b), "index out of range") != NULL, "b error text %s", mg_error(b));
    CHECK(sc == 7, "os.Exit status %d", sc);
    CHECK(mg_load_string(a, "a.mg", prog_a, sizeof prog_a - 1) == MG_ERR_STATE, "load twice");
    mg_vm_free(a);
    mg_vm_free(b);
    mg_vm_free(c);
    printf("%s\n", failures ? "FAILED" : "ok");
    return failures != 0;
}
