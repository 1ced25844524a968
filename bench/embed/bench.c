/* bench.c - the embedding API against Lua 5.4's C API, side by side in one run
 * (`make bench-embed`; not part of `make test`). Each row times the same work both ways:
 *
 *   host->script call   mg_call of func Add(a, b int) int      lua_pcall of add(a, b)
 *   script->host call   host.Inc(i) in a minigo loop           a lua_CFunction in a Lua loop
 *                       (per call, the loop's own cost included on both sides)
 *   create+free         mg_vm_new + mg_vm_free                 luaL_newstate + lua_close
 *   create+run+free     ... + load and run an empty main       ... + openlibs, run ""
 *
 * ns/op is the best of 5 rounds (the machine is shared). Arguments: an optional scale
 * factor for the iteration counts (default 1). */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <minigo.h>

#define ROUNDS 5

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void die(const char *what, const char *msg) {
    fprintf(stderr, "bench: %s: %s\n", what, msg);
    exit(1);
}

/* ---------- minigo ---------- */

static const char mg_src[] = "package main\n"
                             "import \"bench/host\"\n"
                             "func Add(a, b int) int { return a + b }\n"
                             "func Loop(n int) int {\n"
                             "\ts := 0\n"
                             "\tfor i := 0; i < n; i++ { s += host.Inc(i) }\n"
                             "\treturn s\n"
                             "}\n"
                             "func main() {}\n";

static void h_inc(mg_hostcall *c) {
    mg_value *r = mg_new_int(mg_host_vm(c), mg_to_int(mg_host_arg(c, 0)) + 1);
    mg_host_return(c, 0, r);
    mg_release(r);
}

static mg_vm *mg_bench_vm(void) {
    static const mg_host_entry e[] = {{"Inc", "func(int) int", h_inc, NULL, 0}};
    mg_options opt;
    mg_options_init(&opt);
    mg_vm *vm = mg_vm_new(&opt);
    if (mg_register_package(vm, "bench/host", e, 1) != MG_OK ||
        mg_load_string(vm, "bench.mg", mg_src, sizeof mg_src - 1) != MG_OK)
        die("minigo load", mg_error(vm));
    return vm;
}

static double mg_call_ns(mg_vm *vm, long n) {
    mg_value *args[2] = {mg_new_int(vm, 20), mg_new_int(vm, 22)}, *res;
    double t0 = now_ns();
    for (long i = 0; i < n; i++) {
        if (mg_call(vm, "Add", 2, args, 1, &res) != MG_OK) die("mg_call", mg_error(vm));
        if (mg_to_int(res) != 42) die("mg_call", "wrong result");
        mg_release(res);
    }
    double t = (now_ns() - t0) / (double)n;
    mg_release(args[0]);
    mg_release(args[1]);
    return t;
}

static double mg_host_ns(mg_vm *vm, long n) {
    mg_value *arg = mg_new_int(vm, n), *res;
    double t0 = now_ns();
    if (mg_call(vm, "Loop", 1, &arg, 1, &res) != MG_OK) die("Loop", mg_error(vm));
    double t = (now_ns() - t0) / (double)n;
    if (mg_to_int(res) != n * (n + 1) / 2) die("Loop", "wrong result");
    mg_release(res);
    mg_release(arg);
    return t;
}

static double mg_create_ns(long n) {
    double t0 = now_ns();
    for (long i = 0; i < n; i++)
        mg_vm_free(mg_vm_new(NULL));
    return (now_ns() - t0) / (double)n;
}

static double mg_create_run_ns(long n) {
    static const char src[] = "package main\nfunc main() {}\n";
    double t0 = now_ns();
    for (long i = 0; i < n; i++) {
        mg_vm *vm = mg_vm_new(NULL);
        if (mg_load_string(vm, "empty.mg", src, sizeof src - 1) != MG_OK) die("load", mg_error(vm));
        if (mg_run_main(vm) != 0) die("run", mg_error(vm));
        mg_vm_free(vm);
    }
    return (now_ns() - t0) / (double)n;
}

/* ---------- Lua ---------- */

static const char lua_src[] = "function add(a, b) return a + b end\n"
                              "function loop(n) local s = 0 for i = 0, n - 1 do s = s + inc(i) end "
                              "return s end\n";

static int l_inc(lua_State *L) {
    lua_pushinteger(L, luaL_checkinteger(L, 1) + 1);
    return 1;
}

static lua_State *lua_bench_state(void) {
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    lua_register(L, "inc", l_inc);
    if (luaL_dostring(L, lua_src) != LUA_OK) die("lua load", lua_tostring(L, -1));
    return L;
}

static double lua_call_ns(lua_State *L, long n) {
    double t0 = now_ns();
    for (long i = 0; i < n; i++) {
        lua_getglobal(L, "add");
        lua_pushinteger(L, 20);
        lua_pushinteger(L, 22);
        if (lua_pcall(L, 2, 1, 0) != LUA_OK) die("lua_pcall", lua_tostring(L, -1));
        if (lua_tointeger(L, -1) != 42) die("lua_pcall", "wrong result");
        lua_pop(L, 1);
    }
    return (now_ns() - t0) / (double)n;
}

static double lua_host_ns(lua_State *L, long n) {
    double t0 = now_ns();
    lua_getglobal(L, "loop");
    lua_pushinteger(L, n);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) die("loop", lua_tostring(L, -1));
    double t = (now_ns() - t0) / (double)n;
    if (lua_tointeger(L, -1) != (lua_Integer)(n * (n + 1) / 2)) die("loop", "wrong result");
    lua_pop(L, 1);
    return t;
}

static double lua_create_ns(long n) {
    double t0 = now_ns();
    for (long i = 0; i < n; i++)
        lua_close(luaL_newstate());
    return (now_ns() - t0) / (double)n;
}

static double lua_create_run_ns(long n) {
    double t0 = now_ns();
    for (long i = 0; i < n; i++) {
        lua_State *L = luaL_newstate();
        luaL_openlibs(L);
        if (luaL_dostring(L, "") != LUA_OK) die("lua run", lua_tostring(L, -1));
        lua_close(L);
    }
    return (now_ns() - t0) / (double)n;
}

/* ---------- the table ---------- */

static double best(double (*f)(void *, long), void *state, long n) {
    double b = 0;
    for (int r = 0; r < ROUNDS; r++) {
        double t = f(state, n);
        if (r == 0 || t < b) b = t;
    }
    return b;
}

static double b_mg_call(void *s, long n) {
    return mg_call_ns(s, n);
}
static double b_mg_host(void *s, long n) {
    return mg_host_ns(s, n);
}
static double b_mg_create(void *s, long n) {
    (void)s;
    return mg_create_ns(n);
}
static double b_mg_create_run(void *s, long n) {
    (void)s;
    return mg_create_run_ns(n);
}
static double b_lua_call(void *s, long n) {
    return lua_call_ns(s, n);
}
static double b_lua_host(void *s, long n) {
    return lua_host_ns(s, n);
}
static double b_lua_create(void *s, long n) {
    (void)s;
    return lua_create_ns(n);
}
static double b_lua_create_run(void *s, long n) {
    (void)s;
    return lua_create_run_ns(n);
}

int main(int argc, char **argv) {
    double scale = argc > 1 ? atof(argv[1]) : 1;
    if (scale <= 0) scale = 1;
    mg_vm *vm = mg_bench_vm();
    lua_State *L = lua_bench_state();
    struct {
        const char *name;
        double (*mg)(void *, long), (*lua)(void *, long);
        long n;
    } rows[] = {
        {"host->script call", b_mg_call, b_lua_call, 100000},
        {"script->host call", b_mg_host, b_lua_host, 1000000},
        {"create+free", b_mg_create, b_lua_create, 2000},
        {"create+run empty main+free", b_mg_create_run, b_lua_create_run, 200},
    };
    printf("%-28s %14s %14s %8s\n", "", "minigo ns/op", "Lua 5.4 ns/op", "ratio");
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        long n = (long)(rows[i].n * scale);
        if (n < 1) n = 1;
        double m = best(rows[i].mg, vm, n), l = best(rows[i].lua, L, n);
        printf("%-28s %14.0f %14.0f %7.1fx\n", rows[i].name, m, l, m / l);
    }
    lua_close(L);
    mg_vm_free(vm);
    return 0;
}
