/* loader.c - turns one source file into an mg_program.
 *
 * Parses the main file, imports the standard packages it needs (their sources
 * are embedded in the binary: stdlib/natives.h), checks every package exactly
 * once, children before parents, and hands the packages to the compiler in
 * that dependency order (main last). Package "runtime" is always loaded
 * first: the VM's runtime errors are values of its types.
 *
 * A stdlib package may have optional files (stdlib/fmt+scan.mg: a big API that
 * most programs never use). One is compiled only if the program's source names
 * one of the exported identifiers declared on a line of their own at its top
 * level, as a whole word (any qualifier: an aliased or dot import still counts;
 * a mention in a comment costs only compile time). Invariants: nothing in a
 * package's other files refers to its optional files, and no stdlib package uses
 * another package's optional API, so the program's source alone decides.
 *
 * All state is per build (struct Loader); nothing is cached across builds, so
 * two VMs compiling at once never share a Package.
 */
#include "loader.h"
#include "arena.h"

#include <ctype.h>
#include <string.h>

#include "../stdlib/natives.h"
#include "../vm/object.h"
#include "check.h"
#include "parse.h"
#include "vet.h"

struct Loader {
    Package **pkgs; /* checked packages in dependency order */
    int npkgs, cap;
    const char **loading; /* import stack, for cycle detection */
    int nloading;
    TypeTable *types;     /* this build's unnamed types; keeps them reachable (types.c) */
    const char *main_src; /* the program's source (optional files: see above) */
    size_t main_len;
    const mg_build_opts *opts;
};

static bool in_list(const char *const *list, const char *path) {
    for (; list && *list; list++)
        if (strcmp(*list, path) == 0) return true;
    return false;
}

static const mg_host_source *find_host(const Loader *ld, const char *path) {
    for (int i = 0; ld->opts && i < ld->opts->nhosts; i++)
        if (strcmp(ld->opts->hosts[i].path, path) == 0) return &ld->opts->hosts[i];
    return NULL;
}

bool loader_import_allowed(const Loader *ld, const char *path) {
    const mg_build_opts *o = ld->opts;
    if (!o || find_host(ld, path)) return true;
    if (o->allow && !in_list(o->allow, path)) return false;
    return !in_list(o->deny, path);
}

static bool is_ident_byte(char c) {
    return isalnum((unsigned char)c) || c == '_' || (c & 0x80);
}

/* Whether src names `name` (n bytes) as a whole word. */
static bool names_word(const char *src, size_t len, const char *name, size_t n) {
    for (const char *p = src, *end = src + len; p + n <= end; p++) {
        p = memmem(p, (size_t)(end - p), name, n);
        if (!p) return false;
        if ((p == src || !is_ident_byte(p[-1])) && (p + n == end || !is_ident_byte(p[n])))
            return true;
    }
    return false;
}

/* Whether the program's source names an exported identifier declared at the top
 * level of the optional file `part` (a line starting "func Name", "type Name",
 * "var Name" or "const Name"; methods do not count). */
static bool part_needed(Loader *ld, const mg_stdlib_source *part) {
    static const char *const kinds[] = {"func ", "type ", "var ", "const "};
    const char *p = part->src, *end = part->src + part->len;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol) eol = end;
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
            size_t kl = strlen(kinds[k]);
            if ((size_t)(eol - p) <= kl || memcmp(p, kinds[k], kl) != 0) continue;
            const char *name = p + kl, *q = name;
            if (!isupper((unsigned char)*name)) break;
            while (q < eol && is_ident_byte(*q))
                q++;
            if (names_word(ld->main_src, ld->main_len, name, (size_t)(q - name))) return true;
            break;
        }
        p = eol + 1;
    }
    return false;
}

/* "$GOROOT/fmt.mg", "$GOROOT/fmt+scan.mg": what diagnostics and traces call the file. */
static char *stdlib_file_name(const char *path, const char *part) {
    size_t n = strlen(path), pn = part ? strlen(part) + 1 : 0;
    char *fname = ar_alloc_atomic(n + pn + 16);
    memcpy(fname, "$GOROOT/", 8);
    memcpy(fname + 8, path, n);
    if (part) {
        fname[8 + n] = '+';
        memcpy(fname + 9 + n, part, pn - 1);
    }
    memcpy(fname + 8 + n + pn, ".mg", 4);
    return fname;
}

/* "$HOST/game/api.mg": a host package's generated source in diagnostics and traces. */
static char *host_file_name(const char *path) {
    size_t n = strlen(path);
    char *fname = ar_alloc_atomic(n + 10);
    memcpy(fname, "$HOST/", 6);
    memcpy(fname + 6, path, n);
    memcpy(fname + 6 + n, ".mg", 4);
    return fname;
}

static void add_package(Loader *ld, Package *p) {
    if (ld->npkgs == ld->cap) {
        int cap = ld->cap ? ld->cap * 2 : 16;
        Package **n = ar_alloc(sizeof *n * (size_t)cap);
        if (ld->npkgs) memcpy(n, ld->pkgs, sizeof *n * (size_t)ld->npkgs);
        ld->pkgs = n;
        ld->cap = cap;
    }
    ld->pkgs[ld->npkgs++] = p;
}

static const mg_stdlib_source *find_source(const char *path) {
    for (int i = 0; i < mg_stdlib_nsources; i++)
        if (!mg_stdlib_sources[i].part && strcmp(mg_stdlib_sources[i].path, path) == 0)
            return &mg_stdlib_sources[i];
    return NULL;
}

static Package *new_package(const char *path, Node *file, bool loopvar) {
    Package *p = ar_alloc(sizeof *p);
    p->path = ast_intern(path, strlen(path));
    p->name = file->name ? file->name : "main";
    p->files = ar_alloc(sizeof *p->files);
    p->files[0] = file;
    p->nfiles = 1;
    p->loopvar = loopvar;
    return p;
}

static void add_file(Package *p, Node *file) {
    Node **files = ar_alloc(sizeof *files * (size_t)(p->nfiles + 1));
    memcpy(files, p->files, sizeof *files * (size_t)p->nfiles);
    files[p->nfiles++] = file;
    p->files = files;
}

Package *loader_import(Loader *ld, const char *path, Diag *d) {
    for (int i = 0; i < ld->npkgs; i++)
        if (strcmp(ld->pkgs[i]->path, path) == 0) return ld->pkgs[i];
    for (int i = 0; i < ld->nloading; i++)
        if (strcmp(ld->loading[i], path) == 0) return NULL; /* cycle: stdlib bug */
    const mg_stdlib_source *s = find_source(path);
    const mg_host_source *h = s ? NULL : find_host(ld, path);
    if (!s && !h) return NULL;
    char *fname = s ? stdlib_file_name(path, NULL) : host_file_name(path);
    Node *file = s ? parse_file(fname, s->src, s->len, d) : parse_file(fname, h->src, h->len, d);
    if (!file) return NULL;
    file->str = fname; /* the checker names the file in diagnostics */
    /* The standard library is written with Go 1.22 loop semantics. */
    Package *p = new_package(path, file, true);
    p->host = h != NULL;
    for (int i = 0; i < mg_stdlib_nsources; i++) {
        const mg_stdlib_source *part = &mg_stdlib_sources[i];
        if (!part->part || strcmp(part->path, path) != 0 || !part_needed(ld, part)) continue;
        char *pname = stdlib_file_name(path, part->part);
        Node *pf = parse_file(pname, part->src, part->len, d);
        if (!pf) return NULL;
        pf->str = pname;
        add_file(p, pf);
    }
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
    types_init();
    check_init();
    /* from here on, only this build's data is made: it may live in the arena */
    mg_arena *outer_arena = ar_use(opts ? opts->arena : NULL);
    Loader ld = {0};
    ld.loading = ar_alloc(sizeof *ld.loading * 64);
    ld.types = types_table_new();
    TypeTable *outer = types_use_table(ld.types);
    mg_program *prog = build(&ld, filename, src, len, opts, d);
    types_use_table(outer);
    ar_use(outer_arena);
    if (prog && opts) ar_end_build(opts->arena);
    return prog;
}

static mg_program *build(Loader *ld, const char *filename, const char *src, size_t len,
                         const mg_build_opts *opts, Diag *d) {
    ld->main_src = src;
    ld->main_len = len;
    ld->opts = opts;
    if (find_source("runtime") && !loader_import(ld, "runtime", d)) return NULL;

    Node *file = parse_file(filename, src, len, d);
    if (!file || d->count) return NULL;
    file->str = filename;
    bool loopvar = opts && opts->loopvar;
    int minor = parse_go_version(src, len);
    if (minor) loopvar = minor >= 22;
    Package *main_pkg = new_package("main", file, loopvar);
    if (file->name && strcmp(file->name, "main") != 0) {
        diag_error(d, filename, file->line, file->col, "package %s is not a main package",
                   file->name);
        return NULL;
    }
    if (!check_package(main_pkg, ld, d) || d->count) return NULL;
    add_package(ld, main_pkg);
    /* The compiler's output comes from the GC heap, as the program's own objects do: in
     * the arena it made GC-heavy programs slower (a program counter into it on every
     * goroutine's stack is a false pointer to the collector; strings ran 2x the
     * collections, its heap growth steered by a smaller estimate of what is live). */
    mg_arena *scratch = ar_use(NULL);
    mg_program *prog = cg_compile(ld->pkgs, ld->npkgs, d);
    ar_use(scratch);
    if (d->count) return NULL;
    if (opts && opts->vet_findings) *opts->vet_findings = vet_package(main_pkg);
    return prog;
}
