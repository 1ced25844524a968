/* test_check.c - the type checker: small programs parsed and checked; valid
 * ones must pass and satisfy parts of the CHECKER CONTRACT (types on
 * expressions, implicit conversions, comma-ok tuples, promoted selectors,
 * boxed variables, init order), invalid ones must produce gc's message.
 * Programs here import nothing (the loader is not involved).
 * Prints "ok" and exits 0 on success.
 */
#define GC_THREADS 1
#include <gc.h>
#include <stdio.h>
#include <string.h>

#include "lang/check.h"
#include "lang/parse.h"

static int failures;
#define CHECK(c)                                                                                   \
    do {                                                                                           \
        if (!(c)) {                                                                                \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c);                  \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

static Package *check_src(const char *src, Diag *d) {
    diag_init(d);
    Node *file = parse_file("t.go", src, strlen(src), d);
    if (!file) return NULL;
    file->str = "t.go";
    Package *p = GC_MALLOC(sizeof *p);
    memset(p, 0, sizeof *p);
    p->path = "main";
    p->name = "main";
    p->files = GC_MALLOC(sizeof(Node *));
    p->files[0] = file;
    p->nfiles = 1;
    check_package(p, NULL, d);
    return p;
}

static void expect_ok(const char *src) {
    Diag d;
    check_src(src, &d);
    if (d.count) {
        fprintf(stderr, "unexpected errors:\n%s---\n%s\n", diag_text(&d), src);
        failures++;
    }
}

static void expect_err(const char *src, const char *msg) {
    Diag d;
    check_src(src, &d);
    const char *text = diag_text(&d);
    if (!strstr(text, msg)) {
        fprintf(stderr, "want error containing %s\ngot:\n%s---\n%s\n", msg, text, src);
        failures++;
    }
}

/* The first node of `kind` in the tree (depth first). */
static Node *find(Node *n, NodeKind kind, int line) {
    if (!n) return NULL;
    if (n->kind == kind && (line == 0 || n->line == line)) return n;
    Node *r;
    if ((r = find(n->a, kind, line)) || (r = find(n->b, kind, line)) ||
        (r = find(n->c, kind, line)) || (r = find(n->d, kind, line)))
        return r;
    for (int i = 0; i < n->list.len; i++)
        if ((r = find(n->list.items[i], kind, line))) return r;
    for (int i = 0; i < n->list2.len; i++)
        if ((r = find(n->list2.items[i], kind, line))) return r;
    return NULL;
}

static void test_contract(void) {
    Diag d;
    Package *p = check_src("package main\n"
                           "type I interface{ M() }\n"
                           "type In struct{ v int }\n"
                           "func (i *In) M() {}\n"
                           "type Out struct{ *In }\n"
                           "var b = a + 1\n"
                           "var a = 2\n"
                           "func main() {\n"
                           "\tvar i I = &In{}\n" /* 9: implicit conversion */
                           "\tm := map[string]int{}\n"
                           "\tv, ok := m[\"x\"]\n" /* 11: comma-ok */
                           "\to := Out{&In{1}}\n"
                           "\t_ = o.v\n" /* 13: promoted field */
                           "\tx := 1\n"
                           "\tf := func() int { return x }\n" /* 15: capture */
                           "\t_, _, _, _ = i, v, ok, f\n"
                           "\tconst c = 1 << 3\n"
                           "\tvar fl float64 = c\n" /* 18: constant converted */
                           "\t_ = fl\n"
                           "}\n",
                           &d);
    CHECK(d.count == 0);
    if (d.count) {
        fprintf(stderr, "%s", diag_text(&d));
        return;
    }
    Node *mainfn = NULL;
    for (int i = 0; i < p->nfuncs; i++)
        if (p->funcs[i]->kind == N_FUNCDECL && strcmp(p->funcs[i]->name, "main") == 0)
            mainfn = p->funcs[i];
    CHECK(mainfn != NULL);
    if (!mainfn) return;
    Node *conv = find(mainfn, N_CONVERT, 9);
    CHECK(conv && (conv->flags & NF_IMPLICIT) && conv->type->kind == TY_INTERFACE);
    Node *idx = find(mainfn, N_INDEX, 11);
    CHECK(idx && (idx->flags & NF_COMMA_OK) && idx->type->kind == TY_TUPLE);
    Node *sel = find(mainfn, N_SELECTOR, 13);
    CHECK(sel && sel->sel_kind == SEL_FIELD && sel->a->kind == N_SELECTOR &&
          (sel->a->flags & NF_IMPLICIT) && sel->a->type->kind == TY_POINTER);
    Node *def = find(mainfn, N_DEFINE, 14);
    CHECK(def && def->list.items[0]->sym && def->list.items[0]->sym->boxed);
    Node *vs = find(mainfn, N_VARSPEC, 18);
    CHECK(vs && vs->list2.items[0]->cval && vs->list2.items[0]->cval->kind == CV_FLOAT &&
          vs->list2.items[0]->cval->f == 8.0 && vs->list2.items[0]->type == ty_float64);
    CHECK(p->ninit == 2 && strcmp(p->init_order[0]->list.items[0]->name, "a") == 0);
    CHECK(p->nglobals == 2);
    CHECK(p->nfuncs == 3); /* M, main, the literal */
}

static void test_valid(void) {
    expect_ok("package main\n"
              "type Shape interface{ Area() float64 }\n"
              "type R struct{ w, h float64 }\n"
              "func (r R) Area() float64 { return r.w * r.h }\n"
              "func main() {\n"
              "\tvar s Shape = R{1, 2}\n"
              "\tswitch v := s.(type) {\n"
              "\tcase R:\n"
              "\t\t_ = v.w\n"
              "\tdefault:\n"
              "\t}\n"
              "\tfor i := range 3 { _ = i }\n"
              "\tch := make(chan int, 1)\n"
              "\tselect {\n"
              "\tcase x, ok := <-ch:\n"
              "\t\t_, _ = x, ok\n"
              "\tdefault:\n"
              "\t}\n"
              "}\n");
    expect_ok("package main\n"
              "const (\n\tA = iota\n\tB\n)\n"
              "func f() (n int, err error) { n = B; return }\n"
              "func main() { x, _ := f(); println(x, A) }\n");
    expect_ok("package main\n"
              "func main() {\n"
              "\tvar bs []byte\n"
              "\tbs = append(bs, \"hi\"...)\n"
              "\tn := copy(bs, \"x\")\n"
              "\tprintln(string(bs), n, len(\"abc\"), min(1, 2.5))\n"
              "}\n");
    /* snippet: statements at top level, no unused-variable errors */
    expect_ok("x := 1\n"
              "func g() int { return 2 }\n"
              "y := g()\n");
}

static void test_errors(void) {
    expect_err("package main\nfunc main() { x := 1 }\n", "declared and not used: x");
    expect_err("package main\nfunc main() { var s string = 1; _ = s }\n",
               "cannot use 1 (untyped int constant) as string value in variable declaration");
    expect_err("package main\nfunc main() { var b byte = 300; _ = b }\n", "(overflows)");
    expect_err("package main\nfunc f() int { for {\nbreak\n}\n}\nfunc main() { f() }\n",
               "missing return");
    expect_err("package main\nfunc f(a int) {}\nfunc main() { f(1, 2) }\n",
               "too many arguments in call to f\n\thave (number, number)\n\twant (int)");
    expect_err("package main\ntype I interface{ M() }\ntype T struct{}\nfunc (*T) M() {}\n"
               "func main() { var i I = T{}; _ = i }\n",
               "T does not implement I (method M has pointer receiver)");
    expect_err("package main\nfunc main() { var a []int; _ = a == a }\n",
               "invalid operation: a == a (slice can only be compared to nil)");
    expect_err("package main\nfunc main() { var ch <-chan int; ch <- 1 }\n",
               "invalid operation: cannot send to receive-only channel ch (variable of type "
               "<-chan int)");
    expect_err("package main\nfunc main() { x := 1; _ = x.(int) }\n",
               "invalid operation: x (variable of type int) is not an interface");
    expect_err("package main\nfunc main() { const c = 1; c = 2 }\n",
               "cannot assign to c (untyped int constant 1)");
    expect_err("package main\nfunc f() {}\n", "function main is undeclared in the main package");
    expect_err("package main\ntype T struct{ t T }\nfunc main() {}\n", "invalid recursive type T");
    expect_err("package main\nfunc main() { _ = undefinedName }\n", "undefined: undefinedName");
    expect_err("func main() {}\nx := 1\n", "main redeclared in this block");
}

int main(void) {
    GC_INIT();
    test_contract();
    test_valid();
    test_errors();
    if (failures) {
        fprintf(stderr, "%d failures\n", failures);
        return 1;
    }
    printf("ok\n");
    return 0;
}
