/* check_internal.h - state and helpers shared by the checker's files
 * (check.c: packages and declarations, check_type.c: type expressions,
 * check_const.c: constant arithmetic, check_expr.c: expressions,
 * check_assign.c: operand descriptions, untyped conversion, assignability,
 * check_call.c: calls, conversions and builtins, check_stmt.c: statements).
 *
 * Expression "modes" are not stored separately: they are read off the node.
 *   type expression      n->flags & NF_TYPEEXPR (n->type is the type)
 *   constant             n->cval != NULL
 *   builtin (uncalled)   ck_builtin_of(n) != BI_NONE
 *   no value             n->type is the empty tuple
 *   addressable          n->flags & NF_ADDRESSABLE
 *   map index            N_INDEX whose operand is a map
 * ty_invalid marks an expression that already produced an error: callers stay
 * silent on it so one mistake gives one message.
 */
#ifndef MG_CHECK_INTERNAL_H
#define MG_CHECK_INTERNAL_H

#include <stdint.h>

#include "check.h"

const char *type_string_rel(Type *t, Package *rel); /* types.c */

/* Marks a symbol used. Universe symbols are shared by every checker in the
 * process (two VMs may compile at once) and are created used, so for them this
 * only reads: a plain write, even of the same value, would be a data race. */
static inline void ck_sym_used(Symbol *s) {
    if (!s->used) s->used = true;
}

/* Where gc reports an error about selector n: at the selected name (the parser keeps its
 * position in ival; selectors the checker makes have none and use their own). */
static inline Node ck_selector_at(const Node *n) {
    Node at = *n;
    if (n->ival > 0) {
        at.line = (int)(n->ival >> 32);
        at.col = (int)(n->ival & 0xffffffff);
    }
    return at;
}

typedef struct ObjInfo ObjInfo; /* a package-level object awaiting resolution */

/* A break/continue target on the statement stack. */
typedef struct Target {
    Node *stmt;        /* N_FOR, N_RANGE, N_SWITCH, N_TYPESWITCH, N_SELECT */
    const char *label; /* label of the statement, if labelled */
    bool is_loop;
} Target;

typedef struct Label {
    const char *name;
    Node *labeled; /* N_LABELED */
    bool used;
} Label;

/* References from one initializer or function body to package-level vars and funcs. */
typedef struct Deps {
    Symbol **syms;
    int n, cap;
} Deps;

typedef struct Ck {
    Package *pkg;
    Loader *ld;
    Diag *d;
    const char *file; /* file name for diagnostics */
    Scope *universe;
    Scope *filescope; /* imports of the current file */
    bool snippet;
    bool snippet_main; /* checking a snippet's statements: unused variables are allowed */
    bool is_std;       /* package path != "main" */

    /* package-level objects */
    ObjInfo **objs;
    int nobjs, capobjs;
    ObjInfo **objhash; /* open addressing by Symbol pointer */
    int objhash_cap;
    Node **funcdecls; /* N_FUNCDECLs whose bodies are checked after the declarations */
    int nfuncdecls, capfuncdecls;
    Deps *cur_deps; /* where references are recorded (NULL: nowhere) */

    /* current function */
    Node *func;
    Type *sig;
    Scope *scope;
    Target targets[128];
    int ntargets;
    Label *labels;
    int nlabels, caplabels;

    /* constant declarations */
    bool in_const;
    int64_t iota;

    Type *empty_tuple;
} Ck;

/* check.c */
void ck_error(Ck *c, Node *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* ck_error at a binary expression's operator (gc's place for constant overflow) */
void ck_error_op(Ck *c, Node *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
Scope *ck_scope_new(Scope *parent, Node *func);
Symbol *ck_scope_lookup_local(Scope *s, const char *name);
Symbol *ck_lookup(Ck *c, const char *name);
Symbol *ck_declare(Ck *c, Scope *s, Symbol *sym, Node *at); /* reports redeclaration */
Symbol *ck_symbol_new(Ck *c, SymKind kind, const char *name, Type *type, Node *decl);
void ck_resolve_symbol(Ck *c, Symbol *sym); /* lazy package-level resolution */
void ck_record_dep(Ck *c, Symbol *sym);
void ck_add_func(Ck *c, Node *fn);
Symbol *ck_auto_import(Ck *c, const char *name);
bool ck_is_exported(const char *name);
Deps *ck_deps_of_func(Ck *c, Node *fn);
void ck_func_body(Ck *c, Node *fn, Type *sig, Node *recv_field);

/* check_type.c */
Type *ck_type(Ck *c, Node *n); /* a type expression; reports "x is not a type" */
Type *ck_type_indirect(Ck *c, Node *n, bool indirect);
Type *ck_functype(Ck *c, Node *ft, Node *recv, Type **recv_type);
Type *ck_typespec(Ck *c, Symbol *sym, Node *spec);

/* check_const.c */
ConstVal *cv_int(__int128 v);
ConstVal *cv_float(double v);
ConstVal *cv_bool(bool b);
ConstVal *cv_string(const char *s, size_t n);
ConstVal *cv_complex(ConstVal *re, ConstVal *im); /* parts: numeric constants */
ConstVal *cv_real(ConstVal *v);                   /* real part of a numeric constant */
ConstVal *cv_imag(ConstVal *v);
bool cv_is_zero(ConstVal *v); /* a numeric constant equal to 0 */
ConstVal *cv_from_literal(Ck *c, Node *lit, Type **type);
/* Converts a constant to type t (typed or untyped). Returns NULL if not representable;
 * *truncated is set when a float would have to be truncated to an integer. */
ConstVal *cv_convert(ConstVal *v, Type *t, bool *truncated);
ConstVal *cv_binary(Ck *c, Node *at, int op, ConstVal *x, ConstVal *y, Type *t, bool *divzero);
ConstVal *cv_unary(int op, ConstVal *x, Type *t);
bool cv_compare(int op, ConstVal *x, ConstVal *y);
/* x << s or x >> s; NULL for an invalid count, or with *overflow past gc's 512 bits */
ConstVal *cv_shift(int op, ConstVal *x, uint64_t s, bool *overflow);
const char *cv_str(ConstVal *v, Type *t); /* Go's spelling of a constant value */
bool cv_to_int64(ConstVal *v, int64_t *out);
bool cv_too_big(ConstVal *v); /* an integer constant past gc's 512 bits */

/* check_expr.c */
Type *ck_expr_raw(Ck *c, Node **pn, Type *hint); /* any mode */
Type *ck_expr(Ck *c, Node **pn);                 /* single value (untyped allowed) */
Type *ck_expr_hint(Ck *c, Node **pn, Type *hint);
Type *ck_multi_expr(Ck *c, Node **pn); /* value or tuple */
bool ck_comparable_or_err(Ck *c, Node *at, Node *x, Node *y, int op);
/* gc's reason why values of type t cannot be compared ("func can only be compared to nil"),
 * or NULL */
const char *ck_incomparable_reason(Ck *c, Type *t);
void ck_mark_used(Node *n);
Type *ck_selector(Ck *c, Node **pn, bool for_call);
Type *ck_composite(Ck *c, Node **pn, Type *hint);
void ck_funclit(Ck *c, Node *n);

/* Lookup of a field or method through embedding. */
typedef struct Lookup {
    int kind; /* 0 none, 1 field, 2 method, 3 ambiguous */
    int path[16];
    Type *path_types[16]; /* type of the struct field at each step */
    int npath;            /* embedded steps before the final field/method */
    int field_index;      /* final field index (kind 1) */
    Type *field_type;
    Method *method;   /* kind 2 */
    Type *recv_owner; /* the type whose method set holds the method (named T or iface) */
} Lookup;
void ck_lookup_member(Type *t, const char *name, Lookup *out);

/* check_assign.c */
bool ck_assign(Ck *c, Node **pn, Type *target, const char *context);
/* A tuple-valued x (multi-value call or comma-ok form) spread over targets (NULL: blank):
 * checks each element, reports gc's error, flags x for the compiler's per-element
 * conversions (CHECKER CONTRACT). */
bool ck_assign_spread(Ck *c, Node *x, Type **elems, Type **targets, int n, const char *context);
bool ck_assignable(Ck *c, Node *x, Type *t, char *why, size_t whylen);
/* ck_default, reporting a constant that overflows its default type as gc does when the
 * value is used in `context` ("variable declaration", "assignment"); false then. */
bool ck_default_in(Ck *c, Node **pn, const char *context);
void ck_default(Ck *c, Node **pn);
bool ck_convert_untyped(Ck *c, Node **pn, Type *target);
/* Like ck_convert_untyped, but says why: 0 ok, 1 incompatible, 2 overflows,
 * 3 truncated, 4 already reported (non-integer shift). */
int ck_convert_untyped_code(Ck *c, Node **pn, Type *target);
bool ck_is_comparison_op(int op); /* == != < <= > >= */
void ck_set_type(Node *n, Type *t);
void ck_wrap_convert(Ck *c, Node **pn, Type *t);
const char *ck_expr_str(Node *n);
const char *ck_operand_str(Ck *c, Node *n);
const char *ck_tstr(Ck *c, Type *t);
bool ck_is_invalid(Node *n);
Builtin ck_builtin_of(Node *n);
Type *ck_default_type(Type *t);
bool ck_identical(Type *a, Type *b);
bool ck_implements(Ck *c, Type *t, Type *iface, char *why, size_t whylen);
Node *ck_unparen(Node *n);
bool ck_representable_or_err(Ck *c, Node *n, Type *t, const char *context);

/* check_call.c */
Type *ck_call(Ck *c, Node **pn);
Type *ck_conversion(Ck *c, Node **pn, Type *t);
/* n contains a channel receive or a non-constant function call (len(n) is not constant) */
bool ck_has_call_or_recv(Node *n);

/* check_stmt.c */
void ck_block(Ck *c, Node *blk, bool new_scope);
void ck_stmt(Ck *c, Node *s);
bool ck_terminates(Node *s);
void ck_check_unused(Ck *c, Scope *s);
void ck_finalize(Node *n);
void ck_var_init(Ck *c, Node *spec, Type *t, bool global);

/* check_goto.c */
void ck_check_gotos(Ck *c, Node *body); /* after the body is checked */

#endif
