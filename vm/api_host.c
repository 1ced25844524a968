/* api_host.c - host packages (include/minigo.h: mg_register_package): C functions a
 * script imports as a Go package.
 *
 * A registered package becomes Go source the loader compiles like a standard package
 * (lang/loader.c, mg_host_source): per entry, an exported wrapper with the entry's
 * signature whose body calls a bodyless function `mg_hostcall_K(K, args...)`, and the
 * compiler binds every bodyless function of a host package to mg_host_trampoline. So
 * the checker enforces the signatures, traces show host.Greet like any Go frame, and
 * `go host.Greet(...)` works. K indexes vm->hosts; after a load, each entry learns its
 * wrapper's func type (for converting arguments and results) and the package's error
 * type (*pkg.mgError, whose Error() returns its text).
 *
 * The trampoline runs the host function (with its P handed off when flagged blocking:
 * rt_enter_blocking) and turns an mg_host_panic into the goroutine's panic after it
 * returned. Arguments are read from the native's argument words: as handles made on
 * first mg_host_arg (in the trampoline's frame for a small call), or straight by the
 * typed mg_host_arg_int and the like. Results are written straight into the native's
 * result words by mg_host_return and the typed mg_host_return_int and the like.
 */
#include "gc_glue.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "g.h"
#include "lang/loader.h"
#include "object.h"
#include "proto.h"
#include "rtype.h"
#include "textbuf.h"
#include "vm.h"

struct vm_host {
    char *pkg, *name;
    mg_host_fn fn;
    void *user;
    int flags;
    const mg_rtype *type;     /* the wrapper's func type, after a load */
    const mg_rtype *err_type; /* *pkg.mgError */
    /* after a load: where each parameter's words start (after the id word) and each
     * result's, so that a call and the typed accessors need no walk over the types */
    int *arg_off, *res_off;
    int res_words;
};

/* Argument handles are made only when mg_host_arg asks (a host reading its arguments
 * with mg_host_arg_int and the like makes none); up to HOST_SMALL_ARGS of them live in
 * the call's record on the trampoline's stack, which the collector scans. */
enum { HOST_SMALL_ARGS = 8 };

struct mg_hostcall {
    mg_vm *vm;
    mg_ncall *nc;
    const vm_host *h;
    const mg_word *argw; /* the parameters' words (the G's stack, alive for the call) */
    mg_value **args;     /* NULL until mg_host_arg; then small or malloc'd, one per param */
    mg_word *res;
    char *panic_msg; /* malloc'd */
    mg_value *small[HOST_SMALL_ARGS];
    _Alignas(16) char bufs[HOST_SMALL_ARGS][VM_VALUE_INLINE];
};

/* ---------- registration: the generated source ---------- */

static char *dup_n(const char *s, size_t n) {
    char *d = malloc(n + 1);
    if (!d) return NULL;
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

static const char *skip_space(const char *p) {
    while (*p && isspace((unsigned char)*p))
        p++;
    return p;
}

/* Splits "func(A, B) R" into its parameter types (appended to b as "a0 A, a1 B" and to
 * call as ", a0, a1") and its results (*res, *res_len). False if it is not a func
 * type. A variadic last parameter "...T" is passed to the bodyless function as []T. */
static bool gen_params(const char *sig, vm_textbuf *wrap, vm_textbuf *native, vm_textbuf *call,
                       const char **res) {
    const char *p = skip_space(sig);
    if (strncmp(p, "func", 4) != 0) return false;
    p = skip_space(p + 4);
    if (*p != '(') return false;
    p++;
    int depth = 0, n = 0;
    const char *start = p;
    for (;; p++) {
        char ch = *p;
        if (!ch) return false;
        if (ch == '(' || ch == '[' || ch == '{') depth++;
        if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) {
            depth--;
            continue;
        }
        if (depth == 0 && (ch == ',' || ch == ')')) {
            const char *a = skip_space(start), *e = p;
            while (e > a && isspace((unsigned char)e[-1]))
                e--;
            if (e > a) {
                bool variadic = e - a > 3 && strncmp(a, "...", 3) == 0;
                vm_tb_printf(wrap, "%sa%d %.*s", n ? ", " : "", n, (int)(e - a), a);
                if (variadic)
                    vm_tb_printf(native, ", a%d []%.*s", n, (int)(e - a - 3), a + 3);
                else
                    vm_tb_printf(native, ", a%d %.*s", n, (int)(e - a), a);
                vm_tb_printf(call, ", a%d", n);
                n++;
            } else if (ch == ',' || n > 0) {
                return false; /* an empty parameter */
            }
            start = p + 1;
            if (ch == ')') break;
        }
    }
    *res = skip_space(p + 1);
    return true;
}

static bool is_ident(const char *s) {
    if (!*s || isdigit((unsigned char)*s)) return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_') return false;
    return true;
}

static mg_status reg_error(mg_vm *vm, mg_status st, const char *fmt, const char *a, const char *b) {
    vm_textbuf t = {0};
    vm_tb_printf(&t, fmt, a, b);
    vm_tb_puts(&t, "\n");
    vm_set_error(vm, t.p ? t.p : "", t.len);
    free(t.p);
    return st;
}

mg_status mg_register_package(mg_vm *vm, const char *path, const mg_host_entry *entries, int n) {
    if (!vm) return MG_ERR_STATE;
    if (vm->prog)
        return reg_error(vm, MG_ERR_STATE, "minigo: register %s before loading", path, "");
    for (int i = 0; i < vm->nhost_srcs; i++)
        if (strcmp(vm->host_srcs[i].path, path) == 0)
            return reg_error(vm, MG_ERR_STATE, "minigo: package %s registered twice", path, "");
    const char *pkg = strrchr(path, '/');
    pkg = pkg ? pkg + 1 : path;
    if (!is_ident(pkg))
        return reg_error(vm, MG_ERR_COMPILE, "minigo: package path %s: %s is not a Go name", path,
                         pkg);
    vm_textbuf src = {0};
    vm_tb_printf(&src,
                 "package %s\n\ntype mgError struct{ s string }\n\n"
                 "func (e *mgError) Error() string { return e.s }\n",
                 pkg);
    vm_host *hosts = realloc(vm->hosts, sizeof *hosts * (size_t)(vm->nhosts + n));
    if (!hosts) return reg_error(vm, MG_ERR_STATE, "minigo: out of memory%s%s", "", "");
    vm->hosts = hosts;
    for (int i = 0; i < n; i++) {
        const mg_host_entry *e = &entries[i];
        vm_textbuf wrap = {0}, native = {0}, call = {0};
        const char *res = NULL;
        bool ok = is_ident(e->name) && isupper((unsigned char)e->name[0]) && e->fn &&
                  gen_params(e->signature, &wrap, &native, &call, &res);
        if (ok) {
            int k = vm->nhosts + i;
            vm_tb_printf(&src, "\nfunc %s(%s) %s { %smg_hostcall_%d(%d%s) }\n", e->name,
                         wrap.p ? wrap.p : "", res, *res ? "return " : "", k, k,
                         call.p ? call.p : "");
            vm_tb_printf(&src, "func mg_hostcall_%d(id int%s) %s\n", k, native.p ? native.p : "",
                         res);
            hosts[k] = (vm_host){.pkg = dup_n(path, strlen(path)),
                                 .name = dup_n(e->name, strlen(e->name)),
                                 .fn = e->fn,
                                 .user = e->user,
                                 .flags = e->flags};
        }
        free(wrap.p);
        free(native.p);
        free(call.p);
        if (!ok) {
            for (int j = 0; j < i; j++) {
                free(hosts[vm->nhosts + j].pkg);
                free(hosts[vm->nhosts + j].name);
            }
            free(src.p);
            return reg_error(vm, MG_ERR_COMPILE,
                             "minigo: host function %s: bad name or signature %s",
                             e->name ? e->name : "(null)", e->signature ? e->signature : "(null)");
        }
    }
    mg_host_source *srcs = realloc(vm->host_srcs, sizeof *srcs * (size_t)(vm->nhost_srcs + 1));
    if (!srcs) {
        free(src.p);
        return reg_error(vm, MG_ERR_STATE, "minigo: out of memory%s%s", "", "");
    }
    vm->host_srcs = srcs;
    srcs[vm->nhost_srcs++] = (mg_host_source){dup_n(path, strlen(path)), src.p, src.len};
    vm->nhosts += n;
    return MG_OK;
}

/* Host i's argument and result offsets, from its func type; false when out of memory. */
static bool host_offsets(vm_host *h) {
    const mg_rtype *ft = h->type;
    free(h->arg_off);
    h->arg_off = malloc(sizeof(int) * (size_t)(ft->nparams + ft->nresults + 1));
    h->res_off = h->arg_off ? h->arg_off + ft->nparams : NULL;
    if (!h->arg_off) return false;
    int off = 0;
    for (int i = 0; i < ft->nparams; i++) {
        h->arg_off[i] = off;
        off += ft->params[i]->words;
    }
    off = 0;
    for (int i = 0; i < ft->nresults; i++) {
        h->res_off[i] = off;
        off += ft->results[i]->words;
    }
    h->res_words = off;
    return true;
}

void vm_hosts_bind(mg_vm *vm) {
    for (int i = 0; i < vm->nhosts; i++) {
        vm_host *h = &vm->hosts[i];
        const char *pkg = strrchr(h->pkg, '/');
        pkg = pkg ? pkg + 1 : h->pkg;
        vm_textbuf q = {0};
        vm_tb_printf(&q, "%s.%s", pkg, h->name);
        const mg_func *fn = q.p ? mg_program_func(vm->prog, q.p) : NULL;
        h->type = fn ? fn->type : NULL;
        if (h->type && !host_offsets(h)) h->type = NULL; /* a call says unbound */
        q.len = 0;
        vm_tb_printf(&q, "*%s.mgError", pkg);
        h->err_type = q.p ? mg_program_rtype(vm->prog, q.p) : NULL;
        if (!h->err_type && q.p) {
            const mg_rtype *t = mg_program_rtype(vm->prog, q.p + 1);
            h->err_type = t ? t->ptr_to : NULL;
        }
        free(q.p);
    }
}

const mg_rtype *vm_host_type(mg_vm *vm, int i) {
    return vm->hosts[i].type;
}

void vm_hosts_free(mg_vm *vm) {
    for (int i = 0; i < vm->nhosts; i++) {
        free(vm->hosts[i].pkg);
        free(vm->hosts[i].name);
        free(vm->hosts[i].arg_off);
    }
    for (int i = 0; i < vm->nhost_srcs; i++) {
        free((char *)vm->host_srcs[i].path);
        free((char *)vm->host_srcs[i].src);
    }
    free(vm->hosts);
    free(vm->host_srcs);
}

/* ---------- calls ---------- */

void mg_host_trampoline(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_vm *vm = c->vm;
    int64_t id = args[0].i;
    const vm_host *h = id >= 0 && id < vm->nhosts ? &vm->hosts[id] : NULL;
    if (!h || !h->type) {
        mg_native_fatal(c, "minigo: call of an unbound host function");
        return;
    }
    if (h->res_words == 1)
        res[0].u = 0;
    else if (h->res_words)
        memset(res, 0, sizeof(mg_word) * (size_t)h->res_words);
    mg_hostcall call;
    call.vm = vm;
    call.nc = c;
    call.h = h;
    call.argw = args + 1;
    call.args = NULL;
    call.res = res;
    call.panic_msg = NULL;
    bool block = h->flags & MG_HOST_BLOCKING;
    if (block) rt_enter_blocking(mg_ncall_sched(c), mg_ncall_rtg(c));
    h->fn(&call);
    if (block) rt_exit_blocking(mg_ncall_sched(c), mg_ncall_rtg(c));
    if (call.args) {
        for (int i = 0; i < h->type->nparams; i++)
            mg_release(call.args[i]);
        if (call.args != call.small) free(call.args);
    }
    if (call.panic_msg) {
        mg_native_panic_string(c, call.panic_msg);
        free(call.panic_msg);
    }
}

int mg_host_nargs(mg_hostcall *call) {
    return call->h->type->nparams;
}

mg_value *mg_host_arg(mg_hostcall *call, int i) {
    const mg_rtype *ft = call->h->type;
    if (i < 0 || i >= ft->nparams) return NULL;
    bool small = ft->nparams <= HOST_SMALL_ARGS;
    if (!call->args) {
        call->args = small ? call->small : malloc(sizeof *call->args * (size_t)ft->nparams);
        if (!call->args) return NULL;
        /* small: a memset of constant size, which the compiler inlines as plain stores;
         * the C library's, for a variable size, uses masked vector stores that the load
         * of args[i] below cannot forward from (a stall of three quarters of this
         * function's cycles) */
        if (small)
            memset(call->small, 0, sizeof call->small);
        else
            memset(call->args, 0, sizeof *call->args * (size_t)ft->nparams);
    }
    if (!call->args[i]) {
        const mg_word *w = call->argw + call->h->arg_off[i];
        call->args[i] = small ? vm_value_typed_in(call->vm, ft->params[i], w, call->bufs[i])
                              : vm_value_typed(call->vm, ft->params[i], w);
    }
    return call->args[i];
}

/* Argument i's type and words when i is in range and the type is kind lo..hi (a
 * typed accessor's fast case), else NULL: the accessor then reads mg_host_arg's
 * handle, so both give the same answer. */
static const mg_word *arg_words(mg_hostcall *call, int i, mg_kind lo, mg_kind hi) {
    const mg_rtype *ft = call->h->type;
    if (i < 0 || i >= ft->nparams) return NULL;
    mg_kind k = ft->params[i]->kind;
    return k >= lo && k <= hi ? call->argw + call->h->arg_off[i] : NULL;
}

bool vm_host_never_blocks(const mg_vm *vm, const mg_func *fn) {
    static const char pre[] = "mg_hostcall_";
    if (fn->native != mg_host_trampoline || !fn->name) return false;
    const char *dot = strrchr(fn->name, '.');
    if (!dot || strncmp(dot + 1, pre, sizeof pre - 1) != 0) return false;
    char *end;
    long k = strtol(dot + sizeof pre, &end, 10);
    if (*end || k < 0 || k >= vm->nhosts) return false;
    return !(vm->hosts[k].flags & MG_HOST_BLOCKING);
}

long long mg_host_arg_int(mg_hostcall *call, int i) {
    const mg_word *w = arg_words(call, i, MK_INT, MK_INT64);
    return w ? w->i : mg_to_int(mg_host_arg(call, i));
}

double mg_host_arg_float(mg_hostcall *call, int i) {
    const mg_word *w = arg_words(call, i, MK_FLOAT32, MK_FLOAT64);
    return w ? w->f : mg_to_float(mg_host_arg(call, i));
}

int mg_host_arg_bool(mg_hostcall *call, int i) {
    const mg_word *w = arg_words(call, i, MK_BOOL, MK_BOOL);
    return w ? w->u != 0 : mg_to_bool(mg_host_arg(call, i));
}

const char *mg_host_arg_string(mg_hostcall *call, int i, size_t *len) {
    const mg_word *w = arg_words(call, i, MK_STRING, MK_STRING);
    if (!w) return mg_to_string(mg_host_arg(call, i), len);
    const mg_string *s = (const mg_string *)w;
    if (len) *len = (size_t)s->len;
    return s->len ? (const char *)s->ptr : "";
}

mg_status mg_host_return(mg_hostcall *call, int i, const mg_value *v) {
    const mg_rtype *ft = call->h->type;
    if (i < 0 || i >= ft->nresults) return MG_ERR_STATE;
    const mg_rtype *t = ft->results[i];
    if (vm_value_word(t, v, call->res + call->h->res_off[i])) return MG_OK;
    mg_word tmp[t->words ? t->words : 1];
    char err[256];
    if (!vm_value_to_words(call->vm, t, v, tmp, err, sizeof err)) {
        vm_set_error(call->vm, err, strlen(err));
        return MG_ERR_STATE;
    }
    memcpy(call->res + call->h->res_off[i], tmp, sizeof(mg_word) * (size_t)t->words);
    return MG_OK;
}

/* Result i's words when i is in range and its type is kind lo..hi, else NULL: the
 * typed setter then goes through a handle and mg_host_return, conversions and errors
 * included. */
static mg_word *res_words(mg_hostcall *call, int i, mg_kind lo, mg_kind hi) {
    const mg_rtype *ft = call->h->type;
    if (i < 0 || i >= ft->nresults) return NULL;
    mg_kind k = ft->results[i]->kind;
    return k >= lo && k <= hi ? call->res + call->h->res_off[i] : NULL;
}

/* mg_host_return of a new handle v, released after. */
static mg_status return_handle(mg_hostcall *call, int i, mg_value *v) {
    mg_status st = v ? mg_host_return(call, i, v) : MG_ERR_STATE;
    mg_release(v);
    return st;
}

mg_status mg_host_return_int(mg_hostcall *call, int i, long long x) {
    mg_word *w = res_words(call, i, MK_INT, MK_INT64);
    mg_kind k = w ? call->h->type->results[i]->kind : MK_INT8;
    if (k != MK_INT && k != MK_INT64) /* int8..int32 and the rest: checked conversions */
        return return_handle(call, i, mg_new_int(call->vm, x));
    w->i = x;
    return MG_OK;
}

mg_status mg_host_return_float(mg_hostcall *call, int i, double x) {
    mg_word *w = res_words(call, i, MK_FLOAT64, MK_FLOAT64);
    if (!w) return return_handle(call, i, mg_new_float(call->vm, x));
    w->f = x;
    return MG_OK;
}

mg_status mg_host_return_bool(mg_hostcall *call, int i, int x) {
    mg_word *w = res_words(call, i, MK_BOOL, MK_BOOL);
    if (!w) return return_handle(call, i, mg_new_bool(call->vm, x));
    w->u = x != 0;
    return MG_OK;
}

mg_status mg_host_return_string(mg_hostcall *call, int i, const char *s, size_t len) {
    mg_word *w = res_words(call, i, MK_STRING, MK_STRING);
    if (!w) return return_handle(call, i, mg_new_string(call->vm, s, len));
    /* a host function runs on an M, a thread the collector knows */
    mg_string str = mg_str_from_bytes(s, len);
    memcpy(w, &str, sizeof str);
    return MG_OK;
}
void mg_host_error(mg_hostcall *call, const char *msg) {
    const mg_rtype *ft = call->h->type;
    const mg_rtype *last = ft->nresults ? ft->results[ft->nresults - 1] : NULL;
    const mg_rtype *et = call->h->err_type;
    const mg_itab *tab = last && et && last->kind == MK_INTERFACE
                             ? vm_itab_lookup(call->vm->prog->itabs, et, last)
                             : NULL;
    if (!tab) {
        mg_host_panic(call, msg); /* no error result to carry it */
        return;
    }
    mg_string *obj = mg_alloc_words(et->elem, 1);
    *obj = mg_str_from_c(msg);
    mg_word *dst = call->res + call->h->res_off[ft->nresults - 1];
    dst[0].p = (void *)tab;
    dst[1].p = obj;
}

void mg_host_panic(mg_hostcall *call, const char *msg) {
    free(call->panic_msg);
    call->panic_msg = dup_n(msg, strlen(msg));
}

void *mg_host_user(mg_hostcall *call) {
    return call->h->user;
}

mg_vm *mg_host_vm(mg_hostcall *call) {
    return call->vm;
}
