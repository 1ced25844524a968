/* test_object.c - vm/object.c: append growth (Go's caps), copy with overlap,
 * string conversions with Go's UTF-8 rules, equality and hashing by rtype,
 * interface boxing, method lookup. Prints "ok" and exits 0 on success.
 */
#define GC_THREADS 1
#include <gc.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vm/object.h"

static int failures;
#define CHECK(c)                                                                                   \
    do {                                                                                           \
        if (!(c)) {                                                                                \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c);                  \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

static mg_rtype t_int = {.kind = MK_INT, .words = 1, .name = "int", .comparable = true};
static mg_rtype t_u8 = {.kind = MK_UINT8, .words = 1, .name = "uint8", .comparable = true};
static mg_rtype t_f64 = {.kind = MK_FLOAT64, .words = 1, .name = "float64", .comparable = true};
static mg_rtype t_str = {
    .kind = MK_STRING, .words = 2, .name = "string", .comparable = true, .pointers = true};
static mg_rtype t_any = {
    .kind = MK_INTERFACE, .words = 2, .name = "interface {}", .comparable = true, .pointers = true};
static mg_rtype t_slice = {
    .kind = MK_SLICE, .words = 3, .name = "[]int", .pointers = true, .elem = &t_int};
static const mg_rfield p_fields[] = {
    {"A", &t_int, 0, false, true}, {"B", &t_int, 1, false, true}, {"C", &t_int, 2, false, true}};
static mg_rtype t_p = {.kind = MK_STRUCT,
                       .words = 3,
                       .name = "main.P",
                       .named = true,
                       .comparable = true,
                       .fields = p_fields,
                       .nfields = 3};
static mg_rtype t_arr = {.kind = MK_ARRAY,
                         .words = 4,
                         .name = "[2]interface {}",
                         .comparable = true,
                         .pointers = true,
                         .elem = &t_any,
                         .len = 2};
static const mg_rmethod methods[] = {
    {"Error", NULL, NULL, false}, {"Len", NULL, NULL, true}, {"String", NULL, NULL, false}};
static mg_rtype t_named = {.kind = MK_INT,
                           .words = 1,
                           .name = "main.N",
                           .named = true,
                           .comparable = true,
                           .methods = methods,
                           .nmethods = 3};

static mg_string S(const char *s) {
    return mg_str_from_c(s);
}

static void test_append(void) {
    /* Go 1.19: caps after appending 1..20 ints one at a time */
    static const int64_t want[] = {1,  2,  4,  4,  8,  8,  8,  8,  16, 16,
                                   16, 16, 16, 16, 16, 16, 32, 32, 32, 32};
    mg_slice s = {NULL, 0, 0};
    for (int i = 0; i < 20; i++) {
        mg_word w = {.i = i};
        s = mg_slice_append(s, &w, 1, &t_int);
        CHECK(s.cap == want[i]);
    }
    for (int i = 0; i < 20; i++)
        CHECK(s.ptr[i].i == i);
    mg_word three[9] = {{.i = 1}, {.i = 2}, {.i = 3}};
    mg_slice e = {NULL, 0, 0};
    CHECK(mg_slice_append(e, three, 3, &t_int).cap == 3);
    CHECK(mg_slice_append(e, three, 3, &t_u8).cap == 8);
    CHECK(mg_slice_append(e, three, 3, &t_str).cap == 3);
    CHECK(mg_slice_append(e, three, 3, &t_p).cap == 3);
    mg_slice big = mg_slice_make(&t_int, 300, 300);
    CHECK(mg_slice_append(big, three, 1, &t_int).cap == 608);
    /* append(s, s...) */
    mg_slice a = mg_slice_make(&t_int, 3, 3);
    for (int i = 0; i < 3; i++)
        a.ptr[i].i = i + 1;
    mg_slice b = mg_slice_append(a, a.ptr, a.len, &t_int);
    CHECK(b.len == 6 && b.ptr[3].i == 1 && b.ptr[5].i == 3);
    /* in-place append when cap allows */
    mg_slice c = mg_slice_make(&t_int, 1, 4);
    mg_slice d = mg_slice_append(c, three, 2, &t_int);
    CHECK(d.ptr == c.ptr && d.len == 3 && d.cap == 4);
    /* copy with overlap */
    mg_slice x = mg_slice_make(&t_int, 5, 5);
    for (int i = 0; i < 5; i++)
        x.ptr[i].i = i;
    mg_slice tail = {x.ptr + 1, 4, 4};
    CHECK(mg_slice_copy(tail, x, 8) == 4);
    CHECK(x.ptr[0].i == 0 && x.ptr[1].i == 0 && x.ptr[4].i == 3);
}

static void test_strings(void) {
    mg_string a = S("héllo"), b = S(", 世界");
    mg_string c = mg_str_concat(a, b);
    CHECK(c.len == 6 + 8 && memcmp(c.ptr, "héllo, 世界", 14) == 0);
    mg_string parts[3] = {S("a"), S(""), S("bc")};
    mg_string j = mg_str_concat_n(parts, 3);
    CHECK(mg_str_equal(j, S("abc")));
    CHECK(mg_str_compare(S("abc"), S("abd")) < 0);
    CHECK(mg_str_compare(S("ab"), S("abc")) < 0);
    CHECK(mg_str_compare(S("b"), S("abc")) > 0);
    CHECK(mg_str_compare(S(""), (mg_string){NULL, 0}) == 0);
    mg_slice r = mg_str_to_runes(S("a世\xff"
                                   "b"));
    CHECK(r.len == 4 && r.ptr[0].i == 'a' && r.ptr[1].i == 0x4e16 && r.ptr[2].i == 0xFFFD &&
          r.ptr[3].i == 'b');
    mg_string back = mg_str_from_runes(r);
    CHECK(mg_str_equal(back, S("a世\xef\xbf\xbd"
                               "b")));
    mg_slice by = mg_str_to_bytes(S("hi\xff"));
    CHECK(by.len == 3 && ((const uint8_t *)by.ptr)[2] == 0xff);
    CHECK(mg_str_equal(mg_str_from_byteslice(by), S("hi\xff")));
    CHECK(mg_str_equal(mg_str_from_rune(0x1F600), S("😀")));
    CHECK(mg_str_equal(mg_str_from_rune(-1), S("\xef\xbf\xbd")));
    CHECK(mg_str_equal(mg_str_from_rune(0xD800), S("\xef\xbf\xbd")));
    CHECK(mg_str_equal(mg_str_from_rune(0x110000), S("\xef\xbf\xbd")));
    int w;
    /* overlong, surrogate, truncated */
    CHECK(mg_utf8_decode((const uint8_t *)"\xc0\x80", 2, &w) == 0xFFFD && w == 1);
    CHECK(mg_utf8_decode((const uint8_t *)"\xed\xa0\x80", 3, &w) == 0xFFFD && w == 1);
    CHECK(mg_utf8_decode((const uint8_t *)"\xe4\xb8", 2, &w) == 0xFFFD && w == 1);
    CHECK(mg_utf8_decode((const uint8_t *)"\xf4\x90\x80\x80", 4, &w) == 0xFFFD && w == 1);
    CHECK(mg_utf8_decode((const uint8_t *)"\xf0\x9f\x98\x80", 4, &w) == 0x1F600 && w == 4);
    char *cs = mg_str_to_c(S("xyz"));
    CHECK(strcmp(cs, "xyz") == 0);
}

static void test_equal_hash(void) {
    mg_word pz = {.f = 0.0}, nz = {.f = -0.0}, nan = {.f = NAN};
    CHECK(mg_value_equal(&t_f64, &pz, &nz, NULL));
    CHECK(mg_value_hash(&t_f64, &pz, 1, NULL) == mg_value_hash(&t_f64, &nz, 1, NULL));
    CHECK(!mg_value_equal(&t_f64, &nan, &nan, NULL));
    mg_string s1 = S("hello"), s2 = S("hello");
    CHECK(s1.ptr != s2.ptr);
    CHECK(mg_value_equal(&t_str, (mg_word *)&s1, (mg_word *)&s2, NULL));
    CHECK(mg_value_hash(&t_str, (mg_word *)&s1, 7, NULL) ==
          mg_value_hash(&t_str, (mg_word *)&s2, 7, NULL));
    mg_word p1[3] = {{.i = 1}, {.i = 2}, {.i = 3}}, p2[3] = {{.i = 1}, {.i = 2}, {.i = 3}};
    CHECK(mg_value_equal(&t_p, p1, p2, NULL));
    CHECK(mg_value_hash(&t_p, p1, 3, NULL) == mg_value_hash(&t_p, p2, 3, NULL));
    p2[2].i = 4;
    CHECK(!mg_value_equal(&t_p, p1, p2, NULL));
    /* interfaces: boxed struct vs equal boxed struct; int vs float with same bits */
    mg_iface i1 = {&t_p.self_itab, mg_iface_box(&t_p, p1)};
    mg_iface i2 = {&t_p.self_itab, mg_iface_box(&t_p, p1)};
    CHECK(i1.data.p != i2.data.p);
    CHECK(mg_iface_equal(i1, i2, NULL));
    mg_iface ii = {&t_int.self_itab, {.i = 0}}, fi = {&t_f64.self_itab, {.f = 0.0}};
    CHECK(!mg_iface_equal(ii, fi, NULL));
    mg_iface nil = {NULL, {0}};
    CHECK(mg_iface_equal(nil, nil, NULL) && !mg_iface_equal(nil, ii, NULL));
    /* uncomparable dynamic type */
    mg_slice sl = {NULL, 0, 0};
    mg_iface si = {&t_slice.self_itab, mg_iface_box(&t_slice, (mg_word *)&sl)};
    const mg_rtype *bad = NULL;
    CHECK(!mg_iface_equal(si, si, &bad) && bad == &t_slice);
    bad = NULL;
    mg_value_hash(&t_any, (mg_word *)&si, 0, &bad);
    CHECK(bad == &t_slice);
    /* arrays of interfaces */
    mg_word arr1[4] = {{.p = &t_int.self_itab}, {.i = 5}, {.p = NULL}, {.i = 0}};
    mg_word arr2[4] = {{.p = &t_int.self_itab}, {.i = 5}, {.p = NULL}, {.i = 0}};
    CHECK(mg_value_equal(&t_arr, arr1, arr2, NULL));
    arr2[1].i = 6;
    CHECK(!mg_value_equal(&t_arr, arr1, arr2, NULL));
    /* box / unbox */
    mg_word out[3];
    mg_iface_unbox(&t_p, i1.data, out);
    CHECK(out[0].i == 1 && out[2].i == 3);
    mg_word one = {.i = 77};
    CHECK(mg_iface_box(&t_int, &one).i == 77);
    mg_iface_unbox(&t_int, one, out);
    CHECK(out[0].i == 77);
}

static void test_methods(void) {
    CHECK(mg_rtype_method(&t_named, "Error") == &methods[0]);
    CHECK(mg_rtype_method(&t_named, "String") == &methods[2]);
    CHECK(mg_rtype_method(&t_named, "Len") == NULL); /* pointer receiver only */
    CHECK(mg_rtype_method(&t_named, "Foo") == NULL);
    CHECK(mg_rtype_method(&t_int, "String") == NULL);
}

int main(void) {
    GC_INIT();
    t_int.self_itab.type = &t_int;
    t_f64.self_itab.type = &t_f64;
    t_str.self_itab.type = &t_str;
    t_p.self_itab.type = &t_p;
    t_slice.self_itab.type = &t_slice;
    test_append();
    test_strings();
    test_equal_hash();
    test_methods();
    if (failures) {
        printf("FAIL: %d\n", failures);
        return 1;
    }
    printf("ok\n");
    return 0;
}
