/* interp.c - the bytecode interpreter: one G at a time, until it parks,
 * yields or exits (DESIGN §5).
 *
 * The dispatch loop uses computed goto over the X-macro opcode list
 * (opcodes.h). The hot state lives in locals: pc, base (R[0] of the current
 * frame), K (constants), fr (the frame record), budget. Every operation that
 * can grow or move the G's stack (a call, a native that calls back into
 * bytecode, the panic machinery) is followed by a reload of base from the
 * frame record: registers never point into the stack, so moving it is safe.
 *
 * Preemption: `budget` is decremented at every function entry and every
 * backward jump; at zero the G yields (interp returns VM_STOP_YIELD with the
 * state saved in its top frame), so a `for {}` never starves anyone.
 *
 * -race (vm/race.h) picks a second dispatch table at entry, whose memory
 * instructions check the access first (R_* labels) and then jump to the plain
 * ones: a run without -race executes exactly the plain table.
 *
 * Slow paths (runtime errors, panics, defers, maps, interfaces) call out of
 * line; a runtime error records a panic (panic.c) and jumps to on_panic,
 * which either resumes in a deferred call's frame or leaves interp.
 */
#include "gc_glue.h"
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "g.h"
#include "map.h"
#include "object.h"
#include "proto.h"
#include "race.h"
#include "rtype.h"
#include "runtime/chan.h"
#include "runtime/race.h"
#include "vm.h"

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

#define W(n) ((size_t)(n) * sizeof(mg_word))

/* Grows the stack to hold `top` words and the frame array to hold one more frame. */
bool vm_g_grow(mg_g *g, int64_t top, int64_t words) {
    int64_t need = top + words;
    if (need > g->stack_words) {
        if (need > g->stack_limit) return false;
        int64_t n = g->stack_words * 2;
        while (n < need)
            n *= 2;
        if (n > g->stack_limit) n = g->stack_limit;
        mg_word *s = mg_alloc(W(n));
        memcpy(s, g->stack, W(g->stack_words));
        if (unlikely(g->vm->fin != NULL)) vm_g_old_stack(g, g->stack, g->stack_words);
        g->stack = s;
        g->stack_words = n;
    }
    if (g->nframes + 1 >= g->frames_cap) {
        if (g->frames_cap >= g->frames_limit) return false;
        int32_t n = g->frames_cap * 2;
        if (n > g->frames_limit) n = g->frames_limit;
        vm_frame *f = mg_alloc(sizeof *f * (size_t)n);
        memcpy(f, g->frames, sizeof *f * (size_t)g->nframes);
        /* Only interpreters hold pointers into the frame array, and each reloads its own after
         * a call; an outer interpreter (below an mg_native_call) would not, so free the old
         * array only when there is none. (The stack is never freed: a native holds pointers
         * to its arguments in it.) */
        if (g->native_depth == 0 && g->frames != g->frames0) GC_FREE(g->frames);
        g->frames = f;
        g->frames_cap = n;
    }
    return true;
}

bool vm_push_frame(mg_g *g, const mg_func *fn, mg_closure *cl, int64_t base_idx,
                   const mg_word *args, int nargs, int kind) {
    const mg_proto *p = fn->proto;
    int64_t words = p->nregs > nargs ? p->nregs : nargs;
    if (base_idx + words > g->stack_words || g->nframes + 1 >= g->frames_cap) {
        /* args may point into the old stack: it stays valid (GC memory) after a move */
        if (!vm_g_grow(g, base_idx, words)) return false;
    }
    if (nargs <= 2 && nargs) { /* mg_call's usual case: no call of memmove (may overlap) */
        mg_word a0 = args[0], a1 = nargs == 2 ? args[1] : a0;
        g->stack[base_idx] = a0;
        if (nargs == 2) g->stack[base_idx + 1] = a1;
    } else if (nargs) {
        memmove(g->stack + base_idx, args, W(nargs));
    }
    vm_frame *f = &g->frames[g->nframes++];
    f->proto = p;
    f->cl = cl;
    f->pc = p->code;
    f->base = (int32_t)base_idx;
    f->kind = (uint8_t)kind;
    return true;
}

/* ---------- out-of-line helpers for the dispatch loop ---------- */

static void raise_index(mg_g *g, int64_t i, int64_t len) {
    if (i < 0)
        vm_raise(g, RT_BOUNDS, "index out of range [%lld]", (long long)i);
    else
        vm_raise(g, RT_BOUNDS, "index out of range [%lld] with length %lld", (long long)i,
                 (long long)len);
}

/* Go's bounds messages for x[lo:hi] / x[lo:hi:max]; what = "length" or "capacity". */
static bool check_slice(mg_g *g, int64_t lo, int64_t hi, int64_t max, int64_t cap, bool three,
                        const char *what) {
    if (three) {
        if ((uint64_t)max > (uint64_t)cap) {
            if (max < 0)
                vm_raise(g, RT_BOUNDS, "slice bounds out of range [::%lld]", (long long)max);
            else
                vm_raise(g, RT_BOUNDS, "slice bounds out of range [::%lld] with %s %lld",
                         (long long)max, what, (long long)cap);
            return false;
        }
        if ((uint64_t)hi > (uint64_t)max) {
            if (hi < 0)
                vm_raise(g, RT_BOUNDS, "slice bounds out of range [:%lld:]", (long long)hi);
            else
                vm_raise(g, RT_BOUNDS, "slice bounds out of range [:%lld:%lld]", (long long)hi,
                         (long long)max);
            return false;
        }
        if ((uint64_t)lo > (uint64_t)hi) {
            if (lo < 0)
                vm_raise(g, RT_BOUNDS, "slice bounds out of range [%lld::]", (long long)lo);
            else
                vm_raise(g, RT_BOUNDS, "slice bounds out of range [%lld:%lld:]", (long long)lo,
                         (long long)hi);
            return false;
        }
        return true;
    }
    if ((uint64_t)hi > (uint64_t)cap) {
        if (hi < 0)
            vm_raise(g, RT_BOUNDS, "slice bounds out of range [:%lld]", (long long)hi);
        else
            vm_raise(g, RT_BOUNDS, "slice bounds out of range [:%lld] with %s %lld", (long long)hi,
                     what, (long long)cap);
        return false;
    }
    if ((uint64_t)lo > (uint64_t)hi) {
        if (lo < 0)
            vm_raise(g, RT_BOUNDS, "slice bounds out of range [%lld:]", (long long)lo);
        else
            vm_raise(g, RT_BOUNDS, "slice bounds out of range [%lld:%lld]", (long long)lo,
                     (long long)hi);
        return false;
    }
    return true;
}

static const char *type_name(const mg_rtype *t) {
    return t ? t->name : "nil";
}

static void raise_assert(mg_g *g, const mg_rtype *src, mg_itab *tab, const mg_rtype *want) {
    vm_raise(g, RT_ASSERT, "interface conversion: %s is %s, not %s", type_name(src),
             tab ? type_name(tab->type) : "nil", type_name(want));
}

static void raise_asserti(mg_g *g, mg_itab *tab, const mg_rtype *want) {
    if (!tab) {
        vm_raise(g, RT_ASSERT, "interface conversion: interface is nil, not %s", type_name(want));
        return;
    }
    const char *m = vm_missing_method(tab->type, want);
    vm_raise(g, RT_ASSERT, "interface conversion: %s is not %s: missing method %s",
             type_name(tab->type), type_name(want), m ? m : "?");
}

/* The itab converting dynamic type t to interface iface, NULL if t does not implement it. */
static const mg_itab *itab_for(mg_g *g, const mg_rtype *t, const mg_rtype *iface) {
    if (iface->nimethods == 0) return &t->self_itab;
    return vm_itab_lookup(g->vm->prog->itabs, t, iface);
}

static double f2i_limit = 9223372036854775808.0; /* 2^63 */

static int64_t f64_to_i64(double f) {
    if (!(f > -f2i_limit - 1024.0 && f < f2i_limit)) return INT64_MIN;
    return (int64_t)f;
}

static uint64_t f64_to_u64(double f) {
    if (f != f) return 0x8000000000000000ULL;
    if (f < f2i_limit) return (uint64_t)f64_to_i64(f);
    if (f < 2 * f2i_limit) return (uint64_t)(int64_t)(f - f2i_limit) | 0x8000000000000000ULL;
    return 0x8000000000000000ULL;
}

static mg_slice append_string(mg_slice s, mg_string str) {
    if (str.len == 0) return s;
    /* []byte is packed: the string's bytes are its elements as they are */
    static const mg_rtype byte_type = {.kind = MK_UINT8, .words = 1, .name = "uint8"};
    return mg_slice_append(s, str.ptr, str.len, &byte_type);
}

/* A select's receive case got a value (ok) or a close (!ok): its ok word follows the
 * element words at the case's destination register. */
static void select_set_ok(mg_word *base, unsigned a, int chosen, bool ok) {
    const mg_word *d = base + a + 3 * chosen;
    if (d[1].i == 1) return;
    base[d[2].i + vm_chan_elem_words(d[0].p)].u = ok;
}

/* A 16- or 32-bit field of a code word, read from memory: one zero-extending load, where
 * taking it out of the word in a register is a copy, a shift and a zero-extension (2-3
 * instructions). The float handlers read their operands this way: their time is mostly
 * operand decoding (issue 11, stop 20). k counts fields from the low end as opcodes.h's
 * encoding does (16-bit: 0 op, 1 A, 2 B, 3 C; 32-bit: 0 the low half, 1 the high one). */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
static inline unsigned code_u16(const mg_instr *w, unsigned k) {
    uint16_t v;
    memcpy(&v, (const char *)w + 2 * k, 2);
    return v;
}
static inline uint32_t code_u32(const mg_instr *w, unsigned k) {
    uint32_t v;
    memcpy(&v, (const char *)w + 4 * k, 4);
    return v;
}
#else
static inline unsigned code_u16(const mg_instr *w, unsigned k) {
    return (uint16_t)(*w >> (16 * k));
}
static inline uint32_t code_u32(const mg_instr *w, unsigned k) {
    return (uint32_t)(*w >> (32 * k));
}
#endif

/* x / d for a constant d >= 3, given the compiler's magic multiplier m and shift sh for
 * d (lang/compile_expr.c, magic_signed): the quotient truncated toward zero, with no
 * idiv (Granlund and Montgomery's method, as gc compiles constant divisions). */
static inline int64_t div_magic(int64_t x, int64_t m, int sh) {
    int64_t q = (int64_t)(((__int128)m * x) >> 64);
    if (m < 0) q += x;
    q >>= sh;
    return q + (int64_t)((uint64_t)q >> 63);
}

/* ---------- the dispatch loop ---------- */

/* A frame's base and kind with one 8-byte store (they share the record's last word, with
 * its padding): a call writes them on every push. */
_Static_assert(offsetof(vm_frame, kind) == offsetof(vm_frame, base) + 4 &&
                   sizeof(vm_frame) == offsetof(vm_frame, base) + 8,
               "vm_frame: base, kind and padding are the last word");
_Static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "little-endian base/kind word");
static inline void frame_set_base_kind(vm_frame *f, uint32_t base, uint8_t kind) {
    uint64_t w = base | (uint64_t)kind << 32;
    memcpy((char *)f + offsetof(vm_frame, base), &w, sizeof w);
}

/* A call's stack or frame array is full: grow them (false: the stack limit is exceeded).
 * The frames were copied; with no native running on this G (it would read its arguments
 * in the old block) nothing reads the old stack block again: clear it, so that stale
 * pointers into it keep nothing alive. */
static __attribute__((noinline)) bool call_grow(mg_g *g, int64_t nb, int64_t words) {
    mg_word *old = g->stack;
    int64_t old_words = g->stack_words;
    if (!vm_g_grow(g, nb, words)) return false;
    if (old != g->stack && g->native_depth == 0) memset(old, 0, W(old_words));
    return true;
}

/* LOADPK/STOREPK's byte copies, out of line: with the variable-length memcpy calls
 * inside vm_interp, gcc generated the whole loop worse (workerpool's
 * MULI/ADD_INT/REM_INT loop 0.74 -> 0.92 s, the other handlers' bytecode unchanged). */
static __attribute__((noinline)) void packed_array_load(mg_word *dst, const uint8_t *src,
                                                        uint64_t n) {
    dst[(n - 1) / 8].u = 0;
    memcpy(dst, src, n);
}

static __attribute__((noinline)) void packed_array_store(uint8_t *dst, const mg_word *src,
                                                         uint64_t n) {
    memcpy(dst, src, n);
}

vm_stop vm_interp(mg_g *g) {
    static const void *const dispatch[MG_NUM_OPCODES] = {
#define MG_OP_LABEL(name, fmt, doc) &&L_##name,
        MG_OPCODES(MG_OP_LABEL)
#undef MG_OP_LABEL
    };
    /* -race: the same table with the memory instructions of the main package checked
     * first (R_* below) and channel closes making their edge; a plain run never sees it */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static const void *const race_dispatch[MG_NUM_OPCODES] = {
#define MG_OP_LABEL(name, fmt, doc) &&L_##name,
        MG_OPCODES(MG_OP_LABEL)
#undef MG_OP_LABEL
#define RACE_OP(name) [BC_##name] = &&R_##name
        // clang-format off
        RACE_OP(GETG), RACE_OP(SETG), RACE_OP(GETGN), RACE_OP(SETGN), RACE_OP(LOAD),
        RACE_OP(LOADN), RACE_OP(STORE), RACE_OP(STOREN), RACE_OP(SGET), RACE_OP(SGETN),
        RACE_OP(SSET), RACE_OP(SSETN), RACE_OP(COPY), RACE_OP(COPYSTR), RACE_OP(CLEARSLICE),
        RACE_OP(APPEND), RACE_OP(APPENDSLICE), RACE_OP(APPENDSTR), RACE_OP(BYTES2STR),
        RACE_OP(RUNES2STR), RACE_OP(MAPGET), RACE_OP(MAPGET2), RACE_OP(MAPSET),
        RACE_OP(MAPDEL), RACE_OP(MAPCLEAR), RACE_OP(MAPLEN), RACE_OP(MAPITER), RACE_OP(MAPNEXT),
        RACE_OP(CLOSE), RACE_OP(ADDF_LD), RACE_OP(SUBF_LD), RACE_OP(MULF_LD), RACE_OP(DIVF_LD),
        RACE_OP(ADDTO_F64), RACE_OP(SUBTO_F64), RACE_OP(MULTO_F64), RACE_OP(DIVTO_F64),
        RACE_OP(ADDMULTO_F64), RACE_OP(SUBMULTO_F64), RACE_OP(ADDFF_F64), RACE_OP(SUBFF_F64),
        RACE_OP(MULFF_F64),
        RACE_OP(SGETB), RACE_OP(SSETB), RACE_OP(LOADB), RACE_OP(STOREB), RACE_OP(SGETB1),
        RACE_OP(SSETB1), RACE_OP(ADDMULSE_F64), RACE_OP(SUBMULSE_F64),
        RACE_OP(ADDMULLDTO_F64), RACE_OP(SUBMULLDTO_F64), RACE_OP(ADDMULFTO_F64),
        RACE_OP(SUBMULFTO_F64),
        RACE_OP(SSWAP), RACE_OP(SGETNC), RACE_OP(SSETNC),
        RACE_OP(JSB1), RACE_OP(JNSB1),
        RACE_OP(LOADPK), RACE_OP(STOREPK), RACE_OP(ADDMULSENC_F64), RACE_OP(SUBMULSENC_F64),
    // clang-format on
#undef RACE_OP
    };
#pragma GCC diagnostic pop
    mg_vm *vm = g->vm;
    const void *const *disp = vm->race ? race_dispatch : dispatch;
    const char *race_file = vm_race_user_file(vm);
    mg_word *G = vm->globals;
    vm_frame *fr;
    mg_word *base;
    const mg_instr *pc;
    /* The constants are read through the frame record, not kept in a local (gcc spilled it):
     * a call and a return then load and store nothing for them; the few instructions that
     * read a constant pay one more load (fib -4.5%, spectralnorm's RDIVK_I2F loop +1%). */
#define K (fr->proto->k)
    mg_instr i;
    /* gcc keeps the budget in a stack slot, which puts a load-decrement-store-reload on
     * every loop iteration's path; a callee-saved register for it is worth the dispatch
     * table pointer's going to the stack instead (loop.mg 0.321 -> 0.301 s, sieve -5%).
     * A hint only: gcc may place it elsewhere, other compilers ignore it. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define BUDGET_IN_REGISTER 1
    register int32_t budget asm("r13") = g->budget;
#else
    int32_t budget = g->budget;
#endif
    /* call state shared by the CALL ops */
    const mg_func *cfn;
    mg_closure *ccl;
    unsigned cA;
    int step; /* a VM_STEP_* of the panic machinery */

#define RELOAD()                                                                                   \
    do {                                                                                           \
        fr = g->frames + g->nframes - 1;                                                           \
        base = g->stack + fr->base;                                                                \
        pc = fr->pc;                                                                               \
    } while (0)
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        i = *pc++;                                                                                 \
        goto *disp[MG_OP(i)];                                                                      \
    } while (0)
#define A            MG_A(i)
#define B            MG_B(i)
#define C            MG_C(i)
#define RA           base[A]
#define RB           base[B]
#define RC           base[C]
#define EXTRA()      (*pc++)
#define EXTRA_PTR(T) ((T)(uintptr_t)(*pc++))
#define SAVE_PC()    (fr->pc = pc)
/* The operand fields of the running instruction read from memory (it is pc[-1] until an
 * EXTRA() moves pc): one 16-bit load each (code_u16) instead of the copy, shift and mask
 * that MG_A/B/C cost on the instruction word in a register. */
#define FIELD(n) code_u16(pc - 1, (n))
#define MA       FIELD(1)
#define MB       FIELD(2)
#define MC       FIELD(3)
#define MSB      ((int16_t)FIELD(2))
#define MSC      ((int16_t)FIELD(3))
#define MSBX     ((int32_t)((uint32_t)FIELD(2) | (uint32_t)FIELD(3) << 16))
/* Raise a runtime error: `stmt` records the panic; then unwind. */
#define RAISE(stmt)                                                                                \
    do {                                                                                           \
        SAVE_PC();                                                                                 \
        stmt;                                                                                      \
        goto on_panic;                                                                             \
    } while (0)
#define NILCHECK(p)                                                                                \
    do {                                                                                           \
        if (unlikely((p) == NULL)) RAISE(vm_raise_nil(g));                                         \
    } while (0)
/* A fatal error (Go's throw): the report is printed, the program ends. */
#define FATAL(msg)                                                                                 \
    do {                                                                                           \
        SAVE_PC();                                                                                 \
        vm_fatal(g, msg);                                                                          \
        g->budget = budget;                                                                        \
        return VM_STOP_DIE;                                                                        \
    } while (0)
/* Deterministic mode (-seed): a scheduling point where the seeded generator may
 * preempt the G (runtime/det.c); one predictable branch otherwise. */
#define SCHED_POINT()                                                                              \
    do {                                                                                           \
        if (unlikely(vm->det) && rt_sched_point(vm->sched)) goto yield;                            \
    } while (0)
/* A taken jump: pc += off, and a backward one spends budget. A jump by at most JUMP_STEPS
 * words goes through jump_steps, whose targets step pc by their constant: the address of
 * the next instruction then waits for a predicted indirect branch, not for the load of
 * the offset from the code, which would otherwise put a load, the add and the dispatch on
 * every short loop's critical path (loop.mg's inner loop went 0.366 -> 0.301 s). */
#define STEPJUMP(o)                                                                                \
    do {                                                                                           \
        if (likely((uint32_t)(o) + JUMP_STEPS <= 2 * JUMP_STEPS))                                  \
            goto *jump_steps[(uint32_t)(o) + JUMP_STEPS];                                          \
        pc += (o);                                                                                 \
        DISPATCH();                                                                                \
    } while (0)
#define BACKJUMP(off)                                                                              \
    do {                                                                                           \
        int32_t o_ = (off);                                                                        \
        if (o_ < 0 && unlikely(--budget <= 0)) {                                                   \
            pc += o_;                                                                              \
            goto yield;                                                                            \
        }                                                                                          \
        STEPJUMP(o_);                                                                              \
    } while (0)
/* The loop-closing branches (INCJ*, ADDJ*, INCDECJLT) always jump back to their loop's
 * body (lang/compile_stmt.c emits them only there): no run-time test of the offset's sign,
 * and the budget ticks exactly as BACKJUMP's would. */
#define LOOPJUMP(off)                                                                              \
    do {                                                                                           \
        int32_t o_ = (off);                                                                        \
        if (unlikely(--budget <= 0)) {                                                             \
            pc += o_;                                                                              \
            goto yield;                                                                            \
        }                                                                                          \
        STEPJUMP(o_);                                                                              \
    } while (0)

#define JUMP_STEPS 16
    static const void *const jump_steps[2 * JUMP_STEPS + 1] = {
        &&JS_B16, &&JS_B15, &&JS_B14, &&JS_B13, &&JS_B12, &&JS_B11, &&JS_B10, &&JS_B9, &&JS_B8,
        &&JS_B7,  &&JS_B6,  &&JS_B5,  &&JS_B4,  &&JS_B3,  &&JS_B2,  &&JS_B1,  &&L_NOP, &&JS_F1,
        &&JS_F2,  &&JS_F3,  &&JS_F4,  &&JS_F5,  &&JS_F6,  &&JS_F7,  &&JS_F8,  &&JS_F9, &&JS_F10,
        &&JS_F11, &&JS_F12, &&JS_F13, &&JS_F14, &&JS_F15, &&JS_F16,
    };

/* --budget <= 0 on a call. Where budget lives in a stack slot (clang; gcc without the
 * register hint spilled it), C code decrements it and then loads it back to test it; on
 * x86-64 the decrement's own flags are the test: 2 instructions instead of 4 (fib -1.8%).
 * With budget in r13 (the hint above) plain C is already a decrement and a branch. */
#if defined(BUDGET_IN_REGISTER)
#define BUDGET_SPENT() (--budget <= 0)
#elif defined(__x86_64__) && defined(__GCC_ASM_FLAG_OUTPUTS__)
#define BUDGET_SPENT()                                                                             \
    ({                                                                                             \
        bool spent_;                                                                               \
        __asm__("subl $1, %0" : "+m"(budget), "=@ccle"(spent_));                                   \
        spent_;                                                                                    \
    })
#else
#define BUDGET_SPENT() (--budget <= 0)
#endif
/* Enter bytecode function cfn (closure cl_, first instruction first_, code1_ the pc after
 * it) with its frame at the caller's R[cA]; the caller's pc is saved. fr is the top record
 * (g->frames + nframes - 1) and base its R[0]: the callee's are one record and cA words
 * on. budget is spent on entry; a yield there resumes at the callee's first instruction. */
#define CALL_BYTECODE(cl_, code1_, first_)                                                         \
    do {                                                                                           \
        const mg_proto *p_ = cfn->proto;                                                           \
        uint32_t nb_ = (uint32_t)fr->base + cA; /* < 2^31: zero-extends, no sign to fix */         \
        int32_t nfr_ = g->nframes;                                                                 \
        if (unlikely((int64_t)nb_ + p_->nregs > g->stack_words || nfr_ + 1 >= g->frames_cap)) {    \
            if (!call_grow(g, nb_, p_->nregs)) goto overflow;                                      \
            fr = g->frames + nfr_ - 1;                                                             \
            base = g->stack + fr->base;                                                            \
        }                                                                                          \
        g->nframes = nfr_ + 1;                                                                     \
        fr++;                                                                                      \
        fr->proto = p_;                                                                            \
        fr->cl = (cl_);                                                                            \
        frame_set_base_kind(fr, nb_, FR_CALL);                                                     \
        base += cA;                                                                                \
        pc = (code1_);                                                                             \
        i = (first_);                                                                              \
        if (unlikely(BUDGET_SPENT())) {                                                            \
            pc--; /* resume at the first instruction */                                            \
            goto yield;                                                                            \
        }                                                                                          \
        goto *disp[MG_OP(i)];                                                                      \
    } while (0)

    RELOAD();
    if (unlikely(g->resume)) goto resume;
    if (unlikely(g->signals)) goto handle_signals;
    DISPATCH();

    /* the targets of jump_steps (0 is L_NOP's plain dispatch) */
#define JUMP_STEP(k)                                                                               \
    JS_B##k : pc -= k;                                                                             \
    DISPATCH();                                                                                    \
    JS_F##k : pc += k;                                                                             \
    DISPATCH();
    // clang-format off
    JUMP_STEP(1) JUMP_STEP(2) JUMP_STEP(3) JUMP_STEP(4) JUMP_STEP(5) JUMP_STEP(6) JUMP_STEP(7)
    JUMP_STEP(8) JUMP_STEP(9) JUMP_STEP(10) JUMP_STEP(11) JUMP_STEP(12) JUMP_STEP(13)
    JUMP_STEP(14) JUMP_STEP(15) JUMP_STEP(16)
#undef JUMP_STEP

    /* ---- moves and constants ---- */
L_NOP:
    DISPATCH();
    // clang-format on
L_MOVE:
    RA = RB;
    DISPATCH();
L_MOVE2:
    base[A] = base[B];
    base[A + 1] = base[B + 1];
    DISPATCH();
L_MOVE3 : {
    mg_word t0 = base[B], t1 = base[B + 1], t2 = base[B + 2];
    base[A] = t0;
    base[A + 1] = t1;
    base[A + 2] = t2;
    DISPATCH();
}
L_MOVEN:
    memmove(base + A, base + B, W(C));
    DISPATCH();
L_LOADI:
    RA.i = MG_SBX(i);
    DISPATCH();
L_LOADK:
    RA = K[MG_BX(i)];
    DISPATCH();
L_LOADK2:
    base[A] = K[MG_BX(i)];
    base[A + 1] = K[MG_BX(i) + 1];
    DISPATCH();
L_LOADNIL:
    memset(base + A, 0, W(B));
    DISPATCH();
L_GETG:
    RA = G[MG_BX(i)];
    DISPATCH();
L_SETG:
    G[MG_BX(i)] = RA;
    DISPATCH();
L_GETGN : {
    uint64_t off = EXTRA();
    memmove(base + A, G + off, W(C));
    DISPATCH();
}
L_SETGN : {
    uint64_t off = EXTRA();
    memmove(G + off, base + A, W(C));
    DISPATCH();
}
L_GADDR:
    RA.p = G + MG_BX(i);
    DISPATCH();
L_GETCAP:
    RA = fr->cl->captured[B];
    DISPATCH();
L_GETCAPN:
    memmove(base + A, fr->cl->captured + B, W(C));
    DISPATCH();

    /* ---- integer arithmetic ---- */
L_ADD_INT:
    base[MA].u = base[MB].u + base[MC].u;
    DISPATCH();
L_SUB_INT:
    base[MA].u = base[MB].u - base[MC].u;
    DISPATCH();
L_MUL_INT:
    base[MA].u = base[MB].u * base[MC].u;
    DISPATCH();
L_DIV_INT : {
    int64_t d = RC.i;
    if (unlikely(d == 0)) RAISE(vm_raise(g, RT_ERRSTR, "integer divide by zero"));
    RA.u = d == -1 ? 0 - RB.u : (uint64_t)(RB.i / d);
    DISPATCH();
}
L_DIV_UINT : {
    uint64_t d = RC.u;
    if (unlikely(d == 0)) RAISE(vm_raise(g, RT_ERRSTR, "integer divide by zero"));
    RA.u = RB.u / d;
    DISPATCH();
}
L_REM_INT : {
    int64_t d = RC.i;
    if (unlikely(d == 0)) RAISE(vm_raise(g, RT_ERRSTR, "integer divide by zero"));
    RA.i = d == -1 ? 0 : RB.i % d;
    DISPATCH();
}
L_REM_UINT : {
    uint64_t d = RC.u;
    if (unlikely(d == 0)) RAISE(vm_raise(g, RT_ERRSTR, "integer divide by zero"));
    RA.u = RB.u % d;
    DISPATCH();
}
L_AND:
    RA.u = RB.u & RC.u;
    DISPATCH();
L_OR:
    RA.u = RB.u | RC.u;
    DISPATCH();
L_XOR:
    RA.u = RB.u ^ RC.u;
    DISPATCH();
L_ANDNOT:
    RA.u = RB.u & ~RC.u;
    DISPATCH();
L_SHL : {
    uint64_t n = RC.u;
    RA.u = n >= 64 ? 0 : RB.u << n;
    DISPATCH();
}
L_SHR_INT : {
    uint64_t n = RC.u;
    RA.i = RB.i >> (n >= 64 ? 63 : n);
    DISPATCH();
}
L_SHR_UINT : {
    uint64_t n = RC.u;
    RA.u = n >= 64 ? 0 : RB.u >> n;
    DISPATCH();
}
L_CHKSHIFT:
    if (unlikely(RA.i < 0)) RAISE(vm_raise(g, RT_ERRSTR, "negative shift amount"));
    DISPATCH();
L_NEG_INT:
    RA.u = 0 - RB.u;
    DISPATCH();
L_BNOT:
    RA.u = ~RB.u;
    DISPATCH();
L_NOT:
    RA.u = !RB.u;
    DISPATCH();
L_ADDI:
    base[MA].u = base[MB].u + (uint64_t)(int64_t)MSC;
    DISPATCH();
L_MULI:
    RA.u = RB.u * (uint64_t)(int64_t)MG_SC(i);
    DISPATCH();
L_DIVI:
    RA.i = RB.i / MG_SC(i);
    DISPATCH();
L_DIVM : {
    int64_t x = RB.i, m = (int64_t)EXTRA();
    int sh = (int)EXTRA();
    RA.i = div_magic(x, m, sh);
    DISPATCH();
}
L_REMM : {
    int64_t x = RB.i, m = (int64_t)EXTRA();
    int sh = (int)EXTRA();
    RA.i = x - div_magic(x, m, sh) * MG_SC(i);
    DISPATCH();
}
/* Lemire, Kaser and Kurz, "Faster remainder by direct computation" (2019): for x and C
 * below 2^32, the low word of M * x is x's fractional part over C, scaled to 2^64 */
L_REMU32 : {
    unsigned a = MA, b = MB, c = MC;
    uint64_t m = EXTRA();
    base[a].u = (uint64_t)(((unsigned __int128)(m * base[b].u) * c) >> 64);
    DISPATCH();
}
L_DIVU32 : {
    uint64_t m = EXTRA();
    RA.u = (uint64_t)(((unsigned __int128)m * RB.u) >> 64);
    DISPATCH();
}
L_DIVP2 : {
    /* truncation toward zero: a negative dividend is biased by 2^C - 1 before the shift */
    int64_t x = RB.i;
    RA.i = (x + (int64_t)((uint64_t)(x >> 63) >> (64 - C))) >> C;
    DISPATCH();
}
L_REMP2 : {
    int64_t x = RB.i;
    int64_t q = (x + (int64_t)((uint64_t)(x >> 63) >> (64 - C))) >> C;
    RA.i = x - (int64_t)((uint64_t)q << C);
    DISPATCH();
}
L_REMI:
    RA.i = RB.i % MG_SC(i);
    DISPATCH();
L_ANDI:
    RA.u = RB.u & C;
    DISPATCH();
L_SHLI:
    RA.u = RB.u << C;
    DISPATCH();
L_SHRI_INT:
    RA.i = RB.i >> C;
    DISPATCH();
L_SHRI_UINT:
    RA.u = RB.u >> C;
    DISPATCH();
L_SEXT8:
    RA.i = (int8_t)RB.u;
    DISPATCH();
L_SEXT16:
    RA.i = (int16_t)RB.u;
    DISPATCH();
L_SEXT32:
    RA.i = (int32_t)RB.u;
    DISPATCH();
L_ZEXT8:
    RA.u = (uint8_t)RB.u;
    DISPATCH();
L_ZEXT16:
    RA.u = (uint16_t)RB.u;
    DISPATCH();
L_ZEXT32:
    RA.u = (uint32_t)RB.u;
    DISPATCH();

    /* ---- floats (operand fields from the code stream: MA, MB, MC) ---- */
L_ADD_F64:
    base[MA].f = base[MB].f + base[MC].f;
    DISPATCH();
L_SUB_F64:
    base[MA].f = base[MB].f - base[MC].f;
    DISPATCH();
L_MUL_F64:
    base[MA].f = base[MB].f * base[MC].f;
    DISPATCH();
L_DIV_F64:
    base[MA].f = base[MB].f / base[MC].f;
    DISPATCH();
L_NEG_F64:
    base[MA].f = -base[MB].f;
    DISPATCH();
L_F32:
    RA.f = (double)(float)RB.f;
    DISPATCH();
L_MUL_C128 : {
    double a = RB.f, b = base[B + 1].f, c = RC.f, d = base[C + 1].f;
    RA.f = a * c - b * d;
    base[A + 1].f = a * d + b * c;
    DISPATCH();
}
L_DIV_C128:
    vm_complex_div(&base[A], &base[B], &base[C]);
    DISPATCH();

    /* ---- conversions ---- */
L_I2F:
    base[MA].f = (double)base[MB].i;
    DISPATCH();
L_U2F:
    base[MA].f = (double)base[MB].u;
    DISPATCH();
L_F2I:
    base[MA].i = f64_to_i64(base[MB].f);
    DISPATCH();
L_F2U:
    base[MA].u = f64_to_u64(base[MB].f);
    DISPATCH();
L_RUNE2STR : {
    mg_string s = mg_str_from_rune(RB.i);
    memcpy(base + A, &s, sizeof s);
    DISPATCH();
}
L_STR2BYTES : {
    mg_string s;
    memcpy(&s, base + B, sizeof s);
    mg_slice r = mg_str_to_bytes(s);
    memcpy(base + A, &r, sizeof r);
    DISPATCH();
}
L_BYTES2STR : {
    mg_slice b;
    memcpy(&b, base + B, sizeof b);
    mg_string r = mg_str_from_byteslice(b);
    memcpy(base + A, &r, sizeof r);
    DISPATCH();
}
L_STR2RUNES : {
    mg_string s;
    memcpy(&s, base + B, sizeof s);
    mg_slice r = mg_str_to_runes(s);
    memcpy(base + A, &r, sizeof r);
    DISPATCH();
}
L_RUNES2STR : {
    mg_slice b;
    memcpy(&b, base + B, sizeof b);
    mg_string r = mg_str_from_runes(b);
    memcpy(base + A, &r, sizeof r);
    DISPATCH();
}

    /* ---- comparisons ---- */
L_EQ_INT:
    RA.u = RB.u == RC.u;
    DISPATCH();
L_NE_INT:
    RA.u = RB.u != RC.u;
    DISPATCH();
L_LT_INT:
    RA.u = RB.i < RC.i;
    DISPATCH();
L_LE_INT:
    RA.u = RB.i <= RC.i;
    DISPATCH();
L_LT_UINT:
    RA.u = RB.u < RC.u;
    DISPATCH();
L_LE_UINT:
    RA.u = RB.u <= RC.u;
    DISPATCH();
L_EQ_F64:
    base[MA].u = base[MB].f == base[MC].f;
    DISPATCH();
L_NE_F64:
    base[MA].u = base[MB].f != base[MC].f;
    DISPATCH();
L_LT_F64:
    base[MA].u = base[MB].f < base[MC].f;
    DISPATCH();
L_LE_F64:
    base[MA].u = base[MB].f <= base[MC].f;
    DISPATCH();
L_EQ_STR:
L_NE_STR : {
    mg_string x, y;
    memcpy(&x, base + B, sizeof x);
    memcpy(&y, base + C, sizeof y);
    bool eq = x.len == y.len &&
              (x.len == 0 || x.ptr == y.ptr || memcmp(x.ptr, y.ptr, (size_t)x.len) == 0);
    RA.u = MG_OP(i) == BC_EQ_STR ? eq : !eq;
    DISPATCH();
}
L_LT_STR : {
    mg_string x, y;
    memcpy(&x, base + B, sizeof x);
    memcpy(&y, base + C, sizeof y);
    RA.u = mg_str_compare(x, y) < 0;
    DISPATCH();
}
L_LE_STR : {
    mg_string x, y;
    memcpy(&x, base + B, sizeof x);
    memcpy(&y, base + C, sizeof y);
    RA.u = mg_str_compare(x, y) <= 0;
    DISPATCH();
}
L_EQ_IFACE:
L_NE_IFACE : {
    mg_iface x, y;
    memcpy(&x, base + B, sizeof x);
    memcpy(&y, base + C, sizeof y);
    const mg_rtype *bad = NULL;
    bool eq = mg_iface_equal(x, y, &bad);
    if (unlikely(bad != NULL))
        RAISE(vm_raise(g, RT_ERRSTR, "comparing uncomparable type %s", bad->name));
    RA.u = MG_OP(i) == BC_EQ_IFACE ? eq : !eq;
    DISPATCH();
}
L_EQ_VAL:
L_NE_VAL : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    const mg_rtype *bad = NULL;
    bool eq = mg_value_equal(t, base + B, base + C, &bad);
    if (unlikely(bad != NULL))
        RAISE(vm_raise(g, RT_ERRSTR, "comparing uncomparable type %s", bad->name));
    RA.u = MG_OP(i) == BC_EQ_VAL ? eq : !eq;
    DISPATCH();
}
L_ISNIL:
    RA.u = RB.u == 0;
    DISPATCH();

    /* ---- jumps ---- */
L_JMP:
    BACKJUMP(MSBX);
    DISPATCH();
L_JMPIF:
    if (base[MA].u) BACKJUMP(MSBX);
    DISPATCH();
L_JMPIFNOT:
    if (!base[MA].u) BACKJUMP(MSBX);
    DISPATCH();
L_JEQ_INT:
    if (base[MA].u == base[MB].u) BACKJUMP(MSC);
    DISPATCH();
L_JNE_INT:
    if (base[MA].u != base[MB].u) BACKJUMP(MSC);
    DISPATCH();
L_JLT_INT:
    if (base[MA].i < base[MB].i) BACKJUMP(MSC);
    DISPATCH();
L_JLE_INT:
    if (base[MA].i <= base[MB].i) BACKJUMP(MSC);
    DISPATCH();
L_JLT_UINT:
    if (base[MA].u < base[MB].u) BACKJUMP(MSC);
    DISPATCH();
L_JLE_UINT:
    if (base[MA].u <= base[MB].u) BACKJUMP(MSC);
    DISPATCH();
L_JEQ_IK:
    if (base[MA].i == MSB) BACKJUMP(MSC);
    DISPATCH();
L_JNE_IK:
    if (base[MA].i != MSB) BACKJUMP(MSC);
    DISPATCH();
L_JLT_IK:
    if (base[MA].i < MSB) BACKJUMP(MSC);
    DISPATCH();
/* Counted loops: the increment and the loop test in one dispatch. The increment wraps
 * as ADDI does (uint64 arithmetic: no signed-overflow UB). */
L_INCJLT_INT : {
    mg_word *r = &base[MA];
    int64_t bound = base[MB].i;
    r->i = (int64_t)(r->u + 1);
    if (r->i < bound) LOOPJUMP(MSC);
    DISPATCH();
}
L_INCJLE_INT : {
    mg_word *r = &base[MA];
    int64_t bound = base[MB].i;
    r->i = (int64_t)(r->u + 1);
    if (r->i <= bound) LOOPJUMP(MSC);
    DISPATCH();
}
L_INCJLT_IK : {
    mg_word *r = &base[MA];
    int64_t bound = MSB;
    r->i = (int64_t)(r->u + 1);
    if (r->i < bound) LOOPJUMP(MSC);
    DISPATCH();
}
L_INCJLE_IK : {
    mg_word *r = &base[MA];
    int64_t bound = MSB;
    r->i = (int64_t)(r->u + 1);
    if (r->i <= bound) LOOPJUMP(MSC);
    DISPATCH();
}
L_INCDECJLT : {
    mg_word *ra = &base[MA], *rb = &base[MB];
    int32_t off = MSC;
    int64_t x = (int64_t)(ra->u + 1), y = (int64_t)(rb->u - 1);
    ra->i = x;
    rb->i = y;
    if (x < y) LOOPJUMP(off);
    DISPATCH();
}
L_ADDJLT_INT : {
    mg_word *r = &base[MA];
    int64_t bound = base[MB].i;
    int32_t off = MSC;
    int64_t x = (int64_t)(r->u + base[EXTRA()].u);
    r->i = x;
    if (x < bound) LOOPJUMP(off);
    DISPATCH();
}
L_ADDJLE_INT : {
    mg_word *r = &base[MA];
    int64_t bound = base[MB].i;
    int32_t off = MSC;
    int64_t x = (int64_t)(r->u + base[EXTRA()].u);
    r->i = x;
    if (x <= bound) LOOPJUMP(off);
    DISPATCH();
}
L_JLE_IK:
    if (base[MA].i <= MSB) BACKJUMP(MSC);
    DISPATCH();
L_JGT_IK:
    if (base[MA].i > MSB) BACKJUMP(MSC);
    DISPATCH();
L_JGE_IK:
    if (base[MA].i >= MSB) BACKJUMP(MSC);
    DISPATCH();

    /* ---- calls ---- */
L_CALL_STATIC:
    cfn = EXTRA_PTR(const mg_func *);
    ccl = NULL;
    cA = A;
    goto do_call;
L_CALL:
    ccl = RB.p;
    NILCHECK(ccl);
    cfn = ccl->fn;
    cA = A;
    goto do_call;
L_CALL_IFACE : {
    mg_itab *tab = RB.p;
    NILCHECK(tab);
    RA = base[B + 1];
    cfn = tab->fun[C];
    ccl = NULL;
    cA = A;
    goto do_call;
}
do_call : {
    SAVE_PC();
    if (unlikely(cfn->native != NULL)) {
        mg_word *a = base + cA;
        int pw = cfn->param_words, rw = cfn->result_words;
        g->ntop = (a - g->stack) + pw + rw;
        cfn->native(&g->nc, a, a + pw);
        /* the native may have called back into bytecode and moved the stack (its args
         * and results are still in the old copy, which `a` keeps alive) and the frame
         * array (our frame's record is in the new one: pcs saved in the old are lost) */
        fr = g->frames + g->nframes - 1;
        base = g->stack + fr->base;
        if (rw == 1)
            base[cA] = a[pw];
        else if (rw)
            memmove(base + cA, a + pw, W(rw));
        if (unlikely(g->signals)) goto handle_signals;
        SCHED_POINT(); /* locks, atomics, WaitGroups, prints */
        DISPATCH();
    }
    const mg_instr *cpc = cfn->code1;
    mg_instr ci = cfn->first;
    if (unlikely(cpc == NULL)) cpc = cfn->proto->code + 1, ci = cpc[-1]; /* built by hand */
    CALL_BYTECODE(ccl, cpc, ci);
}
L_CALL_BC:
    /* the linker's CALL_STATIC of a function with bytecode (its code and first set) */
    cfn = EXTRA_PTR(const mg_func *);
    cA = A;
    SAVE_PC();
    CALL_BYTECODE(NULL, cfn->code1, cfn->first);
    /* A returning frame's results are at its R[0..]: an ordinary call's caller resumes,
     * the other kinds (FR_*) go to ret_special */
#define RETURN_TO_CALLER()                                                                         \
    do {                                                                                           \
        if (unlikely(fr->kind != FR_CALL)) goto ret_special;                                       \
        g->nframes--;                                                                              \
        fr--;                                                                                      \
        base = g->stack + fr->base;                                                                \
        pc = fr->pc;                                                                               \
        DISPATCH();                                                                                \
    } while (0)
L_RET : {
    unsigned a = A, n = B;
    if (a != 0) {
        if (n == 1)
            base[0] = base[a];
        else
            memmove(base, base + a, W(n));
    }
    RETURN_TO_CALLER();
}
L_RET1:
    /* RET A 1 (the linker's, lang/compile_call.c): no count to test */
    base[0] = base[A];
    RETURN_TO_CALLER();
ret_special : {
    int kind = fr->kind;
    g->nframes--;
    switch (kind) {
    case FR_DEFER_RET: RELOAD(); DISPATCH();
    case FR_DEFER_PANIC: step = vm_deferred_returned(g); goto panic_stepped;
    case FR_NATIVE: g->budget = budget; return VM_STOP_NATIVE;
    default: g->budget = budget; return VM_STOP_EXIT;
    }
}
L_RETLT_IK:
    if (RA.i < MG_SB(i)) goto next_ret;
    pc++;
    DISPATCH();
L_RETLE_IK:
    if (RA.i <= MG_SB(i)) goto next_ret;
    pc++;
    DISPATCH();
L_RETEQ_IK:
    if (RA.i == MG_SB(i)) goto next_ret;
    pc++;
    DISPATCH();
next_ret:
    i = *pc++;
    goto L_RET;
L_CLOSURE : {
    mg_func *fn = EXTRA_PTR(mg_func *);
    unsigned n = C;
    mg_closure *cl = mg_alloc(sizeof *cl + W(n));
    cl->fn = fn;
    cl->ncaptured = (int)n;
    memcpy(cl->captured, base + A + 1, W(n));
    RA.p = cl;
    DISPATCH();
}
L_DEFER : {
    unsigned n = C;
    mg_defer *d = mg_alloc(sizeof *d + W(n));
    d->fn = RB.p;
    d->nargs = (int)n;
    memcpy(d->args, base + A, W(n));
    d->frame = (int32_t)(fr - g->frames);
    d->link = g->defers;
    g->defers = d;
    DISPATCH();
}
L_RUNDEFERS : {
    mg_defer *d = g->defers;
    if (likely(d == NULL || d->frame != (int32_t)(fr - g->frames))) DISPATCH();
    int32_t self = (int32_t)(fr - g->frames);
    fr->pc = pc; /* while a deferred native runs: a panic in it is traced at this line */
    int ran = vm_run_defers(g);
    /* come back here for the next one (the frame array may have moved) */
    if (!(g->signals & GSIG_PANIC)) g->frames[self].pc = pc - 1;
    switch (ran) {
    case VM_STEP_RUN:
        RELOAD();
        if (unlikely(g->signals)) goto handle_signals;
        DISPATCH();
    case VM_STEP_NATIVE: g->budget = budget; return VM_STOP_PANIC;
    default: g->budget = budget; return VM_STOP_DIE;
    }
}
L_PANIC : {
    mg_iface v;
    memcpy(&v, base + A, sizeof v);
    SAVE_PC();
    vm_start_panic(g, v);
    goto on_panic;
}
L_RECOVER : {
    mg_iface v = vm_recover(g, (int32_t)(fr - g->frames) - (int32_t)B);
    memcpy(base + A, &v, sizeof v);
    DISPATCH();
}
L_PANIC_NATIVE : {
    mg_string name;
    memcpy(&name, K + MG_BX(i), sizeof name);
    char msg[256];
    snprintf(msg, sizeof msg, "native function %.*s not implemented", (int)name.len,
             (const char *)name.ptr);
    SAVE_PC();
    vm_start_panic(g, vm_string_iface(vm, msg));
    goto on_panic;
}

/* A value method reached through a nil pointer (the *T wrapper): Go's runtime.panicwrap. */
L_PANICWRAP : {
    if (likely(RA.p != NULL)) DISPATCH();
    mg_string what;
    memcpy(&what, K + MG_BX(i), sizeof what);
    RAISE(vm_raise(g, RT_PLAIN, "value method %.*s", (int)what.len, (const char *)what.ptr));
}

    /* ---- memory ---- */
L_NEWBOX:
    RA.p = mg_alloc(W(B ? B : 1));
    DISPATCH();
L_NEWT : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    RA.p = mg_alloc_words(t, 1);
    DISPATCH();
}
L_LOAD : {
    mg_word *p = RB.p;
    NILCHECK(p);
    RA = p[C];
    DISPATCH();
}
L_LOADN : {
    uint64_t n = EXTRA();
    mg_word *p = RB.p;
    NILCHECK(p);
    memmove(base + A, p + C, W(n));
    DISPATCH();
}
L_STORE : {
    mg_word *p = RA.p;
    NILCHECK(p);
    p[B] = RC;
    DISPATCH();
}
L_STOREN : {
    uint64_t n = EXTRA();
    mg_word *p = RA.p;
    NILCHECK(p);
    memmove(p + B, base + C, W(n));
    DISPATCH();
}
L_ADDPTR : {
    mg_word *p = RB.p;
    NILCHECK(p);
    RA.p = p + C;
    DISPATCH();
}

    /* ---- arrays ---- */
L_AGET : {
    int64_t n = (int64_t)EXTRA(), w = (int64_t)EXTRA();
    int64_t x = RC.i;
    if (unlikely((uint64_t)x >= (uint64_t)n)) RAISE(raise_index(g, x, n));
    memmove(base + A, base + B + x * w, W(w));
    DISPATCH();
}
L_ASET : {
    int64_t n = (int64_t)EXTRA(), w = (int64_t)EXTRA();
    int64_t x = RB.i;
    if (unlikely((uint64_t)x >= (uint64_t)n)) RAISE(raise_index(g, x, n));
    memmove(base + A + x * w, base + C, W(w));
    DISPATCH();
}
L_CHKIDX : {
    int64_t x = RA.i, n = (int64_t)MG_BX(i);
    if (unlikely((uint64_t)x >= (uint64_t)n)) RAISE(raise_index(g, x, n));
    DISPATCH();
}
L_AGETW : {
    int64_t w = (int64_t)EXTRA();
    memmove(base + A, base + B + RC.i, W(w));
    DISPATCH();
}
L_ASETW : {
    int64_t w = (int64_t)EXTRA();
    memmove(base + A + RB.i, base + C, W(w));
    DISPATCH();
}
L_INDEXADDR : {
    int64_t n = (int64_t)EXTRA(), w = (int64_t)EXTRA();
    int64_t x = RC.i;
    mg_word *p = RB.p;
    if (unlikely((uint64_t)x >= (uint64_t)n)) RAISE(raise_index(g, x, n));
    NILCHECK(p);
    RA.p = p + x * w;
    DISPATCH();
}

    /* ---- slices and strings ---- */
L_SGET : {
    const mg_word *s = &base[MB];
    int64_t x = base[MC].i, len = s[1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    base[MA] = ((mg_word *)s->p)[x];
    DISPATCH();
}
L_SGETN : {
    int64_t w = (int64_t)EXTRA();
    int64_t x = RC.i, len = base[B + 1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    memmove(base + A, (mg_word *)RB.p + x * w, W(w));
    DISPATCH();
}
L_SSET : {
    const mg_word *s = &base[MA];
    int64_t x = base[MB].i, len = s[1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    ((mg_word *)s->p)[x] = base[MC];
    DISPATCH();
}
L_SSETN : {
    int64_t w = (int64_t)EXTRA();
    int64_t x = RB.i, len = base[A + 1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    memmove((mg_word *)RA.p + x * w, base + C, W(w));
    DISPATCH();
}
L_SADDR : {
    int64_t w = (int64_t)EXTRA();
    int64_t x = RC.i, len = base[B + 1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    RA.p = (uint8_t *)RB.p + x * w;
    DISPATCH();
}
L_STRIDX : {
    int64_t x = RC.i, len = base[B + 1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    RA.u = ((const uint8_t *)RB.p)[x];
    DISPATCH();
}
L_SLICE : {
    uint64_t x = EXTRA();
    int64_t w = (int64_t)(x & 0xffffffff);
    bool three = (x >> 32) & 1;
    mg_slice s;
    memcpy(&s, base + B, sizeof s);
    int64_t lo = base[C].i, hi = base[C + 1].i, max = three ? base[C + 2].i : s.cap;
    if (unlikely(!check_slice(g, lo, hi, max, s.cap, three, "capacity"))) {
        SAVE_PC();
        goto on_panic;
    }
    mg_slice r = {(mg_word *)((uint8_t *)s.ptr + lo * w), hi - lo, max - lo};
    memcpy(base + A, &r, sizeof r);
    DISPATCH();
}
L_SLICEARR : {
    int64_t n = (int64_t)EXTRA();
    uint64_t x = EXTRA();
    int64_t w = (int64_t)(x & 0xffffffff);
    bool three = (x >> 32) & 1;
    mg_word *p = RB.p;
    int64_t lo = base[C].i, hi = base[C + 1].i, max = three ? base[C + 2].i : n;
    NILCHECK(p);
    if (unlikely(!check_slice(g, lo, hi, max, n, three, "length"))) {
        SAVE_PC();
        goto on_panic;
    }
    mg_slice r = {(mg_word *)((uint8_t *)p + lo * w), hi - lo, max - lo};
    memcpy(base + A, &r, sizeof r);
    DISPATCH();
}
L_SLICE2ARRP : { /* (*[N]T)(s) aliases s's elements; gc's boundsConvert panic */
    int64_t n = (int64_t)EXTRA();
    if (unlikely(base[B + 1].i < n))
        RAISE(vm_raise(g, RT_BOUNDS,
                       "cannot convert slice with length %lld to pointer to array with length %lld",
                       (long long)base[B + 1].i, (long long)n));
    RA = RB;
    DISPATCH();
}
L_SLICESTR : {
    mg_string s;
    memcpy(&s, base + B, sizeof s);
    int64_t lo = base[C].i, hi = base[C + 1].i;
    if (unlikely(!check_slice(g, lo, hi, s.len, s.len, false, "length"))) {
        SAVE_PC();
        goto on_panic;
    }
    mg_string r = {s.ptr + lo, hi - lo};
    memcpy(base + A, &r, sizeof r);
    DISPATCH();
}
L_STRNEXT : {
    const uint8_t *p = RB.p;
    int64_t len = base[B + 1].i, at = RC.i;
    uint8_t c0 = p[at];
    if (likely(c0 < 0x80)) {
        base[A].i = c0;
        base[A + 1].i = 1;
    } else {
        int width = 1;
        int32_t r = mg_utf8_decode(p + at, len - at, &width);
        base[A].i = r;
        base[A + 1].i = width;
    }
    DISPATCH();
}
L_CONCAT : {
    mg_string x, y;
    memcpy(&x, base + B, sizeof x);
    memcpy(&y, base + C, sizeof y);
    mg_string r = mg_str_concat(x, y);
    memcpy(base + A, &r, sizeof r);
    DISPATCH();
}
L_CONCATN : {
    int n = (int)C;
    mg_string *parts = mg_alloc(sizeof *parts * (size_t)(n ? n : 1));
    memcpy(parts, base + B, sizeof *parts * (size_t)n);
    mg_string r = mg_str_concat_n(parts, n);
    memcpy(base + A, &r, sizeof r);
    DISPATCH();
}
L_MAKESLICE : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    int64_t len = RB.i, cap = RC.i;
    int64_t eb = mg_elem_bytes(t), limit = ((int64_t)1 << 43) / (eb ? eb : 1);
    if (unlikely(len < 0 || len > limit))
        RAISE(vm_raise(g, RT_ERRSTR, "makeslice: len out of range"));
    if (unlikely(cap < len || cap > limit))
        RAISE(vm_raise(g, RT_ERRSTR, "makeslice: cap out of range"));
    mg_slice r = mg_slice_make(t, len, cap);
    memcpy(base + A, &r, sizeof r);
    DISPATCH();
}
L_APPEND : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    mg_slice s;
    memcpy(&s, base + A, sizeof s);
    s = mg_slice_append_regs(s, base + B, C, t);
    memcpy(base + A, &s, sizeof s);
    DISPATCH();
}
L_APPENDSLICE : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    mg_slice s, x;
    memcpy(&s, base + A, sizeof s);
    memcpy(&x, base + B, sizeof x);
    s = mg_slice_append(s, x.ptr, x.len, t);
    memcpy(base + A, &s, sizeof s);
    DISPATCH();
}
L_APPENDSTR : {
    mg_slice s;
    mg_string x;
    memcpy(&s, base + A, sizeof s);
    memcpy(&x, base + B, sizeof x);
    s = append_string(s, x);
    memcpy(base + A, &s, sizeof s);
    DISPATCH();
}
L_COPY : {
    int64_t w = (int64_t)EXTRA();
    mg_slice d, s;
    memcpy(&d, base + B, sizeof d);
    memcpy(&s, base + C, sizeof s);
    RA.i = mg_slice_copy(d, s, w);
    DISPATCH();
}
L_COPYSTR : {
    mg_slice d;
    mg_string s;
    memcpy(&d, base + B, sizeof d);
    memcpy(&s, base + C, sizeof s);
    int64_t n = d.len < s.len ? d.len : s.len;
    if (n > 0) memmove(d.ptr, s.ptr, (size_t)n); /* []byte is packed */
    RA.i = n;
    DISPATCH();
}
L_CLEARSLICE : {
    int64_t w = (int64_t)EXTRA();
    mg_slice s;
    memcpy(&s, base + A, sizeof s);
    if (s.len) memset(s.ptr, 0, (size_t)(s.len * w));
    DISPATCH();
}

    /* ---- packed elements (vm/value.h) ---- */
L_SGETB : {
    int sz = (int)EXTRA();
    int64_t x = RC.i, len = base[B + 1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    RA.u = mg_packed_load((const uint8_t *)RB.p + x * sz, sz);
    DISPATCH();
}
L_SSETB : {
    int sz = (int)EXTRA();
    int64_t x = RB.i, len = base[A + 1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    mg_packed_store((uint8_t *)RA.p + x * sz, sz, RC.u);
    DISPATCH();
}
L_SGETB1 : {
    int64_t x = RC.i, len = base[B + 1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    RA.u = ((const uint8_t *)RB.p)[x];
    DISPATCH();
}
L_SSETB1 : {
    const mg_word *s = &base[MA];
    int64_t x = base[MB].i, len = s[1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    ((uint8_t *)s->p)[x] = (uint8_t)base[MC].u;
    DISPATCH();
}
L_JSB1 : {
    const mg_word *s = &base[MA];
    int64_t x = base[MB].i, len = s[1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    if (((const uint8_t *)s->p)[x]) BACKJUMP(MSC);
    DISPATCH();
}
L_JNSB1 : {
    const mg_word *s = &base[MA];
    int64_t x = base[MB].i, len = s[1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    if (!((const uint8_t *)s->p)[x]) BACKJUMP(MSC);
    DISPATCH();
}
L_SGETNC:
    base[MA] = ((mg_word *)base[MB].p)[base[MC].i];
    DISPATCH();
L_SSETNC:
    ((mg_word *)base[MA].p)[base[MB].i] = base[MC];
    DISPATCH();
L_SSWAP : {
    const mg_word *s = &base[MA];
    int64_t x = base[MB].i, y = base[MC].i, len = s[1].i;
    if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE(raise_index(g, x, len));
    if (unlikely((uint64_t)y >= (uint64_t)len)) RAISE(raise_index(g, y, len));
    mg_word *e = s->p, t = e[x];
    e[x] = e[y];
    e[y] = t;
    DISPATCH();
}
L_AGETP : {
    int64_t n = (int64_t)EXTRA();
    int sz = (int)EXTRA();
    int64_t x = RC.i;
    if (unlikely((uint64_t)x >= (uint64_t)n)) RAISE(raise_index(g, x, n));
    RA.u = mg_packed_load((const uint8_t *)(base + B) + x * sz, sz);
    DISPATCH();
}
L_ASETP : {
    int64_t n = (int64_t)EXTRA();
    int sz = (int)EXTRA();
    int64_t x = RB.i;
    if (unlikely((uint64_t)x >= (uint64_t)n)) RAISE(raise_index(g, x, n));
    mg_packed_store((uint8_t *)(base + A) + x * sz, sz, RC.u);
    DISPATCH();
}
L_AGETB : {
    int sz = (int)EXTRA();
    RA.u = mg_packed_load((const uint8_t *)(base + B) + RC.i, sz);
    DISPATCH();
}
L_ASETB : {
    int sz = (int)EXTRA();
    mg_packed_store((uint8_t *)(base + A) + RB.i, sz, RC.u);
    DISPATCH();
}
L_LOADB : {
    int sz = (int)EXTRA();
    const uint8_t *p = RB.p;
    NILCHECK(p);
    RA.u = mg_packed_load(p + C, sz);
    DISPATCH();
}
L_STOREB : {
    int sz = (int)EXTRA();
    uint8_t *p = RA.p;
    NILCHECK(p);
    mg_packed_store(p + B, sz, RC.u);
    DISPATCH();
}
L_LOADPK : {
    uint64_t n = EXTRA(); /* > 0: the compiler moves an empty array with LOADN */
    const uint8_t *p = RB.p;
    NILCHECK(p);
    packed_array_load(base + A, p + (size_t)C * sizeof(mg_word), n);
    DISPATCH();
}
L_STOREPK : {
    uint64_t n = EXTRA();
    uint8_t *p = RA.p;
    NILCHECK(p);
    packed_array_store(p + (size_t)B * sizeof(mg_word), base + C, n);
    DISPATCH();
}
L_INDEXADDRB : {
    int64_t n = (int64_t)EXTRA(), sz = (int64_t)EXTRA();
    int64_t x = RC.i;
    uint8_t *p = RB.p;
    if (unlikely((uint64_t)x >= (uint64_t)n)) RAISE(raise_index(g, x, n));
    NILCHECK(p);
    RA.p = p + x * sz;
    DISPATCH();
}
L_ADDPTRB : {
    uint8_t *p = RB.p;
    NILCHECK(p);
    RA.p = p + C;
    DISPATCH();
}

    /* ---- interfaces ---- */
L_MKIFACE : {
    const mg_itab *tab = EXTRA_PTR(const mg_itab *);
    mg_word data = tab->type->words == 1 ? RB : mg_iface_box(tab->type, base + B);
    base[A].p = (void *)tab;
    base[A + 1] = data;
    DISPATCH();
}
L_IFACE2IFACE : {
    const mg_rtype *it = EXTRA_PTR(const mg_rtype *);
    mg_itab *tab = RB.p;
    mg_word data = base[B + 1];
    if (tab) {
        const mg_itab *nt = itab_for(g, tab->type, it);
        if (unlikely(!nt)) RAISE(raise_asserti(g, tab, it));
        tab = (mg_itab *)nt;
    }
    base[A].p = tab;
    base[A + 1] = data;
    DISPATCH();
}
L_ASSERT:
L_ASSERT_OK : {
    const mg_rtype *want = EXTRA_PTR(const mg_rtype *);
    const mg_rtype *src = EXTRA_PTR(const mg_rtype *);
    mg_itab *tab = RB.p;
    mg_word data = base[B + 1];
    int w = want->words;
    if (likely(tab && tab->type == want)) {
        if (w == 1)
            base[A] = data;
        else
            mg_iface_unbox(want, data, base + A);
        if (MG_OP(i) == BC_ASSERT_OK) base[A + w].u = 1;
        DISPATCH();
    }
    if (MG_OP(i) == BC_ASSERT) RAISE(raise_assert(g, src, tab, want));
    memset(base + A, 0, W(w));
    base[A + w].u = 0;
    DISPATCH();
}
L_ASSERTI:
L_ASSERTI_OK : {
    const mg_rtype *want = EXTRA_PTR(const mg_rtype *);
    (void)EXTRA();
    mg_itab *tab = RB.p;
    mg_word data = base[B + 1];
    const mg_itab *nt = tab ? itab_for(g, tab->type, want) : NULL;
    if (likely(nt != NULL)) {
        base[A].p = (void *)nt;
        base[A + 1] = data;
        if (MG_OP(i) == BC_ASSERTI_OK) base[A + 2].u = 1;
        DISPATCH();
    }
    if (MG_OP(i) == BC_ASSERTI) RAISE(raise_asserti(g, tab, want));
    base[A].u = base[A + 1].u = base[A + 2].u = 0;
    DISPATCH();
}
L_TYPEIS : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    mg_itab *tab = RB.p;
    RA.u = tab != NULL && tab->type == t;
    DISPATCH();
}
L_TYPEISI : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    mg_itab *tab = RB.p;
    RA.u = tab != NULL && itab_for(g, tab->type, t) != NULL;
    DISPATCH();
}

    /* ---- maps ---- */
L_MAKEMAP : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    RA.p = mg_map_new(t->key, t->elem, RB.i);
    DISPATCH();
}
L_MAPGET:
L_MAPGET2 : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    const mg_rtype *bad = NULL;
    int vw = t->elem->words;
    if (unlikely(mg_map_writing(RB.p))) FATAL("concurrent map read and map write");
    mg_word *v = mg_map_get(RB.p, base + C, &bad);
    if (unlikely(bad != NULL))
        RAISE(vm_raise(g, RT_ERRSTR, "hash of unhashable type %s", bad->name));
    if (v)
        memmove(base + A, v, W(vw));
    else
        memset(base + A, 0, W(vw));
    if (MG_OP(i) == BC_MAPGET2) base[A + vw].u = v != NULL;
    DISPATCH();
}
L_MAPSET : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    const mg_rtype *bad = NULL;
    mg_map *m = RA.p;
    if (unlikely(m == NULL)) RAISE(vm_raise(g, RT_PLAIN, "assignment to entry in nil map"));
    if (unlikely(!mg_map_begin_write(m))) FATAL("concurrent map writes");
    mg_word *v = mg_map_set(m, base + B, &bad);
    if (unlikely(bad != NULL)) {
        mg_map_end_write(m);
        RAISE(vm_raise(g, RT_ERRSTR, "hash of unhashable type %s", bad->name));
    }
    memmove(v, base + C, W(t->elem->words));
    if (unlikely(!mg_map_end_write(m))) FATAL("concurrent map writes");
    DISPATCH();
}
L_MAPDEL : {
    (void)EXTRA();
    const mg_rtype *bad = NULL;
    mg_map *m = RA.p;
    if (m && unlikely(!mg_map_begin_write(m))) FATAL("concurrent map writes");
    mg_map_delete(m, base + B, &bad);
    if (m && unlikely(!mg_map_end_write(m))) FATAL("concurrent map writes");
    if (unlikely(bad != NULL))
        RAISE(vm_raise(g, RT_ERRSTR, "hash of unhashable type %s", bad->name));
    DISPATCH();
}
L_MAPLEN:
    RA.i = mg_map_len(RB.p);
    DISPATCH();
L_MAPCLEAR : {
    mg_map *m = RA.p;
    if (m && unlikely(!mg_map_begin_write(m))) FATAL("concurrent map writes");
    mg_map_clear(m);
    if (m && unlikely(!mg_map_end_write(m))) FATAL("concurrent map writes");
    DISPATCH();
}
L_MAPITER : {
    mg_map_iter *it = mg_alloc(sizeof *it);
    mg_map_iter_init(it, RB.p, vm_rand(vm));
    RA.p = it;
    DISPATCH();
}
L_MAPNEXT : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    mg_word *k, *v;
    mg_map_iter *it = RB.p;
    if (unlikely(mg_map_writing(it->m))) FATAL("concurrent map iteration and map write");
    if (mg_map_iter_next(it, &k, &v)) {
        int kw = t->key->words;
        memmove(base + A + 1, k, W(kw));
        memmove(base + A + 1 + kw, v, W(t->elem->words));
        RA.u = 1;
    } else {
        RA.u = 0;
    }
    DISPATCH();
}

    /* ---- print builtins ---- */
L_PRINT : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    vm_print_value(g, t, base + A);
    DISPATCH();
}
L_PRINTSP:
    vm_write(vm, 2, " ", 1);
    DISPATCH();
L_PRINTNL:
    vm_write(vm, 2, "\n", 1);
    DISPATCH();

    /* ---- goroutines and channels (runtime/chan.h; parking: g.h) ---- */
L_GO : {
    mg_closure *cl = RB.p;
    SAVE_PC();
    if (unlikely(cl == NULL)) FATAL("go of nil func value");
    vm_go(g, cl, base + A, (int)C);
    SCHED_POINT();
    DISPATCH();
}
L_MAKECHAN : {
    const mg_rtype *t = EXTRA_PTR(const mg_rtype *);
    int64_t n = RB.i, w = t->elem->words;
    if (unlikely(n < 0 || n > ((int64_t)1 << 40) / (w ? w : 1)))
        RAISE(vm_raise(g, RT_PLAIN, "makechan: size out of range"));
    RA.p = rt_chan_new((int)w, n, t->elem->pointers);
    DISPATCH();
}
L_SEND : {
    SAVE_PC();
    rt_status st = rt_chan_send(vm->sched, &g->rt, RA.p, (uint64_t *)(base + B));
    if (likely(st == RT_DONE)) {
        SCHED_POINT();
        DISPATCH();
    }
    if (st == RT_PARK) {
        g->resume = RESUME_SEND;
        goto park;
    }
    RAISE(vm_raise(g, RT_PLAIN, "send on closed channel"));
}
L_RECV:
L_RECV2 : {
    bool ok = false;
    SAVE_PC();
    rt_status st = rt_chan_recv(vm->sched, &g->rt, RB.p, (uint64_t *)(base + A), &ok);
    if (unlikely(st == RT_PARK)) {
        if (MG_OP(i) == BC_RECV2) g->resume = RESUME_RECV2;
        goto park;
    }
    if (MG_OP(i) == BC_RECV2) base[A + C].u = ok;
    SCHED_POINT();
    DISPATCH();
}
L_CLOSE : {
    rt_status st = rt_chan_close(vm->sched, RA.p);
    if (unlikely(st == RT_CLOSED)) RAISE(vm_raise(g, RT_PLAIN, "close of closed channel"));
    if (unlikely(st == RT_NILCHAN)) RAISE(vm_raise(g, RT_PLAIN, "close of nil channel"));
    SCHED_POINT();
    DISPATCH();
}
L_CHANLEN:
    RA.i = rt_chan_len(RB.p);
    DISPATCH();
L_CHANCAP:
    RA.i = rt_chan_cap(RB.p);
    DISPATCH();
L_SELECT : {
    unsigned n = B;
    rt_scase cs_stack[8];
    rt_scase *cs = n <= 8 ? cs_stack : malloc(sizeof *cs * n);
    if (!cs) FATAL("runtime: out of memory");
    for (unsigned k = 0; k < n; k++) {
        const mg_word *d = base + A + 3 * k;
        cs[k].c = d[0].p;
        cs[k].is_send = d[1].i == 1;
        cs[k].elem = (uint64_t *)(base + d[2].i);
    }
    int chosen = -1;
    bool ok = false;
    SAVE_PC();
    rt_status st = rt_select(vm->sched, &g->rt, cs, (int)n, C == 0, &chosen, &ok);
    if (cs != cs_stack) free(cs);
    if (st == RT_PARK) {
        g->resume = RESUME_SELECT;
        goto park;
    }
    if (unlikely(st == RT_CLOSED)) RAISE(vm_raise(g, RT_PLAIN, "send on closed channel"));
    if (chosen >= 0) select_set_ok(base, A, chosen, ok);
    RA.i = chosen;
    SCHED_POINT();
    DISPATCH();
}

/* ---- compute fast paths (opcodes.h, end of the table) ---- */
/* The float fast paths below take their operand fields from the code stream (MA, MB, MC,
 * code_u16/code_u32 of the extra word at pc[0]) and step over their extra word only at
 * the end (NEXT1): their time is mostly operand decoding (issue 11, stop 20). */
#define NEXT1()                                                                                    \
    do {                                                                                           \
        pc++;                                                                                      \
        DISPATCH();                                                                                \
    } while (0)
/* A runtime error of an instruction whose extra word pc has not stepped over yet: the saved
 * pc is the one after the extra word, as everywhere else */
#define RAISE_X1(stmt)                                                                             \
    do {                                                                                           \
        pc++;                                                                                      \
        RAISE(stmt);                                                                               \
    } while (0)
#define NILCHECK_X1(p)                                                                             \
    do {                                                                                           \
        if (unlikely((p) == NULL)) RAISE_X1(vm_raise_nil(g));                                      \
    } while (0)
L_SQRT_F64:
    base[MA].f = sqrt(base[MB].f);
    DISPATCH();
L_ABS_F64:
    base[MA].f = fabs(base[MB].f);
    DISPATCH();
/* R[A] := R[B] op field @ of *R[C]: the LOAD of a float field fused into its use */
#define FIELD_OP(OPER)                                                                             \
    do {                                                                                           \
        const mg_word *p = base[MC].p;                                                             \
        NILCHECK_X1(p);                                                                            \
        base[MA].f = base[MB].f OPER p[pc[0]].f;                                                   \
        NEXT1();                                                                                   \
    } while (0)
L_ADDF_LD:
    FIELD_OP(+);
L_SUBF_LD:
    FIELD_OP(-);
L_MULF_LD:
    FIELD_OP(*);
L_DIVF_LD:
    FIELD_OP(/);
#undef FIELD_OP
/* (R[A].p)[B] op= R[C]: p.f op= x, LOAD + op + STORE in one */
#define FIELD_UPDATE(OPER)                                                                         \
    do {                                                                                           \
        mg_word *p = base[MA].p;                                                                   \
        NILCHECK(p);                                                                               \
        p += MB;                                                                                   \
        p->f = p->f OPER base[MC].f;                                                               \
        DISPATCH();                                                                                \
    } while (0)
L_ADDTO_F64:
    FIELD_UPDATE(+);
L_SUBTO_F64:
    FIELD_UPDATE(-);
L_MULTO_F64:
    FIELD_UPDATE(*);
L_DIVTO_F64:
    FIELD_UPDATE(/);
#undef FIELD_UPDATE
L_ADDK_F64:
    base[MA].f = base[MB].f + K[MC].f;
    DISPATCH();
L_SUBK_F64:
    base[MA].f = base[MB].f - K[MC].f;
    DISPATCH();
L_MULK_F64:
    base[MA].f = base[MB].f * K[MC].f;
    DISPATCH();
L_DIVK_F64:
    base[MA].f = base[MB].f / K[MC].f;
    DISPATCH();
L_RSUBK_F64:
    base[MA].f = K[MC].f - base[MB].f;
    DISPATCH();
L_RDIVK_F64:
    base[MA].f = K[MC].f / base[MB].f;
    DISPATCH();
/* The product is rounded on its own, as Go on amd64 does: the empty asm makes it a value
 * in a register, so a compiler allowed to contract (gcc's default -ffp-contract=fast on a
 * target with FMA) cannot fuse it into the sum. */
#define PRODUCT(x, y, out)                                                                         \
    do {                                                                                           \
        out = (x) * (y);                                                                           \
        __asm__("" : "+x"(out));                                                                   \
    } while (0)
L_ADDMUL_F64 : {
    double m;
    PRODUCT(base[MC].f, base[pc[0]].f, m);
    base[MA].f = base[MB].f + m;
    NEXT1();
}
L_SUBMUL_F64 : {
    double m;
    PRODUCT(base[MC].f, base[pc[0]].f, m);
    base[MA].f = base[MB].f - m;
    NEXT1();
}
L_MULSUB_F64 : {
    double m;
    PRODUCT(base[MB].f, base[MC].f, m);
    base[MA].f = m - base[pc[0]].f;
    NEXT1();
}
/* (R[A].p)[B] +-= R[C] * R[@] */
#define FIELD_MULREG_UPDATE(OPER)                                                                  \
    do {                                                                                           \
        double m;                                                                                  \
        mg_word *p = base[MA].p;                                                                   \
        NILCHECK_X1(p);                                                                            \
        PRODUCT(base[MC].f, base[pc[0]].f, m);                                                     \
        p += MB;                                                                                   \
        p->f = p->f OPER m;                                                                        \
        NEXT1();                                                                                   \
    } while (0)
L_ADDMULTO_F64:
    FIELD_MULREG_UPDATE(+);
L_SUBMULTO_F64:
    FIELD_MULREG_UPDATE(-);
#undef FIELD_MULREG_UPDATE
/* l +- x * s[i], s a []float64 slice at R[@lo] indexed by R[@hi]: SGET's check and load */
#define MUL_SLICE_ELEM(OPER)                                                                       \
    do {                                                                                           \
        const mg_word *s = base + code_u32(pc, 0);                                                 \
        int64_t x = base[code_u32(pc, 1)].i, len = s[1].i;                                         \
        if (unlikely((uint64_t)x >= (uint64_t)len)) RAISE_X1(raise_index(g, x, len));              \
        double m;                                                                                  \
        PRODUCT(base[MC].f, ((const mg_word *)s[0].p)[x].f, m);                                    \
        base[MA].f = base[MB].f OPER m;                                                            \
        NEXT1();                                                                                   \
    } while (0)
L_ADDMULSE_F64:
    MUL_SLICE_ELEM(+);
L_SUBMULSE_F64:
    MUL_SLICE_ELEM(-);
#undef MUL_SLICE_ELEM
/* the same with the index proven in bounds (compile_range.c): no length load and test */
#define MUL_SLICE_ELEM_NC(OPER)                                                                    \
    do {                                                                                           \
        const mg_word *s = base + code_u32(pc, 0);                                                 \
        double m;                                                                                  \
        PRODUCT(base[MC].f, ((const mg_word *)s[0].p)[base[code_u32(pc, 1)].i].f, m);              \
        base[MA].f = base[MB].f OPER m;                                                            \
        NEXT1();                                                                                   \
    } while (0)
L_ADDMULSENC_F64:
    MUL_SLICE_ELEM_NC(+);
L_SUBMULSENC_F64:
    MUL_SLICE_ELEM_NC(-);
#undef MUL_SLICE_ELEM_NC
L_RDIVK_I2F:
    base[MA].f = K[MC].f / (double)base[MB].i;
    DISPATCH();
/* p.f +-= (x * q.g) * y: the field operand checked and read first, as the expression's own
 * evaluation (MULF_LD) would, then the target (SUBMULTO's check); @ = y | q << 16 | g << 32 */
#define MUL_FIELD_UPDATE(OPER)                                                                     \
    do {                                                                                           \
        const mg_word *q = base[code_u16(pc, 1)].p;                                                \
        NILCHECK_X1(q);                                                                            \
        mg_word *p = base[MA].p;                                                                   \
        NILCHECK_X1(p);                                                                            \
        double m1, m;                                                                              \
        PRODUCT(base[MC].f, q[code_u32(pc, 1)].f, m1);                                             \
        PRODUCT(m1, base[code_u16(pc, 0)].f, m);                                                   \
        p += MB;                                                                                   \
        p->f = p->f OPER m;                                                                        \
        NEXT1();                                                                                   \
    } while (0)
L_ADDMULLDTO_F64:
    MUL_FIELD_UPDATE(+);
L_SUBMULLDTO_F64:
    MUL_FIELD_UPDATE(-);
#undef MUL_FIELD_UPDATE
/* p.f +-= x * q.g: q checked and read first, then p; @ = q | g << 32 */
#define FIELD_MUL_UPDATE(OPER)                                                                     \
    do {                                                                                           \
        const mg_word *q = base[code_u32(pc, 0)].p;                                                \
        NILCHECK_X1(q);                                                                            \
        mg_word *p = base[MA].p;                                                                   \
        NILCHECK_X1(p);                                                                            \
        double m;                                                                                  \
        PRODUCT(base[MC].f, q[code_u32(pc, 1)].f, m);                                              \
        p += MB;                                                                                   \
        p->f = p->f OPER m;                                                                        \
        NEXT1();                                                                                   \
    } while (0)
L_ADDMULFTO_F64:
    FIELD_MUL_UPDATE(+);
L_SUBMULFTO_F64:
    FIELD_MUL_UPDATE(-);
#undef FIELD_MUL_UPDATE
L_DIVMULSQRT_F64 : {
    double m;
    PRODUCT(base[MC].f, sqrt(base[pc[0]].f), m);
    base[MA].f = base[MB].f / m;
    NEXT1();
}
/* R[A] := R[B]*R[C] op R[@lo]*R[@hi] */
#define TWO_PRODUCTS(OPER)                                                                         \
    do {                                                                                           \
        double m1, m2;                                                                             \
        PRODUCT(base[MB].f, base[MC].f, m1);                                                       \
        PRODUCT(base[code_u32(pc, 0)].f, base[code_u32(pc, 1)].f, m2);                             \
        base[MA].f = m1 OPER m2;                                                                   \
        NEXT1();                                                                                   \
    } while (0)
L_MULMULADD_F64:
    TWO_PRODUCTS(+);
L_MULMULSUB_F64:
    TWO_PRODUCTS(-);
#undef TWO_PRODUCTS
L_DOT3_F64 : {
    double m1, m2, m3;
    PRODUCT(base[MB].f, base[MC].f, m1);
    PRODUCT(base[code_u16(pc, 0)].f, base[code_u16(pc, 1)].f, m2);
    PRODUCT(base[code_u16(pc, 2)].f, base[code_u16(pc, 3)].f, m3);
    double s = m1 + m2;
    __asm__("" : "+x"(s)); /* (m1 + m2) + m3, in that order */
    base[MA].f = s + m3;
    NEXT1();
}
#undef PRODUCT
L_MULSQRT_F64:
    base[MA].f = base[MB].f * sqrt(base[MC].f);
    DISPATCH();
L_ADDADDI:
    base[MA].u = base[MB].u + base[MC].u + pc[0];
    NEXT1();
L_MULADDI:
    base[MA].u = base[MB].u * (base[MC].u + pc[0]);
    NEXT1();
/* R[A] := (R[B].p)[lo] op (R[C].p)[hi]: two field loads and the operation; the left
 * pointer is checked first, as the two LOADs would */
#define FIELD_FIELD(OPER)                                                                          \
    do {                                                                                           \
        const mg_word *p = base[MB].p, *q = base[MC].p;                                            \
        NILCHECK_X1(p);                                                                            \
        NILCHECK_X1(q);                                                                            \
        base[MA].f = p[code_u32(pc, 0)].f OPER q[code_u32(pc, 1)].f;                               \
        NEXT1();                                                                                   \
    } while (0)
L_ADDFF_F64:
    FIELD_FIELD(+);
L_SUBFF_F64:
    FIELD_FIELD(-);
L_MULFF_F64:
    FIELD_FIELD(*);
#undef FIELD_FIELD
#undef NILCHECK_X1
#undef RAISE_X1
#undef NEXT1
L_JLT_F64:
    if (base[MA].f < base[MB].f) BACKJUMP(MSC);
    DISPATCH();
L_JLE_F64:
    if (base[MA].f <= base[MB].f) BACKJUMP(MSC);
    DISPATCH();
L_JNLT_F64:
    if (!(base[MA].f < base[MB].f)) BACKJUMP(MSC);
    DISPATCH();
L_JNLE_F64:
    if (!(base[MA].f <= base[MB].f)) BACKJUMP(MSC);
    DISPATCH();
L_JEQ_F64:
    if (base[MA].f == base[MB].f) BACKJUMP(MSC);
    DISPATCH();
L_JNE_F64:
    if (base[MA].f != base[MB].f) BACKJUMP(MSC);
    DISPATCH();

/* INCJLT_INT and JLT_INT with the SADDR that starts the loop's body (lang/compile_stmt.c,
 * fuse_increment_addr): the element address of the iteration, bounds checked as the SADDR
 * would be; the extra word carries the SADDR's line for the panic */
#define TEST_ADDR(x)                                                                               \
    do {                                                                                           \
        const mg_word *s = base + code_u16(pc, 1);                                                 \
        int64_t len = s[1].i;                                                                      \
        if (unlikely((uint64_t)(x) >= (uint64_t)len)) {                                            \
            pc++;                                                                                  \
            RAISE(raise_index(g, (x), len));                                                       \
        }                                                                                          \
        base[code_u16(pc, 0)].p = (uint8_t *)s[0].p + (x) * (int64_t)code_u32(pc, 1);              \
        pc++;                                                                                      \
        BACKJUMP(off);                                                                             \
        DISPATCH();                                                                                \
    } while (0)
L_INCJLT_SADDR : {
    mg_word *r = &base[MA];
    int64_t x = (int64_t)(r->u + 1), off = MSC;
    r->i = x;
    if (x < base[MB].i) TEST_ADDR(x);
    pc += 3; /* this extra word, and the JLT_SADDR after it: it would fail too */
    DISPATCH();
}
L_JLT_SADDR : {
    int64_t x = base[MA].i, off = MSC;
    if (x < base[MB].i) TEST_ADDR(x);
    pc++;
    DISPATCH();
}
#undef TEST_ADDR

/* ---- -race: check the access, then do the plain instruction (race.h) ---- */
#define RACE_USER() (fr->proto->file == race_file)
#define RACE(addr, n, wr)                                                                          \
    do {                                                                                           \
        SAVE_PC();                                                                                 \
        vm_race_access(g, (addr), (n), (wr));                                                      \
    } while (0)
/* A byte range (packed elements, []byte contents): shadowed byte by byte (vm/race.c);
 * a range of word-sized elements (a stride that is a multiple of 8) as its words. */
#define RACE_BYTES(addr, nbytes, wr)                                                               \
    do {                                                                                           \
        SAVE_PC();                                                                                 \
        vm_race_access_bytes(g, (addr), (int64_t)(nbytes), (wr));                                  \
    } while (0)
#define RACE_ELEMS(addr, nbytes, stride, wr)                                                       \
    do {                                                                                           \
        if ((stride) % 8 == 0)                                                                     \
            RACE((addr), (int64_t)(nbytes) / 8, (wr));                                             \
        else                                                                                       \
            RACE_BYTES((addr), (nbytes), (wr));                                                    \
    } while (0)
R_GETG:
    if (RACE_USER()) RACE(G + MG_BX(i), 1, false);
    goto L_GETG;
R_SETG:
    if (RACE_USER()) RACE(G + MG_BX(i), 1, true);
    goto L_SETG;
R_GETGN:
    if (RACE_USER()) RACE(G + pc[0], C, false);
    goto L_GETGN;
R_SETGN:
    if (RACE_USER()) RACE(G + pc[0], C, true);
    goto L_SETGN;
R_ADDF_LD:
R_SUBF_LD:
R_MULF_LD:
R_DIVF_LD:
    if (RACE_USER() && RC.p) RACE((mg_word *)RC.p + pc[0], 1, false);
    goto *dispatch[MG_OP(i)];
R_ADDTO_F64:
R_SUBTO_F64:
R_MULTO_F64:
R_DIVTO_F64:
R_ADDMULTO_F64:
R_SUBMULTO_F64:
    if (RACE_USER() && RA.p) RACE((mg_word *)RA.p + B, 1, true);
    goto *dispatch[MG_OP(i)];
R_ADDMULSE_F64:
R_SUBMULSE_F64:
R_ADDMULSENC_F64:
R_SUBMULSENC_F64 : {
    const mg_word *s = base + (uint32_t)pc[0];
    int64_t x = base[pc[0] >> 32].i;
    if (RACE_USER() && (uint64_t)x < (uint64_t)s[1].i) RACE((mg_word *)s[0].p + x, 1, false);
    goto *dispatch[MG_OP(i)];
}
R_ADDMULLDTO_F64:
R_SUBMULLDTO_F64 : {
    mg_word *q = base[(uint16_t)(pc[0] >> 16)].p;
    if (RACE_USER() && q) RACE(q + (pc[0] >> 32), 1, false);
    if (RACE_USER() && q && RA.p) RACE((mg_word *)RA.p + B, 1, true);
    goto *dispatch[MG_OP(i)];
}
R_ADDMULFTO_F64:
R_SUBMULFTO_F64 : {
    mg_word *q = base[(uint32_t)pc[0]].p;
    if (RACE_USER() && q) RACE(q + (pc[0] >> 32), 1, false);
    if (RACE_USER() && q && RA.p) RACE((mg_word *)RA.p + B, 1, true);
    goto *dispatch[MG_OP(i)];
}
R_ADDFF_F64:
R_SUBFF_F64:
R_MULFF_F64:
    if (RACE_USER() && RB.p) RACE((mg_word *)RB.p + (uint32_t)pc[0], 1, false);
    if (RACE_USER() && RC.p) RACE((mg_word *)RC.p + (pc[0] >> 32), 1, false);
    goto *dispatch[MG_OP(i)];
R_LOAD:
    if (RACE_USER() && RB.p) RACE((mg_word *)RB.p + C, 1, false);
    goto L_LOAD;
R_LOADN:
    if (RACE_USER() && RB.p) RACE((mg_word *)RB.p + C, (int64_t)pc[0], false);
    goto L_LOADN;
R_STORE:
    if (RACE_USER() && RA.p) RACE((mg_word *)RA.p + B, 1, true);
    goto L_STORE;
R_STOREN:
    if (RACE_USER() && RA.p) RACE((mg_word *)RA.p + B, (int64_t)pc[0], true);
    goto L_STOREN;
R_SGET:
    if (RACE_USER() && (uint64_t)RC.i < (uint64_t)base[B + 1].i)
        RACE((mg_word *)RB.p + RC.i, 1, false);
    goto L_SGET;
R_SGETN:
    if (RACE_USER() && (uint64_t)RC.i < (uint64_t)base[B + 1].i)
        RACE((mg_word *)RB.p + RC.i * (int64_t)pc[0], (int64_t)pc[0], false);
    goto L_SGETN;
R_SSET:
    if (RACE_USER() && (uint64_t)RB.i < (uint64_t)base[A + 1].i)
        RACE((mg_word *)RA.p + RB.i, 1, true);
    goto L_SSET;
R_SSETN:
    if (RACE_USER() && (uint64_t)RB.i < (uint64_t)base[A + 1].i)
        RACE((mg_word *)RA.p + RB.i * (int64_t)pc[0], (int64_t)pc[0], true);
    goto L_SSETN;
R_COPY:
    if (RACE_USER()) {
        int64_t w = (int64_t)pc[0],
                n = base[B + 1].i < base[C + 1].i ? base[B + 1].i : base[C + 1].i;
        RACE_ELEMS(base[C].p, n * w, w, false);
        RACE_ELEMS(base[B].p, n * w, w, true);
    }
    goto L_COPY;
R_COPYSTR:
    if (RACE_USER())
        RACE_BYTES(base[B].p, base[B + 1].i < base[C + 1].i ? base[B + 1].i : base[C + 1].i, true);
    goto L_COPYSTR;
R_CLEARSLICE:
    if (RACE_USER()) RACE_ELEMS(base[A].p, base[A + 1].i * (int64_t)pc[0], (int64_t)pc[0], true);
    goto L_CLEARSLICE;
R_SGETB:
    if (RACE_USER() && (uint64_t)RC.i < (uint64_t)base[B + 1].i)
        RACE_BYTES((uint8_t *)RB.p + RC.i * (int64_t)pc[0], (int64_t)pc[0], false);
    goto L_SGETB;
R_SSETB:
    if (RACE_USER() && (uint64_t)RB.i < (uint64_t)base[A + 1].i)
        RACE_BYTES((uint8_t *)RA.p + RB.i * (int64_t)pc[0], (int64_t)pc[0], true);
    goto L_SSETB;
R_SGETB1:
    if (RACE_USER() && (uint64_t)RC.i < (uint64_t)base[B + 1].i)
        RACE_BYTES((uint8_t *)RB.p + RC.i, 1, false);
    goto L_SGETB1;
R_SSETB1:
    if (RACE_USER() && (uint64_t)RB.i < (uint64_t)base[A + 1].i)
        RACE_BYTES((uint8_t *)RA.p + RB.i, 1, true);
    goto L_SSETB1;
R_JSB1:
R_JNSB1:
    if (RACE_USER() && (uint64_t)RB.i < (uint64_t)base[A + 1].i)
        RACE_BYTES((uint8_t *)RA.p + RB.i, 1, false);
    goto *dispatch[MG_OP(i)];
R_SGETNC:
    if (RACE_USER()) RACE((mg_word *)RB.p + RC.i, 1, false);
    goto L_SGETNC;
R_SSETNC:
    if (RACE_USER()) RACE((mg_word *)RA.p + RB.i, 1, true);
    goto L_SSETNC;
R_SSWAP:
    /* both elements read, then both written, as the statement's two phases do */
    if (RACE_USER()) {
        int64_t x = RB.i, y = RC.i, len = base[A + 1].i;
        if ((uint64_t)x < (uint64_t)len && (uint64_t)y < (uint64_t)len) {
            RACE((mg_word *)RA.p + y, 1, false);
            RACE((mg_word *)RA.p + x, 1, false);
            RACE((mg_word *)RA.p + x, 1, true);
            RACE((mg_word *)RA.p + y, 1, true);
        }
    }
    goto L_SSWAP;
R_LOADB:
    if (RACE_USER() && RB.p) RACE_BYTES((uint8_t *)RB.p + C, (int64_t)pc[0], false);
    goto L_LOADB;
R_STOREB:
    if (RACE_USER() && RA.p) RACE_BYTES((uint8_t *)RA.p + B, (int64_t)pc[0], true);
    goto L_STOREB;
R_LOADPK:
    if (RACE_USER() && RB.p) RACE_BYTES((mg_word *)RB.p + C, (int64_t)pc[0], false);
    goto L_LOADPK;
R_STOREPK:
    if (RACE_USER() && RA.p) RACE_BYTES((mg_word *)RA.p + B, (int64_t)pc[0], true);
    goto L_STOREPK;
R_APPEND:
R_APPENDSLICE:
R_APPENDSTR:
    if (RACE_USER()) {
        /* the elements added are written in place when they fit, else the old ones are
         * read by the copy; an appended slice is read */
        int64_t w =
            MG_OP(i) == BC_APPENDSTR ? 1 : mg_elem_bytes((const mg_rtype *)(uintptr_t)pc[0]);
        int64_t len = base[A + 1].i, cap = base[A + 2].i;
        int64_t add = MG_OP(i) == BC_APPEND ? (int64_t)C : base[B + 1].i;
        if (MG_OP(i) == BC_APPENDSLICE) RACE_ELEMS(base[B].p, add * w, w, false);
        if (len + add <= cap)
            RACE_ELEMS((uint8_t *)base[A].p + len * w, add * w, w, true);
        else
            RACE_ELEMS(base[A].p, len * w, w, false);
    }
    if (MG_OP(i) == BC_APPEND) goto L_APPEND;
    if (MG_OP(i) == BC_APPENDSLICE) goto L_APPENDSLICE;
    goto L_APPENDSTR;
R_BYTES2STR:
    if (RACE_USER()) RACE_BYTES(base[B].p, base[B + 1].i, false);
    goto L_BYTES2STR;
R_RUNES2STR:
    if (RACE_USER()) RACE(base[B].p, base[B + 1].i, false);
    goto L_RUNES2STR;
R_MAPGET:
    if (RACE_USER()) RACE(RB.p, 1, false);
    goto L_MAPGET;
R_MAPGET2:
    if (RACE_USER()) RACE(RB.p, 1, false);
    goto L_MAPGET2;
R_MAPLEN:
    if (RACE_USER()) RACE(RB.p, 1, false);
    goto L_MAPLEN;
R_MAPITER:
    if (RACE_USER()) RACE(RB.p, 1, false);
    goto L_MAPITER;
R_MAPNEXT:
    if (RACE_USER()) RACE(((mg_map_iter *)RB.p)->m, 1, false);
    goto L_MAPNEXT;
R_MAPSET:
    if (RACE_USER()) RACE(RA.p, 1, true);
    goto L_MAPSET;
R_MAPDEL:
    if (RACE_USER()) RACE(RA.p, 1, true);
    goto L_MAPDEL;
R_MAPCLEAR:
    if (RACE_USER()) RACE(RA.p, 1, true);
    goto L_MAPCLEAR;
R_CLOSE:
    /* every close, the standard library's too (context): it happens before the
     * receives that see it */
    rt_race_chan_close(RA.p, &g->rt);
    goto L_CLOSE;
#undef RACE
#undef RACE_USER

    /* A parked instruction finishes with the outcome of its wait (g.h). */
resume : {
    int kind = g->resume;
    if (kind & RESUME_IN_PANIC) {
        step = vm_panic_resume(g);
        goto panic_stepped;
    }
    if (kind == RESUME_RETRY) {
        /* a native parked asking to run again (it was the call just before pc, or a
         * deferred call that RUNDEFERS at pc moves past) */
        vm_native_retry(g);
        base = g->stack + fr->base;
        if (unlikely(g->signals)) goto handle_signals;
        DISPATCH();
    }
    g->resume = RESUME_NONE;
    i = pc[-1];
    bool ok = g->rt.park_ok;
    if (kind == RESUME_SELECT) {
        int chosen = g->rt.select_index;
        if (base[A + 3 * chosen + 1].i == 1) {
            if (!ok) RAISE(vm_raise(g, RT_PLAIN, "send on closed channel"));
        } else {
            select_set_ok(base, A, chosen, ok);
        }
        RA.i = chosen;
    } else if (kind == RESUME_RECV2) {
        base[A + C].u = ok;
    } else if (kind == RESUME_SEND && !ok) {
        RAISE(vm_raise(g, RT_PLAIN, "send on closed channel"));
    }
    if (unlikely(g->signals)) goto handle_signals;
    DISPATCH();
}

park:
    g->budget = budget;
    return VM_STOP_PARK;

    /* ---- leaving the loop ---- */
yield:
    SAVE_PC();
    /* the host's instruction budget (limits.c) is counted per spent preemption budget */
    if (unlikely(vm->opt.max_instructions) && vm_tick_limit(g, VM_BUDGET - budget)) {
        g->budget = VM_BUDGET;
        return VM_STOP_DIE;
    }
    g->budget = VM_BUDGET;
    return VM_STOP_YIELD;

overflow:
    vm_stack_overflow(g);
    g->budget = budget;
    return VM_STOP_DIE;

handle_signals : {
    uint32_t s = g->signals;
    if (s & GSIG_DIE) {
        g->budget = budget;
        return VM_STOP_DIE;
    }
    if (s & GSIG_PARK) {
        /* a native queued the G as a waiter: the saved pc is the next instruction */
        g->signals &= ~(uint32_t)GSIG_PARK;
        g->budget = budget;
        return VM_STOP_PARK;
    }
    if (s & GSIG_UNWIND) {
        g->signals &= ~(uint32_t)(GSIG_UNWIND | GSIG_PANIC);
        goto on_panic;
    }
    if (s & GSIG_PANIC) {
        g->signals &= ~(uint32_t)(GSIG_PANIC | GSIG_NIL);
        vm_start_panic(g, g->pending_panic);
        g->pending_panic = (mg_iface){0};
        if (s & GSIG_NIL) g->sig = true;
        goto on_panic;
    }
    if (s & GSIG_GOEXIT) {
        g->signals &= ~(uint32_t)GSIG_GOEXIT;
        mg_panic *p = mg_alloc(sizeof *p);
        p->goexit = true;
        p->link = g->panic;
        g->panic = p;
        goto on_panic;
    }
    if (s & GSIG_YIELD) {
        g->signals &= ~(uint32_t)GSIG_YIELD;
        g->budget = VM_BUDGET;
        return VM_STOP_YIELD;
    }
    g->signals = 0;
    DISPATCH();
}

on_panic:
    step = vm_panic_step(g);
panic_stepped:
    switch (step) {
    case VM_STEP_RUN:
        RELOAD();
        if (unlikely(g->signals)) goto handle_signals;
        DISPATCH();
    case VM_STEP_NATIVE: g->budget = budget; return VM_STOP_PANIC;
    case VM_STEP_EXIT: g->budget = budget; return VM_STOP_EXIT;
    case VM_STEP_PARK: g->budget = budget; return VM_STOP_PARK;
    default: g->budget = budget; return VM_STOP_DIE;
    }
}
