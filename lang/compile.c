/* compile.c - the code generator's driver: typed AST (checked packages) -> mg_program.
 *
 * Owns: instruction emission and patching, register allocation, constants, function
 * shells (mg_func) and their names, native binding, generated wrappers (value methods
 * reached through a pointer word, bound method values), function prologues/epilogues
 * and the program's init function. Expressions, calls and statements live in
 * compile_expr.c, compile_call.c and compile_stmt.c (see cg_internal.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../stdlib/natives.h"
#include "arena.h"
#include "cg_internal.h"

/* ---------- diagnostics ---------- */

void cg_error(FS *fs, Node *n, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    const char *file = fs->cg->pkg ? cg_pkg_file(fs->cg->pkg) : "?";
    /* without a node, the line of the statement being compiled */
    int line = n ? n->line : fs->line;
    int col = n ? n->col : line > 0;
    diag_error(fs->cg->d, file, line, col, "internal compiler error: %s", buf);
}

/* ---------- growing arrays ---------- */

void *cg_grow(void *p, int n, int *cap, size_t elem) {
    if (n < *cap) return p;
    int nc = *cap ? *cap * 2 : 16;
    void *np = ar_alloc(elem * (size_t)nc);
    if (n) memcpy(np, p, elem * (size_t)n);
    *cap = nc;
    return np;
}

int type_words(Type *t) {
    return t ? t->words : 0;
}

int cg_elem_bytes(Type *elem) {
    int ps = type_packed_size(elem);
    return ps ? ps : type_words(elem) * 8;
}

const char *cg_pkg_file(Package *pkg) {
    if (!pkg->files || !pkg->nfiles) return pkg->path ? pkg->path : "";
    Node *f = pkg->files[0];
    return f->str ? f->str : f->lit ? f->lit : pkg->path;
}

/* ---------- emission ---------- */

int cg_emit(FS *fs, mg_instr i) {
    if (fs->ncode + 1 >= fs->capcode) {
        int cap = fs->capcode;
        fs->code = cg_grow(fs->code, fs->ncode, &cap, sizeof *fs->code);
        int cap2 = fs->capcode;
        fs->lines = cg_grow(fs->lines, fs->ncode, &cap2, sizeof *fs->lines);
        fs->capcode = cap;
    }
    fs->lines[fs->ncode] = fs->line;
    fs->code[fs->ncode] = i;
    return fs->ncode++;
}

/* The conditional jumps whose offset is the 16-bit sC (JEQ_INT .. JGE_IK and JLT_F64 ..
 * JNE_F64, each range contiguous, and JSB1, JNSB1). */
static bool is_short_cjump(int op) {
    return (op >= BC_JEQ_INT && op <= BC_JGE_IK) || (op >= BC_JLT_F64 && op <= BC_JNE_F64) ||
           op == BC_JSB1 || op == BC_JNSB1;
}

int cg_emit_abc(FS *fs, int op, int a, int b, int c) {
    if (a < 0 || a > 0xffff || b > 0xffff || c > 0xffff || b < -32768 || c < -32768)
        cg_error(fs, NULL, "operand out of range (frame too large?)");
    int pc = cg_emit(fs, MG_MKABC(op, a, b, c));
    if (is_short_cjump(op)) {
        fs->cj_pending = cg_grow(fs->cj_pending, fs->ncj_pending, &fs->capcj_pending, sizeof(int));
        fs->cj_pending[fs->ncj_pending++] = pc;
    }
    return pc;
}

int cg_emit_abx(FS *fs, int op, int a, int bx) {
    return cg_emit(fs, MG_MKABX(op, a, bx));
}

void cg_emit_word(FS *fs, uint64_t w) {
    cg_emit(fs, (mg_instr)w);
}

int cg_jump(FS *fs, int op, int a) {
    return cg_emit_abx(fs, op, a, 0);
}

void cg_patch_sbx(FS *fs, int pc, int target) {
    mg_instr i = fs->code[pc];
    int32_t off = target - (pc + 1);
    fs->code[pc] = (i & 0xffffffffu) | (mg_instr)(uint32_t)off << 32;
}

static void set_sc(FS *fs, int pc, int off) {
    fs->code[pc] = (fs->code[pc] & 0x0000ffffffffffffull) | (mg_instr)(uint16_t)(int16_t)off << 48;
}

void cg_patch_sc(FS *fs, int pc, int target) {
    for (int k = 0; k < fs->ncj_redirect; k++)
        if (fs->cj_redirect[2 * k] == pc) { /* it goes through its island's JMP now */
            cg_patch_sbx(fs, fs->cj_redirect[2 * k + 1], target);
            return;
        }
    for (int k = 0; k < fs->ncj_pending; k++)
        if (fs->cj_pending[k] == pc) {
            fs->cj_pending[k] = fs->cj_pending[--fs->ncj_pending];
            break;
        }
    int off = target - (pc + 1);
    if (off < -32768 && pc + 16 >= fs->ncode) {
        /* A loop's closing test far below its top: the test falls through to the end of
         * the code, so an island placed there (skipped by the fall-through) reaches. */
        int skip = cg_jump(fs, BC_JMP, 0);
        int far = cg_jump(fs, BC_JMP, 0);
        cg_patch_sbx(fs, skip, fs->ncode);
        cg_patch_sbx(fs, far, target);
        off = far - (pc + 1);
    }
    if (off < -32768 || off > 32767) cg_error(fs, NULL, "branch too far");
    set_sc(fs, pc, off);
}

/* Islands go in once a pending jump is this many words behind: a statement boundary
 * comes before it is out of reach unless one statement alone is ~24K words long. */
#define ISLAND_AGE 8192

void cg_branch_islands(FS *fs) {
    int n = 0;
    for (int k = 0; k < fs->ncj_pending; k++)
        if (fs->ncode - fs->cj_pending[k] > ISLAND_AGE) n++;
    if (n == 0) return;
    int skip = cg_jump(fs, BC_JMP, 0);
    for (int k = 0; k < fs->ncj_pending;) {
        int pc = fs->cj_pending[k];
        if (fs->ncode - pc <= ISLAND_AGE) {
            k++;
            continue;
        }
        int island = cg_jump(fs, BC_JMP, 0);
        set_sc(fs, pc, island - (pc + 1));
        fs->cj_redirect =
            cg_grow(fs->cj_redirect, fs->ncj_redirect, &fs->capcj_redirect, 2 * sizeof(int));
        fs->cj_redirect[2 * fs->ncj_redirect] = pc;
        fs->cj_redirect[2 * fs->ncj_redirect++ + 1] = island;
        fs->cj_pending[k] = fs->cj_pending[--fs->ncj_pending];
    }
    cg_patch_sbx(fs, skip, fs->ncode);
}

/* Patch a jump at pc (AsBx or ABsC / AsBsC form) to the current end of code. */
void cg_patch_here(FS *fs, int pc) {
    unsigned op = MG_OP(fs->code[pc]);
    if (op == BC_JMP || op == BC_JMPIF || op == BC_JMPIFNOT)
        cg_patch_sbx(fs, pc, fs->ncode);
    else
        cg_patch_sc(fs, pc, fs->ncode);
}

void jumps_add(Jumps *j, int pc) {
    j->pcs = cg_grow(j->pcs, j->n, &j->cap, sizeof *j->pcs);
    j->pcs[j->n++] = pc;
}

/* ---------- registers ---------- */

int cg_alloc(FS *fs, int n) {
    int r = fs->freereg;
    fs->freereg += n;
    if (fs->freereg > fs->maxregs) fs->maxregs = fs->freereg;
    if (fs->freereg > 0xfff0) cg_error(fs, NULL, "function needs too many registers");
    return r;
}

void cg_free_to(FS *fs, int reg) {
    if (reg < fs->freereg) fs->freereg = reg;
}

/* ---------- constants ---------- */

static int kadd(FS *fs, mg_word w) {
    fs->k = cg_grow(fs->k, fs->nk, &fs->capk, sizeof *fs->k);
    fs->k[fs->nk] = w;
    return fs->nk++;
}

int cg_kint(FS *fs, int64_t v) {
    for (int i = 0; i < fs->nk; i++)
        if (fs->k[i].i == v) return i;
    return kadd(fs, (mg_word){.i = v});
}

int cg_kstr(FS *fs, const char *s, size_t n) {
    for (int i = 0; i + 1 < fs->nk; i++)
        if (fs->k[i + 1].i == (int64_t)n && fs->k[i].p &&
            (n == 0 || memcmp(fs->k[i].p, s, n) == 0) && fs->k[i].p == (void *)s)
            return i;
    int i = kadd(fs, (mg_word){.p = (void *)s});
    kadd(fs, (mg_word){.i = (int64_t)n});
    return i;
}

void cg_load_int(FS *fs, int dst, int64_t v) {
    if (v >= INT32_MIN && v <= INT32_MAX)
        cg_emit_abx(fs, BC_LOADI, dst, (int32_t)v);
    else
        cg_emit_abx(fs, BC_LOADK, dst, cg_kint(fs, v));
}

void cg_move(FS *fs, int dst, int src, int n) {
    if (dst == src || n == 0) return;
    if (n == 1)
        cg_emit_abc(fs, BC_MOVE, dst, src, 0);
    else if (n == 2)
        cg_emit_abc(fs, BC_MOVE2, dst, src, 0);
    else if (n == 3)
        cg_emit_abc(fs, BC_MOVE3, dst, src, 0);
    else
        cg_emit_abc(fs, BC_MOVEN, dst, src, n);
}

void cg_zero(FS *fs, int dst, int n) {
    if (n > 0) cg_emit_abc(fs, BC_LOADNIL, dst, n, 0);
}

/* ---------- function shells ---------- */

static void add_func(CG *cg, mg_func *f) {
    cg->funcs = cg_grow(cg->funcs, cg->nfuncs, &cg->capfuncs, sizeof *cg->funcs);
    cg->funcs[cg->nfuncs++] = f;
}

/* The CG of the running compile, for shells made on demand from rtype.c (wrappers).
 * cg_compile is single-threaded per program; wrappers are not recorded in cg->funcs when
 * made outside a compile (cannot happen: rtypes are built while compiling). */
static __thread CG *current_cg;

/* Every chan rtype the compile hands out (cg_rtype calls this) goes into the program's
 * rtypes: mg_new_chan then gives a host channel the very descriptor the program's type
 * assertions and switches compare with (pointer equality), whatever the program's
 * signatures hold. */
void cg_note_chan(const mg_rtype *r) {
    CG *cg = current_cg;
    if (!cg) return;
    for (int i = cg->nchans - 1; i >= 0; i--)
        if (cg->chans[i] == r) return;
    cg->chans = cg_grow(cg->chans, cg->nchans, &cg->capchans, sizeof *cg->chans);
    cg->chans[cg->nchans++] = r;
}

mg_func *cg_new_func(CG *cg, const char *name, Type *ftype, int recv_words) {
    mg_func *f = ar_alloc(sizeof *f);
    f->name = name;
    int pw = recv_words, rw = 0;
    if (ftype) {
        for (int i = 0; i < ftype->nparams; i++)
            pw += type_words(ftype->params[i]);
        for (int i = 0; i < ftype->nresults; i++)
            rw += type_words(ftype->results[i]);
    }
    f->param_words = pw;
    f->result_words = rw;
    if (cg) add_func(cg, f);
    return f;
}

static const char *strf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static const char *strf(const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if (n >= (int)sizeof buf) n = sizeof buf - 1;
    char *s = ar_alloc_atomic((size_t)n + 1);
    memcpy(s, buf, (size_t)n + 1);
    return s;
}

CgFn *cg_fninfo_sym(CG *cg, Symbol *s) {
    if (!s->cg) s->cg = ar_alloc(sizeof(CgFn));
    return s->cg;
}

static const char *func_name(Package *pkg, Node *decl) {
    const char *pn = pkg->name ? pkg->name : "main";
    if (decl->a && decl->a->a) {
        Node *rt = decl->a->a;
        bool ptr = false;
        while (rt->kind == N_PAREN)
            rt = rt->a;
        if (rt->kind == N_STAR) {
            ptr = true;
            rt = rt->a;
        }
        const char *tn = rt->name ? rt->name : "?";
        if (ptr) return strf("%s.(*%s).%s", pn, tn, decl->name);
        return strf("%s.%s.%s", pn, tn, decl->name);
    }
    return strf("%s.%s", pn, decl->name);
}

static int recv_words_of(Symbol *s) {
    return s->recv ? type_words(s->recv) : 0;
}

mg_func *cg_func_of_sym(CG *cg, Symbol *s) {
    CgFn *fi = cg_fninfo_sym(cg, s);
    return fi->fn;
}

mg_closure *cg_static_closure(CG *cg, Symbol *s) {
    CgFn *fi = cg_fninfo_sym(cg, s);
    if (!fi->closure) {
        fi->closure = ar_alloc(sizeof(mg_closure));
        fi->closure->fn = fi->fn;
    }
    return fi->closure;
}

/* A proto built by hand (wrappers, native stubs). */
static mg_proto *proto_from(FS *fs) {
    mg_proto *p = ar_alloc(sizeof *p);
    p->code = fs->code;
    p->ncode = fs->ncode;
    p->lines = fs->lines;
    p->k = fs->k;
    p->nk = fs->nk;
    p->nregs = fs->maxregs;
    p->fn = fs->fn;
    if (p->fn && p->ncode) {
        p->fn->code1 = p->code + 1;
        p->fn->first = p->code[0];
    }
    p->recover_pc = -1;
    p->file = "<autogenerated>"; /* generated wrappers; cg_finish sets real functions' file */
    return p;
}

/* "pkg.(*T).M" and the panicwrap text "pkg.T.M called using nil *T pointer" from the value
 * method's name "pkg.T.M" (the package is up to the first dot, the method after the last). */
static void deref_wrapper_names(const char *vname, const char **wname, const char **nilmsg) {
    const char *dot1 = strchr(vname, '.'), *dot2 = strrchr(vname, '.');
    if (!dot1 || dot2 == dot1) {
        *wname = vname;
        *nilmsg = strf("%s called using nil pointer", vname);
        return;
    }
    int pl = (int)(dot1 - vname), tl = (int)(dot2 - dot1 - 1);
    *wname = strf("%.*s.(*%.*s)%s", pl, vname, tl, dot1 + 1, dot2);
    *nilmsg = strf("%s called using nil *%.*s pointer", vname, tl, dot1 + 1);
}

/* Value method M of T called with a pointer word (*T's method set, or T's itab when T is
 * not one word): load the value, shift the arguments, call M. A nil pointer panics with
 * Go's panicwrap text before the load (T's own boxed words are never nil). */
mg_func *cg_method_ifn(Symbol *m, bool pointer_word) {
    CgFn *fi = cg_fninfo_sym(current_cg, m);
    if (!pointer_word) return fi->fn;
    if (fi->deref_wrapper) return fi->deref_wrapper;
    mg_func *target = fi->fn;
    int w = recv_words_of(m);
    int pw = target->param_words - w, rw = target->result_words;
    mg_func *f = ar_alloc(sizeof *f);
    const char *nilmsg;
    deref_wrapper_names(target->name, &f->name, &nilmsg);
    f->param_words = 1 + pw;
    f->result_words = rw;
    FS fs = {0};
    fs.cg = current_cg;
    fs.fn = f;
    fs.line = 1;
    fs.freereg = fs.maxregs = 1 + pw;
    int t = cg_alloc(&fs, w + pw + rw + 1);
    cg_emit_abx(&fs, BC_PANICWRAP, 0, cg_kstr(&fs, nilmsg, strlen(nilmsg)));
    if (m->recv && type_packed_size(m->recv)) { /* the *T may point into a packed array */
        cg_emit_abc(&fs, BC_LOADB, t, 0, 0);
        cg_emit_word(&fs, (uint64_t)type_packed_size(m->recv));
    } else if (m->recv && type_packed_array_bytes(m->recv)) { /* ... or be a converted slice */
        cg_emit_abc(&fs, BC_LOADPK, t, 0, 0);
        cg_emit_word(&fs, (uint64_t)type_packed_array_bytes(m->recv));
    } else if (w == 1)
        cg_emit_abc(&fs, BC_LOAD, t, 0, 0);
    else if (w > 1) {
        cg_emit_abc(&fs, BC_LOADN, t, 0, 0);
        cg_emit_word(&fs, (uint64_t)w);
    }
    cg_move(&fs, t + w, 1, pw);
    cg_emit_abc(&fs, BC_CALL_STATIC, t, 0, 0);
    cg_emit_word(&fs, (uint64_t)(uintptr_t)target);
    cg_emit_abc(&fs, BC_RET, t, rw, 0);
    f->proto = proto_from(&fs);
    f->proto->trace = PROTO_TRACE_HIDDEN_UNLESS_PANICKED; /* shown for a nil receiver */
    if (current_cg) add_func(current_cg, f);
    fi->deref_wrapper = f;
    return f;
}

mg_func *cg_promoted_wrapper(const char *name, bool in_mem, const CgStep *path, int npath,
                             Type *holder, Method *m, bool iface) {
    CG *cg = current_cg;
    mg_func *f = cg_new_func(cg, name, m->type, 1);
    int pw = f->param_words - 1, rw = f->result_words;
    FS fs = {0};
    fs.cg = cg;
    fs.fn = f;
    fs.line = 1;
    fs.freereg = fs.maxregs = 1 + pw;
    int cur = 0, off = 0;
    for (int i = 0; i < npath; i++) {
        if (in_mem) {
            if (path[i].ptr) {
                int r = cg_alloc(&fs, 1);
                cg_emit_abc(&fs, BC_LOAD, r, cur, off + path[i].off);
                cur = r;
                off = 0;
            } else
                off += path[i].off;
        } else {
            cur += path[i].off;
            if (path[i].ptr) {
                in_mem = true;
                off = 0;
            }
        }
    }
    int hw = type_words(holder);
    if (iface) {
        int ir = cg_alloc(&fs, 2);
        if (in_mem) {
            cg_emit_abc(&fs, BC_LOADN, ir, cur, off);
            cg_emit_word(&fs, 2);
        } else
            cg_move(&fs, ir, cur, 2);
        int idx = 0;
        Type *u = holder->underlying ? holder->underlying : holder;
        for (int i = 0; i < u->nimethods; i++)
            if (strcmp(u->imethods[i].name, m->name) == 0) idx = i;
        int t = cg_alloc(&fs, 1 + pw + rw + 1);
        cg_move(&fs, t + 1, 1, pw);
        cg_emit_abc(&fs, BC_CALL_IFACE, t, ir, idx);
        cg_emit_abc(&fs, BC_RET, t, rw, 0);
    } else {
        mg_func *target = cg_fninfo_sym(cg, m->sym)->fn;
        int recvw = m->ptr_recv ? 1 : hw;
        int t = cg_alloc(&fs, recvw + pw + rw + 1);
        if (m->ptr_recv) {
            if (in_mem && off == 0)
                cg_move(&fs, t, cur, 1); /* a nil *E reaches the method, as in Go */
            else if (in_mem)
                cg_emit_abc(&fs, BC_ADDPTR, t, cur, off);
            else
                cg_move(&fs, t, cur, 1); /* cannot happen: not in the method set */
        } else if (in_mem) {
            if (type_packed_size(holder) && off * 8 <= 0xffff) {
                /* an embedded *T of a packed kind may point into a packed array */
                cg_emit_abc(&fs, BC_LOADB, t, cur, off * 8);
                cg_emit_word(&fs, (uint64_t)type_packed_size(holder));
            } else if (type_packed_array_bytes(holder)) { /* a *[N]T converted from a slice */
                cg_emit_abc(&fs, BC_LOADPK, t, cur, off);
                cg_emit_word(&fs, (uint64_t)type_packed_array_bytes(holder));
            } else if (hw == 1)
                cg_emit_abc(&fs, BC_LOAD, t, cur, off);
            else if (hw > 1) {
                cg_emit_abc(&fs, BC_LOADN, t, cur, off);
                cg_emit_word(&fs, (uint64_t)hw);
            } else
                cg_emit_abc(&fs, BC_ADDPTR, t + 0, cur, off); /* nil check only */
        } else
            cg_move(&fs, t, cur, hw);
        cg_move(&fs, t + recvw, 1, pw);
        cg_emit_abc(&fs, BC_CALL_STATIC, t, 0, 0);
        cg_emit_word(&fs, (uint64_t)(uintptr_t)target);
        cg_emit_abc(&fs, BC_RET, t, rw, 0);
    }
    f->proto = proto_from(&fs);
    f->proto->trace = PROTO_TRACE_HIDDEN_UNLESS_PANICKED; /* shown for a nil embedded pointer */
    return f;
}

/* A function whose body panics: a bodyless declaration with no native behind it. */
static void native_stub(CG *cg, mg_func *f, const char *qname) {
    FS fs = {0};
    fs.cg = cg;
    fs.fn = f;
    fs.freereg = fs.maxregs = f->param_words + f->result_words;
    size_t n = strlen(qname);
    cg_emit_abx(&fs, BC_PANIC_NATIVE, 0, cg_kstr(&fs, qname, n));
    f->proto = proto_from(&fs);
}

static void make_shell(CG *cg, Package *pkg, Node *decl) {
    Symbol *s = decl->sym;
    if (!s) return;
    CgFn *fi = cg_fninfo_sym(cg, s);
    if (fi->fn) return;
    const char *name = func_name(pkg, decl);
    if (decl->name && strcmp(decl->name, "init") == 0 && !decl->a) {
        static const char *const idx[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
        int k = 0;
        for (int i = 0; i < cg->nfuncs; i++)
            if (strncmp(cg->funcs[i]->name, name, strlen(name)) == 0 &&
                cg->funcs[i]->name[strlen(name)] == '.')
                k++;
        name = strf("%s.%s", name, k < 10 ? idx[k] : "n");
    }
    fi->fn = cg_new_func(cg, name, s->type, recv_words_of(s));
    if (!decl->c) {
        const char *path = pkg->path ? pkg->path : pkg->name;
        const char *qname;
        if (decl->a && decl->a->a) {
            Node *rt = decl->a->a;
            while (rt->kind == N_PAREN || rt->kind == N_STAR)
                rt = rt->a;
            qname = strf("%s.%s.%s", path, rt->name ? rt->name : "?", decl->name);
        } else
            qname = strf("%s.%s", path, decl->name);
        bool never_blocks = false;
        mg_native_fn nf =
            pkg->host ? mg_host_trampoline : mg_native_lookup_flags(qname, &never_blocks);
        if (nf) {
            fi->fn->native = nf;
            fi->fn->never_blocks = never_blocks;
        } else
            native_stub(cg, fi->fn, qname);
    }
}

/* ---------- function bodies ---------- */

static bool has_defer_walk(Node *n) {
    if (!n) return false;
    if (n->kind == N_FUNCLIT) return false;
    if (n->kind == N_DEFER) return true;
    if (has_defer_walk(n->a) || has_defer_walk(n->b) || has_defer_walk(n->c) ||
        has_defer_walk(n->d))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (has_defer_walk(n->list.items[i])) return true;
    for (int i = 0; i < n->list2.len; i++)
        if (has_defer_walk(n->list2.items[i])) return true;
    return false;
}

/* Bind the parameters (or results) declared by a field list, allocating registers in order;
 * boxed ones get their box after all parameters have their registers. */
static void bind_fields(FS *fs, NodeList *fields, bool results, Symbol ***out, int *nout) {
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        Type *t = f->a ? f->a->type : NULL;
        if (f->a && f->a->kind == N_ELLIPSIS && f->a->a) t = type_slice(f->a->a->type);
        int nn = f->list.len ? f->list.len : 1;
        for (int j = 0; j < nn; j++) {
            Symbol *s = f->list.len ? f->list.items[j]->sym : NULL;
            Type *st = s ? s->type : t;
            int r = cg_alloc(fs, type_words(st));
            if (s) s->index = r;
            if (out) {
                (*out)[(*nout)++] = s;
            }
            (void)results;
        }
    }
}

/* How many symbols bind_fields binds for fields (one per name, one per unnamed field). */
static int count_fields(const NodeList *fields) {
    int n = 0;
    for (int i = 0; i < fields->len; i++)
        n += fields->items[i]->list.len ? fields->items[i]->list.len : 1;
    return n;
}

static void box_in_place(FS *fs, Symbol *s, bool has_value) {
    if (!s || !s->boxed) return;
    int w = type_words(s->type);
    int old = s->index;
    int b = cg_alloc(fs, 1);
    cg_emit_abc(fs, BC_NEWBOX, b, w, 0);
    if (has_value) {
        if (w == 1)
            cg_emit_abc(fs, BC_STORE, b, 0, old);
        else if (w > 1) {
            cg_emit_abc(fs, BC_STOREN, b, 0, old);
            cg_emit_word(fs, (uint64_t)w);
        }
    }
    s->index = b;
}

static void collect_caps(FS *fs, Node *n, Node *lit) {
    if (!n) return;
    if (n->kind == N_IDENT && n->sym && n->sym->kind == SYM_VAR && !n->sym->global &&
        n->sym->owner_func && n->sym->owner_func != lit) {
        for (FS *p = fs->parent; p; p = p->parent)
            if (p->decl == n->sym->owner_func) {
                for (int i = 0; i < fs->ncaps; i++)
                    if (fs->caps[i].sym == n->sym) return;
                int cap = fs->ncaps;
                Cap *nc = ar_alloc(sizeof *nc * (size_t)(cap + 1));
                if (cap) memcpy(nc, fs->caps, sizeof *nc * (size_t)cap);
                nc[cap].sym = n->sym;
                nc[cap].reg = -1;
                fs->caps = nc;
                fs->ncaps++;
                return;
            }
    }
    collect_caps(fs, n->a, lit);
    collect_caps(fs, n->b, lit);
    collect_caps(fs, n->c, lit);
    collect_caps(fs, n->d, lit);
    for (int i = 0; i < n->list.len; i++)
        collect_caps(fs, n->list.items[i], lit);
    for (int i = 0; i < n->list2.len; i++)
        collect_caps(fs, n->list2.items[i], lit);
}

void cg_finish(FS *fs) {
    mg_proto *p = proto_from(fs);
    p->recover_pc = -1;
    Package *pkg = fs->cg->pkg;
    p->file = pkg ? cg_pkg_file(pkg) : "";
    p->line = fs->decl ? fs->decl->line : 0;
    p->ncaptured = fs->ncaps;
    fs->fn->proto = p;
}

/* Compile a function declaration or literal whose FS (fn, parent, decl, cg) is set up. */
void cg_func_body(FS *fs, Node *decl) {
    Node *ftn = decl->kind == N_FUNCDECL ? decl->b : decl->a;
    fs->ftype = decl->sym && decl->sym->type && decl->sym->type->kind == TY_FUNC ? decl->sym->type
                                                                                 : ftn->type;
    fs->line = decl->line;
    cg_name_function(decl, fs->fn->name);
    if (decl->kind == N_FUNCLIT) collect_caps(fs, decl->b, decl);
    /* parameters: receiver first */
    int nparams = 0;
    bool has_recv = decl->kind == N_FUNCDECL && decl->a;
    Symbol **ps = ar_alloc(sizeof *ps * (size_t)(count_fields(&ftn->list) + (has_recv ? 1 : 0)));
    if (has_recv) {
        NodeList one = {&decl->a, 1, 1};
        bind_fields(fs, &one, false, &ps, &nparams);
    }
    bind_fields(fs, &ftn->list, false, &ps, &nparams);
    if (fs->freereg != fs->fn->param_words) {
        /* the checker's types are the authority; keep the frame consistent */
        fs->freereg = fs->fn->param_words;
        if (fs->maxregs < fs->freereg) fs->maxregs = fs->freereg;
    }
    for (int i = 0; i < nparams; i++)
        box_in_place(fs, ps[i], true);
    /* captured variables: box pointers into registers */
    for (int i = 0; i < fs->ncaps; i++) {
        fs->caps[i].reg = cg_alloc(fs, 1);
        cg_emit_abc(fs, BC_GETCAP, fs->caps[i].reg, i, 0);
    }
    /* results */
    fs->has_defer = has_defer_walk(decl->b ? (decl->kind == N_FUNCDECL ? decl->c : decl->b) : NULL);
    Node *body = decl->kind == N_FUNCDECL ? decl->c : decl->b;
    int nres = 0;
    Symbol **rs = ar_alloc(sizeof *rs * (size_t)count_fields(&ftn->list2));
    int rstart = fs->freereg;
    bind_fields(fs, &ftn->list2, true, &rs, &nres);
    fs->res_syms = rs;
    fs->nres = nres;
    fs->res_reg = rstart;
    /* Named results start as zero values; unnamed ones are only ever written by a return
     * (or read by the epilogue of a function with defers), so without defers their
     * registers need no zeroing. */
    bool named = false;
    for (int i = 0; i < ftn->list2.len; i++)
        named = named || ftn->list2.items[i]->list.len > 0; /* `_` too: a bare return reads it */
    if (fs->freereg > rstart && (named || fs->has_defer)) cg_zero(fs, rstart, fs->freereg - rstart);
    for (int i = 0; i < nres; i++)
        box_in_place(fs, rs[i], false);
    fs->loops = NULL;
    cg_spill_area_begin(fs, body);
    cg_block(fs, body);
    /* falling off the end: at the closing brace (where Go's traces put a frame running its
     * deferred calls), which the parser keeps in the block's ival */
    fs->line = body && body->list.len ? body->list.items[body->list.len - 1]->line : decl->line;
    if (body && body->kind == N_BLOCK && (body->ival >> 32) > 0) fs->line = (int)(body->ival >> 32);
    cg_return_seq(fs);
    int recover_pc = -1;
    if (fs->has_defer) {
        recover_pc = fs->ncode;
        cg_return_seq(fs);
    }
    cg_spill_area_end(fs);
    cg_finish(fs);
    fs->fn->proto->recover_pc = recover_pc;
}

static void compile_decl(CG *cg, Package *pkg, Node *decl) {
    if (!decl->c || !decl->sym) return;
    CgFn *fi = cg_fninfo_sym(cg, decl->sym);
    FS fs = {0};
    fs.cg = cg;
    fs.decl = decl;
    fs.fn = fi->fn;
    fs.top = fi;
    cg_func_body(&fs, decl);
}

/* ---------- package initialisation ---------- */

static void init_var_spec(FS *fs, Node *spec) {
    fs->line = spec->line;
    int base = fs->freereg;
    int nn = spec->list.len, nv = spec->list2.len;
    if (nv == 0) return; /* zero value: globals start zeroed */
    if (nv == 1 && nn > 1) {
        /* var a, b = f() */
        Node *call = spec->list2.items[0];
        Type *tt = call->type;
        int w = 0;
        for (int i = 0; i < tt->nparams; i++)
            w += type_words(tt->params[i]);
        int r = cg_alloc(fs, w);
        cg_expr(fs, call, r);
        int off = 0;
        for (int i = 0; i < nn; i++) {
            Symbol *s = spec->list.items[i]->sym;
            int ww = type_words(tt->params[i]);
            if (s && s->kind == SYM_VAR && strcmp(s->name, "_") != 0) {
                Place pl = {.kind = PL_GLOBAL, .type = s->type, .off = s->index};
                int src = r + off;
                if (s->type != tt->params[i]) {
                    src = cg_alloc(fs, type_words(s->type) ? type_words(s->type) : 1);
                    cg_conv_move(fs, tt->params[i], s->type, r + off, src);
                }
                cg_place_store(fs, &pl, src);
            }
            off += ww;
        }
    } else {
        for (int i = 0; i < nn && i < nv; i++) {
            Symbol *s = spec->list.items[i]->sym;
            Node *v = spec->list2.items[i];
            Place big = {.kind = PL_GLOBAL, .type = v->type, .off = s ? s->index : 0};
            if (s && s->kind == SYM_VAR && strcmp(s->name, "_") != 0 && s->type == v->type &&
                cg_big_init(fs, v, &big))
                continue;
            int r = cg_alloc(fs, type_words(v->type));
            cg_expr(fs, v, r);
            if (s && s->kind == SYM_VAR && strcmp(s->name, "_") != 0) {
                Place pl = {.kind = PL_GLOBAL, .type = s->type, .off = s->index};
                cg_place_store(fs, &pl, r);
            }
        }
    }
    cg_free_to(fs, base);
}

/* ---------- the program ---------- */

static void add_rtype(CG *cg, const mg_rtype *r) {
    for (int i = 0; i < cg->nrtypes; i++)
        if (cg->rtypes[i] == r) return;
    cg->rtypes = cg_grow(cg->rtypes, cg->nrtypes, &cg->caprtypes, sizeof *cg->rtypes);
    cg->rtypes[cg->nrtypes++] = r;
}

mg_program *cg_compile(Package **pkgs, int npkgs, Diag *d) {
    CG cg = {0};
    cg.d = d;
    current_cg = &cg;
    /* globals and shells first: bodies refer to any of them */
    for (int p = 0; p < npkgs; p++) {
        Package *pkg = pkgs[p];
        for (int i = 0; i < pkg->nglobals; i++) {
            Symbol *s = pkg->globals[i];
            s->index = cg.nglobal_words;
            cg.nglobal_words += type_words(s->type) ? type_words(s->type) : 0;
        }
        for (int i = 0; i < pkg->nfuncs; i++)
            if (pkg->funcs[i]->kind == N_FUNCDECL) make_shell(&cg, pkg, pkg->funcs[i]);
    }
    for (int p = 0; p < npkgs; p++) {
        Package *pkg = pkgs[p];
        cg.pkg = pkg;
        for (int i = 0; i < pkg->nfuncs; i++)
            if (pkg->funcs[i]->kind == N_FUNCDECL) compile_decl(&cg, pkg, pkg->funcs[i]);
    }
    /* init, package by package: "pkg.init" sets the variables in dependency order, then the
     * init()s run; as in Go, the init()s are not called by pkg.init, and the caller of both
     * is a runtime function (traces hide it) */
    mg_func *init = cg_new_func(&cg, "runtime.doInit", NULL, 0);
    FS fs = {0};
    fs.cg = &cg;
    fs.fn = init;
    for (int p = 0; p < npkgs; p++) {
        Package *pkg = pkgs[p];
        cg.pkg = pkg;
        cg_name_globals(pkg);
        if (pkg->ninit > 0) {
            FS vfs = {0};
            vfs.cg = &cg;
            vfs.fn = cg_new_func(&cg, strf("%s.init", pkg->name ? pkg->name : "main"), NULL, 0);
            for (int i = 0; i < pkg->ninit; i++)
                init_var_spec(&vfs, pkg->init_order[i]);
            cg_emit_abc(&vfs, BC_RET, 0, 0, 0);
            cg_finish(&vfs);
            int r = cg_alloc(&fs, 1);
            cg_emit_abc(&fs, BC_CALL_STATIC, r, 0, 0);
            cg_emit_word(&fs, (uint64_t)(uintptr_t)vfs.fn);
            cg_free_to(&fs, r);
        }
        for (int i = 0; i < pkg->nfuncs; i++) {
            Node *f = pkg->funcs[i];
            if (f->kind == N_FUNCDECL && !f->a && f->name && strcmp(f->name, "init") == 0 &&
                f->sym) {
                int r = cg_alloc(&fs, 1);
                cg_emit_abc(&fs, BC_CALL_STATIC, r, 0, 0);
                cg_emit_word(&fs, (uint64_t)(uintptr_t)cg_func_of_sym(&cg, f->sym));
                cg_free_to(&fs, r);
            }
        }
    }
    cg_emit_abc(&fs, BC_RET, 0, 0, 0);
    cg_finish(&fs);

    mg_program *prog = ar_alloc(sizeof *prog);
    prog->itabs = vm_itab_cache_new();
    prog->init = init;
    prog->nglobal_words = cg.nglobal_words;
    prog->spawns = cg.spawns;
    for (int p = 0; p < npkgs; p++) {
        Package *pkg = pkgs[p];
        if (strcmp(pkg->path, "main") == 0) {
            prog->file = cg_pkg_file(pkg);
            for (int i = 0; i < pkg->nfuncs; i++) {
                Node *f = pkg->funcs[i];
                if (f->kind == N_FUNCDECL && !f->a && f->name && strcmp(f->name, "main") == 0 &&
                    f->sym)
                    prog->main = cg_func_of_sym(&cg, f->sym);
            }
        }
        /* every named type of every package (the VM builds runtime error values) */
        Scope *sc = pkg->scope;
        for (int i = 0; sc && i < sc->nsyms; i++) {
            Symbol *s = sc->syms[i];
            if (s && s->kind == SYM_TYPE && s->type && s->type->kind != TY_INVALID) {
                add_rtype(&cg, cg_rtype(s->type));
                add_rtype(&cg, cg_rtype(type_pointer(s->type)));
            }
        }
    }
    add_rtype(&cg, cg_rtype(ty_string));
    add_rtype(&cg, cg_rtype(ty_error));
    /* the embedding API calls main's (and host packages') functions by name with typed
     * arguments (mg_call, vm/api_host.c); built last, when every method set is complete */
    for (int k = 0; k < npkgs; k++) {
        Package *pkg = pkgs[k];
        if (!pkg->host && (!pkg->path || strcmp(pkg->path, "main") != 0)) continue;
        for (int i = 0; i < pkg->nfuncs; i++) {
            Node *f = pkg->funcs[i];
            if (f->kind != N_FUNCDECL || f->a || !f->sym) continue;
            CgFn *fi = cg_fninfo_sym(&cg, f->sym);
            if (fi->fn) fi->fn->type = cg_rtype(f->sym->type);
        }
    }
    /* the default types a host's untyped values take in an interface (mg_call) */
    add_rtype(&cg, cg_rtype(ty_int));
    add_rtype(&cg, cg_rtype(ty_uint));
    add_rtype(&cg, cg_rtype(ty_float64));
    add_rtype(&cg, cg_rtype(ty_bool));
    for (int i = 0; i < cg.nchans; i++)
        add_rtype(&cg, cg.chans[i]);
    cg_link_calls(cg.funcs, cg.nfuncs);
    prog->funcs = cg.funcs;
    prog->nfuncs = cg.nfuncs;
    prog->rtypes = cg.rtypes;
    prog->nrtypes = cg.nrtypes;
    current_cg = NULL;
    return prog;
}
