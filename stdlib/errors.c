/* errors.c - the run-time type tests behind errors.As and errors.Is
 * (stdlib/errors.mg). A native cannot call back into minigo, so the Unwrap
 * chain walk stays in minigo; these only compare and store.
 */
#include <string.h>

#include "stdlib/natives.h"
#include "vm/object.h"

static bool same_type(const mg_rtype *a, const mg_rtype *b) {
    if (a == b) return true;
    /* Descriptors should be unique; tolerate duplicates of named types. */
    return a && b && a->named && b->named && a->kind == b->kind && strcmp(a->name, b->name) == 0 &&
           strcmp(a->pkgpath ? a->pkgpath : "", b->pkgpath ? b->pkgpath : "") == 0;
}

static bool implements(const mg_rtype *t, const mg_rtype *iface) {
    for (int i = 0; i < iface->nimethods; i++)
        if (!mg_rtype_method(t, iface->imethods[i].name)) return false;
    return true;
}

/* targetKind(target any) int */
static void n_target_kind(mg_ncall *c, mg_word *args, mg_word *res) {
    const mg_itab *tab = args[0].p;
    if (!tab) {
        res[0].i = 1;
        return;
    }
    const mg_rtype *t = tab->type;
    if (t->kind != MK_POINTER || !args[1].p) {
        res[0].i = 2;
        return;
    }
    const mg_rtype *e = t->elem;
    res[0].i = (e->kind == MK_INTERFACE || mg_rtype_method(e, "Error")) ? 0 : 3;
}

/* asType(err error, target any) bool */
static void n_as_type(mg_ncall *c, mg_word *args, mg_word *res) {
    const mg_itab *etab = args[0].p;
    const mg_itab *ttab = args[2].p;
    mg_word *dst = args[3].p;
    res[0].u = 0;
    if (!etab || !ttab || !dst) return;
    const mg_rtype *dyn = etab->type, *e = ttab->type->elem;
    if (e->kind == MK_INTERFACE) {
        if (!implements(dyn, e)) return;
        mg_itab *tab;
        if (e->nimethods == 0)
            tab = (mg_itab *)&dyn->self_itab;
        else if (etab->iface == e)
            tab = (mg_itab *)etab;
        else {
            tab = mg_alloc(sizeof(mg_itab) + (size_t)e->nimethods * sizeof(mg_func *));
            tab->type = dyn;
            tab->iface = e;
            tab->nfun = e->nimethods;
            for (int i = 0; i < e->nimethods; i++)
                tab->fun[i] = mg_rtype_method(dyn, e->imethods[i].name)->ifn;
        }
        dst[0].p = tab;
        dst[1] = args[1];
        res[0].u = 1;
        return;
    }
    if (!same_type(dyn, e)) return;
    mg_iface_unbox(e, args[1], dst);
    res[0].u = 1;
}

/* typeComparable(x any) bool: nil counts as comparable. */
static void n_type_comparable(mg_ncall *c, mg_word *args, mg_word *res) {
    const mg_itab *tab = args[0].p;
    res[0].u = !tab || tab->type->comparable;
}

const mg_native_entry mg_natives_errors[] = {
    {"errors.targetKind", n_target_kind},
    {"errors.asType", n_as_type},
    {"errors.typeComparable", n_type_comparable},
    {NULL, NULL},
};
