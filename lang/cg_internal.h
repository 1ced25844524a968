/* cg_internal.h - state shared by the code generator's files (lang/compile*.c).
 *
 * One CG per cg_compile call (per program); one FS per function being compiled.
 * Register allocation is Lua-style: locals take fixed registers for their scope,
 * temporaries are pushed above them (fs->freereg) and popped in LIFO order.
 * Where a local lives is recorded in Symbol.index (its register; for a boxed local the
 * register holds the box pointer) and Symbol.cg (a CgVar). A variable of an enclosing
 * function is reached through the closure's captured boxes (GETCAP at function entry
 * into a register, recorded per FS in caps[]).
 */
#ifndef MG_CG_INTERNAL_H
#define MG_CG_INTERNAL_H

#include <stdio.h>

#include "../vm/object.h"
#include "../vm/proto.h"
#include "../vm/rtype.h"
#include "compile.h"

typedef struct CG CG;
typedef struct FS FS;

/* Per function symbol / literal: the mg_func shell and helpers made on demand. */
typedef struct CgFn {
    mg_func *fn;
    mg_func *deref_wrapper; /* value method called with a pointer receiver word */
    mg_closure *closure;    /* the capture-less closure of a top-level function */
    int nlit;               /* func literals numbered so far (top-level functions) */
    int nwrap;              /* generated defer/go wrappers of builtins numbered so far */
    int inl;                /* compile_inline.c's verdict: unknown, no, yes */
    Node *inl_expr;         /* the E of `return E` when inlinable */
} CgFn;

/* A parameter of an inlined function bound to the caller's register holding the argument. */
typedef struct CgInline {
    Symbol *sym;
    int reg;
} CgInline;

struct CG {
    Diag *d;
    Package *pkg;
    mg_func **funcs;
    int nfuncs, capfuncs;
    int nglobal_words;
    const mg_rtype **rtypes;
    int nrtypes, caprtypes;
    const mg_rtype **chans; /* every chan type the program's code uses (cg_note_chan) */
    int nchans, capchans;
    int ninitlit, ninitwrap; /* func literals / builtin wrappers of package initialisation */
    bool spawns;             /* a go statement was compiled (mg_program.spawns) */
};

typedef struct Cap {
    Symbol *sym;
    int reg; /* register holding the box pointer in this function */
} Cap;

/* Break/continue targets. */
typedef struct Jumps {
    int *pcs;
    int n, cap;
} Jumps;

typedef struct Loop {
    struct Loop *prev;
    Node *stmt;  /* the N_FOR/N_RANGE/N_SWITCH/N_TYPESWITCH/N_SELECT (or its N_LABELED) */
    Node *label; /* N_LABELED wrapping it, or NULL */
    Jumps brk, cont;
    int cont_target; /* -1: patch later */
} Loop;

typedef struct Label {
    Node *lab; /* N_LABELED */
    int pc;    /* -1 until placed */
    Jumps fwd; /* gotos waiting */
} Label;

/* A constant loaded once before the loops being compiled (compile_loopk.c). */
typedef struct CgLoopConst {
    uint64_t word; /* the register word */
    int reg;
} CgLoopConst;

/* A counted loop's counter and the range it has in the loop's body (compile_range.c). */
typedef struct CgRange {
    Symbol *v;
    int64_t lo, hi;
    Symbol *lenof; /* non-NULL: also v < len(lenof), a slice variable the body never assigns */
} CgRange;

struct FS {
    CG *cg;
    FS *parent;
    Node *decl;  /* N_FUNCDECL / N_FUNCLIT; NULL for the init function */
    Type *ftype; /* function type */
    mg_func *fn;
    CgFn *top; /* enclosing top-level function (for funcN names) */
    mg_instr *code;
    int *lines;
    int ncode, capcode;
    mg_word *k;
    int nk, capk;
    int freereg, maxregs;
    int line;
    Cap *caps;
    int ncaps;
    Loop *loops;
    Label *labels;
    int nlabels, caplabels;
    Node *pending_label; /* N_LABELED whose statement is being compiled next */
    bool has_defer;
    int res_reg;       /* first register of the result variables (has_defer) */
    Symbol **res_syms; /* named results (NULL entries for unnamed) */
    int nres;
    /* A function whose locals outgrow the registers keeps the small ones that do not escape
     * in one zeroed spill area (compile_stmt.c), pointed to by R[spill_reg]: such a local has
     * Symbol.boxed with index = spill_reg and cg_spill = 1 + its word offset there. */
    bool has_spill;
    int spill_reg, spill_words;
    int spill_pc;  /* the NEWT allocating it, whose type word is patched at the end */
    CgInline *inl; /* parameters of the function being inlined (compile_inline.c) */
    int ninl;
    /* Forward conditional jumps with a 16-bit offset (ABsC / AsBsC) not yet patched, and
     * those redirected through a branch island (a JMP with a 32-bit offset emitted
     * between statements while they were still in reach): see cg_branch_islands. */
    int *cj_pending;
    int ncj_pending, capcj_pending;
    int *cj_redirect;                 /* pairs: the jump's pc, its island's pc */
    int ncj_redirect, capcj_redirect; /* in pairs */
    CgLoopConst *loopk;               /* constants of the enclosing loops, outermost first */
    int nloopk, caploopk;
    CgRange *ranges; /* counters of the enclosing loops, outermost first */
    int nranges, capranges;
    /* Pure subexpressions whose value a pending operand register still holds while the rest
     * of the enclosing expression is compiled (compile_expr.c, cse_push): a later equal
     * subexpression reads that register instead of computing it again. */
    struct CgCse *cse;
    int ncse, capcse;
};

/* compile.c */
void cg_error(FS *fs, Node *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int cg_emit(FS *fs, mg_instr i);
int cg_emit_abc(FS *fs, int op, int a, int b, int c);
int cg_emit_abx(FS *fs, int op, int a, int bx);
void cg_emit_word(FS *fs, uint64_t w);
int cg_jump(FS *fs, int op, int a); /* emits an AsBx jump to patch; returns its pc */
void cg_patch_sbx(FS *fs, int pc, int target);
void cg_patch_sc(FS *fs, int pc, int target);
void cg_patch_here(FS *fs, int pc);
/* At a statement boundary: gives every pending 16-bit conditional jump that the code
 * is about to outgrow a nearby 32-bit JMP to go through, so a huge function compiles. */
void cg_branch_islands(FS *fs);
void jumps_add(Jumps *j, int pc);
void *cg_grow(void *p, int n, int *cap, size_t elem); /* room for element n (GC memory) */
/* compile_loopk.c: before a loop, load the constants its condition, post statement and
 * body read as operands into registers of their own (returns a mark for the pop, after
 * the loop); cg_loop_const: the register holding constant e, or -1. */
int cg_loop_consts_push(FS *fs, Node *cond, Node *post, Node *body);
void cg_loop_consts_pop(FS *fs, int mark);
int cg_loop_const(FS *fs, Node *e);
/* compile_range.c: a counted loop's counter range for its body (returns a mark for the
 * pop); cg_int_range: the range an integer expression is proven to lie in, or false. */
int cg_counter_push(FS *fs, Node *init, Node *cond, Node *post, Node *body);
void cg_counter_pop(FS *fs, int mark);
bool cg_int_range(FS *fs, Node *e, int64_t *lo, int64_t *hi);
/* A slice variable the loop body never assigns (its length is fixed there), or NULL. */
Symbol *cg_fixed_slice(Node *x, Node *body);
/* Push the range of a range loop's key variable k over the slice variable x (or NULL). */
int cg_range_key_push(FS *fs, Symbol *k, Symbol *x);
/* Whether x[idx] is proven in bounds: idx a counter below len(x), x a slice variable. */
bool cg_index_in_range(FS *fs, Node *x, Node *idx);
bool cg_assigns_var(Node *n, Symbol *v); /* compile_stmt.c: whether n may assign v */
int cg_alloc(FS *fs, int n);
void cg_free_to(FS *fs, int reg);
int cg_kint(FS *fs, int64_t v);
int cg_kstr(FS *fs, const char *s, size_t n);
void cg_load_int(FS *fs, int dst, int64_t v);
void cg_move(FS *fs, int dst, int src, int n);
void cg_zero(FS *fs, int dst, int n);
CgFn *cg_fninfo_sym(CG *cg, Symbol *s);
mg_func *cg_func_of_sym(CG *cg, Symbol *s);
mg_closure *cg_static_closure(CG *cg, Symbol *s);
mg_func *cg_new_func(CG *cg, const char *name, Type *ftype, int recv_words);
void cg_finish(FS *fs);
void cg_func_body(FS *fs, Node *funclit_or_decl);
mg_func *cg_method_ifn(Symbol *m, bool pointer_word);
/* One step down an embedding path: the embedded field's word offset, and whether the field
 * is a pointer (*E) to follow. */
typedef struct CgStep {
    int off;
    bool ptr;
} CgStep;
/* The itab function for a method promoted through embedded fields: receives the data word
 * (a pointer when in_mem, else the one-word value itself), walks the path, calls m of
 * holder (an interface method when iface). */
mg_func *cg_promoted_wrapper(const char *name, bool in_mem, const CgStep *path, int npath,
                             Type *holder, Method *m, bool iface);
int type_words(Type *t);
/* Bytes per element of an array or slice of elem: its packed size or its words * 8. */
int cg_elem_bytes(Type *elem);
/* R[dst] := slice R[slice..+3][R[idx]] / the store, for packed elements of ps bytes. */
void cg_emit_sgetb(FS *fs, int dst, int slice, int idx, int ps);
void cg_emit_ssetb(FS *fs, int slice, int idx, int src, int ps);
const char *cg_pkg_file(Package *pkg);

/* compile_inline.c */
/* Compiles the static call `call` of f inline into R[dst] when f's body allows it (see the
 * file); false, with nothing emitted, otherwise. */
bool cg_try_inline(FS *fs, Node *call, Symbol *f, int dst, int want);
int cg_inline_reg(const FS *fs, const Symbol *s); /* bound register, or -1 */

/* compile_expr.c */
/* PL_ARRW: a part of a register-held array reached through variable indexes: reg = the
 * array's first register, idx = a temporary holding the (already bounds-checked) word
 * offset of the part. */
/* PL_ARRB: a packed element (vm/value.h) of a register-held array: reg = the first register
 * of the registers it lies in, idx = a temporary holding its (checked) byte offset from
 * there. A PL_MEM place of a packed element type is loaded and stored with sized ops (its
 * pointer may point into a packed array or at a word slot: both hold the same bytes). */
typedef enum {
    PL_REG,
    PL_MEM,
    PL_GLOBAL,
    PL_SLICE,
    PL_MAP,
    PL_ARR,
    PL_ARRW,
    PL_ARRB,
    PL_BLANK
} PlaceKind;
typedef struct Place {
    PlaceKind kind;
    Type *type;  /* type of the value at the place */
    int reg;     /* PL_REG: first register; PL_MEM: pointer reg; PL_SLICE/PL_ARR: base; PL_MAP */
    bool bytes;  /* PL_MEM: off counts bytes (a packed element), not words */
    int off;     /* PL_MEM: word (or byte) offset; PL_GLOBAL: slot */
    int idx;     /* PL_SLICE/PL_ARR: index register; PL_MAP: key register */
    int64_t n;   /* PL_ARR: element count */
    bool inb;    /* PL_SLICE: the index is proven in bounds (compile_range.c) */
    Type *mtype; /* PL_MAP: map type */
} Place;

void cg_expr(FS *fs, Node *e, int dst); /* value of e into R[dst..+words] */
int cg_expr_any(FS *fs, Node *e);       /* e's value somewhere (a local's own register or a
                                           new temporary above the old freereg) */
void cg_cond_jump(FS *fs, Node *e, bool jump_if, Jumps *j); /* branch on a bool expression */
bool cg_place(FS *fs, Node *e, Place *pl);
/* Values bigger than this are copied memory to memory (cg_mem_copy) where they can be,
 * not brought into registers: operands are 16 bits. */
#define CG_BIG_VALUE_WORDS 4096
int cg_mem_copy(FS *fs, Node *x, Place *to);
/* Initialises the zeroed memory place *to (a global, a spilled local's box) with v, a big
 * value: a literal element by element, a value in memory by cg_mem_copy. False (nothing
 * emitted): v is not big, or neither. */
bool cg_big_init(FS *fs, Node *v, Place *to);
void cg_place_load(FS *fs, Place *pl, int dst);
void cg_place_store(FS *fs, Place *pl, int src);
void cg_convert_to(FS *fs, Type *from, Type *to, int src, int dst, Node *at);
void cg_conv_move(FS *fs, Type *from, Type *to, int src, int dst);
void cg_normalize(FS *fs, Type *t, int reg);
void cg_arith(FS *fs, int op, Type *t, int dst, int l, int r, Type *rtype);
bool cg_arith_imm(FS *fs, int op, Type *t, int dst, int l, Node *ln, Node *rn);
/* dst := l op K (rev: K op l) for float + - * / with a constant operand kn; false, nothing
 * emitted, when there is no such form. */
bool cg_float_arith_k(FS *fs, int op, Type *t, int dst, int l, Node *kn, bool rev);
/* dst := left op right for float64 + and - when one side is a product: one ADDMUL-style
 * instruction; false, nothing emitted, otherwise. */
bool cg_float_muladd(FS *fs, int op, Node *left, Node *right, int dst);
bool cg_is_f64_product(Node *e); /* x*y on float64, neither operand constant */
/* p.f +-= x * q.g * y in one instruction (ADDMULLDTO/SUBMULLDTO) when r is that product
 * with q a pointer variable and y a local; false, nothing emitted, otherwise. */
bool cg_float_mul_field_update(FS *fs, int op, int preg, int poff, Node *r);
Node *cg_unparen(Node *e);
bool cg_is_nil(Node *e);           /* the predeclared nil (typed by the checker or not) */
int cg_var_reg(FS *fs, Symbol *s); /* register of a local (box pointer if boxed) */

/* compile_call.c */
void cg_call(FS *fs, Node *call, int dst, int want_words); /* results into dst */
void cg_builtin(FS *fs, Node *call, int dst);
void cg_funclit(FS *fs, Node *lit, int dst);
void cg_defer_go(FS *fs, Node *stmt);
Node *cg_sqrt_arg(Node *e); /* x when e is the call math.Sqrt(x), else NULL */
/* Once every body is compiled: CALL_STATIC of a function with bytecode becomes CALL_BC. */
void cg_link_calls(mg_func **funcs, int nfuncs);

/* compile_names.c: Go's names, left in Node.cg of N_FUNCLIT and of the N_GO / N_DEFER
 * statements gc wraps (a const char *) */
void cg_name_function(Node *decl, const char *fname); /* before compiling decl's body */
void cg_name_globals(Package *pkg); /* literals of package-level variable initialisers */

/* compile_stmt.c */
void cg_block(FS *fs, Node *block);
void cg_stmt(FS *fs, Node *s);
void cg_stmts(FS *fs, NodeList *l);
void cg_return_seq(FS *fs);
void cg_declare_local(FS *fs, Symbol *s, int reg_value); /* value already in reg_value.. */
/* At a function body's start: reserve the spill area when its locals may need one. */
void cg_spill_area_begin(FS *fs, Node *body);
void cg_spill_area_end(FS *fs); /* before cg_finish: size the area */

#endif
