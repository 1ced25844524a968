/* loader.c - turns one source file into an mg_program.
 *
 * Parses the main file, imports the standard packages it needs (their sources
 * are embedded in the binary: stdlib/natives.h), checks every package exactly
 * once, children before parents, and hands the packages to the compiler in
 * that dependency order (main last). Package "runtime" is always loaded
 * first: the VM's runtime errors are values of its types.
 *
 * All state is per build (struct Loader); nothing is cached across builds, so
 * two VMs compiling at once never share a Package.
 */
#include "loader.h"

#include <string.h>

#include "../stdlib/natives.h"
#include "../vm/object.h"
#include "check.h"
#include "parse.h"

struct Loader {
    Package **pkgs; /* checked packages in dependency order */
    int npkgs, cap;
    const char **loading; /* import stack, for cycle detection */
    int nloading;
    TypeTable *types; /* this build's unnamed types; keeps them reachable (types.c) */
};

static void add_package(Loader *ld, Package *p) {
    if (ld->npkgs == ld->cap) {
        int cap = ld->cap ? ld->cap * 2 : 16;
        Package **n = mg_alloc(sizeof *n * (size_t)cap);
        if (ld->npkgs) memcpy(n, ld->pkgs, sizeof *n * (size_t)ld->npkgs);
        ld->pkgs = n;
        ld->cap = cap;
    }
    ld->pkgs[ld->npkgs++] = p;
}

static const mg_stdlib_source *find_source(const char *path) {
    for (int i = 0; i < mg_stdlib_nsources; i++)
        if (strcmp(mg_stdlib_sources[i].path, path) == 0) return &mg_stdlib_sources[i];
    return NULL;
}

static Package *new_package(const char *path, Node *file, bool loopvar) {
    Package *p = mg_alloc(sizeof *p);
    p->path = ast_intern(path, strlen(path));
    p->name = file->name ? file->name : "main";
    p->files = mg_alloc(sizeof *p->files);
    p->files[0] = file;
    p->nfiles = 1;
    p->loopvar = loopvar;
    return p;
}

Package *loader_import(Loader *ld, const char *path, Diag *d) {
    for (int i = 0; i < ld->npkgs; i++)
        if (strcmp(ld->pkgs[i]->path, path) == 0) return ld->pkgs[i];
    for (int i = 0; i < ld->nloading; i++)
        if (strcmp(ld->loading[i], path) == 0) return NULL; /* cycle: stdlib bug */
    const mg_stdlib_source *s = find_source(path);
    if (!s) return NULL;
    size_t n = strlen(path);
    char *fname = mg_alloc_atomic(n + 16);
    memcpy(fname, "$GOROOT/", 8);
    memcpy(fname + 8, path, n);
    memcpy(fname + 8 + n, ".mg", 4);
    Node *file = parse_file(fname, s->src, s->len, d);
    if (!file) return NULL;
    file->str = fname; /* the checker names the file in diagnostics */
    /* The standard library is written with Go 1.22 loop semantics. */
    Package *p = new_package(path, file, true);
    if (ld->nloading < 64) ld->loading[ld->nloading++] = path;
    bool ok = check_package(p, ld, d);
    ld->nloading--;
    if (!ok) return NULL;
    add_package(ld, p);
    return p;
}

static mg_program *build(Loader *ld, const char *filename, const char *src, size_t len,
                         const mg_build_opts *opts, Diag *d);

mg_program *mg_build_program(const char *filename, const char *src, size_t len,
                             const mg_build_opts *opts, Diag *d) {
    Loader ld = {0};
    ld.loading = mg_alloc(sizeof *ld.loading * 64);
    types_init();
    ld.types = types_table_new();
    TypeTable *outer = types_use_table(ld.types);
    mg_program *prog = build(&ld, filename, src, len, opts, d);
    types_use_table(outer);
    return prog;
}

static mg_program *build(Loader *ld, const char *filename, const char *src, size_t len,
                         const mg_build_opts *opts, Diag *d) {
    if (find_source("runtime") && !loader_import(ld, "runtime", d)) return NULL;

    Node *file = parse_file(filename, src, len, d);
    if (!file || d->count) return NULL;
    file->str = filename;
    bool loopvar = opts && opts->loopvar;
    int minor = parse_go_version(src, len);
    if (minor) loopvar = minor >= 22;
    Package *main_pkg = new_package("main", file, loopvar);
    if (file->name && strcmp(file->name, "main") != 0) {
        diag_error(d, filename, file->line, file->col,
                   "package %s is not a main package", file->name);
        return NULL;
    }
    if (!check_package(main_pkg, ld, d) || d->count) return NULL;
    add_package(ld, main_pkg);
    mg_program *prog = cg_compile(ld->pkgs, ld->npkgs, d);
    if (d->count) return NULL;
    return prog;
}
