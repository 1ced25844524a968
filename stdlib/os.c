/* os.c - the natives of package os (stdlib/os.mg): Args from the VM's argv,
 * Exit through the VM (so the embedding host gets the status instead of the
 * process dying), the environment, File.Write on the VM's output streams, and
 * File.Read on the process's descriptors (a read hands the P to another M while
 * it blocks, as fmt's stdin reader does).
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/sched.h"

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

/* writeFd(fd int, b []byte) int ([]byte is packed: its bytes are written as they are). */
static void n_write_fd(mg_ncall *c, mg_word *args, mg_word *res) {
    int64_t n = args[2].i;
    if (n > 0) mg_native_write(c, (int)args[0].i, args[1].p, (size_t)n);
    res[0].i = n;
}

/* writeStringFd(fd int, s string) int */
static void n_write_string_fd(mg_ncall *c, mg_word *args, mg_word *res) {
    mg_string s = ARG_STR(1);
    if (s.len) mg_native_write(c, (int)args[0].i, s.ptr, (size_t)s.len);
    res[0].i = s.len;
}

/* readFd(fd int, b []byte) int: bytes read into b (packed), 0 at end of input, -1 on
 * error. */
static void n_read_fd(mg_ncall *c, mg_word *args, mg_word *res) {
    int fd = (int)args[0].i;
    int64_t n = args[2].i;
    ssize_t k;
    rt_enter_blocking(mg_ncall_sched(c), mg_ncall_rtg(c));
    do {
        k = read(fd, args[1].p, n > 0 ? (size_t)n : 0);
    } while (k < 0 && errno == EINTR);
    rt_exit_blocking(mg_ncall_sched(c), mg_ncall_rtg(c));
    res[0].i = k < 0 ? -1 : (int64_t)k;
}

/* Go's FileMode bits (io/fs) for a st_mode. */
enum {
    FM_DIR = 1u << 31,
    FM_SYMLINK = 1u << 27,
    FM_DEVICE = 1u << 26,
    FM_PIPE = 1u << 25,
    FM_SOCKET = 1u << 24,
    FM_SETUID = 1u << 23,
    FM_SETGID = 1u << 22,
    FM_CHARDEV = 1u << 21,
    FM_STICKY = 1u << 20,
};

static uint32_t file_mode(mode_t m) {
    uint32_t fm = m & 0777;
    switch (m & S_IFMT) {
    case S_IFDIR: fm |= FM_DIR; break;
    case S_IFLNK: fm |= FM_SYMLINK; break;
    case S_IFIFO: fm |= FM_PIPE; break;
    case S_IFSOCK: fm |= FM_SOCKET; break;
    case S_IFBLK: fm |= FM_DEVICE; break;
    case S_IFCHR: fm |= FM_DEVICE | FM_CHARDEV; break;
    }
    if (m & S_ISUID) fm |= FM_SETUID;
    if (m & S_ISGID) fm |= FM_SETGID;
    if (m & S_ISVTX) fm |= FM_STICKY;
    return fm;
}

/* The results (size, mode, sec, nsec, errno) of stat and fdStat. */
static void stat_results(mg_word *res, int r, const struct stat *st) {
    memset(res, 0, 5 * sizeof *res);
    if (r != 0) {
        res[4].i = errno;
        return;
    }
    res[0].i = st->st_size;
    res[1].u = file_mode(st->st_mode);
    res[2].i = st->st_mtim.tv_sec;
    res[3].i = st->st_mtim.tv_nsec;
}

/* stat(name string, follow bool) (size int64, mode uint32, sec, nsec int64, errno int) */
static void n_stat(mg_ncall *c, mg_word *args, mg_word *res) {
    char *name = mg_str_to_c(ARG_STR(0));
    struct stat st;
    int r = args[2].u ? stat(name, &st) : lstat(name, &st);
    stat_results(res, r, &st);
}

/* fdStat(fd int) (size int64, mode uint32, sec, nsec int64, errno int) */
static void n_fd_stat(mg_ncall *c, mg_word *args, mg_word *res) {
    struct stat st;
    int r = fstat((int)args[0].i, &st);
    stat_results(res, r, &st);
}

/* seekFd(fd int, offset int64, whence int) (pos int64, errno int) */
static void n_seek_fd(mg_ncall *c, mg_word *args, mg_word *res) {
    off_t pos = lseek((int)args[0].i, (off_t)args[1].i, (int)args[2].i);
    res[0].i = pos < 0 ? 0 : (int64_t)pos;
    res[1].i = pos < 0 ? errno : 0;
}

/* preadFd(fd int, b []byte, off int64) (n int, errno int): one pread into b's packed
 * bytes (0 at end of file); the caller loops. */
static void n_pread_fd(mg_ncall *c, mg_word *args, mg_word *res) {
    int64_t n = args[2].i;
    ssize_t k;
    do {
        k = pread((int)args[0].i, args[1].p, n > 0 ? (size_t)n : 0, (off_t)args[4].i);
    } while (k < 0 && errno == EINTR);
    res[0].i = k < 0 ? 0 : (int64_t)k;
    res[1].i = k < 0 ? errno : 0;
}

/* All n bytes of p to fd (at offset off, or at the file position when off < 0), or up to
 * an error: the (n int, errno int) results of rawWrite and pwriteFd. */
static void write_all(int fd, const uint8_t *p, int64_t n, int64_t off, mg_word *res) {
    int64_t done = 0;
    res[1].i = 0;
    while (done < n) {
        size_t k = (size_t)(n - done);
        ssize_t w = off < 0 ? write(fd, p + done, k) : pwrite(fd, p + done, k, (off_t)(off + done));
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) {
            res[1].i = errno;
            break;
        }
        done += w;
    }
    res[0].i = done;
}

/* pwriteFd(fd int, b []byte, off int64) (n int, errno int): all of b, or up to an error. */
static void n_pwrite_fd(mg_ncall *c, mg_word *args, mg_word *res) {
    int64_t off = args[4].i;
    if (off < 0) { /* Go's File.WriteAt refuses it before the call; never the position */
        res[0].i = 0, res[1].i = EINVAL;
        return;
    }
    write_all((int)args[0].i, args[1].p, args[2].i, off, res);
}

/* syncFd(fd int) (errno int) */
static void n_sync_fd(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].i = fsync((int)args[0].i) == 0 ? 0 : errno;
}

/* truncateFd(fd int, size int64) (errno int) */
static void n_truncate_fd(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].i = ftruncate((int)args[0].i, (off_t)args[1].i) == 0 ? 0 : errno;
}

/* truncatePath(name string, size int64) (errno int) */
static void n_truncate_path(mg_ncall *c, mg_word *args, mg_word *res) {
    char *name = mg_str_to_c(ARG_STR(0));
    res[0].i = truncate(name, (off_t)args[2].i) == 0 ? 0 : errno;
}

/* renamePath(from, to string) (errno int) */
static void n_rename_path(mg_ncall *c, mg_word *args, mg_word *res) {
    char *from = mg_str_to_c(ARG_STR(0)), *to = mg_str_to_c(ARG_STR(2));
    res[0].i = rename(from, to) == 0 ? 0 : errno;
}

/* chmodPath(name string, mode uint32) (errno int): mode holds the permission,
 * setuid, setgid and sticky bits as st_mode does. */
static void n_chmod_path(mg_ncall *c, mg_word *args, mg_word *res) {
    char *name = mg_str_to_c(ARG_STR(0));
    res[0].i = chmod(name, (mode_t)args[2].u) == 0 ? 0 : errno;
}

static int by_c_string(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* readDir(name string) (names []string, modes []uint32, errno int): the entries but
 * "." and "..", sorted by name, with their type bits (lstat where d_type is unknown). */
static void n_read_dir(mg_ncall *c, mg_word *args, mg_word *res) {
    char *name = mg_str_to_c(ARG_STR(0));
    memset(res, 0, 7 * sizeof *res);
    DIR *dir = opendir(name);
    if (!dir) {
        res[6].i = errno;
        return;
    }
    size_t n = 0, cap = 16;
    char **names = malloc(cap * sizeof *names);
    for (struct dirent *e; names && (e = readdir(dir));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        if (n == cap) {
            char **grown = realloc(names, (cap *= 2) * sizeof *names);
            if (!grown) break;
            names = grown;
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(dir);
    if (!names) return;
    qsort(names, n, sizeof *names, by_c_string);
    mg_string *strs = mg_alloc((n ? n : 1) * sizeof *strs);
    uint32_t *modes = mg_alloc_atomic((n ? n : 1) * sizeof *modes); /* []uint32: packed */
    size_t dl = strlen(name);
    for (size_t i = 0; i < n; i++) {
        strs[i] = mg_str_from_c(names[i] ? names[i] : "");
        char *full = malloc(dl + strlen(names[i] ? names[i] : "") + 2);
        struct stat st;
        if (full && names[i]) {
            sprintf(full, "%s/%s", name, names[i]);
            modes[i] = lstat(full, &st) == 0 ? file_mode(st.st_mode) & ~0777u : 0;
        }
        free(full);
        free(names[i]);
    }
    free(names);
    res[0].p = n ? strs : NULL;
    res[1].i = res[2].i = (int64_t)n;
    res[3].p = n ? modes : NULL;
    res[4].i = res[5].i = (int64_t)n;
}

/* getwd() (dir string, errno int) */
static void n_getwd(mg_ncall *c, mg_word *args, mg_word *res) {
    char buf[PATH_MAX];
    memset(res, 0, 3 * sizeof *res);
    if (!getcwd(buf, sizeof buf)) {
        res[2].i = errno;
        return;
    }
    mg_string s = mg_str_from_c(buf);
    res[0].p = (void *)s.ptr;
    res[1].i = s.len;
}

/* errnoText(errno int) string: strerror's text with a lower-case first letter, as
 * Go's syscall.Errno prints it ("no such file or directory"). */
static void n_errno_text(mg_ncall *c, mg_word *args, mg_word *res) {
    char buf[256];
    snprintf(buf, sizeof buf, "%s", strerror((int)args[0].i));
    buf[0] = (char)tolower((unsigned char)buf[0]);
    mg_string s = mg_str_from_c(buf);
    res[0].p = (void *)s.ptr;
    res[1].i = s.len;
}

/* errnoKind(errno int) int: 1 not exist, 2 exist, 3 permission, 0 other. */
static void n_errno_kind(mg_ncall *c, mg_word *args, mg_word *res) {
    int e = (int)args[0].i;
    res[0].i = e == ENOENT                     ? 1
               : e == EEXIST || e == ENOTEMPTY ? 2
               : e == EACCES || e == EPERM     ? 3
                                               : 0;
}

/* openFile(name string, flag int, perm uint32) (fd int, errno int): the descriptor is
 * close-on-exec, as Go's. */
static void n_open_file(mg_ncall *c, mg_word *args, mg_word *res) {
    char *name = mg_str_to_c(ARG_STR(0));
    int fd = open(name, (int)args[2].i | O_CLOEXEC, (mode_t)args[3].u);
    res[0].i = fd;
    res[1].i = fd < 0 ? errno : 0;
}

/* closeFd(fd int) (errno int) */
static void n_close_fd(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].i = close((int)args[0].i) == 0 ? 0 : errno;
}

/* rawWrite(fd int, b []byte) (n int, errno int): a write to a file the program
 * opened (descriptors 0-2 go through the VM's streams instead). */
static void n_raw_write(mg_ncall *c, mg_word *args, mg_word *res) {
    write_all((int)args[0].i, args[1].p /* []byte is packed */, args[2].i, -1, res);
}

/* removePath(name string) (errno int): unlink, or rmdir for a directory. */
static void n_remove_path(mg_ncall *c, mg_word *args, mg_word *res) {
    char *name = mg_str_to_c(ARG_STR(0));
    if (unlink(name) == 0) {
        res[0].i = 0;
        return;
    }
    int e = errno;
    if (rmdir(name) == 0) {
        res[0].i = 0;
        return;
    }
    /* as Go: report rmdir's error only when the path is a directory */
    res[0].i = errno == ENOTDIR ? e : errno;
}

/* mkdir(name string, perm uint32) (errno int) */
static void n_mkdir(mg_ncall *c, mg_word *args, mg_word *res) {
    char *name = mg_str_to_c(ARG_STR(0));
    res[0].i = mkdir(name, (mode_t)args[2].u) == 0 ? 0 : errno;
}

static void n_getpid(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].i = getpid();
}

const mg_native_entry mg_natives_os[] = {
    {"os.Getpid", n_getpid},
    {"os.openFile", n_open_file},
    {"os.closeFd", n_close_fd},
    {"os.rawWrite", n_raw_write},
    {"os.removePath", n_remove_path},
    {"os.mkdir", n_mkdir},
    {"os.stat", n_stat},
    {"os.fdStat", n_fd_stat},
    {"os.seekFd", n_seek_fd},
    {"os.preadFd", n_pread_fd},
    {"os.pwriteFd", n_pwrite_fd},
    {"os.syncFd", n_sync_fd},
    {"os.truncateFd", n_truncate_fd},
    {"os.truncatePath", n_truncate_path},
    {"os.renamePath", n_rename_path},
    {"os.chmodPath", n_chmod_path},
    {"os.readDir", n_read_dir},
    {"os.getwd", n_getwd},
    {"os.errnoText", n_errno_text},
    {"os.errnoKind", n_errno_kind},
    {"os.readFd", n_read_fd},
    {"os.runtime_args", n_runtime_args},
    {"os.Exit", n_exit},
    {"os.lookupEnv", n_lookup_env},
    {"os.environ", n_environ},
    {"os.writeFd", n_write_fd},
    {"os.writeStringFd", n_write_string_fd},
    {NULL, NULL},
};
