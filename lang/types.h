/* types.h - the checker's type representation, symbols, scopes and packages.
 *
 * Invariants:
 *  - Unnamed composite types are hash-consed by their constructors
 *    (type_slice, type_map, ...): two identical unnamed types are the same
 *    pointer, so type identity is pointer equality everywhere.
 *  - A named type (`type T ...`, and the predeclared int, string, error, ...)
 *    is its own Type object: `kind` and the structural fields (elem, fields,
 *    ...) are copied from its underlying type once that is known, `named` is
 *    set, and `underlying` points to the unnamed underlying type. For an
 *    unnamed type, underlying == the type itself.
 *  - `words` is the size of a value in 64-bit words (DESIGN §3).
 *
 * Everything is GC-allocated.
 */
#ifndef MG_TYPES_H
#define MG_TYPES_H

#include "ast.h"

typedef struct Package Package;
typedef struct Scope Scope;

typedef enum TypeKind {
    TY_INVALID,
    TY_BOOL,
    TY_INT,
    TY_INT8,
    TY_INT16,
    TY_INT32,
    TY_INT64,
    TY_UINT,
    TY_UINT8,
    TY_UINT16,
    TY_UINT32,
    TY_UINT64,
    TY_UINTPTR,
    TY_FLOAT32,
    TY_FLOAT64,
    TY_COMPLEX64,
    TY_COMPLEX128, /* two words: real and imaginary part (doubles) */
    TY_STRING,
    TY_UNSAFEPTR,
    /* untyped constant kinds */
    TY_UNTYPED_BOOL,
    TY_UNTYPED_INT,
    TY_UNTYPED_RUNE,
    TY_UNTYPED_FLOAT,
    TY_UNTYPED_COMPLEX,
    TY_UNTYPED_STRING,
    TY_UNTYPED_NIL,
    /* composite */
    TY_ARRAY,
    TY_SLICE,
    TY_STRUCT,
    TY_POINTER,
    TY_FUNC,
    TY_INTERFACE,
    TY_MAP,
    TY_CHAN,
    TY_TUPLE, /* multiple results of a call; never a variable's type */
    TY__COUNT
} TypeKind;

typedef struct Field {
    const char *name;   /* for embedded fields: the type's name */
    Type *type;
    bool embedded;
    bool exported;
    int offset;         /* in words, from the start of the struct */
    const char *tag;
} Field;

typedef struct Method {
    const char *name;
    Type *type;         /* TY_FUNC without the receiver */
    Symbol *sym;        /* the method's function symbol (concrete types) */
    bool ptr_recv;      /* declared with a pointer receiver */
} Method;

typedef struct NamedInfo {
    const char *name;   /* "T" */
    Package *pkg;       /* NULL for predeclared types */
    Method *methods;    /* declared methods, in declaration order */
    int nmethods, cap_methods;
    Symbol *sym;
    Node *decl;
} NamedInfo;

struct Type {
    TypeKind kind;
    int words;          /* size in 64-bit words */
    Type *underlying;   /* self for unnamed types */
    NamedInfo *named;   /* non-NULL for named (defined and predeclared) types */

    Type *elem;         /* array, slice, pointer, map value, chan */
    Type *key;          /* map */
    int64_t len;        /* array */
    int chan_dir;       /* CHAN_BOTH / CHAN_SEND / CHAN_RECV */

    Field *fields;      /* struct */
    int nfields;

    Type **params;      /* func: parameter types (a variadic ...T is []T, last); tuple: elems */
    int nparams;
    Type **results;
    int nresults;
    bool variadic;

    Method *imethods;   /* interface: full method set (embedded ones flattened), sorted by
                           name; the index is the itab slot */
    int nimethods;

    void *rt;           /* the compiler's runtime type descriptor (mg_rtype *), lazily made */
    Type *hash_next;    /* hash-consing chain */
};

/* ---------- constants ---------- */
typedef enum ConstKind { CV_BOOL, CV_INT, CV_FLOAT, CV_STRING, CV_COMPLEX } ConstKind;
struct ConstVal {
    ConstKind kind;
    bool b;
    __int128 i;         /* integer constants (untyped ones may exceed 64 bits) */
    struct BigInt *big; /* CV_INT beyond __int128: the value; i is then +-(2^127-1) */
    double f;
    const char *s;      /* string bytes */
    size_t slen;
    ConstVal *re, *im; /* CV_COMPLEX: the parts, CV_FLOAT constants */
};

/* ---------- symbols ---------- */
typedef enum SymKind {
    SYM_VAR, SYM_CONST, SYM_TYPE, SYM_FUNC, SYM_PKG, SYM_BUILTIN, SYM_NIL, SYM_LABEL
} SymKind;

struct Symbol {
    SymKind kind;
    const char *name;
    Type *type;
    Node *decl;         /* declaring node (N_IDENT in a spec/define/param, N_FUNCDECL, ...) */
    Package *pkg;       /* package the symbol belongs to */
    ConstVal *cval;     /* SYM_CONST */
    Builtin builtin;    /* SYM_BUILTIN */
    Package *imported;  /* SYM_PKG */
    Type *recv;         /* SYM_FUNC methods: receiver type (T or *T) */
    Node *owner_func;   /* SYM_VAR locals/params: the N_FUNCDECL or N_FUNCLIT declaring it;
                           NULL for package-level variables */
    bool global;        /* package-level var/func */
    bool boxed;         /* escapes: address taken or captured by a closure (DESIGN §4) */
    bool used;
    bool is_param;      /* parameter or named result */
    bool is_result;     /* named result */
    int line, col;
    int index;          /* free for the compiler (register, global slot, ...) */
    int cg_spill;       /* free for the compiler (1 + a local's offset in its frame's spill area) */
    void *cg;           /* private to the compiler */
};

/* ---------- scopes and packages ---------- */
struct Scope {
    Scope *parent;
    Symbol **syms;      /* in declaration order */
    int nsyms, cap;
    Symbol **index;     /* once a scope is big: open-addressed by name over syms (check.c) */
    int index_cap;      /* a power of two, at least 2 * nsyms; 0: no index, search syms */
    Node *func;         /* innermost function (N_FUNCDECL / N_FUNCLIT) or NULL */
};

struct Package {
    const char *path;   /* "main", "strings", "unicode/utf8" */
    const char *name;   /* "main", "strings", "utf8" */
    Scope *scope;       /* package block */
    Node **files;
    int nfiles;
    Node **funcs;       /* every N_FUNCDECL and N_FUNCLIT, in source order (for the compiler) */
    int nfuncs, cap_funcs;
    Symbol **globals;   /* package-level variables in initialisation order */
    int nglobals, cap_globals;
    Node **init_order;  /* N_VARSPEC nodes in dependency order for initialisation */
    int ninit, cap_init;
    Package **imports;
    int nimports;
    bool loopvar;       /* Go 1.22 per-iteration loop variables (DESIGN §4) */
    bool checked;
    bool host; /* an embedder's package: bodyless functions call the host */
};

/* Predeclared types, created once per process (immutable after creation). */
extern Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64;
extern Type *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr;
extern Type *ty_complex64, *ty_complex128, *ty_untyped_complex;
extern Type *ty_float32, *ty_float64, *ty_string, *ty_error, *ty_any, *ty_invalid;
extern Type *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float,
    *ty_untyped_string, *ty_untyped_nil, *ty_unsafeptr;

void types_init(void); /* idempotent, thread-safe */

/* A build's own table of unnamed types (see types.c): install it on the building thread
 * for the duration of the build; returns the previously installed one. */
typedef struct TypeTable TypeTable;
TypeTable *types_table_new(void);
TypeTable *types_use_table(TypeTable *t);

Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_pointer(Type *elem);
Type *type_map(Type *key, Type *val);
Type *type_chan(Type *elem, int dir);
Type *type_func(Type **params, int nparams, Type **results, int nresults, bool variadic);
Type *type_tuple(Type **elems, int n);
Type *type_struct(Field *fields, int nfields);
Type *type_interface(Method *methods, int nmethods); /* sorts and flattens */
Type *type_named(const char *name, Package *pkg, Symbol *sym); /* underlying set later */
void type_set_underlying(Type *named, Type *underlying);

bool type_is_integer(Type *t);
bool type_is_unsigned(Type *t);
/* Natural size (1, 2, 4) of a packed array/slice element kind (vm/value.h), else 0. */
int type_packed_size(Type *t);
/* Bytes of an array of a packed element kind (its elements, not the padding of its last
 * word), else 0: what LOADPK/STOREPK move through a pointer that may point into a slice. */
int64_t type_packed_array_bytes(Type *t);
bool type_is_float(Type *t);
bool type_is_complex(Type *t); /* complex64, complex128, untyped complex */
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_untyped(Type *t);
bool type_is_interface(Type *t);
bool type_comparable(Type *t);
bool type_has_nil(Type *t); /* pointer, slice, map, chan, func, interface */
/* Go's spelling of a type: "int", "[]string", "map[string]int", "*main.T", "func(int) error",
 * "interface {}", "struct { x int }". qualify: prefix named types with their package. */
const char *type_string(Type *t);
/* Method lookup through embedding: the method set of t (value or pointer). */
Method *type_find_method(Type *t, const char *name, bool *ptr_recv);

#endif
