/* vm.c - the VM's own services: output streams, error text, random source.
 *
 * stdout is buffered per VM: a Println-heavy program makes one write(2) per
 * 64 KiB instead of one per line. Anything written to stderr first flushes
 * stdout, so the two streams keep the order the program wrote them in.
 */
#include "vm.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void raw_write(mg_vm *vm, int fd, const char *buf, size_t len) {
    if (len == 0) return;
    if (vm->opt.write) {
        vm->opt.write(vm->opt.write_user, fd, buf, len);
        return;
    }
    while (len > 0) {
        ssize_t n = write(fd, buf, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return; /* a closed pipe: Go would die of SIGPIPE; we drop the output */
        }
        buf += n;
        len -= (size_t)n;
    }
}

static void flush_locked(mg_vm *vm) {
    raw_write(vm, 1, vm->outbuf, vm->outlen);
    vm->outlen = 0;
}

static void write_locked(mg_vm *vm, int fd, const void *buf, size_t len) {
    if (fd == 1 && vm->outbuf) {
        if (vm->outlen + len > VM_OUTBUF_SIZE) flush_locked(vm);
        if (len >= VM_OUTBUF_SIZE) {
            raw_write(vm, 1, buf, len);
        } else {
            memcpy(vm->outbuf + vm->outlen, buf, len);
            vm->outlen += len;
        }
    } else {
        if (vm->outbuf) flush_locked(vm);
        raw_write(vm, fd, buf, len);
    }
}

void vm_write(mg_vm *vm, int fd, const void *buf, size_t len) {
    pthread_mutex_lock(&vm->out_lock);
    if (!vm->out_closed) write_locked(vm, fd, buf, len);
    pthread_mutex_unlock(&vm->out_lock);
}

void vm_write_final(mg_vm *vm, int fd, const void *buf, size_t len) {
    pthread_mutex_lock(&vm->out_lock);
    write_locked(vm, fd, buf, len);
    pthread_mutex_unlock(&vm->out_lock);
}

void vm_close_output(mg_vm *vm) {
    pthread_mutex_lock(&vm->out_lock);
    if (vm->outbuf) flush_locked(vm);
    vm->out_closed = true;
    pthread_mutex_unlock(&vm->out_lock);
}

bool vm_begin_die(mg_vm *vm) {
    bool expect = false;
    return atomic_compare_exchange_strong(&vm->dying, &expect, true);
}

void vm_flush(mg_vm *vm) {
    pthread_mutex_lock(&vm->out_lock);
    if (vm->outbuf) flush_locked(vm);
    pthread_mutex_unlock(&vm->out_lock);
}

void vm_set_error(mg_vm *vm, const char *text, size_t len) {
    char *copy = malloc(len + 1);
    if (!copy) return;
    memcpy(copy, text, len);
    copy[len] = 0;
    free(vm->error);
    vm->error = copy;
}

uint64_t vm_rand(mg_vm *vm) {
    /* splitmix64: one word of state, good enough for iteration orders */
    uint64_t z = atomic_fetch_add(&vm->rand_state, 0x9e3779b97f4a7c15ULL) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
