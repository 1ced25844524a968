/* test_embed_call.c - a host calls minigo functions by name (mg_call): arguments of
 * every kind converted to the parameters' types (and refused when they do not fit),
 * results read through the accessors, package initialisation once and package variables
 * kept between calls, typed handles passed back in and kept alive across collections
 * until released, panics and deadlocks returned as errors with Go's report (and not
 * printed), os.Exit inside a call, and main run after calls without initialising twice.
 */
#include "vm/gc_glue.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "embed_test.h"
#include "minigo.h"
#include "unit_check.h"

static const char prog[] =
    "package main\n"
    "import (\"errors\"; \"fmt\"; \"os\")\n"
    "type Point struct { X, Y int; Name string }\n"
    "var calls int\n"
    "func init() { calls = 100 }\n"
    "func Add(a int, b int8) int { calls++; return a + int(b) }\n"
    "func Calls() int { return calls }\n"
    "func Scale(f float64, p Point) (Point, float32) { return Point{p.X * int(f), p.Y * int(f), "
    "p.Name + \"!\"}, float32(f) / 4 }\n"
    "func Sum(xs []int, u uint16) int { s := int(u); for _, x := range xs { s += x }; return s }\n"
    "func NewPoint(x, y int) *Point { return &Point{x, y, \"p\"} }\n"
    "func Norm(p *Point) int { return p.X*p.X + p.Y*p.Y }\n"
    "func Mid() *[3]byte { s := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}; return "
    "(*[3]byte)(s[5:8]) "
    "}\n"
    "func Same(a [3]byte) bool { return a == [3]byte{6, 7, 8} }\n"
    "func Div(a, b int) (int, error) { if b == 0 { return 0, errors.New(\"division by zero\") }; "
    "return a / b, nil }\n"
    "func Boom(s string) { panic(\"boom: \" + s) }\n"
    "func Index(xs []int, i int) int { return xs[i] }\n"
    "func Words(n int) map[string]int { m := map[string]int{}; for i := 0; i < n; i++ { "
    "m[fmt.Sprint(\"w\", i)] = i * i }; return m }\n"
    "func Count(m map[string]int) int { s := 0; for _, v := range m { s += v }; return s }\n"
    "func Desc(v any, ok bool, a [2]string) string { return fmt.Sprint(v, ok, a) }\n"
    "func Spawn(n int) int { ch := make(chan int); for i := 0; i < n; i++ { go func(i int) { ch <- "
    "i "
    "}(i) }; s := 0; for i := 0; i < n; i++ { s += <-ch }; return s }\n"
    "func Hang() { ch := make(chan int); <-ch }\n"
    "func Quit() { os.Exit(4) }\n"
    "func main() { fmt.Println(\"main\", calls) }\n";

static mg_vm *vm;
static capture cap;

/* mg_call with up to 4 arguments that are released afterwards. */
static mg_status call(const char *name, int nres, mg_value **res, int nargs, ...) {
    mg_value *args[4];
    va_list ap;
    va_start(ap, nargs);
    for (int i = 0; i < nargs; i++)
        args[i] = va_arg(ap, mg_value *);
    va_end(ap);
    mg_status st = mg_call(vm, name, nargs, args, nres, res);
    for (int i = 0; i < nargs; i++)
        mg_release(args[i]);
    return st;
}

static void release_all(mg_value **v, int n) {
    for (int i = 0; i < n; i++)
        mg_release(v[i]);
}

static void test_scalars(void) {
    mg_value *r[2];
    CHECK(call("Add", 1, r, 2, mg_new_int(vm, 40), mg_new_int(vm, 2)) == MG_OK, "Add: %s",
          mg_error(vm));
    CHECK(mg_kind_of(r[0]) == MG_INT && mg_to_int(r[0]) == 42, "Add: %lld", mg_to_int(r[0]));
    CHECK(strcmp(mg_type_name(r[0]), "int") == 0, "Add type %s", mg_type_name(r[0]));
    mg_release(r[0]);
    CHECK(call("Calls", 1, r, 0) == MG_OK && mg_to_int(r[0]) == 101,
          "init once, variables kept: %lld", mg_to_int(r[0]));
    mg_release(r[0]);
    /* refused conversions */
    CHECK(call("Add", 1, r, 2, mg_new_int(vm, 1), mg_new_int(vm, 300)) == MG_ERR_STATE &&
              strstr(mg_error(vm), "argument 2: 300 overflows int8"),
          "overflow: %s", mg_error(vm));
    CHECK(call("Add", 1, r, 2, mg_new_int(vm, 1), mg_new_string(vm, "x", 1)) == MG_ERR_STATE &&
              strstr(mg_error(vm), "cannot use untyped string as int8"),
          "string for int8: %s", mg_error(vm));
    CHECK(call("Add", 1, r, 1, mg_new_int(vm, 1)) == MG_ERR_STATE &&
              strstr(mg_error(vm), "takes 2 arguments, not 1"),
          "arity: %s", mg_error(vm));
    CHECK(call("Nope", 0, r, 0) == MG_ERR_STATE && strstr(mg_error(vm), "no function main.Nope"),
          "unknown: %s", mg_error(vm));
    CHECK(call("Sum", 1, r, 2, mg_new_list(vm, 0, NULL), mg_new_int(vm, -1)) == MG_ERR_STATE &&
              strstr(mg_error(vm), "-1 overflows uint16"),
          "negative uint: %s", mg_error(vm));
}

static void test_composites(void) {
    mg_value *r[2];
    mg_value *items[3] = {mg_new_int(vm, 1), mg_new_int(vm, 2), mg_new_int(vm, 3)};
    mg_value *list = mg_new_list(vm, 3, items);
    release_all(items, 3);
    CHECK(call("Sum", 1, r, 2, list, mg_new_uint(vm, 10)) == MG_OK && mg_to_int(r[0]) == 16,
          "Sum: %s %lld", mg_error(vm), mg_to_int(r[0]));
    mg_release(r[0]);

    mg_value *keys[3] = {mg_new_string(vm, "X", 1), mg_new_string(vm, "Y", 1),
                         mg_new_string(vm, "Name", 4)};
    mg_value *vals[3] = {mg_new_int(vm, 2), mg_new_int(vm, 5), mg_new_string(vm, "pt", 2)};
    mg_value *dict = mg_new_dict(vm, 3, keys, vals);
    CHECK(call("Scale", 2, r, 2, mg_new_float(vm, 3), mg_retain(dict)) == MG_OK, "Scale: %s",
          mg_error(vm));
    mg_value *x = mg_field(r[0], "X"), *y = mg_field(r[0], "Y"), *nm = mg_field(r[0], "Name");
    size_t len = 0;
    const char *s = mg_to_string(nm, &len);
    CHECK(mg_kind_of(r[0]) == MG_STRUCT && mg_to_int(x) == 6 && mg_to_int(y) == 15 && s &&
              strcmp(s, "pt!") == 0 && len == 3,
          "Scale fields %lld %lld %s", mg_to_int(x), mg_to_int(y), s ? s : "(null)");
    CHECK(mg_kind_of(r[1]) == MG_FLOAT && mg_to_float(r[1]) == 0.75 &&
              strcmp(mg_type_name(r[1]), "float32") == 0,
          "float32 result %g", mg_to_float(r[1]));
    CHECK(mg_field(r[0], "Z") == NULL, "no field Z");
    release_all(r, 2);
    mg_release(x);
    mg_release(y);
    mg_release(nm);

    /* a dict for a pointer to a struct; a typed pointer passed back in */
    CHECK(call("Norm", 1, r, 1, dict) == MG_OK && mg_to_int(r[0]) == 29, "Norm(dict): %s",
          mg_error(vm));
    mg_release(r[0]);
    release_all(keys, 3);
    release_all(vals, 3);
    mg_value *p;
    CHECK(call("NewPoint", 1, &p, 2, mg_new_int(vm, 3), mg_new_int(vm, 4)) == MG_OK &&
              mg_kind_of(p) == MG_POINTER && strcmp(mg_type_name(p), "*main.Point") == 0,
          "NewPoint: %s", mg_error(vm));
    /* the handle keeps the struct alive while the program makes garbage */
    for (int i = 0; i < 3; i++) {
        CHECK(call("Words", 1, r, 1, mg_new_int(vm, 20000)) == MG_OK, "Words: %s", mg_error(vm));
        mg_release(r[0]);
        GC_gcollect();
    }
    mg_value *pv = mg_deref(p);
    mg_value *px = mg_field(p, "X"), *pn = mg_field(pv, "Name");
    CHECK(mg_to_int(px) == 3 && strcmp(mg_to_string(pn, NULL), "p") == 0, "kept alive: %lld",
          mg_to_int(px));
    CHECK(call("Norm", 1, r, 1, mg_retain(p)) == MG_OK && mg_to_int(r[0]) == 25, "Norm(handle): %s",
          mg_error(vm));
    mg_release(r[0]);
    mg_release(px);
    mg_release(pn);
    mg_release(pv);
    mg_release(p);

    /* a pointer into the middle of a packed []byte: the copy holds its 3 bytes only */
    CHECK(call("Mid", 1, &p, 0) == MG_OK && mg_kind_of(p) == MG_POINTER, "Mid: %s", mg_error(vm));
    pv = mg_deref(p);
    mg_value *e2 = mg_index(pv, 2);
    CHECK(pv && mg_len(pv) == 3 && mg_to_int(e2) == 8, "deref of *[3]byte: %lld", mg_to_int(e2));
    CHECK(call("Same", 1, r, 1, mg_retain(pv)) == MG_OK && mg_to_bool(r[0]), "Same: %s",
          mg_error(vm));
    mg_release(r[0]);
    mg_release(e2);
    mg_release(pv);
    mg_release(p);

    /* maps both ways */
    CHECK(call("Words", 1, r, 1, mg_new_int(vm, 4)) == MG_OK && mg_kind_of(r[0]) == MG_MAP &&
              mg_len(r[0]) == 4,
          "Words(4)");
    mg_value *k = mg_new_string(vm, "w3", 2);
    mg_value *v = mg_lookup(r[0], k);
    CHECK(v && mg_to_int(v) == 9, "m[w3] = %lld", mg_to_int(v));
    mg_release(v);
    mg_release(k);
    k = mg_new_string(vm, "zz", 2);
    CHECK(mg_lookup(r[0], k) == NULL, "m[zz] absent");
    mg_release(k);
    mg_value *ks = mg_keys(r[0]);
    long long total = 0;
    for (long long i = 0; i < mg_len(ks); i++) {
        mg_value *ki = mg_index(ks, i), *vi = mg_lookup(r[0], ki);
        total += mg_to_int(vi);
        mg_release(ki);
        mg_release(vi);
    }
    CHECK(mg_len(ks) == 4 && total == 14, "keys: %lld, total %lld", mg_len(ks), total);
    mg_release(ks);
    mg_value *r2;
    CHECK(call("Count", 1, &r2, 1, r[0]) == MG_OK && mg_to_int(r2) == 14, "Count(map handle)");
    mg_release(r2);

    /* interfaces take host values with Go's default types; arrays take lists */
    mg_value *strs[2] = {mg_new_string(vm, "a", 1), mg_new_string(vm, "b", 1)};
    mg_value *arr = mg_new_list(vm, 2, strs);
    mg_status st = call("Desc", 1, r, 3, mg_new_float(vm, 2.5), mg_new_bool(vm, 1), mg_retain(arr));
    CHECK(st == MG_OK && strcmp(mg_to_string(r[0], NULL), "2.5 true [a b]") == 0, "Desc: %s",
          mg_error(vm));
    if (st == MG_OK) mg_release(r[0]);
    st = call("Desc", 1, r, 3, mg_new_int(vm, -7), mg_new_bool(vm, 0), mg_retain(arr));
    CHECK(st == MG_OK && strcmp(mg_to_string(r[0], NULL), "-7 false [a b]") == 0, "Desc: %s",
          mg_error(vm));
    if (st == MG_OK) mg_release(r[0]);
    CHECK(call("Desc", 1, r, 3, mg_new_nil(vm), mg_new_bool(vm, 0), mg_new_list(vm, 1, strs)) ==
                  MG_ERR_STATE &&
              strstr(mg_error(vm), "a list of 1 for [2]string"),
          "array length: %s", mg_error(vm));
    release_all(strs, 2);
    mg_release(arr);
}

static void test_errors_and_panics(void) {
    mg_value *r[2];
    CHECK(call("Div", 2, r, 2, mg_new_int(vm, 7), mg_new_int(vm, 0)) == MG_OK &&
              mg_kind_of(r[1]) == MG_ERROR && strcmp(mg_error_text(r[1]), "division by zero") == 0,
          "Div error: kind %d", mg_kind_of(r[1]));
    release_all(r, 2);
    CHECK(call("Div", 2, r, 2, mg_new_int(vm, 7), mg_new_int(vm, 2)) == MG_OK &&
              mg_to_int(r[0]) == 3 && mg_kind_of(r[1]) == MG_NIL && mg_error_text(r[1]) == NULL,
          "Div ok");
    release_all(r, 2);

    cap.nerr = 0;
    cap.err[0] = 0;
    CHECK(call("Boom", 0, r, 1, mg_new_string(vm, "x", 1)) == MG_ERR_RUNTIME, "Boom status");
    CHECK(strncmp(mg_error(vm), "panic: boom: x\n\ngoroutine 1 [running]:\nmain.Boom(", 47) == 0,
          "Boom report: %s", mg_error(vm));
    mg_value *items[3] = {mg_new_int(vm, 1), mg_new_int(vm, 2), mg_new_int(vm, 3)};
    CHECK(call("Index", 1, r, 2, mg_new_list(vm, 3, items), mg_new_int(vm, 5)) == MG_ERR_RUNTIME &&
              strncmp(mg_error(vm), "panic: runtime error: index out of range [5] with length 3\n",
                      59) == 0,
          "Index report: %s", mg_error(vm));
    release_all(items, 3);
    CHECK(call("Hang", 0, r, 0) == MG_ERR_RUNTIME &&
              strstr(mg_error(vm), "fatal error: all goroutines are asleep - deadlock!"),
          "Hang: %s", mg_error(vm));
    CHECK(call("Quit", 0, r, 0) == MG_ERR_RUNTIME && strstr(mg_error(vm), "os.Exit(4)"), "Quit: %s",
          mg_error(vm));
    CHECK(cap.nerr == 0, "reports of calls are not printed: %s", cap.err);
    /* the VM goes on after all that */
    mg_status st = call("Spawn", 1, r, 1, mg_new_int(vm, 200));
    CHECK(st == MG_OK && mg_to_int(r[0]) == 19900, "Spawn: %d %s", st, mg_error(vm));
    mg_release(r[0]);
}

int main(void) {
    mg_options opt;
    mg_options_init(&opt);
    opt.gomaxprocs = 2;
    vm = new_vm(&cap, &opt);
    CHECK(mg_load_string(vm, "prog.mg", prog, sizeof prog - 1) == MG_OK, "load: %s", mg_error(vm));
    test_scalars();
    test_composites();
    test_errors_and_panics();
    int code = -1;
    mg_status st = mg_run(vm, &code);
    CHECK(st == MG_OK && code == 0 && strcmp(cap.out, "main 101\n") == 0, "main after calls: %d %s",
          st, cap.out);
    mg_vm_free(vm);
    if (failures == 0) printf("ok\n");
    return failures != 0;
}
