/* bench.c - the embedding API against Lua 5.4's C API, side by side in one run
 * (`make bench-embed`; not part of `make test`). Each row times the same work both ways:
 *
 *   host->script call   mg_call of func Add(a, b int) int      lua_pcall of add(a, b)
 *     (mg_fn)           the same through a prepared call:     (the same)
 *                       mg_fn_arg_int, mg_fn_call, mg_fn_result_int
 *   script->host call   host.Inc(i) in a minigo loop           a lua_CFunction in a Lua loop
 *                       (per call, the loop's own cost included on both sides), Inc
 *                       written with the typed accessors
 *     (handles)         host.IncH(i): mg_host_arg, mg_new_int, mg_host_return
 *   callback            mg_call of Score(x), which calls      lua_pcall of score(x), which
 *                       host.Inc once                          calls inc once
 *   create+free         mg_vm_new + mg_vm_free                 luaL_newstate + lua_close
 *   create+run+free     ... + load and run an empty main       ... + openlibs, run ""
 *
 * ns/op is the best of 11 rounds (minigo's and Lua's alternating), in wall time and in the
 * process's CPU time (all its threads: a run's Ms included), since the machine is shared. Argument:
 * an optional scale factor for the iteration counts (default 1). Built with
 * -DBENCH_NO_MG_FN (a library from before mg_fn, for paired before/after runs), the
 * mg_fn row is skipped. */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <minigo.h>

#define ROUNDS 11

static double clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
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
                             "func LoopH(n int) int {\n"
                             "\ts := 0\n"
                             "\tfor i := 0; i < n; i++ { s += host.IncH(i) }\n"
                             "\treturn s\n"
                             "}\n"
                             "func Score(x int) int { return host.Inc(x) * 2 }\n"
                             "func main() {}\n";

/* the typed accessors, as l_inc uses luaL_checkinteger and lua_pushinteger */
static void h_inc(mg_hostcall *c) {
    mg_host_return_int(c, 0, mg_host_arg_int(c, 0) + 1);
}

/* the generic path: argument and result handles */
static void h_inc_handles(mg_hostcall *c) {
    mg_value *r = mg_new_int(mg_host_vm(c), mg_to_int(mg_host_arg(c, 0)) + 1);
    mg_host_return(c, 0, r);
    mg_release(r);
}

static mg_vm *mg_bench_vm(void) {
    static const mg_host_entry e[] = {{"Inc", "func(int) int", h_inc, NULL, 0},
                                      {"IncH", "func(int) int", h_inc_handles, NULL, 0}};
    mg_options opt;
    mg_options_init(&opt);
    mg_vm *vm = mg_vm_new(&opt);
    if (mg_register_package(vm, "bench/host", e, 2) != MG_OK ||
        mg_load_string(vm, "bench.mg", mg_src, sizeof mg_src - 1) != MG_OK)
        die("minigo load", mg_error(vm));
    return vm;
}

static void mg_call_ns(mg_vm *vm, long n) {
    mg_value *args[2] = {mg_new_int(vm, 20), mg_new_int(vm, 22)}, *res;
    for (long i = 0; i < n; i++) {
        if (mg_call(vm, "Add", 2, args, 1, &res) != MG_OK) die("mg_call", mg_error(vm));
        if (mg_to_int(res) != 42) die("mg_call", "wrong result");
        mg_release(res);
    }
    mg_release(args[0]);
    mg_release(args[1]);
}

#ifndef BENCH_NO_MG_FN
/* the prepared call, looked up once as a Lua host could keep add in a register (the Lua
 * side still does its lua_getglobal per call: a table lookup of an interned string) */
static void mg_fn_ns(mg_vm *vm, long n) {
    mg_fn *add = mg_fn_get(vm, "Add");
    if (!add) die("mg_fn_get", mg_error(vm));
    for (long i = 0; i < n; i++) {
        mg_fn_arg_int(add, 0, 20);
        mg_fn_arg_int(add, 1, 22);
        if (mg_fn_call(add) != MG_OK) die("mg_fn_call", mg_error(vm));
        if (mg_fn_result_int(add, 0) != 42) die("mg_fn_call", "wrong result");
    }
    mg_fn_free(add);
}
#endif

static void mg_loop_ns(mg_vm *vm, const char *loop, long n) {
    mg_value *arg = mg_new_int(vm, n), *res;
    if (mg_call(vm, loop, 1, &arg, 1, &res) != MG_OK) die(loop, mg_error(vm));
    if (mg_to_int(res) != n * (n + 1) / 2) die(loop, "wrong result");
    mg_release(res);
    mg_release(arg);
}

static void mg_callback_ns(mg_vm *vm, long n) {
    for (long i = 0; i < n; i++) {
        mg_value *arg = mg_new_int(vm, i), *res;
        if (mg_call(vm, "Score", 1, &arg, 1, &res) != MG_OK) die("Score", mg_error(vm));
        if (mg_to_int(res) != 2 * (i + 1)) die("Score", "wrong result");
        mg_release(res);
        mg_release(arg);
    }
}

static void mg_create_ns(long n) {
    for (long i = 0; i < n; i++)
        mg_vm_free(mg_vm_new(NULL));
}

static void mg_create_run_ns(long n) {
    static const char src[] = "package main\nfunc main() {}\n";
    for (long i = 0; i < n; i++) {
        mg_vm *vm = mg_vm_new(NULL);
        if (mg_load_string(vm, "empty.mg", src, sizeof src - 1) != MG_OK) die("load", mg_error(vm));
        if (mg_run_main(vm) != 0) die("run", mg_error(vm));
        mg_vm_free(vm);
    }
}

/* ---------- Lua ---------- */

static const char lua_src[] = "function add(a, b) return a + b end\n"
                              "function loop(n) local s = 0 for i = 0, n - 1 do s = s + inc(i) end "
                              "return s end\n"
                              "function score(x) return inc(x) * 2 end\n";

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

static void lua_call_ns(lua_State *L, long n) {
    for (long i = 0; i < n; i++) {
        lua_getglobal(L, "add");
        lua_pushinteger(L, 20);
        lua_pushinteger(L, 22);
        if (lua_pcall(L, 2, 1, 0) != LUA_OK) die("lua_pcall", lua_tostring(L, -1));
        if (lua_tointeger(L, -1) != 42) die("lua_pcall", "wrong result");
        lua_pop(L, 1);
    }
}

static void lua_host_ns(lua_State *L, long n) {
    lua_getglobal(L, "loop");
    lua_pushinteger(L, n);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) die("loop", lua_tostring(L, -1));
    if (lua_tointeger(L, -1) != (lua_Integer)(n * (n + 1) / 2)) die("loop", "wrong result");
    lua_pop(L, 1);
}

static void lua_callback_ns(lua_State *L, long n) {
    for (long i = 0; i < n; i++) {
        lua_getglobal(L, "score");
        lua_pushinteger(L, i);
        if (lua_pcall(L, 1, 1, 0) != LUA_OK) die("score", lua_tostring(L, -1));
        if (lua_tointeger(L, -1) != 2 * (i + 1)) die("score", "wrong result");
        lua_pop(L, 1);
    }
}

static void lua_create_ns(long n) {
    for (long i = 0; i < n; i++)
        lua_close(luaL_newstate());
}

static void lua_create_run_ns(long n) {
    for (long i = 0; i < n; i++) {
        lua_State *L = luaL_newstate();
        luaL_openlibs(L);
        if (luaL_dostring(L, "") != LUA_OK) die("lua run", lua_tostring(L, -1));
        lua_close(L);
    }
}

/* ---------- the table ---------- */

typedef struct timing {
    double wall, cpu; /* ns/op: the best round of each */
} timing;

/* One round of f, in wall time (CLOCK_MONOTONIC) and in process CPU time (every thread
 * of the process: what the work costs whatever else the machine runs); b keeps the best
 * of each. */
static void round_of(timing *b, int r, void (*f)(void *, long), void *state, long n) {
    double w0 = clock_ns(CLOCK_MONOTONIC), c0 = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
    f(state, n);
    double w = (clock_ns(CLOCK_MONOTONIC) - w0) / (double)n;
    double c = (clock_ns(CLOCK_PROCESS_CPUTIME_ID) - c0) / (double)n;
    if (r == 0 || w < b->wall) b->wall = w;
    if (r == 0 || c < b->cpu) b->cpu = c;
}

static void b_mg_call(void *s, long n) {
    mg_call_ns(s, n);
}
#ifndef BENCH_NO_MG_FN
static void b_mg_fn(void *s, long n) {
    mg_fn_ns(s, n);
}
#endif
static void b_mg_host(void *s, long n) {
    mg_loop_ns(s, "Loop", n);
}
static void b_mg_host_handles(void *s, long n) {
    mg_loop_ns(s, "LoopH", n);
}
static void b_mg_callback(void *s, long n) {
    mg_callback_ns(s, n);
}
static void b_lua_callback(void *s, long n) {
    lua_callback_ns(s, n);
}
static void b_mg_create(void *s, long n) {
    (void)s;
    mg_create_ns(n);
}
static void b_mg_create_run(void *s, long n) {
    (void)s;
    mg_create_run_ns(n);
}
static void b_lua_call(void *s, long n) {
    lua_call_ns(s, n);
}
static void b_lua_host(void *s, long n) {
    lua_host_ns(s, n);
}
static void b_lua_create(void *s, long n) {
    (void)s;
    lua_create_ns(n);
}
static void b_lua_create_run(void *s, long n) {
    (void)s;
    lua_create_run_ns(n);
}

int main(int argc, char **argv) {
    double scale = argc > 1 ? atof(argv[1]) : 1;
    if (scale <= 0) scale = 1;
    mg_vm *vm = mg_bench_vm();
    lua_State *L = lua_bench_state();
    struct {
        const char *name;
        void (*mg)(void *, long), (*lua)(void *, long);
        long n;
    } rows[] = {
        {"host->script call", b_mg_call, b_lua_call, 20000},
#ifndef BENCH_NO_MG_FN
        {"host->script call (mg_fn)", b_mg_fn, b_lua_call, 20000},
#endif
        {"script->host call", b_mg_host, b_lua_host, 20000},
        {"script->host call (handles)", b_mg_host_handles, b_lua_host, 20000},
        {"callback (host->script->host)", b_mg_callback, b_lua_callback, 2000},
        {"create+free", b_mg_create, b_lua_create, 1000},
        {"create+run empty main+free", b_mg_create_run, b_lua_create_run, 50},
    };
    printf("%-30s %22s %22s %12s\n", "ns/op (best of 11)", "minigo wall / cpu",
           "Lua 5.4 wall / cpu", "ratio wall");
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        long n = (long)((double)rows[i].n * scale);
        if (n < 1) n = 1;
        /* minigo and Lua rounds alternate, so that both see the same machine */
        timing m = {0, 0}, l = {0, 0};
        for (int r = 0; r < ROUNDS; r++) {
            round_of(&m, r, rows[i].mg, vm, n);
            round_of(&l, r, rows[i].lua, L, n);
        }
        printf("%-30s %10.0f / %9.0f %10.0f / %9.0f %11.1fx\n", rows[i].name, m.wall, m.cpu, l.wall,
               l.cpu, m.wall / l.wall);
    }
    lua_close(L);
    mg_vm_free(vm);
    return 0;
}
