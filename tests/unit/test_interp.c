/* test_interp.c - the interpreter on hand-assembled bytecode, independent of
 * the front end: fib (calls, returns, integer ops), a nested loop (backward
 * jumps and the preemption budget), a deep recursion (stack growth) and a
 * runaway recursion (the stack-overflow fatal error, reported, not a crash).
 * Prints timings for fib(35) and the 1e8-iteration loop.
 */
#define GC_THREADS 1
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "minigo.h"
#include "vm/g.h"
#include "vm/proto.h"
#include "vm/vm.h"

#include "unit_check.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static mg_func *mkfunc(const char *name, int params, int results, int nregs, const mg_instr *code,
                       int ncode) {
    mg_func *f = calloc(1, sizeof *f);
    mg_proto *p = calloc(1, sizeof *p);
    f->name = name;
    f->param_words = params;
    f->result_words = results;
    f->proto = p;
    p->code = malloc(sizeof(mg_instr) * (size_t)ncode);
    memcpy(p->code, code, sizeof(mg_instr) * (size_t)ncode);
    p->ncode = ncode;
    p->nregs = nregs;
    p->lines = calloc((size_t)ncode, sizeof(int));
    for (int i = 0; i < ncode; i++)
        p->lines[i] = 10 + i;
    p->file = "hand.mg";
    p->fn = f;
    p->recover_pc = -1;
    return f;
}

#define ABC(op, a, b, c) MG_MKABC(BC_##op, a, b, c)

/* fib(n) = n < 2 ? n : fib(n-1) + fib(n-2) */
static mg_func *make_fib(void) {
    mg_instr code[] = {
        ABC(JLT_IK, 0, 2, 8),                                        /* 0: if n < 2 goto 9 */
        ABC(ADDI, 1, 0, (uint16_t)-1), ABC(CALL_STATIC, 1, 0, 0), 0, /* 2,3 */
        ABC(ADDI, 2, 0, (uint16_t)-2), ABC(CALL_STATIC, 2, 0, 0), 0, /* 5,6 */
        ABC(ADD_INT, 0, 1, 2),         ABC(RET, 0, 1, 0),         ABC(RET, 0, 1, 0), /* 9 */
    };
    mg_func *f = mkfunc("main.fib", 1, 1, 3, code, (int)(sizeof code / sizeof code[0]));
    f->proto->code[3] = (mg_instr)(uintptr_t)f;
    f->proto->code[6] = (mg_instr)(uintptr_t)f;
    return f;
}

/* main: globals[0] = callee(globals[1]) */
static mg_func *make_main(mg_func *callee) {
    mg_instr code[] = {
        MG_MKABX(BC_GETG, 0, 1), ABC(CALL_STATIC, 0, 0, 0), (mg_instr)(uintptr_t)callee,
        MG_MKABX(BC_SETG, 0, 0), ABC(RET, 0, 0, 0),
    };
    return mkfunc("main.main", 0, 0, 1, code, (int)(sizeof code / sizeof code[0]));
}

/* loop(n): sum += (i*j) % 7 for i, j < n */
static mg_func *make_loop(void) {
    /* R0 n, R1 sum, R2 i, R3 j, R4 t, R5 seven */
    mg_instr code[] = {
        MG_MKABX(BC_LOADI, 1, 0), MG_MKABX(BC_LOADI, 2, 0),
        MG_MKABX(BC_LOADI, 5, 7), ABC(JLE_INT, 0, 2, 9), /* 3: if n <= i goto 13 */
        MG_MKABX(BC_LOADI, 3, 0),                        /* 4 */
        ABC(JLE_INT, 0, 3, 5),                           /* 5: if n <= j goto 11 */
        ABC(MUL_INT, 4, 2, 3),                           /* 6 */
        ABC(REM_INT, 4, 4, 5),    ABC(ADD_INT, 1, 1, 4),
        ABC(ADDI, 3, 3, 1),       MG_MKABX(BC_JMP, 0, -6), /* 10: goto 5 */
        ABC(ADDI, 2, 2, 1),                                /* 11 */
        MG_MKABX(BC_JMP, 0, -10),                          /* 12: goto 3 */
        ABC(RET, 1, 1, 0),                                 /* 13 */
    };
    return mkfunc("main.loop", 1, 1, 6, code, (int)(sizeof code / sizeof code[0]));
}

/* sum(n) = n == 0 ? 0 : n + sum(n-1) */
static mg_func *make_sum(void) {
    mg_instr code[] = {
        ABC(JEQ_IK, 0, 0, 5),      ABC(ADDI, 1, 0, (uint16_t)-1),
        ABC(CALL_STATIC, 1, 0, 0), 0,
        ABC(ADD_INT, 0, 0, 1),     ABC(RET, 0, 1, 0),
        ABC(RET, 0, 1, 0),
    };
    mg_func *f = mkfunc("main.sum", 1, 1, 2, code, (int)(sizeof code / sizeof code[0]));
    f->proto->code[3] = (mg_instr)(uintptr_t)f;
    return f;
}

typedef struct capture {
    char buf[8192];
    size_t len;
} capture;

static void cap_write(void *user, int fd, const char *buf, size_t len) {
    capture *c = user;
    if (c->len + len >= sizeof c->buf) len = sizeof c->buf - 1 - c->len;
    memcpy(c->buf + c->len, buf, len);
    c->len += len;
    c->buf[c->len] = 0;
}

/* Runs main (globals[1] = arg) on a fresh VM; returns globals[0]. */
static int64_t run(mg_func *callee, int64_t arg, double *secs, capture *cap, bool *died) {
    mg_options opt;
    mg_options_init(&opt);
    if (cap) {
        opt.write = cap_write;
        opt.write_user = cap;
    }
    mg_vm *vm = mg_vm_new(&opt);
    vm->globals = GC_MALLOC(2 * sizeof(mg_word));
    vm->globals[1].i = arg;
    mg_g *g = vm_g_new(vm, 1024);
    g->id = 1;
    g->is_main = true;
    vm_push_frame(g, make_main(callee), NULL, 0, NULL, 0, FR_BOTTOM);
    double t0 = now();
    vm_stop r;
    int yields = 0;
    while ((r = vm_interp(g)) == VM_STOP_YIELD)
        yields++;
    if (secs) *secs = now() - t0;
    if (died) *died = r == VM_STOP_DIE;
    int64_t v = vm->globals[0].i;
    mg_vm_free(vm);
    return v;
}

int main(void) {
    GC_INIT();
    double t;
    bool died;
    mg_func *fib = make_fib();
    CHECK(run(fib, 10, NULL, NULL, NULL) == 55, "fib(10)");
    int64_t f35 = run(fib, 35, &t, NULL, NULL);
    CHECK(f35 == 9227465, "fib(35) = %lld", (long long)f35);
    printf("fib(35) = %lld in %.3f s\n", (long long)f35, t);

    int64_t l = run(make_loop(), 10000, &t, NULL, NULL);
    CHECK(l == 257117141, "loop = %lld", (long long)l);
    printf("loop(1e4) = %lld in %.3f s\n", (long long)l, t);

    mg_func *sum = make_sum();
    int64_t s = run(sum, 1000000, &t, NULL, &died);
    CHECK(!died && s == 500000500000LL, "sum(1e6) = %lld", (long long)s);
    printf("sum(1e6) recursion in %.3f s\n", t);

    capture cap = {0};
    run(sum, -1, &t, &cap, &died);
    CHECK(died, "runaway recursion must die");
    CHECK(strstr(cap.buf, "runtime: goroutine stack exceeds 1000000000-byte limit\n"
                          "fatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.sum(...)\n"
                          "\thand.mg:13\n") == cap.buf,
          "overflow text: %.300s", cap.buf);
    CHECK(strstr(cap.buf, "...additional frames elided...") != NULL, "elided");
    printf("stack overflow detected in %.3f s\n", t);

    printf("%s\n", failures ? "FAILED" : "ok");
    return failures != 0;
}
