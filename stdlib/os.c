/* os.c - the natives of package os (stdlib/os.mg): Args from the VM's argv,
 * Exit through the VM (so the embedding host gets the status instead of the
 * process dying), the environment, and File.Write on the VM's output streams.
 */
#include <stdlib.h>
#include <string.h>

#include "stdlib/natives.h"
#include "vm/object.h"

/* Implemented by the VM. */
int mg_vm_argv(mg_vm *vm, const char *const **argv);
void mg_vm_exit(mg_ncall *c, int code);

#define ARG_STR(k_) ((mg_string){(const uint8_t *)args[k_].p, args[(k_) + 1].i})

/* runtime_args() []string */
static void n_runtime_args(mg_ncall *c, mg_word *args, mg_word *res) {
    const char *const *argv = NULL;
    int n = mg_vm_argv(mg_ncall_vm(c), &argv);
    if (n < 0 || !argv) n = 0;
    mg_string *a = mg_alloc((size_t)(n ? n : 1) * sizeof(mg_string));
    for (int i = 0; i < n; i++)
        a[i] = mg_str_from_c(argv[i] ? argv[i] : "");
    res[0].p = n ? a : NULL;
    res[1].i = n;
    res[2].i = n;
}

static void n_exit(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_vm_exit(c, (int)args[0].i);
}

/* lookupEnv(key string) (string, bool) */
static void n_lookup_env(mg_ncall *c, mg_word *args, mg_word *res) {
    char *key = mg_str_to_c(ARG_STR(0));
    const char *const *env = mg_vm_environ(mg_ncall_vm(c));
    const char *v = NULL;
    if (!env) {
        v = getenv(key);
    } else {
        size_t kl = strlen(key);
        for (; *env && !v; env++)
            if (strncmp(*env, key, kl) == 0 && (*env)[kl] == '=') v = *env + kl + 1;
    }
    mg_string s = v ? mg_str_from_c(v) : (mg_string){NULL, 0};
    res[0].p = (void *)s.ptr;
    res[1].i = s.len;
    res[2].u = v != NULL;
}

/* environ() []string */
static void n_environ(mg_ncall *c, mg_word *args, mg_word *res) {
    extern char **environ;
    const char *const *env = mg_vm_environ(mg_ncall_vm(c));
    if (!env) env = (const char *const *)environ;
    int n = 0;
    while (env && env[n])
        n++;
    mg_string *a = mg_alloc((size_t)(n ? n : 1) * sizeof(mg_string));
    for (int i = 0; i < n; i++)
        a[i] = mg_str_from_c(env[i]);
    res[0].p = n ? a : NULL;
    res[1].i = n;
    res[2].i = n;
}

/* writeFd(fd int, b []byte) int: a []byte holds one byte per word; pack in chunks. */
static void n_write_fd(mg_ncall *c, mg_word *args, mg_word *res) {
    int fd = (int)args[0].i;
    const mg_word *p = args[1].p;
    int64_t n = args[2].i;
    uint8_t buf[4096];
    for (int64_t off = 0; off < n;) {
        int64_t k = n - off < (int64_t)sizeof buf ? n - off : (int64_t)sizeof buf;
        for (int64_t i = 0; i < k; i++)
            buf[i] = (uint8_t)p[off + i].u;
        mg_native_write(c, fd, buf, (size_t)k);
        off += k;
    }
    res[0].i = n;
}

/* writeStringFd(fd int, s string) int */
static void n_write_string_fd(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(1);
    if (s.len) mg_native_write(c, (int)args[0].i, s.ptr, (size_t)s.len);
    res[0].i = s.len;
}

const mg_native_entry mg_natives_os[] = {
    {"os.runtime_args", n_runtime_args},
    {"os.Exit", n_exit},
    {"os.lookupEnv", n_lookup_env},
    {"os.environ", n_environ},
    {"os.writeFd", n_write_fd},
    {"os.writeStringFd", n_write_string_fd},
    {NULL, NULL},
};
