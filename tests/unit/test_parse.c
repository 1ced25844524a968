/* test_parse.c - unit test of the syntax layer (lexer.re, grammar.y, parse.c, ast.c).
 *
 * Checks: trees of snippets covering every statement, literal form, type form
 * and the header-brace cases of TOOLCHAIN.md §3; decoded literal values;
 * gc's (Go 1.19) wording and positions for syntax and lexical errors (the
 * table was checked against `go build`); robustness (random mutations never
 * crash or hang; deep nesting); GC safety (a collector thread runs while
 * parsing); and whole real files (sort, strings, the bench programs).
 * Prints "ok" and exits 0, or lists the failures and exits 1.
 *
 *   gcc -std=gnu11 -D_GNU_SOURCE -I. -Iinclude -Ibuild -Ilang tests/unit/test_parse.c \
 *       lang/parse.c lang/ast.c lang/diag.c vm/alloc.c build/lexer.c build/grammar.c -lgc -lpthread
 */
#define GC_THREADS 1
#include <gc.h>
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lang/parse.h"
#include "lang/syntax.h"

static int failures;

#define FAIL(...)                                                                                  \
    do {                                                                                           \
        fprintf(stderr, "FAIL: " __VA_ARGS__);                                                     \
        fputc('\n', stderr);                                                                       \
        failures++;                                                                                \
    } while (0)

/* The file's top-level items and snippet body, one S-expression a line. */
static char *dump_file(const Node *f) {
    size_t cap = 1 << 16, len = 0;
    char *out = malloc(cap);
    out[0] = 0;
    const NodeList *lists[2] = {&f->list, &f->list2};
    for (int l = 0; l < 2; l++)
        for (int i = 0; i < lists[l]->len; i++)
            len += (size_t)snprintf(out + len, cap - len, "%s%s", len ? "\n" : "",
                                    ast_sexpr(lists[l]->items[i]));
    if (f->c) snprintf(out + len, cap - len, "%smain: %s", len ? "\n" : "", ast_sexpr(f->c));
    return out;
}

static Node *parse_str(const char *src, size_t len, char **errs) {
    Diag d;
    diag_init(&d);
    Node *f = parse_file("x.go", src, len, &d);
    *errs = d.count ? diag_text(&d) : NULL;
    return f;
}

/* ---- trees ---- */

static const struct {
    const char *src, *tree;
} trees[] = {
    {"x := 1 + 2*3 - -4",
     "main: (block [(define [x] [(binary - (binary + 1 (binary * 2 3)) (unary - 4))])])"},
    {"a, b = b, a", "main: (block [(assign = [a b] [b a])])"},
    {"x += 1; y <<= 2; z &^= 3; i++; j--", "main: (block [(assign + [x] [1]) (assign << [y] [2]) "
                                           "(assign &^ [z] [3]) (incdec ++ i) (incdec -- j)])"},
    {"ch <- v; v := <-ch; v, ok := <-ch", "main: (block [(sendstmt ch v) (define [v] [(unary <- "
                                          "ch)]) (define [v ok] [(unary <- ch)])])"},
    {"if x == (T{1,2}) {}",
     "main: (block [(if _ (binary == x (paren (composite T [1 2]))) (block))])"},
    {"if v := (T{}); v.a == 0 {}", "main: (block [(if (define [v] [(paren (composite T))]) (binary "
                                   "== (selector :a v) 0) (block))])"},
    {"for _, v := range []int{1,2,3} {}",
     "main: (block [(range #define (composite (slicetype _ int) [1 2 3]) _ _ (block) [_ v])])"},
    {"for k := range map[string]int{\"a\":1} {}",
     "main: (block [(range #define (composite (maptype string int) [(keyvalue \"a\" 1)]) _ _ "
     "(block) [k])])"},
    {"for i := 0; i < len([]T{{1,2},{3,4}}); i++ {}",
     "main: (block [(for (define [i] [0]) (binary < i (call len [(composite (slicetype _ T) "
     "[(composite [1 2]) (composite [3 4])])])) (incdec ++ i) (block))])"},
    {"for s := []int{}; len(s) < 3; s = append(s, 1) {}",
     "main: (block [(for (define [s] [(composite (slicetype _ int))]) (binary < (call len [s]) 3) "
     "(assign = [s] [(call append [s 1])]) (block))])"},
    {"switch { case T{}.a, 2: }",
     "main: (block [(switch [(caseclause [(selector :a (composite T)) 2])])])"},
    {"switch t := interface{}(x).(type) { case int, string: ; case nil: ; default: }",
     "main: (block [(typeswitch :t _ (call (interfacetype) [x]) [(caseclause [int string]) "
     "(caseclause [nil]) (caseclause #default)])])"},
    {"if f := func() bool { return T{} == x }; f() {}",
     "main: (block [(if (define [f] [(funclit (functype [] [(field bool)]) (block [(return "
     "[(binary == (composite T) x)])]))]) (call f) (block))])"},
    {"if m[T{1,2}] {}", "main: (block [(if _ (index m (composite T [1 2])) (block))])"},
    {"if struct{ a int }{1}.a == 1 {}", "main: (block [(if _ (binary == (selector :a (composite "
                                        "(structtype [(field int [a])]) [1])) 1) (block))])"},
    {"for {}", "main: (block [(for _ _ _ (block))])"},
    {"for x < 5 {}", "main: (block [(for _ (binary < x 5) _ (block))])"},
    {"for range ch {}", "main: (block [(range ch _ _ (block))])"},
    {"for k, v = range m {}", "main: (block [(range m _ _ (block) [k v])])"},
    {"switch x := f(); x { case 1: fallthrough; case 2: }",
     "main: (block [(switch (define [x] [(call f)]) x [(caseclause [1] [(branch fallthrough)]) "
     "(caseclause [2])])])"},
    {"switch x := 5; y := x.(type) {}", "main: (block [(typeswitch :y (define [x] [5]) x)])"},
    {"select { case v := <-c: ; case c <- 1: ; case <-d: ; case v, ok = <-e: ; default: }",
     "main: (block [(select [(commclause (define [v] [(unary <- c)])) (commclause (sendstmt c 1)) "
     "(commclause (exprstmt (unary <- d))) (commclause (assign = [v ok] [(unary <- e)])) "
     "(commclause #default)])])"},
    {"go f(); defer g(1, 2)", "main: (block [(go (call f)) (defer (call g [1 2]))])"},
    {"L: for { break L; continue L }; goto L",
     "main: (block [(labeled :L (for _ _ _ (block [(branch break :L) (branch continue :L)]))) "
     "(branch goto :L)])"},
    {"p := []Point{{1,2},{3,4}}; m := map[string]Point{\"a\": {1,2}}",
     "main: (block [(define [p] [(composite (slicetype _ Point) [(composite [1 2]) (composite [3 "
     "4])])]) (define [m] [(composite (maptype string Point) [(keyvalue \"a\" (composite [1 "
     "2]))])])])"},
    {"a := [...]int{1, 2, 3}; b := [2][]int{}",
     "main: (block [(define [a] [(composite (arraytype (ellipsis) int) [1 2 3])]) (define [b] "
     "[(composite (arraytype 2 (slicetype _ int)))])])"},
    {"c := make(chan int); n := new(T); bs := []byte(\"x\"); f := (func())(nil); m := map[K]V(nil)",
     "main: (block [(define [c] [(call make [(chantype both int)])]) (define [n] [(call new [T])]) "
     "(define [bs] [(call (slicetype _ byte) [\"x\"])]) (define [f] [(call (paren (functype)) "
     "[nil])]) (define [m] [(call (maptype K V) [nil])])])"},
    {"var c1 chan<- int; var c2 <-chan int; var c3 chan (<-chan int); var c4 chan<- chan int",
     "(gendecl var [(varspec (chantype send int) [c1])])\n(gendecl var [(varspec (chantype recv "
     "int) [c2])])\n(gendecl var [(varspec (chantype both (paren (chantype recv int))) "
     "[c3])])\n(gendecl var [(varspec (chantype send (chantype both int)) [c4])])\nmain: (block)"},
    {"f(xs...); g(1, xs...)",
     "main: (block [(exprstmt (call #... f [xs])) (exprstmt (call #... g [1 xs]))])"},
    {"s[1:2]; s[:]; s[1:]; s[:2]; s[1:2:3]; s[:2:3]; x.(T); x.(*T)",
     "main: (block [(exprstmt (slice s 1 2)) (exprstmt (slice s)) (exprstmt (slice s 1)) (exprstmt "
     "(slice s _ 2)) (exprstmt (slice #slice3 s 1 2 3)) (exprstmt (slice #slice3 s _ 2 3)) "
     "(exprstmt (typeassert x T)) (exprstmt (typeassert x (star T)))])"},
    {"type T struct { a, b int `json:\"a\"`; *E; pkg.F; c string }",
     "(gendecl type [(typespec :T (structtype [(field int `json:\"a\"` [a b]) (field #embedded "
     "(star E)) (field #embedded (selector :F pkg)) (field string [c])]))])\nmain: (block)"},
    {"type I interface { M(int) string; io.Reader; N() }",
     "(gendecl type [(typespec :I (interfacetype [(field (functype [(field int)] [(field string)]) "
     "[M]) (field #embedded (selector :Reader io)) (field (functype) [N])]))])\nmain: (block)"},
    {"type A = B; type ( C int; D = map[string]int )",
     "(gendecl type [(typespec :A #alias B)])\n(gendecl type [(typespec :C int) (typespec :D "
     "#alias (maptype string int))])\nmain: (block)"},
    {"var ( x int; y, z = 1, 2 ); const ( a = iota; b; c )",
     "(gendecl var [(varspec int [x]) (varspec [y z] [1 2])])\n(gendecl const [(constspec iota=0 "
     "[a] [iota]) (constspec iota=1 [b]) (constspec iota=2 [c])])\nmain: (block)"},
    {"func f(a, b int, c string) (int, error) { return 0, nil }",
     "(funcdecl :f _ (functype [(field int [a b]) (field string [c])] [(field int) (field error)]) "
     "(block [(return [0 nil])]))\nmain: (block)"},
    {"func (r *T) M(int, string) (x int) { return }",
     "(funcdecl :M (field (star T) [r]) (functype [(field int) (field string)] [(field int [x])]) "
     "(block [(return)]))\nmain: (block)"},
    {"func g(a ...int) {}; func h(int, ...string) {}",
     "(funcdecl :g _ (functype [(field (ellipsis int) [a])]) (block))\n(funcdecl :h _ (functype "
     "[(field int) (field (ellipsis string))]) (block))\nmain: (block)"},
    {"fmt.Println(\"hi\"); x := 1",
     "main: (block [(exprstmt (call (selector :Println fmt) [\"hi\"])) (define [x] [1])])"},
    {"var s struct{ x, y float64 }; var e interface{}",
     "(gendecl var [(varspec (structtype [(field float64 [x y])]) [s])])\n(gendecl var [(varspec "
     "(interfacetype) [e])])\nmain: (block)"},
    {"x := func(a int) int { return a * 2 }(3)",
     "main: (block [(define [x] [(call (funclit (functype [(field int [a])] [(field int)]) (block "
     "[(return [(binary * a 2)])])) [3])])])"},
    {"import \"fmt\"\nimport ( \"os\"; str \"strings\"; . \"math\"; _ \"sort\" )\nfmt.Println(1)",
     "(import \"fmt\")\n(import \"os\")\n(import :str \"strings\")\n(import :. \"math\")\n(import "
     ":_ \"sort\")\nmain: (block [(exprstmt (call (selector :Println fmt) [1]))])"},
    {"&x; *p = 1; !b; ^u; +x",
     "main: (block [(exprstmt (unary & x)) (assign = [(star p)] [1]) (exprstmt (unary ! b)) "
     "(exprstmt (unary ^ u)) (exprstmt (unary + x))])"},
    {"a || b && c == d + e * f", "main: (block [(exprstmt (binary || a (binary && b (binary == c "
                                 "(binary + d (binary * e f))))))])"},
    {"x := 'a' + '\\n' + '\\x41' + '\\u00e9' + '\\U0001F600' + '\\101' + '\\'' + '\344\270\226'",
     "main: (block [(define [x] [(binary + (binary + (binary + (binary + (binary + (binary + "
     "(binary + 'a' '\\n') '\\x41') '\\u00e9') '\\U0001F600') '\\101') '\\'') '\344\270\226')])])"},
    {"s := \"a\\tb\\\"c\\\\\" + `raw\\n`",
     "main: (block [(define [s] [(binary + \"a\\tb\\\"c\\\\\" `raw\\n`)])])"},
    {"x := 0x1F + 0o17 + 017 + 0b101 + 1_000 + 0x_1p-2 + 1.5e3 + .5 + 1. + 2i + 0x1.8p1 + 1e-3i + "
     "0i + 09.5 + 089i",
     "main: (block [(define [x] [(binary + (binary + (binary + (binary + (binary + (binary + "
     "(binary + (binary + (binary + (binary + (binary + (binary + (binary + (binary + 0x1F 0o17) "
     "017) 0b101) 1_000) 0x_1p-2) 1.5e3) .5) 1.) 2i) 0x1.8p1) 1e-3i) 0i) 09.5) 089i)])])"},
};

static void test_trees(void) {
    for (size_t i = 0; i < sizeof trees / sizeof trees[0]; i++) {
        char *errs;
        Node *f = parse_str(trees[i].src, strlen(trees[i].src), &errs);
        if (!f) {
            FAIL("tree %zu: %s: parse failed: %s", i, trees[i].src, errs);
            continue;
        }
        char *got = dump_file(f);
        if (strcmp(got, trees[i].tree) != 0)
            FAIL("tree %zu: %s\n  want %s\n  got  %s", i, trees[i].src, trees[i].tree, got);
        free(got);
    }
}

/* ---- errors (first diagnostic, as gc 1.19 words it) ---- */

static const struct {
    const char *src, *err;
} errors[] = {
    {"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"\n}\n",
     "6:17: syntax error: unexpected newline in argument list; possibly missing comma or )"},
    {"package main\n\nx := 1\n\nfunc main() {\n}\n",
     "3:1: syntax error: non-declaration statement outside function body"},
    {"package main\n\nfunc main() {\n\tif x == T{} {\n\t}\n}\n",
     "4:14: syntax error: unexpected { at end of statement"},
    {"package main\n\nfunc main() {\n\tx := 1 2\n\tvar y = \n}\n",
     "4:9: syntax error: unexpected literal 2 at end of statement"},
    {"package main\n\nfunc main() {\n\tx := 'ab'\n}\n",
     "4:7: more than one character in rune literal"},
    {"package main\n\nfunc main() {\n\ty := ''\n}\n", "4:8: empty rune literal or unescaped '"},
    {"package main\n\nfunc main() {\n\tz := \"\\q\"\n}\n", "4:9: unknown escape"},
    {"package main\n\nfunc main() {\n\t#\n}\n", "4:2: invalid character U+0023 '#'"},
    {"package main\n\nfunc main() {\n\tfor {\n\t}}\n}\n",
     "6:1: syntax error: non-declaration statement outside function body"},
    {"package main\n\nfunc f(a int b int) {\n}\n",
     "3:14: syntax error: unexpected b in parameter list; possibly missing comma or )"},
    {"package main\n\nfunc main() {\n\ts := []int{1, 2\n\t}\n}\n",
     "4:17: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
    {"package main\n\nfunc main() {\n\tif x\n\t{\n\t}\n}\n",
     "4:6: syntax error: unexpected newline, expecting { after if clause"},
    {"package main\nfunc main() {\n\tgo func\n}\n", "4:1: syntax error: unexpected }, expecting ("},
    {"package main\nfunc main() {\n\tx := func\n}\n",
     "4:1: syntax error: unexpected }, expecting ("},
    {"package main\nimport \"fmt\"\nfunc main() {}\nx\n",
     "4:1: syntax error: non-declaration statement outside function body"},
    {"package main\nfunc main() {}\nfunc f() int { return 1 }}\n",
     "3:26: syntax error: unexpected } after top level declaration"},
    {"package main\nfunc main() {\n\tswitch x {\n\tfoo\n\t}\n}\n",
     "4:2: syntax error: unexpected foo, expecting case or default or }"},
    {"package main\nfunc main() {\n\tx = 1 )\n}\n",
     "3:8: syntax error: unexpected ) at end of statement"},
    {"package main\nfunc main() {\n\tx := \"abc\n}\n", "3:11: newline in string"},
    {"package main\nfunc main() {\n\tx := `abc\n}\n", "3:7: string not terminated"},
    {"package main\nfunc main() {\n\t/* abc\n}\n", "3:2: comment not terminated"},
    {"package main\nfunc main() {\n\tx := 'a\n}\n", "3:9: newline in rune literal"},
    {"package main\nfunc main() {\n\tf(1;)\n}\n",
     "3:5: syntax error: unexpected semicolon in argument list; possibly missing comma or )"},
    {"package main\nfunc main() {\n\tx := \"\\400\"\n}\n", "3:12: octal escape value 256 > 255"},
    {"package main\nfunc main() {\n\ty:=\"\\xZZ\"\n}\n",
     "3:8: invalid character 'Z' in hexadecimal escape"},
    {"package main\nfunc main() {\n\tz:=\"\\uD800\"\n}\n",
     "3:12: escape is invalid Unicode code point U+D800"},
    {"package main\nfunc main() {\n\tz:='\\\"'\n}\n", "3:7: unknown escape"},
    {"package main\nfunc main() {\n\tz:=\"\\'\"\n}\n", "3:7: unknown escape"},
    {"package main\nfunc main() {\n\tz:=\"a\377b\"\n}\n", "3:7: invalid UTF-8 encoding"},
    {"package main\nfunc main() {\n\tz:=1\377\n}\n", "3:6: invalid UTF-8 encoding"},
    {"package main\nfunc main() {\n\tz:=1 \357\273\277\n}\n",
     "3:7: invalid BOM in the middle of the file"},
    {"package main\nfunc main() {\n\tf(1\n",
     "3:5: syntax error: unexpected newline in argument list; possibly missing comma or )"},
    {"\357\273\277package main\nfunc main() {\n\tz:=1 @\n}\n", "3:7: invalid character U+0040 '@'"},
    {"package main\nfunc main() {\n\tx := '\\x4'\n}\n",
     "3:11: invalid character '\\'' in hexadecimal escape"},
    {"package main\nfunc main() {\n\tx := \"\\U00110000\"\n}\n",
     "3:18: escape is invalid Unicode code point U+110000"},
    {"package main\nfunc main() {\n\tx := 0b102\n}\n", "3:11: invalid digit '2' in binary literal"},
    {"package main\nfunc main() {\n\tx := '\n", "3:8: newline in rune literal"},
    {"package main\nfunc main() {\n\tx := \"abc", "3:7: string not terminated"},
    {"package main\nfunc main() {\n\tvar \303\244 = 1\n\tvar x\342\202\254 = 1\n}\n",
     "4:7: invalid character U+20AC '€' in identifier"},
    {"package main\nfunc main() {\n\tx := 1 +\n}\n",
     "4:1: syntax error: unexpected }, expecting expression"},
    {"package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
     "3:7: syntax error: cannot use x := 1 as value"},
    {"package main\nfunc main() {\n\tfor i := 0; i < 10; i++ \n{\n\t}\n}\n",
     "3:26: syntax error: unexpected newline, expecting { after for clause"},
    {"package main\nfunc main() {\n\tvar x int = 1 else\n}\n",
     "3:16: syntax error: unexpected else at end of statement"},
    {"package main\nfunc main() {\n\tif x {\n\t} else for {}\n}\n",
     "4:9: syntax error: else must be followed by if or statement block"},
    {"package main\nfunc main() {\n\tx := []int{1,2,3\n}\n",
     "3:18: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
    {"package main\nfunc main() {\n\tdefer (f())\n}\n",
     "3:8: expression in defer must not be parenthesized"},
    {"package main\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
     "3:23: syntax error: cannot declare in post statement of for loop"},
    {"package main\nimport \"fmt\"\nfunc main() {}\nimport \"os\"\n",
     "4:1: syntax error: non-declaration statement outside function body"},
    {"package main\nfunc main() {\n\ta := (1 + 2\n}\n",
     "3:13: syntax error: unexpected newline, expecting )"},
    {"package main\nfunc main() {\n\tx := map[string]int{\"a\": 1 \"b\": 2}\n}\n",
     "3:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or "
     "}"},
    {"package main\nfunc main() {\n\tfunc f() {}\n}\n",
     "3:7: syntax error: unexpected f, expecting ("},
    {"package main\nfunc main() {\n\tvar x int = \n}\n",
     "4:1: syntax error: unexpected }, expecting expression"},
    {"package main\nfunc main() {\n\tx := 1\n\tx +\n}\n",
     "5:1: syntax error: unexpected }, expecting expression"},
    {"package main\ntype T struct {\n\ta int b int\n}\nfunc main(){}\n",
     "3:8: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }"},
    {"package main\nfunc f(a, b int, c) {}\nfunc main(){}\n",
     "2:18: syntax error: mixed named and unnamed parameters"},
    {"package main\nfunc main() {\n\tfor x\n\t{\n\t}\n}\n",
     "4:2: syntax error: unexpected {, expecting for loop condition"},
    {"package main\nfunc main() {\n\tfor i := range 10 \n\t{\n\t}\n}\n",
     "3:20: syntax error: unexpected newline, expecting { after for clause"},
    {"package main\nfunc main()\n{\n}\n",
     "3:1: syntax error: unexpected semicolon or newline before {"},
    {"package main\nfunc main() {\n\tconst x int\n}\n", "3:8: missing init expr for x"},
    {"package main\nfunc main() {\n\tif x := 1; x == 1 {\n\t} else {\n\t}\n\telse {}\n}\n",
     "6:2: syntax error: unexpected else, expecting }"},
    {"package main\nfunc main() {\n\tx = 1 2 3\n}\n",
     "3:8: syntax error: unexpected literal 2 at end of statement"},
    {"package main\nfunc main() {\n\tvar a [3]int\n\t_ = a[1:2:]\n}\n",
     "4:12: final index required in 3-index slice"},
    {"package main\nfunc f(a int, string) {}\nfunc main(){}\n",
     "2:15: syntax error: mixed named and unnamed parameters"},
    {"package main\nfunc main() {\n\tf(a...,)\n\tf(a..., b)\n}\n",
     "4:10: syntax error: unexpected b, expecting )"},
    {"package main\n\nfunc main() {\n\tfmt.Println(\"hi\")\n",
     "5:1: syntax error: unexpected EOF, expecting }"},
    {"package main\nfunc () f() {}\nfunc main(){}\n", "2:9: method has no receiver"},
    {"package main\nvar x = 08\nvar y = 0x\nvar z = 1__2\nfunc main(){}\n",
     "2:10: invalid digit '8' in octal literal"},
    {"package main\nfunc main() {\n\tfor i := 0; i < 3 {\n\t}\n}\n",
     "3:20: syntax error: unexpected {, expecting semicolon or newline"},
    {"package main\nfunc main() {\n\tswitch x := 1 {\n\t}\n}\n",
     "3:11: syntax error: cannot use x := 1 as value"},
    {"package main\nfunc main() {\n\tif {\n\t}\n}\n",
     "3:5: syntax error: missing condition in if statement"},
    {"package main\nfunc main() {\n\tif x := 1; {\n\t}\n}\n",
     "3:11: syntax error: missing condition in if statement"},
    {"package main\nfunc main() {\n\tvar x [3]int\n\tx[1 2] = 3\n}\n",
     "4:6: syntax error: unexpected literal 2, expecting comma, : or ]"},
    {"package main\nfunc main() {\n\tgo f\n}\n", "3:5: expression in go must be function call"},
    {"package main\nfunc main() {\n\tvar a [3]int\n\t_ = a[1::3]\n}\n",
     "4:10: middle index required in 3-index slice"},
    {"package main\nfunc f(a ...int, b int) {}\nfunc main() {}\n",
     "2:10: can only use ... with final parameter in list"},
    {"package main\nfunc main() {\n\tgoto\n}\n", "4:1: syntax error: unexpected }, expecting name"},
    {"package main\nfunc main() {\n\tbreak 1\n}\n",
     "3:8: syntax error: unexpected literal 1 at end of statement"},
    {"package main\nvar x int = 1 2\nfunc main() {}\n",
     "2:15: syntax error: unexpected literal 2 after top level declaration"},
    {"package main\nfunc main() {\n\tm := map[string]int{\n\t\t\"a\": 1,\n\t\t\"b\": 2\n\t}\n}\n",
     "5:9: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
    {"package main\nfunc main() {\n\tf(\n\t\t1,\n\t\t2\n\t)\n}\n",
     "5:4: syntax error: unexpected newline in argument list; possibly missing comma or )"},
    {"package main\ntype I interface {\n\tM() N()\n}\nfunc main(){}\n",
     "3:7: syntax error: unexpected ( in interface type; possibly missing semicolon or newline or "
     "}"},
    {"package main\nfunc main() {\n\tx := 1\n\t)\n}\n",
     "4:2: syntax error: unexpected ), expecting }"},
    {"package main\nfunc main() {\n\tswitch {\n\tcase 1:\n\t\tx := 1\n\t)\n\t}\n}\n",
     "6:2: syntax error: unexpected ), expecting case or default or }"},
    {"package main\nfunc main() {\n\tf(1 +)\n}\n",
     "3:7: syntax error: unexpected ), expecting expression"},
    {"package main\nfunc main() {\n\tfor x := range y; x < 1; {}\n}\n",
     "3:18: syntax error: unexpected semicolon, expecting { after for clause"},
    {"package main\nfunc main() {\n\tx := []int{1 +}\n}\n",
     "3:16: syntax error: unexpected }, expecting expression"},
    {"package main\nfunc f() (a int, b) {}\nfunc main(){}\n",
     "2:18: syntax error: mixed named and unnamed parameters"},
    {"package main\nfunc main() {\n\tx := 1; y := 2;\n\tfmt.Println(x y)\n}\n",
     "4:16: syntax error: unexpected y in argument list; possibly missing comma or )"},
    {"package main\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
     "4:8: syntax error: unexpected newline, expecting :"},
    {"package main\nfunc main() {\n\tch := make(chan int)\n\tch <-\n}\n",
     "5:1: syntax error: unexpected }, expecting expression"},
    {"package main\nfunc main() {\n\tvar x = struct{a int}{1\n}\n",
     "3:25: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
    {"package main\nfunc main() {\n\tx := 1\n\tx.y := 2\n}\n",
     "4:2: non-name x.y on left side of :="},
    {"package main\nfunc main() {\n\tfunc() {\n}\n",
     "5:1: syntax error: unexpected EOF, expecting }"},
    {"package main\nfunc main() {\n\tx := [3]int{1,2,3\n\t\t]\n}\n",
     "3:19: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
    {"package main\nfunc main() {\n\tif x := 1; x > 0 {\n\t}\n\tfor i := 0; i < 10; i++ "
     "{\n\t\tbreak\n\t}\n\tswitch x {\n\tcase 1, 2:\n\tdefault:\n\t}\n}}\n",
     "12:2: syntax error: unexpected } after top level declaration"},
    {"package main\nfunc main() {\n\tvar x = map[string]\n}\n",
     "3:21: syntax error: unexpected newline, expecting type"},
    {"package main\ntype T struct {\n\ta int,\n}\nfunc main(){}\n",
     "3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or "
     "}"},
    {"package main\nfunc main() {\n\tif x == 1 {\n\t} else if {\n\t}\n}\n",
     "4:12: syntax error: missing condition in if statement"},
    /* our own cases (no gc counterpart: lexer end-of-file forms) */
    {"x := \"abc", "1:6: string not terminated"},
    {"x := `abc\n\ndef", "1:6: string not terminated"},
    {"x := 'a", "1:6: rune literal not terminated"},
    {"x := 1 /* abc", "1:8: comment not terminated"},
    {"x := ''", "1:7: empty rune literal or unescaped '"},
    {"x := '\\\"'", "1:8: unknown escape"},
    {"x := \"\\'\"", "1:8: unknown escape"},
    {"x := '\\400'", "1:11: octal escape value 256 > 255"},
    {"x := \"\\U00110000\"", "1:17: escape is invalid Unicode code point U+110000"},
    {"x := 0o", "1:6: octal literal has no digits"},
    {"x := 0b", "1:6: binary literal has no digits"},
    {"x := 0o19", "1:9: invalid digit '9' in octal literal"},
};

static void test_errors(void) {
    for (size_t i = 0; i < sizeof errors / sizeof errors[0]; i++) {
        char *errs;
        size_t len = strlen(errors[i].src);
        Node *f = parse_str(errors[i].src, len, &errs);
        char want[512];
        snprintf(want, sizeof want, "x.go:%s\n", errors[i].err);
        if (f) FAIL("error %zu: %s: parsed without error", i, errors[i].src);
        if (!errs || strncmp(errs, want, strlen(want)) != 0)
            FAIL("error %zu: %s\n  want %s  got  %s", i, errors[i].src, want,
                 errs ? errs : "(none)\n");
    }
    /* NUL bytes and invalid UTF-8 need explicit lengths */
    static const struct {
        const char *src;
        size_t len;
        const char *err;
    } raw[] = {
        {"x := 1\0", 7, "x.go:1:7: invalid NUL character\n"},
        {"x := \"a\0b\"", 10, "x.go:1:8: invalid NUL character\n"},
        {"x := 1 \xff", 8, "x.go:1:8: invalid UTF-8 encoding\n"},
        {"x := \"\xc3\"", 8, "x.go:1:7: invalid UTF-8 encoding\n"},
        {"x := 1 \xef\xbb\xbf", 10, "x.go:1:8: invalid BOM in the middle of the file\n"},
    };
    for (size_t i = 0; i < sizeof raw / sizeof raw[0]; i++) {
        char *errs;
        Node *f = parse_str(raw[i].src, raw[i].len, &errs);
        if (f || !errs || strcmp(errs, raw[i].err) != 0)
            FAIL("raw error %zu: want %s got %s", i, raw[i].err, errs ? errs : "(none)");
    }
}

/* ---- literals, positions, semicolons ---- */

static Node *first_stmt_expr(const char *src) {
    char *errs;
    Node *f = parse_str(src, strlen(src), &errs);
    if (!f || !f->c || f->c->list.len == 0) {
        FAIL("%s: %s", src, errs ? errs : "no statement");
        return NULL;
    }
    Node *s = f->c->list.items[0];
    if (s->kind == N_DEFINE) return s->list2.items[0];
    if (s->kind == N_EXPRSTMT) return s->a;
    return s;
}

static void expect_rune(const char *src, int64_t want) {
    Node *x = first_stmt_expr(src);
    if (x && (x->kind != N_BASICLIT || x->lit_kind != LIT_CHAR || x->ival != want))
        FAIL("%s: want rune %lld, got %lld", src, (long long)want, x ? (long long)x->ival : -1LL);
}

static void expect_string(const char *src, const char *want, size_t want_len) {
    Node *x = first_stmt_expr(src);
    if (x && (x->kind != N_BASICLIT || x->lit_kind != LIT_STRING || x->str_len != want_len ||
              memcmp(x->str, want, want_len) != 0))
        FAIL("%s: decoded string differs (len %zu vs %zu)", src, x ? x->str_len : 0, want_len);
}

static void expect_lit(const char *src, LitKind kind, const char *text) {
    Node *x = first_stmt_expr(src);
    if (x && (x->kind != N_BASICLIT || x->lit_kind != kind || x->lit_len != strlen(text) ||
              memcmp(x->lit, text, x->lit_len) != 0))
        FAIL("%s: want literal kind %d %s", src, kind, text);
}

static void test_literals(void) {
    expect_rune("x := 'a'", 'a');
    expect_rune("x := '\\a'", 7);
    expect_rune("x := '\\b'", 8);
    expect_rune("x := '\\f'", 12);
    expect_rune("x := '\\n'", 10);
    expect_rune("x := '\\r'", 13);
    expect_rune("x := '\\t'", 9);
    expect_rune("x := '\\v'", 11);
    expect_rune("x := '\\\\'", '\\');
    expect_rune("x := '\\''", '\'');
    expect_rune("x := '\\x41'", 0x41);
    expect_rune("x := '\\xff'", 0xff);
    expect_rune("x := '\\101'", 0101);
    expect_rune("x := '\\u00e9'", 0xe9);
    expect_rune("x := '\\U0001F600'", 0x1F600);
    expect_rune("x := '\xc3\xa9'", 0xe9);
    expect_rune("x := '\xe4\xb8\x96'", 0x4e16);
    expect_string("x := \"a\\tb\\\"c\\\\\"", "a\tb\"c\\", 6);
    expect_string("x := \"\\x00\\377\\u00e9\\U0001F600\"", "\0\377\xc3\xa9\xf0\x9f\x98\x80", 8);
    expect_string("x := \"\\a\\b\\f\\n\\r\\t\\v\"", "\a\b\f\n\r\t\v", 7);
    expect_string("x := `a\\n\r\nb`", "a\\n\nb", 5);
    expect_string("x := \"\xe4\xb8\x96\"", "\xe4\xb8\x96", 3);
    expect_string("x := ``", "", 0);
    expect_lit("x := 0x_1F", LIT_INT, "0x_1F");
    expect_lit("x := 0B1_0", LIT_INT, "0B1_0");
    expect_lit("x := 0O17", LIT_INT, "0O17");
    expect_lit("x := 0777", LIT_INT, "0777");
    expect_lit("x := 1_000_000", LIT_INT, "1_000_000");
    expect_lit("x := 0", LIT_INT, "0");
    expect_lit("x := 1e10", LIT_FLOAT, "1e10");
    expect_lit("x := 1.5E-3", LIT_FLOAT, "1.5E-3");
    expect_lit("x := .25", LIT_FLOAT, ".25");
    expect_lit("x := 1.", LIT_FLOAT, "1.");
    expect_lit("x := 0x1p-2", LIT_FLOAT, "0x1p-2");
    expect_lit("x := 0X.8P+1", LIT_FLOAT, "0X.8P+1");
    expect_lit("x := 0x1.fp1", LIT_FLOAT, "0x1.fp1");
    expect_lit("x := 09.5", LIT_FLOAT, "09.5");
    expect_lit("x := 2i", LIT_IMAG, "2i");
    expect_lit("x := 1.5i", LIT_IMAG, "1.5i");
    expect_lit("x := 0x10i", LIT_IMAG, "0x10i");
    expect_lit("x := 089i", LIT_IMAG, "089i");
    expect_lit("x := 1e3i", LIT_IMAG, "1e3i");

    /* positions: 1-based, columns in bytes (UTF-8 counts bytes) */
    char *errs;
    const char *src =
        "package main\n\nfunc main() {\n\tπ := 1 + f(2)\n\tfor i := range x {\n\t}\n}\n";
    Node *f = parse_str(src, strlen(src), &errs);
    if (!f) {
        FAIL("positions: %s", errs);
    } else {
        Node *fn = f->list2.items[0];
        Node *def = fn->c->list.items[0];
        Node *lhs = def->list.items[0], *rhs = def->list2.items[0];
        if (fn->line != 3 || fn->col != 6) FAIL("funcdecl at %d:%d", fn->line, fn->col);
        if (def->line != 4 || def->col != 5) FAIL(":= at %d:%d", def->line, def->col);
        if (lhs->line != 4 || lhs->col != 2) FAIL("π at %d:%d", lhs->line, lhs->col);
        if (rhs->line != 4 || rhs->col != 8) FAIL("binary at %d:%d", rhs->line, rhs->col);
        if (rhs->b->line != 4 || rhs->b->col != 12)
            FAIL("call at %d:%d", rhs->b->line, rhs->b->col);
        if ((rhs->b->ival >> 32) != 4 || (rhs->b->ival & 0xffffffff) != 15) FAIL("call rparen");
        Node *rng = fn->c->list.items[1];
        if (rng->kind != N_RANGE || rng->line != 5 || rng->col != 2)
            FAIL("range at %d:%d", rng->line, rng->col);
        if ((fn->c->ival >> 32) != 7 || (fn->c->ival & 0xffffffff) != 1) FAIL("block rbrace");
        if (strcmp(f->name, "main") != 0 || f->c) FAIL("package file");
    }

    /* semicolon insertion: after a line comment, at EOF, across a multi-line comment */
    static const char *const semis[] = {
        "package main\nfunc f() int {\n\treturn 1 // c\n}",
        "package main\nfunc f() {\n\tx := 1 /* a\n\t b */ y := 2\n\t_, _ = x, y\n}",
        "package main\nfunc f() {}",
        "package main\nfunc f() {\n\tx++\n\ty--\n\tbreak\n}",
        "\xef\xbb\xbfpackage main\n",
        "package main\nvar x = []int{\n\t1,\n\t2,\n}\n",
        "package main\nfunc f() (\n\tint,\n\terror,\n) {\n\treturn 0, nil\n}\n",
        "x := 1 // no final newline",
        "",
        "// only a comment",
        "package main\nimport (\n\t\"fmt\"\n)\n",
    };
    for (size_t i = 0; i < sizeof semis / sizeof semis[0]; i++)
        if (!parse_str(semis[i], strlen(semis[i]), &errs)) FAIL("semicolons %zu: %s", i, errs);

    if (parse_go_version("//go:build go1.22\n\npackage main\n", 31) != 22) FAIL("go1.22");
    if (parse_go_version("// x\n//go:build go1.21 && linux\npackage main\n", 44) != 21)
        FAIL("go1.21");
    if (parse_go_version("package main\n//go:build go1.22\n", 31) != 0) FAIL("after package");
    if (parse_go_version("package main\n", 13) != 0) FAIL("no build line");
}

/* ---- robustness ---- */

static void test_robustness(void) {
    /* deep nesting grows the parser stack */
    size_t n = 5000;
    char *deep = malloc(2 * n + 16);
    size_t len = 0;
    len += (size_t)sprintf(deep, "x := ");
    for (size_t i = 0; i < n; i++)
        deep[len++] = '(';
    deep[len++] = '1';
    for (size_t i = 0; i < n; i++)
        deep[len++] = ')';
    char *errs;
    if (!parse_str(deep, len, &errs)) FAIL("deep nesting: %s", errs);
    free(deep);

    /* random mutations of a valid program: must never crash or hang */
    const char *base = trees[0].src;
    static const char prog[] =
        "package main\nimport \"fmt\"\ntype T struct{ a, b int }\n"
        "func (t *T) M(x ...int) (int, error) { return len(x), nil }\n"
        "func main() {\n\tch := make(chan int, 1)\n\tselect {\n\tcase v := <-ch:\n\t\t_ = v\n"
        "\tdefault:\n\t}\n\tfor i, s := range []string{\"a\", `b`} {\n\t\tif i > 0 { "
        "fmt.Println(s, 'x', 1.5e3, 0x1F) }\n\t}\n\tswitch t := interface{}(1).(type) {\n"
        "\tcase int:\n\t\t_ = t\n\t}\n}\n";
    (void)base;
    size_t plen = sizeof prog - 1;
    char *buf = malloc(plen + 64);
    unsigned seed = 12345;
    static const char alphabet[] = "(){}[];:,.=+-*/\"'`\\\n\t x0_\x80\xff\0<>!&|^%";
    for (int iter = 0; iter < 3000; iter++) {
        memcpy(buf, prog, plen);
        size_t blen = plen;
        int edits = 1 + (int)(rand_r(&seed) % 4);
        for (int e = 0; e < edits; e++) {
            size_t pos = rand_r(&seed) % blen;
            int kind = (int)(rand_r(&seed) % 3);
            char c = alphabet[rand_r(&seed) % (sizeof alphabet - 1)];
            if (kind == 0)
                buf[pos] = c;
            else if (kind == 1 && blen > 1) {
                memmove(buf + pos, buf + pos + 1, blen - pos - 1);
                blen--;
            } else if (blen < plen + 60) {
                memmove(buf + pos + 1, buf + pos, blen - pos);
                buf[pos] = c;
                blen++;
            }
        }
        Diag d;
        diag_init(&d);
        Node *f = parse_file("m.go", buf, blen, &d);
        if (!f && d.count == 0) FAIL("mutation %d: no result and no error", iter);
    }
    /* every prefix of the program */
    for (size_t cut = 0; cut < plen; cut++) {
        Diag d;
        diag_init(&d);
        Node *f = parse_file("p.go", prog, cut, &d);
        if (!f && d.count == 0) FAIL("prefix %zu: no result and no error", cut);
    }
    free(buf);
}

/* ---- GC safety: a collector thread runs while we parse ---- */

static volatile int stop_collector;

static void *collector(void *arg) {
    (void)arg;
    while (!stop_collector)
        GC_gcollect();
    return NULL;
}

static void test_gc_safety(void) {
    pthread_t th;
    if (pthread_create(&th, NULL, collector, NULL) != 0) {
        FAIL("pthread_create");
        return;
    }
    for (int round = 0; round < 20; round++) {
        for (size_t i = 0; i < sizeof trees / sizeof trees[0]; i++) {
            char *errs;
            Node *f = parse_str(trees[i].src, strlen(trees[i].src), &errs);
            char *got = f ? dump_file(f) : NULL;
            if (!got || strcmp(got, trees[i].tree) != 0) {
                FAIL("gc round %d tree %zu differs", round, i);
                round = 1000;
                free(got);
                break;
            }
            free(got);
        }
    }
    stop_collector = 1;
    pthread_join(th, NULL);
}

/* ---- real files ---- */

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    fclose(f);
    return buf;
}

static int parse_path(const char *path) {
    size_t len;
    char *src = read_file(path, &len);
    if (!src) return 0;
    Diag d;
    diag_init(&d);
    Node *f = parse_file(path, src, len, &d);
    if (!f) FAIL("%s: %s", path, diag_text(&d));
    free(src);
    return 1;
}

static int parse_dir(const char *dir, const char *suffix, bool sub_main) {
    DIR *dp = opendir(dir);
    if (!dp) return 0;
    int count = 0;
    struct dirent *e;
    while ((e = readdir(dp))) {
        char path[1024];
        if (e->d_name[0] == '.') continue;
        if (sub_main) {
            snprintf(path, sizeof path, "%s/%s/main.go", dir, e->d_name);
        } else {
            size_t n = strlen(e->d_name), s = strlen(suffix);
            if (n < s || strcmp(e->d_name + n - s, suffix) != 0) continue;
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        }
        count += parse_path(path);
    }
    closedir(dp);
    return count;
}

static void test_files(void) {
    int n = parse_dir("/usr/lib/go-1.19/src/sort", ".go", false);
    n += parse_dir("/usr/lib/go-1.19/src/strings", ".go", false);
    n += parse_dir("/work/shared/bench/programs", "", true);
    n += parse_dir("examples", ".mg", false);
    if (n == 0) fprintf(stderr, "note: no Go sources found to parse\n");
}

int main(void) {
    GC_INIT();
    test_trees();
    test_errors();
    test_literals();
    test_robustness();
    test_gc_safety();
    test_files();
    if (failures) {
        printf("test_parse: %d failure(s)\n", failures);
        return 1;
    }
    printf("ok\n");
    return 0;
}
