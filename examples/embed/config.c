/* config.c - a host that reads its configuration from a user's script: the script
 * defines functions, the host calls them by name (mg_call) and reads the results.
 *
 * Shows every kind of value crossing the boundary (include/minigo.h, "values across
 * the boundary"): ints and floats in and out, strings, a []int, a map[string]int (its
 * keys come in Go's random order: the host sorts them), a struct read field by field
 * and a *struct dereferenced, a struct built by the host from a dict, an error result,
 * and a panic (integer division by zero) that comes back as MG_ERR_RUNTIME with Go's
 * report. Package variables keep their values from call to call.
 * Built and run by `make test`; its output is checked against config.out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <minigo.h>

static const char user_script[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"errors\"\n"
    "\t\"fmt\"\n"
    "\t\"strings\"\n"
    ")\n"
    "\n"
    "type Server struct {\n"
    "\tHost string\n"
    "\tPort int\n"
    "\tTags []string\n"
    "}\n"
    "\n"
    "var calls int\n"
    "\n"
    "func Workers(cores int) int { calls++; return cores*2 + 1 }\n"
    "\n"
    "func Scale(width, height int32, dpi float64) float64 { calls++; return float64(width*height) "
    "* dpi / 96 }\n"
    "\n"
    "func Title(name string) string { calls++; return \"Welcome, \" + strings.Title(name) + \"!\" "
    "}\n"
    "\n"
    "func Ports(base, n int) []int {\n"
    "\tcalls++\n"
    "\tvar ps []int\n"
    "\tfor i := 0; i < n; i++ {\n"
    "\t\tps = append(ps, base+i)\n"
    "\t}\n"
    "\treturn ps\n"
    "}\n"
    "\n"
    "func Quotas() map[string]int { calls++; return map[string]int{\"cpu\": 4, \"memory\": 2048, "
    "\"disk\": 100} }\n"
    "\n"
    "func Primary() Server { calls++; return Server{\"db.example.com\", 5432, []string{\"main\", "
    "\"ssd\"}} }\n"
    "\n"
    "func Backup(p Server) *Server { calls++; p.Host = \"backup-\" + p.Host; p.Port++; return &p "
    "}\n"
    "\n"
    "func Check(s Server) error {\n"
    "\tcalls++\n"
    "\tif s.Port <= 0 || s.Port > 65535 {\n"
    "\t\treturn fmt.Errorf(\"server %s: port %d out of range\", s.Host, s.Port)\n"
    "\t}\n"
    "\tif s.Host == \"\" {\n"
    "\t\treturn errors.New(\"server: no host\")\n"
    "\t}\n"
    "\treturn nil\n"
    "}\n"
    "\n"
    "func PerWorker(total, workers int) int { calls++; return total / workers }\n"
    "\n"
    "func Calls() int { return calls }\n"
    "\n"
    "func main() {}\n";

static void fail(mg_vm *vm, const char *what) {
    printf("%s: %s", what, mg_error(vm));
    exit(1);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void print_server(const char *label, const mg_value *s) {
    mg_value *host = mg_field(s, "Host"), *port = mg_field(s, "Port"), *tags = mg_field(s, "Tags");
    printf("%s (%s): host %s, port %lld, tags", label, mg_type_name(s), mg_to_string(host, NULL),
           mg_to_int(port));
    for (long long i = 0; i < mg_len(tags); i++) {
        mg_value *t = mg_index(tags, i);
        printf(" %s", mg_to_string(t, NULL));
        mg_release(t);
    }
    printf("\n");
    mg_release(host);
    mg_release(port);
    mg_release(tags);
}

int main(void) {
    mg_options opt;
    mg_options_init(&opt);
    mg_vm *vm = mg_vm_new(&opt);
    if (mg_load_string(vm, "config.mg", user_script, sizeof user_script - 1) != MG_OK)
        fail(vm, "load");

    /* an int in, an int out */
    mg_value *cores = mg_new_int(vm, 8), *res[1];
    if (mg_call(vm, "Workers", 1, &cores, 1, res) != MG_OK) fail(vm, "Workers");
    printf("Workers(8) = %lld (%s)\n", mg_to_int(res[0]), mg_type_name(res[0]));
    mg_release(cores);
    mg_release(res[0]);

    /* host ints become int32, a host float float64 */
    mg_value *scale_args[3] = {mg_new_int(vm, 1920), mg_new_int(vm, 1080), mg_new_float(vm, 144)};
    if (mg_call(vm, "Scale", 3, scale_args, 1, res) != MG_OK) fail(vm, "Scale");
    printf("Scale(1920, 1080, 144) = %.1f (%s)\n", mg_to_float(res[0]), mg_type_name(res[0]));
    mg_release(res[0]);
    for (int i = 0; i < 3; i++)
        mg_release(scale_args[i]);

    /* a string in, a string out */
    mg_value *name = mg_new_string(vm, "ada lovelace", 12);
    if (mg_call(vm, "Title", 1, &name, 1, res) != MG_OK) fail(vm, "Title");
    printf("Title = %s\n", mg_to_string(res[0], NULL));
    mg_release(name);
    mg_release(res[0]);

    /* a slice */
    mg_value *pargs[2] = {mg_new_int(vm, 8080), mg_new_int(vm, 3)};
    if (mg_call(vm, "Ports", 2, pargs, 1, res) != MG_OK) fail(vm, "Ports");
    printf("Ports (%s, len %lld):", mg_type_name(res[0]), mg_len(res[0]));
    for (long long i = 0; i < mg_len(res[0]); i++) {
        mg_value *p = mg_index(res[0], i);
        printf(" %lld", mg_to_int(p));
        mg_release(p);
    }
    printf("\n");
    mg_release(pargs[0]);
    mg_release(pargs[1]);
    mg_release(res[0]);

    /* a map: its keys in Go's random order, sorted here */
    if (mg_call(vm, "Quotas", 0, NULL, 1, res) != MG_OK) fail(vm, "Quotas");
    mg_value *keys = mg_keys(res[0]);
    long long nk = mg_len(keys);
    const char *names[16];
    mg_value *kv[16];
    for (long long i = 0; i < nk && i < 16; i++) {
        kv[i] = mg_index(keys, i);
        names[i] = mg_to_string(kv[i], NULL);
    }
    qsort(names, (size_t)nk, sizeof names[0], cmp_str);
    printf("Quotas (%s):", mg_type_name(res[0]));
    for (long long i = 0; i < nk; i++) {
        mg_value *k = mg_new_string(vm, names[i], strlen(names[i]));
        mg_value *v = mg_lookup(res[0], k);
        printf(" %s=%lld", names[i], mg_to_int(v));
        mg_release(k);
        mg_release(v);
    }
    printf("\n");
    for (long long i = 0; i < nk; i++)
        mg_release(kv[i]);
    mg_release(keys);
    mg_release(res[0]);

    /* a struct out, passed back in as it is; a pointer out */
    mg_value *primary;
    if (mg_call(vm, "Primary", 0, NULL, 1, &primary) != MG_OK) fail(vm, "Primary");
    print_server("Primary", primary);
    if (mg_call(vm, "Backup", 1, &primary, 1, res) != MG_OK) fail(vm, "Backup");
    mg_value *backup = mg_deref(res[0]);
    printf("Backup returned a %s\n", mg_type_name(res[0]));
    print_server("*Backup", backup);
    mg_release(backup);
    mg_release(res[0]);

    /* error results: nil for a good server, an error for one the host builds from a dict */
    if (mg_call(vm, "Check", 1, &primary, 1, res) != MG_OK) fail(vm, "Check");
    printf("Check(Primary): kind %s\n",
           mg_kind_of(res[0]) == MG_NIL ? "MG_NIL (a nil error)" : "?");
    mg_release(res[0]);
    mg_release(primary);
    mg_value *fk[2] = {mg_new_string(vm, "Host", 4), mg_new_string(vm, "Port", 4)};
    mg_value *fv[2] = {mg_new_string(vm, "cache.local", 11), mg_new_int(vm, 70000)};
    mg_value *bad = mg_new_dict(vm, 2, fk, fv);
    if (mg_call(vm, "Check", 1, &bad, 1, res) != MG_OK) fail(vm, "Check");
    printf("Check(dict): kind %s, %s\n", mg_kind_of(res[0]) == MG_ERROR ? "MG_ERROR" : "?",
           mg_error_text(res[0]));
    mg_release(res[0]);
    mg_release(bad);
    for (int i = 0; i < 2; i++) {
        mg_release(fk[i]);
        mg_release(fv[i]);
    }

    /* a panic comes back as an error with Go's report; the VM stays usable */
    mg_value *dargs[2] = {mg_new_int(vm, 100), mg_new_int(vm, 0)};
    mg_status st = mg_call(vm, "PerWorker", 2, dargs, 1, res);
    const char *report = mg_error(vm), *nl = strchr(report, '\n');
    printf("PerWorker(100, 0): status %d (MG_ERR_RUNTIME), %.*s\n", (int)st,
           nl ? (int)(nl - report) : (int)strlen(report), report);
    printf("  the report has the goroutine trace: %s\n",
           strstr(report, "goroutine 1 [running]:\nmain.PerWorker(") ? "yes" : "no");
    mg_release(dargs[0]);
    mg_release(dargs[1]);

    /* a wrong call is refused before anything runs */
    st = mg_call(vm, "Title", 0, NULL, 1, res);
    printf("Title(): status %d (MG_ERR_STATE), %s", (int)st, mg_error(vm));
    st = mg_call(vm, "Missing", 0, NULL, 0, NULL);
    printf("Missing(): status %d, %s", (int)st, mg_error(vm));

    /* package variables persist across calls */
    if (mg_call(vm, "Calls", 0, NULL, 1, res) != MG_OK) fail(vm, "Calls");
    printf("the script's functions ran %lld times\n", mg_to_int(res[0]));
    mg_release(res[0]);
    mg_vm_free(vm);
    return 0;
}
