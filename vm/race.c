/* race.c - shadow memory and reports of the race detector (vm/race.h; the clocks are
 * runtime/race.c).
 *
 * Shadow state, one cell per word ever accessed (FastTrack's shape): the last write's
 * epoch (tid, clock) and the reads since that write that are not ordered before a
 * later read (a read that happens before another one can be forgotten: any write
 * racing with it races with the later one too). An access by goroutine t with clock
 * vector C races with a recorded access (u, k) of another goroutine when k > C[u]
 * (u's access is not known to t); a write checks the write and every read, a read
 * checks the write. Maps count as one location (the map object's address).
 *
 * Each access record keeps the pc of its instruction: the "Previous" stack of a
 * report is that one frame (Go keeps whole stacks; a pc costs 8 bytes). A
 * report is printed once per pair of instructions or word. Pages of cells live in a
 * striped table (runtime/race.h) and keep what they shadow alive (shadow_page).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc_glue.h"
#include "object.h"
#include "proto.h"
#include "race.h"
#include "runtime/race.h"
#include "textbuf.h"
#include "vm.h"

/* One access: who, when, where (the saved pc of its frame: the next instruction). */
typedef struct race_acc {
    uint32_t tid, clk; /* clk 0: none */
    const mg_instr *pc;
} race_acc;

/* The shadow of one word: the last write and one read since it; more concurrent reads
 * go to a race_reads node of the side table (SHADOW_MORE set in r.tid). */
typedef struct shadow_word {
    race_acc w, r;
} shadow_word;
#define SHADOW_MORE 0x80000000u

/* The shadow of a 4 KiB page of memory. pin[i] is the address of word i once it was
 * accessed: it keeps the object alive (the GC sees interior pointers), so the
 * collector never hands a shadowed address to a new object that would inherit stale
 * accesses (a false report). The price: memory that was accessed while several
 * goroutines existed is never freed. The words themselves are atomic memory, and
 * the tables' keys are page and word numbers, not pointers. */
#define PAGE_SHIFT 12
#define PAGE_WORDS ((1u << PAGE_SHIFT) / sizeof(mg_word))
typedef struct shadow_page {
    rt_race_node node; /* key: address >> PAGE_SHIFT */
    void **pin;        /* PAGE_WORDS pointers (scanned) */
    shadow_word *w;    /* PAGE_WORDS words */
} shadow_page;

typedef struct race_reads {
    rt_race_node node; /* key: the word's address / 8 */
    uint32_t n, cap;
    race_acc *r; /* the reads beyond shadow_word.r */
} race_reads;

/* A reported race: its pair of instructions and the word (Go's detector reports an
 * address or a pair of stacks once). */
typedef struct race_pair {
    const mg_instr *a, *b;
    uintptr_t addr;
} race_pair;

struct vm_race {
    rt_race *hb;
    rt_race_table shadow; /* pages */
    rt_race_table reads;  /* words read concurrently by several goroutines */
    const char *user_file;
    pthread_mutex_t report_lock; /* reports, pairs, nraces */
    race_pair *pairs;            /* malloc'd: pcs are program memory, kept alive */
    int npairs, cappairs;
    int nraces;
};

void vm_race_init(mg_vm *vm, mg_g *main_g) {
    vm_race *r = mg_alloc(sizeof *r);
    r->hb = rt_race_new();
    rt_race_table_init(&r->shadow);
    rt_race_table_init(&r->reads);
    pthread_mutex_init(&r->report_lock, NULL);
    const mg_func *m = vm->prog->main;
    r->user_file = m && m->proto ? m->proto->file : NULL;
    vm->race = r;
    rt_race_g *rg = rt_race_g_start(r->hb, NULL);
    rg->goid = 1;
    main_g->rt.race = rg;
}

const char *vm_race_user_file(mg_vm *vm) {
    return vm->race ? vm->race->user_file : NULL;
}

void vm_race_go(mg_g *parent, mg_g *child) {
    rt_race_g *pr = parent->rt.race;
    if (!pr) return;
    rt_race_g *rg = rt_race_g_start(pr->race, pr);
    rg->created_proto = child->created_by;
    rg->created_line = child->created_line;
    child->rt.race = rg;
}

void vm_race_spawned(mg_g *child) {
    if (child->rt.race) child->rt.race->goid = child->id;
}

void vm_race_exit(mg_g *g) {
    if (!g->rt.race) return;
    rt_race_g_exit(g->rt.race);
    g->rt.race = NULL;
}

/* ---------- reports ---------- */

static bool frame_hidden(const mg_proto *p) {
    const char *name = p->fn && p->fn->name ? p->fn->name : "";
    return p->trace == PROTO_TRACE_HIDDEN || strncmp(name, "runtime.", 8) == 0;
}

static void put_frame(vm_textbuf *b, const mg_proto *p, const mg_instr *pc) {
    if (frame_hidden(p)) return;
    vm_frame f = {.proto = p, .pc = pc};
    vm_tb_printf(b, "  %s()\n      %s:%d +0x%x\n", p->fn && p->fn->name ? p->fn->name : "?",
                 p->file ? p->file : "?", vm_frame_line(&f),
                 (unsigned)((pc - p->code - 1) * sizeof *pc));
}

static void put_who(vm_textbuf *b, const rt_race_g *rg) {
    if (rg && rg->goid == 1)
        vm_tb_puts(b, "main goroutine:\n");
    else
        vm_tb_printf(b, "goroutine %lld:\n", rg ? (long long)rg->goid : 0LL);
}

static void put_created(vm_textbuf *b, const rt_race_g *rg, bool running) {
    if (!rg || rg->goid == 1 || !rg->created_proto) return;
    vm_tb_printf(b, "\nGoroutine %lld (%s) created at:\n", (long long)rg->goid,
                 running        ? "running"
                 : rg->finished ? "finished"
                                : "running");
    const mg_proto *p = rg->created_proto;
    vm_tb_printf(b, "  %s()\n      %s:%d\n", p->fn && p->fn->name ? p->fn->name : "?",
                 p->file ? p->file : "?", rg->created_line);
}

/* The function whose code holds pc (for the previous access of a report). */
static const mg_proto *proto_of(mg_vm *vm, const mg_instr *pc) {
    const mg_program *prog = vm->prog;
    for (int i = 0; i < prog->nfuncs; i++) {
        const mg_proto *p = prog->funcs[i]->proto;
        if (p && pc > p->code && pc <= p->code + p->ncode) return p;
    }
    return NULL;
}

/* First report of this pair of instructions and of this word? */
static bool new_pair(vm_race *r, const mg_instr *a, const mg_instr *b, uintptr_t addr) {
    if (a > b) {
        const mg_instr *t = a;
        a = b;
        b = t;
    }
    for (int i = 0; i < r->npairs; i++)
        if ((r->pairs[i].a == a && r->pairs[i].b == b) || r->pairs[i].addr == addr) return false;
    if (r->npairs == r->cappairs) {
        int cap = r->cappairs ? r->cappairs * 2 : 16;
        race_pair *p = realloc(r->pairs, sizeof *p * (size_t)cap);
        if (!p) return false;
        r->pairs = p;
        r->cappairs = cap;
    }
    r->pairs[r->npairs++] = (race_pair){a, b, addr};
    return true;
}

static void report(mg_g *g, uintptr_t addr, bool write, const race_acc *prev, bool prev_write) {
    vm_race *r = g->vm->race;
    rt_race_g *cur = g->rt.race;
    pthread_mutex_lock(&r->report_lock);
    const mg_instr *here = g->frames[g->nframes - 1].pc;
    if (!new_pair(r, here, prev->pc, addr)) {
        pthread_mutex_unlock(&r->report_lock);
        return;
    }
    r->nraces++;
    rt_race_g *other = rt_race_g_of(r->hb, prev->tid);
    vm_textbuf b = {0};
    vm_tb_printf(&b, "==================\nWARNING: DATA RACE\n%s at 0x%012llx by ",
                 write ? "Write" : "Read", (unsigned long long)addr);
    put_who(&b, cur);
    int shown = 0;
    for (int32_t i = g->nframes - 1; i >= 0 && shown < 100; i--) {
        const vm_frame *f = &g->frames[i];
        if (frame_hidden(f->proto)) continue;
        put_frame(&b, f->proto, f->pc);
        shown++;
    }
    vm_tb_printf(&b, "\nPrevious %s at 0x%012llx by ", prev_write ? "write" : "read",
                 (unsigned long long)addr);
    put_who(&b, other);
    const mg_proto *pp = proto_of(g->vm, prev->pc);
    if (pp) put_frame(&b, pp, prev->pc);
    put_created(&b, cur, true);
    if (other != cur) put_created(&b, other, false);
    vm_tb_puts(&b, "==================\n");
    if (b.p) vm_write(g->vm, 2, b.p, b.len);
    free(b.p);
    pthread_mutex_unlock(&r->report_lock);
}

/* ---------- the check ---------- */

/* Whether access a (not by tid t) is unknown to clock vc: the two race. */
static bool concurrent(const race_acc *a, uint32_t t, const rt_vc *vc) {
    uint32_t u = a->tid & ~SHADOW_MORE;
    return a->clk != 0 && u != t && a->clk > rt_vc_get(vc, u);
}

static race_reads *more_reads(vm_race *r, uintptr_t addr, bool create, rt_race_stripe **s) {
    return (race_reads *)rt_race_table_lock(&r->reads, addr / sizeof(mg_word),
                                            create ? sizeof(race_reads) : 0, s);
}

/* A read by me of a word whose read slot holds another goroutine's concurrent read:
 * keep both (the side list drops the reads that me is ordered after). */
static void add_read(vm_race *r, shadow_word *sw, uintptr_t addr, const race_acc *me,
                     const rt_vc *vc) {
    rt_race_stripe *s;
    race_reads *m = more_reads(r, addr, true, &s);
    uint32_t k = 0;
    for (uint32_t i = 0; i < m->n; i++) {
        if (m->r[i].tid == me->tid || m->r[i].clk <= rt_vc_get(vc, m->r[i].tid)) continue;
        m->r[k++] = m->r[i];
    }
    m->n = k;
    if (m->n == m->cap) {
        uint32_t cap = m->cap ? m->cap * 2 : 4;
        race_acc *a = mg_alloc_atomic(sizeof *a * cap);
        if (m->n) memcpy(a, m->r, sizeof *a * m->n);
        m->r = a;
        m->cap = cap;
    }
    m->r[m->n++] = *me;
    rt_race_table_unlock(s);
    sw->r.tid |= SHADOW_MORE;
}

/* Checks and records one word (its page's stripe locked); true, with the access it
 * races with, on a race. */
static bool check_word(vm_race *r, shadow_word *sw, uintptr_t addr, const race_acc *me,
                       const rt_vc *vc, bool write, race_acc *prev, bool *prev_write) {
    uint32_t t = me->tid;
    bool raced = false;
    if (concurrent(&sw->w, t, vc)) {
        *prev = sw->w;
        *prev_write = true;
        raced = true;
    }
    if (write) {
        if (sw->w.tid == t && sw->w.clk == me->clk && sw->r.clk == 0) return raced;
        if (!raced && concurrent(&sw->r, t, vc)) {
            *prev = sw->r;
            prev->tid &= ~SHADOW_MORE;
            *prev_write = false;
            raced = true;
        }
        if (sw->r.tid & SHADOW_MORE) {
            rt_race_stripe *s;
            race_reads *m = more_reads(r, addr, false, &s);
            for (uint32_t i = 0; m && i < m->n; i++) {
                if (!raced && concurrent(&m->r[i], t, vc)) {
                    *prev = m->r[i];
                    *prev_write = false;
                    raced = true;
                }
            }
            if (m) m->n = 0;
            rt_race_table_unlock(s);
        }
        sw->w = *me;
        sw->r = (race_acc){0};
        return raced;
    }
    uint32_t u = sw->r.tid & ~SHADOW_MORE;
    if (sw->r.clk == 0 || u == t || sw->r.clk <= rt_vc_get(vc, u)) {
        /* the read slot is empty, ours, or ordered before this read: replace it */
        uint32_t more = sw->r.tid & SHADOW_MORE;
        sw->r = *me;
        sw->r.tid |= more;
    } else {
        add_read(r, sw, addr, me, vc);
    }
    return raced;
}

/* Byte-granular accesses (packed elements, docs/packed.md) are shadowed per byte: byte
 * address x is the shadow word of the key BYTE_KEYS + x * 8, a range no real address
 * reaches (user addresses are below 2^47), so neighbouring bytes written by different
 * goroutines are different words to the detector. */
#define BYTE_KEYS ((uintptr_t)1 << 52)
static uintptr_t real_addr(uintptr_t key) {
    return key >= BYTE_KEYS ? (key - BYTE_KEYS) >> 3 : key;
}

static void race_access(mg_g *g, uintptr_t a, int64_t n, bool write);

void vm_race_access(mg_g *g, const void *addr, int64_t n, bool write) {
    if (addr) race_access(g, (uintptr_t)addr, n, write);
}

void vm_race_access_bytes(mg_g *g, const void *addr, int64_t nbytes, bool write) {
    if (addr) race_access(g, BYTE_KEYS + ((uintptr_t)addr << 3), nbytes, write);
}

/* n shadow words from key a (a real word address, or a byte key) */
static void race_access(mg_g *g, uintptr_t a, int64_t n, bool write) {
    rt_race_g *rg = g->rt.race;
    if (!rg || n <= 0) return;
    vm_race *r = g->vm->race;
    /* while main is the only goroutine there has been, every access happens before
     * all the others (they all descend from its go statements): nothing to record */
    if (rt_race_ntids(r->hb) <= 2) return;
    race_acc me = {
        .tid = rg->tid, .clk = rt_vc_get(&rg->vc, rg->tid), .pc = g->frames[g->nframes - 1].pc};
    race_acc prev = {0};
    bool prev_write = false, raced = false;
    uintptr_t raced_at = 0;
    uintptr_t end = a + (uintptr_t)n * sizeof(mg_word);
    while (a < end) {
        rt_race_stripe *s;
        shadow_page *pg;
        if (rg->page && rg->page_key == a >> PAGE_SHIFT) {
            pg = rg->page;
            s = rg->page_stripe;
            rt_lock_acquire(&s->lock);
        } else {
            pg = (shadow_page *)rt_race_table_lock(&r->shadow, a >> PAGE_SHIFT, sizeof(shadow_page),
                                                   &s);
            rg->page = pg;
            rg->page_key = a >> PAGE_SHIFT;
            rg->page_stripe = s;
        }
        if (!pg->w) {
            pg->w = mg_alloc_atomic(sizeof *pg->w * PAGE_WORDS);
            pg->pin = mg_alloc(sizeof *pg->pin * PAGE_WORDS);
        }
        uintptr_t page_end = ((a >> PAGE_SHIFT) + 1) << PAGE_SHIFT;
        for (; a < end && a < page_end; a += sizeof(mg_word)) {
            uint32_t i = (uint32_t)((a & ((1u << PAGE_SHIFT) - 1)) / sizeof(mg_word));
            pg->pin[i] = (void *)real_addr(a);
            race_acc p = {0};
            bool pw = false;
            if (check_word(r, &pg->w[i], a, &me, &rg->vc, write, &p, &pw) && !raced) {
                raced = true;
                prev = p;
                prev_write = pw;
                raced_at = real_addr(a);
            }
        }
        rt_race_table_unlock(s);
    }
    if (raced) report(g, raced_at, write, &prev, prev_write);
}

int vm_race_finish(mg_vm *vm, int status) {
    vm_race *r = vm->race;
    if (!r || r->nraces == 0 || status != 0) return status;
    char line[64];
    int n = snprintf(line, sizeof line, "Found %d data race(s)\n", r->nraces);
    vm_write_final(vm, 2, line, (size_t)n);
    return 66;
}
