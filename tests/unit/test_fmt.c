/* test_fmt.c - unit test of package fmt's natives (stdlib/fmt.c, fmt_value.c)
 * on hand-built rtypes and values, without the compiler. Every expected
 * string was produced by Go 1.19 (`go run`) on the same operands.
 *
 * Methods are native mg_funcs, which fmt calls directly, so mg_native_call is
 * never reached; the VM services fmt needs are weak stubs here, overridden by
 * the real ones when the whole library is linked in.
 */
#define GC_THREADS 1
#include <gc.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "stdlib/fmt.h"
#include "stdlib/natives.h"
#include "vm/map.h"
#include "vm/object.h"

extern const mg_native_entry mg_natives_fmt[];

/* ---------- weak stubs of VM services ---------- */
__attribute__((weak)) bool mg_native_call(mg_ncall *c, mg_closure *fn, const mg_word *args,
                                          int nargs, mg_word *res, int nres) {
    fn->fn->native(c, (mg_word *)args, res);
    return true;
}
__attribute__((weak)) void mg_native_write(mg_ncall *c, int fd, const void *buf, size_t len) {
    fwrite(buf, 1, len, fd == 2 ? stderr : stdout);
}
__attribute__((weak)) void mg_native_panic_string(mg_ncall *c, const char *s) {
    fprintf(stderr, "panic: %s\n", s);
}

/* ---------- rtypes ---------- */
#define RT(var, ...) static mg_rtype var = {__VA_ARGS__, .self_itab = {.type = &var}}

RT(t_bool, .kind = MK_BOOL, .words = 1, .name = "bool", .comparable = true);
RT(t_int, .kind = MK_INT, .words = 1, .name = "int", .comparable = true);
RT(t_int8, .kind = MK_INT8, .words = 1, .name = "int8", .comparable = true);
RT(t_int16, .kind = MK_INT16, .words = 1, .name = "int16", .comparable = true);
RT(t_int32, .kind = MK_INT32, .words = 1, .name = "int32", .comparable = true);
RT(t_int64, .kind = MK_INT64, .words = 1, .name = "int64", .comparable = true);
RT(t_uint8, .kind = MK_UINT8, .words = 1, .name = "uint8", .comparable = true);
RT(t_uint16, .kind = MK_UINT16, .words = 1, .name = "uint16", .comparable = true);
RT(t_uint32, .kind = MK_UINT32, .words = 1, .name = "uint32", .comparable = true);
RT(t_uint64, .kind = MK_UINT64, .words = 1, .name = "uint64", .comparable = true);
RT(t_float32, .kind = MK_FLOAT32, .words = 1, .name = "float32", .comparable = true);
RT(t_float64, .kind = MK_FLOAT64, .words = 1, .name = "float64", .comparable = true);
RT(t_string, .kind = MK_STRING, .words = 2, .name = "string", .comparable = true, .pointers = true);
RT(t_any, .kind = MK_INTERFACE, .words = 2, .name = "interface {}", .comparable = true,
   .pointers = true);

static const mg_rfield point_fields[] = {
    {"X", &t_int, 0, false, true},
    {"Y", &t_int, 1, false, true},
};
RT(t_point, .kind = MK_STRUCT, .words = 2, .name = "main.Point", .pkgpath = "main", .named = true,
   .comparable = true, .fields = point_fields, .nfields = 2);
RT(t_ptr_point, .kind = MK_POINTER, .words = 1, .name = "*main.Point", .elem = &t_point,
   .comparable = true, .pointers = true);
RT(t_slice_int, .kind = MK_SLICE, .words = 3, .name = "[]int", .elem = &t_int, .pointers = true);
RT(t_slice_byte, .kind = MK_SLICE, .words = 3, .name = "[]uint8", .elem = &t_uint8,
   .pointers = true);
RT(t_slice_any, .kind = MK_SLICE, .words = 3, .name = "[]interface {}", .elem = &t_any,
   .pointers = true);
RT(t_arr_bool3, .kind = MK_ARRAY, .words = 1, .name = "[3]bool", .elem = &t_bool, .len = 3,
   .comparable = true);
RT(t_map_si, .kind = MK_MAP, .words = 1, .name = "map[string]int", .key = &t_string, .elem = &t_int,
   .pointers = true);
RT(t_map_is, .kind = MK_MAP, .words = 1, .name = "map[int]string", .key = &t_int, .elem = &t_string,
   .pointers = true);
RT(t_map_sb, .kind = MK_MAP, .words = 1, .name = "map[string]bool", .key = &t_string,
   .elem = &t_bool, .pointers = true);

static const mg_rfield ab_fields[] = {
    {"A", &t_int, 0, false, true},
    {"B", &t_string, 1, false, true},
};
RT(t_ab, .kind = MK_STRUCT, .words = 3, .name = "struct { A int; B string }", .comparable = true,
   .fields = ab_fields, .nfields = 2, .pointers = true);

/* type Celsius float64; func (c Celsius) String() string { return Sprintf("%.1f°C", c) } */
static void celsius_string(mg_ncall *c, mg_word *args, mg_word *res) {
    char buf[64];
    int n = snprintf(buf, sizeof buf,
                     "%.1f\xc2\xb0"
                     "C",
                     args[0].f);
    mg_string s = mg_str_from_bytes(buf, (size_t)n);
    res[0].p = (void *)s.ptr;
    res[1].i = s.len;
}
static mg_func celsius_string_fn = {
    .name = "main.Celsius.String", .native = celsius_string, .param_words = 1, .result_words = 2};
static const mg_rmethod celsius_methods[] = {{"String", &celsius_string_fn, NULL, false}};
RT(t_celsius, .kind = MK_FLOAT64, .words = 1, .name = "main.Celsius", .pkgpath = "main",
   .named = true, .comparable = true, .methods = celsius_methods, .nmethods = 1);
RT(t_slice_celsius, .kind = MK_SLICE, .words = 3, .name = "[]main.Celsius", .elem = &t_celsius,
   .pointers = true);
static const mg_rfield w_fields[] = {
    {"c", &t_celsius, 0, false, false},
    {"C", &t_celsius, 1, false, true},
};
RT(t_w, .kind = MK_STRUCT, .words = 2, .name = "main.W", .pkgpath = "main", .named = true,
   .comparable = true, .fields = w_fields, .nfields = 2);

/* type E string; func (e E) Error() string { return string(e) } */
static void e_error(mg_ncall *c, mg_word *args, mg_word *res) {
    const mg_word *w = args[0].p; /* a 2-word receiver arrives boxed */
    res[0] = w[0];
    res[1] = w[1];
}
static mg_func e_error_fn = {
    .name = "main.E.Error", .native = e_error, .param_words = 1, .result_words = 2};
static const mg_rmethod e_methods[] = {{"Error", &e_error_fn, NULL, false}};
RT(t_e, .kind = MK_STRING, .words = 2, .name = "main.E", .pkgpath = "main", .named = true,
   .comparable = true, .pointers = true, .methods = e_methods, .nmethods = 1);

/* ---------- values ---------- */
static mg_iface I(mg_rtype *t, int64_t v) {
    return (mg_iface){&t->self_itab, {.i = v}};
}
static mg_iface F(mg_rtype *t, double v) {
    return (mg_iface){&t->self_itab, {.f = v}};
}
static mg_iface NIL(void) {
    return (mg_iface){NULL, {0}};
}

/* A multi-word value boxed for an interface. */
static mg_iface BOX(mg_rtype *t, const mg_word *w) {
    if (t->words == 1) return (mg_iface){&t->self_itab, w[0]}; /* held directly */
    mg_word *b = mg_alloc((size_t)t->words * sizeof(mg_word) + 8);
    memcpy(b, w, (size_t)t->words * sizeof(mg_word));
    return (mg_iface){&t->self_itab, {.p = b}};
}
static mg_string cstr(const char *s) {
    return mg_str_from_bytes(s, strlen(s));
}
static mg_iface S(const char *s) {
    mg_string str = cstr(s);
    mg_word w[2] = {{.p = (void *)str.ptr}, {.i = str.len}};
    return BOX(&t_string, w);
}
/* A slice of t's elements from one-word values (ints, bytes, floats...); packed element
 * kinds are stored packed (vm/value.h). */
static mg_iface SLICE(mg_rtype *t, int n, const mg_word *elems) {
    mg_word w[3] = {{.p = NULL}, {.i = n}, {.i = n}};
    int ps = mg_packed_size(t->elem->kind);
    if (n >= 0 && ps) {
        w[0].p = mg_alloc((size_t)(n * ps + 1));
        for (int i = 0; i < n; i++)
            mg_packed_store((uint8_t *)w[0].p + i * ps, ps, elems[i].u);
    } else if (n >= 0) {
        int ew = t->elem->words;
        w[0].p = mg_alloc((size_t)(n * ew + 1) * sizeof(mg_word));
        memcpy(w[0].p, elems, (size_t)(n * ew) * sizeof(mg_word));
    } else {
        w[1].i = w[2].i = 0; /* nil slice */
    }
    return BOX(t, w);
}
static mg_iface BYTES(const char *s, int n) {
    mg_word e[64];
    for (int i = 0; i < n; i++)
        e[i].u = (uint8_t)s[i];
    return SLICE(&t_slice_byte, n, e);
}
static mg_iface POINT(int x, int y) {
    mg_word w[2] = {{.i = x}, {.i = y}};
    return BOX(&t_point, w);
}
static mg_iface PPOINT(int x, int y) {
    mg_word *w = mg_alloc(2 * sizeof(mg_word));
    w[0].i = x;
    w[1].i = y;
    return (mg_iface){&t_ptr_point.self_itab, {.p = w}};
}

/* ---------- calling the natives ---------- */
static mg_native_fn native(const char *name) {
    for (const mg_native_entry *e = mg_natives_fmt; e->name; e++)
        if (strcmp(e->name, name) == 0) return e->fn;
    fprintf(stderr, "no native %s\n", name);
    return NULL;
}

static int failures, checks;
static mg_ncall *const fake_call = (mg_ncall *)&checks; /* never dereferenced by fmt */

static const char *call_fmt(const char *name, const char *format, mg_iface *a, int n) {
    mg_word args[6], res[5];
    int k = 0;
    args[k++].p = NULL; /* no fmt.callMethod: the methods here are natives */
    if (format) {
        mg_string f = cstr(format);
        args[k++].p = (void *)f.ptr;
        args[k++].i = f.len;
    }
    args[k++].p = a;
    args[k++].i = n;
    args[k++].i = n;
    native(name)(fake_call, args, res);
    mg_string s = {res[0].p, res[1].i};
    return mg_str_to_c(s);
}

static void check(int line, const char *got, const char *want) {
    checks++;
    if (strcmp(got, want) != 0) {
        failures++;
        printf("test_fmt.c:%d:\n  got  %s\n  want %s\n", line, got, want);
    }
}

#define ARGS(...)                                                                                  \
    (mg_iface[]){__VA_ARGS__}, (int)(sizeof((mg_iface[]){__VA_ARGS__}) / sizeof(mg_iface))
#define SPRINTF(want, f, ...) check(__LINE__, call_fmt("fmt.doSprintf", f, ARGS(__VA_ARGS__)), want)
#define SPRINT(want, ...)     check(__LINE__, call_fmt("fmt.doSprint", NULL, ARGS(__VA_ARGS__)), want)
#define SPRINTLN(want, ...)                                                                        \
    check(__LINE__, call_fmt("fmt.doSprintln", NULL, ARGS(__VA_ARGS__)), want)

static mg_iface MAP_SI(const char **keys, const int *vals, int n) {
    mg_map *m = mg_map_new(&t_string, &t_int, n);
    for (int i = 0; i < n; i++) {
        mg_string s = cstr(keys[i]);
        mg_word k[2] = {{.p = (void *)s.ptr}, {.i = s.len}};
        const mg_rtype *bad = NULL;
        mg_map_set(m, k, &bad)->i = vals[i];
    }
    return (mg_iface){&t_map_si.self_itab, {.p = m}};
}

int main(void) {
    GC_INIT();
    SPRINTF("42|   42|42   |-0042|ff|FF|10|101|+7|0xff|0o10",
            "%d|%5d|%-5d|%05d|%x|%X|%o|%b|%+d|%#x|%O", I(&t_int, 42), I(&t_int, 42), I(&t_int, 42),
            I(&t_int, -42), I(&t_int, 255), I(&t_int, 255), I(&t_int, 8), I(&t_int, 5),
            I(&t_int, 7), I(&t_int, 255), I(&t_int, 8));
    SPRINTF("h\xc3\xa9llo|\"a\\\"b\\n\"|        hi|hi        |h\xc3\xa9|6869|68 69|`x`",
            "%s|%q|%10s|%-10s|%.2s|%x|% X|%#q", S("h\xc3\xa9llo"), S("a\"b\n"), S("hi"), S("hi"),
            S("h\xc3\xa9llo"), S("hi"), S("hi"), S("x"));
    SPRINT("1 2ab3 4.5", I(&t_int, 1), I(&t_int, 2), S("a"), S("b"), I(&t_int, 3),
           F(&t_float64, 4.5));
    SPRINTLN("x 1 true <nil>\n", S("x"), I(&t_int, 1), I(&t_bool, 1), NIL());
    SPRINTF("{1 2} {X:1 Y:2} main.Point{X:1, Y:2} &{3 4} *main.Point", "%v %+v %#v %v %T",
            POINT(1, 2), POINT(1, 2), POINT(1, 2), PPOINT(3, 4), PPOINT(0, 0));
    {
        mg_word e[] = {{.i = 1}, {.i = 2}, {.i = 3}};
        SPRINTF("[1 2 3] [] []int{1, 2} []int(nil) [4 5]", "%v %v %#v %#v %d",
                SLICE(&t_slice_int, 3, e), SLICE(&t_slice_int, -1, NULL), SLICE(&t_slice_int, 2, e),
                SLICE(&t_slice_int, -1, NULL),
                SLICE(&t_slice_int, 2, (mg_word[]){{.i = 4}, {.i = 5}}));
    }
    {
        const char *keys[] = {"b", "a", "c"};
        const int vals[] = {2, 1, 3};
        mg_map *m = mg_map_new(&t_int, &t_string, 3);
        const char *sv[] = {"c", "a", "b"};
        const int iv[] = {3, 1, 2};
        for (int i = 0; i < 3; i++) {
            mg_word k = {.i = iv[i]};
            const mg_rtype *bad = NULL;
            mg_word *v = mg_map_set(m, &k, &bad);
            mg_string s = cstr(sv[i]);
            v[0].p = (void *)s.ptr;
            v[1].i = s.len;
        }
        SPRINT("map[a:1 b:2 c:3] map[1:a 2:b 3:c] map[]", MAP_SI(keys, vals, 3),
               ((mg_iface){&t_map_is.self_itab, {.p = m}}),
               ((mg_iface){&t_map_si.self_itab, {.p = NULL}}));
        const char *k1[] = {"k"};
        const int v1[] = {1};
        mg_iface mb = MAP_SI(k1, v1, 1);
        mb.tab = &t_map_sb.self_itab; /* same layout: one-word values */
        SPRINTF("000ab|\"h\"|\"h\\u00e9llo\"|\"a\\x01\"|120|map[string]bool{\"k\":true}",
                "%05s|%.1q|%+q|%#v|%#v|%#v", S("ab"), S("h\xc3\xa9llo"), S("h\xc3\xa9llo"),
                S("a\x01"), I(&t_int32, 'x'), mb);
    }
    SPRINTLN("3.14 1e+21 1e-05 0.0001 100000 +Inf NaN -0.5 0.1\n", F(&t_float64, 3.14),
             F(&t_float64, 1e21), F(&t_float64, 1e-05), F(&t_float64, 0.0001),
             F(&t_float64, 100000.0), F(&t_float64, INFINITY), F(&t_float64, NAN),
             F(&t_float64, -0.5), F(&t_float32, (double)0.1f));
    SPRINTF("  3.14|1.234568e+03|1e-07|-003.142|+1.2e+04|1E+21|3.14|2.50    |1.00000| 1.500000",
            "%6.2f|%e|%g|%08.3f|%+.1e|%G|%.3g|%-8.2f|%#g|% f", F(&t_float64, 3.14159),
            F(&t_float64, 1234.5678), F(&t_float64, 1e-7), F(&t_float64, -3.14159),
            F(&t_float64, 12345.0), F(&t_float64, 1e21), F(&t_float64, 3.14159), F(&t_float64, 2.5),
            F(&t_float64, 1.0), F(&t_float64, 1.5));
    {
        mg_word cs[] = {{.f = 1}, {.f = 2}};
        mg_word w[] = {{.f = 3}, {.f = 4}};
        SPRINT("21.5\xc2\xb0"
               "C [1.0\xc2\xb0"
               "C 2.0\xc2\xb0"
               "C] {3 4.0\xc2\xb0"
               "C}",
               F(&t_celsius, 21.5), SLICE(&t_slice_celsius, 2, cs), BOX(&t_w, w));
    }
    SPRINTF("1.5\xc2\xb0"
            "C|2.5\xc2\xb0"
            "C|%!d(main.Celsius=3)|\"4.0\xc2\xb0"
            "C\"",
            "%v|%s|%d|%q", F(&t_celsius, 1.5), F(&t_celsius, 2.5), F(&t_celsius, 3),
            F(&t_celsius, 4));
    SPRINTF("%!d(string=x) %!s(int=5)|1|2 %!d(<nil>)|%!s(MISSING)|%!!(MISSING)|%!z(MISSING)",
            "%d %s|%d|%d %d|%s|%!|%z", S("x"), I(&t_int, 5), I(&t_int, 1), I(&t_int, 2), NIL());
    SPRINTF("A|U+1F600|U+0078 'x'|'\xc3\xa9'|true|float64|string|<nil>|false|'\\n'",
            "%c|%U|%#U|%q|%t|%T|%T|%T|%5t|%q", I(&t_int32, 'A'), I(&t_int, 0x1F600),
            I(&t_int32, 'x'), I(&t_int32, 0xe9), I(&t_bool, 1), F(&t_float64, 1.5), S("s"), NIL(),
            I(&t_bool, 0), I(&t_int32, '\n'));
    SPRINTF("hi|6869|\"a\\tb\"|[104 105]|01 ab|FF", "%s|%x|%q|%v|% x|%X", BYTES("hi", 2),
            BYTES("hi", 2), BYTES("a\tb", 3), BYTES("hi", 2), BYTES("\x01\xab", 2),
            BYTES("\xff", 1));
    SPRINTF("    1|2   |3.14|1 5|%!f(int=   5)|2", "%*d|%-*d|%.*f|%[2]d %[1]d|%[3]*.[2]*[1]f|%[5]d",
            I(&t_int, 5), I(&t_int, 1), I(&t_int, 4), I(&t_int, 2), I(&t_int, 2),
            F(&t_float64, 3.14159), I(&t_int, 8), I(&t_int, 3), I(&t_int, 2), I(&t_int, 7));
    SPRINT("200 -5 18446744073709551615 -9223372036854775808 -300", I(&t_uint8, 200),
           I(&t_int8, -5), I(&t_uint64, -1), I(&t_int64, INT64_MIN), I(&t_int16, -300));
    SPRINTF("65535|-1|010|00000101|b2d05e00|007|+007| 7||  z|'y' ",
            "%v|%x|%#o|%08b|%x|%.3d|%+.3d|% d|%.0d|%3c|%-4q", I(&t_uint16, 65535), I(&t_int, -1),
            I(&t_int, 8), I(&t_int, 5), I(&t_uint32, 3000000000), I(&t_int, 7), I(&t_int, 7),
            I(&t_int, 7), I(&t_int, 0), I(&t_int32, 'z'), I(&t_int32, 'y'));
    {
        mg_iface s1 = S("a");
        mg_word anys[] = {
            {.p = &t_int.self_itab}, {.i = 1}, {.p = s1.tab}, s1.data, {.p = NULL}, {.p = NULL}};
        mg_iface a3 = SLICE(&t_slice_any, 3, anys), a2 = SLICE(&t_slice_any, 2, anys);
        mg_word bools[] = {{.u = 1}}; /* [3]bool{true, false, false}, packed in one word */
        mg_iface ab = S("x");
        mg_word abw[] = {{.i = 1}, ((mg_word *)ab.data.p)[0], ((mg_word *)ab.data.p)[1]};
        SPRINTF("[1 a <nil>] [1 %!d(string=a)] [true false false] {A:1 B:x}", "%v %d %v %+v", a3,
                a2, BOX(&t_arr_bool3, bools), BOX(&t_ab, abw));
    }
    SPRINTF("   3.1|ab     |0000042|  68656c", "%6.2v|%-7v|%07v|%8.3x", F(&t_float64, 3.14159),
            S("ab"), I(&t_int, 42), S("hello"));
    SPRINTF("3.4|1.00|1e+100|  0.0|0.000000e+00", "%v|%.2f|%v|%5.1f|%e",
            F(&t_float32, (double)3.4f), F(&t_float32, (double)1.005f), F(&t_float64, 1e100),
            F(&t_float64, 0.0), F(&t_float64, 0.0));
    {
        /* errorf: Sprintf accepting %w, plus the sorted indexes of the %w operands */
        mg_iface e1 = S("E1"), e2 = S("E2");
        e1.tab = e2.tab = &t_e.self_itab;
        mg_iface a[] = {e1, e2, I(&t_int, 3)};
        mg_string f = cstr("x %[2]w %[1]w %[3]w %d");
        mg_word args[6] = {{.p = NULL}, {.p = (void *)f.ptr}, {.i = f.len}, {.p = a}, {.i = 3},
                           {.i = 3}};
        mg_word res[5];
        native("fmt.errorf")(fake_call, args, res);
        check(__LINE__, mg_str_to_c((mg_string){res[0].p, res[1].i}),
              "x E2 E1 %!w(int=3) %!d(MISSING)");
        mg_word *idx = res[2].p;
        char got[64];
        snprintf(got, sizeof got, "%lld:%lld,%lld,%lld", (long long)res[3].i, (long long)idx[0].i,
                 (long long)idx[1].i, (long long)idx[2].i);
        check(__LINE__, got, "3:0,1,2");
        SPRINTF("%!w(main.E=E1)|E2", "%w|%v", e1, e2);
    }
    {
        /* mg_fmt_value, as the VM's panic printer uses it */
        mg_word w[2] = {{.i = 1}, {.i = 2}};
        char *out;
        mg_fmt_value(fake_call, &out, &t_point, w, '#');
        check(__LINE__, out, "main.Point{X:1, Y:2}");
        mg_fmt_value(NULL, &out, &t_point, w, 'v');
        check(__LINE__, out, "{1 2}");
    }
    printf("test_fmt: %d checks, %d failed\n", checks, failures);
    return failures != 0;
}
