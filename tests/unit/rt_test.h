/* rt_test.h - helpers shared by the runtime unit tests (test_runq, test_timerheap,
 * test_sched, test_chan): checks that print one line each, and allocation that
 * works with the GC and with -DMINIGO_GC_MALLOC (the ThreadSanitizer build). */
#ifndef RT_TEST_H
#define RT_TEST_H

#include <stdio.h>
#include <stdlib.h>

#include "runtime/rt_internal.h"

static int rt_test_failures;

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        bool ok_ = (cond);                                                                         \
        printf("%s: ", ok_ ? "ok  " : "FAIL");                                                     \
        printf(__VA_ARGS__);                                                                       \
        printf("\n");                                                                              \
        fflush(stdout);                                                                            \
        if (!ok_) rt_test_failures++;                                                              \
    } while (0)

#define test_init() GC_INIT() /* a no-op in the malloc build (vm/gc_glue.h) */

static inline void *test_alloc(size_t n) {
    return rt_alloc(n);
}

static inline int test_done(void) {
    printf("%s (%d failures)\n", rt_test_failures ? "FAILED" : "PASSED", rt_test_failures);
    return rt_test_failures ? 1 : 0;
}

#endif
