/* test_embed_hosttyped.c - the typed host accessors (mg_host_arg_int/_float/_bool/
 * _string, mg_host_return_int/_float/_bool/_string): they must agree with the handle
 * calls they stand for (mg_to_int(mg_host_arg(..)), mg_host_return of an mg_new_*)
 * on both their fast cases (the exact Go type) and the rest (named and sized types,
 * interfaces, mismatched kinds, out-of-range indexes, range errors), and mixing them
 * with mg_host_arg on one call, more than eight parameters included, must work.
 */
#include <stdio.h>
#include <string.h>

#include "embed_test.h"
#include "minigo.h"
#include "unit_check.h"

/* Scalars(int, float64, bool, string) (int, float64, bool, string): each doubled */
static void h_scalars(mg_hostcall *c) {
    size_t n = 99;
    const char *s = mg_host_arg_string(c, 3, &n);
    char buf[64];
    snprintf(buf, sizeof buf, "%.*s%.*s", (int)n, s, (int)n, s);
    CHECK(mg_host_return_int(c, 0, 2 * mg_host_arg_int(c, 0)) == MG_OK, "int");
    CHECK(mg_host_return_float(c, 1, 2 * mg_host_arg_float(c, 1)) == MG_OK, "float");
    CHECK(mg_host_return_bool(c, 2, !mg_host_arg_bool(c, 2)) == MG_OK, "bool");
    CHECK(mg_host_return_string(c, 3, buf, strlen(buf)) == MG_OK, "string");
    /* the same argument through its handle too */
    CHECK(mg_to_int(mg_host_arg(c, 0)) == mg_host_arg_int(c, 0), "handle and typed agree");
    /* out of range and mismatched kinds: what the handle calls give */
    CHECK(mg_host_arg_int(c, 4) == 0 && mg_host_arg_int(c, -1) == 0, "arg out of range");
    CHECK(mg_host_arg_string(c, 0, &n) == NULL && mg_host_arg_string(c, 9, NULL) == NULL,
          "not a string");
    CHECK(mg_host_arg_bool(c, 0) == 0 && mg_host_arg_int(c, 3) == 0, "mismatched kinds");
    CHECK(mg_host_arg_float(c, 0) == (double)mg_host_arg_int(c, 0), "int as float");
    CHECK(mg_host_return_int(c, 3, 1) == MG_ERR_STATE, "an int for a string result");
    CHECK(mg_host_return_string(c, 0, "x", 1) == MG_ERR_STATE, "a string for an int result");
    CHECK(mg_host_return_int(c, 4, 1) == MG_ERR_STATE &&
              mg_host_return_bool(c, -1, 1) == MG_ERR_STATE,
          "result out of range");
}

/* Sized(int8, uint16, float32, int32, any) (int8, uint, float32, any): sized types
 * (int8 and int32 read straight, int8 results range-checked) and the cases the fast
 * paths leave to the handles */
static void h_sized(mg_hostcall *c) {
    long long a = mg_host_arg_int(c, 0), b = mg_host_arg_int(c, 1), d = mg_host_arg_int(c, 3);
    long long e = mg_host_arg_int(c, 4); /* an interface holding an int */
    double f = mg_host_arg_float(c, 2);
    CHECK(mg_host_return_int(c, 0, 300) == MG_ERR_STATE, "300 overflows int8");
    CHECK(mg_host_return_int(c, 0, a - 1) == MG_OK, "int8");
    CHECK(mg_host_return_int(c, 1, -1) == MG_ERR_STATE, "-1 overflows uint");
    CHECK(mg_host_return_int(c, 1, b + d + e) == MG_OK, "uint");
    CHECK(mg_host_return_float(c, 2, f / 2) == MG_OK, "float32");
    CHECK(mg_host_return_string(c, 3, "dyn", 3) == MG_OK, "string in any");
}

/* Many(10 ints) int: a sum, half of it through handles (more than eight parameters) */
static void h_many(mg_hostcall *c) {
    long long s = 0;
    for (int i = 0; i < mg_host_nargs(c); i++)
        s += i % 2 ? mg_to_int(mg_host_arg(c, i)) : mg_host_arg_int(c, i);
    mg_host_return_int(c, 0, s);
}

/* Sub(string) string: the bytes of a substring (not NUL-terminated), uppercased */
static void h_sub(mg_hostcall *c) {
    size_t n;
    const char *s = mg_host_arg_string(c, 0, &n);
    char buf[64];
    CHECK(n < sizeof buf, "short");
    for (size_t i = 0; i < n; i++)
        buf[i] = s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 32) : s[i];
    mg_host_return_string(c, 0, buf, n);
}

static const char prog[] = "package main\n"
                           "import (\n\t\"fmt\"\n\t\"h\"\n)\n"
                           "func main() {\n"
                           "\tfmt.Println(h.Scalars(21, 1.25, false, \"ab\"))\n"
                           "\tfmt.Println(h.Scalars(-4, -0.5, true, \"\"))\n"
                           "\ta, b, f, d := h.Sized(-8, 65535, 3, 5, 7)\n"
                           "\tfmt.Printf(\"%T %v %T %v %T %v %T %v\\n\", a, a, b, b, f, f, d, d)\n"
                           "\tfmt.Println(h.Many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))\n"
                           "\tx := \"hello, world\"\n"
                           "\tfmt.Println(h.Sub(x[7:10]), h.Sub(x[:0]))\n"
                           "}\n";

static const char want[] = "42 2.5 true abab\n"
                           "-8 -1 false \n"
                           "int8 -9 uint 65547 float32 1.5 string dyn\n"
                           "55\n"
                           "WOR \n";

int main(void) {
    static const mg_host_entry entries[] = {
        {"Scalars", "func(int, float64, bool, string) (int, float64, bool, string)", h_scalars,
         NULL, 0},
        {"Sized", "func(int8, uint16, float32, int32, any) (int8, uint, float32, any)", h_sized,
         NULL, 0},
        {"Many", "func(int, int, int, int, int, int, int, int, int, int) int", h_many, NULL, 0},
        {"Sub", "func(string) string", h_sub, NULL, 0},
    };
    for (int procs = 1; procs <= 2; procs++) {
        capture cap;
        mg_options opt;
        mg_options_init(&opt);
        opt.gomaxprocs = procs;
        mg_vm *vm = new_vm(&cap, &opt);
        CHECK(mg_register_package(vm, "h", entries, 4) == MG_OK, "register: %s", mg_error(vm));
        CHECK(mg_load_string(vm, "prog.mg", prog, sizeof prog - 1) == MG_OK, "load: %s",
              mg_error(vm));
        int code = -1;
        mg_status st = mg_run(vm, &code);
        CHECK(st == MG_OK && code == 0, "P=%d: status %d exit %d: %s", procs, st, code, cap.err);
        CHECK(strcmp(cap.out, want) == 0, "P=%d: stdout\n%s", procs, cap.out);
        mg_vm_free(vm);
    }
    if (failures == 0) printf("ok\n");
    return failures != 0;
}
