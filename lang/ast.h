/* ast.h - the abstract syntax tree shared by the parser, checker and compiler.
 *
 * One node struct for every kind; the meaning of the generic child slots
 * (a, b, c, d, list, list2) is fixed per kind in the table below and nowhere
 * else. The parser (grammar.y) fills the syntax fields; the checker fills
 * the "semantic" fields (type, sym, cval, ...) and may rewrite nodes in place
 * (see the CHECKER CONTRACT below); the compiler only reads.
 *
 * All nodes are GC-allocated (ast_new) and never freed explicitly.
 */
#ifndef MG_AST_H
#define MG_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Node Node;
typedef struct Type Type;
typedef struct Symbol Symbol;
typedef struct ConstVal ConstVal;

typedef struct NodeList {
    Node **items;
    int len, cap;
} NodeList;

/* Node kinds. Slot usage: (slot = meaning). Unlisted slots are unused. */
#define AST_KINDS(X)                                                                               \
    /* ---- expressions ---- */                                                                    \
    X(N_IDENT)        /* name */                                                                   \
    X(N_BASICLIT)     /* lit_kind; lit/lit_len = source text; STRING: str/str_len decoded;        \
                         CHAR: ival = code point */                                                \
    X(N_COMPOSITE)    /* a = type (NULL when elided inside an outer literal), list = elements    \
                         (N_KEYVALUE or plain exprs) */                                            \
    X(N_FUNCLIT)      /* a = N_FUNCTYPE, b = body N_BLOCK */                                       \
    X(N_PAREN)        /* a = inner expr */                                                         \
    X(N_SELECTOR)     /* a = x, name = selected identifier, ival = its line << 32 | col */         \
    X(N_INDEX)        /* a = x, b = index */                                                       \
    X(N_SLICE)        /* a = x, b = lo, c = hi, d = max (each may be NULL); flags NF_SLICE3 */     \
    X(N_TYPEASSERT)   /* a = x, b = type; b == NULL for x.(type) in a type switch guard */         \
    X(N_CALL)         /* a = callee, list = args; flags NF_ELLIPSIS for f(xs...) */                \
    X(N_STAR)         /* a = operand: *p (deref) or *T (pointer type) */                           \
    X(N_UNARY)        /* op: OP_ADD OP_SUB OP_NOT OP_XOR OP_AND(&x) OP_ARROW(<-x), a = operand */                                  \
    X(N_BINARY)       /* op, a = left, b = right */                                                \
    X(N_KEYVALUE)     /* a = key, b = value (composite literal element) */                         \
    X(N_CONVERT)      /* CHECKER ONLY: a = operand, type = target type (see contract) */           \
    /* ---- types ---- */                                                                          \
    X(N_ARRAYTYPE)    /* a = length expr (N_ELLIPSIS with a == NULL for [...]T), b = elem */       \
    X(N_SLICETYPE)    /* b = elem */                                                               \
    X(N_MAPTYPE)      /* a = key, b = value */                                                     \
    X(N_CHANTYPE)     /* a = elem, op = CHAN_BOTH / CHAN_SEND / CHAN_RECV */                       \
    X(N_FUNCTYPE)     /* list = params (N_FIELD), list2 = results (N_FIELD) */                     \
    X(N_STRUCTTYPE)   /* list = fields (N_FIELD) */                                                \
    X(N_INTERFACETYPE) /* list = N_FIELD: method (one name, a = N_FUNCTYPE) or embedded (no      \
                          names, a = type) */                                                      \
    X(N_ELLIPSIS)     /* a = element type of a variadic parameter ...T */                          \
    X(N_FIELD)        /* list = names (N_IDENT, may be empty), a = type; flags NF_EMBEDDED;       \
                         b = tag (N_BASICLIT) or NULL */                                           \
    /* ---- statements ---- */                                                                     \
    X(N_BLOCK)        /* list = statements */                                                      \
    X(N_EXPRSTMT)     /* a = expr */                                                               \
    X(N_SENDSTMT)     /* a = channel, b = value */                                                 \
    X(N_INCDEC)       /* op = OP_INC or OP_DEC, a = operand */                                       \
    X(N_ASSIGN)       /* op = OP_ASSIGN, or the binary OP_* of x op= y; list = lhs,      \
                         list2 = rhs */                                                            \
    X(N_DEFINE)       /* list = lhs (N_IDENT), list2 = rhs  (x, y := ...) */                       \
    X(N_GO)           /* a = call expr */                                                          \
    X(N_DEFER)        /* a = call expr */                                                          \
    X(N_RETURN)       /* list = results */                                                         \
    X(N_BRANCH)       /* op = OP_BREAK/OP_CONTINUE/OP_GOTO/OP_FALLTHROUGH, name = label or NULL;     \
                         target = (checker) the statement it refers to */                          \
    X(N_LABELED)      /* name = label, a = statement */                                            \
    X(N_IF)           /* a = init stmt|NULL, b = cond, c = then N_BLOCK, d = else (N_IF|N_BLOCK)  \
                         |NULL */                                                                  \
    X(N_FOR)          /* a = init|NULL, b = cond|NULL, c = post|NULL, d = body N_BLOCK */          \
    X(N_RANGE)        /* list = key[, value] exprs (0..2), flags NF_DEFINE for :=, a = range     \
                         expr, d = body N_BLOCK */                                                 \
    X(N_SWITCH)       /* a = init|NULL, b = tag|NULL, list = N_CASECLAUSE */                       \
    X(N_TYPESWITCH)   /* a = init|NULL, name = bound variable or NULL, b = x (the operand of     \
                         x.(type)), list = N_CASECLAUSE whose list holds types (or nil) */         \
    X(N_CASECLAUSE)   /* list = case exprs (empty for default; flags NF_DEFAULT), list2 = body;   \
                         in a type switch: sym = (checker) the clause's bound variable */          \
    X(N_SELECT)       /* list = N_COMMCLAUSE */                                                    \
    X(N_COMMCLAUSE)   /* a = comm: N_SENDSTMT, N_EXPRSTMT (<-ch), N_ASSIGN or N_DEFINE with one   \
                         rhs <-ch; NULL for default (flags NF_DEFAULT); list2 = body */            \
    X(N_DECLSTMT)     /* a = N_GENDECL */                                                          \
    X(N_EMPTY)        /* empty statement */                                                        \
    /* ---- declarations ---- */                                                                   \
    X(N_FILE)         /* name = package name (NULL for a snippet), str = file name, list = N_IMPORT, list2 =       \
                         top-level decls (N_GENDECL, N_FUNCDECL), c = snippet main body N_BLOCK  \
                         (non-NULL only for a snippet: a file without a package clause) */       \
    X(N_IMPORT)       /* name = alias or NULL ("_" and "." allowed), str = path */                \
    X(N_GENDECL)      /* op = OP_VAR / OP_CONST / OP_TYPE, list = specs */                            \
    X(N_VARSPEC)      /* list = names (N_IDENT), a = type|NULL, list2 = values */                  \
    X(N_CONSTSPEC)    /* list = names, a = type|NULL, list2 = values (empty: repeat the previous \
                         spec's; the checker handles it), ival = iota */                           \
    X(N_TYPESPEC)     /* name, a = type; flags NF_ALIAS for type A = B */                          \
    X(N_FUNCDECL)     /* name, a = receiver N_FIELD|NULL, b = N_FUNCTYPE, c = body N_BLOCK|NULL   \
                         (NULL = implemented natively, stdlib only) */

typedef enum NodeKind {
#define X(k) k,
    AST_KINDS(X)
#undef X
        N__COUNT
} NodeKind;

extern const char *const ast_kind_names[N__COUNT];

typedef enum LitKind { LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_CHAR, LIT_STRING } LitKind;

enum { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 };

/* Operators and statement keywords as stored in Node.op. Independent of the
 * lexer's token codes (the grammar maps tokens to these). */
#define AST_OPS(X)                                                                                 \
    X(OP_NONE, "")                                                                                 \
    X(OP_ADD, "+") X(OP_SUB, "-") X(OP_MUL, "*") X(OP_QUO, "/") X(OP_REM, "%")                     \
    X(OP_AND, "&") X(OP_OR, "|") X(OP_XOR, "^") X(OP_SHL, "<<") X(OP_SHR, ">>")                    \
    X(OP_AND_NOT, "&^") X(OP_LAND, "&&") X(OP_LOR, "||") X(OP_ARROW, "<-")                         \
    X(OP_EQL, "==") X(OP_NEQ, "!=") X(OP_LSS, "<") X(OP_LEQ, "<=") X(OP_GTR, ">") X(OP_GEQ, ">=") \
    X(OP_NOT, "!") X(OP_ASSIGN, "=") X(OP_DEFINE, ":=") X(OP_INC, "++") X(OP_DEC, "--")           \
    X(OP_BREAK, "break") X(OP_CONTINUE, "continue") X(OP_GOTO, "goto")                            \
    X(OP_FALLTHROUGH, "fallthrough")                                                               \
    X(OP_VAR, "var") X(OP_CONST, "const") X(OP_TYPE, "type")

typedef enum Op {
#define X(o, s) o,
    AST_OPS(X)
#undef X
        OP__COUNT
} Op;

extern const char *const ast_op_names[OP__COUNT]; /* "+", "<<", "break", ... */

/* Node.flags */
enum {
    NF_ELLIPSIS = 1 << 0,  /* call: f(xs...) */
    NF_SLICE3 = 1 << 1,    /* a[lo:hi:max] */
    NF_DEFINE = 1 << 2,    /* range with := */
    NF_DEFAULT = 1 << 3,   /* default case/comm clause */
    NF_EMBEDDED = 1 << 4,  /* embedded struct field / interface */
    NF_ALIAS = 1 << 5,     /* type A = B */
    NF_VARIADIC = 1 << 6,  /* (checker) func type's last param is ...T */
    NF_COMMA_OK = 1 << 7,  /* (checker) v, ok form of index/assert/recv */
    NF_IMPLICIT = 1 << 8,  /* (checker) node inserted by the checker */
    NF_TYPEEXPR = 1 << 9,  /* (checker) expression denotes a type */
    NF_ADDRESSABLE = 1 << 10, /* (checker) operand is addressable */
    NF_HASBREAK = 1 << 11, /* (checker) loop/switch/select is the target of a break */
    NF_HASCONT = 1 << 12,  /* (checker) loop is the target of a continue */
    NF_FALLTHROUGH = 1 << 13, /* (checker) case clause ends in fallthrough */
    NF_METHODEXPR = 1 << 14,  /* (checker) T.M / (*T).M method expression */
    NF_RANGE_EVAL = 1 << 15,  /* (checker) N_RANGE over an array (pointer) whose len is not
                                 constant (calls, receives): x is evaluated even when no
                                 value is bound */
};

/* What a selector turned out to be (Node.sel_kind, set by the checker). */
typedef enum SelKind {
    SEL_NONE,
    SEL_FIELD,       /* a.f; a's type is a struct or a pointer to one (auto deref);
                        field_index = index in that struct's field list */
    SEL_METHOD,      /* a.M with a concrete receiver already of the method's exact receiver
                        type (T or *T): the checker inserted & or * as needed; sym = method */
    SEL_IFACE_METHOD, /* a.M where a is an interface; field_index = method index in the
                        interface's sorted method list */
    SEL_PKG,         /* pkg.Name; sym = the package member */
    SEL_METHODEXPR,  /* T.M or (*T).M used as a function value; sym = method */
} SelKind;

typedef enum Builtin {
    BI_NONE,
    BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG, BI_LEN,
    BI_MAKE, BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL, BI_RECOVER,
    BI__COUNT
} Builtin;

struct Node {
    NodeKind kind;
    int line, col;     /* 1-based; columns count bytes, as gc does */
    int op;            /* Op (OP_*) */
    int op_line, op_col; /* N_BINARY: the operator's position (gc reports overflow there) */
    int flags;         /* NF_* */
    Node *a, *b, *c, *d;
    NodeList list, list2;
    const char *name;  /* identifiers, labels, selector names: NUL-terminated, interned */
    const char *lit;   /* literal source text (not NUL-terminated) */
    size_t lit_len;
    const char *str;   /* decoded string literal bytes (may contain NUL), import path */
    size_t str_len;
    int64_t ival;      /* rune literal code point; iota of a const spec */
    LitKind lit_kind;

    /* ---- filled in by the checker ---- */
    Type *type;        /* type of an expression (after implicit conversion/defaulting);
                          for a multi-value call: a TY_TUPLE; for a type expression: the type */
    Symbol *sym;       /* identifiers, SEL_PKG/SEL_METHOD selectors, func decls and literals
                          (the function's own symbol), clause variables */
    ConstVal *cval;    /* non-NULL: the expression is a constant of type `type`; the compiler
                          loads it and does not look at the children */
    SelKind sel_kind;
    int field_index;
    Builtin builtin;   /* N_CALL of a builtin */
    Node *target;      /* N_BRANCH: the statement broken/continued, or the N_LABELED for goto */
    void *cg;          /* private to the compiler */
};

Node *ast_new(NodeKind kind, int line, int col);
void ast_append(NodeList *l, Node *n);
const char *ast_intern(const char *s, size_t len); /* returns a stable NUL-terminated copy */
/* A deep copy of a subtree, semantic fields included (the checker re-checks copies, e.g. the
 * expression list a const spec repeats). */
Node *ast_copy(Node *n);

/* CHECKER CONTRACT (what the compiler may rely on after a successful check):
 *
 *  - Every expression node has `type`. Untyped constants have been given their final
 *    type (the default type, or the type of the context they are used in).
 *  - Constant expressions carry `cval`, already converted to `type`.
 *  - Implicit conversions are explicit: wherever a value of type T is used where a
 *    different type U is required (T assigned to interface U, interface to a different
 *    interface, a channel to a directional channel type), the checker replaces the
 *    operand by an N_CONVERT node (flags NF_IMPLICIT) with a = the operand and
 *    type = U. Explicit conversions T(x) are also rewritten from N_CALL to N_CONVERT.
 *    Comparisons of an interface with a concrete value convert the concrete side.
 *  - Promoted fields and methods are made explicit: x.f where f comes from embedded E
 *    becomes x.E.f (a chain of SEL_FIELD selectors, with N_STAR derefs inserted
 *    where an embedded field is a pointer). Method receivers are adjusted the same
 *    way, with & or * inserted so that the receiver expression has exactly the
 *    method's receiver type. `&x` on a local variable and capture of a local by a
 *    function literal set sym->boxed.
 *  - N_PAREN nodes remain; the compiler looks through them.
 *  - Builtin calls have `builtin` set. Calls to bodyless N_FUNCDECLs are ordinary calls
 *    (the compiler binds them to natives).
 *  - comma-ok forms (v, ok = m[k] / x.(T) / <-ch) set NF_COMMA_OK on the index/assert/
 *    receive node, whose type is then a 2-element TY_TUPLE (T, bool).
 *  - N_BRANCH has `target`; loops, switches and selects that are break/continue
 *    targets have NF_HASBREAK / NF_HASCONT.
 *  - N_TYPESWITCH clauses have `sym` set to that clause's variable (when named).
 *  - N_RANGE: the key/value N_IDENTs have sym (NF_DEFINE) or are assignable exprs.
 *  - Tuple spreads get NO N_CONVERT (there is no node for one element of a tuple):
 *    f(g()) with a multi-value g (the call's single argument), `return g()` for a
 *    multi-result function, `a, b = g()`, `var a, b T = g()`, and the comma-ok forms
 *    `v, ok = m[k]` / `x.(T)` / `<-ch` assigned to existing variables. The compiler
 *    converts element i itself when its type (tuple->params[i]) differs from its
 *    target's type: the callee's param type (for a variadic callee, elements from
 *    nparams-1 on are packed into a new slice of the variadic elem type), the
 *    function's result type, or the lhs node's `type` (blank lhs: type = the
 *    element's type). The only conversion that changes representation is to an
 *    interface: concrete -> interface boxes, interface -> different interface
 *    re-itabs; named/unnamed and channel-direction pairs are word-identical. The
 *    ok element is always plain bool (assignable to any boolean type as is).
 *    As a hint, the checker sets NF_IMPLICIT on the spread N_CALL (unparenthesised)
 *    when some element needs an interface conversion or the callee is variadic;
 *    comma-ok nodes are not flagged (NF_IMPLICIT on N_UNARY means an inserted &).
 *    In `x, y := g()` only variables that already exist (redeclared) may need one.
 */

#endif
