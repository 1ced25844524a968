/* test_map.c - vm/map.c: int, string, interface and struct keys, deletes and
 * inserts during iteration, growth during iteration, random order, and a
 * timing of the mapops benchmark's shape. Prints "ok" and exits 0 on success.
 */
#define GC_THREADS 1
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vm/map.h"
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
static mg_rtype t_float = {.kind = MK_FLOAT64, .words = 1, .name = "float64", .comparable = true};
static mg_rtype t_string = {
    .kind = MK_STRING, .words = 2, .name = "string", .comparable = true, .pointers = true};
static mg_rtype t_any = {
    .kind = MK_INTERFACE, .words = 2, .name = "interface {}", .comparable = true, .pointers = true};
static mg_rtype t_slice_int = {
    .kind = MK_SLICE, .words = 3, .name = "[]int", .pointers = true, .elem = &t_int};
static const mg_rfield point_fields[] = {{"X", &t_int, 0, false, true},
                                         {"S", &t_string, 1, false, true}};
static mg_rtype t_point = {.kind = MK_STRUCT,
                           .words = 3,
                           .name = "main.P",
                           .named = true,
                           .comparable = true,
                           .pointers = true,
                           .fields = point_fields,
                           .nfields = 2};

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static mg_word W(int64_t i) {
    return (mg_word){.i = i};
}

static void fix_itabs(void) {
    t_int.self_itab.type = &t_int;
    t_float.self_itab.type = &t_float;
    t_string.self_itab.type = &t_string;
    t_slice_int.self_itab.type = &t_slice_int;
    t_point.self_itab.type = &t_point;
}

static void test_int_keys(int n) {
    mg_map *m = mg_map_new(&t_int, &t_int, 0);
    double t0 = now();
    for (int64_t i = 0; i < n; i++) {
        mg_word k = W(i * 7);
        mg_map_set(m, &k, NULL)->i = i;
    }
    int64_t hits = 0, sum = 0;
    for (int64_t i = 0; i < n; i++) {
        mg_word k = W(i * 3);
        mg_word *v = mg_map_get(m, &k, NULL);
        if (v) hits++, sum += v->i;
    }
    for (int64_t i = 0; i < n; i += 2) {
        mg_word k = W(i * 7);
        mg_map_delete(m, &k, NULL);
    }
    double t1 = now();
    CHECK(mg_map_len(m) == n / 2);
    /* i*3 == j*7 for j < n: i multiple of 7, i < n → n/7 hits (rounded up) */
    CHECK(hits == (n + 6) / 7);
    for (int64_t i = 0; i < n; i++) {
        mg_word k = W(i * 7);
        mg_word *v = mg_map_get(m, &k, NULL);
        CHECK((i % 2 == 0) ? v == NULL : (v && v->i == i));
        if (failures > 10) return;
    }
    /* iterate: every key exactly once */
    mg_map_iter it;
    mg_word *k, *v;
    int64_t seen = 0, vsum = 0;
    mg_map_iter_init(&it, m, 12345);
    while (mg_map_iter_next(&it, &k, &v))
        seen++, vsum += v->i;
    CHECK(seen == n / 2);
    int64_t want = 0;
    for (int64_t i = 1; i < n; i += 2)
        want += i;
    CHECK(vsum == want);
    printf("int keys: %d set/get/delete in %.3fs (sum %lld)\n", n, t1 - t0, (long long)sum);
}

static void test_string_keys(int n) {
    mg_string *keys = GC_MALLOC(sizeof(mg_string) * (size_t)n);
    for (int i = 0; i < n; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "key%d", i);
        keys[i] = mg_str_from_c(buf);
    }
    mg_map *m = mg_map_new(&t_string, &t_int, 0);
    double t0 = now();
    for (int i = 0; i < n; i++)
        mg_map_set(m, (mg_word *)&keys[i], NULL)->i = i;
    int64_t ssum = 0;
    for (int64_t i = 0; i < n; i++) {
        mg_word *v = mg_map_get(m, (mg_word *)&keys[(i * 7919) % n], NULL);
        if (v) ssum += v->i;
    }
    for (int i = 0; i < n; i += 3)
        mg_map_delete(m, (mg_word *)&keys[i], NULL);
    double t1 = now();
    CHECK(mg_map_len(m) == n - (n + 2) / 3);
    CHECK(ssum == (int64_t)n * (n - 1) / 2);
    /* lookups with a different pointer, same bytes */
    mg_string k5 = mg_str_from_c("key5");
    mg_word *v = mg_map_get(m, (mg_word *)&k5, NULL);
    CHECK(v && v->i == 5);
    mg_string k3 = mg_str_from_c("key3");
    CHECK(mg_map_get(m, (mg_word *)&k3, NULL) == NULL);
    printf("string keys: %d set/get/delete in %.3fs\n", n, t1 - t0);
}

/* Deletes during iteration: deleting unvisited entries means they are not produced;
 * no entry is produced twice; growth during iteration is survived. */
static void test_iter_mutation(void) {
    for (int round = 0; round < 50; round++) {
        int n = 100 + round * 37;
        mg_map *m = mg_map_new(&t_int, &t_int, 0);
        for (int i = 0; i < n; i++) {
            mg_word k = W(i);
            mg_map_set(m, &k, NULL)->i = i;
        }
        char *seen = calloc((size_t)n * 4 + 10, 1);
        char *deleted = calloc((size_t)n * 4 + 10, 1);
        mg_map_iter it;
        mg_word *k, *v;
        mg_map_iter_init(&it, m, (uint64_t)rand() << 20 | (uint64_t)rand());
        int produced = 0;
        while (mg_map_iter_next(&it, &k, &v)) {
            int64_t key = k->i;
            CHECK(key >= 0 && key < n * 4);
            CHECK(!seen[key]);
            CHECK(!deleted[key]);
            CHECK(v->i == key);
            seen[key] = 1;
            produced++;
            /* delete some other key (maybe unvisited) */
            int64_t other = (key * 31 + 7) % n;
            if (!deleted[other]) {
                mg_word ok = W(other);
                mg_map_delete(m, &ok, NULL);
                deleted[other] = 1;
            }
            /* insert new keys, forcing growth */
            if (round % 2 == 0 && produced < n) {
                mg_word nk = W(n + produced);
                mg_map_set(m, &nk, NULL)->i = n + produced;
            }
        }
        /* Every original key neither deleted nor seen is a failure. */
        for (int i = 0; i < n; i++)
            CHECK(seen[i] || deleted[i]);
        free(seen);
        free(deleted);
        if (failures) return;
    }
}

static void test_random_order(void) {
    mg_map *m = mg_map_new(&t_int, &t_int, 0);
    for (int i = 0; i < 10; i++) {
        mg_word k = W(i);
        mg_map_set(m, &k, NULL)->i = i;
    }
    char first[64] = "", cur[64];
    int different = 0;
    for (int r = 0; r < 20; r++) {
        mg_map_iter it;
        mg_word *k, *v;
        mg_map_iter_init(&it, m, (uint64_t)r * 0x9E3779B97F4A7C15ULL);
        int p = 0;
        while (mg_map_iter_next(&it, &k, &v))
            cur[p++] = (char)('0' + k->i);
        cur[p] = 0;
        CHECK(p == 10);
        if (r == 0)
            strcpy(first, cur);
        else if (strcmp(first, cur))
            different++;
    }
    CHECK(different > 10);
}

static void test_iface_keys(void) {
    mg_map *m = mg_map_new(&t_any, &t_int, 0);
    mg_iface k1 = {&t_int.self_itab, W(42)};
    mg_string s = mg_str_from_c("hello");
    mg_iface k2 = {&t_string.self_itab, mg_iface_box(&t_string, (mg_word *)&s)};
    mg_iface k3 = {&t_float.self_itab, {.f = 42.0}};
    mg_iface knil = {NULL, {0}};
    mg_map_set(m, (mg_word *)&k1, NULL)->i = 1;
    mg_map_set(m, (mg_word *)&k2, NULL)->i = 2;
    mg_map_set(m, (mg_word *)&k3, NULL)->i = 3;
    mg_map_set(m, (mg_word *)&knil, NULL)->i = 4;
    CHECK(mg_map_len(m) == 4);
    mg_string s2 = mg_str_from_c("hello");
    mg_iface q = {&t_string.self_itab, mg_iface_box(&t_string, (mg_word *)&s2)};
    mg_word *v = mg_map_get(m, (mg_word *)&q, NULL);
    CHECK(v && v->i == 2);
    mg_iface qf = {&t_float.self_itab, {.f = 42.0}};
    v = mg_map_get(m, (mg_word *)&qf, NULL);
    CHECK(v && v->i == 3);
    mg_iface qnil = {NULL, {0}};
    v = mg_map_get(m, (mg_word *)&qnil, NULL);
    CHECK(v && v->i == 4);
    /* unhashable dynamic type */
    mg_slice sl = {NULL, 0, 0};
    mg_iface bad_key = {&t_slice_int.self_itab, mg_iface_box(&t_slice_int, (mg_word *)&sl)};
    const mg_rtype *bad = NULL;
    CHECK(mg_map_set(m, (mg_word *)&bad_key, &bad) == NULL);
    CHECK(bad == &t_slice_int);
    bad = NULL;
    mg_map_get(m, (mg_word *)&bad_key, &bad);
    CHECK(bad == &t_slice_int);
    /* float keys: +0 == -0, NaN never found, each NaN insert is new */
    mg_map *fm = mg_map_new(&t_float, &t_int, 0);
    mg_word pz = {.f = 0.0}, nz = {.f = -0.0}, nan = {.f = __builtin_nan("")};
    mg_map_set(fm, &pz, NULL)->i = 7;
    v = mg_map_get(fm, &nz, NULL);
    CHECK(v && v->i == 7);
    mg_map_set(fm, &nan, NULL)->i = 1;
    mg_map_set(fm, &nan, NULL)->i = 2;
    CHECK(mg_map_len(fm) == 3);
    CHECK(mg_map_get(fm, &nan, NULL) == NULL);
    mg_map_iter it;
    mg_word *k;
    int cnt = 0;
    mg_map_iter_init(&it, fm, 99);
    while (mg_map_iter_next(&it, &k, &v))
        cnt++;
    CHECK(cnt == 3);
}

static void test_struct_keys(void) {
    mg_map *m = mg_map_new(&t_point, &t_string, 0);
    for (int i = 0; i < 1000; i++) {
        char buf[16];
        snprintf(buf, sizeof buf, "p%d", i % 10);
        mg_string s = mg_str_from_c(buf);
        mg_word key[3] = {W(i / 10), {.p = (void *)s.ptr}, W(s.len)};
        mg_string *val = (mg_string *)mg_map_set(m, key, NULL);
        *val = s;
    }
    CHECK(mg_map_len(m) == 1000);
    mg_string s = mg_str_from_c("p3");
    mg_word key[3] = {W(55), {.p = (void *)s.ptr}, W(s.len)};
    mg_word *v = mg_map_get(m, key, NULL); /* i = 553 */
    CHECK(v && mg_str_equal(*(mg_string *)v, s));
    key[0] = W(100); /* no such X */
    CHECK(mg_map_get(m, key, NULL) == NULL);
    mg_string s9 = mg_str_from_c("p9");
    mg_word key9[3] = {W(99), {.p = (void *)s9.ptr}, W(2)};
    v = mg_map_get(m, key9, NULL);
    CHECK(v && mg_str_equal(*(mg_string *)v, s9));
    mg_map_clear(m);
    CHECK(mg_map_len(m) == 0);
    CHECK(mg_map_get(m, key9, NULL) == NULL);
    CHECK(mg_map_get(NULL, key9, NULL) == NULL);
    CHECK(mg_map_len(NULL) == 0);
}

int main(int argc, char **argv) {
    GC_INIT();
    fix_itabs();
    int n = argc > 1 ? atoi(argv[1]) : 1000000;
    test_int_keys(n);
    test_string_keys(n);
    test_iter_mutation();
    test_random_order();
    test_iface_keys();
    test_struct_keys();
    if (failures) {
        printf("FAIL: %d\n", failures);
        return 1;
    }
    printf("ok\n");
    return 0;
}
